/**
 * The input columns of CSV output: gathered from every input (see Source.columns), and where
 * each is in a CSV input's rows.
 */
import type { CsvLayout } from '../io/csv/header.js';
import type { CsvColumns } from '../io/formats/index.js';
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
  for (const input of inputs) {
    for (const [key, header, held = [key]] of input.columns(pack)) {
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
