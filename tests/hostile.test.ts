/**
 * Hostile input and faults:
 * - the names that every JavaScript object has (`constructor`, `toString`, `__proto__`, …) as
 *   values, case ids, column headers and record keys, in CSV, JSON and YAML, for evaluate and
 *   audit, in every output format and with --errors: no run crashes (exit 70), every record is
 *   accounted for, and nothing is lost or taken from the object's prototype;
 * - a full disk (or another write error) behind --output, --errors or standard output: one
 *   clear line, exit 4, no partial or temporary file left;
 * - values kept as written: a repeated header, cells beyond the header's width, the formula
 *   guard of our own CSV read back, rows of empty quoted cells skipped;
 * - messages that name the right line and limit (invalid UTF-8 deep in a file, a record over 16 MB).
 *
 * Runs are in-process (`runCli`, CSV with `--jobs 0`), each over one file holding many records;
 * the few that need worker threads or a file size limit spawn the built binary.
 */
import { createWriteStream, existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { BatchSplitter } from '../src/io/csv/splitter.js';
import { InputError } from '../src/errors.js';
import { Sink, writeError, type OpenFile } from '../src/io/sink.js';
import { FIELDS, RECORD_TYPES, type RecordType } from '../src/records/fields.js';
import { runCli, type RunResult } from './helpers/run.js';
import { spawnBuilt } from './helpers/spawn.js';
import { suiteDir, testDir } from './helpers/temp.js';

const AS_OF = '2020-06-30';
/** constructor, __defineGetter__, hasOwnProperty, toString, valueOf, __proto__, toLocaleString, … */
const NAMES = Object.getOwnPropertyNames(Object.prototype);
const FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
const MODES = ['evaluate', 'audit'] as const;

const dir = suiteDir('subsidy-hostile-');
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const run = (args: string[]): Promise<RunResult> => runCli([...args, '--as-of', AS_OF, '--jobs', '0']);

/** Valid values of every field, with claims (a loan among them), so that audit has items. */
const VALID: Record<RecordType, Record<string, string>> = {
  placement: {
    case_id: 'P-1',
    agency_name: '重庆渝才人力资源服务有限公司',
    agency_credit_code: '91500115MA5U7C4X1E',
    worker_name: '张伟',
    worker_id: '500115199001011238',
    enterprise_name: '重庆长寿电子科技有限公司',
    enterprise_credit_code: '91500115MA61234KPK',
    enterprise_category: 'electronics',
    contract_signed: '2020-02-20',
    employment_start: '2020-02-21',
    employment_end: '2020-06-01',
    organization_cost: '850',
    claimed_recruitment: '500',
    claimed_emergency: '600',
    claimed_organization: '900',
  },
  hire: {
    case_id: 'H-1',
    enterprise_name: '重庆长寿电子科技有限公司',
    enterprise_credit_code: '91500115MA61234KPK',
    worker_name: '赵敏',
    worker_id: '500229199707070030',
    worker_group: 'poverty_registered',
    contract_signed: '2020-03-01',
    employment_start: '2020-03-02',
    claimed_hiring: '6000',
  },
  startup: {
    case_id: 'S-1',
    applicant_name: '黄海',
    applicant_id: '500115198506120048',
    applicant_group: 'migrant_worker',
    business_district: '长寿区',
    business_registered: '2020-03-12',
    loan_requested: '100000',
    claimed_startup_grant: '8000',
    claimed_startup_loan: '120000',
  },
};
for (const t of RECORD_TYPES) expect(Object.keys(VALID[t]).sort()).toEqual(FIELDS[t].map((f) => f.name).sort());

type Entries = [string, string][];

/** The fields that take any text, so that a record holding the name in them is valid (and evaluated). */
const ANY_TEXT = new Set(['text', 'groups', 'district']);

/**
 * The records: for each name and record type, one whose case_id is the name, one whose fields
 * that take any text all hold it (valid), one whose other fields all hold it (invalid); each
 * with a column (key) of every name. With `types`, also one record whose type is the name.
 */
function hostileRecords(types: boolean): { type: string; entries: Entries }[] {
  const out: { type: string; entries: Entries }[] = [];
  const extras: Entries = NAMES.map((n) => [n, `v-${n}`]);
  for (const name of NAMES) {
    if (types) out.push({ type: name, entries: [...Object.entries(VALID.hire), ...extras] });
    for (const t of RECORD_TYPES) {
      const holding = (text: boolean): Entries => FIELDS[t].map((f) => [f.name, f.name !== 'case_id' && ANY_TEXT.has(f.kind) === text ? name : VALID[t][f.name]!]);
      out.push({ type: t, entries: [...Object.entries({ ...VALID[t], case_id: name }), ...extras] });
      out.push({ type: t, entries: [...holding(true), ...extras] }, { type: t, entries: [...holding(false), ...extras] });
    }
  }
  return out;
}

const CSV_RECORDS = hostileRecords(true);
const CASE_RECORDS = hostileRecords(false);
const ALL_FIELDS = [...new Set(RECORD_TYPES.flatMap((t) => FIELDS[t].map((f) => f.name)))];

function csvText(): string {
  const header = ['type', ...ALL_FIELDS, ...NAMES];
  const lines = [header.join(',')];
  for (const r of CSV_RECORDS) {
    const values = new Map(r.entries);
    lines.push([r.type, ...ALL_FIELDS.map((f) => values.get(f) ?? ''), ...NAMES.map((n) => values.get(n) ?? '')].join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** A JSON object written key by key (an object literal would make `__proto__` its prototype). */
const jsonObject = (entries: Entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')}}`;
/** A list of records: JSON, which is YAML too (flow mappings with quoted keys). */
const caseText = () => `[\n${CASE_RECORDS.map((r) => `  ${jsonObject([['type', r.type], ...r.entries])}`).join(',\n')}\n]\n`;

const INPUTS = {
  csv: { path: file('hostile.csv', csvText()), count: CSV_RECORDS.length },
  json: { path: file('hostile.json', caseText()), count: CASE_RECORDS.length },
  yaml: { path: file('hostile.yaml', caseText()), count: CASE_RECORDS.length },
  // NDJSON: a line of no known type (any name) is an invalid record, as a CSV row is.
  ndjson: { path: file('hostile.ndjson', `${CSV_RECORDS.map((r) => jsonObject([['type', r.type], ...r.entries])).join('\n')}\n`), count: CSV_RECORDS.length },
};

/** records, evaluated (audited) and invalid: from the summary line on standard error, or a table's last line. */
function counts(r: RunResult): { records: number; evaluated: number; invalid: number } {
  const m = /^([\d,]+) records?: ([\d,]+) (?:evaluated|audited), ([\d,]+) invalid/m.exec(r.stderr) ?? /records: ([\d,]+) · (?:evaluated|audited) ([\d,]+) · ([\d,]+) invalid/i.exec(r.stdout);
  if (!m) throw new Error(`no counts in ${r.stderr} ${r.stdout.slice(-400)}`);
  const n = (s: string | undefined) => Number(s!.replace(/,/g, ''));
  return { records: n(m[1]), evaluated: n(m[2]), invalid: n(m[3]) };
}

/** What a value taken from Object.prototype looks like once written out. */
const LEAKED = /\[native code\]|\[object Object\]|function \w*\(/;
/** The text around the first such value, or undefined. */
function leaked(text: string): string | undefined {
  const m = LEAKED.exec(text);
  return m ? text.slice(Math.max(0, m.index - 200), m.index + 40) : undefined;
}

interface JsonRecord {
  source: { file: string; line?: number };
  type: string;
  case_id: string | null;
  input: Record<string, unknown>;
  results: { program: string; status: string }[];
  errors: { field: string }[];
}

/** The files of every kind, read in one run: the output tells their records apart by file. */
const KINDS = Object.entries(INPUTS);
const PATHS = KINDS.map(([, input]) => input.path);
const TOTAL = KINDS.reduce((sum, [, input]) => sum + input.count, 0);

/** What a run's JSON output and its --errors file say of each input: records, and invalid rows. */
function checkFiles(files: { file: string; records: number; invalid: number }[], errorRows: string[][]): void {
  expect(files.map((f) => [f.file, f.records])).toEqual(KINDS.map(([, input]) => [input.path, input.count]));
  for (const f of files) expect(errorRows.filter((row) => row[0] === f.file), `invalid rows of ${f.file}`).toHaveLength(f.invalid);
}

describe('names every object has (constructor, toString, __proto__, …)', () => {
  for (const mode of MODES) {
    it(`csv, json, yaml and ndjson input, ${mode}: in every format and with --errors, no crash, every record counted, every key and case id kept`, async () => {
      for (const format of FORMATS) {
        const errors = join(dir, `errors-${mode}-${format}.csv`);
        const r = await run([mode, ...PATHS, '--format', format, '--errors', errors]);
        expect(r.code, `${format}: ${r.stderr}`).toBe(1);
        expect(leaked(r.stdout), format).toBeUndefined();
        const c = counts(r);
        expect(c.records, format).toBe(TOTAL);
        expect(c.evaluated + c.invalid, format).toBe(TOTAL);
        // The errors file: one row per invalid record, a column for every name, no value from a prototype.
        const rows = parse(readFileSync(errors, 'utf8'), { relax_column_count: true }) as string[][];
        expect(rows.length - 1, format).toBe(c.invalid);
        for (const name of NAMES) expect(rows[0]!.filter((h) => h === name), `${format}: errors column ${name}`).toHaveLength(1);
        for (const row of rows.slice(1)) for (const name of NAMES) expect(row[rows[0]!.indexOf(name)]).toBe(`v-${name}`);
        expect(leaked(readFileSync(errors, 'utf8')), format).toBeUndefined();

        if (format === 'json' && mode === 'evaluate') {
          const out = JSON.parse(r.stdout) as { records: JsonRecord[]; summary: { files: { file: string; records: number; invalid: number }[] } };
          checkFiles(out.summary.files, rows.slice(1));
          expect(out.records).toHaveLength(TOTAL);
          for (const rec of out.records) {
            for (const name of NAMES) expect(Object.hasOwn(rec.input, name) && rec.input[name], `${rec.source.file}:${rec.source.line}: input ${name}`).toBe(`v-${name}`);
          }
          for (const [kind, input] of KINDS) {
            const recs = out.records.filter((rec) => rec.source.file === input.path);
            expect(recs, kind).toHaveLength(input.count);
            for (const name of NAMES) {
              expect(recs.filter((rec) => rec.case_id === name).length, `${kind}: case_id ${name}`).toBeGreaterThanOrEqual(3);
              if (kind === 'csv') expect(recs.filter((rec) => rec.type === name && rec.errors[0]?.field === 'type'), `type ${name}`).toHaveLength(1);
            }
            if (kind === 'csv') expect(recs.map((rec) => rec.source.line)).toEqual(CSV_RECORDS.map((_, i) => i + 2));
          }
        }
        if (format === 'json' && mode === 'audit') {
          type Item = { source: { file: string }; case_id: string | null; kind: string; claimed: number | null };
          const out = JSON.parse(r.stdout) as {
            items: Item[];
            summary: { by_case: Record<string, { count: number; loans: { claimed: number } }>; files: { file: string; records: number; invalid: number }[] };
          };
          checkFiles(out.summary.files, rows.slice(1));
          for (const name of NAMES) {
            expect(Object.hasOwn(out.summary.by_case, name), `by_case ${name}`).toBe(true);
            const items = out.items.filter((i) => i.case_id === name);
            expect(out.summary.by_case[name]!.count).toBe(items.length);
            // The startup records' loan items are counted apart, as loans.
            const loans = items.filter((i) => i.kind === 'loan');
            expect(out.summary.by_case[name]!.loans.claimed).toBe(loans.reduce((sum, i) => sum + (i.claimed ?? 0), 0));
            // Every input keeps the case, and its loans.
            for (const [kind, input] of KINDS) expect(loans.filter((i) => i.source.file === input.path).length, `${kind}: loans of ${name}`).toBeGreaterThan(0);
          }
        }
        if (format === 'ndjson' && mode === 'evaluate') {
          const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as JsonRecord);
          expect(lines).toHaveLength(TOTAL);
          for (const [kind, input] of KINDS) expect(lines.filter((rec) => rec.source.file === input.path), kind).toHaveLength(input.count);
          for (const name of NAMES) expect(lines.every((rec) => Object.hasOwn(rec.input, name))).toBe(true);
        }
        if (format === 'csv' && mode === 'evaluate') {
          const out = parse(r.stdout) as string[][];
          expect(out).toHaveLength(TOTAL + 1);
          for (const name of NAMES) {
            const col = out[0]!.indexOf(name);
            expect(col, `column ${name}`).toBeGreaterThanOrEqual(0);
            expect(out.slice(1).every((row) => row[col] === `v-${name}`), `column ${name}`).toBe(true);
          }
          const caseCol = out[0]!.indexOf('case_id');
          for (const name of NAMES) expect(out.filter((row) => row[caseCol] === name).length).toBeGreaterThanOrEqual(3 * KINDS.length);
        }
      }
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });
  }

  it('as the type of a record in a case file, or of a case, is an unknown record type (exit 4), not a crash', async () => {
    for (const name of NAMES) {
      for (const [ext, text] of [
        ['json', `[${jsonObject([['type', name], ...Object.entries(VALID.hire)])}]`],
        ['yaml', `case_id: C\ntype: ${JSON.stringify(name)}\nrecords:\n  - ${jsonObject(Object.entries(VALID.hire))}\n`],
      ] as const) {
        const r = await run(['evaluate', file(`type.${ext}`, text), '--format', 'json']);
        expect(r.code, `${name} in ${ext}: ${r.stderr}`).toBe(4);
        expect(r.stderr).toContain(`unknown record type ${JSON.stringify(name)}`);
      }
    }
  });

  it('as a case file’s case_id: kept for its records and in the audit’s cases', async () => {
    const paths = NAMES.map((name, i) => file(`case-${i}.yaml`, `case_id: ${JSON.stringify(name)}\ntype: startup\nrecords:\n  - ${jsonObject(Object.entries(VALID.startup).filter(([k]) => k !== 'case_id'))}\n`));
    const r = await run(['audit', ...paths, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { items: { case_id: string }[]; summary: { by_case: Record<string, unknown>; records: number } };
    expect(out.summary.records).toBe(NAMES.length);
    expect(Object.keys(out.summary.by_case).sort()).toEqual([...NAMES].sort());
    expect(new Set(out.items.map((i) => i.case_id))).toEqual(new Set(NAMES));
  });

  it('a __proto__ key holding a mapping is a key like any other: it gives the record no fields', async () => {
    const { worker_group: _, contract_signed: __, ...rest } = VALID.hire;
    const path = file('proto.json', `[${jsonObject([['type', 'hire'], ...Object.entries(rest)]).slice(0, -1)}, "__proto__": {"worker_group": "poverty_registered", "contract_signed": "2020-03-01"}}]`);
    const r = await run(['evaluate', path, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const rec = (JSON.parse(r.stdout) as { records: JsonRecord[] }).records[0]!;
    expect(rec.input.__proto__).toEqual({ worker_group: 'poverty_registered', contract_signed: '2020-03-01' });
    expect(Object.hasOwn(rec.input, '__proto__')).toBe(true);
    expect(rec.results.map((x) => x.status)).toEqual(['undetermined']);
  });

  it('as a parameter name (--param, --params, an overlay) is an unknown parameter (exit 3)', async () => {
    const example = 'examples/enterprise-hires.json';
    for (const name of NAMES) {
      const flag = await run(['evaluate', example, '--param', `${name}=1`]);
      expect(flag.code, `--param ${name}: ${flag.stderr}`).toBe(3);
      expect(flag.stderr).toContain(`unknown parameter "${name}"`);
      const params = await run(['evaluate', example, '--params', file('params.json', jsonObject([[name, '1']]))]);
      expect(params.code, `--params ${name}: ${params.stderr}`).toBe(3);
      expect(params.stderr).toContain(`unknown parameter "${name}"`);
      if (/^[a-z][a-z0-9_]*$/.test(name)) {
        const overlay = file('overlay.yaml', `overlay: local\nversion: 1\ntitle: {zh: 本地, en: local}\nparams:\n  ${name}: 1\n`);
        const o = await run(['evaluate', example, '--rules', overlay]);
        expect(o.code, `overlay ${name}: ${o.stderr}`).toBe(3);
        expect(o.stderr).toContain(`unknown parameter ${name}`);
      }
    }
  });

  it('as a record type or program named on the command line is a usage error (exit 2), not a crash', async () => {
    for (const name of NAMES) {
      for (const args of [['template', name], ['schema', name], ['rules', 'show', name]]) {
        const r = await runCli(args);
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      }
    }
  });
});

/** A stream's write that fails as a full disk does. */
const diskFull = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });

describe('a full disk, or another write error', () => {
  const hasDevFull = existsSync('/dev/full') && statSync('/dev/full').isCharacterDevice();

  it.runIf(hasDevFull)('behind --output or --errors (/dev/full): says so, naming the file, exit 4; the device is written to, not replaced', async () => {
    // Through a link in a folder of the test's own: a tool that wrongly renamed a file over its
    // output would replace the link, never /dev/full itself.
    const full = join(testDir('subsidy-dev-full-'), 'full');
    symlinkSync('/dev/full', full);
    const output = await run(['evaluate', 'examples/enterprise-hires.json', '--format', 'json', '--output', full]);
    expect(output.code, output.stderr).toBe(4);
    expect(output.stderr).toBe(`subsidy: ${full}: cannot write it: the disk is full (ENOSPC); free some space, or write it to another disk\n`);
    const errors = await run(['evaluate', 'examples/invalid-records.yaml', '--format', 'json', '--errors', full]);
    expect(errors.code, errors.stderr).toBe(4);
    expect(errors.stderr).toContain(`subsidy: ${full}: cannot write it: the disk is full (ENOSPC)`);
    expect(lstatSync(full).isSymbolicLink() && statSync(full).isCharacterDevice()).toBe(true);
    expect(readdirSync(dirname(full))).toEqual(['full']);
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith(`.full.${process.pid}.`))).toEqual([]);
  });

  it('behind standard output: says so, exit 4', async () => {
    const stdout = new Writable({ write: (_chunk, _encoding, done) => done(diskFull()) });
    const stderr = new PassThrough();
    const err: Buffer[] = [];
    stderr.on('data', (c: Buffer) => err.push(c));
    const code = await main(['evaluate', 'examples/enterprise-hires.json', '--format', 'json', '--as-of', AS_OF], { stdin: Readable.from([]), stdout, stderr, env: { LANG: 'C' } });
    expect(code).toBe(4);
    expect(Buffer.concat(err).toString()).toBe('subsidy: standard output: cannot write it: the disk is full (ENOSPC); free some space, or write it to another disk\n');
  });

  it('while a file is written: an InputError naming the file, and its temporary file removed', async () => {
    const dir = testDir('subsidy-full-');
    // The real temporary file is opened (and made), then every write to it fails.
    const failing: OpenFile = (path, flags) => {
      const stream = createWriteStream(path, { flags });
      stream._write = (_chunk, _encoding, done) => done(diskFull());
      stream._writev = (_chunks, done) => done(diskFull());
      return stream;
    };
    const sink = Sink.file(join(dir, 'out.csv'), failing);
    await expect(sink.write('x'.repeat(1 << 17))).rejects.toThrow(`${join(dir, 'out.csv')}: cannot write it: the disk is full (ENOSPC)`);
    sink.abort();
    await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('other write errors: one line naming the output and what is wrong; a reader that went away (EPIPE) is left to end the run quietly', () => {
    const failure = (code: string) => Object.assign(new Error(`${code}: failed, write`), { code });
    expect(writeError(failure('EROFS'), 'out.csv').message).toBe('out.csv: cannot write it: the file system is read-only (EROFS); write it where you may write');
    expect(writeError(failure('EACCES'), 'out.csv').message).toBe('out.csv: cannot write it: permission denied (EACCES); write it where you may write');
    expect(writeError(failure('EIO'), 'standard output').message).toBe('standard output: cannot write it: an input/output error of the disk or device (EIO); check the disk, or write it elsewhere');
    expect(writeError(failure('EWHATEVER'), 'out.csv').message).toBe('out.csv: cannot write it: EWHATEVER: failed, write; check it, or write it elsewhere');
    for (const code of ['EROFS', 'EACCES', 'EIO', 'EWHATEVER']) expect(writeError(failure(code), 'out.csv')).toBeInstanceOf(InputError);
    const pipe = failure('EPIPE');
    expect(writeError(pipe, 'standard output')).toBe(pipe);
  });

  it.skipIf(process.platform === 'win32')('a file too large for the system (EFBIG, `ulimit -f`), as --output or as the --errors spool: says so, exit 4, no file left', async () => {
    const dir = testDir('subsidy-efbig-');
    const out = join(dir, 'out.json');
    const errors = join(dir, 'errors.csv');
    // 300 invalid rows: some 30 kB of spool, past the limit of 4 kB.
    const input = file('invalid-rows.csv', `type,case_id,worker_id\n${'placement,X,bad\n'.repeat(300)}`);
    const limited = 'ulimit -f 4';
    const [output, spool] = await Promise.all([
      spawnBuilt(['evaluate', 'examples/batch-mixed.csv', '--as-of', AS_OF, '--format', 'json', '--output', out], {}, limited),
      spawnBuilt(['evaluate', input, '--as-of', AS_OF, '--format', 'csv', '--jobs', '0', '--errors', errors], {}, limited),
    ]);
    expect(output.code, output.stderr).toBe(4);
    expect(output.stderr).toBe(`subsidy: ${out}: cannot write it: the file is larger than the system allows (EFBIG); write it to another file system\n`);
    expect(spool.code, spool.stderr).toBe(4);
    expect(spool.stderr).toBe(`subsidy: ${errors}: cannot write it: the file is larger than the system allows (EFBIG); write it to another file system\n`);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('values kept as written', () => {
  /** The records of a JSON run, by line. */
  const records = (r: RunResult) => (JSON.parse(r.stdout) as { records: JsonRecord[] }).records;

  it('a repeated header keeps both columns (the second as "HEADER (column N)"), and a row wider than the header its cells (as "(column N)" in json input; after the columns of the header in csv output and --errors)', async () => {
    const text = 'type,case_id,worker_id,note,note\nplacement,A,500115199001011238,n1,n2\nplacement,B,500115198506120048,x,y,z1,"z,2"\n';
    const path = file('repeated.csv', text);
    const errors = join(dir, 'repeated-errors.csv');
    const r = await run(['evaluate', path, '--format', 'json', '--errors', errors]);
    expect(r.code, r.stderr).toBe(1);
    expect(records(r).map((rec) => rec.input)).toEqual([
      { case_id: 'A', worker_id: '500115199001011238', note: 'n1', 'note (column 5)': 'n2' },
      { case_id: 'B', worker_id: '500115198506120048', note: 'x', 'note (column 5)': 'y', '(column 6)': 'z1', '(column 7)': 'z,2' },
    ]);
    // The --errors file: the file's own header, and the row's cells beyond it after it, as in the file.
    const errorRows = parse(readFileSync(errors, 'utf8'), { relax_column_count: true }) as string[][];
    expect(errorRows.map((row) => row.slice(3))).toEqual([
      ['type', 'case_id', 'worker_id', 'note', 'note'],
      ['placement', 'B', '500115198506120048', 'x', 'y', 'z1', 'z,2'],
    ]);
    const csv = await run(['evaluate', path, '--format', 'csv']);
    const rows = parse(csv.stdout, { relax_column_count: true }) as string[][];
    expect(rows[0]!.slice(0, 5)).toEqual(['type', 'case_id', 'worker_id', 'note', 'note']);
    expect(rows[1]!.slice(0, 5)).toEqual(['placement', 'A', '500115199001011238', 'n1', 'n2']);
    // The invalid row: as wide as the header, then its cells beyond the header after its errors.
    expect(rows[2]!.slice(0, 5)).toEqual(['placement', 'B', '500115198506120048', 'x', 'y']);
    expect(rows[2]!.slice(rows[0]!.length - 1)).toEqual(['(row): 7 cells, but the header has 5 columns: a comma inside a value? Quote the value', 'z1', 'z,2']);
  });

  it('two columns that hold the same field stay an error (exit 4), the type column too', async () => {
    // (身份证号 beside worker_id, in a file with a type column, is a startup's applicant_id: see tests/zh-headers.test.ts.)
    for (const header of ['type,case_id,worker_id,劳动者身份证号', 'type,case_id,worker_id,类型']) {
      const r = await run(['evaluate', file('twice.csv', `${header}\nplacement,A,500115199001011238,x\n`), '--format', 'json']);
      expect(r.code, header).toBe(4);
      expect(r.stderr).toMatch(/columns 3 \("worker_id"\) and 4 \("劳动者身份证号"\) both hold worker_id|columns 1 \("type"\) and 4 \("类型"\) both hold type/);
    }
    const typed = await run(['evaluate', file('twice-typed.csv', 'case_id,worker_id,身份证号\nA,500115199001011238,x\n'), '--type', 'placement', '--format', 'json']);
    expect(typed.code).toBe(4);
    expect(typed.stderr).toMatch(/columns 2 \("worker_id"\) and 3 \("身份证号"\) both hold worker_id/);
  });

  it('rows of empty quoted cells are skipped as blank rows are, before the header too', async () => {
    const text = '"",""\ntype,case_id,worker_id\n"", ,""\nplacement,A,500115199001011238\n" ",""\n"",\n"\n"\nplacement,B,500115198506120048\n';
    const r = await run(['evaluate', file('blank.csv', text), '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(records(r).map((rec) => [rec.source.line, rec.case_id])).toEqual([[4, 'A'], [9, 'B']]);
    expect(counts(r)).toEqual({ records: 2, evaluated: 2, invalid: 0 });
    // A line break in quotes before the header, after a byte order mark or not.
    for (const bom of ['', '\uFEFF']) {
      const before = await run(['evaluate', file('blank-first.csv', `${bom}"\n" \ntype,case_id,worker_id\nplacement,A,500115199001011238`), '--format', 'json']);
      expect(before.code, before.stderr).toBe(0);
      expect(records(before).map((rec) => [rec.source.line, rec.case_id])).toEqual([[4, 'A']]);
    }
  });

  // Cells with the formula guard of CSV output (' before = + - @, tab, CR), quoted and not, and
  // cells that only look like it; one invalid row, for the --errors file.
  const GUARDED = [
    'type,case_id,worker_id,note,other',
    "placement,'=C1,500115199001011238,'+1,'@x",
    `placement,'-C2,500115198506120048,"'=a,b","'\tTab"`,
    "placement,C3,50010319920315002X,'x,''=y",
    `placement,C4,500231198811200058,',"'"`,
    `placement,"'+C5",500115197908080013,'\t,"'\r"`,
    "placement,'=C6,bad,'-1,x",
  ].join('\n');
  const AS_READ = [
    { case_id: '=C1', worker_id: '500115199001011238', note: '+1', other: '@x' },
    { case_id: '-C2', worker_id: '500115198506120048', note: '=a,b', other: '\tTab' },
    // ''=y is the guard of '=y, a value that begins with ' and =: written so, it reads back as it was.
    { case_id: 'C3', worker_id: '50010319920315002X', note: "'x", other: "'=y" },
    { case_id: 'C4', worker_id: '500231198811200058', note: "'", other: "'" },
    { case_id: '+C5', worker_id: '500115197908080013', note: '\t', other: '\r' },
    { case_id: '=C6', worker_id: 'bad', note: '-1', other: 'x' },
  ];

  it('the formula guard of our CSV is read back: csv output and --errors, submitted again, read as the values they came from', async () => {
    const path = file('guarded.csv', `${GUARDED}\n`);
    const errors = join(dir, 'guarded-errors.csv');
    const first = await run(['evaluate', path, '--format', 'json', '--errors', errors]);
    expect(records(first).map((rec) => rec.input)).toEqual(AS_READ);
    const output = file('guarded-out.csv', (await run(['evaluate', path, '--format', 'csv'])).stdout);
    expect(records(await run(['evaluate', output, '--format', 'json'])).map((rec) => rec.input)).toEqual(
      AS_READ.map((values) => expect.objectContaining(values) as unknown),
    );
    const again = records(await run(['evaluate', errors, '--format', 'json']));
    expect(again.map((rec) => rec.input)).toEqual([expect.objectContaining(AS_READ[5])]);
  });

  it('a value that begins with \' and a formula character is guarded too, and reads back as it was', async () => {
    const values = ["'=keep me", "''-two", "'x", "=plain"];
    const json = file('apostrophes.json', JSON.stringify(values.map((note, i) => ({ type: 'hire', worker_id: '500229199707070030', case_id: `A${i}`, note }))));
    const csv = file('apostrophes-out.csv', (await run(['evaluate', json, '--format', 'csv'])).stdout);
    expect(readFileSync(csv, 'utf8')).toContain(",'''-two,");
    expect(records(await run(['evaluate', csv, '--format', 'json'])).map((rec) => rec.input.note)).toEqual(values);
  });

  it('the formula guard is read back alike by worker threads, in small batches', async () => {
    const path = file('guarded-workers.csv', `${GUARDED}\n${GUARDED.split('\n').slice(1).join('\n')}\n`);
    const inProcess = await Promise.all(['json', 'csv'].map((format) => run(['evaluate', path, '--format', format])));
    const workers = await Promise.all(
      ['json', 'csv'].map((format) => spawnBuilt(['evaluate', path, '--format', format, '--as-of', AS_OF, '--jobs', '2'], { SUBSIDY_BATCH_BYTES: '64' })),
    );
    expect(records(inProcess[0]!).map((rec) => rec.input)).toEqual([...AS_READ, ...AS_READ]);
    expect(workers[0]!.stdout).toBe(inProcess[0]!.stdout);
    expect(workers[1]!.stdout).toBe(inProcess[1]!.stdout);
  });
});

describe('messages that name the right line and limit', () => {
  // UTF-8 that a loose check takes for valid: overlong, a surrogate, above U+10FFFF, overlong of 4 bytes.
  const BAD_UTF8 = { overlong: [0xe0, 0x80, 0xaf], surrogate: [0xed, 0xa0, 0x80], 'beyond U+10FFFF': [0xf4, 0x90, 0x80, 0x80], 'overlong 4-byte': [0xf0, 0x80, 0x80, 0xaf] };
  const LINE = 280;
  /**
   * A UTF-8 file (Chinese in its first row) of about 1.5 MB in rows of 5 kB, whose line LINE
   * (in its second batch of a megabyte) holds the bytes `bad`.
   */
  function utf8File(name: string, bad: number[]): string {
    const rows = ['type,case_id,worker_name,worker_id,note'];
    for (let i = 2; i <= 300; i++) rows.push(`placement,C${i},${i === 2 ? '张伟' : 'Zhang'},500115199001011238,${'n'.repeat(5000)}`);
    const before = Buffer.from(`${rows.slice(0, LINE - 1).join('\n')}\nplacement,BAD,Zhang,500115199001011238,x`);
    const path = join(dir, name);
    writeFileSync(path, Buffer.concat([before, Buffer.from(bad), Buffer.from(`y\n${rows.slice(LINE).join('\n')}\n`)]));
    return path;
  }
  const message = (path: string) => `subsidy: ${path}:${LINE}: not valid UTF-8; if Excel saved the file on a Chinese Windows, use --encoding gb18030 (if only some rows are so, pasted from such a file, save it again as CSV UTF-8 or fix them)\n`;

  it('invalid UTF-8 past the first megabyte names its own line, in the main thread and by worker threads', async () => {
    for (const [kind, bad] of Object.entries(BAD_UTF8)) {
      const path = utf8File(`bad-${kind}.csv`, bad);
      expect(statSync(path).size).toBeGreaterThan(1.2 * (1 << 20));
      const r = await run(['evaluate', path, '--format', 'csv']);
      expect(r.code, kind).toBe(4);
      expect(r.stderr, kind).toBe(message(path));
    }
    const path = utf8File('bad-workers.csv', BAD_UTF8.surrogate);
    const workers = await spawnBuilt(['evaluate', path, '--format', 'csv', '--as-of', AS_OF, '--jobs', '2'], { SUBSIDY_BATCH_BYTES: '200000' });
    expect(workers.code).toBe(4);
    expect(workers.stderr).toBe(message(path));
  });

  it('a record over the limit (16 MB in a run) without a quote is over the limit, not an unclosed quote: the limit, its line, what to do', () => {
    const splitter = new BatchSplitter('x.csv', 1 << 16, 1 << 20);
    expect(splitter.push(Buffer.from(`a,b\n1,2\n3,${'x'.repeat(1 << 19)}`))).toHaveLength(1);
    expect(() => splitter.push(Buffer.alloc(1 << 20, 'y'))).toThrow(
      'x.csv:3: the record here runs over 1 MB, the most a record may hold; shorten its cells, or split it where a line break is missing',
    );
  });
});
