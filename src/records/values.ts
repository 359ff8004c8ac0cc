/**
 * Parsers for the raw values of record fields: dates, money, and the vocabularies of
 * categories and groups. Each returns the parsed value or a message that says what is
 * wrong and what is accepted; none throws.
 */
import { FIRST_YEAR, formatDate, isValidDate, LAST_YEAR, type CalendarDate } from '../engine/calendar.js';
import { creditCodeProblem } from './credit-code.js';
import { residentIdProblem } from './id-number.js';
import { lookupTable } from './own-keys.js';

/** What a parser returns for a value it cannot read: the message says what is wrong and what is accepted. */
export class Invalid {
  constructor(readonly error: string) {}
}

/** A parsed value, or Invalid. Parsers allocate nothing on success: they run on every cell of a batch. */
export type Parsed<T> = T | Invalid;

export const isInvalid = (r: unknown): r is Invalid => r instanceof Invalid;

const ok = <T>(value: T): T => value;
const fail = (error: string): Invalid => new Invalid(error);

const DATE_FORMS = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日$/,
];

const digit = (text: string, i: number) => text.charCodeAt(i) - 48;
const isDigit = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

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
  if (typeof raw !== 'string') return fail('expected a date such as 2020-02-20');
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
  const text = raw.trim();
  for (const form of DATE_FORMS) {
    const m = form.exec(text);
    if (!m) continue;
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    return badDate(text, year, month, day) ?? ok(formatDate(year, month, day));
  }
  const long = LONG_YEAR.exec(text);
  if (long) return fail(`${text}: the year ${long[1]} is out of range; ${YEAR_RANGE}`);
  return fail('expected a date as 2020-02-20, 2020/2/20 or 2020年2月20日');
}

const MONEY = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/**
 * Reads an amount in yuan with at most two decimals, optionally with thousands separators,
 * a leading ¥ or a trailing 元, and returns it in integer fen.
 */
export function parseMoney(raw: unknown): Parsed<number> {
  // The common case, plain digits with up to two decimals, without regular expressions.
  if (typeof raw === 'string' && raw.length > 0 && raw.length < 14) {
    let fen = 0;
    let i = 0;
    let c = 0;
    for (; i < raw.length; i++) {
      c = raw.charCodeAt(i);
      if (c < 48 || c > 57) break;
      fen = fen * 10 + (c - 48);
    }
    if (i > 0) {
      if (i === raw.length) return ok(fen * 100);
      if (c === 46 && raw.length - i - 1 <= 2 && raw.length - i - 1 >= 1) {
        let cents = 0;
        let j = i + 1;
        for (; j < raw.length && isDigit(raw, j); j++) cents = cents * 10 + digit(raw, j);
        if (j === raw.length) return ok(fen * 100 + (raw.length - i - 1 === 1 ? cents * 10 : cents));
      }
    }
  }
  let text: string;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return fail('expected an amount in yuan such as 1000 or 999.99');
    // The shortest decimal that round-trips is what the writer of the file typed.
    text = Math.abs(raw) < 1e15 ? String(raw) : raw.toFixed(0);
  } else if (typeof raw === 'string') {
    text = raw.trim();
  } else {
    return fail('expected an amount in yuan such as 1000 or 999.99');
  }
  const plain = text.replace(/^[¥￥]\s*/, '').replace(/\s*元$/, '');
  if (/^-/.test(plain)) return fail('an amount must not be negative');
  const m = MONEY.exec(plain);
  if (!m) {
    if (/^[\d,]*\.\d{3,}$/.test(plain)) return fail('an amount has at most two decimals (fen)');
    return fail('expected an amount in yuan such as 1000, 1,000.50 or 999.99');
  }
  const [whole, decimals = ''] = plain.replace(/,/g, '').split('.') as [string, string?];
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) return fail('the amount is too large');
  return ok(fen);
}

/** Writes integer fen as yuan with two decimals: 99999 → "999.99". */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = abs % 100;
  return `${sign}${yuan}.${cents < 10 ? '0' : ''}${cents}`;
}

/** Integer fen as a yuan number for JSON: 99999 → 999.99 (exact to the printed digits). */
export function fenToYuan(fen: number): number {
  return fen / 100;
}

export const ENTERPRISE_CATEGORIES = ['key', 'electronics', 'other'] as const;
export type EnterpriseCategory = (typeof ENTERPRISE_CATEGORIES)[number];

const CATEGORY_ALIASES: Readonly<Record<string, EnterpriseCategory>> = lookupTable({
  key: 'key',
  electronics: 'electronics',
  other: 'other',
  重点企业: 'key',
  重点: 'key',
  重庆市重点企业: 'key',
  电子企业: 'electronics',
  电子: 'electronics',
  其他: 'other',
  其它: 'other',
  其他企业: 'other',
  一般企业: 'other',
});

export const CATEGORY_LABELS: Readonly<Record<EnterpriseCategory, { zh: string; en: string }>> = lookupTable({
  key: { zh: '重点企业', en: 'key enterprise' },
  electronics: { zh: '电子企业', en: 'electronics enterprise' },
  other: { zh: '其他', en: 'other' },
});

/** Known population groups and their Chinese names; other groups are accepted as written. */
const GROUP_ALIASES: Readonly<Record<string, string>> = lookupTable({
  建档立卡贫困家庭成员: 'poverty_registered',
  建档立卡贫困人员: 'poverty_registered',
  建档立卡贫困户: 'poverty_registered',
  建档立卡: 'poverty_registered',
  贫困家庭成员: 'poverty_registered',
  农民工: 'migrant_worker',
  返乡农民工: 'migrant_worker',
  就业困难人员: 'hard_to_employ',
  高校毕业生: 'college_graduate',
  退役军人: 'veteran',
  无: 'none',
});

export const GROUP_LABELS: Readonly<Record<string, { zh: string; en: string }>> = lookupTable({
  poverty_registered: { zh: '建档立卡贫困家庭成员', en: 'member of a registered poor household' },
  migrant_worker: { zh: '农民工', en: 'migrant worker' },
  hard_to_employ: { zh: '就业困难人员', en: 'hard to employ' },
  college_graduate: { zh: '高校毕业生', en: 'college graduate' },
  veteran: { zh: '退役军人', en: 'veteran' },
  none: { zh: '无', en: 'none' },
});

/** Splits a multi-valued cell: `key;electronics`, `重点企业、电子企业`, or a list. */
export function splitValues(raw: unknown): string[] | undefined {
  const items = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[;；、]/) : undefined;
  if (!items) return undefined;
  const out: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string') return undefined;
    const v = item.trim();
    if (v) out.push(v);
  }
  return out;
}

/** Remembers the parse of values that repeat across a batch (categories, groups). */
function memoized<T>(parse: (raw: unknown) => Parsed<T>): (raw: unknown) => Parsed<T> {
  const cache = new Map<string, Parsed<T>>();
  return (raw) => {
    if (typeof raw !== 'string') return parse(raw);
    let hit = cache.get(raw);
    if (hit === undefined) {
      if (cache.size >= 4096) cache.clear();
      hit = parse(raw);
      cache.set(raw, hit);
    }
    return hit;
  };
}

/**
 * Enterprise categories: the canonical names, Chinese names, several at once.
 * The parsed list is shared between records with the same text: treat it as read-only.
 */
export const parseCategories = memoized(parseCategoriesUncached);

function parseCategoriesUncached(raw: unknown): Parsed<EnterpriseCategory[]> {
  const items = splitValues(raw);
  if (!items || items.length === 0) return fail(`expected ${ENTERPRISE_CATEGORIES.join(', ')} (or 重点企业, 电子企业, 其他)`);
  const out: EnterpriseCategory[] = [];
  for (const item of items) {
    const c = CATEGORY_ALIASES[item] ?? CATEGORY_ALIASES[item.toLowerCase()];
    if (!c) {
      return fail(
        `unknown enterprise category "${item}": allowed are ${ENTERPRISE_CATEGORIES.join(', ')} ` +
          `(重点企业, 电子企业, 其他); write both as key;electronics`,
      );
    }
    if (!out.includes(c)) out.push(c);
  }
  return ok(out);
}

export function normalizeGroup(item: string): string {
  return GROUP_ALIASES[item] ?? item.toLowerCase().replace(/[\s-]+/g, '_');
}

/** Population groups (open-ended); the parsed list is shared: treat it as read-only. */
export const parseGroups = memoized(parseGroupsUncached);

function parseGroupsUncached(raw: unknown): Parsed<string[]> {
  const items = splitValues(raw);
  if (!items || items.length === 0) return fail('expected a group such as poverty_registered or migrant_worker');
  const out: string[] = [];
  for (const item of items) {
    const g = normalizeGroup(item);
    if (!out.includes(g)) out.push(g);
  }
  return ok(out);
}

const EDGE_SPACE = /^\s|\s$/;

export function parseText(raw: unknown): Parsed<string> {
  if (typeof raw === 'string') return ok(EDGE_SPACE.test(raw) ? raw.trim() : raw);
  if (typeof raw === 'number' && Number.isFinite(raw)) return ok(String(raw));
  return fail('expected text');
}

const PLAIN_ID = /^[0-9A-Z]+$/;

/** What is wrong with an identification number that is not a string. */
export function idNotText(raw: unknown): string {
  return typeof raw === 'number' ? 'write the number as text (in quotes): a number loses its digits' : 'expected an identification number as text';
}

/** An identification number as text, spaces removed and letters upper-cased (x → X). */
function idText(raw: unknown): Parsed<string> {
  if (typeof raw !== 'string') return fail(idNotText(raw));
  return PLAIN_ID.test(raw) ? raw : raw.replace(/\s+/g, '').toUpperCase();
}

/** A resident ID number (GB 11643): 18 characters with a valid birth date and check character. */
export function parseResidentId(raw: unknown): Parsed<string> {
  const id = idText(raw);
  if (isInvalid(id)) return id;
  const problem = residentIdProblem(id);
  return problem ? fail(problem) : id;
}

/** A unified social credit code (GB 32100): 18 characters of its set with a valid check character. */
export function parseCreditCode(raw: unknown): Parsed<string> {
  const code = idText(raw);
  if (isInvalid(code)) return code;
  const problem = creditCodeProblem(code);
  return problem ? fail(problem) : code;
}

/** A whole number, such as a count of months. */
export function parseInteger(raw: unknown): Parsed<number> {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  if (!/^[+-]?\d+$/.test(text)) return fail('expected a whole number such as 12');
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : fail('the number is too large');
}

/** A decimal number. */
export function parseNumber(raw: unknown): Parsed<number> {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim().replace(/,/g, '') : '';
  const n = Number(text);
  return text !== '' && Number.isFinite(n) ? n : fail('expected a number such as 12.5');
}

/** Several values: a list, or text separated by ; or 、. */
export function parseList(raw: unknown): Parsed<string[]> {
  const items = splitValues(raw);
  return items && items.length ? items : fail('expected one or more values, separated by ;');
}
