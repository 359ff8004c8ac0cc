/**
 * A progress line on stderr for long batches: rows, rows per second, share of bytes read.
 * Only on a terminal, never with --quiet; redrawn at most five times a second.
 */
import type { Writable } from 'node:stream';

export class Progress {
  private last = 0;
  private readonly started = performance.now();
  private shown = false;

  constructor(
    private readonly stream: Writable & { isTTY?: boolean },
    private readonly enabled: boolean,
    private readonly totalBytes: number | undefined,
    /** What is under way, before the counts (the first pass of a large run). */
    private readonly label = '',
  ) {}

  update(rows: number, bytes: number): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.last < 200) return;
    this.last = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(rows / seconds) : 0;
    const share = this.totalBytes ? ` · ${Math.min(100, Math.floor((bytes / this.totalBytes) * 100))}%` : '';
    const width = 24;
    const filled = this.totalBytes ? Math.round((Math.min(bytes, this.totalBytes) / this.totalBytes) * width) : 0;
    const bar = this.totalBytes ? `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ` : '';
    this.stream.write(`\r\u001b[2K${this.label ? `${this.label}: ` : ''}${bar}${rows.toLocaleString('en-US')} rows · ${rate.toLocaleString('en-US')} rows/s${share}`);
    this.shown = true;
  }

  done(): void {
    if (this.shown) this.stream.write('\r\u001b[2K');
    this.shown = false;
  }
}
