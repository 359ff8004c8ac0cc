/**
 * Workbook inputs (.xlsx): one sheet of a workbook read as a CSV file is, its first row that is
 * not blank the header (the same headers and aliases: see csvLayout), each row after it a record
 * (see SheetRecords). A record's place is `FILE:SHEET` and the row's number
 * (`claims.xlsx:Sheet1:7`): a sheet's name holds no colon, so the place reads back. The rows
 * stream from the file (see SheetReader), a chunk of records at a time, and are evaluated in this
 * thread, as case files are; CSV output writes each row's cells, as of a CSV file's rows.
 */
import { statSync } from 'node:fs';
import { InputError } from '../errors.js';
import type { CaseRecord, CaseSummary } from '../io/case-file.js';
import { csvLayout, type CsvLayout } from '../io/csv/header.js';
import type { InvalidRow } from '../io/formats/index.js';
import type { CellValue } from '../io/xlsx/cells.js';
import { SheetRecords } from '../io/xlsx/rows.js';
import { fileFormat } from '../io/xlsx/sniff.js';
import { NoSuchSheet, SheetReader, type SheetChoice, type SheetRow } from '../io/xlsx/sheet.js';
import type { EvaluatedRecord } from '../pipeline.js';
import { RECORD_TYPES, type FieldSpec, type RecordType } from '../records/fields.js';
import type { CaseChunk, CaseInput } from './case-input.js';
import { columnFields, columnKey, columnMaps } from './columns.js';
import { mapFor, type ColumnMaps } from '../batch/job.js';
import { CaseInputSource, type SourceColumn, type SourceRun } from './sources.js';
import { READ_FAILURES, say } from './messages.js';

/** Records to a chunk. */
const CHUNK = 1024;
/** About how many bytes of a workbook (compressed) a row takes: for the estimate of its records (the bench's batch takes 85). */
const BYTES_PER_ROW = 64;
/** The most records a sheet holds: Excel's rows, less the header. */
const MAX_RECORDS = 1_048_575;

export interface XlsxReading {
  sheet?: SheetChoice;
  type?: RecordType;
  facts?: Readonly<Record<RecordType, readonly FieldSpec[]>>;
}

/** A workbook's sheet, its header read: a case input (see CaseInput) whose records are its rows. */
export interface XlsxInput extends CaseInput {
  summary: CaseSummary;
  /** Undefined for a sheet with no header (empty). */
  layout?: CsvLayout;
}

const text = (cell: CellValue) => (cell === undefined ? '' : String(cell));

/** Opens a workbook's sheet and reads its header (before any output, as a CSV file's is). */
export async function prepareXlsxInput(path: string, reading: XlsxReading): Promise<XlsxInput> {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw Object.assign(new Error(), { code: stat.isDirectory() ? 'a folder, not a file' : 'not a regular file' });
    size = stat.size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(say('cannotRead', { file: path, why: READ_FAILURES[code ?? ''] ?? code ?? String(e) }));
  }
  const found = fileFormat(path);
  if (found !== 'xlsx') {
    throw new InputError(found ? say('notAnInput', { file: path, format: found }) : say('textNotWorkbook', { file: path }));
  }
  const sheet = await openSheet(path, reading);
  const file = `${path}:${sheet.name}`;
  // The sheet stays open after its header: the run's first read goes on from there.
  const rows = sheet.rows();
  let layout: CsvLayout | undefined;
  let header: SheetRow | undefined;
  try {
    header = await nextRow(rows, file);
    if (header) layout = csvLayout(file, header.cells.map(text), reading.type, reading.facts, undefined, header.number);
  } finally {
    if (!layout) sheet.close();
  }
  let kept: OpenSheet | undefined = layout ? { sheet, rows } : undefined;
  const fixed = layout?.fixedType;
  const summary: CaseSummary = {
    records: layout ? Math.min(MAX_RECORDS, Math.max(1, Math.round(size / BYTES_PER_ROW))) : 0,
    types: new Set(fixed ? [fixed] : RECORD_TYPES),
    keys: [],
  };
  return {
    file,
    size,
    summary,
    ...(layout ? { layout } : {}),
    read() {
      if (!layout) return nothing();
      const open = kept;
      kept = undefined;
      return records({ path, name: sheet.name, file, headerRow: header!.number, rows: new SheetRecords(layout, reading.facts) }, open);
    },
    discard() {
      kept?.sheet.close();
      kept = undefined;
    },
  };
}

/** A sheet open at a row, and its rows from there. */
interface OpenSheet {
  sheet: SheetReader;
  rows: AsyncGenerator<SheetRow>;
}

/** The next row of a sheet; a workbook that cannot be read on (a damaged file) stops with exit code 4. */
async function nextRow(rows: AsyncGenerator<SheetRow>, file: string): Promise<SheetRow | undefined> {
  try {
    const next = await rows.next();
    return next.done ? undefined : next.value;
  } catch (e) {
    throw unreadable(file, e);
  }
}

const unreadable = (file: string, e: unknown) => new InputError(say('unreadableWorkbook', { file, why: (e as Error).message }));

async function* nothing(): AsyncGenerator<CaseChunk> {}

/** Opens the sheet asked for; when there is none such, an error that lists the workbook's sheets. */
async function openSheet(path: string, reading: XlsxReading): Promise<SheetReader> {
  try {
    return await SheetReader.open(path, reading.sheet);
  } catch (e) {
    if (e instanceof NoSuchSheet) throw new InputError(say('noSuchSheet', { file: path, asked: reading.sheet === undefined ? undefined : String(reading.sheet), sheets: e.sheets }));
    throw unreadable(path, e);
  }
}

/** Where a sheet's records are: its file, its name, its header's row, and the reader of its rows. */
interface SheetPlace {
  path: string;
  name: string;
  /** The name in messages and output: FILE:SHEET. */
  file: string;
  headerRow: number;
  rows: SheetRecords;
}

/**
 * The records of the sheet's rows after its header, a chunk at a time, each with its cells as
 * text and the bytes of the file read so far: from the sheet left open after its header, or
 * opened anew.
 */
async function* records(at: SheetPlace, open?: OpenSheet): AsyncGenerator<CaseChunk> {
  const sheet = open?.sheet ?? (await SheetReader.open(at.path, at.name));
  const rows = open?.rows ?? sheet.rows();
  let batch: CaseRecord[] = [];
  let cells: string[][] = [];
  try {
    for (let row = await nextRow(rows, at.file); row; row = await nextRow(rows, at.file)) {
      if (row.number <= at.headerRow) continue;
      const read = at.rows.read(row);
      batch.push(read.record);
      cells.push(read.cells);
      if (batch.length >= CHUNK) {
        yield { records: batch, cells, bytes: sheet.bytes };
        batch = [];
        cells = [];
      }
    }
    if (batch.length) yield { records: batch, cells, bytes: sheet.bytes };
  } finally {
    sheet.close();
  }
}

/**
 * A workbook's sheet as a source: its records evaluated as a case file's are; its columns for CSV
 * output the sheet's own, and its rows written there, and to the --errors file, as a CSV file's.
 */
export class XlsxInputSource extends CaseInputSource {
  /** A batch of rows, as a CSV file's: tables show its totals. */
  override readonly batched = true;
  /** Where each output input-column's cell is in the sheet's rows (see columnMaps). */
  private maps: ColumnMaps | null = null;

  constructor(readonly xlsx: XlsxInput) {
    super(xlsx);
  }

  override async write(run: SourceRun): Promise<void> {
    const layout = this.xlsx.layout;
    if (layout) {
      this.maps = run.csvOutput && run.readBack ? columnMaps(run.csvOutput, layout, run.readBack) : null;
      return super.write(run);
    }
    run.flow.summary.addFile(this.file);
    if (!run.o.quiet) run.io.stderr.write(`${say('emptySheet', { file: this.file }).text(run.o.lang)}\n`);
  }

  /** CSV output: the row's cells where the output's columns have them, those beyond its header after its errors (see CsvRowParts.suffix). */
  protected override recordText(run: SourceRun, rec: EvaluatedRecord, cells?: readonly string[]): string {
    const width = this.xlsx.layout?.headers.length;
    if (!cells || width === undefined || !run.csvOutput || !run.format.cells) return super.recordText(run, rec);
    // (A row of no known record type: by the columns' keys.)
    return run.format.cells(rec, cells.slice(0, width), mapFor(this.maps, rec.writtenType === undefined ? rec.type : undefined), cells.slice(width));
  }

  /** The --errors file's row: its type as written in its type cell, and its cells, as a CSV row's. */
  protected override invalidRowOf(rec: EvaluatedRecord, cells?: readonly string[]): InvalidRow {
    const row = super.invalidRowOf(rec);
    const layout = this.xlsx.layout;
    return cells && layout ? { ...row, type: layout.fixedType ?? cells[layout.typeColumn] ?? '', cells: [...cells] } : row;
  }

  override get layout(): CsvLayout | undefined {
    return this.xlsx.layout;
  }

  override columns(): SourceColumn[] {
    const layout = this.xlsx.layout;
    return layout ? layout.headers.map((h, i) => [columnKey(layout, i), h, columnFields(layout, i)]) : [];
  }

  override types(): RecordType[] {
    return [...this.xlsx.summary.types];
  }
}
