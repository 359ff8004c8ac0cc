/**
 * The parts of a ZIP archive (an .xlsx workbook is one), found through its central directory and
 * read each as a stream of its own. Reading the archive front to back in one pass, as exceljs's
 * streaming reader does, can end before its last parts (exceljs issue 3064): a workbook would
 * then be read without its shared strings (its text cells empty) or its list of sheets. Stored
 * and deflated parts are read; ZIP64 archives (over 4 GB or 65,535 parts) too.
 */
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { pipeline, Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

interface Part {
  method: number;
  compressed: number;
  /** Uncompressed. */
  size: number;
  /** Where the part's local header is. */
  offset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The end record (22 bytes) and a comment of up to 64 KB. */
const TAIL = 22 + 0xffff;

export class ZipParts {
  private constructor(
    private readonly path: string,
    /** The file's size. */
    private readonly size: number,
    private readonly parts: ReadonlyMap<string, Part>,
  ) {}

  /** The parts of the archive at `path`; an error saying why when it is not a ZIP archive, is cut short or damaged. */
  static async open(path: string): Promise<ZipParts> {
    const file = await open(path, 'r');
    try {
      const { size } = await file.stat();
      const tailAt = Math.max(0, size - TAIL);
      const tail = await readAt(file, size, tailAt, size - tailAt);
      const end = endRecord(tail);
      if (end < 0) throw new Error('not a ZIP archive, or cut short: it has no central directory');
      let count = tail.readUInt16LE(end + 10);
      let length = tail.readUInt32LE(end + 12);
      let start = tail.readUInt32LE(end + 16);
      let directoryEnd = tailAt + end;
      if (end >= 20 && tail.readUInt32LE(end - 20) === ZIP64_LOCATOR) {
        directoryEnd = Number(tail.readBigUInt64LE(end - 12));
        const record = await readAt(file, size, directoryEnd, 56);
        if (record.readUInt32LE(0) !== ZIP64_EOCD) throw new Error('its ZIP64 directory is damaged');
        count = Number(record.readBigUInt64LE(32));
        length = Number(record.readBigUInt64LE(40));
        start = Number(record.readBigUInt64LE(48));
      }
      // The directory lies before its end record, and holds at least 46 bytes an entry.
      if (start + length > directoryEnd || count * 46 > length) throw new Error('its central directory is damaged');
      return new ZipParts(path, size, directory(await readAt(file, size, start, length), count));
    } finally {
      await file.close();
    }
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  /** The names of the parts, in the directory's order. */
  names(): string[] {
    return [...this.parts.keys()];
  }

  /** A part's bytes, uncompressed, as a stream (see PartStream). */
  async stream(name: string): Promise<PartStream> {
    const part = this.parts.get(name);
    if (!part) throw new Error(`it has no ${name}`);
    if (part.method !== 0 && part.method !== 8) throw new Error(`its part ${name} is compressed in a way a workbook is not (method ${part.method})`);
    if (part.compressed === 0 && part.size !== 0) throw new Error(`its part ${name} is damaged`);
    const file = await open(this.path, 'r');
    let header: Buffer;
    try {
      header = await readAt(file, this.size, part.offset, 30);
    } finally {
      await file.close();
    }
    if (header.readUInt32LE(0) !== LOCAL) throw new Error(`its part ${name} is damaged`);
    const from = part.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    if (part.compressed === 0) {
      const data = Readable.from([]);
      return { data, at: () => from, close: () => data.destroy() };
    }
    const read = createReadStream(this.path, { start: from, end: from + part.compressed - 1, highWaterMark: 1 << 20 });
    const at = () => from + read.bytesRead;
    if (part.method === 0) return { data: read, at, close: () => read.destroy() };
    // pipeline: the file is closed however the inflating ends (an error, or destroyed by close).
    const inflate = createInflateRaw();
    pipeline(read, inflate, () => {});
    return { data: inflate, at, close: () => inflate.destroy() };
  }
}

/** A part being read: its bytes, uncompressed; how far into the file its reading is; a way to stop it. */
export interface PartStream {
  data: Readable;
  at(): number;
  close(): void;
}

/** The parts listed in a central directory of `count` entries. */
function directory(bytes: Buffer, count: number): Map<string, Part> {
  const parts = new Map<string, Part>();
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) throw new Error('its central directory is damaged');
    const method = bytes.readUInt16LE(at + 10);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    let compressed = bytes.readUInt32LE(at + 20);
    let size = bytes.readUInt32LE(at + 24);
    let offset = bytes.readUInt32LE(at + 42);
    // ZIP64: the sizes and offset too large for 32 bits are in an extra field, in this order.
    const extra = bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    for (let e = 0; e + 4 <= extra.length; e += 4 + extra.readUInt16LE(e + 2)) {
      if (extra.readUInt16LE(e) !== 1) continue;
      let f = e + 4;
      const next = () => Number(extra.readBigUInt64LE((f += 8) - 8));
      if (size === 0xffffffff) size = next();
      if (compressed === 0xffffffff) compressed = next();
      if (offset === 0xffffffff) offset = next();
    }
    parts.set(name, { method, compressed, size, offset });
    at += 46 + nameLength + extraLength + bytes.readUInt16LE(at + 32);
  }
  return parts;
}

/** Where the end record is in the archive's last bytes: the last that the comment after it ends the file with (else the last found); -1: none. */
function endRecord(tail: Buffer): number {
  let found = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== EOCD) continue;
    if (i + 22 + tail.readUInt16LE(i + 20) === tail.length) return i;
    if (found < 0) found = i;
  }
  return found;
}

/** `length` bytes of a file of `size` bytes, from `position`. */
async function readAt(file: FileHandle, size: number, position: number, length: number): Promise<Buffer> {
  if (position < 0 || position + length > size) throw new Error('it is cut short');
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  if (bytesRead < length) throw new Error('it is cut short');
  return buffer;
}
