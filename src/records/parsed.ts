/**
 * What every parser of a value returns (the value, or Invalid with a message), and the pieces
 * the parsers' regular expressions (`…_PATTERN`) are built from: see values.ts.
 */

/** What a parser returns for a value it cannot read: the message says what is wrong and what is accepted. */
export class Invalid {
  constructor(readonly error: string) {}
}

/** A parsed value, or Invalid. Parsers allocate nothing on success: they run on every cell of a batch. */
export type Parsed<T> = T | Invalid;

export const isInvalid = (r: unknown): r is Invalid => r instanceof Invalid;

export const ok = <T>(value: T): T => value;
export const fail = (error: string): Invalid => new Invalid(error);

/** A regular expression source that matches `text` literally: its syntax characters escaped, the only escapes `u` mode allows. */
export const literal = (text: string) => text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/** The text `body` matches, with the white space around it that the parser trims. */
export const trimmed = (body: string) => `^\\s*(?:${body})\\s*$`;

/** A pattern that also matches blank text (empty or white space), which a record reads as unknown. */
export const orBlank = (pattern: string) => `^(?:\\s*|${pattern.replace(/^\^/, '').replace(/\$$/, '')})$`;

/** A character in a class: written by its code when not ASCII, escaped where needed. */
export function classChar(code: number): string {
  if (code > 0xffff) throw new Error('a pattern class holds characters of the Basic Multilingual Plane only');
  if (code > 0x7e) return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const c = String.fromCharCode(code);
  return /[\\\]^-]/.test(c) ? `\\${c}` : c;
}

/** A character class of these characters, runs of three or more as ranges: `[0-9Xx]`. */
export function charClass(chars: string): string {
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

/** ASCII letters upper-cased, and nothing else: a ligature such as ﬀ stays what it is (not FF). */
export const asciiUpper = (text: string) => text.replace(/[a-z]+/g, (s) => s.toUpperCase());
/** ASCII letters lower-cased, and nothing else: the Kelvin sign K stays what it is (not k). */
export const asciiLower = (text: string) => text.replace(/[A-Z]+/g, (s) => s.toLowerCase());

/** The full-width forms of ASCII (！ to ～) and the ideographic space. */
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;

/**
 * Text as a Chinese input method may type it — full-width digits and punctuation (`２０２０年２月２０日`,
 * `１，０００．５０`, `５００１１５…Ｘ`) — in the characters it stands for: the NFKC form of those
 * characters (the rest of the text is kept: NFKC of all of it would also make a ligature ﬀ ff
 * and a circled ① 1, which nobody types in a value). Text that is all ASCII (nearly all) is
 * returned as it is, without a search.
 */
export function narrow(text: string): string {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return text.replace(FULL_WIDTH, (c) => c.normalize('NFKC'));
  return text;
}

/** The digit at i of a text, as a number (for a character known to be a digit). */
export const digit = (text: string, i: number) => text.charCodeAt(i) - 48;
/** Whether the character at i of a text is a digit 0-9. */
export const isDigit = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};
