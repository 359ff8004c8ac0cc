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
const COMMA = 44;
const QUOTE = 34;

/** How many line breaks lie in bytes[from, to). */
export function countLines(bytes: Uint8Array, from = 0, to = bytes.length): number {
  let n = 0;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = buf.indexOf(LF, from); i !== -1 && i < to; i = buf.indexOf(LF, i + 1)) n++;
  return n;
}

/**
 * Follows quotes as the parser reads them: a quote opens a quoted field only at the start of a
 * field (the start of the text, or after a comma or a line break); inside one, "" is a quote and
 * a lone quote closes it; a quote anywhere else is an ordinary character. Returns the last line
 * break outside a quoted field (or -1), and where the field still open at the end opened (or -1).
 */
export function scanQuotes(buf: Uint8Array): { lastEnd: number; open: number } {
  const bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  let lastEnd = -1;
  let open = -1;
  let pos = 0;
  for (;;) {
    const q = bytes.indexOf(QUOTE, pos);
    const stop = q === -1 ? bytes.length : q;
    if (open === -1) {
      const lf = stop > pos ? bytes.lastIndexOf(LF, stop - 1) : -1;
      if (lf >= pos) lastEnd = lf;
    }
    if (q === -1) break;
    if (open === -1) {
      const before = q === 0 ? LF : bytes[q - 1]!;
      if (before === COMMA || before === LF) open = q;
      pos = q + 1;
    } else if (bytes[q + 1] === QUOTE) {
      pos = q + 2;
    } else {
      open = -1;
      pos = q + 1;
    }
  }
  return { lastEnd, open };
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
    return scanQuotes(buf).lastEnd;
  }

  private tooLong(buf: Buffer): never {
    const { open } = scanQuotes(buf);
    const at = open === -1 ? this.line : this.line + countLines(buf, 0, open);
    throw new CsvSyntaxError(
      this.file,
      at,
      `a record runs over ${this.maxRecord >> 20} MB: a quoted field opened here is never closed (an unmatched "); close the quote or remove it`,
    );
  }
}
