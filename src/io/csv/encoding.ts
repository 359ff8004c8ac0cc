/**
 * Text encodings of CSV files: UTF-8 (with or without BOM), and GB18030 — of which GBK is a
 * subset — as Excel saves CSV on a Chinese Windows.
 */
import { isUtf8 } from 'node:buffer';
import { InputError } from '../../errors.js';
import { firstNotUtf8 } from '../../core/utf8.js';
import { say } from '../messages.js';

export const ENCODINGS = ['auto', 'utf8', 'gb18030'] as const;
export type EncodingChoice = (typeof ENCODINGS)[number];
/** `undecided`: everything seen so far was ASCII, which reads the same in both. */
export type Encoding = Exclude<EncodingChoice, 'auto'> | 'undecided';

/** The encodings CSV output may be written in (--output-encoding). */
export const OUTPUT_ENCODINGS = ['utf8', 'gb18030'] as const;
export type OutputEncoding = (typeof OUTPUT_ENCODINGS)[number];

/** Reads an --encoding value: auto, utf8 (utf-8), gb18030 (gbk, gb2312, cp936). */
export function encodingChoice(value: string): EncodingChoice | undefined {
  const v = value.toLowerCase().replace(/[-_]/g, '');
  if (v === 'auto') return 'auto';
  if (v === 'utf8') return 'utf8';
  if (v === 'gb18030' || v === 'gbk' || v === 'gb2312' || v === 'cp936') return 'gb18030';
  return undefined;
}

const LABEL: Record<Exclude<Encoding, 'undecided'>, string> = { utf8: 'utf-8', gb18030: 'gb18030' };

export function decodes(bytes: Uint8Array, encoding: Exclude<Encoding, 'undecided'>): boolean {
  try {
    new TextDecoder(LABEL[encoding], { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decides the encoding of a file from its first bytes (whole lines): a UTF-8 BOM or valid
 * UTF-8 is UTF-8; otherwise valid GB18030 is GB18030; otherwise it is neither. UTF-8 with a few
 * lines that are not (rows pasted from a GBK file) stops it, naming the first such line.
 */
export function detectEncoding(sample: Uint8Array, file: string): Encoding {
  const bom = sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf;
  if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) {
    throw new InputError(say('utf16', { file }));
  }
  if (!bom && sample.every((b) => b < 0x80)) return 'undecided';
  if (isUtf8(sample)) return 'utf8';
  const mixed = mixedLine(sample, bom);
  if (mixed) throw new InputError(say('mixedEncoding', { file, line: mixed }));
  if (decodes(sample, 'gb18030')) return 'gb18030';
  throw new InputError(say('noEncoding', { file }));
}

/**
 * Text that is UTF-8 but for a line or a few (rows pasted from a GBK file): the number of the
 * first line that is not UTF-8, when more of the lines with other than ASCII are UTF-8 than are
 * not, or the file begins with a BOM (it says it is UTF-8); else 0. Read as GB18030 throughout,
 * its UTF-8 lines would become other characters, in silence. (A GBK line is UTF-8 by chance
 * seldom, but not never: a UTF-8 line in a GBK file is not looked for, lest a GBK file be refused.)
 */
function mixedLine(sample: Uint8Array, bom: boolean): number {
  let utf8 = 0;
  let other = 0;
  let first = 0;
  let line = 1;
  for (let start = 0; start < sample.length; line++) {
    let end = sample.indexOf(10, start);
    if (end === -1) end = sample.length;
    const bytes = sample.subarray(start, end);
    if (bytes.some((b) => b >= 0x80)) {
      if (isUtf8(bytes)) utf8++;
      else {
        other++;
        first ||= line;
      }
    }
    start = end + 1;
  }
  return bom || utf8 > other ? first : 0;
}

/**
 * The offset of the first line that does not decode, or 0. A line break never occurs inside a
 * GB18030 character (its second and later bytes are never 0x0A), so lines decode on their own.
 */
function firstUndecodableLine(bytes: Uint8Array, decoder: { decode(bytes: Uint8Array): string }): number {
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.indexOf(10, start);
    if (end === -1) end = bytes.length;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return start;
    }
    start = end + 1;
  }
  return 0;
}

/** A decoder for whole batches; throws InputError naming the line of the first bad byte. */
export function batchDecoder(encoding: Exclude<Encoding, 'undecided'>, file: string): (bytes: Uint8Array, firstLine: number) => string {
  const decoder = new TextDecoder(LABEL[encoding], { fatal: true });
  return (bytes, firstLine) => {
    try {
      return decoder.decode(bytes);
    } catch {
      const at = encoding === 'utf8' ? firstNotUtf8(bytes) : firstUndecodableLine(bytes, decoder);
      let line = firstLine;
      for (let i = 0; i < at; i++) if (bytes[i] === 10) line++;
      throw new InputError(say(encoding === 'utf8' ? 'notUtf8Line' : 'notGb18030Line', { file, line }));
    }
  };
}
