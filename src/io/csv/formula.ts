/**
 * The formula guard. A spreadsheet takes a cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return for a formula, and runs it: CSV output writes such a cell after a `'` (which
 * a spreadsheet shows as text, hiding the `'`). The reader reads that guard back: a cell of `'`s
 * followed by one of those characters is read without its first `'`, so that our own CSV (an
 * --errors file, submitted again) reads as the values it was written from. A value that itself
 * begins with `'`s and such a character (`'=x`) is guarded too (written `''=x`), so that it
 * also reads back as it was.
 */

/** The bytes (and characters) a formula starts with: = + - @ \t \r. */
export const FORMULA_START = new Uint8Array(256);
for (const c of '=+-@\t\r') FORMULA_START[c.charCodeAt(0)] = 1;

const APOSTROPHE = 39;

/** Where a run of `'` that starts at `i` ends (at `end` at the latest). */
function apostrophes(at: (i: number) => number, i: number, end: number): number {
  while (i < end && at(i) === APOSTROPHE) i++;
  return i;
}

/** Whether a value must be guarded: a spreadsheet would take it for a formula, or the reader would take its `'` for a guard. */
export function risky(value: string): boolean {
  if (value.length === 0) return false;
  const first = value.charCodeAt(0);
  if (first !== APOSTROPHE) return FORMULA_START[first] === 1;
  const i = apostrophes((k) => value.charCodeAt(k), 0, value.length);
  return i < value.length && FORMULA_START[value.charCodeAt(i)] === 1;
}

/** Where the value of the cell bytes[s, e) starts: after its guard `'`, if it has one. */
export function guardedStart(bytes: Uint8Array, s: number, e: number): number {
  if (e - s < 2 || bytes[s] !== APOSTROPHE) return s;
  const i = apostrophes((k) => bytes[k]!, s, e);
  return i < e && FORMULA_START[bytes[i]!] === 1 ? s + 1 : s;
}

/** A cell's text without its guard `'`, if it has one. */
export function unguarded(text: string): string {
  if (text.length < 2 || text.charCodeAt(0) !== APOSTROPHE) return text;
  const i = apostrophes((k) => text.charCodeAt(k), 0, text.length);
  return i < text.length && FORMULA_START[text.charCodeAt(i)] === 1 ? text.slice(1) : text;
}
