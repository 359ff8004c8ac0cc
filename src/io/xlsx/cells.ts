/**
 * A workbook cell's value as a record field takes it: text as text, a number as a number (as
 * Excel shows it, to 15 significant digits), a date cell as the calendar date Excel shows, a
 * formula as its last computed value. Blank: undefined.
 */
import { dateOfCellDate, serialToDate } from '../../core/excel-date.js';

/** What a cell holds for a record: text (dates as YYYY-MM-DD), a number, or nothing. */
export type CellValue = string | number | undefined;

/**
 * Whether a number format shows a date (what is left once its bracketed parts, such as colours
 * and locales, and its quoted text are removed has a letter of a date or a time).
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhsb]/i.test(format.replace(/\[[^\]]*\]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, ''));
}

/** A number as Excel shows it: 15 significant digits (so 0.1 + 0.2 is 0.3, as the cell shows). */
const shown = (n: number) => (Number.isFinite(n) && Math.abs(n) < 1e15 ? Number(n.toPrecision(15)) : n);

/**
 * The value of a cell as exceljs reads it (`numFmt`: the cell's number format, for a formula's
 * result). A date before 1900-03-01, or the day that never was (1900-02-29), stays the serial
 * number it is, which a date field then refuses.
 */
export function cellValue(value: unknown, numFmt?: string): CellValue {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return shown(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateOfCellDate(value) ?? shown(value.getTime() / 86_400_000 + 25569);
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
  if ('formula' in v || 'sharedFormula' in v) {
    const result = v.result;
    if (typeof result === 'number' && isDateFormat(numFmt)) return serialToDate(result) ?? shown(result);
    return cellValue(result, numFmt);
  }
  if (typeof v.error === 'string') return v.error;
  if ('text' in v) return cellValue(v.text, numFmt);
  return undefined;
}
