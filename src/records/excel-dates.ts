/**
 * Excel date serials: a date cell that a spreadsheet saved as its number (43881 is 2020-02-20),
 * as happens when a date column is formatted as a number before a workbook is saved as CSV.
 * Day 0 is 1899-12-30 (Excel's serials count 1900-02-29, a day that never was, so from
 * 1900-03-01 on they are days since 1899-12-30); computed in UTC, a calendar date with no zone.
 *
 * Only serials of 2019-01-01 to 2030-12-31 are read as dates: every date a record of the 2020
 * subsidies holds (contracts, departures, registrations, applications) lies in those years,
 * while a five-digit number outside them is far more likely a mistake (an amount or a code in
 * the wrong column) than a date of 1950 or 2080, and is better reported than read.
 */
import { formatDate, type CalendarDate } from '../core/calendar.js';
import { dateToSerial, serialToDate } from '../core/excel-date.js';
import { ownValue } from '../core/own-keys.js';
import type { FieldSpec } from './fields.js';
import { narrow } from './parsed.js';

/** The date of an Excel serial of five digits (core/excel-date.ts counts them). */
export const excelDate = (serial: number): CalendarDate => serialToDate(serial)!;

/** The serials read as dates: those of the first and last day of these years. */
export const FIRST_SERIAL_YEAR = 2019;
export const LAST_SERIAL_YEAR = 2030;
export const FIRST_SERIAL = dateToSerial(formatDate(FIRST_SERIAL_YEAR, 1, 1));
export const LAST_SERIAL = dateToSerial(formatDate(LAST_SERIAL_YEAR, 12, 31));

/**
 * The serials FIRST_SERIAL (43466) to LAST_SERIAL (47848) as a regular expression, for the JSON
 * Schema's date pattern (tests/forgiving.test.ts holds it to the range, number by number).
 */
export const EXCEL_SERIAL_PATTERN = '4346[6-9]|434[7-9]\\d|43[5-9]\\d\\d|4[4-6]\\d{3}|47[0-7]\\d\\d|478[0-3]\\d|4784[0-8]';

const FIVE_DIGITS = /^\d{5}$/;

/**
 * What a date cell of five digits is: the date of an Excel serial in range, 'out of range' for
 * another five-digit number, undefined for any other text.
 */
export function excelSerialDate(text: string): CalendarDate | 'out of range' | undefined {
  if (!FIVE_DIGITS.test(text)) return undefined;
  const serial = Number(text);
  return serial >= FIRST_SERIAL && serial <= LAST_SERIAL ? excelDate(serial) : 'out of range';
}

/** A date field written as an Excel serial, and the date it was read as. */
export interface SerialReading {
  field: string;
  serial: string;
  date: CalendarDate;
}

/** The date fields of a record (of these fields) that were written as Excel serials: for --explain. */
export function serialReadings(fields: readonly FieldSpec[], raw: Readonly<Record<string, unknown>>, facts: Readonly<Record<string, unknown>>): SerialReading[] {
  const out: SerialReading[] = [];
  for (const spec of fields) {
    if (spec.kind !== 'date') continue;
    const given = ownValue(raw, spec.name);
    const written = typeof given === 'number' ? String(given) : given;
    const value = ownValue(facts, spec.name);
    if (typeof written !== 'string' || typeof value !== 'string') continue;
    const serial = narrow(written).trim();
    if (excelSerialDate(serial) === value) out.push({ field: spec.name, serial, date: value });
  }
  return out;
}
