/**
 * Cuts a byte stream of CSV into batches of whole records, whatever the chunk boundaries of
 * the stream: a batch ends at a line break outside quotes. Works on bytes, before decoding:
 * in UTF-8 and GB18030 alike the bytes of `"` and of a line break never occur inside a
 * multi-byte character. Each batch knows the line it starts on.
 */
import type { FileHandle } from 'node:fs/promises';
import { COMMA, type Delimiter } from './delimiter.js';
import { CSV_SYNTAX, CsvSyntaxError } from './parse.js';

/** Where a batch's bytes come from, when a reader can use memory other than its own. */
export interface BatchMemory {
  /**
   * Memory for `size` bytes: a slot of shared memory when it fits and one is free (waiting for
   * one if none is), or new memory of its own.
   */
  take(size: number): Promise<Buffer>;
  /** Gives back memory from take that no batch came to hold. */
  drop(memory: Uint8Array): void;
}

export interface ByteBatch {
  bytes: Uint8Array;
  /** The physical line of the batch's first byte. */
  firstLine: number;
  /** Byte offset of the batch in the stream. */
  offset: number;
}

const LF = 10;
const QUOTE = 34;
/** Buffers smaller than this may be slices of Node's shared pool (Buffer.poolSize / 2). */
const POOLED = 4096;

/** How many line breaks lie in bytes[from, to). */
export function countLines(bytes: Uint8Array, from = 0, to = bytes.length): number {
  let n = 0;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = buf.indexOf(LF, from); i !== -1 && i < to; i = buf.indexOf(LF, i + 1)) n++;
  return n;
}

/**
 * Follows quotes as the parser reads them: a quote opens a quoted field only at the start of a
 * field (the start of the text, or after the delimiter or a line break); inside one, "" is a quote and
 * a lone quote closes it; a quote anywhere else is an ordinary character. Returns the last line
 * break outside a quoted field (or -1), and where the field still open at the end opened (or -1).
 */
export function scanQuotes(buf: Uint8Array, delimiter: Delimiter = COMMA): { lastEnd: number; open: number } {
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
      if (before === delimiter || before === LF) open = q;
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
   * @param delimiter between cells (a quote opens a field after it)
   */
  constructor(
    private readonly file: string,
    private readonly target = 1 << 20,
    private readonly maxRecord = 16 << 20,
    private line = 1,
    private offset = 0,
    private readonly delimiter: Delimiter = COMMA,
  ) {}

  /**
   * Takes the next chunk of the stream; returns the batches it completes. A chunk that is `own`
   * (its memory is the caller's to give away) may become a batch with no copy.
   */
  push(chunk: Uint8Array, own = false): ByteBatch[] {
    this.chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    this.size += chunk.byteLength;
    if (this.size < this.target) return [];
    // Joined chunks are a buffer of our own too (not from Node's shared pool, being large).
    own = this.chunks.length > 1 ? this.size >= POOLED : own;
    const buf = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.size);
    const cut = this.lastRecordEnd(buf);
    if (cut === -1) {
      if (buf.length > this.maxRecord) this.tooLong(buf);
      this.chunks = [buf];
      return [];
    }
    const batch = this.take(buf.subarray(0, cut + 1), own);
    const rest = Buffer.from(buf.subarray(cut + 1));
    this.chunks = rest.length ? [rest] : [];
    this.size = rest.length;
    return [batch];
  }

  /**
   * Reads a file from `position` to its end, in batches. Each read goes into new memory (from
   * `memory`, when given) after the rest of the last batch, and the batch is a view of that
   * memory: nothing is copied but the rest. Yields the batches of each read and the file
   * position after it.
   */
  async *readFile(file: FileHandle, position: number, chunk = this.target, memory?: BatchMemory): AsyncGenerator<{ batches: ByteBatch[]; position: number }> {
    // Memory whose bytes all became the rest (no record ended in it): given back once copied.
    let unheld: Buffer | undefined;
    const rest = () => {
      const bytes = this.chunks.length ? Buffer.concat(this.chunks, this.size) : undefined;
      if (unheld) memory?.drop(unheld);
      unheld = undefined;
      return bytes;
    };
    for (;;) {
      const before = rest();
      const size = (before?.length ?? 0) + chunk;
      const buf = memory ? await memory.take(size) : Buffer.allocUnsafeSlow(size);
      before?.copy(buf, 0);
      const at = before?.length ?? 0;
      const { bytesRead } = await file.read(buf, at, chunk, position);
      if (bytesRead === 0) {
        memory?.drop(buf);
        this.chunks = before ? [before] : [];
        return;
      }
      position += bytesRead;
      this.chunks = [];
      this.size = 0;
      const batches = this.push(buf.subarray(0, at + bytesRead), true);
      if (!batches.length) unheld = buf;
      yield { batches, position };
    }
  }

  /** The last batch: whatever remains (it may lack a final line break). */
  end(): ByteBatch | undefined {
    if (this.size === 0) return undefined;
    const buf = Buffer.concat(this.chunks, this.size);
    this.chunks = [];
    this.size = 0;
    return this.take(buf);
  }

  /** A batch of these bytes: a copy, unless they are our own (`own`), to transfer as they are. */
  private take(bytes: Buffer, own = false): ByteBatch {
    const batch = { bytes: own ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) : new Uint8Array(bytes), firstLine: this.line, offset: this.offset };
    this.line += countLines(bytes);
    this.offset += bytes.length;
    return batch;
  }

  /** The offset of the last line break outside quotes, or -1. */
  private lastRecordEnd(buf: Buffer): number {
    return scanQuotes(buf, this.delimiter).lastEnd;
  }

  private tooLong(buf: Buffer): never {
    const { open } = scanQuotes(buf, this.delimiter);
    const limit = `${this.maxRecord >> 20} MB`;
    if (open === -1) {
      throw new CsvSyntaxError(this.file, this.line, CSV_SYNTAX.tooLong(limit));
    }
    throw new CsvSyntaxError(this.file, this.line + countLines(buf, 0, open), CSV_SYNTAX.unclosedLong(limit));
  }
}
