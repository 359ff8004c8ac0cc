import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { personOf } from '../src/app/ledger-read.js';
import { batchTable, entryTable, statsTable } from '../src/app/ledger-text.js';
import { WORDS as AUDIT_WORDS, VERDICT_WORDS } from '../src/io/formats/audit.js';
import { fitWidths, fittedTable } from '../src/io/formats/fit.js';
import { WORDS as TABLE_WORDS } from '../src/io/formats/table.js';
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
        // Each record's items: a table where it fits whole, else lines, the programs and amounts never cut.
        const items = stripVTControlCharacters(attention.stdout).split(lang === 'zh' ? '按结论' : 'By verdict')[0]!;
        expect(items).not.toContain('…');
        const organization = lang === 'zh' ? '紧急组织补贴' : 'emergency organization subsidy';
        const asLine = items.includes(`  ${organization} · ${lang === 'zh' ? '符合 · 多报' : 'eligible · over'}\n`);
        const inTable = new RegExp(`│ ${organization} +│`).test(items);
        expect([asLine, inTable]).toEqual(columns === 80 ? [true, false] : columns === 160 ? [false, true] : [!inTable, inTable]);
        // By program: each program named whole, and no heading cut (the verdicts in one column where they do not fit as columns).
        const byProgram = attention.stdout.split(lang === 'zh' ? '按项目' : 'By program')[1]!.split('\n').filter((l) => l.startsWith('│'));
        const names = byProgram.slice(1).map((l) => l.split('│')[1]!.trim()).filter(Boolean).slice(0, 3);
        expect(names).toEqual(lang === 'zh' ? ['招聘补贴', '应急补贴', '紧急组织补贴'] : ['recruitment subsidy', 'emergency subsidy', 'emergency organization subsidy']);
        expect(byProgram[0]).not.toContain('…');
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

describe("evaluate's totals by program and status", () => {
  const args = (lang: string) => ['evaluate', 'examples/batch-mixed.csv', '--as-of', '2020-04-15', '--format', 'table', '--lang', lang];
  /** The totals table: its lines from the heading row to the bottom border. */
  const totalsOf = (stdout: string, lang: string) => {
    const lines = stripVTControlCharacters(stdout).split(lang === 'zh' ? '\n合计\n' : '\nTotals\n')[1]!.split('\n');
    return lines.slice(0, lines.findIndex((l) => l.startsWith('└')) + 1);
  };
  const statuses = { en: ['eligible', 'pending', 'undetermined', 'ineligible'], zh: ['符合', '待满期', '待定', '不符合'] };

  for (const columns of [80, 60]) {
    it(`at ${columns} columns, on a terminal and piped with COLUMNS, fits with every heading whole${columns === 80 ? ', and every program name' : ''}`, async () => {
      for (const lang of ['en', 'zh'] as const) {
        for (const run of [await runCli(args(lang), '', {}, { stdout: true, columns }), await runCli(args(lang), '', { COLUMNS: String(columns) })]) {
          expect(widest(run.stdout)).toBeLessThanOrEqual(columns);
          const totals = totalsOf(run.stdout, lang);
          expect(totals[1]).not.toContain('…');
          if (columns === 80) expect(totals.join('\n')).not.toContain('…');
        }
      }
    });
  }

  it('lists the statuses as columns where they fit whole, else each program with the statuses it has, in words, with their counts', async () => {
    const heading = (stdout: string, lang: 'en' | 'zh') => totalsOf(stdout, lang)[1]!.split('│').map((c) => c.trim()).filter(Boolean);
    // Wide enough: a column for each status.
    const wide = await runCli(args('en'), '', {}, { stdout: true, columns: 160 });
    expect(heading(wide.stdout, 'en')).toEqual(['Program', ...statuses.en, 'Amount (yuan)']);
    const zh = await runCli(args('zh'), '', {}, { stdout: true, columns: 80 });
    expect(heading(zh.stdout, 'zh')).toEqual(['项目', ...statuses.zh, '金额(元)']);
    // English at 80 columns: one column of the statuses found, a line each where one line does not fit.
    const en = await runCli(args('en'), '', {}, { stdout: true, columns: 80 });
    expect(heading(en.stdout, 'en')).toEqual(['Program', 'Results', 'Amount (yuan)']);
    const rows = totalsOf(en.stdout, 'en').map((l) => l.split('│').map((c) => c.trim()));
    const at = rows.findIndex((r) => r[1] === 'emergency subsidy');
    expect(rows.slice(at, at + 2).map((r) => [r[1], r[2], r[3]])).toEqual([['emergency subsidy', 'pending 2', '0.00'], ['', 'ineligible 1', '']]);
    expect(rows.find((r) => r[1] === 'guaranteed startup loan')).toEqual(['', 'guaranteed startup loan', 'eligible 2', '230,000.50 (loan)', '']);
    // Chinese at 60 columns: on one line.
    const narrow = await runCli(args('zh'), '', {}, { stdout: true, columns: 60 });
    expect(heading(narrow.stdout, 'zh')).toEqual(['项目', '结果数', '金额(元)']);
    expect(stripVTControlCharacters(narrow.stdout)).toMatch(/│ 应急补贴 +│ 待满期 2,不符合 1 +│ +0\.00 │/);
  });

  it('on a terminal too narrow for the program names whole, names each program by its id, whole (evaluate and audit)', async () => {
    const first = (stdout: string, lang: 'en' | 'zh') => totalsOf(stdout, lang).slice(2, -1).map((l) => l.split('│')[1]!.trim()).filter(Boolean);
    const run = await runCli(args('en'), '', {}, { stdout: true, columns: 60 });
    expect(first(run.stdout, 'en')).toEqual(['recruitment', 'emergency', 'organization', 'hiring', 'startup_grant', 'startup_loan']);
    const audit = await runCli(['audit', 'examples/agency-claim.csv', '--type', 'placement', '--as-of', '2020-12-31', '--format', 'table'], '', { COLUMNS: '50' });
    const after = stripVTControlCharacters(audit.stdout).split('By program\n')[1]!.split('\n');
    const byProgram = after.slice(0, after.findIndex((l) => l.startsWith('└'))).filter((l) => l.startsWith('│')).slice(1);
    expect(byProgram.map((l) => l.split('│')[1]!.trim()).filter(Boolean)).toEqual(['recruitment', 'emergency', 'organization']);
  });
});

describe('totals on a narrow terminal: a table where it fits whole, else a block of lines a row, no heading cut, no word broken', () => {
  const cap = (text: string) => text.replace(/^[a-z]/, (c) => c.toUpperCase());
  /** The lines of a section: after its title (`title`, or `title (top …)`) up to the first line that `ends` it. */
  const section = (stdout: string, title: string, ends: (line: string) => boolean = (l) => l === '') => {
    const lines = stripVTControlCharacters(stdout).split('\n');
    const from = lines.findIndex((l) => l === title || l.startsWith(`${title} (`));
    expect(from).toBeGreaterThan(-1);
    return lines.slice(from + 1, lines.findIndex((l, i) => i > from && ends(l)));
  };
  /**
   * Within `columns`, nothing cut with `…`, and each of `words` whole: as running text (a line
   * broken only at its spaces), or in a table, each word of it whole (a heading on several lines
   * is broken only at its spaces).
   */
  const expectWhole = (lines: string[], columns: number, words: readonly string[]) => {
    expect(widest(lines.join('\n'))).toBeLessThanOrEqual(columns);
    expect(lines.join('\n')).not.toContain('…');
    const text = lines.map((l) => l.trim()).join(' ');
    const tokens = new Set(text.split(/[\s│┌┐└┘─┬┴┼├┤]+/));
    for (const word of words) {
      if (text.includes(word)) continue;
      for (const part of word.split(' ')) expect(tokens.has(part), `${part} (of ${word}) in\n${lines.join('\n')}`).toBe(true);
    }
  };
  const statuses = { en: ['undetermined 3', 'pending 2', 'ineligible 1', 'eligible 2'], zh: ['待定 3', '待满期 2', '不符合 1', '符合 2'] };

  for (const columns of [60, 50, 40, 30]) {
    it(`at ${columns} columns, in both languages: evaluate's totals by case and by program, the audit's by verdict and by case`, async () => {
      for (const lang of ['en', 'zh'] as const) {
        const evaluate = await runCli(['evaluate', 'examples/batch-mixed.csv', '--as-of', '2020-04-15', '--jobs', '0', '--lang', lang], '', {}, { stdout: true, columns });
        const byCase = section(evaluate.stdout, TABLE_WORDS.byCase[lang]);
        expectWhole(byCase, columns, [...(['records', 'grants', 'loans'] as const).map((k) => TABLE_WORDS[k][lang]), 'QY-2020-0042', 'RS-2020-0501', '150,000.00']);
        const totals = section(evaluate.stdout, TABLE_WORDS.totals[lang], (l) => l.startsWith(`${TABLE_WORDS.grants[lang]}:`));
        expectWhole(totals, columns, [TABLE_WORDS.results[lang], TABLE_WORDS.amount[lang], ...statuses[lang]]);

        const audit = await runCli(['audit', 'examples/agency-claim.csv', '--type', 'placement', '--as-of', '2020-06-30', '--lang', lang], '', {}, { stdout: true, columns });
        const byVerdict = section(audit.stdout, AUDIT_WORDS.byVerdict[lang]);
        const headings = (['count', 'claimed', 'computed', 'difference', 'total'] as const).map((k) => cap(AUDIT_WORDS[k][lang]));
        expectWhole(byVerdict, columns, [...headings, ...Object.values(VERDICT_WORDS).map((v) => v[lang]), '12,120.51']);
        const cases = section(audit.stdout, AUDIT_WORDS.byCase[lang], (l) => l.startsWith(`${cap(AUDIT_WORDS.records[lang])}:`));
        expectWhole(cases, columns, ['RS-2020-0701', cap(AUDIT_WORDS.items[lang]), ...headings.slice(1, 4), '+3,020.51']);
      }
    });
  }

  it('a table still, where a long heading on several lines (broken at spaces) is all it takes', async () => {
    const run = await runCli(['evaluate', 'examples/batch-mixed.csv', '--as-of', '2020-04-15', '--jobs', '0'], '', {}, { stdout: true, columns: 60 });
    const byCase = section(run.stdout, 'Totals by case');
    // On as few lines as fit.
    expect(byCase.slice(0, 3)).toEqual([
      '┌──────────────┬─────────┬──────────────┬──────────────────┐',
      '│ case_id      │ records │ grants total │ loans total (not │',
      '│              │         │              │ part of grants)  │',
    ]);
    expect(byCase).toContain('│ CS-2020-001  │       1 │     8,000.00 │       150,000.00 │');
  });

  it('a block a row: the first cell, then `heading: value`, a list below its heading', async () => {
    const run = await runCli(['evaluate', 'examples/batch-mixed.csv', '--as-of', '2020-04-15', '--jobs', '0'], '', {}, { stdout: true, columns: 40 });
    expect(section(run.stdout, 'Totals by case').slice(0, 4)).toEqual(['CS-2020-001', '  records: 1', '  grants total: 8,000.00', '  loans total (not part of grants):']);
    const totals = section(run.stdout, 'Totals');
    const at = totals.indexOf('emergency subsidy');
    expect(totals.slice(at, at + 5)).toEqual(['emergency subsidy', '  Results:', '    pending 2', '    ineligible 1', '  Amount (yuan): 0.00']);
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
        [{ batch: '2020-06', as_of: '2020-06-30', payments: 3, recorded_at: '2020-07-01T00:00:00Z', voided_at: null, void_reason: null, files: entries.map((e) => e.source_file), pack: 'p', pack_version: '1', params_hash: 'h', file_sha256: null, read_options: null }],
        columns,
      );
      expect(widest(batches)).toBeLessThanOrEqual(columns);
    });
  }
  it('as wide as the cells when not on a terminal', () => {
    expect(entryTable(entries, true)).toContain('/data/agencies/长寿区/2020-06/placements-second-batch.csv');
  });
});

describe('rules list on a narrow terminal', () => {
  it('tables where they fit; else a block for each program and parameter, every value whole, within the width', async () => {
    const wide = await runCli(['rules', 'list', '--format', 'table']);
    expect(wide.stdout).toMatch(/│ organization +│ emergency organization subsidy +│/);
    for (const lang of ['en', 'zh'] as const) {
      const narrow = await runCli(['rules', 'list', '--format', 'table', '--lang', lang], '', { COLUMNS: '80' });
      expect(widest(narrow.stdout)).toBeLessThanOrEqual(80);
      expect(narrow.stdout).not.toContain('…');
      const [amount, value] = lang === 'zh' ? ['  金额: organization_cost,最高 参数 organization_cap(现为 1000)', '  值: ["key","electronics"]'] : ['  Amount: organization_cost, capped at parameter organization_cap (now 1000)', '  Value: ["key","electronics"]'];
      expect(narrow.stdout.split('\n')).toEqual(expect.arrayContaining(['organization', amount, 'placement_enterprise_categories', value]));
      // Narrower than a parameter's name: the name stays whole, to be copied into --param.
      const narrower = await runCli(['rules', 'list', '--format', 'table', '--lang', lang], '', { COLUMNS: '30' });
      expect(narrower.stdout.split('\n')).toContain('placement_enterprise_categories');
    }
  });
});

describe("a record's title on a narrow terminal", () => {
  it('puts its place (file:line) on a line of its own, and cuts neither it nor the ID number', async () => {
    const evaluate = await runCli(['evaluate', 'examples/agency-placements.yaml', '--as-of', '2020-06-30', '--format', 'table'], '', { COLUMNS: '80' });
    const lines = evaluate.stdout.split('\n');
    const at = lines.indexOf('placement · RS-2020-0315 · 张伟 500115********1238');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('  examples/agency-placements.yaml:6');
    const audit = await runCli(['audit', 'examples/agency-claim.csv', '--type', 'placement', '--as-of', '2020-12-31', '--format', 'table'], '', { COLUMNS: '50' });
    const out = audit.stdout.split('\n');
    const titles = out.flatMap((l, i) => (l.startsWith('RS-2020-0701 · ') ? [[l, out[i + 1]!]] : []));
    expect(titles.length).toBeGreaterThan(3);
    for (const [title, place] of titles) {
      expect(title).toMatch(/^RS-2020-0701 · .\* \d{6}\*{8}\d{3}[\dX]$/);
      expect(place).toMatch(/^ {2}examples\/agency-claim\.csv:\d+$/);
    }
    expect(new Set(titles.map(([, place]) => place)).size).toBe(titles.length);
  });
});
