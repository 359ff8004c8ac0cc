/**
 * The formula guard. A spreadsheet takes a cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return for a formula, and runs it: CSV output writes such a cell after a `'` (which
 * a spreadsheet shows as text, hiding the `'`). The reader reads that guard back: a cell that is
 * a `'` followed by one of those characters is read without its `'`, so that our own CSV (an
 * --errors file, submitted again) reads as the values it was written from.
 */

/** The bytes (and characters) a formula starts with: = + - @ \t \r. */
export const FORMULA_START = new Uint8Array(256);
for (const c of '=+-@\t\r') FORMULA_START[c.charCodeAt(0)] = 1;

const APOSTROPHE = 39;

/** Whether a spreadsheet would take this value for a formula. */
export function risky(value: string): boolean {
  return value.length > 0 && FORMULA_START[value.charCodeAt(0)] === 1;
}

/** Where the value of the cell bytes[s, e) starts: after its guard `'`, if it has one. */
export function guardedStart(bytes: Uint8Array, s: number, e: number): number {
  return e - s >= 2 && bytes[s] === APOSTROPHE && FORMULA_START[bytes[s + 1]!] === 1 ? s + 1 : s;
}

/** A cell's text without its guard `'`, if it has one. */
export function unguarded(text: string): string {
  return text.length >= 2 && text.charCodeAt(0) === APOSTROPHE && FORMULA_START[text.charCodeAt(1)] === 1 ? text.slice(1) : text;
}
