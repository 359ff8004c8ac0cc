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

/**
 * What a spreadsheet does to an 18-digit number typed into a cell not formatted as text: it
 * keeps 15 significant digits, so the last three become 000, and shows it in scientific
 * notation (5.00115199001011E+17). The message for an ID number or credit code so damaged, in
 * both languages (records' errors are given in English; the Chinese is for their translation).
 */
export const LOST_DIGITS = {
  resident_id: {
    en: 'the ID number was stored as a number by a spreadsheet and has lost its last digits; format the column as text and re-enter the IDs',
    zh: '身份证号被电子表格存成了数字,末几位已丢失;请把该列设为文本格式,再重新录入身份证号',
  },
  credit_code: {
    en: 'the credit code was stored as a number by a spreadsheet and has lost its last digits; format the column as text and re-enter the codes',
    zh: '统一社会信用代码被电子表格存成了数字,末几位已丢失;请把该列设为文本格式,再重新录入代码',
  },
} as const;

/** Added to the problem of 18 digits ending 000 (which may also be a typing error). */
export const ZEROED_HINT = {
  en: '; it ends in 000, as a number a spreadsheet stored does (it has lost its last digits): if so, format the column as text and re-enter the IDs',
  zh: ';末三位是 000,像是被电子表格存成了数字而丢失了末几位:如是,请把该列设为文本格式,再重新录入',
} as const;

/** Scientific notation, as a spreadsheet shows a long number: 5.00115199001011E+17. */
const SCIENTIFIC = /^\d+(?:\.\d+)?E\+?\d+$/;
/** 18 digits whose last three are 000: what is left of an 18-digit number after a spreadsheet. */
const ZEROED = /^\d{15}000$/;

/**
 * The message for an identification number that is not valid (trimmed, upper-cased, spaces
 * removed) and has `problem`: the spreadsheet's in scientific notation; for 18 digits ending 000,
 * the problem with a hint that a spreadsheet may have done it.
 */
export function lostDigitsProblem(id: string, kind: keyof typeof LOST_DIGITS, problem: string): string {
  if (SCIENTIFIC.test(id)) return LOST_DIGITS[kind].en;
  return ZEROED.test(id) ? problem + ZEROED_HINT.en : problem;
}

/** Whether a number (a JSON number, a number cell of a workbook) is too long to hold an identification number's digits. */
export const numberLostDigits = (n: number): boolean => Math.abs(n) >= 1e15 || !Number.isInteger(n);
