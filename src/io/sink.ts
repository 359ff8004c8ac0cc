/**
 * Where output goes: stdout, or a file written atomically (to a temporary file beside it,
 * renamed into place only when complete, so a crash never leaves half a file).
 * Writes are gathered into large chunks and respect backpressure.
 */
import { createWriteStream, renameSync, unlinkSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

const CHUNK = 1 << 16;

export class Sink {
  private buffer = '';
  private failed: Error | undefined;
  /**
   * Whether bytes are done with once their write's callback comes: true of a file and of the
   * process's standard output; not of any stream, which might keep the chunks it was given.
   */
  private readonly releases: boolean;

  private constructor(
    private readonly stream: Writable,
    private readonly finalPath: string | undefined,
    private readonly tempPath: string | undefined,
  ) {
    this.releases = tempPath !== undefined || stream === process.stdout;
    stream.on('error', (e) => {
      this.failed = e;
    });
  }

  static stdout(stream: Writable = process.stdout): Sink {
    return new Sink(stream, undefined, undefined);
  }

  static file(path: string): Sink {
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
    const stream: WriteStream = createWriteStream(temp, { flags: 'wx' });
    return new Sink(stream, path, temp);
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
    if (this.failed) throw this.failed;
    if (!bytes.length) return;
    const more = this.stream.write(bytes, written && this.releases ? (e) => e || written() : undefined);
    if (!more) await once(this.stream, 'drain'); // rejects on 'error'
    if (this.failed) throw this.failed;
  }

  async flush(): Promise<void> {
    if (this.failed) throw this.failed;
    if (!this.buffer) return;
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain'); // rejects on 'error'
    if (this.failed) throw this.failed;
  }

  /** Finishes the output: for a file, closes it and moves it into place. */
  async commit(): Promise<void> {
    await this.flush();
    if (!this.finalPath) return;
    this.stream.end();
    await once(this.stream, 'close');
    if (this.failed) throw this.failed;
    renameSync(this.tempPath!, this.finalPath);
  }

  /** Abandons a file output, removing the temporary file. */
  abort(): void {
    if (!this.tempPath) return;
    this.stream.destroy();
    try {
      unlinkSync(this.tempPath);
    } catch {
      // already gone
    }
  }
}
