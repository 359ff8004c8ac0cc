/**
 * Resident ID numbers (公民身份号码, GB 11643-1999): 17 digits — a 6-digit area code, the
 * birth date as YYYYMMDD and a 3-digit sequence — then a check character by ISO 7064 MOD 11-2
 * (0-9 or X). The 15-digit numbers issued before 1999 have a 2-digit year and no check
 * character; their 18-digit form adds "19" and the check character.
 */
import { isValidDate } from '../core/calendar.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
/** The same check characters as bytes. */
const CHECK_BYTES = [...CHECK].map((c) => c.charCodeAt(0));

/** The birth dates an ID number may hold. */
export const FIRST_BIRTH_YEAR = 1800;
export const LAST_BIRTH_YEAR = 2099;

const isBirthDate = (year: number, month: number, day: number) => year >= FIRST_BIRTH_YEAR && year <= LAST_BIRTH_YEAR && isValidDate(year, month, day);

/** The characters that may stand last, as check character: the digits and X. */
export const RESIDENT_ID_CHECK_CHARS = [...new Set(CHECK)].sort().join('');

/** The check character of the first 17 digits. */
export function residentIdCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/** The 18-digit form of a 15-digit ID number. */
export function upgradeResidentId(id15: string): string {
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return first17 + residentIdCheck(first17);
}

/** What is wrong with an ID number (already trimmed and upper-cased), or undefined when it is valid. */
export function residentIdProblem(id: string): string | undefined {
  if (/^\d{15}$/.test(id)) {
    const upgraded = upgradeResidentId(id);
    const dateProblem = residentIdProblem(upgraded);
    return dateProblem
      ? `a 15-digit ID number from before 1999, and ${dateProblem.replace(/^the birth date/, 'its birth date')}`
      : `a 15-digit ID number from before 1999: write its 18-digit form ${upgraded}`;
  }
  if (id.length !== 18) return `an ID number has 18 characters (17 digits and a check character, a digit or X), this one ${id.length}`;
  if (!/^\d{17}[\dX]$/.test(id)) return 'an ID number is 17 digits and a check character (a digit or X)';
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (!isBirthDate(year, month, day)) return `the birth date ${id.slice(6, 14)} in the ID number is not a date`;
  const expected = residentIdCheck(id);
  if (id[17] !== expected) return `the check character is ${id[17]}, but the first 17 digits give ${expected}: a digit is mistyped`;
  return undefined;
}

/**
 * Whether the 18 bytes at s are a valid ID number as written (17 digits, a real birth date and
 * the right check character), for CSV cells read as bytes: what residentIdProblem finds no
 * problem with, among numbers written in capitals without spaces.
 */
export function residentIdBytesValid(buf: Buffer, s: number): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const b = buf[s + i]!;
    if (b < 48 || b > 57) return false;
    sum += (b - 48) * WEIGHTS[i]!;
  }
  if (buf[s + 17] !== CHECK_BYTES[sum % 11]) return false;
  const year = (buf[s + 6]! - 48) * 1000 + (buf[s + 7]! - 48) * 100 + (buf[s + 8]! - 48) * 10 + (buf[s + 9]! - 48);
  const month = (buf[s + 10]! - 48) * 10 + (buf[s + 11]! - 48);
  const day = (buf[s + 12]! - 48) * 10 + (buf[s + 13]! - 48);
  return isBirthDate(year, month, day);
}
