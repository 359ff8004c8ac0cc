import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in this process with captured streams (no terminal, no colour; `tty` makes the
 * streams it names say they are terminals, `columns` wide when given).
 */
export async function runCli(
  args: string[],
  stdin: string | Buffer = '',
  env: NodeJS.ProcessEnv = {},
  tty: { stdout?: boolean; stderr?: boolean; columns?: number } = {},
): Promise<RunResult> {
  const width = tty.columns !== undefined ? { columns: tty.columns } : {};
  const stdout = Object.assign(new PassThrough(), { isTTY: tty.stdout === true, ...width });
  const stderr = Object.assign(new PassThrough(), { isTTY: tty.stderr === true, ...width });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const code = await main(args, { stdin: Readable.from([typeof stdin === 'string' ? Buffer.from(stdin) : stdin]), stdout, stderr, env: { LANG: 'C', ...env } });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}
