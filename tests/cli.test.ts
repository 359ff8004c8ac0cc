/**
 * End-to-end tests of the command line: the exit code, stdout and stderr of each run. The
 * runs listed in SPAWNED spawn the built binary (`node bin/subsidy.js`, built into dist/ by
 * `npm test` before vitest runs) with a plain environment (NO_COLOR=1, LANG=C, no terminal)
 * from the repository root; the others run the CLI in this process.
 *
 * Spawning is the slow part (about 0.3 s of CPU each: the CLI loads all its modules and the
 * rules pack at start), so the tests run concurrently, identical invocations are spawned once
 * and shared (see `cli`), and some runs check two things: most runs give no --format and so
 * also show that JSON is the default when stdout is not a terminal.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, isMap, isSeq, parse as parseYaml, parseDocument } from 'yaml';
import { describe, it, type ExpectStatic } from 'vitest';
import { runCli } from './helpers/run.js';
import { suiteDirs } from './helpers/temp.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const BIN = join(ROOT, 'bin', 'subsidy.js');
const FIX = 'tests/fixtures/cli';
const AS_OF = '2020-06-30';

// ---------------------------------------------------------------------------------------
// Running the binary

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', LANG: 'C' };
  for (const k of ['FORCE_COLOR', 'LC_ALL', 'LC_MESSAGES', 'LANGUAGE', 'NODE_OPTIONS']) delete e[k];
  return e;
}

function spawnCli(args: string[], input?: string): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: env(),
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (c: Buffer) => out.push(c));
    child.stderr!.on('data', (c: Buffer) => err.push(c));
    child.on('error', fail);
    child.on('close', (code) =>
      done({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    if (input !== undefined) child.stdin!.end(input);
  });
}

/** At most this many CLI processes at a time: more only makes them compete for the CPU. */
const MAX_PROCESSES = Math.max(2, availableParallelism());
let active = 0;
const waiting: (() => void)[] = [];
async function limited<T>(task: () => Promise<T>): Promise<T> {
  if (active < MAX_PROCESSES) active++;
  else await new Promise<void>((go) => waiting.push(go)); // the finishing task hands its slot over
  try {
    return await task();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else active--;
  }
}

const runs = new Map<string, Promise<Run>>();

/**
 * The invocations that spawn the built binary: one for each exit code, standard input, and
 * --debug. The others run the same CLI in this process (tests/helpers/run.ts), which is the
 * same code without a process start each time.
 */
const SPAWNED = [
  ['evaluate', 'examples/agency-placements.yaml', '--as-of', AS_OF, '--format', 'json'],
  ['evaluate', '-', '--input-format', 'yaml', '--as-of', AS_OF],
  ['evaluate', 'examples/invalid-records.yaml', '--as-of', AS_OF],
  ['evaluate', 'examples/agency-placements.yaml', '--bogus'],
  ['evaluate', 'examples/agency-placements.yaml', '--as-of', AS_OF, '--param', 'nope=1'],
  ['evaluate', `${FIX}/no-such-file.yaml`, '--as-of', AS_OF],
  ['evaluate', `${FIX}/broken.json`, '--as-of', AS_OF, '--debug'],
].map((args) => JSON.stringify(args));

/** Runs `subsidy ARGS` (with INPUT on stdin if given); the same invocation runs only once. */
function cli(args: string[], input?: string): Promise<Run> {
  const key = JSON.stringify([args, input ?? null]);
  let run = runs.get(key);
  if (!run) {
    run = SPAWNED.includes(JSON.stringify(args))
      ? limited(() => spawnCli(args, input))
      : runCli(args, input ?? '', { NO_COLOR: '1' }).then((r) => ({ code: r.code, stdout: r.stdout, stderr: r.stderr }));
    runs.set(key, run);
  }
  return run;
}

const evaluateJson = (...extra: string[]) => cli(['evaluate', 'examples/agency-placements.yaml', '--as-of', AS_OF, ...extra]);

// ---------------------------------------------------------------------------------------
// Output helpers

interface Reason {
  condition: string;
  outcome: string;
  message: string;
}
interface Result {
  program: string;
  kind: string;
  status: string;
  amount: number | null;
  reasons: Reason[];
  citation: { source: string; text: string; gloss: string };
  missing?: string[];
  eligible_on?: string;
  explain?: { conditions: (Reason & { label: string })[]; amount: unknown };
}
interface OutRecord {
  source: { file: string; line?: number };
  type: string;
  case_id: string | null;
  input: Record<string, unknown>;
  results: Result[] | null;
  errors: { field: string; value: unknown; message: string; line?: number }[];
}
interface Output {
  as_of: string;
  rules: { pack: string; params: Record<string, unknown> };
  records: OutRecord[];
  summary: {
    records: number;
    evaluated: number;
    invalid: number;
    grants: { total: number; by_program: Record<string, number> };
    loans: { total: number; by_program: Record<string, number> };
    files: { file: string; records: number; evaluated: number; invalid: number }[];
  };
}

const parseOutput = (run: Run): Output => JSON.parse(run.stdout) as Output;

const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');

const result = (rec: OutRecord | undefined, program: string): Result => {
  const r = rec?.results?.find((x) => x.program === program);
  if (!r) throw new Error(`no ${program} result in ${JSON.stringify(rec)}`);
  return r;
};

/** A stack trace frame as Node prints it. */
const STACK_FRAME = /^\s+at\s/m;

/** The records of a YAML/JSON case file with their first and last line and their fields. */
function caseRecords(text: string): { first: number; last: number; fields: Record<string, unknown> }[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const seq = isSeq(doc.contents) ? doc.contents : isMap(doc.contents) ? doc.contents.get('records', true) : undefined;
  if (!isSeq(seq)) throw new Error('not a case file');
  return seq.items.map((node) => {
    const range = (node as { range: [number, number, number] }).range;
    return {
      first: counter.linePos(range[0]).line,
      last: counter.linePos(Math.max(range[0], range[1] - 1)).line,
      fields: (node as { toJSON(): Record<string, unknown> }).toJSON(),
    };
  });
}

const PLACEMENTS_TEXT = readFileSync(join(ROOT, 'examples/agency-placements.yaml'), 'utf8');
const PLACEMENTS = caseRecords(PLACEMENTS_TEXT);
/** The line on which the example record of this worker starts. */
const lineOf = (name: string): number => {
  const rec = PLACEMENTS.find((r) => r.fields.worker_name === name);
  if (!rec) throw new Error(`${name} is not in examples/agency-placements.yaml`);
  return rec.first;
};
const byWorker = (out: Output, name: string) => out.records.find((r) => r.source.line === lineOf(name));

/** Display width in a terminal: East Asian wide characters take two columns. */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;
/** The display columns at which a line has a box-drawing border character. */
function borderColumns(line: string): number[] {
  const cols: number[] = [];
  let col = 0;
  for (const ch of line) {
    if ('┌┬┐│├┼┤└┴┘'.includes(ch)) cols.push(col);
    col += WIDE.test(ch) ? 2 : 1;
  }
  return cols;
}

/** The source paragraph (DESIGN.md quotes it verbatim) that the built-in pack cites. */
const SOURCE_TEXT =
  '对介绍劳动者与企业签订合同的人力资源服务机构,按规定给予补贴。其中,对为重庆市重点企业电子企业送工的人力资源服务机构,介绍的劳动者稳岗三个月及以上的,除招聘补贴外,还可享受600元/人应急补贴和最高不超过1000元/人的紧急组织补贴。企业吸纳建档立卡贫困家庭成员等就业,可享受6000元/人的一次性岗位补贴。' +
  '为符合条件的个人发放8000元创业补贴和最高15万元的创业担保贷款';

const tempDir = suiteDirs('subsidy-cli-');

/** The broken-YAML run (exit 4) is given --output, so that it also shows no output file is created. */
const NO_OUTPUT_DIR = tempDir();
const NO_OUTPUT_FILE = join(NO_OUTPUT_DIR, 'result.json');
const brokenYamlArgs = ['evaluate', `${FIX}/broken.yaml`, '--as-of', AS_OF, '--output', NO_OUTPUT_FILE];

// ---------------------------------------------------------------------------------------

describe.concurrent('subsidy evaluate: exit 0', () => {
  it('--format json: as_of, reconciled summary and the example results', async ({ expect }) => {
    const run = await evaluateJson('--format', 'json');
    expect(run.code).toBe(0);
    const out = parseOutput(run);
    expect(out.as_of).toBe(AS_OF);
    expect(out.rules.pack).toBe('cq-2020-return-to-work');
    expect(out.records).toHaveLength(PLACEMENTS.length);
    expect(out.summary.records).toBe(out.records.length);
    expect(out.summary.evaluated).toBe(out.records.length);
    expect(out.summary.invalid).toBe(0);
    for (const rec of out.records) {
      expect(rec.source.file).toBe('examples/agency-placements.yaml');
      expect(rec.type).toBe('placement');
      expect(rec.case_id).toBe('RS-2020-0315');
      expect(rec.errors).toEqual([]);
      expect(rec.results!.map((r) => r.program)).toEqual(['recruitment', 'emergency', 'organization']);
      for (const r of rec.results!) expect(r).not.toHaveProperty('explain');
    }
    expect(out.records.map((r) => r.source.line)).toEqual(PLACEMENTS.map((r) => r.first));

    // 张伟: electronics enterprise, still employed past three months, cost 850.
    const zhang = byWorker(out, '张伟');
    expect(result(zhang, 'emergency')).toMatchObject({ status: 'eligible', amount: 600, kind: 'grant' });
    expect(result(zhang, 'organization')).toMatchObject({ status: 'eligible', amount: 850 });
    // recruitment_amount has no default ("按规定"): undetermined, naming the missing parameter.
    expect(result(zhang, 'recruitment')).toMatchObject({ status: 'undetermined', amount: null, missing: ['recruitment_amount'] });
    // 李娜: 2020-01-31 + 3 months = 2020-04-30; cost 1,000.01 is capped at 1000.
    const li = byWorker(out, '李娜');
    expect(result(li, 'emergency')).toMatchObject({ status: 'eligible', amount: 600 });
    expect(result(li, 'organization')).toMatchObject({ status: 'eligible', amount: 1000 });
    // 王芳: left 2020-05-24, one day short of 2020-05-25.
    const wang = byWorker(out, '王芳');
    for (const p of ['emergency', 'organization']) {
      const r = result(wang, p);
      expect(r).toMatchObject({ status: 'ineligible', amount: 0 });
      expect(r.reasons.find((x) => x.condition === 'retention')).toMatchObject({ outcome: 'not_met' });
      expect(r.reasons.map((x) => x.message).join(' ')).toContain('2020-05-25');
    }
    // 刘洋: enterprise neither key nor electronics.
    expect(result(byWorker(out, '刘洋'), 'emergency')).toMatchObject({ status: 'ineligible', amount: 0 });
    // 陈静: still employed since 2020-05-10: pending until 2020-08-10.
    const chen = byWorker(out, '陈静');
    expect(result(chen, 'emergency')).toMatchObject({ status: 'pending', amount: 600, eligible_on: '2020-08-10' });
    expect(result(chen, 'organization')).toMatchObject({ status: 'pending', amount: 720.5, eligible_on: '2020-08-10' });
    // 杨磊: no organization_cost: undetermined, never zero.
    expect(result(byWorker(out, '杨磊'), 'organization')).toMatchObject({ status: 'undetermined', amount: null, missing: ['organization_cost'] });
    // 赵刚: at work, but no contract date: 「其中」 puts the add-ons within the signed contract too.
    for (const p of ['recruitment', 'emergency', 'organization']) {
      expect(result(byWorker(out, '赵刚'), p)).toMatchObject({ status: 'undetermined', amount: null, missing: expect.arrayContaining(['contract_signed']) });
    }

    // Totals reconcile with the eligible results.
    const eligible = out.records.flatMap((r) => r.results!).filter((r) => r.status === 'eligible' && r.kind === 'grant');
    const sum = (ns: number[]) => Math.round(ns.reduce((a, b) => a + b, 0) * 100) / 100;
    expect(out.summary.grants.total).toBe(sum(eligible.map((r) => r.amount!)));
    expect(out.summary.grants.total).toBe(sum(Object.values(out.summary.grants.by_program)));
    expect(out.summary.grants.by_program.emergency).toBe(1800);
    expect(out.summary.loans.total).toBe(0);

    // stderr: the one-line summary only.
    expect(lines(run.stderr)).toEqual([`7 records: 7 evaluated, 0 invalid; grants 3,650.00 yuan, loans 0.00 yuan`]);
  });

  it('--format ndjson: one JSON object per line, each with as_of; --quiet leaves stderr empty', async ({ expect }) => {
    const [run, json] = await Promise.all([evaluateJson('--format', 'ndjson', '--quiet'), evaluateJson('--format', 'json')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.endsWith('\n')).toBe(true);
    const rows = run.stdout.slice(0, -1).split('\n');
    expect(rows).toHaveLength(PLACEMENTS.length);
    const records = parseOutput(json).records;
    rows.forEach((row, i) => {
      const { as_of, ...rest } = JSON.parse(row) as { as_of: string };
      expect(as_of).toBe(AS_OF);
      expect(rest).toEqual(records[i]);
    });
  });

  it('--format table (forced, not a terminal): names with masked IDs, aligned CJK columns, never a full ID', async ({ expect }) => {
    const run = await evaluateJson('--format', 'table', '--lang', 'zh');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const out = run.stdout;
    expect(out).not.toMatch(/\u001b\[/); // NO_COLOR: no escape codes
    expect(out.split('\n')[0]).toContain(`评估日 ${AS_OF}`);
    for (const { fields, first } of PLACEMENTS) {
      const id = String(fields.worker_id);
      const masked = `${id.slice(0, 6)}********${id.slice(-4)}`;
      expect(out).not.toContain(id);
      const title = out.split('\n').find((l) => l.includes(`examples/agency-placements.yaml:${first}`));
      expect(title).toBeDefined();
      expect(title).toContain(`${String(fields.worker_name)} ${masked}`);
    }
    expect(out).toContain('张伟 500115********1238');
    expect(out).toContain('王芳 500103********002X');
    expect(out).not.toMatch(/\d{17}[\dX]/);

    // Every box: all its lines have their borders at the same display columns.
    const all = out.split('\n');
    let boxes = 0;
    for (let i = 0; i < all.length; i++) {
      if (!all[i]!.startsWith('┌')) continue;
      const end = all.findIndex((l, j) => j > i && l.startsWith('└'));
      expect(end).toBeGreaterThan(i);
      const expected = borderColumns(all[i]!);
      for (const line of all.slice(i, end + 1)) expect(borderColumns(line), line).toEqual(expected);
      boxes++;
      i = end;
    }
    expect(boxes).toBe(PLACEMENTS.length + 1); // one per record and the totals
    expect(out).toMatch(/│ 项目 +│ 结果 +│ 金额\(元\) │ 理由 +│/);
    // 陈静's block says pending until 2020-08-10.
    const chen = out.slice(out.indexOf('陈静'), out.indexOf('杨磊'));
    expect(chen).toMatch(/│ 应急补贴 +│ 待满期 +│ +600\.00 │ 2020-08-10 起可申领/);
    expect(out).toContain('补贴合计: 3,650.00');
  });
});

describe.concurrent('subsidy evaluate - (standard input)', () => {
  const HIRE_AND_STARTUP = [
    '- type: hire',
    '  case_id: STDIN-1',
    '  worker_name: 赵敏',
    '  worker_id: "500229199707070030"',
    '  worker_group: poverty_registered',
    '  contract_signed: 2020-03-01',
    '- type: startup',
    '  case_id: STDIN-2',
    '  applicant_name: 黄海',
    '  applicant_id: "500115199001011238"',
    '  applicant_group: migrant_worker',
    '  business_district: 长寿区',
    '  business_registered: 2020-03-12',
    '  loan_requested: 200000',
    '',
  ].join('\n');

  it('--input-format yaml', async ({ expect }) => {
    const run = await cli(['evaluate', '-', '--input-format', 'yaml', '--as-of', AS_OF], HIRE_AND_STARTUP);
    expect(run.code).toBe(0);
    const out = parseOutput(run);
    expect(out.records.map((r) => r.source)).toEqual([
      { file: '<stdin>', line: 1 },
      { file: '<stdin>', line: 7 },
    ]);
    expect(out.records.map((r) => [r.type, r.case_id])).toEqual([
      ['hire', 'STDIN-1'],
      ['startup', 'STDIN-2'],
    ]);
    expect(result(out.records[0], 'hiring')).toMatchObject({ status: 'eligible', amount: 6000 });
    expect(result(out.records[1], 'startup_grant')).toMatchObject({ status: 'eligible', amount: 8000, kind: 'grant' });
    expect(result(out.records[1], 'startup_loan')).toMatchObject({ status: 'eligible', amount: 150000, kind: 'loan' });
    // the loan is kept out of grant totals
    expect(out.summary.grants.total).toBe(14000);
    expect(out.summary.loans.total).toBe(150000);
    expect(lines(run.stderr)).toEqual(['2 records: 2 evaluated, 0 invalid; grants 14,000.00 yuan, loans 150,000.00 yuan']);
  });

  it('--input-format json', async ({ expect }) => {
    const text = readFileSync(join(ROOT, 'examples/enterprise-hires.json'), 'utf8');
    const expected = caseRecords(text);
    const run = await cli(['evaluate', '-', '--input-format', 'json', '--as-of', AS_OF], text);
    expect(run.code).toBe(0);
    const out = parseOutput(run);
    expect(out.records.map((r) => r.source)).toEqual(expected.map((r) => ({ file: '<stdin>', line: r.first })));
    expect(out.records.every((r) => r.type === 'hire' && r.case_id === 'QY-2020-0042')).toBe(true);
    const zhao = out.records[expected.findIndex((r) => r.fields.worker_name === '赵敏')];
    expect(result(zhao, 'hiring')).toMatchObject({ status: 'eligible', amount: 6000 });
    const none = out.records[expected.findIndex((r) => r.fields.worker_group === 'none')];
    expect(result(none, 'hiring')).toMatchObject({ status: 'ineligible', amount: 0 });
    expect(out.summary).toMatchObject({ records: expected.length, evaluated: expected.length, invalid: 0 });
  });

  it('without --input-format, YAML on stdin is recognised and evaluated like the file', async ({ expect }) => {
    const [run, file] = await Promise.all([cli(['evaluate', '-', '--as-of', AS_OF], PLACEMENTS_TEXT), evaluateJson('--format', 'json')]);
    expect(run.code).toBe(0);
    const out = parseOutput(run);
    const fromFile = parseOutput(file);
    expect(out.records).toEqual(fromFile.records.map((r) => ({ ...r, source: { ...r.source, file: '<stdin>' } })));
    expect(out.summary.grants).toEqual(fromFile.summary.grants);
  });
});

describe.concurrent('subsidy evaluate: exit 1 (some records invalid)', () => {
  it('examples/invalid-records.yaml: the valid record is evaluated, the others carry errors; stderr names file:line and field', async ({
    expect,
  }) => {
    const file = 'examples/invalid-records.yaml';
    const recs = caseRecords(readFileSync(join(ROOT, file), 'utf8'));
    const run = await cli(['evaluate', file, '--as-of', AS_OF]);
    expect(run.code).toBe(1);
    const out = parseOutput(run);
    expect(out.summary).toMatchObject({ records: 3, evaluated: 1, invalid: 2 });
    expect(out.records).toHaveLength(3);

    const [qian, kong, cao] = out.records;
    expect(cao!.errors).toEqual([]);
    expect(result(cao, 'emergency')).toMatchObject({ status: 'eligible', amount: 600 });
    expect(result(cao, 'organization')).toMatchObject({ status: 'eligible', amount: 980 });
    for (const bad of [qian!, kong!]) {
      expect(bad.results ?? []).toEqual([]);
      for (const e of bad.errors) {
        expect(typeof e.field).toBe('string');
        expect(e).toHaveProperty('value');
        expect(e.message.length).toBeGreaterThan(5);
      }
    }
    expect(qian!.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'contract_signed', value: '2020-02-30' }),
        expect.objectContaining({ field: 'organization_cost', value: -5 }),
      ]),
    );
    expect(kong!.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'enterprise_category', value: '国有企业' }),
        expect.objectContaining({ field: 'organization_cost', value: 1.005 }),
      ]),
    );

    // stderr: one line per error, then the summary line.
    const err = lines(run.stderr);
    const errorLines = err.filter((l) => l.startsWith(`${file}:`));
    expect(errorLines).toHaveLength(qian!.errors.length + kong!.errors.length);
    expect(err).toHaveLength(errorLines.length + 1);
    expect(err.at(-1)).toMatch(/^3 records: 1 evaluated, 2 invalid; grants 1,580\.00 yuan/);
    const expectLine = (record: number, field: string, value: string) => {
      const line = errorLines.find((l) => l.includes(`: ${field} = ${value}: `));
      expect(line, `${field} = ${value}`).toBeDefined();
      const at = Number(/^[^:]+:(\d+): /.exec(line!)?.[1]);
      // the line is that of the record (or of the field inside it)
      expect(at).toBeGreaterThanOrEqual(recs[record]!.first);
      expect(at).toBeLessThanOrEqual(recs[record]!.last);
    };
    expectLine(0, 'contract_signed', '"2020-02-30"');
    expectLine(0, 'organization_cost', '-5');
    expectLine(1, 'enterprise_category', '"国有企业"');
    expectLine(1, 'organization_cost', '1.005');
  });

  it('bad values (an impossible date, a negative amount, a third decimal): one error line each, naming field and value', async ({
    expect,
  }) => {
    const cases = [
      { file: `${FIX}/bad-date.yaml`, field: 'contract_signed', value: '"2020-02-30"', json: '2020-02-30', says: /not a date/ },
      { file: `${FIX}/bad-negative.yaml`, field: 'organization_cost', value: '-5', json: -5, says: /negative/ },
      { file: `${FIX}/bad-decimals.yaml`, field: 'organization_cost', value: '1.005', json: 1.005, says: /two decimals/ },
    ];
    // One run over the three one-record files: each file's record is invalid on its own.
    const run = await cli(['evaluate', ...cases.map((c) => c.file), '--as-of', AS_OF]);
    expect(run.code).toBe(1);
    const out = parseOutput(run);
    expect(out.summary).toMatchObject({ records: 3, evaluated: 0, invalid: 3 });
    expect(out.summary.files.map((f) => [f.file, f.invalid])).toEqual(cases.map((c) => [c.file, 1]));
    const err = lines(run.stderr);
    expect(err).toHaveLength(cases.length + 1);
    cases.forEach((c, i) => {
      expect(out.records[i]!.errors).toEqual([expect.objectContaining({ field: c.field, value: c.json, message: expect.stringMatching(c.says) })]);
      const line = err.filter((l) => l.startsWith(`${c.file}:`));
      expect(line).toHaveLength(1);
      expect(line[0]).toMatch(new RegExp(`^${c.file}:\\d+: ${c.field} = ${c.value.replace('.', '\\.')}: `));
      expect(line[0]).toMatch(c.says);
    });
    expect(err.at(-1)).toMatch(/^3 records: 0 evaluated, 3 invalid/);
  });
});

describe.concurrent('subsidy: exit 2 (usage errors), short stderr without a stack trace', () => {
  const cases: [string, string[], RegExp][] = [
    ['an unknown option', ['evaluate', 'examples/agency-placements.yaml', '--bogus'], /unknown option '--bogus'/],
    ['no file argument', ['evaluate'], /missing required argument 'files'/],
    ['--mask-ids with --no-mask', ['evaluate', 'examples/agency-placements.yaml', '--no-mask', '--mask-ids'], /option '--mask-ids' cannot be used with option '--no-mask'/],
    ['--format xml', ['evaluate', 'examples/agency-placements.yaml', '--format', 'xml'], /--format xml: .*table, json, ndjson/],
    ['--as-of 2020-13-01', ['evaluate', 'examples/agency-placements.yaml', '--as-of', '2020-13-01'], /--as-of 2020-13-01: /],
    ['--bom with JSON output and no --errors', ['evaluate', 'examples/agency-placements.yaml', '--format', 'json', '--bom'], /^subsidy: --bom: .*CSV.*not json output/],
    ['--explain with CSV output', ['evaluate', 'examples/agency-placements.yaml', '--format', 'csv', '--explain'], /^subsidy: --explain: CSV output has statuses, amounts and short reasons, not the details/],
    ['CSV output into a file named .xlsx', ['evaluate', 'examples/agency-placements.yaml', '--format', 'csv', '--output', 'out.xlsx'], /^subsidy: --format csv with --output out\.xlsx: a \.xlsx file is a workbook/],
    ['a workbook into a file not named .xlsx', ['evaluate', 'examples/agency-placements.yaml', '--format', 'xlsx', '--output', 'out.csv'], /^subsidy: --format xlsx with --output out\.csv: a workbook is written to a file named \.xlsx/],
    ['--explain with the table of a CSV batch (its totals only)', ['evaluate', 'examples/batch-mixed.csv', '--format', 'table', '--explain'], /^subsidy: --explain: the table of a CSV file or workbook shows its totals, not each record/],
  ];
  for (const [name, args, message] of cases) {
    it(name, async ({ expect }) => {
      const run = await cli(args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      const err = lines(run.stderr);
      expect(err.length).toBeGreaterThanOrEqual(1);
      expect(err.length).toBeLessThanOrEqual(2);
      expect(err[0]).toMatch(message);
      expect(run.stderr).not.toMatch(STACK_FRAME);
    });
  }
});

describe.concurrent('subsidy evaluate: exit 3 (invalid parameters)', () => {
  const KNOWN = ['recruitment_amount', 'emergency_amount', 'organization_cap', 'hiring_extra_groups', 'startup_loan_cap'];
  const withParams = (...args: string[]) => cli(['evaluate', 'examples/agency-placements.yaml', '--as-of', AS_OF, ...args]);

  it('--param nope=1: names the parameter and lists the known ones', async ({ expect }) => {
    const run = await withParams('--param', 'nope=1');
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    const err = lines(run.stderr);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^subsidy: --param nope=1: unknown parameter "nope"/);
    for (const k of KNOWN) expect(err[0]).toContain(k);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('--param emergency_amount=abc: not an amount', async ({ expect }) => {
    const run = await withParams('--param', 'emergency_amount=abc');
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    const err = lines(run.stderr);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain('emergency_amount');
    expect(err[0]).toContain('abc');
    expect(err[0]).toMatch(/amount/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('--params FILE with an unknown key: names the file and the key', async ({ expect }) => {
    const run = await withParams('--params', `${FIX}/params-unknown-key.yaml`);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    const err = lines(run.stderr);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(`${FIX}/params-unknown-key.yaml`);
    expect(err[0]).toContain('"recruitment_bonus"');
    expect(err[0]).toContain('recruitment_amount');
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  const recruitmentAt500 = (run: Run, expect: ExpectStatic) => {
    expect(run.code).toBe(0);
    const out = parseOutput(run);
    expect(out.rules.params.recruitment_amount).toBe(500);
    // Every worker with a contract date (赵刚 has none: undetermined).
    const signed = out.records.filter((rec) => rec.input.contract_signed !== undefined);
    expect(signed.length).toBe(out.records.length - 1);
    for (const rec of signed) expect(result(rec, 'recruitment')).toMatchObject({ status: 'eligible', amount: 500 });
    expect(out.summary.grants.by_program.recruitment).toBe(500 * signed.length);
    // the other programs are unchanged
    expect(result(byWorker(out, '张伟'), 'emergency')).toMatchObject({ status: 'eligible', amount: 600 });
  };

  it('--param recruitment_amount=500 makes the recruitment subsidy eligible at 500 (exit 0)', async ({ expect }) => {
    const run = await withParams('--param', 'recruitment_amount=500');
    recruitmentAt500(run, expect);
  });

  it('--params examples/params/local-office.yaml does the same', async ({ expect }) => {
    const run = await withParams('--params', 'examples/params/local-office.yaml');
    recruitmentAt500(run, expect);
    const local = parseYaml(readFileSync(join(ROOT, 'examples/params/local-office.yaml'), 'utf8')) as { hiring_extra_groups?: string[] };
    expect(parseOutput(run).rules.params.hiring_extra_groups).toEqual(local.hiring_extra_groups);
  });
});

describe.concurrent('subsidy evaluate: exit 4 (input unreadable), one line on stderr', () => {
  const cases: [string, string[], string, RegExp][] = [
    ['a missing file', ['evaluate', `${FIX}/no-such-file.yaml`, '--as-of', AS_OF], `${FIX}/no-such-file.yaml`, /no such file/],
    ['broken YAML (with --output)', brokenYamlArgs, `${FIX}/broken.yaml:6:`, /invalid YAML/],
    ['broken JSON', ['evaluate', `${FIX}/broken.json`, '--as-of', AS_OF], `${FIX}/broken.json:5:`, /invalid JSON/],
    [
      'an unknown record type',
      ['evaluate', `${FIX}/unknown-type.yaml`, '--as-of', AS_OF],
      `${FIX}/unknown-type.yaml`,
      /unknown record type "payout".*placement, hire, startup/,
    ],
    ['a file name that does not tell the format', ['evaluate', `${FIX}/case.txt`, '--as-of', AS_OF], `${FIX}/case.txt`, /--input-format/],
    ['a folder, its name without an extension', ['evaluate', FIX, '--as-of', AS_OF], FIX, /is a folder, not a file; name a file to read/],
  ];
  for (const [name, args, where, message] of cases) {
    it(name, async ({ expect }) => {
      const run = await cli(args);
      expect(run.code).toBe(4);
      expect(run.stdout).toBe('');
      const err = lines(run.stderr);
      expect(err, run.stderr).toHaveLength(1);
      expect(err[0]).toContain(where);
      expect(err[0]).toMatch(message);
      expect(run.stderr).not.toMatch(STACK_FRAME);
    });
  }

  it('--debug adds the stack trace', async ({ expect }) => {
    const run = await cli(['evaluate', `${FIX}/broken.json`, '--as-of', AS_OF, '--debug']);
    expect(run.code).toBe(4);
    expect(run.stdout).toBe('');
    const err = lines(run.stderr);
    expect(err[0]).toContain(`${FIX}/broken.json:5:`);
    expect(err.length).toBeGreaterThan(2);
    expect(run.stderr).toMatch(STACK_FRAME);
    // The built binary is one file; its source map names the modules of dist/ instead.
    expect(run.stderr).toMatch(/dist\/(app|io|cli|records)\/[\w-]+\.js:\d+/);
    expect(run.stderr).not.toMatch(/dist\/bundle\//);
  });
});

describe.concurrent('subsidy evaluate --output FILE', () => {
  it('writes the JSON to the file atomically: nothing on stdout, no temporary file left', async ({ expect }) => {
    const dir = tempDir();
    const target = join(dir, 'result.json');
    const [run, json] = await Promise.all([evaluateJson('--output', target), evaluateJson('--format', 'json')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toEqual(lines(json.stderr)); // the summary line
    expect(readdirSync(dir)).toEqual(['result.json']);
    const text = readFileSync(target, 'utf8');
    expect(() => JSON.parse(text)).not.toThrow();
    expect(text).toBe(json.stdout);
  });

  it('creates no file when the input cannot be read (exit 4)', async ({ expect }) => {
    const run = await cli(brokenYamlArgs); // shared with the exit 4 tests
    expect(run.code).toBe(4);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toHaveLength(1);
    expect(existsSync(NO_OUTPUT_FILE)).toBe(false);
    expect(readdirSync(NO_OUTPUT_DIR)).toEqual([]);
  });

  // An output path in a folder that does not exist is one clear line about the path given (not
  // an unexpected error naming a hidden temporary file): output unwritable, exit 4.
  it('an output folder that does not exist is one clear error, not an unexpected one', async ({ expect }) => {
    const dir = tempDir();
    const target = join(dir, 'missing', 'result.json');
    const run = await evaluateJson('--output', target);
    expect(run.code).toBe(4);
    expect(run.stdout).toBe('');
    const err = lines(run.stderr);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(join('missing', 'result.json'));
    expect(err[0]).not.toMatch(/unexpected error|\.tmp\b/);
  });
});

describe.concurrent('subsidy evaluate --lang zh --explain', () => {
  it('--lang zh gives Chinese reasons; --explain adds every condition and the citation of the source', async ({ expect }) => {
    const [run, en] = await Promise.all([evaluateJson('--format', 'json', '--lang', 'zh', '--explain'), evaluateJson('--format', 'json')]);
    expect(run.code).toBe(0);
    const out = parseOutput(run);
    const english = parseOutput(en);
    const rules = parseYaml(readFileSync(join(ROOT, 'rules/cq-2020-return-to-work.yaml'), 'utf8')) as {
      programs: { id: string; conditions: { id: string }[] }[];
    };
    const conditionsOf = (program: string) => rules.programs.find((p) => p.id === program)!.conditions.map((c) => c.id);
    const CJK = /[\u4e00-\u9fff]/;

    // Same decisions in both languages.
    expect(out.records.map((r) => r.results!.map((x) => [x.program, x.status, x.amount]))).toEqual(
      english.records.map((r) => r.results!.map((x) => [x.program, x.status, x.amount])),
    );
    for (const rec of out.records) {
      for (const r of rec.results!) {
        for (const reason of r.reasons) expect(reason.message).toMatch(CJK);
        expect(r.citation.source).toMatch(CJK);
        expect(r.citation.text.length).toBeGreaterThan(10);
        expect(SOURCE_TEXT).toContain(r.citation.text);
        expect(r.explain).toBeDefined();
        expect(r.explain!.conditions.map((c) => c.condition)).toEqual(conditionsOf(r.program));
        for (const c of r.explain!.conditions) {
          expect(['met', 'not_met', 'unknown', 'pending']).toContain(c.outcome);
          expect(c.label).toMatch(CJK);
          expect(c.message).toMatch(CJK);
        }
      }
    }
    const zhang = byWorker(out, '张伟');
    expect(result(zhang, 'emergency').citation.text).toContain('介绍的劳动者稳岗三个月及以上的');
    expect(result(zhang, 'recruitment').citation.text).toContain('按规定给予补贴');
    // 王芳 is ineligible on retention only: the contract and enterprise conditions are still explained, as met.
    expect(result(byWorker(out, '王芳'), 'emergency').explain!.conditions.map((c) => [c.condition, c.outcome])).toEqual([
      ['contract', 'met'],
      ['enterprise', 'met'],
      ['retention', 'not_met'],
    ]);
    // The English run's messages are English.
    for (const r of english.records.flatMap((x) => x.results!)) for (const reason of r.reasons) expect(reason.message).toMatch(/[a-z]{3}/);
    // stderr summary in Chinese too
    expect(lines(run.stderr)).toEqual([expect.stringMatching(/^7 条记录/)]);
  });
});

describe.concurrent('subsidy --help', () => {
  it('--help exits 0 and lists the evaluate command', async ({ expect }) => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Usage: subsidy /);
    expect(run.stdout).toMatch(/^\s+evaluate \[options\] <files\.\.\.>/m);
  });

  it('evaluate --help exits 0 and lists every option', async ({ expect }) => {
    const run = await cli(['evaluate', '--help']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Usage: subsidy evaluate /);
    for (const option of ['--format', '--as-of', '--explain', '--lang', '--output', '--no-color', '--quiet', '--param ', '--params', '--input-format']) {
      expect(run.stdout).toMatch(new RegExp(`^\\s+(-\\w, )?${option.trim()}\\b(?!-)`, 'm'));
    }
  });
});
