/**
 * What a real terminal shows: the CLI runs in tmux at 80 and 160 columns, and the screen (its
 * scrollback too, wrapped lines joined) is read back. Tables and progress lines must fit, and no
 * progress line may be left behind: when a run ends, fails, or is stopped with Ctrl-C.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../src/io/width.js';
import { suiteDir } from './helpers/temp.js';

const TMUX = spawnSync('tmux', ['-V']).status === 0;
if (!TMUX && process.env.CI === 'true') throw new Error('tmux is not installed, and CI=true: the terminal tests must run; .ci/run installs it');

const ROOT = resolve(import.meta.dirname, '..');
const SOCKET = `subsidy-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
const DONE = '__exit__';
const PROGRESS = /rows\/s|每秒|█|░/;

/** Runs a shell command in a new tmux window `columns` wide; the screen once it has ended, and its exit code. */
async function onScreen(name: string, columns: number, command: string, keys?: { when: RegExp; send: string }): Promise<{ lines: string[]; code: number }> {
  tmux('new-session', '-d', '-s', name, '-x', String(columns), '-y', '40', `cd ${ROOT} && ${command}; echo ${DONE} $?; sleep 60`);
  let screen = '';
  let sent = false;
  for (let i = 0; i < 300; i++) {
    screen = tmux('capture-pane', '-p', '-J', '-S', '-', '-t', name);
    if (keys && !sent && keys.when.test(screen)) {
      tmux('send-keys', '-t', name, keys.send);
      sent = true;
    }
    if (screen.includes(`${DONE} `)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  tmux('kill-session', '-t', name);
  const code = Number(/__exit__ (\d+)/.exec(screen)?.[1] ?? NaN);
  const lines = screen.split('\n').filter((l) => !l.includes(DONE));
  return { lines, code };
}

const widest = (lines: string[]) => Math.max(...lines.map((l) => displayWidth(l.trimEnd())));

describe.skipIf(!TMUX)('in a terminal (tmux)', () => {
  const dir = suiteDir('subsidy-tmux-');
  // A CSV batch of some thousands of rows, read in small batches with a first pass: progress lines are drawn.
  const big = join(dir, 'big.csv');
  const [header, ...rows] = execFileSync('cat', [join(ROOT, 'examples/batch-mixed.csv')], { encoding: 'utf8' }).trim().split('\n');
  writeFileSync(big, `${header}\n${Array.from({ length: 400 }, () => rows.join('\n')).join('\n')}\n`);
  const env = 'SUBSIDY_TWO_PASS_ROWS=1 SUBSIDY_BATCH_BYTES=4096 SUBSIDY_WORKER_BYTES=1';
  const cli = `node ${join(ROOT, 'bin/subsidy.js')}`;

  afterAll(() => {
    spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
  });

  for (const columns of [80, 160]) {
    it(`at ${columns} columns: tables fit, in both languages, and no progress line is left`, async () => {
      for (const lang of ['en', 'zh']) {
        const table = await onScreen(`t${columns}${lang}`, columns, `${cli} audit examples/agency-claim.yaml --as-of 2020-12-31 --all --lang ${lang}`);
        expect(table.code).toBe(0);
        expect(table.lines.some((l) => l.includes('┌'))).toBe(true);
        expect(widest(table.lines)).toBeLessThanOrEqual(columns);
        expect(table.lines.filter((l) => PROGRESS.test(l))).toEqual([]);

        const batch = await onScreen(`b${columns}${lang}`, columns, `${env} ${cli} evaluate ${big} --as-of 2020-12-31 --lang ${lang}`);
        expect(batch.code).toBe(1); // the batch has invalid records
        expect(batch.lines.some((l) => l.includes('┌'))).toBe(true);
        expect(widest(batch.lines)).toBeLessThanOrEqual(columns);
        expect(batch.lines.filter((l) => PROGRESS.test(l))).toEqual([]);
      }
    });
  }

  it('Ctrl-C: the progress line is cleared and the run ends with 130', async () => {
    // Standard input that stays open: the run waits for more, its progress line on screen.
    const run = await onScreen('int', 80, `(cat ${big}; sleep 30) | ${env} ${cli} evaluate - --input-format csv --as-of 2020-12-31 --output ${join(dir, 'out.csv')}`, {
      when: PROGRESS,
      send: 'C-c',
    });
    expect(run.code).toBe(130);
    expect(run.lines.filter((l) => PROGRESS.test(l))).toEqual([]);
    // (As long as onScreen may watch the screen: 300 looks, some 30 s on a busy machine.)
  }, 40_000);
});
