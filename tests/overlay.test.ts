import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateRecord } from '../src/engine/evaluate.js';
import { checkRules, loadRules } from '../src/rules/load.js';
import { packData, packFromData } from '../src/rules/pack.js';
import { runCli } from './helpers/run.js';
import { testDir } from './helpers/temp.js';

const LOCAL = 'examples/overlays/local-social-insurance.yaml';
const BONUS = 'tests/fixtures/rules/bonus-overlay.yaml';
const PROBLEMS = 'tests/fixtures/rules/problems/all-kinds.yaml';

const hire = (id: string, months: string) => `hire,H,${id},poverty_registered,2020-03-01,${months}`;
const HIRES = ['type,case_id,worker_id,worker_group,contract_signed,社保缴费月数', hire('500229199707070030', '14'), hire('500102198309090079', '6'), hire('500115200002290019', '')].join('\n');

async function results(args: string[], stdin: string) {
  const run = await runCli(['evaluate', '-', '--input-format', 'csv', '--format', 'json', '--jobs', '0', '--quiet', ...args], stdin);
  return { run, records: JSON.parse(run.stdout).records as { results: { program: string; status: string; amount: number | null; missing?: string[] }[] }[] };
}

describe('overlay packs', () => {
  it('add a condition to a program, on a field the overlay declares (with its Chinese header)', async () => {
    const { records } = await results(['--rules', LOCAL, '--as-of', '2020-06-30'], HIRES);
    expect(records.map((r) => r.results[0]!.status)).toEqual(['eligible', 'ineligible', 'undetermined']);
    expect(records[2]!.results[0]!.missing).toEqual(['social_insurance_months']);
    // Without the overlay the extra column is passed through and not required.
    const plain = await results(['--as-of', '2020-06-30'], HIRES);
    expect(plain.records.map((r) => r.results[0]!.status)).toEqual(['eligible', 'eligible', 'eligible']);
  });

  it('compile again, the same, from their data sent as worker threads get it (no files read again)', async () => {
    const rules = loadRules({ overlays: [LOCAL], flags: ['hiring_min_insurance_months=10'] });
    // structuredClone: what postMessage and workerData do to the data.
    const again = packFromData(structuredClone(packData(rules)));
    expect(again.programs.map((p) => p.id)).toEqual(rules.programs.map((p) => p.id));
    expect(again.facts).toEqual(rules.facts);
    for (const months of [undefined, 9, 10, 14]) {
      const facts = { worker_group: ['poverty_registered'], contract_signed: '2020-03-01', ...(months === undefined ? {} : { social_insurance_months: months }) };
      expect(evaluateRecord('hire', facts, again, '2020-06-30')).toEqual(evaluateRecord('hire', facts, rules, '2020-06-30'));
    }
    expect(evaluateRecord('hire', { worker_group: ['poverty_registered'], contract_signed: '2020-03-01', social_insurance_months: 10 }, again, '2020-06-30')[0]!.status).toBe('eligible');
  });

  it('set parameters of the pack below, which --param still overrides', () => {
    const rules = loadRules({ overlays: [LOCAL] });
    expect(rules.params.get('recruitment_amount')).toMatchObject({ value: 50000, source: 'overlay example-local-social-insurance' });
    expect(rules.params.get('hiring_min_insurance_months')).toMatchObject({ value: 12, source: 'overlay example-local-social-insurance' });
    const over = loadRules({ overlays: [LOCAL], flags: ['recruitment_amount=450'] });
    expect(over.params.get('recruitment_amount')).toMatchObject({ value: 45000, source: '--param' });
  });

  it('add programs, with their own facts, parameters and citations', async () => {
    const csv = 'type,case_id,worker_id,worker_group,培训学时\nhire,T,500229199707070030,none,48\nhire,T,500102198309090079,none,12.5\n';
    const { records } = await results(['--rules', BONUS, '--as-of', '2020-06-30'], csv);
    expect(records[0]!.results.map((r) => [r.program, r.status, r.amount])).toEqual([
      ['hiring', 'ineligible', 0],
      ['training_bonus', 'eligible', 300],
    ]);
    expect(records[1]!.results[1]).toMatchObject({ program: 'training_bonus', status: 'ineligible' });
  });

  it('give programs effective dates, chosen by --as-of: outside them a program is ineligible, saying so', async () => {
    const csv = 'type,case_id,worker_id,worker_group,培训学时\nhire,T,500229199707070030,none,48\n';
    const bonus = async (asOf: string) => (await results(['--rules', BONUS, '--as-of', asOf], csv)).records[0]!.results[1] as unknown as { status: string; amount: number; reasons: { condition: string; message: string }[] };
    expect(await bonus('2020-09-30')).toMatchObject({ status: 'eligible', amount: 300 });
    expect(await bonus('2020-03-01')).toMatchObject({ status: 'eligible', amount: 300 });
    const after = await bonus('2020-10-01');
    expect(after).toMatchObject({ status: 'ineligible', amount: 0 });
    expect(after.reasons).toEqual([{ condition: 'in_effect', outcome: 'not_met', message: 'not in effect on 2020-10-01: the program runs 2020-03-01 – 2020-09-30' }]);
    expect(await bonus('2020-02-29')).toMatchObject({ status: 'ineligible' });
    // rules list says which programs are in effect on the date.
    const list = JSON.parse((await runCli(['rules', 'list', '--rules', LOCAL, '--as-of', '2021-01-01', '--format', 'json'])).stdout);
    expect(list.programs.find((p: { id: string }) => p.id === 'startup_grant')).toMatchObject({ in_effect: false });
  });

  it('stack in the order given', () => {
    const rules = loadRules({ overlays: [LOCAL, BONUS] });
    expect(rules.programs.map((p) => p.id)).toEqual(['recruitment', 'emergency', 'organization', 'hiring', 'startup_grant', 'startup_loan', 'training_bonus']);
    expect(rules.overlays.map((o) => o.name)).toEqual(['example-local-social-insurance', 'test-bonus']);
  });
});

describe('rules validate', () => {
  const problems = checkRules([PROBLEMS]);
  const at = (where: string) => problems.find((p) => p.where === where);

  it('reports every problem with its line and column, and what is allowed', () => {
    expect(at('amend.hiring.add_conditions.0.op')).toMatchObject({ line: 18, col: 13 });
    expect(at('amend.hiring.add_conditions.0.op')!.message).toBe(
      'unknown operator "at_least"; the operators are present, happened, eq, ne, gt, gte, lt, lte, any_in, none_in, retained',
    );
    expect(at('amend.hiring.add_conditions.1.fact')).toMatchObject({ line: 22, col: 15 });
    expect(at('amend.hiring.add_conditions.1.fact')!.message).toMatch(/^unknown fact "shoe_size": no record type has such a field; hire records have case_id, /);
    expect(at('amend.hiring.add_conditions.2.fact')!.message).toMatch(/^unknown fact "business_district" for hire records \(it is a field of startup records\)/);
    expect(at('amend.hiring.add_conditions.3.value.param')!.message).toBe('parameter new_months is of type integer; here it must be list');
    expect(at('amend.emergency.add_conditions.0')!.message).toMatch(/^missing citation: /);
    expect(at('params.emergency_amount')).toMatchObject({ line: 7, col: 21 });
    expect(at('params.emergency_amount')!.message).toMatch(/parameter emergency_amount = "lots": expected an amount in yuan/);
    expect(problems).toHaveLength(6);
  });

  it('name what is wrong with a fact name: its letters, or a name that is reserved', () => {
    const dir = testDir('subsidy-overlay-');
    const file = join(dir, 'names.yaml');
    const fact = '    type: integer\n    record_types: [hire]\n    label: { zh: 测试, en: test }\n';
    writeFileSync(file, `overlay: names\nversion: 1\ntitle: { zh: 测试, en: test }\napplies_to: cq-2020-return-to-work\nfacts:\n  constructor:\n${fact}  Months-Paid:\n${fact}`);
    const found = checkRules(['rules/cq-2020-return-to-work.yaml', file]).map((p) => [p.where, p.message]);
    expect(found).toEqual([
      ['facts.constructor', 'a reserved name (every JavaScript object has it); choose another'],
      ['facts.Months-Paid', 'use lower-case letters, digits and _ (like startup_grant)'],
    ]);
  });

  it('finds nothing wrong with the built-in pack and the example overlay', () => {
    expect(checkRules(['rules/cq-2020-return-to-work.yaml', LOCAL])).toEqual([]);
  });

  it('exits 3 with the problems on stderr, 0 when valid', async () => {
    const bad = await runCli(['rules', 'validate', PROBLEMS, '--format', 'table']);
    expect(bad.code).toBe(3);
    expect(bad.stderr.trim().split('\n')).toHaveLength(6);
    expect(bad.stderr).toContain(`${PROBLEMS}:18:13: amend.hiring.add_conditions.0.op: unknown operator`);
    const good = await runCli(['rules', 'validate', LOCAL, '--format', 'json']);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ valid: true, problems: [] });
  });

  it('stops evaluate with exit 3 and the problems', async () => {
    const run = await runCli(['evaluate', 'examples/enterprise-hires.json', '--rules', PROBLEMS, '--as-of', '2020-06-30']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('invalid rules (6 problems)');
  });
});

describe('rules validate says what is wrong with a value, in both languages', () => {
  const SHAPES = 'tests/fixtures/rules/problems/shapes.yaml';
  const found = checkRules([SHAPES]);
  const said = Object.fromEntries(found.map((p) => [p.where, [p.message, p.zh]]));

  it('a missing key as missing, with what to give; a wrong kind with what was found; a choice with its choices', () => {
    expect(said['programs.1.citation']).toEqual(['expected a mapping, found text "xinhua"', '应为映射,实际为文本 "xinhua"']);
    expect(said['params.p1.type']).toEqual(['"date" is not one of money, integer, list', '"date" 不是可选值之一:money, integer, list']);
    expect(said['params.p3.default']).toEqual(['expected a list, found text "x"', '应为列表,实际为文本 "x"']);
    expect(said['params.p4']).toEqual(['expected a mapping, a number, text, a list or null, found true', '应为映射、数字、文本、列表或空值(null),实际为 true']);
    expect(said['programs.0.citation.text']).toEqual(['must not be empty', '不能为空']);
    expect(said['programs.0.conditions.1.months']).toEqual(['must be more than 0', '须大于 0']);
    expect(said['programs.0.amount.yuan']).toEqual(['must be at least 0', '不能小于 0']);
    // The schema's own words, and a union's closest form: the {param} value with a key too many.
    expect(said['programs.0.from']).toEqual(['not a date on the calendar', '不是日历上存在的日期']);
    expect(said['programs.1.to']).toEqual(['a date as YYYY-MM-DD', '日期应写作 YYYY-MM-DD']);
    expect(said['programs.0.conditions.0.value']).toEqual(['unknown key y; remove it or check its spelling', '未知的键 y;请删除或检查拼写']);
    // An amount of none of its three forms: one of their keys is to be given.
    expect(said['programs.1.amount']).toEqual(['add one of param (text), yuan (a number) or fact (text)', '请添加 param(文本)、yuan(数字) 或 fact(文本)']);
    expect(found).toHaveLength(12);
  });

  it('a missing part of a program, and a problem found past the schema, in Chinese under --lang zh (table and JSON)', async () => {
    const dir = testDir('subsidy-overlay-');
    const file = join(dir, 'missing.yaml');
    writeFileSync(file, 'overlay: t\nversion: 1\ntitle: { zh: 测试, en: test }\namend:\n  nosuch: {}\nprograms:\n  - id: extra\n    kind: grant\n');
    const table = await runCli(['rules', 'validate', file, '--format', 'table', '--lang', 'zh']);
    expect(table.code).toBe(3);
    expect(table.stderr).toContain(`${file}:7:5: programs.0.amount: 缺少此项:请添加(映射)`);
    expect(table.stderr).toContain(`${file}:7:5: programs.0.citation: 缺少引文:每个项目都须引用其依据的原文`);
    expect(table.stderr).toContain('programs.0.record_type: 缺少此项:请添加(可选 placement, hire, startup)');
    expect(table.stderr).not.toMatch(/[a-z]{3,} [a-z]{3,} [a-z]{3,}/); // no English sentence
    const asJson = await runCli(['rules', 'validate', file, '--format', 'json', '--lang', 'zh']);
    expect([asJson.code, asJson.stderr]).toEqual([3, '']); // JSON on standard output, valid or not
    const json = JSON.parse(asJson.stdout);
    expect(json.problems.find((p: { where: string }) => p.where === 'programs.0.amount').message).toBe('缺少此项:请添加(映射)');
    const en = checkRules([file]).find((p) => p.where === 'programs.0.amount')!;
    expect(en.message).toBe('missing: add it (a mapping)');
    // An empty section is a mapping missing (zod's record), in either language.
    const empty = join(dir, 'empty.yaml');
    writeFileSync(empty, 'overlay: t\nversion: 1\ntitle: { zh: 测试, en: test }\nsources:\n');
    const sources = checkRules([empty]).find((p) => p.where === 'sources')!;
    expect([sources.message, sources.zh]).toEqual(['expected a mapping, found null', '应为映射,实际为空值(null)']);
    // A pack that cannot be read: the JSON answer all the same.
    const nowhere = join(dir, 'nowhere.yaml');
    const unread = await runCli(['rules', 'validate', empty, nowhere, '--format', 'json']);
    expect(unread.code).toBe(3);
    // (And the problems of the packs that can be read.)
    expect(JSON.parse(unread.stdout)).toMatchObject({
      valid: false,
      problems: [
        { file: nowhere, message: expect.stringContaining('cannot read the rules pack (no such file)') },
        { file: empty, where: 'sources', message: 'expected a mapping, found null' },
      ],
    });
    // Two base packs stop the packs as a whole: the JSON answer says so.
    const twoBases = await runCli(['rules', 'validate', 'rules/cq-2020-return-to-work.yaml', 'rules/cq-2020-return-to-work.yaml', '--format', 'json']);
    expect(twoBases.code).toBe(3);
    expect(JSON.parse(twoBases.stdout).problems).toEqual([expect.objectContaining({ message: expect.stringContaining('a second base pack') })]);
    // Past the schema: an amendment of a program there is not.
    const fixed = join(dir, 'amend.yaml');
    writeFileSync(fixed, 'overlay: t\nversion: 1\ntitle: { zh: 测试, en: test }\namend:\n  nosuch: {}\n');
    const amend = checkRules([fixed])[0]!;
    expect([amend.message, amend.zh]).toEqual([
      'there is no program nosuch to amend; the programs are recruitment, emergency, organization, hiring, startup_grant, startup_loan',
      '没有可修订的项目 nosuch;现有项目为 recruitment, emergency, organization, hiring, startup_grant, startup_loan',
    ]);
  });
});

describe('rules list and show', () => {
  it('list every program and parameter with its value and where it came from', async () => {
    const run = await runCli(['rules', 'list', '--rules', LOCAL, '--param', 'hiring_amount=5000', '--as-of', '2021-03-01', '--format', 'json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.programs.map((p: { id: string }) => p.id)).toEqual(['recruitment', 'emergency', 'organization', 'hiring', 'startup_grant', 'startup_loan']);
    expect(out.programs.find((p: { id: string }) => p.id === 'startup_grant')).toMatchObject({ from: '2020-01-01', to: '2020-12-31', in_effect: false });
    const params = Object.fromEntries(out.params.map((p: { name: string; value: unknown; source: string }) => [p.name, [p.value, p.source]]));
    expect(params.hiring_amount).toEqual([5000, '--param']);
    expect(params.recruitment_amount).toEqual([500, 'overlay example-local-social-insurance']);
    expect(params.emergency_amount).toEqual([600, 'pack']);
  });

  it('show a program: conditions in words, citation in Chinese with the gloss, dates', async () => {
    const run = await runCli(['rules', 'show', 'emergency', '--format', 'table', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('enterprise_category is one of parameter placement_enterprise_categories (now ["key","electronics"])');
    expect(run.stdout).toContain('employed parameter min_retention_months (now 3) months from employment_start');
    expect(run.stdout).toContain('「其中,对为重庆市重点企业电子企业送工的人力资源服务机构');
    expect(run.stdout).toContain('an emergency subsidy of 600 yuan per worker');
    expect(run.stdout).toContain('In effect: always');
    const missing = await runCli(['rules', 'show', 'nope']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such program; the programs are recruitment, emergency');
    expect((await runCli(['rules', 'show', 'hirin'])).stderr).toContain('rules show hirin: no such program (did you mean hiring?); the programs are');
  });

  it('in Chinese: the kind of each program and the evaluation date in words, the quote without its English gloss', async () => {
    const list = await runCli(['rules', 'list', '--as-of', '2020-06-30', '--format', 'table', '--lang', 'zh']);
    expect(list.stdout.split('\n')[0]).toBe('cq-2020-return-to-work v1 · 评估日 2020-06-30');
    expect(list.stdout).toMatch(/│ emergency +│ 应急补贴 +│[^│]+│ 补贴 +│/);
    expect(list.stdout).toMatch(/│ startup_loan +│ 创业担保贷款 +│[^│]+│ 贷款 +│/);
    expect(list.stdout).not.toMatch(/│ (grant|loan) +│|as of/);
    const show = await runCli(['rules', 'show', 'startup_loan', '--format', 'table', '--lang', 'zh']);
    expect(show.stdout).toContain('类别: 贷款 ·');
    expect(show.stdout).toContain('「为符合条件的个人发放8000元创业补贴和最高15万元的创业担保贷款」');
    expect(show.stdout).not.toContain('Eligible individuals receive');
    const en = await runCli(['rules', 'show', 'startup_loan', '--format', 'table', '--lang', 'en']);
    expect(en.stdout).toContain('Kind: loan ·');
    expect(en.stdout).toContain('Eligible individuals receive a startup grant');
  });
});
