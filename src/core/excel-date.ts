/**
 * Excel's date serials ↔ calendar dates. A spreadsheet stores a date as a count of days (with
 * the time of day as a fraction): in the 1900 date system, day 1 is 1900-01-01 and day 61 is
 * 1900-03-01, because Excel counts a 1900-02-29 that never was (day 60); from day 61 on, day 0
 * is 1899-12-30. In the 1904 date system (old Mac workbooks), day 0 is 1904-01-01, 1462 days
 * later. Integer arithmetic on days only: no `Date`, no time zone.
 */
import { formatDate, type CalendarDate } from './calendar.js';

/** Days from 1970-01-01 to Excel's day 0 (1899-12-30), counted back. */
const EPOCH_1900 = -25569;
/** Days from the 1900 system's day 0 to the 1904 system's. */
const OFFSET_1904 = 1462;

/** The days since 1970-01-01 of a calendar day (proleptic Gregorian). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar day of a count of days since 1970-01-01. */
export function civilFromDays(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return formatDate(era * 400 + yoe + (month <= 2 ? 1 : 0), month, day);
}

/**
 * The calendar date that Excel shows for a serial (its whole days; the time of day is dropped).
 * Undefined for day 60 of the 1900 system (the 1900-02-29 that does not exist) and for serials
 * below 1 or not finite.
 */
export function serialToDate(serial: number, date1904 = false): CalendarDate | undefined {
  if (!Number.isFinite(serial) || serial < (date1904 ? 0 : 1)) return undefined;
  let days = Math.floor(serial);
  if (date1904) days += OFFSET_1904;
  else if (days === 60) return undefined;
  else if (days < 60) days += 1; // before the day that never was, Excel's days are one later
  return civilFromDays(days + EPOCH_1900);
}

/** The serial of a calendar date in the 1900 date system (as Excel writes it). */
export function dateToSerial(date: CalendarDate): number {
  const days = daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))) - EPOCH_1900;
  return days < 61 ? days - 1 : days;
}

/**
 * The calendar date of a date cell as a spreadsheet reader gives it: a `Date` whose UTC time is
 * the serial counted from 1899-12-30 (exceljs makes one so, with the 1904 system already taken
 * into account), read back as the serial Excel shows.
 */
export function dateOfCellDate(value: Date): CalendarDate | undefined {
  const ms = value.getTime();
  if (!Number.isFinite(ms)) return undefined;
  return serialToDate(Math.floor(ms / 86_400_000) - EPOCH_1900);
}
