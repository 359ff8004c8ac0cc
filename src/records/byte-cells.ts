/**
 * Parsers of a CSV cell's bytes, one for each kind of field: plain dates (2020-02-20, 2020/2/20,
 * 2020.2.20), plain amounts and plain ID numbers and credit codes are read from the bytes (the
 * checks of the last two are those of id-number.ts and credit-code.ts); every other value goes
 * through the same string parser as the zod schema, so the results are the same
 * (tests/one-reader.test.ts holds them together).
 */
import { FIRST_YEAR, formatDate, isValidDate, LAST_YEAR, type CalendarDate } from '../core/calendar.js';
import { creditCodeBytesValid } from './credit-code.js';
import type { FieldKind } from './fields.js';
import { residentIdBytesValid } from './id-number.js';
import { isBlank, PARSERS } from './kinds.js';

/** A cell left blank. */
export const BLANK = Symbol('blank');
/** How many distinct cells a bytesMemo remembers. */
const MEMO_SIZE = 4096;
/** A valid value that the caller does not need (it is only checked). */
export const KEPT_OUT = Symbol('kept out');
/** What a cell's bytes hold: a value, BLANK, KEPT_OUT or Invalid. */
export type CellParser = (buf: Buffer, s: number, e: number) => unknown;

/** Whether a cell's bytes are blank: spaces, tabs and carriage returns alone. */
export function blankBytes(buf: Buffer, s: number, e: number): boolean {
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

/**
 * Valid dates of the years FIRST_YEAR to LAST_YEAR, by their place in a 31-day-month calendar:
 * what the string parser makes of them (null: not a day of the calendar), filled as they are met.
 * One table for all the date parsers of a thread (each date column of each record type has one).
 */
let DATE_TEXTS: (CalendarDate | null | undefined)[] | undefined;

function dateTexts(): (CalendarDate | null | undefined)[] {
  if (DATE_TEXTS) return DATE_TEXTS;
  // (Filled by push: `new Array(n)` of this size, called before V8 keeps feedback for the call,
  // makes V8 discard the optimized code of every thread function that makes arrays.)
  const texts: (CalendarDate | null | undefined)[] = [];
  for (let i = 0; i < (LAST_YEAR - FIRST_YEAR + 1) * 12 * 31; i++) texts.push(undefined);
  return (DATE_TEXTS = texts);
}

function dateParser(): CellParser {
  // Anything else (an invalid date, spaces, 2020年2月20日) goes through the string parser, and is
  // remembered by its bytes, as dates repeat.
  const slow = bytesMemo(viaString('date'));
  const valid = dateTexts();
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
    if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return slow(buf, s, e);
    const key = ((year - FIRST_YEAR) * 12 + month - 1) * 31 + day - 1;
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

/**
 * The parser of a cell of a field of this kind; `keep`: its value is wanted (otherwise a valid
 * value may come back as KEPT_OUT).
 */
export function cellParser(kind: FieldKind, keep: boolean): CellParser {
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
