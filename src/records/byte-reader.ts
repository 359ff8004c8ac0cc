/**
 * The row reader for CSV bytes: reads a record's cells straight from the batch's UTF-8 bytes,
 * turning into strings only what must be strings. Plain dates (2020-02-20, 2020/2/20,
 * 2020.2.20), plain amounts and plain ID numbers are read from the bytes; every other value
 * goes through the same string parsers as the zod schema, so the results are the same (a
 * property test holds them together).
 */
import type { CsvRow } from './row.js';
import { FIELDS, type FieldKind, type FieldSpec, type RecordType } from './fields.js';
import { CROSS_FIELDS, crossFieldError, isBlank, PARSERS } from './kinds.js';
import type { FieldError } from './record.js';
import { compileRowReader, type RowRead } from './reader.js';
import { formatDate, isValidDate, type CalendarDate } from '../core/calendar.js';
import { CREDIT_CODE_CHARS } from './credit-code.js';
import { Invalid } from './values.js';
import { setOwn } from './own-keys.js';

const BLANK = Symbol('blank');
/** How many distinct cells a bytesMemo remembers. */
const MEMO_SIZE = 4096;
/** A valid value that the caller does not need (it is only checked). */
const KEPT_OUT = Symbol('kept out');
type CellParser = (buf: Buffer, s: number, e: number) => unknown;

function blankBytes(buf: Buffer, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const b = buf[i]!;
    if (b !== 32 && b !== 9 && b !== 13) return false;
  }
  return true;
}

/** Decode, then the string parser: exactly what the zod schema does with the same text. */
function viaString(kind: FieldKind): CellParser {
  const parse = PARSERS[kind];
  return (buf, s, e) => {
    if (blankBytes(buf, s, e)) return BLANK;
    const text = buf.toString('utf8', s, e);
    return isBlank(text) ? BLANK : parse(text);
  };
}

const digit = (b: number) => b >= 48 && b <= 57;

function dateParser(): CellParser {
  // Anything else (an invalid date, spaces, 2020年2月20日) goes through the string parser, and is
  // remembered by its bytes, as dates repeat.
  const slow = bytesMemo(viaString('date'));
  // Valid dates of the years 1900 to 2099, by their place in a 31-day-month calendar: what the
  // string parser makes of them (null: not a day of the calendar).
  // (Filled by push: `new Array(n)` of this size, called before V8 keeps feedback for the call,
  // makes V8 discard the optimized code of every thread function that makes arrays.)
  const valid: (CalendarDate | null | undefined)[] = [];
  for (let i = 0; i < 200 * 12 * 31; i++) valid.push(undefined);
  return (buf, s, e) => {
    // YYYY-MM-DD, or with one-digit months and days, with -, / or . (the same twice).
    const n = e - s;
    if (n < 8 || n > 10 || !digit(buf[s]!) || !digit(buf[s + 1]!) || !digit(buf[s + 2]!) || !digit(buf[s + 3]!)) return slow(buf, s, e);
    const sep = buf[s + 4]!;
    if (sep !== 45 && sep !== 47 && sep !== 46) return slow(buf, s, e);
    let i = s + 5;
    let month = 0;
    for (const stop = i + 2; i < stop && i < e && digit(buf[i]!); i++) month = month * 10 + buf[i]! - 48;
    if (i === s + 5 || i >= e || buf[i] !== sep) return slow(buf, s, e);
    const dayAt = ++i;
    let day = 0;
    for (const stop = i + 2; i < stop && i < e && digit(buf[i]!); i++) day = day * 10 + buf[i]! - 48;
    if (i === dayAt || i !== e) return slow(buf, s, e);
    const year = (buf[s]! - 48) * 1000 + (buf[s + 1]! - 48) * 100 + (buf[s + 2]! - 48) * 10 + (buf[s + 3]! - 48);
    if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1 || day > 31) return slow(buf, s, e);
    const key = ((year - 1900) * 12 + month - 1) * 31 + day - 1;
    let value = valid[key];
    if (value === undefined) value = valid[key] = isValidDate(year, month, day) ? formatDate(year, month, day) : null;
    // Not a day of the calendar: the string parser says so, in the words of the cell.
    return value ?? slow(buf, s, e);
  };
}

function moneyParser(): CellParser {
  const slow = viaString('money');
  return (buf, s, e) => {
    let fen = 0;
    let i = s;
    for (; i < e && i - s < 13; i++) {
      const b = buf[i]!;
      if (!digit(b)) break;
      fen = fen * 10 + (b - 48);
    }
    if (i > s) {
      if (i === e) return fen * 100;
      if (buf[i] === 46 && (e - i === 2 || e - i === 3) && digit(buf[i + 1]!) && (e - i === 2 || digit(buf[i + 2]!))) {
        return fen * 100 + (buf[i + 1]! - 48) * 10 + (e - i === 3 ? buf[i + 2]! - 48 : 0);
      }
    }
    return slow(buf, s, e);
  };
}

/**
 * ID numbers and credit codes: the common case — 18 plain characters with the right check
 * character — is checked on the bytes; anything else goes through the string parser, which
 * says what is wrong. `keep` makes a string of a valid one; otherwise it is only checked.
 */
function identityParser(kind: 'resident_id' | 'credit_code', keep: boolean): CellParser {
  const slow = viaString(kind);
  const valid = kind === 'resident_id' ? residentIdBytesValid : creditCodeBytesValid;
  return (buf, s, e) => {
    if (e === s) return BLANK;
    if (e - s === 18 && valid(buf, s)) return keep ? buf.toString('latin1', s, e) : KEPT_OUT;
    return slow(buf, s, e);
  };
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = [49, 48, 88, 57, 56, 55, 54, 53, 52, 51, 50]; // '10X98765432'

/** 17 digits, a real birth date and the right check character. */
function residentIdBytesValid(buf: Buffer, s: number): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const b = buf[s + i]!;
    if (!digit(b)) return false;
    sum += (b - 48) * ID_WEIGHTS[i]!;
  }
  if (buf[s + 17] !== ID_CHECK[sum % 11]) return false;
  const year = (buf[s + 6]! - 48) * 1000 + (buf[s + 7]! - 48) * 100 + (buf[s + 8]! - 48) * 10 + (buf[s + 9]! - 48);
  const month = (buf[s + 10]! - 48) * 10 + (buf[s + 11]! - 48);
  const day = (buf[s + 12]! - 48) * 10 + (buf[s + 13]! - 48);
  return year >= 1800 && year <= 2099 && isValidDate(year, month, day);
}

const CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const CODE_VALUE = new Int8Array(128).fill(-1);
[...CREDIT_CODE_CHARS].forEach((c, i) => (CODE_VALUE[c.charCodeAt(0)] = i));

function creditCodeBytesValid(buf: Buffer, s: number): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const b = buf[s + i]!;
    const v = b < 128 ? CODE_VALUE[b]! : -1;
    if (v < 0) return false;
    sum += v * CODE_WEIGHTS[i]!;
  }
  const last = buf[s + 17]!;
  return last < 128 && CODE_VALUE[last] === (31 - (sum % 31)) % 31;
}

/**
 * Values that repeat across a batch (categories, groups, districts): remembered by their
 * bytes, so that a repeat needs neither decoding nor parsing.
 */
function memoByBytes(kind: FieldKind): CellParser {
  return bytesMemo(viaString(kind));
}

function sameBytes(a: Buffer, buf: Buffer, s: number, e: number): boolean {
  if (a.length !== e - s) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== buf[s + i]) return false;
  return true;
}

/**
 * Remembers the last value `parse` made, for cells that repeat from one row to the next
 * (a case_id over the rows of its case): a repeat is one comparison of bytes.
 */
export function lastValueMemo<T>(parse: (buf: Buffer, s: number, e: number) => T): (buf: Buffer, s: number, e: number) => T {
  let last = Buffer.alloc(64);
  let length = -1;
  let value!: T;
  return (buf, s, e) => {
    const n = e - s;
    if (n === length) {
      let same = true;
      for (let i = 0; i < n && same; i++) same = last[i] === buf[s + i];
      if (same) return value;
    }
    value = parse(buf, s, e);
    if (n > last.length) last = Buffer.alloc(n * 2);
    for (let i = 0; i < n; i++) last[i] = buf[s + i]!;
    length = n;
    return value;
  };
}

/** Remembers what `parse` makes of a cell's bytes (by the bytes, not a string: no decoding on a repeat). */
export function bytesMemo<T>(parse: (buf: Buffer, s: number, e: number) => T): (buf: Buffer, s: number, e: number) => T {
  // An open-addressing table by a hash of the bytes, of at most MEMO_SIZE entries (then full).
  const slots: ({ bytes: Buffer; value: T } | undefined)[] = new Array(MEMO_SIZE * 2).fill(undefined);
  const mask = MEMO_SIZE * 2 - 1;
  let size = 0;
  // The value found last: rows of a case often repeat it.
  let last: { bytes: Buffer; value: T } | undefined;
  return (buf, s, e) => {
    if (e - s > 64) return parse(buf, s, e);
    if (last !== undefined && sameBytes(last.bytes, buf, s, e)) return last.value;
    let h = 0x811c9dc5;
    for (let i = s; i < e; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
    // Each lookup steps to its first slot as to the next ones: the code for the step runs from
    // the start (code that first runs once V8 has optimized this would make it start again).
    let i = ((h ^ (h >>> 15)) - 1) & mask;
    for (;;) {
      i = (i + 1) & mask;
      const entry = slots[i];
      if (entry === undefined) break;
      if (sameBytes(entry.bytes, buf, s, e)) {
        last = entry;
        return entry.value;
      }
    }
    const value = parse(buf, s, e);
    if (size < MEMO_SIZE) {
      slots[i] = last = { bytes: Buffer.from(buf.subarray(s, e)), value };
      size++;
    }
    return value;
  };
}

function cellParser(kind: FieldKind, keep: boolean): CellParser {
  switch (kind) {
    case 'date':
      return dateParser();
    case 'money':
      return moneyParser();
    case 'resident_id':
    case 'credit_code':
      return identityParser(kind, keep);
    case 'categories':
    case 'groups':
    case 'district':
      return memoByBytes(kind);
    default:
      return viaString(kind);
  }
}

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

  const generic: ByteRowReader = (buf, row) => {
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
  // Field names that repeat (a full pack's fact named as a field: overlays cannot) keep the
  // loop's order of writing.
  if (new Set(plan.map((p) => p.name)).size !== plan.length) return generic;
  return unrolledReader(plan, defaults, extraColumns, extraNames, generic);
}

/**
 * The same reader written out as code for one layout: each cell's parser called at a call site
 * of its own, and every record's facts made by one object literal, so that all have the same
 * shape. It reads rows without errors; a row with any (rare) is read again by `generic`, which
 * says what is wrong. Facts of fields left blank are present, as undefined.
 */
function unrolledReader(
  plan: readonly { name: string; col: number; parse: CellParser; required: boolean; keep: boolean }[],
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
