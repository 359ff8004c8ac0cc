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
 * holds each pattern to its parser. One exception, on purpose: dates, amounts and identification
 * numbers are also read in full-width characters (see narrow), which the patterns do not name:
 * they describe the values a program writes, in ASCII; a person's typing is forgiven on reading.
 */
import { CREDIT_CODE_CHARS, creditCodeProblem } from './credit-code.js';
import { LOST_DIGITS, lostDigitsProblem, numberLostDigits, RESIDENT_ID_CHECK_CHARS, residentIdProblem } from './id-number.js';
import { asciiUpper, charClass, fail, isInvalid, narrow, ok, trimmed, type Parsed } from './parsed.js';
import { splitValues } from './vocabulary.js';

export * from './dates.js';
export * from './money.js';
export { asciiLower, asciiUpper, Invalid, isInvalid, orBlank, type Parsed } from './parsed.js';
export * from './vocabulary.js';

const EDGE_SPACE = /^\s|\s$/;

export function parseText(raw: unknown): Parsed<string> {
  if (typeof raw === 'string') return ok(EDGE_SPACE.test(raw) ? raw.trim() : raw);
  if (typeof raw === 'number' && Number.isFinite(raw)) return ok(String(raw));
  return fail('expected text');
}

const PLAIN_ID = /^[0-9A-Z]+$/;

/** What is wrong with an identification number that is not a string. */
export function idNotText(raw: unknown, kind: 'resident_id' | 'credit_code' = 'resident_id'): string {
  if (typeof raw !== 'number') return 'expected an identification number as text';
  return numberLostDigits(raw) ? LOST_DIGITS[kind].en : 'write the number as text (in quotes): a number loses its digits';
}

/**
 * The characters of an identification number as written: full-width characters narrowed (see
 * narrow), spaces removed and letters upper-cased (x → X). Whoever keys a person by the number
 * reads it so (see batch/row-reading.ts), as the parsers below do.
 */
export function idNumberText(raw: string): string {
  return PLAIN_ID.test(raw) ? raw : asciiUpper(narrow(raw).replace(/\s+/g, ''));
}

function idText(raw: unknown, kind: 'resident_id' | 'credit_code'): Parsed<string> {
  return typeof raw === 'string' ? idNumberText(raw) : fail(idNotText(raw, kind));
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
  const id = idText(raw, 'resident_id');
  if (isInvalid(id)) return id;
  const problem = residentIdProblem(id);
  return problem ? fail(lostDigitsProblem(id, 'resident_id', problem)) : id;
}

/** A unified social credit code (GB 32100): 18 characters of its set with a valid check character. */
export function parseCreditCode(raw: unknown): Parsed<string> {
  const code = idText(raw, 'credit_code');
  if (isInvalid(code)) return code;
  const problem = creditCodeProblem(code);
  return problem ? fail(lostDigitsProblem(code, 'credit_code', problem)) : code;
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
