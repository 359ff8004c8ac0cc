/**
 * The input columns of CSV output: gathered from every input (see Source.columns), and where
 * each is in a CSV input's rows.
 */
import { csvLayout, type CsvLayout } from '../io/csv/header.js';
import type { ColumnMaps } from '../batch/job.js';
import type { CsvColumns } from '../io/formats/index.js';
import { resultHeaderOf } from '../io/formats/csv.js';
import { RECORD_TYPES, type RecordType } from '../records/fields.js';
import type { RulesPack } from '../rules/load.js';
import type { Source } from './sources.js';

/** What csvColumns asks of an input. */
type ColumnSource = Pick<Source, 'columns' | 'types'>;

/** The key a CSV column stands for: its field (in any record type), `type`, or its name (header). */
export function columnKey(layout: CsvLayout, i: number): string {
  if (i === layout.typeColumn) return 'type';
  const t = layout.fixedType ?? 'placement';
  return layout.columns[t][i] ?? RECORD_TYPES.map((rt) => layout.columns[rt][i]).find(Boolean) ?? layout.names[i]!;
}

/** The fields a CSV column's cells hold, by the record types its rows may have (none for a column of no field). */
export function columnFields(layout: CsvLayout, i: number): string[] {
  if (i === layout.typeColumn) return ['type'];
  const types = layout.fixedType ? [layout.fixedType] : RECORD_TYPES;
  return [...new Set(types.map((t) => layout.columns[t][i]).filter((f): f is string => f !== undefined))];
}

/**
 * The input columns of CSV output: every input's columns, in order of first appearance (the
 * first input's as written, then those the others add), and the programs of the record types
 * the inputs hold.
 */
export function csvColumns(inputs: readonly ColumnSource[], pack: RulesPack, type: RecordType | undefined): CsvColumns {
  const headers: string[] = [];
  const keys: string[] = [];
  /** The fields each key's column holds, in order of the keys. */
  const fields = new Map<string, Set<string>>();
  const types = new Set<RecordType>();
  // (The result columns of an output evaluated again are written anew, not kept as input.)
  const isResult = resultHeaderOf(pack);
  for (const input of inputs) {
    for (const [key, header, held = [key]] of input.columns(pack)) {
      if (isResult(header)) continue;
      const known = fields.get(key);
      if (known) {
        for (const f of held) known.add(f);
        continue;
      }
      keys.push(key);
      headers.push(header);
      fields.set(key, new Set(held));
    }
    for (const t of input.types()) types.add(t);
  }
  if (type) types.add(type);
  // Inputs with no records and no type given: every program's columns.
  const programs = pack.programs.filter((p) => !types.size || types.has(p.recordType)).map((p) => p.id);
  return { headers, keys, fields: keys.map((k) => [...fields.get(k)!]), programs };
}

/**
 * Where each output input-column's value is in a CSV input's rows (-1: none), or null when
 * the output's columns begin with this input's own, in order: its rows are then copied through,
 * with empty cells after them for the columns that other inputs add.
 */
export function columnMap(columns: CsvColumns, layout: CsvLayout): number[] | null {
  const own = layout.headers.map((_, i) => columnKey(layout, i));
  if (own.every((k, i) => columns.keys[i] === k)) return null;
  return columns.keys.map((key) => own.indexOf(key));
}

/**
 * For each record type, the field each output input-column holds when the output is read back as
 * input (its header read as an input's is: csvLayout settles which column holds a field that two
 * name); empty when the header does not read.
 */
export type ReadBack = ReadonlyMap<RecordType, readonly (string | undefined)[]>;

export function readBackFields(headers: readonly string[], pack: RulesPack, type: RecordType | undefined): ReadBack {
  try {
    const layout = csvLayout('', headers, type, pack.facts);
    return new Map(RECORD_TYPES.map((t) => [t, layout.columns[t]]));
  } catch {
    return new Map();
  }
}

/**
 * Where each output input-column's value is in a CSV input's rows, by the rows' record type (see
 * ColumnMaps), or null when they are copied through (the output's columns begin with this input's
 * own, and each cell is where it would be placed). Each cell of a row goes under
 * the column that holds its field in the row's type when the output is read back (a startup's
 * 身份证号 under another input's applicant_id, to which 身份证号 yields), else under its own
 * column's key; every cell has its place (where two would share one, all go by key).
 */
export function columnMaps(columns: CsvColumns, layout: CsvLayout, readBack: ReadBack): ColumnMaps | null {
  const own = layout.headers.map((_, i) => columnKey(layout, i));
  const byKey = columns.keys.map((key) => own.indexOf(key));
  const ownAt = own.map((key) => columns.keys.indexOf(key));
  const forType = (t: RecordType): readonly number[] => {
    const back = readBack.get(t);
    const map = columns.keys.map(() => -1);
    for (let i = 0; i < layout.headers.length; i++) {
      const field = layout.columns[t][i];
      const at = field !== undefined && back ? back.indexOf(field) : -1;
      const c = at >= 0 ? at : ownAt[i]!;
      if (c < 0) continue;
      if (map[c] !== -1) return byKey;
      map[c] = i;
    }
    return map;
  };
  const byType = Object.fromEntries(RECORD_TYPES.map((t) => [t, forType(t)])) as Record<RecordType, readonly number[]>;
  // The output's columns begin with this input's own, each cell in its place for every type: copied through.
  const inPlace = (map: readonly number[]) => map.every((i, c) => i === (c < own.length ? c : -1));
  // (Not when some of its own columns are left out: an output's result columns, evaluated again.)
  return own.length <= columns.keys.length && RECORD_TYPES.every((t) => inPlace(byType[t])) ? null : { byKey, byType };
}
