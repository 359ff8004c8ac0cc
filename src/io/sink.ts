/**
 * Where output goes: stdout, or a file written atomically (to a temporary file beside it,
 * renamed into place only when complete, so a crash never leaves half a file).
 * Writes are gathered into large chunks and respect backpressure. A write that fails (a full
 * disk, a read-only file system, …) is an InputError that names the output and what is wrong.
 */
import { createWriteStream, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { InputError } from '../errors.js';
import type { Summary } from '../engine/summary.js';
import type { InvalidRow } from './formats/types.js';

const CHUNK = 1 << 16;

/** What an error code of a failed write means, and what to do about it. */
const WRITE_FAILURES: Readonly<Record<string, readonly [string, string]>> = {
  ENOSPC: ['the disk is full', 'free some space, or write it to another disk'],
  EDQUOT: ['the disk quota is used up', 'free some space, or write it to another disk'],
  EFBIG: ['the file is larger than the system allows', 'write it to another file system'],
  EACCES: ['permission denied', 'write it where you may write'],
  EPERM: ['not permitted', 'write it where you may write'],
  EROFS: ['the file system is read-only', 'write it where you may write'],
  EIO: ['an input/output error of the disk or device', 'check the disk, or write it elsewhere'],
  ENOENT: ['its folder is gone', 'write it to a folder that exists'],
};

/**
 * The error for a write to `where` (a file, or standard output) that failed: an InputError in
 * one line. A reader of standard output that went away (EPIPE) is not an error of ours: that
 * error is kept as it is, for the command line to end quietly.
 */
export function writeError(e: unknown, where: string): Error {
  if (e instanceof InputError) return e;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EPIPE') return e as Error;
  const known = code !== undefined && Object.hasOwn(WRITE_FAILURES, code) ? WRITE_FAILURES[code] : undefined;
  const [what, todo] = known ?? [(e as Error | undefined)?.message ?? String(e), 'check it, or write it elsewhere'];
  return new InputError(`${where}: cannot write it: ${what}${known ? ` (${code})` : ''}; ${todo}`);
}

/** Opens a file to write (flags as fs.open takes them); tests may give another. */
export type OpenFile = (path: string, flags: string) => Writable;
const openFile: OpenFile = (path, flags) => createWriteStream(path, { flags });

/** Whether a path names something that exists and is not a regular file: a device (/dev/null), a pipe. */
export function notAFile(path: string): boolean {
  try {
    return !statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * What a run writes its output to: a Sink (text and bytes as they are), or a workbook's sink
 * (src/io/xlsx/writer.ts) that takes the same CSV text and writes its rows as typed cells.
 */
export interface OutputSink {
  write(text: string): Promise<void>;
  writeBytes(bytes: Uint8Array, written?: () => void): Promise<void>;
  commit(): Promise<void>;
  abort(): void;
  /** A workbook's summary sheet: the run's summary, given before commit. */
  summarize?(summary: Summary): void;
  /** A workbook's list of invalid rows: those noted, and how many more it would take. */
  noteInvalid?(rows: readonly InvalidRow[]): void;
  invalidWanted?(): number;
}

export class Sink implements OutputSink {
  private buffer = '';
  private failed: Error | undefined;
  /**
   * Whether bytes are done with once their write's callback comes: true of a file and of the
   * process's standard output; not of any stream, which might keep the chunks it was given.
   */
  private readonly releases: boolean;

  private constructor(
    private readonly stream: Writable,
    /** The output in messages: its path, or standard output. */
    private readonly name: string,
    private readonly finalPath: string | undefined,
    private readonly tempPath: string | undefined,
  ) {
    this.releases = finalPath !== undefined || stream === process.stdout;
    stream.on('error', (e) => {
      this.failed ??= e;
    });
  }

  static stdout(stream: Writable = process.stdout): Sink {
    return new Sink(stream, 'standard output', undefined, undefined);
  }

  /**
   * A file, written to a temporary file beside it and renamed into place. A path that is not a
   * regular file (a device such as /dev/null, a named pipe) is written to as it is: a rename
   * would replace it.
   */
  static file(path: string, open: OpenFile = openFile): Sink {
    if (notAFile(path)) return new Sink(open(path, 'w'), path, path, undefined);
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
    return new Sink(open(temp, 'wx'), path, path, temp);
  }

  /** Queues text; resolves once the stream can take more. */
  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= CHUNK) await this.flush();
  }

  /**
   * Writes bytes (after any queued text). `written` is called once they are written and their
   * memory may be used again (never, when the stream might keep them).
   */
  async writeBytes(bytes: Uint8Array, written?: () => void): Promise<void> {
    await this.flush();
    if (!bytes.length) return;
    await this.put(bytes, written && this.releases ? (e) => e || written() : undefined);
  }

  async flush(): Promise<void> {
    this.check();
    if (!this.buffer) return;
    const chunk = this.buffer;
    this.buffer = '';
    await this.put(chunk);
  }

  /** Writes a chunk, waiting for the stream to drain if it must; throws writeError for a failure. */
  private async put(chunk: string | Uint8Array, done?: (e?: Error | null) => void): Promise<void> {
    try {
      if (!this.stream.write(chunk, done)) await once(this.stream, 'drain'); // rejects on 'error'
    } catch (e) {
      throw writeError(this.failed ?? e, this.name);
    }
    this.check();
  }

  private check(): void {
    if (this.failed) throw writeError(this.failed, this.name);
  }

  /** Finishes the output: for a file, closes it and moves it into place; for a stream, waits for its writes to end. */
  async commit(): Promise<void> {
    await this.flush();
    if (!this.finalPath) {
      // A write may fail after it was taken (a full disk behind standard output): waited for, to be reported.
      await new Promise<void>((done) => this.stream.write('', () => done()));
      this.check();
      return;
    }
    try {
      this.stream.end();
      await once(this.stream, 'close'); // rejects on 'error'
      if (this.failed) throw this.failed;
      if (this.tempPath) renameSync(this.tempPath, this.finalPath);
    } catch (e) {
      throw writeError(this.failed ?? e, this.name);
    }
  }

  /** Abandons a file output, removing the temporary file (also if it is being opened yet). */
  abort(): void {
    if (this.finalPath) this.stream.destroy();
    if (!this.tempPath) return;
    const remove = () => {
      try {
        unlinkSync(this.tempPath!);
      } catch {
        // already gone
      }
    };
    remove();
    this.stream.once('close', remove);
  }
}
