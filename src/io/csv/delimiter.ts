/**
 * The character between a CSV file's cells: a comma, or — as a spreadsheet saves "CSV" where
 * the comma is the decimal mark, or as text is copied out of one — a semicolon or a tab.
 * Told with --delimiter, or found in the header line: the one of the three it holds most often
 * outside quotes (on a tie, the one that splits it into the most known columns).
 */

/** The delimiters, as bytes: each is one byte in UTF-8 and GB18030 alike. */
export const COMMA = 44;
export const SEMICOLON = 59;
export const TAB = 9;
export type Delimiter = typeof COMMA | typeof SEMICOLON | typeof TAB;
export const DELIMITERS: readonly Delimiter[] = [COMMA, SEMICOLON, TAB];
export type DelimiterChoice = Delimiter | 'auto';

/** How a delimiter is written in messages and for --delimiter. */
export function delimiterName(d: Delimiter): string {
  return d === TAB ? 'tab' : String.fromCharCode(d);
}

/** A delimiter's name in English messages ("a comma inside a value?"); undefined is a comma. */
export function delimiterWord(d: Delimiter | undefined): 'comma' | 'semicolon' | 'tab' {
  return d === SEMICOLON ? 'semicolon' : d === TAB ? 'tab' : 'comma';
}

/** Reads a --delimiter value: `,` `;` a tab (or `\t`, `tab`), or auto. */
export function delimiterChoice(value: string): DelimiterChoice | undefined {
  const v = value.toLowerCase();
  if (v === 'auto') return 'auto';
  if (v === ',' || v === 'comma') return COMMA;
  if (v === ';' || v === 'semicolon') return SEMICOLON;
  if (v === '\t' || v === '\\t' || v === 'tab') return TAB;
  return undefined;
}

/** How often each delimiter occurs outside quotes in line[from, to). */
function counts(line: Uint8Array, from: number, to: number): number[] {
  const n = DELIMITERS.map(() => 0);
  let quoted = false;
  for (let i = from; i < to; i++) {
    const b = line[i]!;
    if (b === 34) quoted = !quoted;
    else if (!quoted) {
      const k = DELIMITERS.indexOf(b as Delimiter);
      if (k !== -1) n[k]!++;
    }
  }
  return n;
}

/**
 * The delimiter of a header line (its bytes [from, to)): the most frequent of the three outside
 * quotes; among equals, the first that `known` (how many cells split so are known columns)
 * prefers; a comma when the line has none of them (a file of one column).
 */
export function sniffDelimiter(line: Uint8Array, from: number, to: number, known: (d: Delimiter) => number): Delimiter {
  const n = counts(line, from, to);
  const most = Math.max(...n);
  if (most === 0) return COMMA;
  const tied = DELIMITERS.filter((_, k) => n[k] === most);
  if (tied.length === 1) return tied[0]!;
  return tied.map((d) => ({ d, known: known(d) })).sort((a, b) => b.known - a.known)[0]!.d;
}
