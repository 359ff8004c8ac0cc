/**
 * A CSV file's header: which column holds which field, for each record type. Headers match
 * the field names or their Chinese aliases; unknown columns are kept and passed through.
 */
import { distance, near } from '../../core/closest.js';
import { setOwn } from '../../core/own-keys.js';
import { InputError } from '../../errors.js';
import type { FieldError } from '../../records/record.js';
import { say, type Texts } from '../messages.js';
import { COMMA, delimiterName, DELIMITERS, type Delimiter } from './delimiter.js';
import { FIELDS, RECORD_TYPES, fieldForKeyIn, isTypeKey, normalizeHeader, type FieldSpec, type RecordType } from '../../records/fields.js';

const NO_EXTRAS: Record<RecordType, readonly FieldSpec[]> = { placement: [], hire: [], startup: [] };

export interface CsvLayout {
  file: string;
  /** The headers as written (trimmed, BOM removed). */
  headers: string[];
  /**
   * The key of each column in a record's values (`input`) where it holds no field: its header,
   * or, for a header that an earlier column has too, `HEADER (column N)` (see columnName).
   */
  names: string[];
  /** The column of the record type, or -1. */
  typeColumn: number;
  /** The record type of every row: from --type, for a file without a type column. */
  fixedType?: RecordType;
  /** The record type of rows whose type cell is empty: from --type, for a file with a type column. */
  defaultType?: RecordType;
  /** For each record type, the field each column holds (undefined: an extra column). */
  columns: Record<RecordType, (string | undefined)[]>;
  /** Between cells, when not a comma (a semicolon or a tab). */
  delimiter?: Delimiter;
  /** The header's line, where not the first (a workbook's header row, below blank rows). */
  line?: number;
}

/** Where the header is, for messages about it: FILE:LINE. */
export const headerPlace = (layout: Pick<CsvLayout, 'file' | 'line'>): string => `${layout.file}:${layout.line ?? 1}`;

/** The header most like one of the field's names, among those that hold no field. */
function closestHeader(layout: CsvLayout, type: RecordType, field: string): string | undefined {
  const spec = FIELDS[type].find((s) => s.name === field)!;
  const names = [spec.name, ...spec.zh].map(normalizeHeader);
  let best: { header: string; d: number } | undefined;
  layout.headers.forEach((header, i) => {
    if (layout.columns[type][i] !== undefined || i === layout.typeColumn) return;
    const h = normalizeHeader(header);
    for (const name of names) {
      const d = distance(h, name);
      if (near(h, name, d) && (!best || d < best.d)) best = { header, d };
    }
  });
  return best?.header;
}

/** A required column of a record type that the file lacks (the first), with the header closest to it. */
function missingColumn(layout: CsvLayout, type: RecordType) {
  const spec = FIELDS[type].find((s) => s.required && !layout.columns[type].includes(s.name));
  if (!spec) return undefined;
  return { type, field: spec.name, headers: `${spec.name} or ${spec.zh.join('/')}`, near: closestHeader(layout, type, spec.name), split: oneCellSplit(layout) };
}

/** The delimiter a header of one cell holds, other than the file's (read with the wrong --delimiter), by its name. */
function oneCellSplit(layout: Pick<CsvLayout, 'headers' | 'delimiter'>): string | undefined {
  if (layout.headers.length !== 1) return undefined;
  const found = DELIMITERS.find((d) => d !== (layout.delimiter ?? COMMA) && layout.headers[0]!.includes(String.fromCharCode(d)));
  return found === undefined ? undefined : delimiterName(found);
}

/** The error for a record type whose required column the file lacks (`field` names the column). */
function missingColumnError(layout: CsvLayout, type: RecordType): (InputError & { field: string }) | undefined {
  const missing = missingColumn(layout, type);
  return missing && Object.assign(new InputError(say('missingColumn', { where: headerPlace(layout), ...missing })), { field: missing.field });
}

/** The fields of a record type that the header holds. */
function fieldsIn(layout: CsvLayout, type: RecordType): string[] {
  return layout.columns[type].filter((f): f is string => f !== undefined);
}

/** The fields only this record type has (agency_name: placement; worker_group: hire). */
const onlyOf = (type: RecordType) => FIELDS[type].map((s) => s.name).filter((n) => RECORD_TYPES.every((t) => t === type || !FIELDS[t].some((s) => s.name === n)));

/**
 * The header's columns that hold a field only this record type has (人员类别 is worker_group to
 * hires, applicant_group to startups); with `besides`, only those that hold nothing for that type
 * (身份证号 is applicant_id to startups, but worker_id to hires: not a startup column to a hire).
 */
function ownColumns(layout: CsvLayout, type: RecordType, besides?: RecordType): string[] {
  const only = onlyOf(type);
  return layout.headers.filter((_, i) => only.includes(layout.columns[type][i]!) && (besides === undefined || layout.columns[besides][i] === undefined));
}

const requiredOf = (type: RecordType) => FIELDS[type].filter((s) => s.required).map((s) => s.name);

/** A record type that the header does not fit, and the one it looks like instead. */
export interface TypeMisfit {
  looksLike: RecordType;
  /** Why, in words, to follow "but" (in Chinese, "但"). */
  why: Texts;
}

/**
 * Whether the header fits records of `type`, or looks like another type's: the type's required
 * columns are all missing while another's are there, or (`byOwn`: for a type given with --type)
 * the header has none of the columns that only this type has and two or more of another's
 * (placements typed as hires). Undefined when it fits, or fits no other type better.
 */
export function typeMisfit(layout: CsvLayout, type: RecordType, byOwn: boolean): TypeMisfit | undefined {
  // A CSV header's columns, or (keysLayout) the keys of case-file records.
  const keys = layout.typeColumn === KEYS;
  const [the, has, column, looks] = keys ? ["the records' keys", 'have', 'key', 'look'] : ['the header', 'has', 'column', 'looks'];
  const it = keys ? 'they have' : 'it has';
  const [theZh, columnZh] = keys ? ['记录的键', '键'] : ['表头', '列'];
  const have = fieldsIn(layout, type);
  const others = RECORD_TYPES.filter((t) => t !== type);
  const missing = requiredOf(type);
  if (missing.every((f) => !have.includes(f))) {
    // Of the types whose required columns are there, the one with most columns of its own.
    const [fits] = others
      .filter((t) => requiredOf(t).every((f) => fieldsIn(layout, t).includes(f)))
      .sort((a, b) => ownColumns(layout, b).length - ownColumns(layout, a).length);
    if (fits) {
      return {
        looksLike: fits,
        why: {
          en: `${the} ${has} no ${missing.join(', ')} ${column} and ${looks} like ${fits} records (${it} ${requiredOf(fits).join(', ')})`,
          zh: `${theZh}没有 ${missing.join('、')} ${columnZh},看起来是 ${fits} 记录(有 ${requiredOf(fits).join('、')})`,
        },
      };
    }
  }
  if (!byOwn || ownColumns(layout, type).length) return undefined;
  const [best] = others.map((t) => ({ t, own: ownColumns(layout, t, type) })).sort((a, b) => b.own.length - a.own.length);
  if (!best || best.own.length < 2) return undefined;
  const mine = onlyOf(type);
  return {
    looksLike: best.t,
    why: {
      en: `${the} ${looks} like ${best.t} records: ${it} ${best.own.join(', ')}, which ${type} records do not have, and none of the ${column}s only ${type} records have (${mine.join(', ')})`,
      zh: `${theZh}看起来是 ${best.t} 记录:有 ${type} 记录没有的 ${best.own.join('、')},却没有只有 ${type} 记录才有的${columnZh}(${mine.join('、')})`,
    },
  };
}

/**
 * What a header means for its rows of one record type, before their cells are read: `stop`, the
 * error that stops the file at such a row (the header lacks the type's required column and looks
 * like another type's: the row's type cell, or the header, is wrong); `errors`, the errors of
 * each such row (the header lacks a column the type requires); undefined: the header serves it.
 */
export type HeaderFit = { stop: (line: number) => InputError } | { errors: () => FieldError[] } | undefined;

export function headerFit(layout: CsvLayout, type: RecordType): HeaderFit {
  const misfit = typeMisfit(layout, type, false);
  if (misfit) return { stop: (line) => new InputError(say('rowTypeMisfit', { file: layout.file, line, type, why: misfit.why })) };
  const missing = missingColumn(layout, type);
  if (!missing) return undefined;
  // The message without the header's place: each row's error names its own.
  const message = String(say('missingColumn', missing));
  return { errors: () => [{ field: missing.field, value: null, message }] };
}

/**
 * The key of column `i` (from 0) in a record's values where it holds no field: see CsvLayout.names.
 * A cell beyond the header's width (in a row wider than the header) is `(column N)`.
 */
function columnName(layout: Pick<CsvLayout, 'headers' | 'names'>, i: number): string {
  if (i < layout.names.length) return layout.names[i]!;
  return numbered(layout.headers, '', i);
}

/**
 * A row's cells as a record's values, as case-file records have them: each cell keyed by the field
 * its column holds in the row's record type, or else by its column's name (see columnName), every
 * cell, those beyond the header's width of a row wider than it too, a missing one as ''. A row of
 * an unknown type (undefined) has the fields of any type. A CSV row and a workbook's are read so.
 */
export function rawOf(layout: CsvLayout, type: RecordType | undefined, cells: readonly unknown[]): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (let i = 0; i < Math.max(layout.headers.length, cells.length); i++) {
    if (i === layout.typeColumn) continue;
    const field = type ? layout.columns[type][i] : RECORD_TYPES.map((t) => layout.columns[t][i]).find((f) => f !== undefined);
    setOwn(raw, field ?? columnName(layout, i), cells[i] ?? '');
  }
  return raw;
}

/** `HEADER (column N)` (or `(column N)`), made longer in the unlikely case that a header is already written so. */
function numbered(headers: readonly string[], header: string, i: number): string {
  let name = header ? `${header} (column ${i + 1})` : `(column ${i + 1})`;
  while (headers.includes(name)) name += ` (column ${i + 1})`;
  return name;
}

/** The typeColumn of a keysLayout: no CSV header, the keys of case-file records. */
const KEYS = -2;

/**
 * The keys of case-file records as a header (for typeMisfit): each key once, read as a field of
 * each record type where it is one.
 */
export function keysLayout(file: string, keys: readonly string[], extras: Readonly<Record<RecordType, readonly FieldSpec[]>> = NO_EXTRAS): CsvLayout {
  const headers = [...new Set(keys)];
  const columns = Object.fromEntries(RECORD_TYPES.map((t) => [t, headers.map((h) => fieldForKeyIn(t, h, extras[t]))])) as CsvLayout['columns'];
  return { file, headers, names: headers, typeColumn: KEYS, columns };
}

/**
 * Settles the columns that hold one field of a record type. A header that names a different
 * field in each of the record types the file may hold (身份证号: worker_id of placements and
 * hires, applicant_id of startups) yields to a column that names one of those fields alone
 * (申请人身份证号): it holds the field that remains (worker_id), and nothing in a record of the
 * types whose field the other column holds. Two columns that each name the field alone, or two
 * that both name several, are refused (InputError), as is a column left with no field to hold.
 */
function settleColumns(layout: CsvLayout, types: readonly RecordType[]): void {
  const { headers, columns, typeColumn } = layout;
  // The fields each column names in those types; the type column names `type` alone.
  const named = headers.map((_, i) => (i === typeColumn ? new Set(['type']) : new Set(types.flatMap((t) => columns[t][i] ?? []))));
  const alone = new Set(named.flatMap((fields) => (fields.size === 1 ? [...fields] : [])));
  const refuse = (a: number, b: number, field: string) =>
    new InputError(say('columnTwice', { where: headerPlace(layout), a: a + 1, headerA: headers[a]!, b: b + 1, headerB: headers[b]!, field }));
  for (const type of types) {
    const held = new Map<string, number[]>(typeColumn === -1 ? [] : [['type', [typeColumn]]]);
    columns[type].forEach((field, i) => {
      if (field !== undefined) held.set(field, [...(held.get(field) ?? []), i]);
    });
    for (const [field, holders] of held) {
      if (holders.length < 2) continue;
      const specific = holders.filter((i) => named[i]!.size === 1);
      // Two that name it alone, or none that does: a real conflict.
      const [a, b] = specific.length ? specific : holders;
      if (specific.length !== 1) throw refuse(a!, b!, field);
      for (const i of holders) {
        if (i === specific[0]) continue;
        if (![...named[i]!].some((f) => !alone.has(f))) throw refuse(Math.min(i, specific[0]!), Math.max(i, specific[0]!), field);
        columns[type][i] = undefined;
      }
    }
  }
}

/**
 * Reads a header row (at `line`, where not the first); throws InputError when the type cannot be
 * known or a column is given twice. A CSV file's header and a workbook sheet's are read alike.
 */
export function csvLayout(
  file: string,
  header: readonly string[],
  givenType?: RecordType,
  extras: Readonly<Record<RecordType, readonly FieldSpec[]>> = NO_EXTRAS,
  delimiter?: Delimiter,
  line?: number,
): CsvLayout {
  const headers = header.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
  const typeColumn = headers.findIndex(isTypeKey);
  const fixedType = typeColumn === -1 ? givenType : undefined;
  if (typeColumn === -1 && !fixedType) {
    throw new InputError(say('noTypeColumn', { where: headerPlace({ file, ...(line ? { line } : {}) }), split: oneCellSplit({ headers, ...(delimiter ? { delimiter } : {}) }) }));
  }
  const columns = Object.fromEntries(
    RECORD_TYPES.map((t) => [t, headers.map((h, i) => (i === typeColumn ? undefined : fieldForKeyIn(t, h, extras[t])))]),
  ) as Record<RecordType, (string | undefined)[]>;
  const names = headers.map((h, i) => (headers.indexOf(h) < i ? numbered(headers, h, i) : h));
  const layout: CsvLayout = {
    file,
    headers,
    names,
    typeColumn,
    columns,
    ...(fixedType ? { fixedType } : {}),
    ...(givenType && !fixedType ? { defaultType: givenType } : {}),
    ...(delimiter !== undefined && delimiter !== COMMA ? { delimiter } : {}),
    ...(line !== undefined && line !== 1 ? { line } : {}),
  };
  settleColumns(layout, fixedType ? [fixedType] : RECORD_TYPES);
  if (fixedType) {
    const misfit = typeMisfit(layout, fixedType, true);
    if (misfit) throw new InputError(say('typeMisfit', { where: headerPlace(layout), type: fixedType, why: misfit.why, looksLike: misfit.looksLike }));
    const error = missingColumnError(layout, fixedType);
    if (error) throw error;
  }
  return layout;
}
