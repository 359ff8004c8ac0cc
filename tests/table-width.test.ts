import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { personOf } from '../src/app/ledger-read.js';
import { batchTable, entryTable, statsTable } from '../src/app/ledger-text.js';
import { fitWidths, fittedTable } from '../src/io/formats/fit.js';
import { displayWidth } from '../src/io/width.js';
import type { EntryRow } from '../src/ledger/ledger.js';
import { runCli } from './helpers/run.js';
import { suiteDir } from './helpers/temp.js';

const widest = (text: string) => Math.max(...text.split('\n').map((l) => displayWidth(l)));

describe('fitting a table to the terminal', () => {
  const head = ['Program', 'Status', 'Amount', 'Reason'];
  const rows = [
    ['一次性吸纳就业补贴(重庆市渝中区)', 'undetermined', '6,000.00', '参数 recruitment_amount 未设定;用 --param recruitment_amount=值 设定,金额按人数计算'],
    ['emergency', 'eligible', '600.00', '600.00 yuan (emergency_amount)'],
  ];

  it('wraps the reason first, then cuts the widest other cells; numbers are never cut', () => {
    const w80 = fitWidths([head, ...rows], 80, { wrap: 3, keep: new Set([2]), around: 3, extra: 1 });
    expect(w80.reduce((a, b) => a + b, 0) + 4 * 3 + 1).toBeLessThanOrEqual(80);
    expect(w80[2]).toBe(8);
    expect(w80[3]).toBeGreaterThanOrEqual(16);
    const wide = fitWidths([head, ...rows], Infinity, { wrap: 3, around: 3, extra: 1 });
    expect(wide).toEqual([head, ...rows][0]!.map((_, i) => Math.max(...[head, ...rows].map((r) => displayWidth(r[i]!)))));
  });

  for (const columns of [80, 100, 160]) {
    it(`a table of CJK and English text within ${columns} columns, every cell's text kept or cut with an ellipsis`, () => {
      const text = fittedTable(head, rows, columns, { wrap: 3, keep: new Set([2]) });
      expect(widest(text)).toBeLessThanOrEqual(columns);
      expect(text).toContain('6,000.00');
      if (columns === 160) expect(text).toContain('一次性吸纳就业补贴(重庆市渝中区)');
      if (columns === 80) expect(text).toMatch(/一次性吸纳.*…/);
    });
  }
});

describe('tables of evaluate and audit at 80, 100 and 160 columns', () => {
  const tty = (columns: number) => ({ stdout: true, columns });
  for (const columns of [80, 100, 160]) {
    it(`evaluate (with --explain, in both languages) and audit fit ${columns} columns`, async () => {
      for (const lang of ['en', 'zh']) {
        const evaluate = await runCli(['evaluate', 'examples/agency-placements.yaml', 'examples/invalid-records.yaml', '--as-of', '2020-12-31', '--explain', '--lang', lang], '', {}, tty(columns));
        expect(evaluate.stdout).toContain('┌');
        expect(widest(evaluate.stdout)).toBeLessThanOrEqual(columns);
        const audit = await runCli(['audit', 'examples/agency-claim.yaml', '--as-of', '2020-12-31', '--all', '--lang', lang], '', {}, tty(columns));
        expect(audit.stdout).toContain('┌');
        expect(widest(audit.stdout)).toBeLessThanOrEqual(columns);
        // Items that need attention, on the day the most verdicts are found: the case's id and each program's row whole.
        const attention = await runCli(['audit', 'examples/agency-claim.csv', '--type', 'placement', '--as-of', '2020-06-30', '--lang', lang], '', {}, tty(columns));
        expect(widest(attention.stdout)).toBeLessThanOrEqual(columns);
        expect(attention.stdout).toMatch(/│ RS-2020-0701 +│/);
        const programs = attention.stdout.split(lang === 'zh' ? '按项目' : 'By program')[1]!.split('\n').filter((l) => l.startsWith('│')).slice(1, 4);
        expect(new Set(programs.map((l) => l.split('│')[1]!.trim())).size).toBe(3);
      }
    });
  }

  it('without a terminal, tables are as wide as their cells; COLUMNS, when set, is the width of a piped table (not of a file)', async () => {
    const args = ['audit', 'examples/agency-claim.yaml', '--as-of', '2020-12-31', '--all', '--format', 'table'];
    const run = await runCli(args);
    expect(widest(run.stdout)).toBeGreaterThan(100);
    const piped = await runCli(args, '', { COLUMNS: '90' });
    expect(piped.stdout).toContain('┌');
    expect(widest(piped.stdout)).toBeLessThanOrEqual(90);
    expect(widest((await runCli(args, '', { COLUMNS: 'wide' })).stdout)).toBeGreaterThan(100);
    const out = join(suiteDir('subsidy-width-'), 'table.txt');
    await runCli([...args, '--output', out], '', { COLUMNS: '90' });
    expect(widest(readFileSync(out, 'utf8'))).toBeGreaterThan(100);
  });
});

describe('ledger tables at 80, 100 and 160 columns', () => {
  const entry = (id: number, file: string): EntryRow => ({
    id,
    entry: 'payment',
    person_key: personOf('500115199001011238'),
    program: 'emergency_organization',
    kind: 'grant',
    amount_fen: 123_456_789,
    case_id: 'RS-2020-0315-长寿区人力资源和社会保障局',
    source_file: file,
    source_line: 12_345,
    as_of: '2020-06-30',
    batch: '2020-06-重庆市长寿区第二批',
    pack: 'cq-2020-return-to-work',
    pack_version: '1',
    params_hash: 'abc',
    recorded_at: '2020-07-01T00:00:00Z',
    voided_at: null,
    reason: null,
  });
  const entries = [entry(1, '/data/agencies/长寿区/2020-06/placements-second-batch.csv'), entry(22, 'a.csv')];

  for (const columns of [80, 100, 160]) {
    it(`entries, totals and batches within ${columns} columns, IDs, amounts and dates whole`, () => {
      const table = entryTable(entries, true, columns);
      expect(widest(table)).toBeLessThanOrEqual(columns);
      expect(table).toContain('500115********1238');
      expect(table).toContain('1,234,567.89');
      expect(table).toContain('2020-06-30');
      const stats = statsTable([{ batch: '2020-06-重庆市长寿区第二批', program: 'emergency_organization', kind: 'grant', payments: 1_234_567, reversals: 0, paid_fen: 123_456_789_00, reversed_fen: 0 }], columns);
      expect(widest(stats)).toBeLessThanOrEqual(columns);
      const batches = batchTable(
        [{ batch: '2020-06', as_of: '2020-06-30', payments: 3, recorded_at: '2020-07-01T00:00:00Z', voided_at: null, void_reason: null, files: entries.map((e) => e.source_file), pack: 'p', pack_version: '1', params_hash: 'h', file_sha256: null }],
        columns,
      );
      expect(widest(batches)).toBeLessThanOrEqual(columns);
    });
  }
  it('as wide as the cells when not on a terminal', () => {
    expect(entryTable(entries, true)).toContain('/data/agencies/长寿区/2020-06/placements-second-batch.csv');
  });
});
