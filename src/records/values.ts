/**
 * Parsers for the raw values of record fields: dates, money, and the vocabularies of
 * categories and groups. Each returns the parsed value or a message that says what is
 * wrong and what is accepted; none throws.
 *
 * Beside each parser, the text it accepts as a regular expression (`…_PATTERN`), for the JSON
 * Schema: anchored, valid alike as an ECMAScript RegExp and with the `u` flag (as ajv compiles
 * a `pattern`), and built from the same pieces as the parser where the parser reads with a
 * regular expression. A pattern never refuses what its parser accepts; it accepts more only
 * where a regular expression cannot say it: a day missing from its month (2020-02-30), a check
 * character, the birth date in an ID number, a value too large. tests/value-patterns.test.ts
 * holds each pattern to its parser.
 */
import { cut } from '../core/excerpt.js';
import { FIRST_YEAR, formatDate, isValidDate, LAST_YEAR, type CalendarDate } from '../core/calendar.js';
import { CREDIT_CODE_CHARS, creditCodeProblem } from './credit-code.js';
import { RESIDENT_ID_CHECK_CHARS, residentIdProblem } from './id-number.js';
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

/** A regular expression source that matches `text` literally: its syntax characters escaped, the only escapes `u` mode allows. */
const literal = (text: string) => text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/** The text `body` matches, with the white space around it that the parser trims. */
const trimmed = (body: string) => `^\\s*(?:${body})\\s*$`;

/** A pattern that also matches blank text (empty or white space), which a record reads as unknown. */
export const orBlank = (pattern: string) => `^(?:\\s*|${pattern.replace(/^\^/, '').replace(/\$$/, '')})$`;

/** A character in a class: written by its code when not ASCII, escaped where needed. */
function classChar(code: number): string {
  if (code > 0xffff) throw new Error('a pattern class holds characters of the Basic Multilingual Plane only');
  if (code > 0x7e) return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const c = String.fromCharCode(code);
  return /[\\\]^-]/.test(c) ? `\\${c}` : c;
}

/** A character class of these characters, runs of three or more as ranges: `[0-9Xx]`. */
function charClass(chars: string): string {
  const codes = [...new Set(chars)].map((c) => c.charCodeAt(0)).sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j++;
    out += j - i >= 2 ? `${classChar(codes[i]!)}-${classChar(codes[j]!)}` : codes.slice(i, j + 1).map(classChar).join('');
    i = j + 1;
  }
  return `[${out}]`;
}

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
  DATE_SEPARATORS.map((s) => dateForm(yearsPattern(FIRST_YEAR, LAST_YEAR), '(?:0?[1-9]|1[0-2])', '(?:0?[1-9]|[12]\\d|3[01])', s)).join('|'),
);

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
  if (long) return fail(`${cut(text)}: the year ${cut(long[1]!)} is out of range; ${YEAR_RANGE}`);
  return fail('expected a date as 2020-02-20, 2020/2/20 or 2020年2月20日');
}

/** An amount in yuan: digits, or digits in groups of three with commas; at most two decimals. */
const MONEY_NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?`;
const MONEY = new RegExp(`^${MONEY_NUMBER}$`);
const YUAN_SIGN = '[¥￥]';
const YUAN = '元';
const SIGN_BEFORE = new RegExp(`^${YUAN_SIGN}\\s*`);
const UNIT_AFTER = new RegExp(`\\s*${YUAN}$`);

/** An amount as parseMoney reads text, ¥ (or ￥) before it or 元 after it (whether it is too large is checked on evaluation). */
export const MONEY_PATTERN = trimmed(`(?:${YUAN_SIGN}\\s*)?${MONEY_NUMBER}(?:\\s*${YUAN})?`);

/** The largest amount, in yuan, that integer fen hold exactly: parseMoney refuses a JSON number above it. */
export const MAX_YUAN = Number.MAX_SAFE_INTEGER / 100;

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
  const plain = text.replace(SIGN_BEFORE, '').replace(UNIT_AFTER, '');
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

/** The texts that a lower-case alias names: itself, with its ASCII letters in either case (as asciiLower reads them). */
function caseless(alias: string): string {
  if (alias !== alias.toLowerCase()) return literal(alias);
  return [...alias].map((c) => (/[a-z]/.test(c) ? charClass(c + c.toUpperCase()) : literal(c))).join('');
}

const CATEGORY = `(?:${Object.keys(CATEGORY_ALIASES).map(caseless).join('|')})`;

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

/** What separates the values of a multi-valued cell. */
const LIST_SEPARATORS = ';；、';
const SEPARATOR = new RegExp(`[${LIST_SEPARATORS}]`);

/** Splits a multi-valued cell: `key;electronics`, `重点企业、电子企业`, or a list. */
export function splitValues(raw: unknown): string[] | undefined {
  const items = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(SEPARATOR) : undefined;
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
    const c = CATEGORY_ALIASES[item] ?? CATEGORY_ALIASES[asciiLower(item)];
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

/** One enterprise category, as an item of a list (parseCategories takes it trimmed, in any case). */
export const CATEGORY_PATTERN = trimmed(CATEGORY);

/** Enterprise categories as parseCategories reads text: one or more, separated by ; ； or 、 (empty items are skipped). */
export const CATEGORIES_PATTERN =
  `^(?:\\s*[${LIST_SEPARATORS}])*\\s*${CATEGORY}\\s*(?:[${LIST_SEPARATORS}]\\s*(?:${CATEGORY}\\s*)?)*$`;

/** Text that splitValues reads as at least one value: a character other than white space and separators. */
export const LIST_PATTERN = `^[\\s${LIST_SEPARATORS}]*[^\\s${LIST_SEPARATORS}][\\s\\S]*$`;

/** Text that is not blank: an item of a list that counts as a value. */
export const NOT_BLANK_PATTERN = '^\\s*\\S[\\s\\S]*$';

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

/** ASCII letters upper-cased, and nothing else: a ligature such as ﬀ stays what it is (not FF). */
export const asciiUpper = (text: string) => text.replace(/[a-z]+/g, (s) => s.toUpperCase());
/** ASCII letters lower-cased, and nothing else: the Kelvin sign K stays what it is (not k). */
export const asciiLower = (text: string) => text.replace(/[A-Z]+/g, (s) => s.toLowerCase());

/** An identification number as text, spaces removed and letters upper-cased (x → X). */
function idText(raw: unknown): Parsed<string> {
  if (typeof raw !== 'string') return fail(idNotText(raw));
  return PLAIN_ID.test(raw) ? raw : asciiUpper(raw.replace(/\s+/g, ''));
}

/**
 * Text that idText reads as these characters, a class for each (`times` in a row): white space
 * anywhere, since idText removes it, and letters in either case, since it upper-cases them.
 */
function idPattern(...classes: readonly { chars: string; times?: number }[]): string {
  const body = classes
    .map(({ chars, times = 1 }) => {
      const one = charClass(chars + chars.toLowerCase());
      return times === 1 ? `${one}\\s*` : `(?:${one}\\s*){${times}}`;
    })
    .join('');
  return `^\\s*${body}$`;
}

/**
 * A resident ID number as parseResidentId reads it: 17 digits and a check character, a digit or X
 * (whether it is the right one, and the birth date in the number, are checked on evaluation).
 */
export const RESIDENT_ID_PATTERN = idPattern({ chars: '0123456789', times: 17 }, { chars: RESIDENT_ID_CHECK_CHARS });

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

/** A credit code as parseCreditCode reads it: 18 characters of its set (the check character is checked on evaluation). */
export const CREDIT_CODE_PATTERN = idPattern({ chars: CREDIT_CODE_CHARS, times: 18 });

const INTEGER = String.raw`[+-]?\d+`;
const INTEGER_TEXT = new RegExp(`^${INTEGER}$`);

/** A whole number as parseInteger reads text (whether it is too large is checked on evaluation). */
export const INTEGER_PATTERN = trimmed(INTEGER);

/** A whole number, such as a count of months. */
export function parseInteger(raw: unknown): Parsed<number> {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  if (!INTEGER_TEXT.test(text)) return fail('expected a whole number such as 12');
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : fail('the number is too large');
}

/** A decimal number. */
export function parseNumber(raw: unknown): Parsed<number> {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim().replace(/,/g, '') : '';
  const n = Number(text);
  return text !== '' && Number.isFinite(n) ? n : fail('expected a number such as 12.5');
}

/** Characters of a class, one or more, with commas anywhere between them. */
const run = (c: string) => `${c}(?:,*${c})*`;

/**
 * A number as parseNumber reads text: what Number() reads once the text is trimmed and its commas
 * removed. So commas may stand anywhere, and commas around white space alone read as 0. Number()
 * reads decimals with an exponent (12.5, .5, 5., -1e3) and integers in base 16, 8 and 2 (0x1F,
 * 0o17, 0b101). Whether the number overflows (1e999) is checked on evaluation.
 */
export const NUMBER_PATTERN = (() => {
  const decimal =
    `(?:[+-],*)?(?:${run('\\d')}(?:,*\\.(?:,*\\d)*)?|\\.,*${run('\\d')})` + `(?:,*[eE],*(?:[+-],*)?${run('\\d')})?`;
  const radix = `0,*(?:[xX],*${run('[0-9a-fA-F]')}|[oO],*${run('[0-7]')}|[bB],*${run('[01]')})`;
  return `^(?:[\\s,]*(?:${decimal}|${radix})[\\s,]*|\\s*,+\\s[\\s,]*,\\s*)$`;
})();

/** Several values: a list, or text separated by ; or 、. */
export function parseList(raw: unknown): Parsed<string[]> {
  const items = splitValues(raw);
  return items && items.length ? items : fail('expected one or more values, separated by ;');
}
