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
import { say, type Texts } from './messages.js';
import type { Summary } from '../engine/summary.js';
import type { InvalidRow } from './formats/types.js';

const CHUNK = 1 << 16;

/** What an error code of a failed write means, and what to do about it. */
const WRITE_FAILURES: Readonly<Record<string, readonly [Texts, Texts]>> = {
  ENOSPC: [{ en: 'the disk is full', zh: '磁盘已满' }, { en: 'free some space, or write it to another disk', zh: '请腾出空间,或写到另一个磁盘' }],
  EDQUOT: [{ en: 'the disk quota is used up', zh: '磁盘配额已用完' }, { en: 'free some space, or write it to another disk', zh: '请腾出空间,或写到另一个磁盘' }],
  EFBIG: [{ en: 'the file is larger than the system allows', zh: '文件超过系统允许的大小' }, { en: 'write it to another file system', zh: '请写到另一个文件系统' }],
  EACCES: [{ en: 'permission denied', zh: '没有权限' }, { en: 'write it where you may write', zh: '请写到有权限写入的位置' }],
  EPERM: [{ en: 'not permitted', zh: '不允许' }, { en: 'write it where you may write', zh: '请写到有权限写入的位置' }],
  EROFS: [{ en: 'the file system is read-only', zh: '文件系统只读' }, { en: 'write it where you may write', zh: '请写到有权限写入的位置' }],
  EIO: [{ en: 'an input/output error of the disk or device', zh: '磁盘或设备输入输出错误' }, { en: 'check the disk, or write it elsewhere', zh: '请检查磁盘,或写到别处' }],
  ENOENT: [{ en: 'its folder is gone', zh: '所在文件夹已不存在' }, { en: 'write it to a folder that exists', zh: '请写到存在的文件夹' }],
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
  const [what, todo] = known ?? [(e as Error | undefined)?.message ?? String(e), { en: 'check it, or write it elsewhere', zh: '请检查,或写到别处' }];
  return new InputError(say('cannotWrite', { where, what, todo, code: known ? code : undefined }));
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

/** Text as the bytes of an encoding other than UTF-8. */
export type Encode = (text: string) => Uint8Array;

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
    /** Text (and UTF-8 bytes) written in another encoding; undefined: UTF-8 as it is. */
    private readonly encode?: Encode,
  ) {
    this.releases = finalPath !== undefined || stream === process.stdout;
    stream.on('error', (e) => {
      this.failed ??= e;
    });
  }

  static stdout(stream: Writable = process.stdout, encode?: Encode): Sink {
    return new Sink(stream, 'standard output', undefined, undefined, encode);
  }

  /**
   * A file, written to a temporary file beside it and renamed into place. A path that is not a
   * regular file (a device such as /dev/null, a named pipe) is written to as it is: a rename
   * would replace it.
   */
  static file(path: string, open: OpenFile = openFile, encode?: Encode): Sink {
    if (notAFile(path)) return new Sink(open(path, 'w'), path, path, undefined, encode);
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
    return new Sink(open(temp, 'wx'), path, path, temp, encode);
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
    if (this.encode) {
      // Whole records of UTF-8 (batches end at line ends): their text, encoded anew.
      const encoded = this.encode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
      written?.();
      return this.put(encoded);
    }
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
    if (typeof chunk === 'string' && this.encode) chunk = this.encode(chunk);
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
