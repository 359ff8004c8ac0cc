/**
 * `subsidy audit`: what was claimed (claimed_<program>) against what the rules give, with a
 * verdict per item (match, over, under, unclaimed, unverifiable), totals by verdict, program
 * and case, in the four output formats; `--fail-on`; and the masking of ID numbers and credit
 * codes in every format, for audit and evaluate.
 *
 * CLI runs are in-process (`runCli`; CSV with `--jobs 0`). Property tests (fast-check) check the
 * engine's caps and the audit arithmetic (src/engine/audit.ts) directly.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { addAudit, auditItems, emptyAudit, mergeAudit, VERDICTS, type AuditItem, type AuditSummary, type Verdict } from '../src/engine/audit.js';
import type { ProgramResult, Status } from '../src/engine/types.js';
import { evaluateWritten } from '../src/pipeline.js';
import { loadRules } from '../src/rules/load.js';
import { runCli, type RunResult } from './helpers/run.js';
import { suiteDir } from './helpers/temp.js';
import { spawnBuilt } from './helpers/spawn.js';

const AS_OF = '2020-06-30';
const PARAMS = ['--params', 'examples/params/local-office.yaml'];
const YAML_EXAMPLE = 'examples/agency-claim.yaml';
const CSV_EXAMPLE = 'examples/agency-claim.csv';

const tmp = suiteDir('subsidy-audit-');
function file(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

const audit = (args: string[], stdin?: string): Promise<RunResult> => runCli(['audit', ...args, '--as-of', AS_OF, '--jobs', '0'], stdin);
const evaluate = (args: string[], stdin?: string): Promise<RunResult> => runCli(['evaluate', ...args, '--as-of', AS_OF, '--jobs', '0'], stdin);

interface Ref {
  file: string;
  line?: number;
  case_id: string | null;
}
interface Item {
  as_of?: string;
  source: { file: string; line?: number };
  case_id: string | null;
  type: string;
  person_id: string | null;
  name: string | null;
  program: string;
  kind: string;
  status: string;
  claimed: number | null;
  computed: number | null;
  difference: number | null;
  verdict: Verdict;
  eligible_on?: string;
  duplicate_of?: Ref;
  reason: string;
  errors?: { field: string; value?: unknown; message: string; line?: number }[];
}
interface Totals {
  count: number;
  claimed: number;
  computed: number;
  difference: number;
  unchecked: number;
}
interface AuditOut {
  as_of: string;
  items: Item[];
  summary: {
    items: number;
    total: Totals;
    by_verdict: Record<Verdict, Totals>;
    by_program: Record<string, Record<Verdict, Totals>>;
    by_case: Record<string, Totals & Record<Verdict, number>>;
    records: number;
    audited: number;
    invalid: number;
    duplicates: number;
  };
}

async function auditJson(args: string[], stdin?: string, code = 0): Promise<AuditOut> {
  const r = await audit([...args, '--format', 'json'], stdin);
  expect(r.code, r.stderr).toBe(code);
  return JSON.parse(r.stdout) as AuditOut;
}

function itemAt(out: AuditOut, line: number, program: string): Item {
  const item = out.items.find((i) => i.source.line === line && i.program === program);
  if (!item) throw new Error(`no ${program} item at line ${line}`);
  return item;
}

/** Yuan in fen, exactly (the outputs hold yuan with at most two decimals). */
const fen = (yuan: number) => Math.round(yuan * 100);

const A = '500115199001011238';
const B = '500115198506120048';

/** A placement case file (YAML) with the records given, each a map of field → value (all written quoted). */
function placementCase(caseId: string, records: Record<string, string>[]): string {
  const lines = [`case_id: ${caseId}`, 'type: placement', 'records:'];
  for (const rec of records) {
    Object.entries(rec).forEach(([k, v], i) => lines.push(`${i === 0 ? '  - ' : '    '}${k}: "${v}"`));
  }
  return `${lines.join('\n')}\n`;
}
const placement = (extra: Record<string, string> = {}) => ({
  worker_id: A,
  enterprise_category: 'key',
  contract_signed: '2020-02-20',
  organization_cost: '800',
  ...extra,
});

// ---------------------------------------------------------------------------------------

describe('verdicts in examples/agency-claim.yaml', () => {
  let withParams: AuditOut;
  let noParams: AuditOut;
  beforeAll(async () => {
    withParams = await auditJson([YAML_EXAMPLE, ...PARAMS]);
    noParams = await auditJson([YAML_EXAMPLE]);
  });

  it('has every verdict of a valid claim: match, over, under, early, duplicate, unclaimed (and unverifiable without parameters)', () => {
    expect(new Set(withParams.items.map((i) => i.verdict))).toEqual(new Set(['match', 'over', 'under', 'early', 'duplicate', 'unclaimed']));
    expect(new Set(noParams.items.map((i) => i.verdict))).toEqual(new Set(VERDICTS.filter((v) => v !== 'invalid')));
    // An item per program of every record: 7 placements × 3.
    expect(withParams.items).toHaveLength(21);
    expect(withParams.as_of).toBe(AS_OF);
  });

  it('every item names the worker and says why, in the words evaluate uses', () => {
    expect(itemAt(withParams, 6, 'emergency')).toMatchObject({ name: '张伟', reason: '600.00 yuan (emergency_amount)' });
    expect(itemAt(withParams, 25, 'emergency').reason).toBe('retained less than 3 months: employed 2020-02-25 to 2020-05-24, needed through 2020-05-25');
    expect(itemAt(withParams, 62, 'organization')).toMatchObject({ name: '杨磊', reason: 'organization_cost 900.00, within the cap of 1,000.00' });
  });

  it('match: 张伟 (line 6) claimed what the rules give', () => {
    for (const [program, amount] of [
      ['recruitment', 500],
      ['emergency', 600],
      ['organization', 850],
    ] as const) {
      expect(itemAt(withParams, 6, program)).toMatchObject({ status: 'eligible', claimed: amount, computed: amount, difference: 0, verdict: 'match' });
    }
    expect(itemAt(withParams, 6, 'recruitment')).toMatchObject({ case_id: 'RS-2020-0701', type: 'placement', person_id: A, kind: 'grant' });
  });

  it('over by one fen: 李娜 (line 15) claimed 1000.01 against the 1000.00 cap', () => {
    expect(itemAt(withParams, 15, 'organization')).toMatchObject({ status: 'eligible', claimed: 1000.01, computed: 1000, difference: 0.01, verdict: 'over' });
  });

  it('over: 王芳 (line 25) left one day short of three months, so emergency and organization give nothing', () => {
    expect(itemAt(withParams, 25, 'emergency')).toMatchObject({ status: 'ineligible', claimed: 600, computed: 0, difference: 600, verdict: 'over' });
    expect(itemAt(withParams, 25, 'organization')).toMatchObject({ status: 'ineligible', claimed: 600, computed: 0, difference: 600, verdict: 'over' });
    expect(itemAt(withParams, 25, 'recruitment').verdict).toBe('match');
  });

  it('under: 刘洋 (line 35) claimed 500 of the 600 emergency subsidy', () => {
    expect(itemAt(withParams, 35, 'emergency')).toMatchObject({ status: 'eligible', claimed: 500, computed: 600, difference: -100, verdict: 'under' });
  });

  it('early: 陈静 (line 44) claimed before the months are reached, with the date it becomes claimable', () => {
    for (const [program, claimed] of [
      ['emergency', 600],
      ['organization', 720.5],
    ] as const) {
      const item = itemAt(withParams, 44, program);
      expect(item).toMatchObject({ status: 'pending', claimed, computed: 0, difference: claimed, verdict: 'early', eligible_on: '2020-08-10', reason: 'claimable from 2020-08-10' });
      expect(item.duplicate_of).toBeUndefined();
    }
  });

  it('duplicate: 张伟 again (line 53) claimed what was claimed for him before, naming the first claim', () => {
    for (const [program, claimed] of [
      ['recruitment', 500],
      ['emergency', 600],
      ['organization', 400],
    ] as const) {
      expect(itemAt(withParams, 53, program)).toMatchObject({
        status: 'ineligible',
        claimed,
        computed: 0,
        difference: claimed,
        verdict: 'duplicate',
        duplicate_of: { file: YAML_EXAMPLE, line: 6, case_id: 'RS-2020-0701' },
        reason: `duplicate: already claimed for this person at ${YAML_EXAMPLE}:6, case RS-2020-0701; paid once per person`,
      });
    }
  });

  it('unclaimed: 杨磊 (line 62) did not claim the organization subsidy he is owed', () => {
    expect(itemAt(withParams, 62, 'organization')).toMatchObject({ status: 'eligible', claimed: null, computed: 900, difference: -900, verdict: 'unclaimed' });
  });

  it('unverifiable: without --params recruitment_amount is unset, so claimed_recruitment cannot be checked', () => {
    const item = itemAt(noParams, 6, 'recruitment');
    expect(item).toMatchObject({ status: 'undetermined', claimed: 500, computed: null, difference: null, verdict: 'unverifiable' });
    const unverifiable = noParams.items.filter((i) => i.verdict === 'unverifiable');
    expect(unverifiable.map((i) => i.source.line)).toEqual([6, 15, 25, 35, 44, 62]);
    expect(unverifiable.every((i) => i.program === 'recruitment')).toBe(true);
    // The duplicate's recruitment is still a duplicate (an undetermined first claim is a claim).
    expect(itemAt(noParams, 53, 'recruitment')).toMatchObject({ status: 'ineligible', claimed: 500, computed: 0, verdict: 'duplicate', duplicate_of: { line: 6 } });
    expect(itemAt(noParams, 6, 'recruitment').reason).toBe('parameter recruitment_amount is not set; set it with --param recruitment_amount=VALUE');
    // Claims that cannot be checked are summed as claimed and as unchecked, not in computed or difference.
    expect(noParams.summary.by_verdict.unverifiable).toEqual({ count: 6, claimed: 3000, computed: 0, difference: 0, unchecked: 3000, loans: { claimed: 0, computed: 0, difference: 0, unchecked: 0 } });
    const t = noParams.summary.total;
    expect(fen(t.claimed) - fen(t.unchecked) - fen(t.computed)).toBe(fen(t.difference));
  });

  it('summary: counts and sums by verdict, by program and by case', () => {
    const s = withParams.summary;
    const noLoans = { unchecked: 0, loans: { claimed: 0, computed: 0, difference: 0, unchecked: 0 } };
    const none = { count: 0, claimed: 0, computed: 0, difference: 0, ...noLoans };
    expect(s.items).toBe(21);
    expect(s.by_verdict).toEqual({
      match: { count: 11, claimed: 6600, computed: 6600, difference: 0, ...noLoans },
      // 李娜's organization (1000.01 against 1000) and 王芳's two (600 each, against nothing).
      over: { count: 3, claimed: 2200.01, computed: 1000, difference: 1200.01, ...noLoans },
      under: { count: 1, claimed: 500, computed: 600, difference: -100, ...noLoans },
      early: { count: 2, claimed: 1320.5, computed: 0, difference: 1320.5, ...noLoans },
      duplicate: { count: 3, claimed: 1500, computed: 0, difference: 1500, ...noLoans },
      unclaimed: { count: 1, claimed: 0, computed: 900, difference: -900, ...noLoans },
      unverifiable: none,
      invalid: none,
    });
    expect(s.total).toEqual({ count: 21, claimed: 12120.51, computed: 9100, difference: 3020.51, ...noLoans });
    expect(s.by_program.organization).toEqual({
      match: { count: 2, claimed: 1800, computed: 1800, difference: 0, ...noLoans },
      over: { count: 2, claimed: 1600.01, computed: 1000, difference: 600.01, ...noLoans },
      under: none,
      early: { count: 1, claimed: 720.5, computed: 0, difference: 720.5, ...noLoans },
      duplicate: { count: 1, claimed: 400, computed: 0, difference: 400, ...noLoans },
      unclaimed: { count: 1, claimed: 0, computed: 900, difference: -900, ...noLoans },
      unverifiable: none,
      invalid: none,
    });
    expect(s.by_program.emergency!.under).toEqual({ count: 1, claimed: 500, computed: 600, difference: -100, ...noLoans });
    expect(s.by_program.recruitment!.duplicate).toEqual({ count: 1, claimed: 500, computed: 0, difference: 500, ...noLoans });
    expect(s.by_case).toEqual({
      'RS-2020-0701': { count: 21, claimed: 12120.51, computed: 9100, difference: 3020.51, ...noLoans, match: 11, over: 3, under: 1, early: 2, duplicate: 3, unclaimed: 1, unverifiable: 0, invalid: 0 },
    });
    expect(s).toMatchObject({ records: 7, audited: 7, invalid: 0, duplicates: 3 });
  });

  it('summary: the totals are the sums of the items, exactly in fen', () => {
    for (const out of [withParams, noParams]) {
      const s = out.summary;
      for (const v of VERDICTS) {
        const items = out.items.filter((i) => i.verdict === v);
        expect(fen(s.by_verdict[v].claimed)).toBe(items.reduce((t, i) => t + fen(i.claimed ?? 0), 0));
        expect(fen(s.by_verdict[v].computed)).toBe(items.reduce((t, i) => t + fen(i.computed ?? 0), 0));
        expect(fen(s.by_verdict[v].difference)).toBe(items.reduce((t, i) => t + fen(i.difference ?? 0), 0));
        expect(s.by_verdict[v].count).toBe(items.length);
        for (const p of ['recruitment', 'emergency', 'organization']) {
          expect(s.by_program[p]![v].count).toBe(items.filter((i) => i.program === p).length);
        }
      }
      for (const i of out.items) if (i.computed !== null) expect(fen(i.difference!)).toBe(fen(i.claimed ?? 0) - fen(i.computed));
    }
  });

  it('the CSV example gives the same items and totals as the YAML one', async () => {
    const csv = await auditJson([CSV_EXAMPLE, '--type', 'placement', ...PARAMS]);
    // (A duplicate's reason names the first claim's file and line.)
    const strip = (i: Item) => ({ ...i, source: undefined, duplicate_of: i.duplicate_of ? { ...i.duplicate_of, file: '', line: 0 } : undefined, reason: i.duplicate_of ? '' : i.reason });
    expect(csv.items.map(strip)).toEqual(withParams.items.map(strip));
    expect(csv.items.map((i) => i.source.line)).toEqual(withParams.items.map((i) => [6, 15, 25, 35, 44, 53, 62].indexOf(i.source.line!) + 2));
    expect(itemAt(csv, 7, 'emergency').duplicate_of).toEqual({ file: CSV_EXAMPLE, line: 2, case_id: 'RS-2020-0701' });
    const { files: _a, ...csvSummary } = csv.summary as AuditOut['summary'] & { files: unknown };
    const { files: _b, ...yamlSummary } = withParams.summary as AuditOut['summary'] & { files: unknown };
    expect(csvSummary).toEqual(yamlSummary);
  });
});

describe('every record is in the audit, invalid ones included, and the totals reconcile', () => {
  const BAD = [
    'RS-2020-0701,重庆渝才人力资源服务有限公司,赵刚,500115198706230058,重庆长寿电子科技有限公司,electronics,2020-02-30,,850,500,600,850,bad date and bad ID',
    'RS-2020-0702,重庆渝才人力资源服务有限公司,孙丽,500115198706230057,重庆长寿电子科技有限公司,foo,2020-02-20,,abc,500,,,bad category and cost',
  ];
  const path = () => file('claim-with-bad-rows.csv', `${readFileSync(CSV_EXAMPLE, 'utf8')}${BAD.join('\n')}\n`);

  it('json: an invalid record has an item per program, verdict invalid, its claims shown, nothing computed, its errors', async () => {
    const out = await auditJson([path(), '--type', 'placement', ...PARAMS], undefined, 1);
    expect(out.items).toHaveLength(27);
    expect([...new Set(out.items.map((i) => i.source.line))]).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const zhao = out.items.filter((i) => i.source.line === 9);
    expect(zhao.map((i) => [i.program, i.status, i.claimed, i.computed, i.difference, i.verdict])).toEqual([
      ['recruitment', 'invalid', 500, null, null, 'invalid'],
      ['emergency', 'invalid', 600, null, null, 'invalid'],
      ['organization', 'invalid', 850, null, null, 'invalid'],
    ]);
    expect(zhao[0]!.name).toBe('赵刚');
    expect(zhao[0]!.errors!.map((e) => e.field)).toEqual(['worker_id', 'contract_signed']);
    expect(zhao[0]!.reason).toBe('worker_id: the check character is 8, but the first 17 digits give 7: a digit is mistyped; contract_signed: 2020-02-30 is not a date on the calendar');
    expect(out.items.filter((i) => i.source.line === 10).map((i) => i.claimed)).toEqual([500, null, null]);
    const s = out.summary;
    expect(s).toMatchObject({ records: 9, audited: 7, invalid: 2 });
    expect(s.records).toBe(s.audited + s.invalid);
    // Every claim read is in the totals, the invalid records' too.
    expect(s.by_verdict.invalid).toEqual({ count: 6, claimed: 2450, computed: 0, difference: 0, unchecked: 2450, loans: { claimed: 0, computed: 0, difference: 0, unchecked: 0 } });
    expect(s.total.claimed).toBe(12120.51 + 2450);
    expect(fen(s.total.claimed)).toBe(out.items.reduce((t, i) => t + fen(i.claimed ?? 0), 0));
    // A case's totals hold every claim too, and reconcile as the grand totals do.
    expect(s.by_case['RS-2020-0702']).toMatchObject({ count: 3, invalid: 3, claimed: 500, unchecked: 500, computed: 0, difference: 0 });
    expect(fen(s.by_case['RS-2020-0701']!.claimed) + fen(s.by_case['RS-2020-0702']!.claimed)).toBe(fen(s.total.claimed));
    for (const t of [s.total, ...Object.values(s.by_case)]) expect(fen(t.claimed) - fen(t.unchecked) - fen(t.computed)).toBe(fen(t.difference));
  });

  it('csv, ndjson: the same items, the invalid ones with their errors as the reason', async () => {
    const csv = await audit([path(), '--type', 'placement', ...PARAMS, '--format', 'csv']);
    expect(csv.code).toBe(1);
    const rows = csv.stdout.trimEnd().split('\n');
    expect(rows).toHaveLength(28);
    expect(rows).toContain(`${path()},10,RS-2020-0702,placement,500115198706230057,孙丽,recruitment,invalid,500.00,,,invalid,,,"enterprise_category: unknown enterprise category ""foo"": allowed are key, electronics, other (重点企业, 电子企业, 其他); write both as key;electronics; organization_cost: expected an amount in yuan such as 1000, 1,000.50, 999.99, ¥1000 or 1000元"`);
    const nd = await audit([path(), '--type', 'placement', ...PARAMS, '--format', 'ndjson']);
    const items = nd.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Item);
    expect(items).toHaveLength(27);
    expect(items.filter((i) => i.verdict === 'invalid').map((i) => i.source.line)).toEqual([9, 9, 9, 10, 10, 10]);
  });

  it('a record that claims nothing and is owed nothing is there too (its items match)', async () => {
    const text = placementCase('N-1', [placement({ claimed_emergency: '600' }), placement({ worker_id: B, enterprise_category: 'other', organization_cost: '' })]);
    const out = await auditJson(['-', ...PARAMS], text);
    expect(out.items.filter((i) => i.person_id === B).map((i) => [i.program, i.status, i.verdict])).toEqual([
      ['recruitment', 'eligible', 'unclaimed'],
      ['emergency', 'ineligible', 'match'],
      ['organization', 'ineligible', 'match'],
    ]);
  });
});

describe('audit: claims of programs an overlay adds, rows of unknown type, worker threads', () => {
  const overlay = () =>
    file(
      'housing.yaml',
      [
        'overlay: test-housing',
        'version: 1',
        'title: { zh: 测试, en: test }',
        'sources: { local: { zh: 测试, en: test } }',
        'facts: { housing_cost: { type: money, record_types: [placement], label: { zh: 住房费用, en: housing cost } } }',
        'programs:',
        '  - { id: housing, name: { zh: 住房补贴, en: housing subsidy }, claimant: { zh: 机构, en: agency }, kind: grant, record_type: placement,',
        '      conditions: [], amount: { fact: housing_cost, cap: 300 }, citation: { source: local, text: 测试, gloss: test } }',
        '',
      ].join('\n'),
    );

  it('a claim of a program an overlay adds is read in yuan, as written, from a case file or a CSV column (申领住房补贴 too)', async () => {
    const text = placementCase('H-1', [placement({ housing_cost: '300', claimed_housing: '400.5', claimed_emergency: '600' })]);
    const yaml = await auditJson(['-', '--rules', overlay()], text.replace('claimed_housing: "400.5"', 'claimed_housing: 400.5'));
    expect(yaml.items.find((i) => i.program === 'housing')).toMatchObject({ claimed: 400.5, computed: 300, difference: 100.5, verdict: 'over' });
    const csv = file('housing.csv', `worker_id,enterprise_category,contract_signed,housing_cost,申领住房补贴\n${A},key,2020-02-20,300,250\n`);
    const out = await auditJson([csv, '--type', 'placement', '--rules', overlay()]);
    expect(out.items.find((i) => i.program === 'housing')).toMatchObject({ claimed: 250, computed: 300, verdict: 'under' });
    // A claim that is not an amount makes the record invalid, as the built-in claims do.
    const bad = await audit(['-', '--rules', overlay(), '--format', 'json'], text.replace('"400.5"', '"lots"'));
    expect(bad.code).toBe(1);
    expect((JSON.parse(bad.stdout) as AuditOut).items[0]).toMatchObject({ verdict: 'invalid', errors: [{ field: 'claimed_housing' }] });
  });

  it('a row of an unknown type keeps what it claims of any program; its IDs are masked in errors with --mask-ids', async () => {
    const csv = file('unknown-type.csv', `type,worker_id,claimed_emergency,claimed_hiring,申领创业补贴\nconstructor,500115199001011239,1,2,3\nplacement,${A},600,,\n`);
    const out = await auditJson([csv, '--mask-ids'], undefined, 1);
    const unknown = out.items.filter((i) => i.source.line === 2);
    expect(unknown.map((i) => [i.program, i.claimed, i.verdict])).toEqual([
      ['recruitment', null, 'invalid'],
      ['emergency', 1, 'invalid'],
      ['organization', null, 'invalid'],
      ['hiring', 2, 'invalid'],
      ['startup_grant', 3, 'invalid'],
      ['startup_loan', null, 'invalid'],
    ]);
    expect(out.summary.by_verdict.invalid.claimed).toBe(6);
    expect(JSON.stringify(out)).not.toContain('500115199001011239');
    expect(unknown[0]!.person_id).toBe('500115********1239');
  });

  it('the table lists claims that need attention, not programs nobody claimed', async () => {
    // Without recruitment_amount, recruitment is undetermined: listed where it is claimed only.
    const text = placementCase('Q-1', [placement({ claimed_recruitment: '500' }), placement({ worker_id: B, claimed_emergency: '600' })]);
    const r = await audit(['-', '--format', 'table'], text);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('Q-1 · '))).toEqual([`Q-1 · ${'500115********1238'} · <stdin>:4`]);
    expect(r.stdout).toMatch(/│ recruitment subsidy +│ undetermined │ +500\.00 │ +— │ +— │ unverifiable │ parameter recruitment_amount is not set/);
  });

  it('gives the same output in worker threads as in the main thread, in every format', async () => {
    // The example's rows 30 times (the repeats are duplicates, settled across batches) and an invalid row each time.
    const [header, ...rows] = readFileSync(CSV_EXAMPLE, 'utf8').trimEnd().split('\n');
    const bad = 'RS-2020-0702,渝才,孙丽,500115198706230057,长寿电子,foo,2020-02-20,,abc,500,,,bad';
    const path = file('workers.csv', `${[header, ...Array.from({ length: 30 }, () => [...rows, bad]).flat()].join('\n')}\n`);
    // Worker threads exist in the built binary only; the main thread's runs are in this process.
    const formats = ['json', 'csv', 'table'];
    const args = (format: string) => [path, '--type', 'placement', ...PARAMS, '--format', format];
    const [here, workers] = await Promise.all([
      Promise.all(formats.map((format) => audit(args(format)))),
      Promise.all(formats.map((format) => spawnBuilt(['audit', ...args(format), '--as-of', AS_OF, '--jobs', '2'], { SUBSIDY_WORKER_BYTES: '1', SUBSIDY_BATCH_BYTES: '700' }))),
    ]);
    for (const [i, format] of formats.entries()) {
      expect(here[i]!.code, here[i]!.stderr).toBe(1);
      expect(workers[i]!.code, workers[i]!.stderr).toBe(1);
      expect(workers[i]!.stdout, format).toBe(here[i]!.stdout);
    }
  });
});

describe('audit: what it audits must be there', () => {
  it('a column that looks like a claim but names no program stops with exit 4, naming the closest', async () => {
    const text = readFileSync(CSV_EXAMPLE, 'utf8').replace('claimed_emergency', 'claimed_emergncy');
    const r = await audit([file('typo.csv', text), '--type', 'placement', '--format', 'json']);
    expect(r.code).toBe(4);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('typo.csv:1: column "claimed_emergncy" looks like a claimed amount but names no program: did you mean claimed_emergency? (the claimed amounts are');
    const zh = await audit([file('typo-zh.csv', 'type,worker_id,申领应急补帖\nplacement,500115199001011238,600\n'), '--format', 'json']);
    expect(zh.code).toBe(4);
    expect(zh.stderr).toContain('did you mean 申领应急补贴?');
    const yaml = await audit(['-', '--format', 'json'], placementCase('T-1', [placement({ claimed_emergncy: '600' })]));
    expect(yaml.code).toBe(4);
    expect(yaml.stderr).toMatch(/^subsidy: <stdin>: key "claimed_emergncy" looks like a claimed amount but names no program: did you mean claimed_emergency\?/);
    // Columns that begin like a claim and are near none are no claim: kept as they are.
    const other = ['申领日期', '申领人', 'claimed_on', 'claimed_total', '已申领金额'];
    const ok = await audit([file('other.csv', `type,worker_id,claimed_emergency,${other.join(',')}\nplacement,500115199001011238,600,2020-03-01,a,b,c,d\n`), '--format', 'json']);
    expect(ok.code, ok.stderr).toBe(0);
  });

  it('an input that claims nothing stops with exit 4: nothing to audit', async () => {
    for (const args of [['examples/enterprise-hires.json'], ['examples/batch-placements-gbk.csv', '--type', 'placement']]) {
      const r = await audit([...args, '--format', 'json']);
      expect(r.code, args[0]).toBe(4);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`${args[0]}: no record has a claimed amount`);
      expect(r.stderr).toContain('nothing to audit');
    }
  });

  it('a case-file key that is the claim of another record type stops with exit 4', async () => {
    const r = await audit(['-', '--format', 'json'], placementCase('W-1', [placement({ claimed_emergency: '600', claimed_hiring: '6000' })]));
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^subsidy: <stdin>: key "claimed_hiring" is the claim of hire records \(hiring\), but placement records have it/);
  });

  it('--type that the keys of a case file do not fit stops with exit 4 (evaluate too), saying what they look like', async () => {
    const records = JSON.stringify([{ worker_id: A, agency_name: '渝才', enterprise_category: 'key', organization_cost: '800', claimed_emergency: '600' }]);
    for (const command of ['audit', 'evaluate'] as const) {
      const r = await (command === 'audit' ? audit : evaluate)(['-', '--type', 'hire', '--format', 'json'], records);
      expect(r.code, command).toBe(4);
      expect(r.stderr).toBe(
        "subsidy: <stdin>: --type hire, but the records' keys look like placement records: they have agency_name, enterprise_category, organization_cost, claimed_emergency, which hire records do not have, and none of the keys only hire records have (worker_group, claimed_hiring); use --type placement\n",
      );
    }
    expect((await audit(['-', '--type', 'placement', '--format', 'json'], records)).code).toBe(0);
  });

  it('a claim of another record type than the file\'s stops with exit 4; --type that does not fit the file too', async () => {
    const hires = file('hires-with-placement-claim.csv', 'case_id,worker_id,worker_group,claimed_hiring,claimed_emergency\nH1,500229199707070030,poverty_registered,6000,600\n');
    const r = await audit([hires, '--type', 'hire', '--format', 'json']);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('column "claimed_emergency" is the claim of placement records (emergency), but the rows are hire records');
    const wrong = await audit([CSV_EXAMPLE, '--type', 'hire', '--format', 'json']);
    expect(wrong.code).toBe(4);
    expect(wrong.stderr).toContain('use --type placement');
  });
  it('a row that claims a program of another record type (a file with a type column) is invalid, saying so; an empty claim, or one of 0, is no claim (its own type\'s too)', async () => {
    const header = 'type,case_id,worker_id,worker_group,contract_signed,claimed_hiring,claimed_emergency';
    // (H2's claim of 0, as a spreadsheet fills the amounts a row does not use, is no claim either.)
    // (H3 claims 0 of its own program: no claim, so unclaimed, not under.)
    const rows = [
      'hire,H1,500229199707070030,poverty_registered,2020-03-01,6000,600',
      'hire,H2,500115199001011238,poverty_registered,2020-03-01,6000,0.00',
      `placement,P1,${B},,2020-02-20,,600`,
      'hire,H3,500115199502020060,poverty_registered,2020-03-01,0,',
    ];
    const csv = file('mixed-claims.csv', `${header}\n${rows.join('\n')}\n`);
    const message = "600 is the claim of placement records (emergency), but this is a hire record; remove the amount or correct the record's type";
    const check = (out: AuditOut, file: string) => {
      expect(out.items.map((i) => [i.case_id, i.program, i.verdict]), file).toEqual([
        ['H1', 'hiring', 'invalid'],
        ['H2', 'hiring', 'match'],
        ['P1', 'recruitment', 'unverifiable'],
        ['P1', 'emergency', 'unverifiable'],
        ['P1', 'organization', 'unverifiable'],
        ['H3', 'hiring', 'unclaimed'],
      ]);
      expect(out.items.at(-1), file).toMatchObject({ claimed: null, computed: 6000, difference: -6000 });
      expect(out.items[0]!.errors, file).toEqual([{ field: 'claimed_emergency', value: '600', message, line: 2 }]);
      expect(out.summary.invalid, file).toBe(1);
    };
    check(await auditJson([csv], undefined, 1), 'csv');
    const threads = await spawnBuilt(['audit', csv, '--format', 'json', '--as-of', AS_OF, '--jobs', '1']);
    expect(threads.code, threads.stderr).toBe(1);
    check(JSON.parse(threads.stdout) as AuditOut, 'csv, worker threads');
    const zh = await audit([csv, '--format', 'csv', '--lang', 'zh']);
    expect(zh.stdout).toContain('claimed_emergency: 600 是 placement 记录(emergency)的申领金额,但本记录是 hire 记录;请删除该金额或更正记录类型');
    // A workbook's sheet with a type column: the same.
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('claims');
    for (const row of [header, ...rows]) sheet.addRow(row.split(',').map((c) => (/^\d{1,4}$/.test(c) ? Number(c) : c)));
    const xlsx = join(tmp, 'mixed-claims.xlsx');
    await book.xlsx.writeFile(xlsx);
    const fromBook = await auditJson([xlsx], undefined, 1);
    check({ ...fromBook, items: fromBook.items.map((i) => (i.errors ? { ...i, errors: i.errors.map((e) => ({ ...e, value: String(e.value) })) } : i)) }, 'xlsx');
    // evaluate keeps the column as it is.
    expect((await evaluate([csv, '--format', 'json'])).code).toBe(0);
  });
});

describe('one-fen differences', () => {
  it('599.99 against 600 is under by 0.01, 600.01 is over by 0.01, 600.00 matches', async () => {
    const text = placementCase('F-1', [
      placement({ claimed_emergency: '599.99' }),
      placement({ worker_id: B, claimed_emergency: '600.01' }),
      placement({ worker_id: '500115199502020060', claimed_emergency: '600.00' }),
    ]);
    const out = await auditJson(['-', ...PARAMS], text);
    const emergency = out.items.filter((i) => i.program === 'emergency');
    expect(emergency.map((i) => [i.person_id, i.claimed, i.computed, i.difference, i.verdict])).toEqual([
      [A, 599.99, 600, -0.01, 'under'],
      [B, 600.01, 600, 0.01, 'over'],
      ['500115199502020060', 600, 600, 0, 'match'],
    ]);
    const noLoans = { unchecked: 0, loans: { claimed: 0, computed: 0, difference: 0, unchecked: 0 } };
    expect(out.summary.by_verdict.under).toEqual({ count: 1, claimed: 599.99, computed: 600, difference: -0.01, ...noLoans });
    expect(out.summary.by_verdict.over).toEqual({ count: 1, claimed: 600.01, computed: 600, difference: 0.01, ...noLoans });
    // Nobody claimed recruitment or organization: those are unclaimed, 3 × 500 and 3 × 800.
    expect(out.summary.by_verdict.unclaimed).toEqual({ count: 6, claimed: 0, computed: 3900, difference: -3900, ...noLoans });
  });

  it('in CSV output the difference is written with its sign and two decimals', async () => {
    const text = placementCase('F-2', [placement({ claimed_emergency: '599.99' })]);
    const r = await audit(['-', ...PARAMS, '--format', 'csv'], text);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toContain(`<stdin>,4,F-2,placement,${A},,emergency,eligible,599.99,600.00,-0.01,under,,,600.00 yuan (emergency_amount)`);
  });
});

// ---------------------------------------------------------------------------------------
// Formats

describe('audit output formats', () => {
  it('ndjson: one item per line, each with as_of, the same items as JSON', async () => {
    const json = await auditJson([YAML_EXAMPLE, ...PARAMS]);
    const r = await audit([YAML_EXAMPLE, ...PARAMS, '--format', 'ndjson']);
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith('\n')).toBe(true);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(21);
    const items = lines.map((l) => JSON.parse(l) as Item);
    for (const item of items) expect(item.as_of).toBe(AS_OF);
    expect(items.map(({ as_of: _, ...rest }) => rest)).toEqual(json.items);
  });

  const HEADER_EN = 'file,line,case_id,type,person_id,name,program,status,claimed,computed,difference,verdict,eligible_on,duplicate_of,reason';
  const HEADER_ZH = '文件,行,案件编号,类型,身份证号,姓名,项目,结果,申领金额,核定金额,差额,结论,可申领日期,首次申领,理由';

  it('csv: the header, one row per item with the name, the date a pending claim becomes claimable, the first claim of a duplicate, and the reason', async () => {
    const r = await audit([CSV_EXAMPLE, '--type', 'placement', ...PARAMS, '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split('\n');
    expect(rows[0]).toBe(HEADER_EN);
    expect(rows).toHaveLength(22);
    const f = CSV_EXAMPLE;
    const c = 'RS-2020-0701,placement';
    const duplicate = `"duplicate: already claimed for this person at ${f}:2, case RS-2020-0701; paid once per person"`;
    expect(rows).toEqual(
      expect.arrayContaining([
        `${f},2,${c},${A},张伟,recruitment,eligible,500.00,500.00,0.00,match,,,500.00 yuan (recruitment_amount)`,
        `${f},3,${c},${B},李娜,organization,eligible,1000.01,1000.00,0.01,over,,,"organization_cost 1,000.01 capped at 1,000.00 (organization_cap)"`,
        `${f},5,${c},500231198811200058,刘洋,emergency,eligible,500.00,600.00,-100.00,under,,,600.00 yuan (emergency_amount)`,
        `${f},6,${c},500115197908080013,陈静,organization,pending,720.50,0.00,720.50,early,2020-08-10,,claimable from 2020-08-10`,
        `${f},7,${c},${A},张伟,recruitment,ineligible,500.00,0.00,500.00,duplicate,,${f}:2,${duplicate}`,
        `${f},7,${c},${A},张伟,organization,ineligible,400.00,0.00,400.00,duplicate,,${f}:2,${duplicate}`,
        // A negative difference is a number, not a formula to guard against.
        `${f},8,${c},500115199502020060,杨磊,organization,eligible,,900.00,-900.00,unclaimed,,,"organization_cost 900.00, within the cap of 1,000.00"`,
      ]),
    );
    const unverifiable = await audit([CSV_EXAMPLE, '--type', 'placement', '--format', 'csv']);
    expect(unverifiable.stdout.split('\n')).toContain(
      `${f},2,${c},${A},张伟,recruitment,undetermined,500.00,,,unverifiable,,,parameter recruitment_amount is not set; set it with --param recruitment_amount=VALUE`,
    );
  });

  it('csv --lang zh: Chinese headers', async () => {
    const r = await audit([CSV_EXAMPLE, '--type', 'placement', ...PARAMS, '--format', 'csv', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(HEADER_ZH);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(22);
  });

  it('table: the items that need attention, each with its reason, then totals by verdict, by program and by case', async () => {
    const r = await audit([YAML_EXAMPLE, ...PARAMS, '--format', 'table']);
    expect(r.code).toBe(0);
    const out = r.stdout;
    for (const word of VERDICTS) expect(out).toContain(word);
    expect(out).toContain('By verdict');
    expect(out).toContain('By program');
    // Listed: 李娜 (over by a fen), 王芳 (over), 陈静 (early), 张伟 again (duplicate); not 张伟's first claim, 刘洋 or 杨磊.
    const titles = out.split('\n').filter((l) => l.startsWith('RS-2020-0701 · '));
    expect(titles).toEqual([
      `RS-2020-0701 · 李* ${'500115********0048'} · ${YAML_EXAMPLE}:15`,
      `RS-2020-0701 · 王* ${'500103********002X'} · ${YAML_EXAMPLE}:25`,
      `RS-2020-0701 · 陈* ${'500115********0013'} · ${YAML_EXAMPLE}:44`,
      `RS-2020-0701 · 张* ${'500115********1238'} · ${YAML_EXAMPLE}:53`,
    ]);
    expect(out).toContain(`duplicate: already claimed for this person at ${YAML_EXAMPLE}:6, case RS-2020-0701; paid once per person`);
    expect(out).toMatch(/│ emergency subsidy +│ pending +│ +600\.00 │ +0\.00 │ +\+600\.00 │ early +│ claimable from 2020-08-10 │/);
    expect(out).toContain('Listed above: the claims that need attention (over, early, duplicate, unverifiable) and the invalid records; --all lists every item');
    // The last row so labelled: the totals come after the records' tables.
    const row = (label: string) => [...out.split('\n')].reverse().find((l) => new RegExp(`^│ ${label} +│`).test(l))?.split('│').map((c) => c.trim()).filter(Boolean);
    expect(row('over')).toEqual(['over', '3', '2,200.01', '1,000.00', '+1,200.01']);
    expect(row('under')).toEqual(['under', '1', '500.00', '600.00', '-100.00']);
    expect(row('early')).toEqual(['early', '2', '1,320.50', '0.00', '+1,320.50']);
    expect(row('duplicate')).toEqual(['duplicate', '3', '1,500.00', '0.00', '+1,500.00']);
    expect(row('match')).toEqual(['match', '11', '6,600.00', '6,600.00', '0.00']);
    expect(row('unclaimed')).toEqual(['unclaimed', '1', '0.00', '900.00', '-900.00']);
    expect(row('unverifiable')).toEqual(['unverifiable', '0', '0.00', '0.00', '0.00']);
    expect(row('invalid')).toEqual(['invalid', '0', '0.00', '0.00', '0.00']);
    expect(row('Total')).toEqual(['Total', '21', '12,120.51', '9,100.00', '+3,020.51']);
    // By program: a column for each verdict found.
    expect(row('emergency organization subsidy')).toEqual(['emergency organization subsidy', '2', '2', '0', '1', '1', '1', '+820.51']);
    expect(row('RS-2020-0701')).toEqual(['RS-2020-0701', '21', '3', '1', '2', '3', '12,120.51', '9,100.00', '+3,020.51']);
    expect(out).toMatch(/Records: 7 · audited 7 · 0 invalid · duplicates 3 · items 21/);
    // The one-fen over-claim is visible.
    expect(out).toMatch(/1,000\.01 │ +1,000\.00 │ +\+0\.01 │ over/);

    // --all lists every item: 张伟's first claim, all matching, too.
    const all = await audit([YAML_EXAMPLE, ...PARAMS, '--format', 'table', '--all']);
    expect(all.stdout.split('\n').filter((l) => l.startsWith('RS-2020-0701 · '))).toHaveLength(7);
    expect(all.stdout).toContain('Listed above: every item');
  });

  it('table of a CSV batch: the items that need attention too (as for a case file), and the invalid rows with their errors', async () => {
    const bad = [
      'RS-2020-0701,重庆渝才人力资源服务有限公司,赵刚,500115198706230058,重庆长寿电子科技有限公司,electronics,2020-02-30,,850,500,600,850,bad date and bad ID',
      'RS-2020-0702,重庆渝才人力资源服务有限公司,孙丽,500115198706230057,重庆长寿电子科技有限公司,foo,2020-02-20,,abc,500,,,bad category and cost',
    ];
    const path = file('claim-bad.csv', `${readFileSync(CSV_EXAMPLE, 'utf8')}${bad.join('\n')}\n`);
    const r = await audit([path, '--type', 'placement', ...PARAMS, '--format', 'table']);
    expect(r.code).toBe(1);
    const titles = r.stdout.split('\n').filter((l) => /^RS-2020-070\d · /.test(l));
    expect(titles.map((t) => t.replace(/ · .*:/, ':'))).toEqual(['RS-2020-0701:3', 'RS-2020-0701:4', 'RS-2020-0701:6', 'RS-2020-0701:7', 'RS-2020-0701:9', 'RS-2020-0702:10']);
    expect(r.stdout).toContain('  ✗ contract_signed = "2020-02-30": 2020-02-30 is not a date on the calendar');
    expect(r.stdout).toMatch(/│ emergency subsidy +│ — +│ +600\.00 │ +— │ +— │ invalid +│/);
    expect(r.stdout).toMatch(/Records: 9 · audited 7 · 2 invalid/);
  });
});

// ---------------------------------------------------------------------------------------
// --fail-on

describe('--fail-on', () => {
  const overOnly = placementCase('O-1', [placement({ claimed_recruitment: '500', claimed_emergency: '700', claimed_organization: '800' })]);
  const underOnly = placementCase('U-1', [placement({ claimed_recruitment: '500', claimed_emergency: '500', claimed_organization: '800' })]);
  const twice = placementCase('D-1', [placement({ claimed_emergency: '600' }), placement({ claimed_emergency: '600' })]);
  const invalid = placementCase('X-1', [placement({ claimed_emergency: '600' }), placement({ worker_id: '500115199001011239' })]);

  const run = (command: 'audit' | 'evaluate', stdin: string, ...args: string[]) =>
    (command === 'audit' ? audit : evaluate)(['-', '--format', 'json', ...args], stdin);

  it('over: exit 1 when an over-claim is found, 0 when only an under-claim is', async () => {
    const found = await run('audit', overOnly, ...PARAMS, '--fail-on', 'over');
    expect(found.code).toBe(1);
    expect(found.stderr).toContain('--fail-on: found over');
    expect((JSON.parse(found.stdout) as AuditOut).summary.by_verdict.over.count).toBe(1);
    const absent = await run('audit', underOnly, ...PARAMS, '--fail-on', 'over');
    expect(absent.code).toBe(0);
    expect(absent.stderr).not.toContain('--fail-on');
  });

  it('under: exit 1 when an under-claim is found, 0 when only an over-claim is', async () => {
    const found = await run('audit', underOnly, ...PARAMS, '--fail-on', 'under');
    expect(found.code).toBe(1);
    expect(found.stderr).toContain('--fail-on: found under');
    expect((await run('audit', overOnly, ...PARAMS, '--fail-on', 'under')).code).toBe(0);
  });

  it('a list: over,under finds whichever is there', async () => {
    const r = await run('audit', underOnly, ...PARAMS, '--fail-on', 'over,under');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--fail-on: found under');
    expect(r.stderr).not.toContain('found over');
  });

  it('duplicate: exit 1 with a duplicate claim, 0 without', async () => {
    const found = await run('audit', twice, ...PARAMS, '--fail-on', 'duplicate');
    expect(found.code).toBe(1);
    expect(found.stderr).toContain('--fail-on: found duplicate');
    expect((await run('audit', overOnly, ...PARAMS, '--fail-on', 'duplicate')).code).toBe(0);
    // Without --fail-on a duplicate is no failure.
    expect((await run('audit', twice, ...PARAMS)).code).toBe(0);
  });

  it('invalid: exit 1 with an invalid record, 0 without', async () => {
    const found = await run('audit', invalid, ...PARAMS, '--fail-on', 'invalid');
    expect(found.code).toBe(1);
    expect(found.stderr).toContain('--fail-on: found invalid');
    expect((await run('audit', overOnly, ...PARAMS, '--fail-on', 'invalid')).code).toBe(0);
  });

  it('undetermined: exit 1 when a result is undetermined (no recruitment_amount), 0 with the parameter set', async () => {
    const found = await run('audit', overOnly, '--fail-on', 'undetermined');
    expect(found.code).toBe(1);
    expect(found.stderr).toContain('--fail-on: found undetermined');
    expect((await run('audit', overOnly, '--param', 'recruitment_amount=500', '--fail-on', 'undetermined')).code).toBe(0);
  });

  it('an unknown value, or none, is a usage error (exit 2)', async () => {
    const bogus = await run('audit', overOnly, '--fail-on', 'bogus');
    expect(bogus.code).toBe(2);
    expect(bogus.stdout).toBe('');
    expect(bogus.stderr).toMatch(/--fail-on bogus: use any of over, under, early, duplicate, invalid, undetermined/);
    expect((await run('audit', overOnly, '--fail-on', 'over,bogus')).code).toBe(2);
    expect((await run('audit', overOnly, '--fail-on', '')).code).toBe(2);
  });

  it('early: exit 1 when a claim comes before it is claimable, 0 without', async () => {
    const early = placementCase('E-1', [placement({ contract_signed: '2020-05-10', claimed_emergency: '600' })]);
    const found = await run('audit', early, ...PARAMS, '--fail-on', 'early');
    expect(found.code).toBe(1);
    expect(found.stderr).toContain('--fail-on: found early');
    expect((await run('audit', overOnly, ...PARAMS, '--fail-on', 'early')).code).toBe(0);
  });

  it('evaluate: over, under and early are audit-only (exit 2); duplicate works', async () => {
    const over = await run('evaluate', overOnly, '--fail-on', 'over');
    expect(over.code).toBe(2);
    expect(over.stderr).toMatch(/--fail-on over: use any of duplicate, invalid, undetermined/);
    expect((await run('evaluate', overOnly, '--fail-on', 'under')).code).toBe(2);
    expect((await run('evaluate', overOnly, '--fail-on', 'early')).code).toBe(2);
    const dup = await run('evaluate', twice, ...PARAMS, '--fail-on', 'duplicate');
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain('--fail-on: found duplicate');
    expect((await run('evaluate', overOnly, ...PARAMS, '--fail-on', 'duplicate')).code).toBe(0);
    expect((await run('evaluate', overOnly, '--fail-on', 'undetermined')).code).toBe(1);
  });

  // A repeated --fail-on adds to the earlier one: `--fail-on over --fail-on under` fails on either.
  it('a repeated --fail-on does not drop the earlier condition', async () => {
    const r = await run('audit', overOnly, ...PARAMS, '--fail-on', 'over', '--fail-on', 'under');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--fail-on: found over');
    expect((await run('audit', underOnly, ...PARAMS, '--fail-on', 'over', '--fail-on', 'under')).code).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------
// Masking

describe('masking of ID numbers and credit codes', () => {
  const AGENCY = '91500115MA5U7C4X1E';
  const ENTERPRISE = '91350100M000100Y43';
  /** First 6 and last 4 characters kept (written out here, not from src/io/mask.ts). */
  const masked = (id: string) => `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
  const IDS = [A, AGENCY, ENTERPRISE];

  const fields = { worker_id: A, agency_credit_code: AGENCY, enterprise_credit_code: ENTERPRISE, enterprise_category: 'key', contract_signed: '2020-02-20', claimed_emergency: '600' };
  const yaml = placementCase('M-1', [fields]);
  const csvPath = file('mask.csv', `${Object.keys(fields).join(',')}\n${Object.values(fields).join(',')}\n`);

  const expectFull = (text: string, ids = IDS) => {
    for (const id of ids) expect(text).toContain(id);
    expect(text).not.toContain('****');
  };
  const expectMasked = (text: string, ids = IDS) => {
    for (const id of ids) {
      expect(text).not.toContain(id);
      expect(text).toContain(masked(id));
    }
  };

  it('audit table: masked by default, in full with --no-mask', async () => {
    expect(masked(A)).toBe('500115********1238');
    // (An over-claim, so that the record is listed.)
    const yaml = placementCase('M-1', [{ ...fields, claimed_emergency: '700' }]);
    const def = await audit(['-', ...PARAMS, '--format', 'table'], yaml);
    expect(def.stdout).toContain(`M-1 · ${masked(A)} · <stdin>:4`);
    expectMasked(def.stdout, [A]);
    const full = await audit(['-', ...PARAMS, '--format', 'table', '--no-mask'], yaml);
    expect(full.stdout).toContain(`M-1 · ${A} · <stdin>:4`);
    expectFull(full.stdout, [A]);
  });

  it('audit json, ndjson and csv: person_id in full by default, masked with --mask-ids', async () => {
    for (const format of ['json', 'ndjson', 'csv']) {
      const def = await audit(['-', ...PARAMS, '--format', format], yaml);
      expectFull(def.stdout, [A]);
      const mask = await audit(['-', ...PARAMS, '--format', format, '--mask-ids'], yaml);
      expectMasked(mask.stdout, [A]);
    }
    const json = JSON.parse((await audit(['-', ...PARAMS, '--format', 'json', '--mask-ids'], yaml)).stdout) as AuditOut;
    expect(json.items.map((i) => i.person_id)).toEqual(json.items.map(() => masked(A)));
    const csv = (await audit([csvPath, '--type', 'placement', ...PARAMS, '--format', 'csv', '--mask-ids'])).stdout.split('\n');
    expect(csv[1]).toBe(`${csvPath},2,,placement,${masked(A)},,recruitment,eligible,,500.00,-500.00,unclaimed,,,500.00 yuan (recruitment_amount)`);
  });

  it('audit: the name of the person is masked as the ID is (its first character kept)', async () => {
    const named = placementCase('M-3', [{ worker_name: '欧阳娜娜', ...fields, claimed_emergency: '700' }]);
    const table = await audit(['-', ...PARAMS, '--format', 'table'], named);
    expect(table.stdout).toContain(`M-3 · 欧*** ${masked(A)} · <stdin>:4`);
    expect(table.stdout).not.toContain('欧阳娜娜');
    expect((await audit(['-', ...PARAMS, '--format', 'table', '--no-mask'], named)).stdout).toContain(`M-3 · 欧阳娜娜 ${A} · <stdin>:4`);
    const json = JSON.parse((await audit(['-', ...PARAMS, '--format', 'json'], named)).stdout) as AuditOut;
    expect(json.items[0]!.name).toBe('欧阳娜娜');
    const masked_ = JSON.parse((await audit(['-', ...PARAMS, '--format', 'json', '--mask-ids'], named)).stdout) as AuditOut;
    expect(masked_.items.map((i) => i.name)).toEqual(['欧***', '欧***', '欧***']);
  });

  it('evaluate table: masked by default, in full with --no-mask', async () => {
    const def = await evaluate(['-', ...PARAMS, '--format', 'table'], yaml);
    expect(def.stdout).toContain(masked(A));
    expect(def.stdout).not.toContain(A);
    const full = await evaluate(['-', ...PARAMS, '--format', 'table', '--no-mask'], yaml);
    expect(full.stdout).toContain(A);
  });

  it('evaluate json and ndjson: input.worker_id and the credit codes in full by default, masked with --mask-ids', async () => {
    type EvalOut = { records: { input: Record<string, string> }[] };
    const def = JSON.parse((await evaluate(['-', ...PARAMS, '--format', 'json'], yaml)).stdout) as EvalOut;
    expect(def.records[0]!.input).toMatchObject({ worker_id: A, agency_credit_code: AGENCY, enterprise_credit_code: ENTERPRISE });
    const mask = await evaluate(['-', ...PARAMS, '--format', 'json', '--mask-ids'], yaml);
    expectMasked(mask.stdout);
    expect((JSON.parse(mask.stdout) as EvalOut).records[0]!.input).toMatchObject({
      worker_id: masked(A),
      agency_credit_code: masked(AGENCY),
      enterprise_credit_code: masked(ENTERPRISE),
      enterprise_category: 'key',
    });
    expectFull((await evaluate(['-', ...PARAMS, '--format', 'ndjson'], yaml)).stdout);
    const nd = await evaluate(['-', ...PARAMS, '--format', 'ndjson', '--mask-ids'], yaml);
    expectMasked(nd.stdout);
    expect((JSON.parse(nd.stdout.split('\n')[0]!) as { input: Record<string, string> }).input.worker_id).toBe(masked(A));
  });

  it('evaluate csv: worker_id and *_credit_code columns, from a case file and copied through from CSV input', async () => {
    const column = (text: string, name: string) => {
      const [head, first] = text.split('\n');
      return first!.split(',')[head!.split(',').indexOf(name)];
    };
    for (const [args, stdin] of [
      [['-'], yaml],
      [[csvPath, '--type', 'placement'], undefined],
    ] as const) {
      const def = await evaluate([...args, ...PARAMS, '--format', 'csv'], stdin);
      expect(def.code).toBe(0);
      expect(column(def.stdout, 'worker_id')).toBe(A);
      expect(column(def.stdout, 'agency_credit_code')).toBe(AGENCY);
      expect(column(def.stdout, 'enterprise_credit_code')).toBe(ENTERPRISE);
      const mask = await evaluate([...args, ...PARAMS, '--format', 'csv', '--mask-ids'], stdin);
      expectMasked(mask.stdout);
      expect(column(mask.stdout, 'worker_id')).toBe(masked(A));
      expect(column(mask.stdout, 'agency_credit_code')).toBe(masked(AGENCY));
      expect(column(mask.stdout, 'enterprise_credit_code')).toBe(masked(ENTERPRISE));
      expect(column(mask.stdout, 'emergency_amount')).toBe('600.00');
    }
  });

  const badId = '500115199001011239';
  const withBadId = placementCase('M-2', [placement({ worker_id: badId })]);

  // The value of an invalid ID in errors[] is masked as the input is (ndjson likewise); in full without --mask-ids.
  it('evaluate json --mask-ids: an invalid ID is masked in errors[].value too', async () => {
    const r = await evaluate(['-', '--format', 'json', '--mask-ids'], withBadId);
    expect(r.code).toBe(1);
    const rec = (JSON.parse(r.stdout) as { records: { input: { worker_id: string }; errors: { field: string; value: unknown }[] }[] }).records[0]!;
    expect(rec.input.worker_id).toBe(masked(badId));
    expect(rec.errors).toMatchObject([{ field: 'worker_id', value: masked(badId) }]);
    expect(r.stdout).not.toContain(badId);
    const nd = await evaluate(['-', '--format', 'ndjson', '--mask-ids'], withBadId);
    expect(nd.stdout).toContain(masked(badId));
    expect(nd.stdout).not.toContain(badId);
    const full = JSON.parse((await evaluate(['-', '--format', 'json'], withBadId)).stdout) as { records: { errors: { value: unknown }[] }[] };
    expect(full.records[0]!.errors[0]!.value).toBe(badId);
  });

  // The table masks the invalid ID in its error line as in its title; --no-mask shows it.
  it('evaluate table (masked by default): an invalid ID is masked in its error line too', async () => {
    const r = await evaluate(['-', '--format', 'table'], withBadId);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`worker_id = "${masked(badId)}"`);
    expect(r.stdout).not.toContain(badId);
    const full = await evaluate(['-', '--format', 'table', '--no-mask'], withBadId);
    expect(full.stdout).toContain(`worker_id = "${badId}"`);
  });
});

// ---------------------------------------------------------------------------------------
// Properties: the engine's caps, and the audit arithmetic

const pack = loadRules();
const yuanText = (f: number, style: number) => {
  const yuan = Math.floor(f / 100);
  const cents = String(f % 100).padStart(2, '0');
  if (style === 1) return `${yuan.toLocaleString('en-US')}.${cents}`;
  if (style === 2 && f % 100 === 0) return String(yuan);
  return `${yuan}.${cents}`;
};

describe('properties', () => {
  it('the organization subsidy never exceeds the 1000-yuan cap: it is the cost, capped', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300000 }),
        fc.constantFrom(0, 1, 2),
        fc.constantFrom('key', 'electronics', 'other'),
        fc.option(fc.constantFrom('2020-04-30', '2020-05-19', '2020-05-20', '2020-09-30'), { nil: undefined }),
        (cost, style, category, end) => {
          const written: Record<string, unknown> = { worker_id: A, enterprise_category: category, contract_signed: '2020-02-20', organization_cost: yuanText(cost, style) };
          if (end) written.employment_end = end;
          const rec = evaluateWritten({ type: 'placement', written, source: { file: 'p' }, defaults: {} }, pack, AS_OF);
          expect(rec.errors).toEqual([]);
          const org = rec.results!.find((r) => r.program === 'organization')!;
          expect(org.amount === null || org.amount <= 100000).toBe(true);
          if (org.status === 'eligible' || org.status === 'pending') expect(org.amount).toBe(Math.min(cost, 100000));
          if (org.status === 'ineligible') expect(org.amount).toBe(0);
          const retained = end === undefined || end >= '2020-05-20';
          expect(org.status).toBe(category === 'other' || !retained ? 'ineligible' : 'eligible');
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the startup loan never exceeds the 150,000-yuan cap: it is the amount requested, capped, and never a grant', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30000000 }), fc.constantFrom(0, 1, 2), (requested, style) => {
        const written = {
          applicant_id: A,
          applicant_group: 'migrant_worker',
          business_district: '长寿区',
          business_registered: '2020-03-12',
          loan_requested: yuanText(requested, style),
        };
        const rec = evaluateWritten({ type: 'startup', written, source: { file: 'p' }, defaults: {} }, pack, AS_OF);
        expect(rec.errors).toEqual([]);
        const loan = rec.results!.find((r) => r.program === 'startup_loan')!;
        expect(loan).toMatchObject({ kind: 'loan', status: 'eligible' });
        expect(loan.amount).toBeLessThanOrEqual(15000000);
        expect(loan.amount).toBe(Math.min(requested, 15000000));
        expect(rec.results!.find((r) => r.program === 'startup_grant')).toMatchObject({ kind: 'grant', amount: 800000 });
      }),
      { numRuns: 150 },
    );
  });

  const PROGRAMS = ['recruitment', 'emergency', 'organization', 'hiring', 'startup_grant', 'startup_loan'];
  const STATUSES: Status[] = ['eligible', 'pending', 'undetermined', 'ineligible'];
  const FIRST = { file: 'first.csv', line: 2, case_id: 'C-1' };
  const resultArb = fc.record({ status: fc.constantFrom(...STATUSES), amount: fc.integer({ min: 0, max: 20000000 }), duplicate: fc.boolean() });
  /** A record: a result per program (a random subset of them), some claimed (in fen), some duplicates; or an invalid record. */
  const recordArb = fc
    .record({
      programs: fc.subarray(PROGRAMS, { minLength: 1 }),
      results: fc.array(resultArb, { minLength: 6, maxLength: 6 }),
      // (A claim of 0 is no claim: tested on its own below and with CSV input.)
      claims: fc.array(fc.option(fc.integer({ min: 1, max: 20000000 }), { nil: undefined }), { minLength: 6, maxLength: 6 }),
      caseId: fc.option(fc.constantFrom('C-1', 'C-2', 'C-3', '__proto__', 'constructor'), { nil: null }),
      invalid: fc.boolean(),
    })
    .map(({ programs, results, claims, caseId, invalid }) => {
      const facts: Record<string, unknown> = {};
      const written: Record<string, unknown> = {};
      const list: ProgramResult[] = programs.map((program, i) => {
        const r = results[i]!;
        if (claims[i] !== undefined) {
          facts[`claimed_${program}`] = claims[i];
          written[`claimed_${program}`] = yuanText(claims[i]!, i % 3);
        }
        const duplicate = r.duplicate && r.status !== 'ineligible';
        return {
          program,
          kind: program === 'startup_loan' ? 'loan' : 'grant',
          status: duplicate ? 'ineligible' : r.status,
          amount: duplicate || r.status === 'ineligible' ? 0 : r.status === 'undetermined' ? null : r.amount,
          reasons: [],
          conditions: [],
          amount_rule: { fen: null },
          ...(r.status === 'pending' && !duplicate ? { eligible_on: '2020-08-10' } : {}),
          ...(duplicate ? { duplicate_of: FIRST } : {}),
        };
      });
      const compiled = programs.map((id) => ({ id, spec: { kind: id === 'startup_loan' ? ('loan' as const) : ('grant' as const) } }));
      return { compiled, facts, written, results: invalid ? null : list, caseId };
    });
  const itemsOf = (r: { compiled: { id: string; spec: { kind: 'grant' | 'loan' } }[]; facts: Record<string, unknown>; written: Record<string, unknown>; results: ProgramResult[] | null }) =>
    auditItems(r.compiled, r.facts, r.written, r.results);

  it('every program of every record is an item: difference = claimed (nothing: 0) − computed; the verdict follows from them', () => {
    fc.assert(
      fc.property(recordArb, (rec) => {
        const items = itemsOf(rec);
        expect(items.map((i) => i.program)).toEqual(rec.compiled.map((p) => p.id));
        items.forEach((item, i) => {
          const claimed = rec.facts[`claimed_${item.program}`] as number | undefined;
          expect(item.claimed).toBe(claimed ?? null);
          expect(item.kind).toBe(rec.compiled[i]!.spec.kind);
          if (!rec.results) {
            expect(item).toMatchObject({ status: 'invalid', computed: null, difference: null, verdict: 'invalid' });
            return;
          }
          const r = rec.results[i]!;
          expect(item.status).toBe(r.status);
          expect(item.computed).toBe(r.status === 'undetermined' ? null : r.status === 'eligible' ? r.amount : 0);
          let verdict: Verdict;
          if (r.duplicate_of) verdict = 'duplicate';
          else if (item.computed === null) verdict = 'unverifiable';
          else if (r.status === 'pending' && (item.claimed ?? 0) > 0) verdict = 'early';
          else if (item.claimed === null) verdict = item.computed > 0 ? 'unclaimed' : 'match';
          else verdict = item.claimed === item.computed ? 'match' : item.claimed > item.computed ? 'over' : 'under';
          expect(item.verdict).toBe(verdict);
          if (item.computed === null) expect(item.difference).toBeNull();
          else expect(item.difference).toBe((item.claimed ?? 0) - item.computed);
          if (r.status === 'pending') expect(item.eligible_on).toBe('2020-08-10');
          if (r.duplicate_of) expect(item.duplicate_of).toBe(FIRST);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('a claim of 0 is no claim, of a valid record (in fen) and of an invalid one (as written)', () => {
    const compiled = [{ id: 'hiring', spec: { kind: 'grant' as const } }];
    const eligible: ProgramResult = { program: 'hiring', kind: 'grant', status: 'eligible', amount: 600000, reasons: [], conditions: [], amount_rule: { fen: null } };
    expect(auditItems(compiled, { claimed_hiring: 0 }, { claimed_hiring: '0' }, [eligible])[0]).toMatchObject({ claimed: null, verdict: 'unclaimed', difference: -600000 });
    expect(auditItems(compiled, { claimed_hiring: 1 }, { claimed_hiring: '0.01' }, [eligible])[0]).toMatchObject({ claimed: 1, verdict: 'under' });
    expect(auditItems(compiled, {}, { claimed_hiring: '0.00' }, null)[0]).toMatchObject({ claimed: null, verdict: 'invalid' });
  });

  it('addAudit: totals by verdict, program and case are the sums of the items; -1 takes them back; mergeAudit agrees', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 20 }), fc.nat(), (records, cut) => {
        const all = emptyAudit();
        const parts = [emptyAudit(), emptyAudit()];
        const items: { caseId: string | null; item: AuditItem }[] = [];
        const at = records.length ? cut % (records.length + 1) : 0;
        records.forEach((rec, n) => {
          const its = itemsOf(rec);
          addAudit(all, rec.caseId, its);
          addAudit(parts[n < at ? 0 : 1]!, rec.caseId, its);
          for (const item of its) items.push({ caseId: rec.caseId, item });
        });
        // Grant items are summed, loan items apart: loan principal never joins grant totals.
        const sums = (list: AuditItem[]) => ({
          claimed: list.reduce((t, i) => t + (i.claimed ?? 0), 0),
          computed: list.reduce((t, i) => t + (i.difference === null ? 0 : i.computed!), 0),
          difference: list.reduce((t, i) => t + (i.difference ?? 0), 0),
          unchecked: list.reduce((t, i) => t + (i.difference === null ? (i.claimed ?? 0) : 0), 0),
        });
        const sum = (list: AuditItem[]) => ({
          count: list.length,
          ...sums(list.filter((i) => i.kind !== 'loan')),
          loans: sums(list.filter((i) => i.kind === 'loan')),
        });
        expect(all.items).toBe(items.length);
        expect(all.total).toEqual(sum(items.map((x) => x.item)));
        for (const v of VERDICTS) expect(all.by_verdict[v]).toEqual(sum(items.filter((x) => x.item.verdict === v).map((x) => x.item)));
        expect([...all.by_program.keys()].sort()).toEqual([...new Set(items.map((x) => x.item.program))].sort());
        for (const [p, byVerdict] of all.by_program) {
          for (const v of VERDICTS) expect(byVerdict[v]).toEqual(sum(items.filter((x) => x.item.program === p && x.item.verdict === v).map((x) => x.item)));
        }
        expect([...all.by_case.keys()].sort()).toEqual([...new Set(items.map((x) => x.caseId ?? ''))].sort());
        for (const [id, t] of all.by_case) {
          const mine = items.filter((x) => (x.caseId ?? '') === id).map((x) => x.item);
          expect(t).toEqual({ ...sum(mine), verdicts: Object.fromEntries(VERDICTS.map((v) => [v, mine.filter((i) => i.verdict === v).length])) });
          // Every claim is summed; what can be checked reconciles: claimed − unchecked − computed = difference.
          expect(t.claimed - t.unchecked - t.computed).toBe(t.difference);
        }
        // The grand totals reconcile: the verdicts' differences add up to the cases'.
        const verdictTotal = VERDICTS.reduce((t, v) => t + all.by_verdict[v].difference, 0);
        expect([...all.by_case.values()].reduce((t, c) => t + c.difference, 0)).toBe(verdictTotal);
        const loanTotal = VERDICTS.reduce((t, v) => t + all.by_verdict[v].loans.difference, 0);
        expect([...all.by_case.values()].reduce((t, c) => t + c.loans.difference, 0)).toBe(loanTotal);

        const merged: AuditSummary = emptyAudit();
        mergeAudit(merged, parts[0]!);
        mergeAudit(merged, parts[1]!);
        expect(merged).toEqual(all);

        records.forEach((rec) => addAudit(all, rec.caseId, itemsOf(rec), -1));
        expect(all.items).toBe(0);
        const zero = { count: 0, claimed: 0, computed: 0, difference: 0, unchecked: 0, loans: { claimed: 0, computed: 0, difference: 0, unchecked: 0 } };
        for (const v of VERDICTS) expect(all.by_verdict[v]).toEqual(zero);
        for (const c of all.by_case.values()) expect(c).toEqual({ ...zero, verdicts: Object.fromEntries(VERDICTS.map((v) => [v, 0])) });
      }),
      { numRuns: 100 },
    );
  });
});
