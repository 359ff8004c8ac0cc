import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colorFor } from '../src/app/io.js';
import { maskId } from '../src/io/mask.js';
import { displayWidth } from '../src/io/width.js';
import { runCli } from './helpers/run.js';
import { suiteDir } from './helpers/temp.js';

const ESC = '\u001b[';

describe('colour', () => {
  it('is used on a terminal only', () => {
    expect(colorFor({ isTTY: true }, {}, true).red('x')).toContain(ESC);
    expect(colorFor({ isTTY: false }, {}, true).red('x')).toBe('x');
  });
  it('honours --no-color, NO_COLOR and FORCE_COLOR', () => {
    expect(colorFor({ isTTY: true }, {}, false).red('x')).toBe('x');
    expect(colorFor({ isTTY: true }, { NO_COLOR: '1' }, true).red('x')).toBe('x');
    expect(colorFor({ isTTY: false }, { FORCE_COLOR: '1' }, true).red('x')).toContain(ESC);
    expect(colorFor({ isTTY: true }, { FORCE_COLOR: '0' }, true).red('x')).toBe('x');
  });
  it('colours the table by status when forced, and not with --no-color', async () => {
    const args = ['evaluate', 'examples/enterprise-hires.json', '--as-of', '2020-06-30', '--format', 'table'];
    const forced = await runCli(args, '', { FORCE_COLOR: '1' });
    expect(forced.stdout).toContain(`${ESC}32meligible`);
    expect(forced.stdout).toContain(`${ESC}31mineligible`);
    const plain = await runCli([...args, '--no-color'], '', { FORCE_COLOR: '1' });
    expect(plain.stdout).not.toContain(ESC);
  });
});

describe('masking and width', () => {
  it('shows the first 6 and last 4 characters of an ID', () => {
    expect(maskId('500115199001011238')).toBe('500115********1238');
    expect(maskId('91500115MA5U7C4X1E')).toBe('915001********4X1E');
    expect(maskId('12345')).toBe('*2345');
  });
  it('counts CJK characters as two columns and colour codes as none', () => {
    expect(displayWidth('长寿区')).toBe(6);
    expect(displayWidth('a长b')).toBe(4);
    expect(displayWidth(`${ESC}31m符合${ESC}39m`)).toBe(4);
  });
});

describe('progress bar (CSV batches)', () => {
  const dir = suiteDir('subsidy-progress-');
  const args = (...more: string[]) => ['evaluate', 'examples/batch-mixed.csv', '--as-of', '2020-06-30', '--jobs', '0', ...more];
  const BAR = /\r\u001b\[2K\[█+░*\] \d+ rows · [\d,]+ rows\/s · 100%/;

  it('on a terminal: rows, rows/s and the share read, then cleared before the summary', async () => {
    const run = await runCli(args('--format', 'csv', '--output', join(dir, 'out.csv')), '', {}, { stderr: true });
    expect(run.stderr).toMatch(BAR);
    // Cleared (the line erased), then the messages and the summary on lines of their own.
    expect(run.stderr).toMatch(/100%\r\u001b\[2K/);
    expect(run.stderr).toMatch(/^\d+ records: /m);
  });

  it('the first line drawn counts rows done, its share that of the rows done (never 0 rows at 100%)', async () => {
    // Many batches of a few rows: the line is drawn as the first batch is written.
    const [header, ...rows] = readFileSync('examples/batch-mixed.csv', 'utf8').trim().split('\n');
    const big = join(dir, 'big.csv');
    writeFileSync(big, `${header}\n${Array.from({ length: 200 }, () => rows.join('\n')).join('\n')}\n`);
    process.env.SUBSIDY_BATCH_BYTES = '4096';
    try {
      for (const file of ['examples/batch-mixed.csv', big]) {
        const run = await runCli(['evaluate', file, '--as-of', '2020-06-30', '--jobs', '0', '--format', 'csv', '--output', join(dir, 'first.csv')], '', {}, { stderr: true });
        const first = /\r\u001b\[2K\[[█░]+\] ([\d,]+) rows? · [\d,]+ rows\/s · (\d+)%/.exec(run.stderr)!;
        const [done, all] = [first[1]!, /^([\d,]+) records: /m.exec(run.stderr)![1]!].map((n) => Number(n.replace(/,/g, '')));
        expect(done).toBeGreaterThan(0);
        expect(Number(first[2]) === 100).toBe(done === all);
        if (file === big) expect(done).toBeLessThan(all!);
      }
      // A file given twice: each line is its file's (rows, share), the second's too.
      const twice = await runCli(['evaluate', big, big, '--as-of', '2020-06-30', '--jobs', '0', '--format', 'csv', '--output', join(dir, 'twice.csv')], '', {}, { stderr: true });
      const perFile = Number(/^([\d,]+) records: /m.exec(twice.stderr)![1]!.replace(/,/g, '')) / 2;
      const lines = [...twice.stderr.matchAll(/\r\u001b\[2K\[[█░]+\] ([\d,]+) rows? · [\d,]+ rows\/s · (\d+)%/g)].map((m) => [Number(m[1]!.replace(/,/g, '')), Number(m[2])]);
      expect(lines.length).toBeGreaterThanOrEqual(2);
      for (const [rows, share] of lines) expect(rows! <= perFile && (share === 100) === (rows === perFile), `${rows} rows at ${share}%`).toBe(true);
      // A case file given twice, likewise: the second's first line counts its own records.
      const records = readFileSync('examples/hires.ndjson', 'utf8').trim().split('\n');
      const cases = join(dir, 'big.ndjson');
      writeFileSync(cases, `${Array.from({ length: 3000 }, () => records.join('\n')).join('\n')}\n`);
      const again = await runCli(['evaluate', cases, cases, '--as-of', '2020-06-30', '--format', 'csv', '--output', join(dir, 'again.csv')], '', {}, { stderr: true });
      const perCase = Number(/([\d,]+) records: /.exec(again.stderr)![1]!.replace(/,/g, '')) / 2;
      const drawn = [...again.stderr.matchAll(/\r\u001b\[2K\[[█░]+\] ([\d,]+) (?:rows?|records?) · [\d,]+ (?:rows|records)\/s · (\d+)%/g)].map((m) => [Number(m[1]!.replace(/,/g, '')), Number(m[2])]);
      expect(drawn.length).toBeGreaterThanOrEqual(2);
      for (const [rows, share] of drawn) expect(rows! <= perCase && (share === 100) === (rows === perCase), `${rows} records at ${share}%`).toBe(true);
    } finally {
      delete process.env.SUBSIDY_BATCH_BYTES;
    }
  });

  it('never with --quiet, when standard error is not a terminal, or while machine output goes to the same terminal', async () => {
    const quiet = await runCli(args('--format', 'csv', '--output', join(dir, 'quiet.csv'), '--quiet'), '', {}, { stderr: true });
    const piped = await runCli(args('--format', 'csv', '--output', join(dir, 'piped.csv')));
    const same = await runCli(args('--format', 'ndjson'), '', {}, { stdout: true, stderr: true });
    for (const run of [quiet, piped, same]) expect(run.stderr).not.toContain('rows/s');
  });

  it('shows the first pass of a large run (read twice) by name', async () => {
    process.env.SUBSIDY_TWO_PASS_ROWS = '1';
    try {
      const run = await runCli(args('--format', 'csv', '--output', join(dir, 'twice.csv')), '', {}, { stderr: true });
      expect(run.stderr).toMatch(/\r\u001b\[2Kfirst pass, for repeated ID numbers: \[█+░*\] \d+ rows/);
      expect(run.stderr).toMatch(BAR);
    } finally {
      delete process.env.SUBSIDY_TWO_PASS_ROWS;
    }
  });
});
