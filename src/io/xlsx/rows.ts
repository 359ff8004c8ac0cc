/**
 * A workbook sheet's rows as records, read through the sheet's header as a CSV file's rows are
 * (csvLayout, rawOf, headerFit): each column holds the same field in each record type, a row
 * wider than the header is invalid and keeps every cell, and a record type the header does not
 * serve stops the file or makes its rows invalid. Only the cells differ: they are typed (see
 * cellValue), and a number where the same CSV cell would be read as text is read as its text.
 */
import { asText } from '../../core/excerpt.js';
import { fieldSpec, NO_TYPE_CELL, recordTypeOf, TYPE_CHOICES, type FieldKind, type FieldSpec, type RecordType } from '../../records/fields.js';
import { numberLostDigits } from '../../records/id-number.js';
import type { FieldError } from '../../records/record.js';
import type { CaseRecord } from '../case-shape.js';
import { headerFit, rawOf, type CsvLayout, type HeaderFit } from '../csv/header.js';
import type { CellValue } from './cells.js';
import type { SheetRow } from './sheet.js';

/** A row read: its record, and its cells as text (what CSV output writes of it, as of a CSV row's cells). */
export interface RowRecord {
  record: CaseRecord;
  cells: string[];
}

/** A column's letters as a spreadsheet names it (0: A, 26: AA). */
export function columnLetters(i: number): string {
  let name = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The error of a row with values beyond its header's columns (in a CSV file, a delimiter inside a value; here, a column without a header). */
function beyondHeaderError(row: SheetRow, width: number): FieldError {
  const columns = row.cells.flatMap((c, i) => (i >= width && c !== undefined ? [columnLetters(i)] : []));
  const message =
    columns.length === 1
      ? `a value in column ${columns[0]}, beyond the header's ${width} columns: give that column a header, or move the value under one`
      : `values in columns ${columns.join(', ')}, beyond the header's ${width} columns: give those columns a header, or move the values under one`;
  return { field: '(row)', value: null, message, line: row.number };
}

/**
 * A number cell as its column's field reads it: a date or an ID number as the same text in a CSV
 * cell is (43881 a date serial, 500115900101123 a 15-digit ID number), but an ID number that has
 * lost digits (16 or more, or a fraction), which its parser refuses as a spreadsheet's number.
 */
function numberIn(value: CellValue, kind: FieldKind | undefined): CellValue {
  if (typeof value !== 'number') return value;
  if (kind === 'date') return String(value);
  if ((kind === 'resident_id' || kind === 'credit_code') && !numberLostDigits(value)) return String(value);
  return value;
}

/** The rows of a sheet read as records, by its header's layout (one per sheet). */
export class SheetRecords {
  private readonly fits = new Map<RecordType, HeaderFit>();
  /** The kind of each column's field, by record type. */
  private readonly kinds = new Map<RecordType, (FieldKind | undefined)[]>();

  constructor(
    private readonly layout: CsvLayout,
    private readonly facts?: Readonly<Record<RecordType, readonly FieldSpec[]>>,
  ) {}

  /** A row as a record; throws InputError where the header does not fit its record type (see headerFit). */
  read(row: SheetRow): RowRecord {
    const { layout } = this;
    const cells = row.cells.map(asText);
    const source = { file: layout.file, line: row.number };
    const typeCell = layout.fixedType ? '' : (cells[layout.typeColumn] ?? '');
    const type = layout.fixedType ?? recordTypeOf(typeCell) ?? (typeCell.trim() === '' ? layout.defaultType : undefined);
    if (!type) {
      const message = typeCell.trim() ? `unknown record type; use ${TYPE_CHOICES}` : NO_TYPE_CELL;
      const errors = [{ field: 'type', value: typeCell, message, line: row.number }];
      return { record: { type: 'placement', writtenType: typeCell, written: rawOf(layout, undefined, row.cells), source, errors }, cells };
    }
    const width = layout.headers.length;
    if (row.cells.length > width) {
      const unread = { errors: [beyondHeaderError(row, width)], claims: false };
      return { record: { type, written: rawOf(layout, type, row.cells), source, defaults: {}, settled: true, unread }, cells };
    }
    const fit = this.fitOf(type);
    if (fit && 'stop' in fit) throw fit.stop(row.number);
    const kinds = this.kindsOf(type);
    const written = rawOf(layout, type, row.cells.map((c, i) => numberIn(c, kinds[i])));
    const unread = fit ? { unread: { errors: fit.errors().map((e) => ({ ...e, line: row.number })), claims: true } } : {};
    return { record: { type, written, source, defaults: {}, settled: true, ...unread }, cells };
  }

  private fitOf(type: RecordType): HeaderFit {
    if (!this.fits.has(type)) this.fits.set(type, headerFit(this.layout, type));
    return this.fits.get(type);
  }

  private kindsOf(type: RecordType): (FieldKind | undefined)[] {
    let kinds = this.kinds.get(type);
    if (!kinds) this.kinds.set(type, (kinds = this.layout.columns[type].map((f) => (f === undefined ? undefined : fieldSpec(type, f, this.facts?.[type])?.kind))));
    return kinds;
  }
}
