/**
 * The row reader for CSV bytes: reads a record's cells straight from the batch's UTF-8 bytes
 * (byte-cells.ts), turning into strings only what must be strings, and gives the same facts and
 * field errors as the zod schema (tests/one-reader.test.ts holds them together).
 */
import { BLANK, blankBytes, cellParser, KEPT_OUT, type CellParser } from './byte-cells.js';
import { FIELDS, type FieldSpec, type RecordType } from './fields.js';
import { CROSS_FIELDS, crossFieldError, isBlank } from './kinds.js';
import { setOwn } from '../core/own-keys.js';
import type { FieldError } from './record.js';
import { compileRowReader, type RowRead } from './reader.js';
import type { CsvRow } from './row.js';
import { Invalid } from './values.js';

export { bytesMemo, lastValueMemo } from './byte-cells.js';

export type ByteRowReader = (buf: Buffer, row: CsvRow) => RowRead;

/**
 * @param columns for each column, the field it holds in this record type, or undefined
 * @param headers the columns' headers, naming extra columns
 * @param skip columns that are neither fields nor extras (the type column)
 * @param needed the fields whose values are wanted (the others are only checked); 'all' for every field
 */
export function compileByteRowReader(
  type: RecordType,
  columns: readonly (string | undefined)[],
  headers: readonly string[],
  skip: readonly number[],
  needed: ReadonlySet<string> | 'all',
  extraFields: readonly FieldSpec[] = [],
): ByteRowReader {
  const viaCells = compileRowReader(type, columns, headers, skip, extraFields);
  // A field is read for its value when the rules use it (or everything is wanted); a field that
  // could be invalid is at least checked; free text that nothing uses is not read at all.
  // Besides the fields wanted, those that the checks between fields read, and those that others
  // default to: without them a record would be read differently.
  const defaultSources = new Set(FIELDS[type].flatMap((s) => (s.defaultFrom ? [s.defaultFrom] : [])));
  const plan = [...FIELDS[type], ...extraFields]
    .map((spec) => {
      const keep = needed === 'all' || needed.has(spec.name) || CROSS_FIELDS.includes(spec.name) || defaultSources.has(spec.name);
      return { name: spec.name, col: columns.indexOf(spec.name), parse: cellParser(spec.kind, keep), required: spec.required === true, kind: spec.kind, keep };
    })
    .filter((p) => p.required || (p.col >= 0 && (p.keep || p.kind !== 'text')));
  const defaults = FIELDS[type].filter((s) => s.defaultFrom).map((s) => [s.name, s.defaultFrom!] as const);
  const extraColumns = columns.flatMap((f, i) => (f === undefined && !skip.includes(i) ? [i] : []));
  const extraNames = extraColumns.map((i) => headers[i]!);

  const generic = loopReader(plan, columns, defaults, extraColumns, extraNames, viaCells);
  // Field names that repeat (a full pack's fact named as a field: overlays cannot) keep the
  // loop's order of writing.
  if (new Set(plan.map((p) => p.name)).size !== plan.length) return generic;
  return unrolledReader(plan, defaults, extraColumns, extraNames, generic);
}

/** A field of the record type as the reader reads it: its column (-1: none) and its cell's parser. */
interface PlannedField {
  name: string;
  col: number;
  parse: CellParser;
  required: boolean;
  keep: boolean;
}

/**
 * The reader as a loop over the planned fields: for any layout, and for rows with errors (it
 * says what is wrong). A row with quotes is read from its decoded cells by `viaCells`.
 */
function loopReader(
  plan: readonly PlannedField[],
  columns: readonly (string | undefined)[],
  defaults: readonly (readonly [string, string])[],
  extraColumns: readonly number[],
  extraNames: readonly string[],
  viaCells: (cells: readonly string[]) => RowRead,
): ByteRowReader {
  return (buf, row) => {
    if (row.decoded) return viaCells(row.decoded);
    const facts: Record<string, unknown> = {};
    let errors: FieldError[] | undefined;
    for (let i = 0; i < plan.length; i++) {
      const p = plan[i]!;
      const value = p.col >= 0 && p.col < row.count ? p.parse(buf, row.starts[p.col]!, row.ends[p.col]!) : BLANK;
      if (value === BLANK) {
        if (p.required) (errors ??= []).push({ field: p.name, value: null, message: `${p.name} is required` });
      } else if (typeof value === 'object' && value !== null && value instanceof Invalid) {
        (errors ??= []).push({ field: p.name, value: buf.toString('utf8', row.starts[p.col]!, row.ends[p.col]!), message: value.error });
      } else if (value !== KEPT_OUT) {
        facts[p.name] = value;
      }
    }
    if (errors) return { facts: {}, errors };
    const cross = crossFieldError(facts);
    if (cross) {
      const col = columns.indexOf(cross.field);
      return { facts: {}, errors: [{ ...cross, value: col >= 0 ? buf.toString('utf8', row.starts[col]!, row.ends[col]!) : cross.value }] };
    }
    for (let d = 0; d < defaults.length; d++) {
      const [name, from] = defaults[d]!;
      if (facts[name] === undefined) facts[name] = facts[from];
    }
    for (let x = 0; x < extraColumns.length; x++) {
      // Most are empty (columns of other record types): not decoded.
      const i = extraColumns[x]!;
      if (i >= row.count || blankBytes(buf, row.starts[i]!, row.ends[i]!)) continue;
      const raw = buf.toString('utf8', row.starts[i]!, row.ends[i]!);
      if (!isBlank(raw)) setOwn(facts, extraNames[x]!, raw);
    }
    return { facts, errors: undefined };
  };
}

/**
 * The same reader written out as code for one layout: each cell's parser called at a call site
 * of its own, and every record's facts made by one object literal, so that all have the same
 * shape. It reads rows without errors; a row with any (rare) is read again by `generic`, which
 * says what is wrong. Facts of fields left blank are present, as undefined.
 */
function unrolledReader(
  plan: readonly PlannedField[],
  defaults: readonly (readonly [string, string])[],
  extraColumns: readonly number[],
  extraNames: readonly string[],
  generic: ByteRowReader,
): ByteRowReader {
  const key = (name: string) => JSON.stringify(name);
  const lines: string[] = ['if (row.decoded) return generic(buf, row);', 'const s = row.starts, e = row.ends, n = row.count;'];
  plan.forEach((p, i) => {
    lines.push(p.col >= 0 ? `const v${i} = ${p.col} < n ? p${i}(buf, s[${p.col}], e[${p.col}]) : BLANK;` : `const v${i} = BLANK;`);
    const blank = p.required ? `v${i} === BLANK || ` : '';
    lines.push(`if (${blank}(typeof v${i} === 'object' && v${i} !== null && v${i} instanceof Invalid)) return generic(buf, row);`);
  });
  const fields = plan.flatMap((p, i) => (p.keep ? [`${key(p.name)}: v${i} === BLANK || v${i} === KEPT_OUT ? undefined : v${i}`] : []));
  lines.push(`const facts = { ${fields.join(', ')} };`);
  lines.push('if (crossFieldError(facts)) return generic(buf, row);');
  for (const [name, from] of defaults) lines.push(`if (facts[${key(name)}] === undefined) facts[${key(name)}] = facts[${key(from)}];`);
  if (extraColumns.length) {
    lines.push(
      'for (let x = 0; x < extraColumns.length; x++) {',
      '  const i = extraColumns[x];',
      '  if (i >= n || blankBytes(buf, s[i], e[i])) continue;',
      "  const raw = buf.toString('utf8', s[i], e[i]);",
      // A column headed __proto__ is written as a property of its own (an assignment would set the prototype).
      `  if (!isBlank(raw)) ${extraNames.includes('__proto__') ? 'setOwn(facts, extraNames[x], raw)' : 'facts[extraNames[x]] = raw'};`,
      '}',
    );
  }
  lines.push('return { facts, errors: undefined };');
  const parsers = plan.map((_, i) => `p${i} = P[${i}]`).join(', ');
  const body = `${parsers ? `const ${parsers};\n` : ''}return function read(buf, row) {\n  ${lines.join('\n  ')}\n};`;
  let make: (...args: unknown[]) => ByteRowReader;
  try {
    make = new Function('P', 'BLANK', 'KEPT_OUT', 'Invalid', 'crossFieldError', 'generic', 'extraColumns', 'extraNames', 'blankBytes', 'isBlank', 'setOwn', body) as typeof make;
  } catch {
    return generic; // code generation from strings is disallowed (node --disallow-code-generation-from-strings)
  }
  return make(plan.map((p) => p.parse), BLANK, KEPT_OUT, Invalid, crossFieldError, generic, extraColumns, extraNames, blankBytes, isBlank, setOwn);
}
