/**
 * Chinese CSV headers, written and read: CSV output under --lang zh heads each field's column
 * with a Chinese header that names that field alone (劳动者身份证号, 申请人身份证号), so that it
 * reads back as the same fields, for every record type and for a mixed file; and a header that
 * names a field of each kind of record (身份证号, 人员类别, 姓名) yields to one that names one of
 * them alone (申请人身份证号), as an agency writes a mixed file. Two columns that both name one
 * field alone stay an error.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { asText } from '../src/core/excerpt.js';
import { InputError } from '../src/errors.js';
import { csvLayout } from '../src/io/csv/header.js';
import { FIELD_EXAMPLES } from '../src/records/examples.js';
import { FIELDS, RECORD_TYPES, fieldsNamedBy, type RecordType } from '../src/records/fields.js';
import { runCli } from './helpers/run.js';
import { suiteDir } from './helpers/temp.js';

const dir = suiteDir('subsidy-zh-headers-');
const AS_OF = '2020-06-30';

const evaluate = (args: string[]) => runCli(['evaluate', ...args, '--as-of', AS_OF, '--jobs', '0', '--quiet']);

interface JsonRecord {
  type: RecordType;
  case_id: string | null;
  input: Record<string, unknown>;
  results: { program: string; status: string; amount: number | null }[] | null;
  errors: { field: string; message: string }[];
}

/** What a run made of each record: its type, case, fields as written, results and errors (not where it was read). */
function outcomes(stdout: string) {
  return (JSON.parse(stdout) as { records: JsonRecord[] }).records.map((r) => ({
    type: r.type,
    case_id: r.case_id,
    // (case_id apart: a case file's is the case's, not its records'.)
    fields: Object.fromEntries(FIELDS[r.type].filter((s) => s.name !== 'case_id' && asText(r.input[s.name]) !== '').map((s) => [s.name, asText(r.input[s.name])])),
    results: r.results?.map((x) => [x.program, x.status, x.amount]) ?? null,
    errors: r.errors.map((e) => [e.field, e.message]),
  }));
}

let written = 0;

/**
 * Evaluates `file` (with `args`), writes its CSV output under --lang zh, evaluates that with
 * `back`, and expects the same of every record. Returns the Chinese header row.
 */
async function roundTrip(file: string, args: string[], back: string[]): Promise<string[]> {
  const first = await evaluate([file, ...args, '--format', 'json']);
  const zh = await evaluate([file, ...args, '--format', 'csv', '--lang', 'zh']);
  expect(zh.code, zh.stderr).toBe(first.code);
  const out = join(dir, `zh-${++written}.csv`);
  writeFileSync(out, zh.stdout);
  const again = await evaluate([out, ...back, '--format', 'json']);
  expect(again.stderr).toBe(first.stderr);
  expect(again.code).toBe(first.code);
  const before = outcomes(first.stdout);
  expect(before.length).toBeGreaterThan(0);
  expect(outcomes(again.stdout)).toEqual(before);
  return (parse(zh.stdout, { to: 1 }) as string[][])[0]!;
}

/** A CSV of one record of each given type, every field of each under its field name (a `type` column when several). */
function examplesFile(name: string, types: readonly RecordType[]): string {
  const fields = [...new Set(types.flatMap((t) => FIELDS[t].map((s) => s.name)))];
  const typed = types.length > 1;
  const head = [...(typed ? ['type'] : []), ...fields].join(',');
  const rows = types.map((t) => [...(typed ? [t] : []), ...fields.map((f) => asText(FIELD_EXAMPLES[t][f]))].join(','));
  const path = join(dir, name);
  writeFileSync(path, `${head}\n${rows.join('\n')}\n`);
  return path;
}

describe('CSV output under --lang zh, read back', () => {
  it('heads every field with a Chinese header that names it alone', async () => {
    const header = await roundTrip('examples/batch-mixed.csv', [], []);
    expect(header.slice(0, 4)).toEqual(['类型', '案件编号', '劳动者姓名', '劳动者身份证号']);
    for (const [zh, field] of [['劳动者类别', 'worker_group'], ['申请人身份证号', 'applicant_id'], ['申请人类别', 'applicant_group']]) {
      expect(fieldsNamedBy(zh!)).toEqual([field]);
      expect(header).toContain(zh);
    }
    for (const h of header) expect(fieldsNamedBy(h).length, h).toBeLessThanOrEqual(1);
  });

  it('reads back as the same fields: a mixed file, with --type as the default type and without', async () => {
    await roundTrip('examples/batch-mixed.csv', ['--type', 'hire'], ['--type', 'startup']);
    await roundTrip(examplesFile('all-types.csv', RECORD_TYPES), [], []);
    await roundTrip(examplesFile('all-types-again.csv', RECORD_TYPES), [], ['--type', 'placement']);
  });

  it('reads back as the same fields: one column of IDs and one of groups for every type of row, headed so as to name both fields (CSV and workbook)', async () => {
    const shared = join(dir, 'shared-columns.csv');
    writeFileSync(
      shared,
      '类型,姓名,身份证号,人员类别,企业名称,合同签订日期,创业地区,登记日期,申请贷款金额\n吸纳就业,张三,500115199001011238,建档立卡贫困户,甲公司,2020-02-20,,,\n创业,李四,50010319920315002X,农民工,,,长寿区,2020-03-01,50000\n',
    );
    const header = await roundTrip(shared, [], []);
    expect(header.slice(0, 4)).toEqual(['类型', '姓名', '身份证号', '人员类别']);
    // As a workbook too: both rows evaluated, each with its own kind of ID and group, its type
    // named in json as a CSV row's is.
    const book = join(dir, 'shared-columns.xlsx');
    await evaluate([shared, '--lang', 'zh', '-o', book]);
    const back = (JSON.parse((await evaluate([book, '--format', 'json'])).stdout) as { records: JsonRecord[] }).records;
    expect(back.map((r) => [r.type, r.errors, r.results?.map((x) => x.status)])).toEqual([
      ['hire', [], ['eligible']],
      ['startup', [], ['eligible', 'eligible']],
    ]);
  });

  it('reads back as the same fields: a file of each record type read with --type, and case files', async () => {
    for (const type of RECORD_TYPES) await roundTrip(examplesFile(`${type}.csv`, [type]), ['--type', type], ['--type', type]);
    await roundTrip('examples/batch-placements-gbk.csv', ['--type', 'placement'], ['--type', 'placement']);
    for (const file of ['examples/agency-placements.yaml', 'examples/enterprise-hires.json', 'examples/changshou-startups.yaml', 'examples/hires.ndjson']) {
      await roundTrip(file, [], []);
    }
  });
});

describe('CSV output of several inputs, read back', () => {
  it("puts each cell under the column that holds its field in its row's type: a shared 身份证号 beside another input's applicant_id (either order, both languages)", async () => {
    const one = join(dir, 'merged-one.csv');
    writeFileSync(one, 'type,case_id,applicant_name,applicant_id,applicant_group,business_district,business_registered,loan_requested\nstartup,S-1,吴丽,500115198506120048,migrant_worker,长寿区,2020-03-20,1000\n');
    const two = join(dir, 'merged-two.csv');
    writeFileSync(two, '类型,案件编号,申请人姓名,身份证号,人员类别,创业地区,登记日期,申请贷款金额\n创业,S-2,黄海,500115199001011238,农民工,长寿区,2020-03-12,50000\n吸纳就业,H-1,赵敏,500229199707070030,建档立卡贫困家庭成员,,,\n');
    for (const [first, second] of [[one, two], [two, one]] as const) {
      await roundTrip(first, [second], []);
      const json = await evaluate([first, second, '--format', 'json']);
      const out = join(dir, `merged-${++written}.csv`);
      writeFileSync(out, (await evaluate([first, second, '--format', 'csv'])).stdout);
      expect(outcomes((await evaluate([out, '--format', 'json'])).stdout)).toEqual(outcomes(json.stdout));
    }
  });
});

describe('CSV output evaluated again', () => {
  it('writes its result columns anew, not a second, stale set beside them (both languages)', async () => {
    for (const lang of ['en', 'zh']) {
      const june = join(dir, `june-${lang}.csv`);
      writeFileSync(june, (await evaluate(['examples/agency-placements.yaml', '--format', 'csv', '--lang', lang])).stdout);
      const [sept, direct] = await Promise.all([
        runCli(['evaluate', june, '--as-of', '2020-09-30', '--format', 'csv', '--lang', lang, '--quiet']),
        runCli(['evaluate', 'examples/agency-placements.yaml', '--as-of', '2020-09-30', '--format', 'json', '--quiet']),
      ]);
      const rows = parse(sept.stdout) as string[][];
      expect(new Set(rows[0]).size, lang).toBe(rows[0]!.length);
      expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
      // The statuses are September's: those of the case file evaluated on that day.
      const status = rows[0]!.indexOf(lang === 'zh' ? '应急补贴_结果' : 'emergency_status');
      const expected = (JSON.parse(direct.stdout) as { records: JsonRecord[] }).records.map((r) => r.results!.find((x) => x.program === 'emergency')!.status);
      expect(rows.slice(1).map((r) => r[status])).toEqual(expected);
    }
  });
});

describe('a generic Chinese header beside a specific one', () => {
  /** The field each column holds, for each record type. */
  const fieldsOf = (header: string[], type?: RecordType) => csvLayout('h.csv', header, type).columns;

  it('holds the field the other column leaves: 身份证号 the worker ID beside 申请人身份证号, the applicant ID beside 劳动者身份证号', () => {
    const agency = fieldsOf(['类型', '姓名', '身份证号', '人员类别', '申请人姓名', '申请人身份证号', '申请人类别']);
    expect(agency.placement).toEqual([undefined, 'worker_name', 'worker_id', undefined, undefined, undefined, undefined]);
    expect(agency.hire).toEqual([undefined, 'worker_name', 'worker_id', 'worker_group', undefined, undefined, undefined]);
    expect(agency.startup).toEqual([undefined, undefined, undefined, undefined, 'applicant_name', 'applicant_id', 'applicant_group']);
    const other = fieldsOf(['type', '劳动者身份证号', '身份证号', 'note']);
    expect(other.placement).toEqual([undefined, 'worker_id', undefined, undefined]);
    expect(other.startup).toEqual([undefined, undefined, 'applicant_id', undefined]);
  });

  it('stays an error where two columns name the field alone, or both name several, or one is left with none', () => {
    const refused: [string[], RecordType | undefined, RegExp][] = [
      [['type', 'worker_id', '劳动者身份证号'], undefined, /columns 2 \("worker_id"\) and 3 \("劳动者身份证号"\) both hold worker_id/],
      [['类型', '身份证号', '身份证号码'], undefined, /columns 2 \("身份证号"\) and 3 \("身份证号码"\) both hold worker_id/],
      [['类型', '劳动者身份证号', '申请人身份证号', '身份证号'], undefined, /columns 2 \("劳动者身份证号"\) and 4 \("身份证号"\) both hold worker_id/],
      // A file of one type: 身份证号 names that type's ID alone.
      [['case_id', 'worker_id', '身份证号'], 'placement', /columns 2 \("worker_id"\) and 3 \("身份证号"\) both hold worker_id/],
      [['身份证号', '申请人身份证号'], 'startup', /columns 1 \("身份证号"\) and 2 \("申请人身份证号"\) both hold applicant_id/],
      [['type', '类型', 'worker_id'], undefined, /columns 1 \("type"\) and 2 \("类型"\) both hold type/],
    ];
    for (const [header, type, message] of refused) {
      expect(() => fieldsOf(header, type), header.join(',')).toThrow(InputError);
      expect(() => fieldsOf(header, type), header.join(',')).toThrow(message);
    }
  });

  it("reads an agency's mixed file: 身份证号 and 人员类别 for workers, 申请人身份证号 and 申请人类别 for applicants", async () => {
    const path = join(dir, 'agency.csv');
    const head = '类型,案件编号,姓名,身份证号,企业类别,合同签订日期,人员类别,申请人姓名,申请人身份证号,申请人类别,创业地区,登记日期,申请贷款金额';
    const rows = [
      '送工,A1,张伟,500115199001011238,电子企业,2020-02-20,,,,,,,',
      '吸纳就业,A2,赵敏,500229199707070030,,2020-03-01,建档立卡贫困家庭成员,,,,,,',
      '创业,A3,,,,,,黄海,500115199001011238,农民工,长寿区,2020-03-12,200000',
    ];
    writeFileSync(path, `${head}\n${rows.join('\n')}\n`);
    const run = await evaluate([path, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [placement, hire, startup] = outcomes(run.stdout);
    expect(placement!.fields).toMatchObject({ worker_name: '张伟', worker_id: '500115199001011238' });
    expect(hire!.fields).toMatchObject({ worker_id: '500229199707070030', worker_group: '建档立卡贫困家庭成员' });
    expect(hire!.results).toEqual([['hiring', 'eligible', 6000]]);
    expect(startup!.fields).toMatchObject({ applicant_name: '黄海', applicant_id: '500115199001011238', applicant_group: '农民工' });
    expect(startup!.results).toEqual([
      ['startup_grant', 'eligible', 8000],
      ['startup_loan', 'eligible', 150000],
    ]);
  });
});
