/**
 * Text to GB18030 bytes, for offices whose tools read CSV only in the Chinese Windows encoding
 * (--output-encoding gb18030). Node decodes GB18030 (TextDecoder) but has no encoder: the table
 * is made, once and only when asked for, by decoding every two-byte sequence and every four-byte
 * sequence of the Basic Multilingual Plane; characters beyond it are four bytes by arithmetic.
 * So what is written decodes, by the same decoder that reads input, to the text it was.
 */

/** For each UTF-16 code unit above ASCII, its bytes: two (< 0x10000) or four (packed, big-endian); 0: none. */
let table: Uint32Array | undefined;

/** The four-byte sequence of a linear index from 0x81308130. */
function fourBytes(linear: number): number {
  const b4 = (linear % 10) + 0x30;
  linear = Math.floor(linear / 10);
  const b3 = (linear % 126) + 0x81;
  linear = Math.floor(linear / 126);
  const b2 = (linear % 10) + 0x30;
  const b1 = Math.floor(linear / 10) + 0x81;
  return ((b1 << 24) | (b2 << 16) | (b3 << 8) | b4) >>> 0;
}

/** The four-byte sequences of the BMP: linear indexes 0 to 39419 (0x81308130 to 0x8431A439). */
const BMP_FOUR_BYTE = 39420;
/** Where the sequences of the supplementary planes start: 0x90308130. */
const SUPPLEMENTARY = 189000;

function buildTable(): Uint32Array {
  const t = new Uint32Array(0x10000);
  const decoder = new TextDecoder('gb18030');
  const pairs: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push(lead, trail);
  }
  const two = decoder.decode(Uint8Array.from(pairs));
  if (two.length * 2 !== pairs.length) throw new Error('GB18030 table: a two-byte sequence did not decode to one character');
  for (let i = 0; i < two.length; i++) {
    const c = two.charCodeAt(i);
    if (c >= 0x80 && c !== 0xfffd && t[c] === 0) t[c] = (pairs[i * 2]! << 8) | pairs[i * 2 + 1]!;
  }
  const quads = new Uint8Array(BMP_FOUR_BYTE * 4);
  for (let i = 0; i < BMP_FOUR_BYTE; i++) {
    const q = fourBytes(i);
    quads[i * 4] = q >>> 24;
    quads[i * 4 + 1] = (q >>> 16) & 0xff;
    quads[i * 4 + 2] = (q >>> 8) & 0xff;
    quads[i * 4 + 3] = q & 0xff;
  }
  const four = decoder.decode(quads);
  if (four.length !== BMP_FOUR_BYTE) throw new Error('GB18030 table: a four-byte sequence did not decode to one character');
  for (let i = 0; i < BMP_FOUR_BYTE; i++) {
    const c = four.charCodeAt(i);
    // (U+FFFD here is the character itself: every sequence of the range is valid.)
    if (c >= 0x80 && t[c] === 0) t[c] = fourBytes(i);
  }
  return t;
}

/**
 * Text as GB18030 bytes. What the decoder never gives — a lone surrogate (not text), and a few
 * private-use characters whose bytes now decode to standard characters — becomes `?`.
 */
export function encodeGb18030(text: string): Uint8Array {
  const t = (table ??= buildTable());
  const out = Buffer.allocUnsafe(text.length * 4);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    let bytes = t[c]!;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        bytes = fourBytes(SUPPLEMENTARY + ((c - 0xd800) << 10) + (low - 0xdc00));
        i++;
      }
    }
    if (bytes === 0) out[n++] = 0x3f;
    else if (bytes < 0x10000) {
      out[n++] = bytes >>> 8;
      out[n++] = bytes & 0xff;
    } else {
      out.writeUInt32BE(bytes, n);
      n += 4;
    }
  }
  return out.subarray(0, n);
}
