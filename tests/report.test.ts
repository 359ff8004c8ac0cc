/**
 * `--report FILE.html`: reports of the examples, evaluate and audit, in Chinese and English,
 * written by the CLI (in this process) beside a JSON output whose summary they must agree with;
 * then opened in a real headless Chromium (tests/helpers/chromium.ts): no console error, no
 * request but the page itself, every chart drawn, the headings in the report's language, the
 * numbers those of the run. Screenshots are kept in test-artifacts/ (git-ignored).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CaseTotals } from '../src/batch/cases.js';
import { SummaryBuilder } from '../src/engine/summary.js';
import type { ProgramResult } from '../src/engine/types.js';
import { loadRules } from '../src/rules/load.js';
import { chromiumAvailable, launchChromium } from './helpers/chromium.js';
import { runCli } from './helpers/run.js';
import { suiteDir } from './helpers/temp.js';

const dir = suiteDir('subsidy-report-');
const ARTIFACTS = join(import.meta.dirname, '..', 'test-artifacts');

interface Made {
  name: string;
  lang: 'zh' | 'en';
  mode: 'evaluate' | 'audit';
  html: string;
  path: string;
  /** The summary of the run's JSON output. */
  summary: Record<string, any>;
}

const RUNS = [
  { name: 'evaluate-zh', lang: 'zh', mode: 'evaluate', args: ['evaluate', 'examples/batch-mixed.csv', 'examples/agency-placements.yaml', '--as-of', '2020-04-15'] },
  { name: 'evaluate-en', lang: 'en', mode: 'evaluate', args: ['evaluate', 'examples/batch-mixed.csv', 'examples/agency-placements.yaml', '--as-of', '2020-04-15'] },
  { name: 'audit-zh', lang: 'zh', mode: 'audit', args: ['audit', 'examples/agency-claim.csv', '--type', 'placement', '--as-of', '2020-04-15'] },
  { name: 'audit-en', lang: 'en', mode: 'audit', args: ['audit', 'examples/agency-claim.csv', '--type', 'placement', '--as-of', '2020-04-15'] },
] as const;

const made = new Map<string, Made>();

beforeAll(async () => {
  for (const r of RUNS) {
    const path = join(dir, `${r.name}.html`);
    const out = join(dir, `${r.name}.json`);
    const run = await runCli([...r.args, '--lang', r.lang, '--format', 'json', '--output', out, '--report', path, '-q']);
    expect(run.stderr).toBe('');
    made.set(r.name, { name: r.name, lang: r.lang, mode: r.mode, path, html: readFileSync(path, 'utf8'), summary: JSON.parse(readFileSync(out, 'utf8')).summary });
  }
}, 60_000);

const yuan = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const count = (n: number) => n.toLocaleString('en-US');

describe('the report file', () => {
  it('is one self-contained page: no script, no fetched style, font or image', () => {
    for (const m of made.values()) {
      expect(m.html).toMatch(/^<!doctype html>/);
      expect(m.html).not.toMatch(/<script|<link|<img|<iframe|@import|@font-face|url\(|https?:\/\/(?!www\.w3\.org)/i);
      // Every chart is an inline SVG drawn with elements.
      const figures = m.html.match(/<figure class="chart"[\s\S]*?<\/figure>/g) ?? [];
      expect(figures.length).toBe(4);
      for (const f of figures) expect(f).toMatch(/<svg[\s\S]*<(path|rect)[\s\S]*<\/svg>/);
    }
  });

  it('holds the sections of its mode, in its language', () => {
    const zh = made.get('evaluate-zh')!.html;
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('<h1>补贴批量评估报告</h1>');
    for (const h of ['按项目和结果合计', '待满期:按可申领月份', '金额最大的案件', '金额最大的人力资源服务机构', '无效记录', '重复申领']) expect(zh).toContain(`<h2>${h}</h2>`);
    expect(zh).not.toContain('id="verdicts"');
    const audit = made.get('audit-en')!.html;
    expect(audit).toContain('<h1>Subsidy audit report</h1>');
    expect(audit).toContain('<h2>Cases with the largest differences</h2>');
    expect(audit).toContain('data-chart="chart-verdicts"');
  });

  it("an audit's verdicts: loans claimed, computed and their difference apart from grants, when loans are claimed or owed", async () => {
    // No loans in the placement claims: no loan columns.
    expect(made.get('audit-en')!.html).not.toContain('Loans claimed');
    const csv = join(dir, 'startup-claims.csv');
    writeFileSync(
      csv,
      [
        'type,case_id,applicant_name,applicant_id,applicant_group,business_district,business_registered,loan_requested,claimed_startup_grant,claimed_startup_loan',
        'startup,C1,a,500115199001011238,农民工,长寿区,2020-03-12,200000,8000,200000',
        'startup,C2,b,500115198506120048,农民工,长寿区,2020-03-12,80000,8000,80000',
      ].join('\n') + '\n',
    );
    const [out, path] = [join(dir, 'startup-claims.json'), join(dir, 'startup-claims.html')];
    expect((await runCli(['audit', csv, '--as-of', '2020-06-30', '-f', 'json', '-o', out, '--report', path, '-q'])).code).toBe(0);
    const total = JSON.parse(readFileSync(out, 'utf8')).summary.total;
    const foot = readFileSync(path, 'utf8').match(/<table id="verdicts">[\s\S]*?<tfoot>([\s\S]*?)<\/tfoot>/)![1]!;
    const cells = [...foot.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
    // Total, items, claimed, computed, difference; then loans claimed, computed, difference.
    expect(cells.slice(5)).toEqual([yuan(280000), yuan(230000), `+${yuan(50000)}`]);
    expect(total.loans).toMatchObject({ claimed: 280000, computed: 230000, difference: 50000 });
  });

  it('lists the invalid rows and the duplicates with their lines, and the agencies of placement cases', () => {
    const en = made.get('evaluate-en')!.html;
    expect(en).toMatch(/examples\/batch-mixed\.csv:6<\/td>[\s\S]*contract_signed/);
    // The case file repeats the claims of the CSV file's first rows: each with the first claim's line.
    expect(en).toMatch(/examples\/agency-placements\.yaml:\d+<\/td>[\s\S]*examples\/batch-mixed\.csv:2 · RS-2020-0501/);
    expect(en).toMatch(/<table id="top-agencies">[\s\S]*重庆渝才人力资源服务有限公司/);
  });

  it("gives the invalid rows' errors in the report's language, as the JSON output gives them", () => {
    for (const name of ['evaluate-zh', 'evaluate-en']) {
      const invalid = made.get(name)!.html.match(/<table id="invalid-rows">[\s\S]*?<\/table>/)![0];
      const records: { errors: { message: string }[] }[] = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')).records;
      const messages = records.flatMap((r) => r.errors.map((e) => e.message));
      expect(messages.length).toBeGreaterThan(0);
      for (const m of messages) expect(invalid).toContain(`: ${m.replace(/"/g, '&#34;')}</li>`);
    }
    const zh = made.get('evaluate-zh')!.html;
    expect(zh).toContain('2020-02-30 不是日历上存在的日期</li>');
    expect(zh).not.toMatch(/is not a date on the calendar|must not be negative/);
  });

  it('names standard input in its language', async () => {
    const csv = readFileSync('examples/batch-mixed.csv', 'utf8');
    for (const [lang, word] of [['zh', '(标准输入)'], ['en', '(stdin)']]) {
      const path = join(dir, `stdin-${lang}.html`);
      const run = await runCli(['evaluate', '-', '--input-format', 'csv', '--as-of', '2020-04-15', '--lang', lang!, '-f', 'json', '-o', join(dir, 'stdin.json'), '--report', path, '-q'], csv);
      expect(run.stderr).toBe('');
      expect(readFileSync(path, 'utf8')).toMatch(new RegExp(`<dt>[^<]+</dt><dd>${word!.replace(/[()]/g, '\\$&')}</dd>`));
    }
  });

  it('is the same for CSV output, whose rows are evaluated the fast way, as for JSON: cases, agencies, pending months, duplicates', async () => {
    const report = async (format: string) => {
      const path = join(dir, `same-${format}.html`);
      const args = ['evaluate', 'examples/batch-mixed.csv', 'examples/batch-mixed.csv', '--as-of', '2020-04-15', '-f', format, '-o', join(dir, `same.${format}`), '--report', path, '-q'];
      expect((await runCli(args)).stderr).toBe('');
      // Less when it was made, how long the run took, and the charts' class names (ECharts counts its charts).
      return readFileSync(path, 'utf8')
        .replace(/<div><dt>(Generated|Run time)<\/dt><dd>[^<]*<\/dd><\/div>/g, '')
        .replace(/zr\d+-cls-\d+/g, 'zr-cls');
    };
    const csv = await report('csv');
    expect(csv).toMatch(/<tr><td>2020-05<\/td><td class="num">2</);
    expect(csv).toMatch(/<table id="top-agencies">[\s\S]*重庆渝才人力资源服务有限公司/);
    expect(csv).toBe(await report('json'));
  });
});

describe('ECharts', () => {
  it('stays out of the built command line, loaded from node_modules only when a report is written', () => {
    const cli = readFileSync(join(import.meta.dirname, '..', 'dist', 'bundle', 'cli.js'), 'utf8');
    expect(cli).toContain('await import("echarts/dist/echarts.esm.min")');
    expect(cli).not.toMatch(/zrender/i);
    expect(cli).not.toMatch(/^import .*echarts/m);
  });
});

describe('the data gathered for it', () => {
  const pack = loadRules();
  const result = (program: string, status: ProgramResult['status'], amount: number | null, eligible_on?: string): ProgramResult =>
    ({ program, kind: 'grant', status, amount, reasons: [], conditions: [], amount_rule: { fen: amount }, ...(eligible_on ? { eligible_on } : {}) }) as ProgramResult;

  it('counts pending results by month and program, merged across batches and taken back', () => {
    const [a, b] = [new SummaryBuilder(pack, false, true), new SummaryBuilder(pack, false, true)];
    a.add('f', [result('recruitment', 'pending', 50000, '2020-05-20'), result('emergency', 'eligible', 60000)]);
    b.add('f', [result('recruitment', 'pending', 50000, '2020-05-02'), result('emergency', 'pending', 60000, '2020-06-01')]);
    b.addResults([result('emergency', 'pending', 60000, '2020-06-01')], -1);
    a.merge(b.result());
    expect(a.result().pending_by_month).toEqual({ '2020-05': { recruitment: { count: 2, amount: 100000 } } });
    // Not kept unless asked for.
    expect(new SummaryBuilder(pack).result().pending_by_month).toBeUndefined();
  });

  it('takes back the pending results of a CSV row made a duplicate, by their month', async () => {
    const [header, first] = readFileSync('examples/batch-mixed.csv', 'utf8').split('\n');
    const csv = join(dir, 'twice.csv');
    writeFileSync(csv, `${header}\n${first}\n${first!.replace('RS-2020-0501', 'RS-2020-0502')}\n`);
    // CSV output rewrites a duplicate row from its batch's claims (JSON evaluates it again): the summary from JSON.
    const [out, report] = [join(dir, 'twice.json'), join(dir, 'twice.html')];
    expect((await runCli(['evaluate', csv, '--as-of', '2020-04-15', '-o', out, '-q'])).code).toBe(0);
    expect((await runCli(['evaluate', csv, '--as-of', '2020-04-15', '-o', join(dir, 'twice.csv.out'), '-f', 'csv', '--report', report, '-q'])).code).toBe(0);
    const summary = JSON.parse(readFileSync(out, 'utf8')).summary;
    expect(summary.duplicates).toBeGreaterThan(0);
    const months = [...readFileSync(report, 'utf8').matchAll(/<tr><td>(\d{4}-\d\d)<\/td><td class="num">([\d,]+)<\/td>/g)].map((m) => [m[1], Number(m[2])]);
    expect(months.length).toBeGreaterThan(0);
    expect(months.reduce((n, [, c]) => n + (c as number), 0)).toBe(summary.by_status.pending);
  });

  it("totals an agency's cases, the largest first", () => {
    const cases = new CaseTotals();
    cases.add('A1', [result('recruitment', 'eligible', 50000)], 1, true, '甲机构');
    cases.add('A1', [result('recruitment', 'eligible', 50000)], 1, true, '乙机构'); // a case keeps its first agency
    cases.add('A2', [result('recruitment', 'eligible', 10000)], 1, true, '甲机构');
    cases.add('B1', [result('recruitment', 'eligible', 200000)], 1, true, '乙机构');
    cases.add('H1', [result('recruitment', 'eligible', 999999)]);
    const other = new CaseTotals();
    other.add('A2', [result('recruitment', 'eligible', 5000)]);
    cases.merge(other.list());
    expect(cases.agencies(10)).toEqual({
      count: 2,
      top: [
        { agency: '乙机构', cases: 1, records: 1, grants: 200000, loans: 0 },
        { agency: '甲机构', cases: 2, records: 4, grants: 115000, loans: 0 },
      ],
    });
    expect(cases.agencies(1).top.map((a) => a.agency)).toEqual(['乙机构']);
  });
});

describe.skipIf(!chromiumAvailable())('the report in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 60_000);
  afterAll(async () => browser?.close());

  it.each(RUNS.map((r) => r.name))('%s loads offline, its charts drawn and its numbers those of the run', async (name) => {
    const m = made.get(name)!;
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(msg.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (req) => requests.push(req.url()));
    const url = pathToFileURL(m.path).href;
    await page.goto(url, { waitUntil: 'load' });
    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);

    // Every chart: an SVG laid out on the page, with shapes drawn in it.
    const charts = await page.$$eval('figure.chart', (figures) =>
      figures.map((f) => {
        const svg = f.querySelector('svg');
        const box = svg?.getBoundingClientRect();
        return { id: f.getAttribute('data-chart'), width: box?.width ?? 0, height: box?.height ?? 0, shapes: svg ? svg.querySelectorAll('path, rect').length : 0 };
      }),
    );
    // (The examples' audit claims no loan: it has no chart of loan amounts.)
    const expected = ['chart-grants', ...(m.mode === 'audit' ? ['chart-verdicts'] : ['chart-loans']), 'chart-counts', 'chart-pending'];
    expect(charts.map((c) => c.id).sort()).toEqual(expected.sort());
    for (const c of charts) {
      expect(c.width).toBeGreaterThan(300);
      expect(c.height).toBeGreaterThan(50);
      expect(c.shapes).toBeGreaterThan(5);
    }

    const h1 = await page.textContent('h1');
    expect(h1).toBe(m.lang === 'zh' ? (m.mode === 'audit' ? '补贴申领核对报告' : '补贴批量评估报告') : m.mode === 'audit' ? 'Subsidy audit report' : 'Subsidy batch report');
    const h2s = await page.$$eval('h2', (hs) => hs.map((h) => h.textContent ?? ''));
    expect(h2s).toContain(m.lang === 'zh' ? '无效记录' : 'Invalid records');

    const card = (key: string) => page.textContent(`[data-key="${key}"] .value`);
    const s = m.summary;
    expect(await card('records')).toBe(count(s.records));
    expect(await card('evaluated')).toBe(count(m.mode === 'audit' ? s.audited : s.evaluated));
    expect(await card('invalid')).toBe(count(s.invalid));
    expect(await card('duplicates')).toBe(count(s.duplicates));
    if (m.mode === 'evaluate') {
      expect(await card('grants')).toBe(yuan(s.grants.total));
      expect(await card('loans')).toBe(yuan(s.loans.total));
      // The pending results, by month, add up to the run's count of them.
      const pending = await page.$$eval('#pending-months tbody tr td:nth-child(2)', (tds) => tds.map((td) => Number(td.textContent!.replace(/,/g, ''))));
      expect(pending.reduce((a, b) => a + b, 0)).toBe(s.by_status.pending);
    } else {
      const verdicts = await page.$$eval('#verdicts tbody tr td:nth-child(2)', (tds) => tds.map((td) => Number(td.textContent!.replace(/,/g, ''))));
      expect(verdicts).toEqual(Object.values(s.by_verdict).map((v: any) => v.count));
      expect(await page.textContent('#verdicts tfoot td:nth-child(3)')).toBe(yuan(s.total.claimed));
    }
    await page.screenshot({ path: join(ARTIFACTS, `report-${name}.png`), fullPage: true });
    await page.close();
  });
});
