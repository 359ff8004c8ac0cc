/**
 * UTF-8 of inputs (case files, CSV batches): checked (node:buffer's isUtf8) and decoded in whole
 * characters, with the line of the first byte that is not UTF-8 when there is one.
 */
import { isUtf8 } from 'node:buffer';
import { bilingual, InputError } from '../errors.js';

/** Where the first byte that does not begin a valid UTF-8 character is (the length when none). */
export function firstNotUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0 || i + n >= b.length) return i;
    const c1 = b[i + 1]!;
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f) || (c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return i;
    for (let k = 1; k <= n; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return b.length;
}

/** Where the last whole character of the bytes ends: before a character cut short at their end. */
export function wholeUtf8(b: Uint8Array): number {
  let i = b.length - 1;
  while (i >= 0 && i > b.length - 4 && (b[i]! & 0xc0) === 0x80) i--;
  if (i < 0) return b.length;
  const lead = b[i]!;
  const size = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return b.length - i < size ? i : b.length;
}

/** How many line feeds the bytes hold before `end`. */
export function lineFeeds(b: Uint8Array, end = b.length): number {
  let n = 0;
  for (let i = b.indexOf(10); i >= 0 && i < end; i = b.indexOf(10, i + 1)) n++;
  return n;
}

export const NOT_UTF8 = 'not valid UTF-8; save the file as UTF-8';
export const NOT_UTF8_ZH = '不是有效的 UTF-8;请把文件保存为 UTF-8';

/** The whole of a small input as text (a byte order mark dropped), or a clear error naming the line. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  if (!isUtf8(bytes)) {
    const where = `${file}:${1 + lineFeeds(bytes, firstNotUtf8(bytes))}`;
    throw new InputError(bilingual(`${where}: ${NOT_UTF8}`, `${where}:${NOT_UTF8_ZH}`));
  };
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8').replace(/^\uFEFF/, '');
}
