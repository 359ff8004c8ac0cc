/**
 * The calendar and the identification numbers, as the library offers them: each argument
 * checked first (a UsageError for one that is not what the function takes), then the engine's
 * own function, which is called per row and stays unchecked.
 */
import { FIRST_YEAR, LAST_YEAR, isValidDate, addMonths as addMonthsTo, type CalendarDate } from '../core/calendar.js';
import { UsageError } from '../errors.js';
import { CREDIT_CODE_CHARS, creditCodeCheck as creditCheck, creditCodeProblem as creditProblem } from '../records/credit-code.js';
import { residentIdCheck as idCheck, residentIdProblem as idProblem, upgradeResidentId as upgradeId } from '../records/id-number.js';
import { shown, textArg } from './checks.js';
import { say } from './messages.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The last day of a period of `months` months that starts on `date` (YYYY-MM-DD, a day of
 * FIRST_YEAR to LAST_YEAR), as 《民法典》 articles 201-202 count it: `addMonths('2020-01-31', 3)`
 * is `2020-04-30`. `months` is a whole number (negative counts back); the end must fall in those
 * years too.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const m = typeof date === 'string' ? DATE.exec(date) : null;
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  if (!m || !isValidDate(year, month, day) || year < FIRST_YEAR || year > LAST_YEAR) {
    const expected = { en: `a date YYYY-MM-DD of ${FIRST_YEAR} to ${LAST_YEAR}`, zh: ` ${FIRST_YEAR} 至 ${LAST_YEAR} 年间的日期,写作 YYYY-MM-DD` };
    throw new UsageError(say('expected', { what: 'addMonths: date', value: shown(date), expected }));
  }
  if (!Number.isSafeInteger(months)) {
    throw new UsageError(say('expected', { what: 'addMonths: months', value: shown(months), expected: { en: 'a whole number of months', zh: '整数个月' } }));
  }
  const end = year * 12 + month - 1 + months;
  if (end < FIRST_YEAR * 12 || end >= (LAST_YEAR + 1) * 12) throw new UsageError(say('outsideYears', { date, months, first: FIRST_YEAR, last: LAST_YEAR }));
  return addMonthsTo(date, months);
}

const ID_TEXT = { en: 'the ID number as text (a string: a number loses digits)', zh: '文本形式的身份证号(字符串:数字会丢失位数)' };
const CODE_TEXT = { en: 'the credit code as text (a string)', zh: '文本形式的统一社会信用代码(字符串)' };

/** What is wrong with an ID number (trimmed, upper case), or undefined when it is valid. */
export function residentIdProblem(id: string): string | undefined {
  return idProblem(textArg('residentIdProblem: id', id, ID_TEXT));
}

/** What is wrong with a unified social credit code (trimmed, upper case), or undefined when it is valid. */
export function creditCodeProblem(code: string): string | undefined {
  return creditProblem(textArg('creditCodeProblem: code', code, CODE_TEXT));
}

/** The check character of an ID number's first 17 digits. */
export function residentIdCheck(first17: string): string {
  if (typeof first17 === 'string' && /^\d{17}$/.test(first17)) return idCheck(first17);
  throw new UsageError(say('expected', { what: 'residentIdCheck: first17', value: shown(first17), expected: { en: '17 digits', zh: ' 17 位数字' } }));
}

/** The check character of a credit code's first 17 characters. */
export function creditCodeCheck(first17: string): string {
  if (typeof first17 === 'string' && first17.length === 17 && [...first17].every((c) => CREDIT_CODE_CHARS.includes(c))) return creditCheck(first17);
  const expected = { en: `17 characters of ${CREDIT_CODE_CHARS}`, zh: ` ${CREDIT_CODE_CHARS} 中的 17 个字符` };
  throw new UsageError(say('expected', { what: 'creditCodeCheck: first17', value: shown(first17), expected }));
}

/** The 18-character form of a 15-digit ID number (one issued before 1999), whose birth date is a date. */
export function upgradeResidentId(id15: string): string {
  if (typeof id15 !== 'string' || !/^\d{15}$/.test(id15)) {
    throw new UsageError(say('expected', { what: 'upgradeResidentId: id15', value: shown(id15), expected: { en: 'a 15-digit ID number', zh: ' 15 位身份证号' } }));
  }
  const id = upgradeId(id15);
  const problem = idProblem(id);
  if (problem) throw new UsageError(say('badValue', { what: 'upgradeResidentId: id15', value: shown(id15), why: problem }));
  return id;
}
