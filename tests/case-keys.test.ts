/**
 * Keys of case-file records given twice (the same key, or two keys naming one field), and
 * records that share a line: each record comes out, invalid where it gives a key twice, with
 * none of its values lost and its place named where its line is not enough.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run.js';
import { testDir } from './helpers/temp.js';

const AS_OF = '2020-06-30';
const A = '500229199707070030';
const B = '500102198309090079';

/** Writes `text` as `name` in a new folder; its path. */
function file(name: string, text: string): string {
  const path = join(testDir('case-keys-'), name);
  writeFileSync(path, text);
  return path;
}

const evaluate = (path: string, ...more: string[]) => runCli(['evaluate', path, '--as-of', AS_OF, ...more]);

interface JsonOut {
  records: { source: { file: string; line: number; record?: number }; input: Record<string, unknown>; errors: { field: string; value: unknown; message: string; line?: number }[] }[];
  summary: { records: number; invalid: number };
}

describe('a key given twice in a record', () => {
  const twice = `"type":"hire","worker_id":"${A}","worker_id":"${B}","contract_signed":"2020-03-01"`;
  const good = `"type":"hire","worker_id":"${A}","worker_group":"hard_to_employ","contract_signed":"2020-03-01"`;
  const inputs = {
    'JSON list': ['list.json', `[{${good}},\n{${twice}}]`, 2],
    'JSON case': ['case.json', `{"case_id":"C1","type":"hire","records":[\n{${good}},\n{${twice}}]}`, 3],
    NDJSON: ['lines.ndjson', `{${good}}\n{${twice}}\n`, 2],
  } as const;

  for (const [kind, [name, text, line]] of Object.entries(inputs)) {
    it(`${kind}: the record is invalid, naming the key and both values; every record comes out`, async () => {
      const run = await evaluate(file(name, text), '--format', 'json');
      expect(run.code).toBe(1);
      const out = JSON.parse(run.stdout) as JsonOut;
      expect(out.summary).toMatchObject({ records: 2, invalid: 1 });
      const errors = out.records[1]!.errors;
      expect(errors).toEqual([{ field: 'worker_id', value: B, message: `the key is given twice, as "${A}" and as "${B}"; keep one`, line }]);
      expect(run.stderr).toContain(`:${line}: worker_id = "${B}": the key is given twice, as "${A}" and as "${B}"; keep one`);
    });
  }

  it('in Chinese, and masked with --mask-ids', async () => {
    const run = await evaluate(file('list.json', `[{${twice}}]`), '--format', 'csv', '--lang', 'zh', '--mask-ids');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('worker_id: 此键重复给出:""500229********0030"" 与 ""500102********0079"";请只保留一个');
    expect(run.stdout + run.stderr).not.toContain(A);
  });

  it('masks an ID quoted with a stray space or hyphen, or given as a number, in tables (by default) and with --mask-ids', async () => {
    const rows = [
      `{"type":"hire","worker_id":"${A} ","身份证号":"${B}","contract_signed":"2020-03-01"}`,
      `{"type":"hire","worker_id":"${A.slice(0, 10)}-${A.slice(10)}","worker_id":"${B}","contract_signed":"2020-03-01"}`,
      `{"type":"hire","worker_id":${A.slice(0, 15)},"worker_id":"${B}","contract_signed":"2020-03-01"}`,
    ];
    const path = file('stray.ndjson', `${rows.join('\n')}\n`);
    const table = await evaluate(path, '--format', 'table');
    const csv = await evaluate(path, '--format', 'csv', '--mask-ids');
    for (const text of [table.stdout, table.stderr, csv.stdout]) {
      expect(text).toContain('given twice');
      expect(text).not.toMatch(new RegExp(`${A.slice(6, 10)}|${A.slice(0, 15)}`));
    }
  });

  it("masks without mangling: a key's name with digits stays, a 15-digit ID's 18-digit form is masked whole and said in Chinese", async () => {
    const path = file('keys.ndjson', `{"type":"hire","worker_id":"${A}","身份证号码(18位)":"${B}","contract_signed":"2020-03-01"}\n{"type":"hire","worker_id":"500115900101106","contract_signed":"2020-03-01"}\n`);
    const table = await evaluate(path, '--format', 'table', '--lang', 'zh');
    expect(table.stderr).toContain('"身份证号码(18位)"');
    expect(table.stderr).toMatch(/这是 1999 年以前的 15 位身份证号:请写成 18 位号码 500115\*{8}106X/);
    const json = JSON.parse((await evaluate(file('number.json', `[{"type":"hire","worker_id":${A.slice(0, 15)},"contract_signed":"2020-03-01"}]`), '--format', 'json', '--mask-ids')).stdout) as JsonOut;
    expect(JSON.stringify(json.records[0])).not.toContain(A.slice(6, 15));
  });

  it('a key given twice with the same value, and an extra key given twice, are invalid too', async () => {
    const text = `[{"type":"hire","worker_id":"${A}","worker_id":"${A}","contract_signed":"2020-03-01"},{"type":"hire","worker_id":"${A}","note":1,"note":2}]`;
    const out = JSON.parse((await evaluate(file('same.json', text), '--format', 'json')).stdout) as JsonOut;
    expect(out.records.map((r) => r.errors.map((e) => e.field))).toEqual([['worker_id'], ['note']]);
  });
});

describe('two keys naming one field in a record (worker_id and 身份证号)', () => {
  it('keeps both values in CSV and JSON output, the second under its own key', async () => {
    const text = `[{"type":"hire","worker_id":"${A}","身份证号":"${B}","contract_signed":"2020-03-01"}]`;
    const path = file('alias.json', text);
    const csv = await evaluate(path, '--format', 'csv');
    expect(csv.code).toBe(1);
    const [head, row] = csv.stdout.split('\n');
    expect(head).toMatch(/^type,worker_id,身份证号,contract_signed,/);
    expect(row).toMatch(new RegExp(`^hire,${A},${B},2020-03-01,`));
    const json = JSON.parse((await evaluate(path, '--format', 'json')).stdout) as JsonOut;
    expect(json.records[0]!.input).toEqual({ worker_id: A, 身份证号: B, contract_signed: '2020-03-01' });
  });

  it('the field name after the other key: each value stays with its key', async () => {
    const text = `[{"type":"hire","身份证号":"${B}","worker_id":"${A}"}]`;
    const csv = await evaluate(file('alias.json', text), '--format', 'csv');
    const [head, row] = csv.stdout.split('\n');
    expect(head).toMatch(/^type,身份证号,worker_id,/);
    expect(row).toMatch(new RegExp(`^hire,${B},${A},`));
  });

  it('records that use one key or the other (never both) share one column', async () => {
    const text = `[{"type":"hire","身份证号":"${B}"},{"type":"hire","worker_id":"${A}"}]`;
    const csv = await evaluate(file('mixed.json', text), '--format', 'csv');
    expect(csv.stdout.split('\n')[0]).toMatch(/^type,worker_id,hiring_status,/);
  });
});

describe('records that share a line', () => {
  const bad = `{"type":"hire","worker_id":"5002291997","contract_signed":"2020-03-01"}`;
  const ok = `{"type":"hire","worker_id":"${A}","contract_signed":"2020-03-01"}`;

  it('a JSON list on one line: each record error names the record, in every output', async () => {
    const dir = testDir('case-keys-');
    const path = join(dir, 'arr.json');
    writeFileSync(path, `[${ok},${bad}]`);
    const errorsFile = join(dir, 'errors.csv');
    const run = await evaluate(path, '--format', 'json', '--errors', errorsFile);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`arr.json:1 (record 2): worker_id = "5002291997": an ID number has 18 characters`);
    const out = JSON.parse(run.stdout) as JsonOut;
    expect(out.records.map((r) => r.source)).toEqual([
      { file: path, line: 1, record: 1 },
      { file: path, line: 1, record: 2 },
    ]);
    const [head, row] = readFileSync(errorsFile, 'utf8').replace(/^\uFEFF/, '').split('\n');
    expect(head).toBe('file,line,record,errors,type,worker_id,contract_signed');
    expect(row).toMatch(new RegExp(`^${path.replace(/[.]/g, '\\.')},1,2,"worker_id: `));
    const table = await evaluate(path, '--format', 'table');
    expect(table.stdout).toContain('arr.json:1 (record 2)');
    const zh = await evaluate(path, '--format', 'table', '--lang', 'zh');
    expect(zh.stdout).toContain('arr.json:1(第 2 条记录)');
    expect(zh.stderr).toMatch(/arr\.json:1\(第 2 条记录\): worker_id = "[*\d]+": 身份证号应为 18 位/);
  });

  it('a YAML flow list on one line names the record too; records on lines of their own do not', async () => {
    const yaml = await evaluate(file('arr.yaml', `[${ok}, ${bad}]\n`), '--format', 'json');
    expect(yaml.stderr).toContain('arr.yaml:1 (record 2): worker_id');
    const lines = await evaluate(file('lines.json', `[${ok},\n${bad}]`), '--format', 'json');
    expect(lines.stderr).toContain('lines.json:2: worker_id');
    expect((JSON.parse(lines.stdout) as JsonOut).records[1]!.source).toEqual({ file: expect.stringContaining('lines.json'), line: 2 });
  });
});
