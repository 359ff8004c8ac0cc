/**
 * Case-file inputs (JSON, NDJSON, YAML): opening them, and reading them as often as a run
 * needs. A JSON or NDJSON file is read twice: a first pass checks it whole and finds what the
 * run needs before its first output (the case's case_id and type wherever they are written,
 * how many records, their keys for CSV output and the --errors file); a second streams the
 * records. Standard input, which cannot be read twice, is kept in a spool (in memory, then in a
 * temporary file) as the first pass reads it — except NDJSON whose keys the run does not need
 * (see CaseReading.keys), which is read once, as it comes.
 * YAML is read whole, and only up to YAML_MAX_BYTES.
 */
import { closeSync, createReadStream, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { InputError, UsageError } from '../errors.js';
import { CaseReader, readYamlCase, YAML_MAX_BYTES, type CaseBytes, type CaseFormat, type CaseRecord, type CaseSummary, type FileBytes } from '../io/case-file.js';
import { decodeUtf8 } from '../core/utf8.js';
import type { RecordType } from '../records/fields.js';
import { READ_FAILURES, say } from './messages.js';
import { isZip } from '../io/xlsx/sniff.js';

const CHUNK = 1 << 20;
/** Standard input is spooled in memory up to this size, and to a temporary file beyond (unless told: see CaseReading). */
export const SPOOL_BYTES = 8 << 20;

/** A batch of an input's records, with the bytes read so far. */
export interface CaseChunk {
  records: CaseRecord[];
  bytes: number;
  /** A table's (a workbook sheet's): each record's row as text, cell by cell, as CSV output writes it. */
  cells?: string[][];
}

export interface CaseInput {
  file: string;
  /** What the first pass found; undefined for an input read only once (NDJSON on standard input). */
  summary?: CaseSummary;
  /** The input's size in bytes, where known (for progress). */
  size?: number;
  /** Reads the records, a batch at a time, each batch with the bytes read so far. */
  read(): AsyncGenerator<CaseChunk>;
  /** Lets go of what the input holds (the spool of standard input). */
  discard(): void;
}

export interface CaseReading {
  /** The record type of records that give none. */
  type?: RecordType;
  /** Gather every key of the records (for the columns of CSV output and of the --errors file). */
  keys: boolean;
  /** Standard input is spooled in memory up to this many bytes (default SPOOL_BYTES). */
  spoolBytes?: number;
}

/** A file that cannot be read, saying why. */
export function cannotRead(file: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  return new InputError(say('cannotRead', { file, why: (code && READ_FAILURES[code]) || (e as Error).message }));
}

/** A whole file's bytes, or a clear error. */
function readInput(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    throw cannotRead(file, e);
  }
}

/** A file's bytes, read into the reader's buffer, from its start. */
function fileBytes(path: string, file: string): FileBytes {
  let handle: FileHandle | undefined;
  return {
    async read(into, offset, length) {
      try {
        handle ??= await open(path, 'r');
        return (await handle.read(into, offset, length, null)).bytesRead;
      } catch (e) {
        throw cannotRead(file, e);
      }
    },
    async close() {
      await handle?.close();
    },
  };
}

/**
 * Standard input as it is read the first time, kept for the passes after: in memory up to
 * a given size, in a temporary file beyond (removed by discard).
 */
/** The spools of standard input not yet discarded: for a run interrupted as it reads them. */
const live = new Set<Spool>();

/** Discards every spool (see Spool): what an interrupted run leaves behind. */
export function discardSpools(): void {
  for (const spool of live) spool.discard();
}

class Spool {
  constructor(private readonly memory: number) {}

  private readonly chunks: Buffer[] = [];
  private size = 0;
  private dir: string | undefined;
  private fd = -1;

  get bytes(): number {
    return this.size;
  }

  add(chunk: Buffer): void {
    live.add(this);
    this.size += chunk.length;
    if (this.fd < 0 && this.size <= this.memory) {
      this.chunks.push(chunk);
      return;
    }
    if (this.fd < 0) {
      this.dir = mkdtempSync(join(tmpdir(), 'subsidy-stdin-'));
      this.fd = openSync(join(this.dir, 'input'), 'w');
      for (const c of this.chunks.splice(0)) this.write(c);
    }
    this.write(chunk);
  }

  private write(chunk: Buffer): void {
    for (let at = 0; at < chunk.length; ) at += writeSync(this.fd, chunk, at);
  }

  /** What standard input held, again. */
  replay(file: string): CaseBytes {
    if (this.fd >= 0) return fileBytes(join(this.dir!, 'input'), file);
    const chunks = this.chunks;
    return (async function* () {
      yield* chunks;
    })();
  }

  discard(): void {
    live.delete(this);
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
    this.chunks.length = 0;
  }
}

/** Chunks of a stream, the ones already taken first. */
async function* chain(head: Buffer[], rest: AsyncIterator<unknown>): AsyncGenerator<Buffer> {
  yield* head;
  for (let r = await rest.next(); !r.done; r = await rest.next()) yield typeof r.value === 'string' ? Buffer.from(r.value) : (r.value as Buffer);
}

/** The chunks of a stream, each kept in the spool as it goes by. */
async function* spooled(chunks: AsyncIterable<Buffer>, spool: Spool): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    spool.add(chunk);
    yield chunk;
  }
}

/** The format of standard input without --input-format: JSON when it starts with { or [, else YAML. */
async function sniff(stream: Readable): Promise<{ format: CaseFormat; chunks: AsyncGenerator<Buffer> }> {
  const it = stream[Symbol.asyncIterator]() as AsyncIterator<unknown>;
  const head: Buffer[] = [];
  let offset = 0;
  for (let r = await it.next(); !r.done; r = await it.next()) {
    const chunk = typeof r.value === 'string' ? Buffer.from(r.value) : (r.value as Buffer);
    head.push(chunk);
    // The first byte that is not white space (nor the byte order mark at the start), in this chunk.
    for (let i = 0; i < chunk.length; i++, offset++) {
      const b = chunk[i]!;
      if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
      if (offset < 3 && b === [0xef, 0xbb, 0xbf][offset]) continue;
      // A workbook (a zip file: PK) piped in is neither: said so, not as bytes that are not UTF-8.
      if (offset === 0 && isZip(chunk.subarray(i))) throw new UsageError(say('workbookFromStdin'));
      return { format: b === 0x7b || b === 0x5b ? 'json' : 'yaml', chunks: chain(head, it) }; // { or [
    }
    // Nothing but white space so far: YAML, past its limit if it goes on.
    if (offset > YAML_MAX_BYTES) break;
  }
  return { format: 'yaml', chunks: chain(head, it) };
}

/** All of a small input (YAML), refused past YAML_MAX_BYTES. */
async function readYaml(chunks: AsyncIterable<Buffer>, file: string): Promise<Buffer> {
  const all: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > YAML_MAX_BYTES) throw yamlTooLarge(file);
    all.push(chunk);
  }
  return Buffer.concat(all);
}

const yamlTooLarge = (file: string) =>
  new InputError(say('yamlTooLarge', { file, mb: YAML_MAX_BYTES >> 20 }));

function yamlInput(bytes: Buffer, file: string, reading: CaseReading): CaseInput {
  const { records, summary } = readYamlCase(decodeUtf8(bytes, file), file, reading.type);
  return {
    file,
    summary,
    size: bytes.length,
    async *read() {
      yield { records, bytes: bytes.length };
    },
    discard() {},
  };
}

/**
 * Opens a case input (`stdin`: standard input, named `file` in messages) and, unless it is read
 * only once, makes its first pass. `format` undefined: standard input, JSON or YAML by its
 * first character.
 */
export async function prepareCaseInput(file: string, format: CaseFormat | undefined, stdin: Readable | undefined, reading: CaseReading): Promise<CaseInput> {
  let stream: Readable | undefined = stdin;
  let size: number | undefined;
  if (!stdin) {
    let regular: boolean;
    try {
      const stat = statSync(file);
      if (stat.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
      regular = stat.isFile();
      size = regular ? stat.size : undefined;
    } catch (e) {
      throw cannotRead(file, e);
    }
    if (format === 'yaml' && size !== undefined && size > YAML_MAX_BYTES) throw yamlTooLarge(file);
    // A pipe or a device cannot be read twice: read as standard input is.
    if (!regular) stream = createReadStream(file, { highWaterMark: CHUNK });
  }

  let chunks: AsyncIterable<Buffer> | undefined;
  if (stream) {
    if (format === undefined) ({ format, chunks } = await sniff(stream));
    else chunks = chain([], stream[Symbol.asyncIterator]() as AsyncIterator<unknown>);
  }
  if (format === 'yaml') return yamlInput(chunks ? await readYaml(chunks, file) : readInput(file), file, reading);
  format ??= 'json';

  const reader = new CaseReader(file, format, reading.type);
  const read = (source: () => CaseBytes, summary?: CaseSummary) => () => reader.records(source(), summary);

  if (!chunks) {
    const summary = await reader.scan(fileBytes(file, file), reading.keys);
    return { file, summary, ...(size !== undefined ? { size } : {}), read: read(() => fileBytes(file, file), summary), discard() {} };
  }
  if (format === 'ndjson' && !reading.keys) {
    // Read once, as it comes.
    const once = chunks;
    return { file, read: read(() => once), discard() {} };
  }
  const spool = new Spool(reading.spoolBytes ?? SPOOL_BYTES);
  try {
    const summary = await reader.scan(spooled(chunks, spool), reading.keys);
    return { file, summary, size: spool.bytes, read: read(() => spool.replay(file), summary), discard: () => spool.discard() };
  } catch (e) {
    spool.discard();
    throw e;
  }
}
