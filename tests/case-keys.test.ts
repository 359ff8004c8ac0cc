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

describe('a key of the case given twice (case_id, type, records)', () => {
  const placement = `{"type":"placement","worker_id":"${A}"}`;
  const hire = `{"worker_id":"${B}","contract_signed":"2020-03-01"}`;
  const twice = (key: string, first: string, again: string, line: number) => ({ field: key, value: again, message: `the key is given twice, as "${first}" and as "${again}"; keep one`, line });

  it('JSON: case_id given twice makes every record of the case invalid, naming both values (not the last silently)', async () => {
    const run = await evaluate(file('case.json', `{"case_id":"A","case_id":"B","records":[${placement}]}`), '--format', 'json');
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as JsonOut;
    expect(out.summary).toMatchObject({ records: 1, invalid: 1 });
    expect(out.records[0]!.errors).toEqual([twice('case_id', 'A', 'B', 1)]);
    expect(run.stderr).toContain(`case.json:1: case_id = "B": the key is given twice, as "A" and as "B"; keep one`);
  });

  it('JSON: type given twice, after the records, on lines of its own: every record invalid at its line, with its own errors too; in Chinese', async () => {
    const text = `{"case_id":"A","records":[\n${placement},\n{"worker_id":"${B}","worker_id":"${A}"}],\n"type":"hire",\n"type":"placement"}`;
    const path = file('after.json', text);
    const run = await evaluate(path, '--format', 'json');
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as JsonOut;
    expect(out.summary).toMatchObject({ records: 2, invalid: 2 });
    expect(out.records[0]!.errors).toEqual([twice('type', 'hire', 'placement', 5)]);
    expect(out.records[1]!.errors).toEqual([twice('type', 'hire', 'placement', 5), twice('worker_id', B, A, 3)]);
    const zh = await evaluate(path, '--format', 'csv', '--lang', 'zh');
    expect(zh.stderr).toContain('after.json:5: type = "placement": 此键重复给出:"hire" 与 "placement";请只保留一个');
  });

  it('JSON: the same value given twice is invalid too; a case on one line names each record', async () => {
    const run = await evaluate(file('same.json', `{"case_id":"A","case_id":"A","type":"hire","records":[${hire},${hire.replace(B, A)}]}`), '--format', 'json');
    const out = JSON.parse(run.stdout) as JsonOut;
    expect(out.records.map((r) => [r.source.record, r.errors])).toEqual([
      [1, [twice('case_id', 'A', 'A', 1)]],
      [2, [twice('case_id', 'A', 'A', 1)]],
    ]);
  });

  it('JSON: "records" given twice stops the run (exit 4), naming the file, both lines and what to do, in either language', async () => {
    for (const again of [`[${hire}]`, '5']) {
      const path = file('records.json', `{"case_id":"A","type":"hire","records":[${hire}],\n "records":${again}}`);
      const en = await evaluate(path);
      expect(en).toMatchObject({ code: 4, stdout: '' });
      expect(en.stderr).toBe(`subsidy: ${path}:2:2: "records" is given twice in the case (first on line 1); keep one list of records\n`);
      const zh = await evaluate(path, '--lang', 'zh');
      expect(zh.stderr).toBe(`subsidy: ${path}:2:2:案件中 "records" 重复给出(第一次在第 1 行);请只保留一个记录列表\n`);
    }
  });

  it('YAML: a key of the case given twice stops the run as a key of a record does, naming the key and both lines', async () => {
    const id = file('case.yaml', `case_id: A\ntype: hire\ncase_id: B\nrecords:\n  - worker_id: "${B}"\n`);
    expect((await evaluate(id)).stderr).toBe(`subsidy: ${id}:3:1: invalid YAML: the key "case_id" is given twice in one mapping (first on line 1); keep one\n`);
    const records = file('records.yaml', `type: hire\nrecords: []\nrecords:\n  - worker_id: "${B}"\n`);
    const zh = await evaluate(records, '--lang', 'zh');
    expect(zh.code).toBe(4);
    expect(zh.stderr).toBe(`subsidy: ${records}:3:1:YAML 无效:同一映射中的键 "records" 重复给出(第一次在第 2 行);请只保留一个\n`);
  });

  it('YAML: keys that yaml holds apart but that name one key (1 and "1") are given twice too', async () => {
    const path = file('keys.yaml', `- type: hire\n  worker_id: "${B}"\n  1: a\n  "1": b\n`);
    const run = await evaluate(path);
    expect(run.code).toBe(4);
    expect(run.stderr).toBe(`subsidy: ${path}:4:3: invalid YAML: the key "1" is given twice in one mapping (first on line 3); keep one\n`);
  });

  it('NDJSON holds records, not cases: a line with case_id twice is an invalid record like any other, and nothing is lost', async () => {
    const run = await evaluate(file('lines.ndjson', `{"type":"hire","case_id":"A","case_id":"B","worker_id":"${B}"}\n${placement}\n`), '--format', 'json');
    const out = JSON.parse(run.stdout) as JsonOut;
    expect(out.summary).toMatchObject({ records: 2, invalid: 1 });
    expect(out.records[0]!.errors).toEqual([twice('case_id', 'A', 'B', 1)]);
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
    // The audit's table too.
    const claims = join(dir, 'claims.json');
    writeFileSync(claims, `[${ok.replace('}', ',"claimed_hiring":9000}')},${bad}]`);
    const audit = await runCli(['audit', claims, '--as-of', AS_OF, '--format', 'table', '--lang', 'zh']);
    expect(audit.stdout).toContain('claims.json:1(第 1 条记录)');
    expect(audit.stdout).toContain('claims.json:1(第 2 条记录)');
  });

  it('a record that stops the run (not a mapping, of no known type) is named by its place in the language of the run', async () => {
    const json = file('arr.json', `[{"type":"placement"}, 5]`);
    expect((await evaluate(json, '--lang', 'zh')).stderr).toBe(`subsidy: ${json}:1(第 2 条记录):一条记录应是“字段: 值”的映射;实为 5\n`);
    expect((await evaluate(json)).stderr).toBe(`subsidy: ${json}:1 (record 2): a record is a mapping of field: value; found 5\n`);
    const yaml = file('arr.yaml', `[{type: placement}, 5]\n`);
    expect((await evaluate(yaml, '--lang', 'zh')).stderr).toBe(`subsidy: ${yaml}:1(第 2 条记录):一条记录应是“字段: 值”的映射;实为 5\n`);
    const type = await evaluate(file('type.json', `[${ok}, {"type":"x"}]`), '--lang', 'zh');
    expect(type.code).toBe(4);
    expect(type.stderr).toMatch(/type\.json:1\(第 2 条记录\):未知的记录类型 "x";/);
  });

  it('a YAML flow list on one line names the record too; records on lines of their own do not', async () => {
    const yaml = await evaluate(file('arr.yaml', `[${ok}, ${bad}]\n`), '--format', 'json');
    expect(yaml.stderr).toContain('arr.yaml:1 (record 2): worker_id');
    const lines = await evaluate(file('lines.json', `[${ok},\n${bad}]`), '--format', 'json');
    expect(lines.stderr).toContain('lines.json:2: worker_id');
    expect((JSON.parse(lines.stdout) as JsonOut).records[1]!.source).toEqual({ file: expect.stringContaining('lines.json'), line: 2 });
  });
});
