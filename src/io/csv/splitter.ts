/**
 * Cuts a byte stream of CSV into batches of whole records, whatever the chunk boundaries of
 * the stream: a batch ends at a line break outside quotes. Works on bytes, before decoding:
 * in UTF-8 and GB18030 alike the bytes of `"` and of a line break never occur inside a
 * multi-byte character. Each batch knows the line it starts on.
 */
import { CsvSyntaxError } from './parse.js';

export interface ByteBatch {
  bytes: Uint8Array;
  /** The physical line of the batch's first byte. */
  firstLine: number;
  /** Byte offset of the batch in the stream. */
  offset: number;
}

const LF = 10;
const QUOTE = 34;

function countLines(bytes: Uint8Array, from = 0, to = bytes.length): number {
  let n = 0;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = buf.indexOf(LF, from); i !== -1 && i < to; i = buf.indexOf(LF, i + 1)) n++;
  return n;
}

export class BatchSplitter {
  private chunks: Buffer[] = [];
  private size = 0;

  /**
   * @param file for messages
   * @param target bytes per batch (a batch is at least one whole record)
   * @param maxRecord the longest a single record may be before it is taken for an unclosed quote
   * @param line the line of the first byte
   * @param offset the offset of the first byte in the file
   */
  constructor(
    private readonly file: string,
    private readonly target = 1 << 20,
    private readonly maxRecord = 16 << 20,
    private line = 1,
    private offset = 0,
  ) {}

  /** Takes the next chunk of the stream; returns the batches it completes. */
  push(chunk: Uint8Array): ByteBatch[] {
    this.chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    this.size += chunk.byteLength;
    if (this.size < this.target) return [];
    const buf = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.size);
    const cut = this.lastRecordEnd(buf);
    if (cut === -1) {
      if (buf.length > this.maxRecord) this.tooLong(buf);
      this.chunks = [buf];
      return [];
    }
    const batch = this.take(buf.subarray(0, cut + 1));
    const rest = Buffer.from(buf.subarray(cut + 1));
    this.chunks = rest.length ? [rest] : [];
    this.size = rest.length;
    return [batch];
  }

  /** The last batch: whatever remains (it may lack a final line break). */
  end(): ByteBatch | undefined {
    if (this.size === 0) return undefined;
    const buf = Buffer.concat(this.chunks, this.size);
    this.chunks = [];
    this.size = 0;
    return this.take(buf);
  }

  private take(bytes: Buffer): ByteBatch {
    const batch = { bytes: new Uint8Array(bytes), firstLine: this.line, offset: this.offset };
    this.line += countLines(bytes);
    this.offset += bytes.length;
    return batch;
  }

  /** The offset of the last line break outside quotes, or -1. */
  private lastRecordEnd(buf: Buffer): number {
    let candidate = buf.lastIndexOf(LF);
    if (candidate === -1) return -1;
    const quotes: number[] = [];
    for (let q = buf.indexOf(QUOTE); q !== -1 && q < candidate; q = buf.indexOf(QUOTE, q + 1)) quotes.push(q);
    let before = quotes.length; // quotes before `candidate`
    while (candidate !== -1) {
      if (before % 2 === 0) return candidate;
      // `candidate` lies inside a quoted field: try the line break before its opening quote.
      candidate = buf.lastIndexOf(LF, quotes[before - 1]!);
      while (before > 0 && quotes[before - 1]! > candidate) before--;
    }
    return -1;
  }

  private tooLong(buf: Buffer): never {
    let open = -1;
    let inside = false;
    for (let q = buf.indexOf(QUOTE); q !== -1; q = buf.indexOf(QUOTE, q + 1)) {
      inside = !inside;
      if (inside) open = q;
    }
    const at = open === -1 ? this.line : this.line + countLines(buf, 0, open);
    throw new CsvSyntaxError(
      this.file,
      at,
      `a record runs over ${this.maxRecord >> 20} MB: a quoted field opened here is never closed (an unmatched "); close the quote or remove it`,
    );
  }
}
