/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015): 18 characters from the 31 of
 * 0-9 and A-Z without I, O, Z, S and V; the last is a check character, mod 31 over weights.
 */

export const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const VALUE = new Map([...CREDIT_CODE_CHARS].map((c, i) => [c, i]));
/** The same values by the byte of each character (-1: not in the set). */
const BYTE_VALUE = new Int8Array(128).fill(-1);
for (const [c, i] of VALUE) BYTE_VALUE[c.charCodeAt(0)] = i;

/** The check value of a sum of weighted values: 0 to 30, the index of the check character. */
const checkValue = (sum: number) => (31 - (sum % 31)) % 31;

/** The check character of the first 17 characters (which must be in the character set). */
export function creditCodeCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += VALUE.get(first17[i]!)! * WEIGHTS[i]!;
  return CREDIT_CODE_CHARS[checkValue(sum)]!;
}

/** What is wrong with a credit code (already trimmed and upper-cased), or undefined when it is valid. */
export function creditCodeProblem(code: string): string | undefined {
  if (code.length !== 18) return `a unified social credit code has 18 characters (digits and capital letters but I, O, Z, S and V), this one ${code.length}`;
  for (const c of code) {
    if (!VALUE.has(c)) {
      return /[IOZSV]/.test(c)
        ? `a unified social credit code never holds the letters I, O, Z, S or V: is this ${c} a ${{ I: '1', O: '0', Z: '2', S: '5', V: 'U' }[c]}?`
        : `a unified social credit code holds only digits and capital letters, not ${JSON.stringify(c)}`;
    }
  }
  const expected = creditCodeCheck(code);
  if (code[17] !== expected) return `the check character is ${code[17]}, but the first 17 characters give ${expected}: a character is mistyped`;
  return undefined;
}

/**
 * Whether the 18 bytes at s are a valid credit code as written (characters of its set, the
 * right check character), for CSV cells read as bytes: what creditCodeProblem finds no problem
 * with, among codes written in capitals without spaces.
 */
export function creditCodeBytesValid(buf: Buffer, s: number): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const b = buf[s + i]!;
    const v = b < 128 ? BYTE_VALUE[b]! : -1;
    if (v < 0) return false;
    sum += v * WEIGHTS[i]!;
  }
  const last = buf[s + 17]!;
  return last < 128 && BYTE_VALUE[last] === checkValue(sum);
}
