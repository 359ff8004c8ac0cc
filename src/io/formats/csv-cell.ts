/** CSV cells and lines as every CSV output writes them, guarded against formulas. */
import { risky } from '../csv/formula.js';

const NEEDS_QUOTES = /[",\r\n]/;

/** One cell, escaped against formula injection and quoted where needed. */
export function csvCell(value: string): string {
  const v = risky(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function csvLine(cells: readonly string[]): string {
  let out = '';
  for (let i = 0; i < cells.length; i++) out += (i ? ',' : '') + csvCell(cells[i]!);
  return `${out}\n`;
}
