import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface Spawned {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built binary (`node bin/subsidy.js ARGS`, from dist/: `npm test` builds it) with
 * `env` added to a plain environment; `shell` is a shell command run before it (`ulimit -f 4`).
 */
export function spawnBuilt(args: string[], env: Record<string, string> = {}, shell?: string): Promise<Spawned> {
  const base: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', LANG: 'C', ...env };
  for (const k of ['FORCE_COLOR', 'LC_ALL', 'LC_MESSAGES', 'LANGUAGE', 'NODE_OPTIONS']) delete base[k];
  const node = [process.execPath, join(ROOT, 'bin', 'subsidy.js'), ...args];
  // The shell runs the command as its arguments ("$@"), quoting nothing itself.
  const [command, ...rest] = shell ? ['sh', '-c', `${shell} && exec "$@"`, 'sh', ...node] : node;
  return new Promise((done, fail) => {
    const child = spawn(command!, rest, { cwd: ROOT, env: base, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}
