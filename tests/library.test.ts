/**
 * The library: the example of docs/library.md runs as written (importing 'subsidy' from the built
 * package), the functions behave as documented, and importing has no side effects.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  evaluateRecords,
  evaluateStream,
  InputError,
  loadRules,
  MemoryClaims,
  RulesProblems,
  type AuditItem,
  type AuditItemJson,
  type Claims,
  type Evaluation,
  type Summary,
  type SummaryJson,
} from '../src/index.js';
import { testDir } from './helpers/temp.js';

const ROOT = resolve('.');

/** A folder where `import 'subsidy'` resolves to this package (as an installed dependency would). */
function withPackage(): string {
  const dir = testDir('subsidy-lib-');
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'subsidy'), 'dir');
  return dir;
}

describe('the library example of docs/library.md', () => {
  const section = readFileSync('docs/library.md', 'utf8');
  const code = /```js\n([\s\S]*?)```/.exec(section)![1]!;
  const printed = /```text\n([\s\S]*?)```/.exec(section)![1]!;

  it('prints what docs/library.md says', () => {
    const dir = withPackage();
    writeFileSync(join(dir, 'example.mjs'), code);
    const run = spawnSync(process.execPath, ['example.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(printed);
  });

  it('type-checks under strict, against the types the package publishes', () => {
    const dir = withPackage();
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
    writeFileSync(join(dir, 'example.ts'), code);
    const program = ts.createProgram([join(dir, 'example.ts')], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      typeRoots: [join(ROOT, 'node_modules', '@types')],
      types: ['node'],
      skipLibCheck: true,
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(problems).toEqual([]);
  }, 60000);

  it('has no side effects on import: no output, no exit or signal handlers', () => {
    const dir = withPackage();
    const probe = `
      const count = () => ['exit', 'SIGINT', 'SIGTERM', 'uncaughtException', 'unhandledRejection'].map((e) => process.listenerCount(e));
      const before = count();
      const lib = await import('subsidy');
      process.stdout.write(JSON.stringify({ before, after: count(), exports: Object.keys(lib).sort() }));`;
    writeFileSync(join(dir, 'probe.mjs'), probe);
    const run = spawnSync(process.execPath, ['probe.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as { before: number[]; after: number[]; exports: string[] };
    expect(out.after).toEqual(out.before);
    expect(out.exports).toEqual(expect.arrayContaining(['loadRules', 'evaluateRecords', 'evaluateStream', 'checkRules']));
  });
});

describe('evaluateRecords and evaluateStream', () => {
  const rules = loadRules();
  const placement = { type: 'placement', case_id: 'L1', worker_id: '500115199001011238', enterprise_category: 'key', contract_signed: '2020-02-20', organization_cost: '1,200', claimed_emergency: '600' };

  it('evaluate records, find duplicates among them, and audit their claims', () => {
    const out = evaluateRecords([placement, { ...placement, case_id: 'L2' }, { type: 'hire', worker_id: '1' }], { rules, asOf: '2020-06-30' });
    expect(out.as_of).toBe('2020-06-30');
    expect(out.records[0]!.results.map((r) => [r.program, r.status, r.amount])).toEqual([
      ['recruitment', 'undetermined', null],
      ['emergency', 'eligible', 600],
      ['organization', 'eligible', 1000],
    ]);
    expect(out.records[0]!.audit).toEqual([
      expect.objectContaining({ program: 'recruitment', verdict: 'unverifiable' }),
      expect.objectContaining({ program: 'emergency', verdict: 'match' }),
      expect.objectContaining({ program: 'organization', verdict: 'unclaimed' }),
    ]);
    expect(out.records[1]!.audit).toEqual([
      expect.objectContaining({ program: 'recruitment', verdict: 'duplicate' }),
      expect.objectContaining({ program: 'emergency', verdict: 'duplicate' }),
      expect.objectContaining({ program: 'organization', verdict: 'duplicate' }),
    ]);
    // A record that claims nothing has no audit.
    expect(out.records[2]!.audit).toBeUndefined();
    expect(out.records[1]!.results[1]).toMatchObject({ status: 'ineligible', duplicate_of: { file: 'records', line: 1, case_id: 'L1' } });
    expect(out.records[2]!.errors[0]).toMatchObject({ field: 'worker_id' });
    expect(out.summary).toMatchObject({ records: 3, evaluated: 2, invalid: 1, duplicates: 3 });
  });

  it('find the claims of earlier runs through the claims they are given (as a ledger would keep them)', () => {
    const claims = new MemoryClaims();
    const batches: number[] = [];
    const ledger: Claims = { claim: (batch) => (batches.push(batch.count), claims.claim(batch)), reserve: () => {} };
    const first = evaluateRecords([placement], { rules, asOf: '2020-06-30', claims: ledger, source: 'march.csv' });
    expect(first.summary.duplicates).toBe(0);
    const second = evaluateRecords([{ ...placement, case_id: 'L9' }], { rules, asOf: '2020-06-30', claims: ledger, source: 'april.csv' });
    expect(second.records[0]!.results.filter((r) => r.duplicate_of).map((r) => r.duplicate_of)).toEqual(Array(3).fill({ file: 'march.csv', line: 1, case_id: 'L1' }));
    expect(second.summary.duplicates).toBe(3);
    // Without them, each run stands alone.
    expect(evaluateRecords([placement], { rules, asOf: '2020-06-30' }).summary.duplicates).toBe(0);
    expect(batches).toEqual([1, 1]);
  });

  it("give a record's audit items as audit's JSON output gives them: yuan, with the record's source, case, person and the reason", () => {
    const hire = { type: 'hire', case_id: 'H1', worker_name: '王芳', worker_id: '500229199707070030', worker_group: '建档立卡贫困家庭成员', contract_signed: '2020-03-01', claimed_hiring: '5000' };
    const out = evaluateRecords([hire], { asOf: '2020-06-30' });
    expect(out.records[0]!.results[0]!.amount).toBe(6000);
    expect(out.records[0]!.audit).toEqual([
      {
        source: { file: 'records', line: 1 },
        case_id: 'H1',
        type: 'hire',
        person_id: '500229199707070030',
        name: '王芳',
        program: 'hiring',
        kind: 'grant',
        status: 'eligible',
        claimed: 5000,
        computed: 6000,
        difference: -1000,
        verdict: 'under',
        reason: '6,000.00 yuan (hiring_amount)',
      },
    ]);
    // Masked, in Chinese, as --mask-ids and --lang zh give them; an invalid record's items carry its errors.
    const masked = evaluateRecords([hire, { ...hire, contract_signed: '2020-02-30' }], { asOf: '2020-06-30', mask: true, lang: 'zh' }).records;
    expect(masked[0]!.audit![0]).toMatchObject({ person_id: '500229********0030', name: '王*', claimed: 5000, reason: '6,000.00 元(参数 hiring_amount)' });
    expect(masked[1]!.audit![0]).toMatchObject({ status: 'invalid', verdict: 'invalid', claimed: 5000, computed: null, errors: [expect.objectContaining({ field: 'contract_signed' })] });
  });

  it('type what they return as the JSON shapes, amounts in yuan (checked by npm run typecheck)', () => {
    const out: Evaluation = evaluateRecords([], { asOf: '2020-06-30', type: '吸纳就业' });
    expectTypeOf(out.summary).toEqualTypeOf<SummaryJson>();
    expectTypeOf(out.summary.grants.total).toEqualTypeOf<number>();
    expectTypeOf(out.summary.by_program).toEqualTypeOf<Record<string, Record<'eligible' | 'pending' | 'undetermined' | 'ineligible', number>>>();
    expectTypeOf(out.rules.version).toEqualTypeOf<number>();
    expectTypeOf<NonNullable<Evaluation['records'][number]['audit']>[number]>().toEqualTypeOf<AuditItemJson>();
    expectTypeOf<AuditItemJson['person_id']>().toEqualTypeOf<string | null>();
    expectTypeOf<AuditItemJson['reason']>().toEqualTypeOf<string>();
    expectTypeOf<Summary>().toEqualTypeOf<SummaryJson>();
    expectTypeOf<AuditItem>().toEqualTypeOf<AuditItemJson>();
    expect(out.summary.grants.total).toBe(0);
  });

  it('stream records as they come', async () => {
    async function* source() {
      yield placement;
      yield { ...placement, worker_id: '500115198506120048', contract_signed: '2020-05-10' };
    }
    const seen = [];
    for await (const record of evaluateStream(source(), { asOf: '2020-06-30', lang: 'zh' })) seen.push(record);
    expect(seen).toHaveLength(2);
    expect(seen[1]!.results[1]).toMatchObject({ status: 'pending', eligible_on: '2020-08-10' });
    expect(seen[1]!.results[1]!.reasons[0]!.message).toContain('仍在职');
  });

  it('say what is wrong with their input', () => {
    expect(() => evaluateRecords([{ worker_id: '500115199001011238' }], { asOf: '2020-06-30' })).toThrow(InputError);
    expect(() => evaluateRecords([], { asOf: '2020-02-30' })).toThrow(/asOf "2020-02-30": 2020-02-30 is not a date/);
    expect(() => loadRules({ path: 'tests/fixtures/rules/problems/all-kinds.yaml' })).toThrow(RulesProblems);
  });

  it('say which record stops them, in either language (InputError.text)', () => {
    const said = (records: unknown[]) => {
      try {
        evaluateRecords(records as Record<string, unknown>[], { asOf: '2020-06-30', lang: 'zh' });
      } catch (e) {
        return [(e as InputError).message, (e as InputError).text('zh')];
      }
      return [];
    };
    expect(said([placement, 5])).toEqual(['records (record 2): a record is an object of field: value', 'records(第 2 条记录):一条记录应是“字段: 值”的对象']);
    expect(said([{ type: 'x' }])).toEqual([
      'records (record 1): unknown type "x"; use placement, hire, startup, or give options.type',
      'records(第 1 条记录):未知的记录类型 "x";请用 placement、hire、startup 之一,或给出 options.type',
    ]);
  });

  it('say a value of a type a field does not take (an object, true, a list) as its parser says a value it refuses, in either language', () => {
    const record = { type: 'hire', worker_id: '500102198309090079', contract_signed: { a: 1 }, employment_start: true, worker_group: ['a', { b: 1 }], social_months: 1 };
    const said = (lang: 'en' | 'zh') => Object.fromEntries(evaluateRecords([record], { asOf: '2020-06-30', lang }).records[0]!.errors.map((e) => [e.field, e.message]));
    expect(said('en')).toEqual({
      contract_signed: 'expected a date as text: 2020-02-20, 2020/2/20, 2020.2.20, 2020年2月20日, or an Excel date serial of 2019-2030 such as 43881',
      employment_start: 'expected a date as text: 2020-02-20, 2020/2/20, 2020.2.20, 2020年2月20日, or an Excel date serial of 2019-2030 such as 43881',
      worker_group: 'expected a group such as poverty_registered or migrant_worker',
    });
    expect(said('zh').worker_group).toBe('应为人员类别,如 poverty_registered 或 migrant_worker');
    expect(said('zh').contract_signed).toMatch(/^日期应写成文本/);
  });
});
