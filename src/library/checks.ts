/**
 * The library's arguments, checked where they come in: a value the types do not allow (from
 * JavaScript, or cast) is a UsageError that names the argument and what it may be, never a
 * TypeError from deep inside. The functions behind them take their arguments as given.
 */
import type { CalendarDate } from '../core/calendar.js';
import { quoted } from '../core/excerpt.js';
import { UsageError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { TYPE_CHOICES, TYPE_CHOICES_ZH, recordTypeOf, type RecordType } from '../records/fields.js';
import { isInvalid, parseDate } from '../records/values.js';
import { say } from './messages.js';

const LANGS = { en: 'en or zh', zh: 'en 或 zh' };
const TYPES = { en: TYPE_CHOICES, zh: TYPE_CHOICES_ZH };

/** A value as a message shows it: text quoted (an excerpt), numbers as written (NaN too), the rest as JSON. */
export const shown = (value: unknown): string => (typeof value === 'number' ? String(value) : quoted(value));

/** A choice written in any case, with spaces around it. */
const word = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : undefined);

/** A language: en or zh (`fallback` when absent). */
export function langArg(what: string, value: unknown, fallback?: Lang): Lang {
  if (value === undefined && fallback) return fallback;
  const lang = word(value);
  if (lang === 'en' || lang === 'zh') return lang;
  throw new UsageError(say('oneOf', { what, value: shown(value), choices: LANGS }));
}

/** A record type: its id or its Chinese name (undefined when absent and `optional`). */
export function typeArg(what: string, value: unknown, optional: true): RecordType | undefined;
export function typeArg(what: string, value: unknown): RecordType;
export function typeArg(what: string, value: unknown, optional = false): RecordType | undefined {
  if (value === undefined && optional) return undefined;
  const type = recordTypeOf(value);
  if (type) return type;
  throw new UsageError(say('oneOf', { what, value: shown(value), choices: TYPES }));
}

/** The evaluation date: required (the library never reads the clock), as records write dates. */
export function asOfArg(value: unknown): CalendarDate {
  if (value === undefined || value === null) throw new UsageError(say('asOfRequired'));
  const date = parseDate(value);
  if (isInvalid(date)) throw new UsageError(say('badValue', { what: 'options.asOf', value: shown(value), why: date.error }));
  return date;
}

/** A string (an ID number, a credit code, the ledger): refused with what it should be. */
export function textArg(what: string, value: unknown, expected: { en: string; zh: string }): string {
  if (typeof value === 'string') return value;
  throw new UsageError(say('expected', { what, value: shown(value), expected }));
}

/** Records: an iterable (an array, a generator), or with `async` an async iterable too. */
export function recordsArg<T>(value: T, async = false): T {
  const has = (key: symbol) => typeof (value as Record<symbol, unknown> | null | undefined)?.[key] === 'function';
  if (has(Symbol.iterator) || (async && has(Symbol.asyncIterator))) return value;
  const expected = async
    ? { en: 'an iterable or async iterable of records (an array, a generator)', zh: '记录的可迭代对象或异步可迭代对象(数组、生成器)' }
    : { en: 'an iterable of records (an array, a generator)', zh: '记录的可迭代对象(数组、生成器)' };
  throw new UsageError(say('expected', { what: 'records', value: shown(value), expected }));
}
