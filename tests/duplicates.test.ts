/**
 * Duplicate claims: a per-person program is paid once per person. The first claim of a person
 * and program (in input order, across all inputs of a run) is evaluated as usual; a later one is
 * ineligible with `duplicate_of` {file, line, case_id} naming the first, counted in
 * summary.duplicates, and its amount is not in the grant totals.
 *
 * Most runs are in-process (`runCli`, CSV with `--jobs 0`); the worker-thread comparison spawns
 * the built binary (`node bin/subsidy.js`, built by `npm test` before vitest) since worker
 * threads, SUBSIDY_BATCH_BYTES and SUBSIDY_TWO_PASS_ROWS exist only there.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClaimList, resultsOf } from '../src/batch/claim-list.js';
import { RepeatFinder } from '../src/batch/repeats.js';
import { STATUSES, type ProgramResult } from '../src/engine/types.js';
import type { ClaimRef } from '../src/engine/claims.js';
import { MemoryClaims } from '../src/engine/claim-table.js';
import { KeySet } from '../src/engine/person-key.js';
import { runCli } from './helpers/run.js';
import { residentId } from './helpers/ids.js';
import { suiteDir } from './helpers/temp.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const BIN = join(ROOT, 'bin', 'subsidy.js');
const AS_OF = '2020-06-30';
const PARAMS = ['--params', 'examples/params/local-office.yaml'];

const tmp = suiteDir('subsidy-duplicates-');
function file(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

const A = '500115199001011238';
const B = '500115198506120048';

interface Ref {
  file: string;
  line?: number;
  case_id: string | null;
}
interface Result {
  program: string;
  status: string;
  amount: number | null;
  duplicate_of?: Ref;
  reasons: { condition: string; outcome: string }[];
}
interface Rec {
  source: { file: string; line?: number };
  type: string;
  case_id: string | null;
  results: Result[] | null;
  errors: unknown[];
}
interface Out {
  records: Rec[];
  summary: {
    records: number;
    evaluated: number;
    invalid: number;
    duplicates: number;
    grants: { total: number; by_program: Record<string, number> };
    loans: { total: number; by_program: Record<string, number> };
  };
}

async function evaluate(args: string[], stdin?: string): Promise<Out> {
  const r = await runCli(['evaluate', ...args, '--as-of', AS_OF, '--format', 'json', '--jobs', '0'], stdin);
  expect(r.stderr).not.toMatch(/unexpected error/);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Out;
}

const result = (rec: Rec | undefined, program: string): Result => {
  const r = rec?.results?.find((x) => x.program === program);
  if (!r) throw new Error(`no ${program} result`);
  return r;
};

function expectDuplicate(rec: Rec | undefined, programs: string[], first: Ref): void {
  for (const p of programs) {
    const r = result(rec, p);
    expect(r.status, p).toBe('ineligible');
    expect(r.amount, p).toBe(0);
    expect(r.duplicate_of, p).toEqual(first);
    expect(r.reasons.map((x) => [x.condition, x.outcome])).toEqual([['duplicate', 'not_met']]);
  }
}

function expectNoDuplicate(rec: Rec | undefined): void {
  for (const r of rec?.results ?? []) expect(r.duplicate_of, r.program).toBeUndefined();
}

const PLACEMENT_PROGRAMS = ['recruitment', 'emergency', 'organization'];

/** One claim as a batch of one: the first claims of the programs it repeats, or undefined. */
function claimOne(claims: MemoryClaims, key: number, programs: number, file: string, line: number, caseId: string | null): Map<number, ClaimRef> | undefined {
  const batch = { file, count: 1, keys: Float64Array.of(key), masks: Uint16Array.of(programs), lines: Uint32Array.of(line), cases: Uint32Array.of(caseId === null ? 0 : 1), caseNames: [null, caseId] };
  return claims.claim(batch)[0]?.[1];
}

describe('the claims registry', () => {
  /** What the registry must answer: the first claim of each person and program, kept plainly. */
  class Model {
    private readonly first = new Map<string, ClaimRef>();
    claim(key: number, programs: number, ref: ClaimRef): Map<number, ClaimRef> | undefined {
      let found: Map<number, ClaimRef> | undefined;
      for (let p = 0; p < 16; p++) {
        if (!((programs >>> p) & 1)) continue;
        const before = this.first.get(`${key}:${p}`);
        if (before) (found ??= new Map()).set(p, before);
        else this.first.set(`${key}:${p}`, ref);
      }
      return found;
    }
  }

  // Keys as large as a person key gets (key * 4 + type < 2^49), some alike in one half only.
  // Some alike in their low half (5 and 2^48 + 5), some in their high half.
  const keys = [0, 1, 5, 2 ** 48 + 5, 4294967295, 4294967296, 4294967297, 2 ** 48 + 7, 2 ** 49 - 1, 2 ** 33 + 1, 2 ** 32 * 12345 + 1, 480_123_456_789_003];
  const claimArb = fc.record({
    key: fc.oneof(fc.constantFrom(...keys), fc.integer({ min: 0, max: 2 ** 20 })),
    programs: fc.integer({ min: 0, max: 7 }),
    file: fc.constantFrom('a.csv', 'b.csv'),
    line: fc.integer({ min: 0, max: 99 }),
    caseId: fc.constantFrom(null, 'C-1', 'C-2'),
  });

  it('gives, for each program claimed before, the first claim: one at a time, and in batches, across growth', () => {
    fc.assert(
      fc.property(fc.array(claimArb, { maxLength: 400 }), fc.integer({ min: 1, max: 50 }), (claims, batchSize) => {
        const one = new MemoryClaims();
        const batched = new MemoryClaims();
        const model = new Model();
        const ref = (c: (typeof claims)[number]): ClaimRef => ({ file: c.file, ...(c.line ? { line: c.line } : {}), case_id: c.caseId });
        const expected = claims.map((c) => model.claim(c.key, c.programs, ref(c)));
        expect(claims.map((c) => claimOne(one, c.key, c.programs, c.file, c.line, c.caseId))).toEqual(expected);
        // In batches of one file each (a batch ends where the file changes).
        const got: (Map<number, ClaimRef> | undefined)[] = [];
        for (let from = 0; from < claims.length; ) {
          let to = from + 1;
          while (to < claims.length && to - from < batchSize && claims[to]!.file === claims[from]!.file) to++;
          const part = claims.slice(from, to);
          const caseNames = [null, 'C-1', 'C-2'];
          const found = batched.claim({
            file: part[0]!.file,
            count: part.length,
            keys: Float64Array.from(part.map((c) => c.key)),
            masks: Uint16Array.from(part.map((c) => c.programs)),
            lines: Uint32Array.from(part.map((c) => c.line)),
            cases: Uint32Array.from(part.map((c) => caseNames.indexOf(c.caseId))),
            caseNames,
          });
          const byIndex = new Map(found);
          for (let j = 0; j < part.length; j++) got.push(byIndex.get(j));
          from = to;
        }
        expect(got).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('a batch keeps each claim with its row, its output range and its results, to write them again (past its first 1024)', () => {
    const claimArb2 = fc.record({
      key: fc.integer({ min: 0, max: 2 ** 40 }),
      mask: fc.integer({ min: 1, max: 7 }),
      line: fc.integer({ min: 0, max: 9999 }),
      caseId: fc.constantFrom(null, 'C-1', 'C-2'),
      results: fc.array(fc.record({ status: fc.constantFrom(...STATUSES), amount: fc.option(fc.integer({ min: 0, max: 2 ** 40 }), { nil: null }) }), { minLength: 3, maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(claimArb2, { maxLength: 1500 }), (claims) => {
        const list = new ClaimList('a.csv', 3);
        claims.forEach((c, row) => {
          list.add(row * 2, c.key, c.mask, c.line, c.caseId, c.results as ProgramResult[], row * 10 + 3);
          list.end(row * 10 + 9);
        });
        const got = list.result();
        expect(got.batch.count).toBe(claims.length);
        const into = () => [0, 1, 2].map(() => ({ status: 'ineligible', amount: 0 }) as ProgramResult);
        claims.forEach((c, j) => {
          expect([got.rows[j], got.from[j], got.to[j]]).toEqual([j * 2, j * 10 + 3, j * 10 + 9]);
          expect([got.batch.keys[j], got.batch.masks[j], got.batch.lines[j], got.batch.caseNames[got.batch.cases[j]!]]).toEqual([c.key, c.mask, c.line, c.caseId]);
          expect(resultsOf(got, j, into()).map((r) => ({ status: r.status, amount: r.amount }))).toEqual(c.results);
        });
      }),
      { numRuns: 30 },
    );
  });

  it('names a first claim as output shows it: file, line only when there is one, then case_id', () => {
    const registry = new MemoryClaims();
    claimOne(registry, 8, 1, 'a.yaml', 0, 'C-1');
    claimOne(registry, 12, 1, 'b.csv', 7, null);
    claimOne(registry, 12, 2, 'c.csv', 9, 'C-2'); // a program the person's first record did not claim
    expect(JSON.stringify(claimOne(registry, 8, 1, 'x.csv', 3, null)!.get(0))).toBe('{"file":"a.yaml","case_id":"C-1"}');
    expect(JSON.stringify(claimOne(registry, 12, 1, 'x.csv', 4, null)!.get(0))).toBe('{"file":"b.csv","line":7,"case_id":null}');
    expect(JSON.stringify(claimOne(registry, 12, 2, 'x.csv', 5, null)!.get(1))).toBe('{"file":"c.csv","line":9,"case_id":"C-2"}');
  });

  it('keeps the claims registered one at a time when batches follow (case files, then CSV)', () => {
    const registry = new MemoryClaims();
    registry.reserve(1000);
    expect(claimOne(registry, 77, 1, 'cases.yaml', 0, 'C-1')).toBeUndefined();
    const found = registry.claim({ file: 'b.csv', count: 2, keys: Float64Array.of(78, 77), masks: Uint16Array.of(1, 1), lines: Uint32Array.of(2, 3), cases: Uint32Array.of(0, 0), caseNames: [null] });
    expect(found).toEqual([[1, new Map([[0, { file: 'cases.yaml', case_id: 'C-1' }]])]]);
  });

  it('holds more people than it made room for, growing as it goes, and tells apart keys alike in their low half', () => {
    const registry = new MemoryClaims();
    registry.reserve(10);
    const n = 100_000;
    const key = (i: number) => i * 2 ** 32 + 5;
    let repeated = 0;
    for (let i = 0; i < n; i++) if (claimOne(registry, key(i), 1, 'a.csv', i + 2, null)) repeated++;
    expect(repeated).toBe(0);
    for (const i of [0, 1, 77, 50_000, n - 1]) {
      expect(claimOne(registry, key(i), 3, 'b.csv', 5, 'X')).toEqual(new Map([[0, { file: 'a.csv', line: i + 2, case_id: null }]]));
    }
  });
});

describe('duplicates within one input', () => {
  it('YAML (examples/agency-claim.yaml): the second claim of 张伟 is a duplicate of the first for every program', async () => {
    const out = await evaluate(['examples/agency-claim.yaml', ...PARAMS]);
    const lines = out.records.map((r) => r.source.line);
    expect(lines).toEqual([6, 15, 25, 35, 44, 53, 62]);
    expectDuplicate(out.records[5], PLACEMENT_PROGRAMS, { file: 'examples/agency-claim.yaml', line: 6, case_id: 'RS-2020-0701' });
    for (const rec of out.records.slice(0, 5).concat(out.records.slice(6))) expectNoDuplicate(rec);
    // The first claim is paid as usual.
    expect(out.records[0]!.results!.map((r) => [r.program, r.status, r.amount])).toEqual([
      ['recruitment', 'eligible', 500],
      ['emergency', 'eligible', 600],
      ['organization', 'eligible', 850],
    ]);
    expect(out.summary.duplicates).toBe(3);
    // Six recruitments (not seven), four emergencies (lines 6, 15, 35, 62), organization 850 + 1000 + 950 + 900.
    expect(out.summary.grants.by_program).toMatchObject({ recruitment: 3000, emergency: 2400, organization: 3700 });
    expect(out.summary.grants.total).toBe(9100);
  });

  it('CSV (examples/agency-claim.csv): the same, at line 7 naming line 2', async () => {
    const out = await evaluate(['examples/agency-claim.csv', '--type', 'placement', ...PARAMS]);
    expect(out.records.map((r) => r.source.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expectDuplicate(out.records[5], PLACEMENT_PROGRAMS, { file: 'examples/agency-claim.csv', line: 2, case_id: 'RS-2020-0701' });
    for (const rec of out.records.slice(0, 5).concat(out.records.slice(6))) expectNoDuplicate(rec);
    expect(out.summary.duplicates).toBe(3);
    expect(out.summary.grants.by_program).toMatchObject({ recruitment: 3000, emergency: 2400, organization: 3700 });
    expect(out.summary.grants.total).toBe(9100);
  });

  it('a first claim that was ineligible does not make a later eligible claim a duplicate (YAML and CSV)', async () => {
    // First record: enterprise_category other — recruitment is claimed, emergency and organization are not.
    const yaml = file(
      'ineligible-first.yaml',
      [
        'case_id: I-1', //                 1
        'type: placement', //              2
        'records:', //                     3
        `  - worker_id: "${A}"`, //        4
        '    enterprise_category: other',
        '    contract_signed: 2020-02-20',
        '    organization_cost: "800"',
        `  - worker_id: "${A}"`, //        8
        '    enterprise_category: key',
        '    contract_signed: 2020-02-20',
        '    organization_cost: "800"',
        '',
      ].join('\n'),
    );
    const csv = file(
      'ineligible-first.csv',
      ['case_id,worker_id,enterprise_category,contract_signed,organization_cost', `I-1,${A},other,2020-02-20,800`, `I-1,${A},key,2020-02-20,800`, ''].join('\n'),
    );
    for (const [path, firstLine] of [
      [yaml, 4],
      [csv, 2],
    ] as const) {
      const out = await evaluate([path, '--type', 'placement', ...PARAMS]);
      const [first, second] = out.records;
      expect(first!.results!.map((r) => [r.program, r.status, r.amount])).toEqual([
        ['recruitment', 'eligible', 500],
        ['emergency', 'ineligible', 0],
        ['organization', 'ineligible', 0],
      ]);
      expectNoDuplicate(first);
      expectDuplicate(second, ['recruitment'], { file: path, line: firstLine, case_id: 'I-1' });
      expect(result(second, 'emergency')).toMatchObject({ status: 'eligible', amount: 600 });
      expect(result(second, 'organization')).toMatchObject({ status: 'eligible', amount: 800 });
      expect(result(second, 'emergency').duplicate_of).toBeUndefined();
      expect(result(second, 'organization').duplicate_of).toBeUndefined();
      expect(out.summary.duplicates).toBe(1);
      expect(out.summary.grants.by_program).toMatchObject({ recruitment: 500, emergency: 600, organization: 800 });
    }
  });

  it('different record types do not collide: placement, hire and startup of one person are all evaluated', async () => {
    const yaml = file(
      'types.yaml',
      [
        '- type: placement', //                 1
        '  case_id: T-1',
        `  worker_id: "${A}"`,
        '  enterprise_category: key',
        '  contract_signed: 2020-02-20',
        '  organization_cost: "800"',
        '- type: hire', //                      7
        '  case_id: T-2',
        `  worker_id: "${A}"`,
        '  worker_group: poverty_registered',
        '  contract_signed: 2020-03-01',
        '- type: startup', //                   12
        '  case_id: T-3',
        `  applicant_id: "${A}"`,
        '  applicant_group: migrant_worker',
        '  business_district: 长寿区',
        '  business_registered: 2020-03-12',
        '  loan_requested: "50000"',
        '- type: hire', //                      19: the same hire again
        '  case_id: T-4',
        `  worker_id: "${A}"`,
        '  worker_group: poverty_registered',
        '  contract_signed: 2020-04-01',
        '',
      ].join('\n'),
    );
    const out = await evaluate([yaml, ...PARAMS]);
    const [placement, hire, startup, hireAgain] = out.records;
    expect(placement!.results!.map((r) => [r.program, r.status, r.amount])).toEqual([
      ['recruitment', 'eligible', 500],
      ['emergency', 'eligible', 600],
      ['organization', 'eligible', 800],
    ]);
    expect(hire!.results!.map((r) => [r.program, r.status, r.amount])).toEqual([['hiring', 'eligible', 6000]]);
    expect(startup!.results!.map((r) => [r.program, r.status, r.amount])).toEqual([
      ['startup_grant', 'eligible', 8000],
      ['startup_loan', 'eligible', 50000],
    ]);
    for (const rec of [placement, hire, startup]) expectNoDuplicate(rec);
    expectDuplicate(hireAgain, ['hiring'], { file: yaml, line: 7, case_id: 'T-2' });
    expect(out.summary.duplicates).toBe(1);
    expect(out.summary.grants.by_program).toMatchObject({ recruitment: 500, emergency: 600, organization: 800, hiring: 6000, startup_grant: 8000 });
    expect(out.summary.grants.total).toBe(15900);
    expect(out.summary.loans.total).toBe(50000);
  });

  it('different record types do not collide in a CSV with a type column either', async () => {
    const csv = file(
      'types.csv',
      [
        'type,case_id,worker_id,enterprise_category,worker_group,contract_signed,organization_cost',
        `placement,M-1,${A},key,,2020-02-20,800`, // 2
        `hire,M-2,${A},,poverty_registered,2020-03-01,`, // 3
        `hire,M-3,${A},,poverty_registered,2020-04-01,`, // 4: duplicate of line 3
        `placement,M-4,${A},key,,2020-02-21,700`, // 5: duplicate of line 2
        '',
      ].join('\n'),
    );
    const out = await evaluate([csv, ...PARAMS]);
    expect(out.records.map((r) => r.type)).toEqual(['placement', 'hire', 'hire', 'placement']);
    expectNoDuplicate(out.records[0]);
    expectNoDuplicate(out.records[1]);
    expect(result(out.records[1], 'hiring')).toMatchObject({ status: 'eligible', amount: 6000 });
    expectDuplicate(out.records[2], ['hiring'], { file: csv, line: 3, case_id: 'M-2' });
    expectDuplicate(out.records[3], PLACEMENT_PROGRAMS, { file: csv, line: 2, case_id: 'M-1' });
    expect(out.summary.duplicates).toBe(4);
    expect(out.summary.grants.total).toBe(500 + 600 + 800 + 6000);
  });
});

describe('every ID the parser accepts is checked for duplicates', () => {
  it('a worker born in 2100 (per the ID) claimed twice is a duplicate, or the ID is refused', async () => {
    const id = residentId('50011521000101123');
    const path = file(
      'twice-2100.yaml',
      ['case_id: Z-1', 'type: placement', 'records:', `  - worker_id: "${id}"`, '    enterprise_category: key', '    contract_signed: 2020-02-20', `  - worker_id: "${id}"`, '    enterprise_category: key', '    contract_signed: 2020-02-20', ''].join(
        '\n',
      ),
    );
    const r = await runCli(['evaluate', path, '--as-of', AS_OF, '--format', 'json']);
    const out = JSON.parse(r.stdout) as Out;
    const second = out.records[1]!;
    const refused = second.errors.length > 0;
    const duplicate = !refused && result(second, 'emergency').duplicate_of !== undefined;
    expect(refused || duplicate).toBe(true);
  });

  it('an ID written in full-width characters is the same person in a CSV file as in a case file, in either case of x', async () => {
    const id = '50010319920315002X';
    const wide = [...id].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join(''); // ５００…２Ｘ
    const rows = [`hire,C6,${wide},poverty_registered,2020-03-01`, `hire,C2,${id},poverty_registered,2020-03-01`, `hire,C7,${wide.slice(0, -1)}ｘ,poverty_registered,2020-03-01`];
    const csv = file('wide.csv', ['type,case_id,worker_id,worker_group,contract_signed', ...rows, ''].join('\n'));
    const r = await runCli(['evaluate', csv, '--as-of', AS_OF, '--format', 'json', '--jobs', '0']);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.records.map((rec) => result(rec, 'hiring').status)).toEqual(['eligible', 'ineligible', 'ineligible']);
    expect(out.records.map((rec) => result(rec, 'hiring').duplicate_of?.line)).toEqual([undefined, 2, 2]);
    const asCsv = await runCli(['evaluate', csv, '--as-of', AS_OF, '--format', 'csv', '--jobs', '0']);
    expect(asCsv.stdout.trimEnd().split('\n').slice(1).map((line) => line.split(',').at(-3))).toEqual(['6000.00', '0.00', '0.00']);
    // A case file's record of the same person, given first: every CSV row is then its duplicate.
    const json = file('narrow.json', JSON.stringify([{ type: 'hire', case_id: 'J1', worker_id: id, worker_group: 'poverty_registered', contract_signed: '2020-03-01' }]));
    const both = JSON.parse((await runCli(['evaluate', json, csv, '--as-of', AS_OF, '--format', 'json', '--jobs', '0'])).stdout) as Out;
    expect(both.records.map((rec) => [result(rec, 'hiring').status, result(rec, 'hiring').duplicate_of?.case_id])).toEqual([
      ['eligible', undefined],
      ['ineligible', 'J1'],
      ['ineligible', 'J1'],
      ['ineligible', 'J1'],
    ]);
  });
});

describe('duplicates across inputs: the first input wins, in the order given', () => {
  const yaml = file(
    'first.yaml',
    ['case_id: Y-1', 'type: placement', 'records:', `  - worker_id: "${A}"`, '    enterprise_category: key', '    contract_signed: 2020-02-20', '    organization_cost: "800"', ''].join(
      '\n',
    ),
  );
  const header = 'case_id,worker_id,enterprise_category,contract_signed,organization_cost';
  const csvAB = file('ab.csv', [header, `C-1,${A},key,2020-03-01,900`, `C-1,${B},electronics,2020-03-01,900`, `C-2,${A},key,2020-03-02,100`, ''].join('\n'));
  const csvB = file('b.csv', [header, `D-1,${B},key,2020-02-01,1000`, ''].join('\n'));

  it('a YAML case then a CSV: the CSV claims of the YAML worker are duplicates of the YAML record', async () => {
    const out = await evaluate([yaml, csvAB, '--type', 'placement', ...PARAMS]);
    expect(out.records.map((r) => `${r.source.file}:${r.source.line}`)).toEqual([`${yaml}:4`, `${csvAB}:2`, `${csvAB}:3`, `${csvAB}:4`]);
    expectNoDuplicate(out.records[0]);
    const first = { file: yaml, line: 4, case_id: 'Y-1' };
    expectDuplicate(out.records[1], PLACEMENT_PROGRAMS, first);
    expectNoDuplicate(out.records[2]);
    expectDuplicate(out.records[3], PLACEMENT_PROGRAMS, first);
    expect(out.summary.duplicates).toBe(6);
    expect(out.summary.grants.by_program).toMatchObject({ recruitment: 1000, emergency: 1200, organization: 1700 });
  });

  it('the same inputs the other way round: the YAML record is the duplicate of the CSV line', async () => {
    const out = await evaluate([csvAB, yaml, '--type', 'placement', ...PARAMS]);
    expect(out.records.map((r) => `${r.source.file}:${r.source.line}`)).toEqual([`${csvAB}:2`, `${csvAB}:3`, `${csvAB}:4`, `${yaml}:4`]);
    const first = { file: csvAB, line: 2, case_id: 'C-1' };
    expectDuplicate(out.records[2], PLACEMENT_PROGRAMS, first);
    expectDuplicate(out.records[3], PLACEMENT_PROGRAMS, first);
    expect(out.summary.duplicates).toBe(6);
    expect(out.summary.grants.by_program).toMatchObject({ recruitment: 1000, emergency: 1200, organization: 1800 });
  });

  it('two CSVs: the first file’s claim wins, in the order given', async () => {
    const forward = await evaluate([csvB, csvAB, '--type', 'placement', ...PARAMS]);
    expectNoDuplicate(forward.records[0]);
    expectNoDuplicate(forward.records[1]); // ab.csv:2, A
    expectDuplicate(forward.records[2], PLACEMENT_PROGRAMS, { file: csvB, line: 2, case_id: 'D-1' }); // ab.csv:3, B
    expectDuplicate(forward.records[3], PLACEMENT_PROGRAMS, { file: csvAB, line: 2, case_id: 'C-1' }); // ab.csv:4, A
    expect(forward.summary.duplicates).toBe(6);
    expect(forward.summary.grants.by_program.organization).toBe(1000 + 900);

    const backward = await evaluate([csvAB, csvB, '--type', 'placement', ...PARAMS]);
    expectDuplicate(backward.records[3], PLACEMENT_PROGRAMS, { file: csvAB, line: 3, case_id: 'C-1' }); // b.csv:2, B
    expect(backward.summary.duplicates).toBe(6);
    expect(backward.summary.grants.by_program.organization).toBe(900 + 900);
  });
});

// ---------------------------------------------------------------------------------------
// Worker threads find the same duplicates as the main thread

interface Spawned {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

function spawnCli(args: string[], extraEnv: Record<string, string> = {}): Promise<Spawned> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', LANG: 'C', ...extraEnv };
  for (const k of ['FORCE_COLOR', 'LC_ALL', 'LC_MESSAGES', 'LANGUAGE', 'NODE_OPTIONS']) delete env[k];
  if (!extraEnv.SUBSIDY_BATCH_BYTES) delete env.SUBSIDY_BATCH_BYTES;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/**
 * Placement rows over a few hundred people, so that most people are claimed again and again, in
 * many batches; with `once`, that share of the rows name someone who occurs nowhere else.
 */
function generateBatch(rows: number, once = 0): string {
  let seed = 20200630;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const people = Array.from({ length: 200 }, (_, n) =>
    residentId(`5001${String(10 + (n % 30)).padStart(2, '0')}${1960 + (n % 40)}${String(1 + (n % 12)).padStart(2, '0')}${String(1 + (n % 28)).padStart(2, '0')}${String(n).padStart(3, '0')}`),
  );
  const lines = ['case_id,worker_name,worker_id,enterprise_category,contract_signed,employment_end,organization_cost,claimed_recruitment,claimed_emergency,claimed_organization'];
  for (let i = 0; i < rows; i++) {
    const month = 1 + Math.floor(rnd() * 4);
    const end = rnd() < 0.3 ? `2020-05-${10 + Math.floor(rnd() * 19)}` : '';
    const cost = `${Math.floor(rnd() * 1200)}.${String(Math.floor(rnd() * 100)).padStart(2, '0')}`;
    // Some names hold a comma, so that some rows are quoted.
    const name = rnd() < 0.1 ? `"张, ${i}"` : `王${i}`;
    // Every 500th row has a wrong check character: invalid rows in between must not disturb the order.
    lines.push(
      [`R-${i % 53}`, name, i % 500 === 499 ? '500115199001011239' : rnd() < once ? residentId(`500103${1970 + (i % 30)}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`) : pick(people), pick(['key', 'electronics', 'other', 'key;electronics']), `2020-0${month}-1${Math.floor(rnd() * 9)}`, end, cost, '500', pick(['600', '500', '']), rnd() < 0.5 ? cost : ''].join(
        ',',
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

describe('worker threads', () => {
  it('a run read twice (as over 1.5M records: only repeated IDs remembered) gives the same output as one pass', async () => {
    // Half the rows name someone who occurs once; a YAML case first claims a worker of the CSV.
    const csv = file('twice.csv', generateBatch(1500, 0.5) + `R-YAML,张伟,${A},key,2020-02-20,,800,500,,\n`);
    const yaml = file('twice.yaml', ['case_id: Y-1', 'type: placement', 'records:', `  - worker_id: "${A}"`, '    enterprise_category: key', '    contract_signed: 2020-02-20', '    organization_cost: "800"', ''].join('\n'));
    const common = [yaml, csv, '--type', 'placement', '--as-of', AS_OF, ...PARAMS];
    const twice = { SUBSIDY_TWO_PASS_ROWS: '1', SUBSIDY_BATCH_BYTES: '3000' };
    const [json2, json0, once] = await Promise.all([
      spawnCli(['evaluate', ...common, '--format', 'json', '--jobs', '2'], twice),
      spawnCli(['evaluate', ...common, '--format', 'json', '--jobs', '0'], { SUBSIDY_TWO_PASS_ROWS: '1' }),
      runCli(['evaluate', ...common, '--format', 'json', '--jobs', '0']),
    ]);
    for (const r of [json2, json0, once]) expect(r.code, r.stderr).toBe(1);
    const out = JSON.parse(once.stdout) as Out;
    expect(json2.stdout.toString('utf8') === once.stdout).toBe(true);
    expect(json0.stdout.toString('utf8') === once.stdout).toBe(true);
    // The comparison means something: many duplicates, many people claimed once, and the CSV's
    // last row is a duplicate of the YAML record.
    expect(out.summary.duplicates).toBeGreaterThan(600);
    const ids = out.records.map((r) => (r as unknown as { input: { worker_id?: string } }).input.worker_id);
    expect(ids.filter((id, i) => id && ids.indexOf(id) === i && ids.lastIndexOf(id) === i).length).toBeGreaterThan(600);
    expectDuplicate(out.records.at(-1)!, PLACEMENT_PROGRAMS, { file: yaml, line: 4, case_id: 'Y-1' });
  });

  it('worker threads evaluate with the rules as loaded, overlays and parameters included', async () => {
    const rows = Array.from({ length: 600 }, (_, i) => `hire,H-${i % 40},${residentId(`5001031985${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(i).padStart(3, '0')}`)},poverty_registered,2020-03-01,${i % 3 ? i % 20 : ''}`);
    const csv = file('overlay.csv', ['type,case_id,worker_id,worker_group,contract_signed,社保缴费月数', ...rows, ''].join('\n'));
    const common = [csv, '--rules', 'examples/overlays/local-social-insurance.yaml', '--param', 'hiring_min_insurance_months=10', '--as-of', AS_OF, '--format', 'json'];
    const [workers, here] = await Promise.all([spawnCli(['evaluate', ...common, '--jobs', '2'], { SUBSIDY_BATCH_BYTES: '2000' }), runCli(['evaluate', ...common, '--jobs', '0'])]);
    expect(workers.code, workers.stderr).toBe(0);
    expect(workers.stdout.toString('utf8') === here.stdout).toBe(true);
    const statuses = (JSON.parse(here.stdout) as Out).records.map((r) => r.results![0]!.status);
    expect(new Set(statuses)).toEqual(new Set(['eligible', 'ineligible', 'undetermined']));
  });

  it('finding repeated keys: through temporary files and back, each repeated key once, the files then removed', () => {
    const finder = new RepeatFinder(4, 16);
    const keys: number[] = [];
    for (let i = 0; i < 1000; i++) keys.push(i * 7919 + 1);
    const repeated = [keys[3]!, keys[500]!, keys[999]!, 2 ** 52 + 5];
    finder.add(Float64Array.from(keys));
    finder.add(Float64Array.from([repeated[0]!, repeated[1]!, repeated[1]!, repeated[2]!, 2 ** 52 + 5, 2 ** 52 + 5]));
    const dir = (finder as unknown as { dir?: string }).dir;
    expect(dir && existsSync(dir)).toBeTruthy();
    expect([...finder.finish()].sort((a, b) => a - b)).toEqual(repeated.sort((a, b) => a - b));
    expect(existsSync(dir!)).toBe(false);
    const set = KeySet.of(Float64Array.from(repeated));
    expect(repeated.every((k) => set.has(k))).toBe(true);
    expect(keys.filter((k) => set.has(k))).toHaveLength(3);
    expect(set.has(2 ** 52 + 4)).toBe(false);
  });

  it('--jobs 2 with small batches gives the same CSV bytes and the same summary as --jobs 0', async () => {
    const csv = file('batch.csv', generateBatch(1500));
    const common = [csv, '--type', 'placement', '--as-of', AS_OF, ...PARAMS];
    const small = { SUBSIDY_BATCH_BYTES: '3000' };
    // The worker-thread runs are spawned (worker threads need dist/; SUBSIDY_BATCH_BYTES is read
    // when the module loads), cutting the input into ~30 batches. The main-thread runs happen here
    // meanwhile, in one batch.
    // Written to files too, in many batches: the memory of each batch's output, once written,
    // serves a later batch (in this thread and in workers) and must not show through.
    const outputs = [join(tmp, 'out0.csv'), join(tmp, 'out2.csv')];
    const spawned = Promise.all([
      spawnCli(['evaluate', ...common, '--format', 'csv', '--jobs', '2'], small),
      spawnCli(['evaluate', ...common, '--format', 'json', '--jobs', '2'], small),
      spawnCli(['evaluate', ...common, '--format', 'csv', '--jobs', '0', '--output', outputs[0]!], small),
      spawnCli(['evaluate', ...common, '--format', 'csv', '--jobs', '2', '--output', outputs[1]!], small),
    ]);
    const csv0 = await runCli(['evaluate', ...common, '--format', 'csv', '--jobs', '0']);
    const json0 = await runCli(['evaluate', ...common, '--format', 'json', '--jobs', '0']);
    const [csv2, json2, ...files] = await spawned;
    for (const [i, r] of files.entries()) {
      expect(r.code, r.stderr).toBe(1);
      expect(readFileSync(outputs[i]!, 'utf8') === csv0.stdout).toBe(true);
    }
    // Exit 1 for the invalid rows; the summary line shows the run finished (a crash exits 1 too).
    for (const r of [csv0, csv2, json0, json2]) {
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/^1,500 records: 1,497 evaluated, 3 invalid, [\d,]+ duplicate claims;/m);
    }
    expect(csv2.stdout.length).toBeGreaterThan(40000);
    expect(csv2.stdout.toString('utf8') === csv0.stdout).toBe(true);
    const s0 = (JSON.parse(json0.stdout) as Out).summary;
    const s2 = (JSON.parse(json2.stdout.toString('utf8')) as Out).summary;
    expect(s2).toEqual(s0);
    // Not only the summary: every record, with its duplicate_of, is the same.
    expect(json2.stdout.toString('utf8') === json0.stdout).toBe(true);
    expect(s0).toMatchObject({ records: 1500, evaluated: 1497, invalid: 3 });
    // Many repeated IDs: there must be many duplicates for the comparison to mean anything.
    expect(s0.duplicates).toBeGreaterThan(1200);
    const rows = csv0.stdout.trimEnd().split('\n');
    expect(rows).toHaveLength(1501);
  });
});
