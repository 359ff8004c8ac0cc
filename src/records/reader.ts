/**
 * The row reader for batches: a record type's fields compiled, once per file layout, into a
 * loop over the row's cells. It reads exactly as the zod schema does (the same parsers, the
 * same checks, the same messages; a property test holds them together), without building
 * an object to validate first.
 */
import { FIELDS, type FieldSpec, type RecordType } from './fields.js';
import { crossFieldError, isBlank, PARSERS } from './kinds.js';
import type { FieldError } from './record.js';
import { Invalid } from './values.js';
import { setOwn } from '../core/own-keys.js';

export interface RowRead {
  facts: Record<string, unknown>;
  errors: FieldError[] | undefined;
}

/**
 * @param columns for each column of the row, the field it holds in this record type, or undefined
 * @param headers the columns' headers, naming the extra (unknown) columns kept as facts
 * @param skip columns that are neither fields nor extras (the type column)
 */
export function compileRowReader(
  type: RecordType,
  columns: readonly (string | undefined)[],
  headers: readonly string[],
  skip: readonly number[] = [],
  extraFields: readonly FieldSpec[] = [],
): (cells: readonly string[]) => RowRead {
  const plan = [...FIELDS[type], ...extraFields].map((spec) => ({
    name: spec.name,
    col: columns.indexOf(spec.name),
    parse: PARSERS[spec.kind],
    required: spec.required === true,
  }));
  const defaults = FIELDS[type].filter((s) => s.defaultFrom).map((s) => [s.name, s.defaultFrom!] as const);
  const extras = columns.flatMap((f, i) => (f === undefined && !skip.includes(i) ? [[i, headers[i]!] as const] : []));

  return (cells) => {
    const facts: Record<string, unknown> = {};
    let errors: FieldError[] | undefined;
    for (let i = 0; i < plan.length; i++) {
      const p = plan[i]!;
      const raw = p.col >= 0 ? cells[p.col] : undefined;
      if (raw === undefined || isBlank(raw)) {
        if (p.required) (errors ??= []).push({ field: p.name, value: null, message: `${p.name} is required` });
        continue;
      }
      const value = p.parse(raw);
      if (value instanceof Invalid) (errors ??= []).push({ field: p.name, value: raw, message: value.error });
      else facts[p.name] = value;
    }
    if (errors) return { facts: {}, errors };
    const cross = crossFieldError(facts);
    if (cross) return { facts: {}, errors: [{ ...cross, value: cells[columns.indexOf(cross.field)] ?? cross.value }] };
    for (const [name, from] of defaults) if (facts[name] === undefined) facts[name] = facts[from];
    for (const [i, header] of extras) {
      const raw = cells[i];
      if (raw !== undefined && !isBlank(raw)) setOwn(facts, header, raw);
    }
    return { facts, errors: undefined };
  };
}
