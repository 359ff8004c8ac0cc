/**
 * What else makes a batch ID recorded again the same inputs: the options its files are read with
 * (a workbook's sheet, the record type, the delimiter, the encoding, the input format), kept with
 * the batch in one canonical text; and the files themselves, hashed before they are read and
 * again before anything is recorded (a file rewritten during the run records nothing, exit 4).
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { Command } from 'commander';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { READ_FLAGS, readOptionsText } from '../src/app/batch-inputs.js';
import { withInputOptions } from '../src/cli/evaluate.js';
import { main } from '../src/cli/main.js';
import { HIRE_HEADER, hireBatch, person } from './helpers/ledger.js';
import { runCli } from './helpers/run.js';
import { suiteDirs } from './helpers/temp.js';

const newDir = suiteDirs('subsidy-ledger-reading-');
const AS_OF = ['--as-of', '2020-12-31'];

const record = (files: string | string[], db: string, batch: string, ...more: string[]) =>
  runCli(['ledger', 'record', ...[files].flat(), '--ledger', db, '--batch', batch, ...AS_OF, '--quiet', ...more]);
const live = (db: string) => {
  const d = new Database(db, { readonly: true });
  const n = (d.prepare(`SELECT COUNT(*) AS n FROM entries WHERE entry = 'payment' AND voided_at IS NULL`).get() as { n: number }).n;
  d.close();
  return n;
};
const hireRow = (i: number, caseId: string) => ['hire', caseId, '重庆长寿电子科技有限公司', `worker ${i}`, person(i), 'poverty_registered', '2020-03-01'];

/** A workbook of two sheets, Feb (people 0 and 1) and Mar (people 10 to 12), of hire rows. */
async function twoSheets(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, from, to] of [['Feb', 0, 2], ['Mar', 10, 13]] as const) {
    const ws = wb.addWorksheet(name);
    ws.addRow(HIRE_HEADER.split(','));
    for (let i = from; i < to; i++) ws.addRow(hireRow(i, name));
  }
  const path = join(dir, 'two.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

describe('a batch ID recorded again with other reading options', () => {
  it('another sheet of the same workbook: refused, saying so in both languages (exit 1, nothing recorded)', async () => {
    const dir = newDir();
    const db = join(dir, 's.db');
    const book = await twoSheets(dir);
    const first = await record(book, db, 'M', '--sheet', 'Feb');
    expect(first.code, first.stderr).toBe(0);
    expect(live(db)).toBe(2);
    const mar = await record(book, db, 'M', '--sheet', 'Mar');
    expect(mar.code).toBe(1);
    expect(mar.stdout).toBe('');
    expect(mar.stderr).toMatch(/^subsidy: batch ID M was used for other inputs in ledger .*s\.db \(recorded \S+, as of 2020-12-31, 2 payments; reading options: --sheet Feb then, --sheet Mar now\): nothing recorded; pick a new batch ID\n$/);
    const zh = await record(book, db, 'M', '--sheet', 'Mar', '--lang', 'zh');
    expect(zh.stderr).toContain(';读取选项:当时 --sheet Feb,现在 --sheet Mar):未记录任何内容;请另选批次编号');
    const json = await record(book, db, 'M', '--sheet', 'Mar', '--report', 'json');
    expect(JSON.parse(json.stdout)).toMatchObject({ other_inputs: ['reading options: --sheet Feb then, --sheet Mar now'], already_recorded: { read_options: '--sheet Feb' } });
    // The first sheet named by its place is another option as written (the batch keeps options, not what they chose).
    expect((await record(book, db, 'M', '--sheet', '1')).stderr).toContain('reading options: --sheet Feb then, --sheet 1 now');
    expect(live(db)).toBe(2);
    // The same sheet: the same inputs; the other one records under a new ID.
    expect((await record(book, db, 'M', '--sheet', 'Feb')).stdout).toMatch(/^batch M is already in ledger .*: nothing recorded\n$/);
    expect((await record(book, db, 'M2', '--sheet', 'Mar')).code).toBe(0);
    expect(live(db)).toBe(5);
    const batches = JSON.parse((await runCli(['ledger', 'batches', '--ledger', db, '--format', 'json'])).stdout);
    expect(batches.map((b: { batch: string; read_options: string }) => [b.batch, b.read_options])).toEqual([['M', '--sheet Feb'], ['M2', '--sheet Mar']]);
  });

  it('each of --type, --delimiter, --encoding, --input-format: refused, naming them in canonical form (exit 1)', async () => {
    const dir = newDir();
    const db = join(dir, 'l.db');
    const feb = hireBatch(dir, 'feb.csv', 0, 2);
    expect((await record(feb, db, 'B')).code).toBe(0);
    const cases: [string[], string][] = [
      [['--type', 'hire'], '--type hire'],
      [['--delimiter', ','], '--delimiter ,'],
      [['--delimiter', ';'], '--delimiter ";"'],
      [['--encoding', 'gbk'], '--encoding gb18030'],
      [['--input-format', 'csv'], '--input-format csv'],
      // In the order of the canonical form, whatever the order given.
      [['--delimiter', 'comma', '--encoding', 'UTF-8', '--type', 'hire'], '--type hire --encoding utf8 --delimiter ,'],
    ];
    for (const [options, text] of cases) {
      const r = await record(feb, db, 'B', ...options);
      expect(r.code, options.join(' ')).toBe(1);
      expect(r.stderr).toContain(`; reading options: none then, ${text} now): nothing recorded`);
    }
    expect((await record(feb, db, 'B', '--type', 'hire', '--lang', 'zh')).stderr).toContain(';读取选项:当时 无,现在 --type hire)');
    // The defaults given are no options: the same inputs.
    for (const defaults of [['--encoding', 'auto'], ['--delimiter', 'auto']]) expect((await record(feb, db, 'B', ...defaults)).code, defaults.join(' ')).toBe(0);
    expect(live(db)).toBe(2);
    // Kept in canonical form, and compared so: the same options in another order are the same inputs.
    expect((await record(feb, db, 'C', '--type', 'hire', '--delimiter', ',')).code).toBe(1); // its people were paid by B
    expect((await record(feb, db, 'C', '--delimiter', 'comma', '--type', 'hire')).stdout).toContain('batch C is already in ledger');
  });

  it('are every option that tells how files are read: all of withInputOptions but the rules and parameters', () => {
    const flags = withInputOptions(new Command()).options.map((o) => o.long);
    expect(flags.filter((f) => !['--param', '--params', '--rules'].includes(f!)).sort()).toEqual([...READ_FLAGS].sort());
    expect(readOptionsText({ encoding: 'auto' })).toBe('');
    expect(readOptionsText({ encoding: 'utf8', sheet: '二月 名单', type: 'startup', inputFormat: 'xlsx' })).toBe('--input-format xlsx --type startup --encoding utf8 --sheet "二月 名单"');
    expect(readOptionsText({ encoding: 'auto', sheet: '二月' })).toBe('--sheet 二月');
  });
});

/** Runs the command line in this process; `onStderr` sees each line it writes to standard error, as it writes it. */
async function runWatched(args: string[], onStderr: (text: string) => void): Promise<{ code: number; stdout: string; stderr: string }> {
  let out = '';
  let err = '';
  const stdout = new PassThrough().on('data', (c: Buffer) => (out += c.toString()));
  const stderr = new Writable({
    write(chunk: Buffer, _encoding, done) {
      err += chunk.toString();
      onStderr(chunk.toString());
      done();
    },
  });
  const code = await main(args, { stdin: Readable.from([]), stdout: Object.assign(stdout, { isTTY: false }), stderr: Object.assign(stderr, { isTTY: false }), env: { LANG: 'C' } });
  return { code, stdout: out, stderr: err };
}

describe('a file rewritten while its batch is evaluated', () => {
  it('records nothing, naming the file and its hashes before and after (exit 4), in both languages', async () => {
    for (const lang of ['en', 'zh']) {
      const dir = newDir();
      const db = join(dir, 'l.db');
      const feb = hireBatch(dir, 'feb.csv', 0, 2);
      // The run's summary, on standard error, comes once the files are evaluated and before anything is recorded.
      let rewritten = false;
      const rewrite = () => {
        if (rewritten) return;
        rewritten = true;
        appendFileSync(feb, `${hireRow(7, 'feb').join(',')}\n`);
      };
      const r = await runWatched(['ledger', 'record', feb, '--ledger', db, '--batch', 'B', ...AS_OF, '--lang', lang], rewrite);
      expect(rewritten).toBe(true);
      expect(r.code, r.stderr).toBe(4);
      expect(r.stdout).toBe('');
      const line = r.stderr.trim().split('\n').at(-1);
      if (lang === 'en') expect(line).toMatch(new RegExp(`^subsidy: ${feb.replace(/[.]/g, '\\.')} changed while it was evaluated \\(SHA-256 [0-9a-f]{12}… before, [0-9a-f]{12}… now\\): nothing recorded; record it again once the file is no longer being written$`));
      else expect(line).toMatch(/^subsidy: .*feb\.csv 在评估期间被改动\(SHA-256:评估前 [0-9a-f]{12}…,现在 [0-9a-f]{12}…\):未记录任何内容;请在该文件不再被写入后重新记录$/);
      expect(JSON.parse((await runCli(['ledger', 'batches', '--ledger', db, '--format', 'json'])).stdout)).toEqual([]);
      // Once it is left alone, it records what it now holds (three people).
      const again = await record(feb, db, 'B');
      expect([again.code, live(db)]).toEqual([0, 3]);
    }
  });
});
