/**
 * Calendar dates as `YYYY-MM-DD` strings: no time zone, no `Date` arithmetic.
 * ISO date strings of four-digit years sort in calendar order, so `<` compares them.
 */

export type CalendarDate = string;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function formatDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * The years a date of a record (or the evaluation date) may fall in. Policy dates of 2020 and
 * the careers around them fit with room to spare; a year outside is a typing error (a year of
 * five digits would also sort wrongly as text).
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2099;

/** Whether year, month and day name a real day of the Gregorian calendar (years 1000-9999). */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1000 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

const d = (date: CalendarDate, i: number) => date.charCodeAt(i) - 48;


/**
 * The last day of a period of `months` months that starts on `date`, as 《民法典》
 * articles 201-202 count it: the corresponding day `months` months later, or that
 * month's last day where it has none (2020-01-31 + 3 → 2020-04-30).
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const y = d(date, 0) * 1000 + d(date, 1) * 100 + d(date, 2) * 10 + d(date, 3);
  const m = d(date, 5) * 10 + d(date, 6);
  const day = d(date, 8) * 10 + d(date, 9);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatDate(year, month, Math.min(day, daysInMonth(year, month)));
}

/** Today's date in China Standard Time, where the policy applies. */
export function todayInChina(now: Date = new Date()): CalendarDate {
  // Asia/Shanghai has had no daylight saving since 1991: UTC+8 throughout.
  const shifted = new Date(now.getTime() + 8 * 3600_000);
  return formatDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}
