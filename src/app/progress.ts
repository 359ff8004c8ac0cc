/**
 * A progress line on stderr for long batches: rows, rows per second, share of the bytes done
 * (through the last row counted, not those read ahead).
 * Only on a terminal, never with --quiet; redrawn at most five times a second. The line fits
 * the terminal's width (a line that wrapped could not be cleared), and is cleared when the
 * pass ends, and when the run fails or is interrupted (see evaluate.ts).
 */
import type { Writable } from 'node:stream';
import type { Lang } from '../i18n/lang.js';
import { abbreviate, displayWidth } from '../io/width.js';
import { say } from './run-messages.js';

/** Clears the terminal's current line. */
export const CLEAR_LINE = '\r\u001b[2K';

const BAR_WIDTH = 24;
const MIN_BAR_WIDTH = 8;

export class Progress {
  private last = 0;
  private readonly started = performance.now();
  private shown = false;

  constructor(
    private readonly stream: Writable & { isTTY?: boolean; columns?: number },
    private readonly enabled: boolean,
    private readonly totalBytes: number | undefined,
    /** What is under way, before the counts (the first pass of a large run). */
    private readonly label = '',
    private readonly lang: Lang = 'en',
  ) {}

  update(rows: number, bytes: number): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.last < 200) return;
    this.last = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(rows / seconds) : 0;
    this.stream.write(`${CLEAR_LINE}${progressLine(rows, rate, bytes, this.totalBytes, this.label, this.lang, this.stream.columns ?? 80)}`);
    this.shown = true;
  }

  done(): void {
    if (this.shown) this.stream.write(CLEAR_LINE);
    this.shown = false;
  }
}

/**
 * The progress line, narrower than the terminal (its last column left free, so that the line
 * never wraps): the bar narrows first, then the label goes, then the line is cut.
 */
export function progressLine(rows: number, rate: number, bytes: number, total: number | undefined, label: string, lang: Lang, columns: number): string {
  const room = Math.max(10, columns - 1);
  const counts = say('progressRows', { rows, rate }).text(lang);
  const share = total ? ` · ${Math.min(100, Math.floor((bytes / total) * 100))}%` : '';
  const line = (bar: number, withLabel: boolean) => {
    const filled = total ? Math.round((Math.min(bytes, total) / total) * bar) : 0;
    const drawn = total && bar ? `[${'█'.repeat(filled)}${'░'.repeat(bar - filled)}] ` : '';
    return `${withLabel && label ? `${label}: ` : ''}${drawn}${counts}${share}`;
  };
  for (const withLabel of [true, false]) {
    const plain = displayWidth(line(0, withLabel));
    if (!total) {
      if (plain <= room) return line(0, withLabel);
      continue;
    }
    const bar = Math.min(BAR_WIDTH, room - plain - 3);
    if (bar >= MIN_BAR_WIDTH) return line(bar, withLabel);
  }
  if (displayWidth(line(0, false)) <= room) return line(0, false);
  return abbreviate(line(0, false), room);
}
