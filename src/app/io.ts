/**
 * The process around a command: its streams and environment, passed in so that commands
 * can run in tests without a real terminal.
 */
import { Chalk, supportsColor, type ChalkInstance } from 'chalk';
import type { Readable, Writable } from 'node:stream';

export interface CommandIO {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /**
   * A run was stopped by a signal (Ctrl-C), its partial outputs and temporary files removed:
   * ends the process with the exit code the command line gives it. Without it, the signal
   * ends the process as it would have.
   */
  interrupted?: (signal: NodeJS.Signals) => void;
}

export function processIO(): CommandIO {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/**
 * The width a table must fit. On a terminal: its width (else COLUMNS, else 80). Piped: COLUMNS
 * when it is set (`COLUMNS=100 subsidy … | less`), else none. Written to a file (--output): none.
 */
export function tableWidth(io: CommandIO, output: string | undefined): number {
  if (output) return Infinity;
  const n = Number(io.env.COLUMNS);
  const columns = Number.isSafeInteger(n) && n > 0 ? n : undefined;
  return io.stdout.isTTY ? (io.stdout.columns ?? columns ?? 80) : (columns ?? Infinity);
}

/**
 * A chalk for a stream: colour only on a terminal, never with --no-color or NO_COLOR,
 * and as FORCE_COLOR says when it is set.
 */
export function colorFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, enabled: boolean): ChalkInstance {
  if (!enabled || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return new Chalk({ level: 0 });
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    const level = force === '' || force === 'true' ? 1 : force === 'false' ? 0 : Math.min(3, Number(force) || 0);
    return new Chalk({ level: level as 0 | 1 | 2 | 3 });
  }
  if (!stream.isTTY) return new Chalk({ level: 0 });
  return new Chalk({ level: supportsColor ? supportsColor.level : 1 });
}
