/**
 * Dates as records write them: 2020-02-20, 2020/2/20, 2020.2.20 or 2020年2月20日, or as the
 * Excel date serial a spreadsheet saved (43881: see excel-dates.ts).
 */
import { cut } from '../core/excerpt.js';
import { FIRST_YEAR, formatDate, isValidDate, LAST_YEAR, type CalendarDate } from '../core/calendar.js';
import { excelDate, excelSerialDate, EXCEL_SERIAL_PATTERN, FIRST_SERIAL, FIRST_SERIAL_YEAR, LAST_SERIAL, LAST_SERIAL_YEAR } from './excel-dates.js';
import { digit, fail, Invalid, isDigit, literal, narrow, ok, trimmed, type Parsed } from './parsed.js';

/** The four written forms of a date: what follows the year, the month and the day. */
const DATE_SEPARATORS = [
  ['-', '-', ''],
  ['/', '/', ''],
  ['.', '.', ''],
  ['年', '月', '日'],
] as const;

const dateForm = (year: string, month: string, day: string, [afterYear, afterMonth, afterDay]: readonly string[]) =>
  `${year}${literal(afterYear!)}${month}${literal(afterMonth!)}${day}${literal(afterDay!)}`;

const DATE_FORMS = DATE_SEPARATORS.map((s) => new RegExp(`^${dateForm('(\\d{4})', '(\\d{1,2})', '(\\d{1,2})', s)}$`));

/** The years FIRST_YEAR to LAST_YEAR as four digits: whole centuries (1900 to 2099: 19 or 20, two digits). */
function yearsPattern(first: number, last: number): string {
  if (first % 100 !== 0 || last % 100 !== 99 || first < 1000 || last > 9999) {
    throw new Error(`years ${first}-${last}: the date pattern is written for whole centuries of four-digit years`);
  }
  const centuries: number[] = [];
  for (let c = first / 100; c <= (last - 99) / 100; c++) centuries.push(c);
  return `(?:${centuries.join('|')})\\d\\d`;
}

/**
 * A date as parseDate reads it: one of its forms, years FIRST_YEAR to LAST_YEAR, months 1-12,
 * days 1-31 (whether the day is in its month is checked on evaluation).
 */
export const DATE_PATTERN = trimmed(
  [...DATE_SEPARATORS.map((s) => dateForm(yearsPattern(FIRST_YEAR, LAST_YEAR), '(?:0?[1-9]|1[0-2])', '(?:0?[1-9]|[12]\\d|3[01])', s)), EXCEL_SERIAL_PATTERN].join('|'),
);

/** The forms of a date, for messages. */
export const DATE_FORMS_TEXT = `2020-02-20, 2020/2/20, 2020.2.20, 2020年2月20日, or an Excel date serial of ${FIRST_SERIAL_YEAR}-${LAST_SERIAL_YEAR} such as 43881`;

const YEAR_RANGE = `dates from ${FIRST_YEAR} to ${LAST_YEAR} are accepted`;
/** A date whose year has five digits or more, in any of the forms below. */
const LONG_YEAR = /^(\d{5,})[-/.年]\d{1,2}[-/.月]\d{1,2}日?$/;

/** A date of a valid form whose day does not exist, or whose year is out of range. */
function badDate(text: string, year: number, month: number, day: number): Invalid | undefined {
  if (year < FIRST_YEAR || year > LAST_YEAR) return fail(`${text}: the year ${year} is out of range; ${YEAR_RANGE}`);
  return isValidDate(year, month, day) ? undefined : fail(`${text} is not a date on the calendar`);
}

/**
 * Reads `2020-02-20`, `2020/2/20`, `2020.2.20` or `2020年2月20日`; rejects days that do not exist
 * and years outside FIRST_YEAR to LAST_YEAR.
 */
export function parseDate(raw: unknown): Parsed<CalendarDate> {
  // A whole number (a case file's 43881, as a spreadsheet exported it) is read as its digits: a serial.
  if (typeof raw === 'number' && Number.isSafeInteger(raw)) raw = String(raw);
  if (typeof raw !== 'string') return fail(`expected a date as text: ${DATE_FORMS_TEXT}`);
  // The common case, ISO YYYY-MM-DD, without regular expressions.
  if (
    raw.length === 10 &&
    raw.charCodeAt(4) === 45 &&
    raw.charCodeAt(7) === 45 &&
    isDigit(raw, 0) && isDigit(raw, 1) && isDigit(raw, 2) && isDigit(raw, 3) &&
    isDigit(raw, 5) && isDigit(raw, 6) && isDigit(raw, 8) && isDigit(raw, 9)
  ) {
    const year = digit(raw, 0) * 1000 + digit(raw, 1) * 100 + digit(raw, 2) * 10 + digit(raw, 3);
    const month = digit(raw, 5) * 10 + digit(raw, 6);
    const day = digit(raw, 8) * 10 + digit(raw, 9);
    return badDate(raw, year, month, day) ?? ok(raw);
  }
  const text = narrow(raw).trim();
  for (const form of DATE_FORMS) {
    const m = form.exec(text);
    if (!m) continue;
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    return badDate(text, year, month, day) ?? ok(formatDate(year, month, day));
  }
  const serial = excelSerialDate(text);
  if (serial === 'out of range') {
    return fail(
      `${text} as an Excel date serial is ${excelDate(Number(text))}; serials are read as dates only from ${FIRST_SERIAL} to ${LAST_SERIAL} (${FIRST_SERIAL_YEAR}-01-01 to ${LAST_SERIAL_YEAR}-12-31): write the date as 2020-02-20`,
    );
  }
  if (serial !== undefined) return ok(serial);
  const long = LONG_YEAR.exec(text);
  if (long) return fail(`${cut(text)}: the year ${cut(long[1]!)} is out of range; ${YEAR_RANGE}`);
  return fail(`expected a date: ${DATE_FORMS_TEXT}`);
}
