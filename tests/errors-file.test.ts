/**
 * The --errors file is to fix and submit again: for CSV files, workbooks, case files and a batch
 * of them together, the file (CSV and .xlsx) read back gives the same records with the same
 * errors (same fields, same values), and once the bad cells are fixed, those records evaluate.
 * It holds each CSV file's or sheet's own header and cells (a mixed-type file with shared Chinese
 * headers too), a case's case_id, and, with no invalid row, the full header all the same.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run.js';
import { suiteDir } from './helpers/temp.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const EXAMPLES = join(ROOT, 'examples');
const AS_OF = '2020-06-30';
const dir = suiteDir('subsidy-errors-file-');

/** A hire and a startup in one file, under shared Chinese headers (姓名, 身份证号, 人员类别 hold either's), each with one bad cell. */
const MIXED_ZH = [
  ['类型', '姓名', '身份证号', '人员类别', '合同签订日期', '创业地区', '登记日期', '申请贷款金额'],
  ['吸纳就业', '赵敏', '500229199707070031', '建档立卡贫困家庭成员', '2020-03-01', '', '', ''],
  ['创业', '黄海', '500115199001011238', '农民工', '', '长寿区', '2020-02-30', '100000'],
];
/** Each bad value of the inputs, as the errors file writes it (CSV: '-5, with the formula guard), and a good one. */
const FIXES: Record<string, string> = {
  '500229199707070031': '500229199707070030',
  '2020-02-30': '2020-02-20',
  "'-5": '5',
  '-5': '5',
  '国有企业': 'key',
  '1.005': '1.00',
};

const quote = (c: string) => (/[",\n']/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const csvText = (rows: readonly (readonly string[])[]) => rows.map((r) => r.map(quote).join(',')).join('\n') + '\n';

const mixedCsv = join(dir, 'mixed-zh.csv');
writeFileSync(mixedCsv, csvText(MIXED_ZH));
async function mixedXlsx(): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('名单');
  for (const row of MIXED_ZH) sheet.addRow(row.map((c) => (c === '' ? null : c)));
  const path = join(dir, 'mixed-zh.xlsx');
  await book.xlsx.writeFile(path);
  return path;
}

interface JsonRecord {
  type: string;
  case_id: string | null;
  input: Record<string, unknown>;
  errors: { field: string; value: unknown }[];
}

async function evaluate(files: string[], ...args: string[]): Promise<{ code: number; records: JsonRecord[] }> {
  const run = await runCli(['evaluate', ...files, '--as-of', AS_OF, '--format', 'json', '--quiet', ...args]);
  expect(run.code, run.stderr).toBeLessThan(2);
  return { code: run.code, records: (JSON.parse(run.stdout) as { records: JsonRecord[] }).records };
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
/** What must come back: the record's type and case, its errors (field and value), its values that are not blank (its file, line and errors aside, and its case_id, a case's written as its own). */
function essence(rec: JsonRecord) {
  const input = Object.entries(rec.input).filter(([k, v]) => text(v) !== '' && !['file', 'line', 'errors', 'case_id'].includes(k));
  return { type: rec.type, case_id: rec.case_id, errors: rec.errors.map((e) => [e.field, text(e.value)]), input: Object.fromEntries(input.map(([k, v]) => [k, text(v)])) };
}

/** The errors file with every bad value replaced by a good one. */
async function fixed(path: string): Promise<string> {
  const out = path.replace(/(\.\w+)$/, '-fixed$1');
  if (path.endsWith('.csv')) {
    const rows = parse(readFileSync(path, 'utf8'), { relax_column_count: true }) as string[][];
    writeFileSync(out, csvText(rows.map((r) => r.map((c) => FIXES[c] ?? c))));
    return out;
  }
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  book.worksheets[0]!.eachRow((row) => row.eachCell((cell) => (cell.value = FIXES[String(cell.value)] ?? cell.value)));
  await book.xlsx.writeFile(out);
  return out;
}

describe('the --errors file, submitted again', () => {
  const inputs: [string, () => Promise<string[]>][] = [
    ['a CSV file of hires and startups under shared Chinese headers', async () => [mixedCsv]],
    ['a workbook of the same', async () => [await mixedXlsx()]],
    ['a YAML case', async () => [join(EXAMPLES, 'invalid-records.yaml')]],
    ['a CSV file of every type', async () => [join(EXAMPLES, 'batch-mixed.csv')]],
    ['all of them in one run', async () => [mixedCsv, await mixedXlsx(), join(EXAMPLES, 'invalid-records.yaml'), join(EXAMPLES, 'batch-mixed.csv')]],
  ];
  for (const [what, files] of inputs) {
    for (const ext of ['csv', 'xlsx']) {
      it(`${what}, as .${ext}: the same records with the same errors, and once fixed they evaluate`, async () => {
        const paths = await files();
        const errors = join(dir, `${paths.map((p) => p.split('/').pop()!.split('.')[0]).join('+')}-errors.${ext}`);
        const first = await evaluate(paths, '--errors', errors);
        const invalid = first.records.filter((r) => r.errors.length);
        expect(invalid.length).toBeGreaterThan(0);
        const again = await evaluate([errors]);
        expect(again.code).toBe(1);
        expect(again.records.map(essence)).toEqual(invalid.map(essence));
        const good = await evaluate([await fixed(errors)]);
        expect(good.code).toBe(0);
        expect(good.records).toHaveLength(invalid.length);
        expect(good.records.filter((r) => r.errors.length)).toEqual([]);
      });
    }
  }
});

describe('the --errors file holds', () => {
  const header = (path: string) => readFileSync(path, 'utf8').split('\n')[0]!;

  it("a CSV file's own header and each row's own cells, in their columns", async () => {
    const errors = join(dir, 'own-errors.csv');
    await evaluate([mixedCsv], '--errors', errors);
    const rows = parse(readFileSync(errors, 'utf8')) as string[][];
    expect(rows.map((r) => r.slice(3))).toEqual(MIXED_ZH);
    expect(rows.slice(1).map((r) => r.slice(0, 2))).toEqual([
      [mixedCsv, '2'],
      [mixedCsv, '3'],
    ]);
  });

  it("a case's case_id (JSON and YAML cases)", async () => {
    const yaml = join(dir, 'yaml-errors.csv');
    await evaluate([join(EXAMPLES, 'invalid-records.yaml')], '--errors', yaml);
    const json = join(dir, 'case.json');
    writeFileSync(json, JSON.stringify({ case_id: 'QY-1', type: 'hire', records: [{ worker_id: '1' }] }));
    const jsonErrors = join(dir, 'json-errors.csv');
    await evaluate([json], '--errors', jsonErrors);
    for (const [path, id] of [
      [yaml, 'RS-2020-0400'],
      [jsonErrors, 'QY-1'],
    ] as const) {
      const rows = parse(readFileSync(path, 'utf8')) as string[][];
      const at = rows[0]!.indexOf('case_id');
      expect(at, path).toBeGreaterThan(0);
      for (const row of rows.slice(1)) expect(row[at]).toBe(id);
    }
  });

  it('its full header when no row is invalid: an empty form of the same shape', async () => {
    const csv = join(dir, 'valid.csv');
    writeFileSync(csv, '类型,姓名,身份证号,合同签订日期\n吸纳就业,赵敏,500229199707070030,2020-03-01\n');
    const csvErrors = join(dir, 'valid-errors.csv');
    expect((await evaluate([csv], '--errors', csvErrors)).code).toBe(0);
    expect(readFileSync(csvErrors, 'utf8')).toBe('file,line,errors,类型,姓名,身份证号,合同签订日期\n');
    const cases = join(dir, 'valid-cases-errors.csv');
    expect((await evaluate([join(EXAMPLES, 'hires.ndjson')], '--errors', cases)).code).toBe(0);
    expect(header(cases)).toBe('file,line,errors,type,case_id,enterprise_name,worker_name,worker_id,worker_group,contract_signed,applicant_name,applicant_id,applicant_group,business_district,business_registered,loan_requested');
    const empty = await runCli(['evaluate', cases, '--as-of', AS_OF, '--format', 'json']);
    expect(empty.code, empty.stderr).toBe(0);
  });

  it('its own file, line and errors columns once, when it is submitted again', async () => {
    const first = join(dir, 'round-1.csv');
    const second = join(dir, 'round-2.csv');
    await evaluate([mixedCsv], '--errors', first, '--lang', 'zh');
    await evaluate([first], '--errors', second, '--lang', 'zh');
    expect(header(first)).toBe(`文件,行,错误,${MIXED_ZH[0]!.join(',')}`);
    expect(header(second)).toBe(header(first));
    const rows = (path: string) => (parse(readFileSync(path, 'utf8')) as string[][]).map((r) => r.slice(1));
    expect(rows(second)).toEqual(rows(first));
  });

  it('a column for the type of a file read with --type, which has none', async () => {
    const csv = join(dir, 'typed.csv');
    writeFileSync(csv, '姓名,身份证号,合同签订日期\n赵敏,500229199707070031,2020-03-01\n');
    const errors = join(dir, 'typed-errors.csv');
    await evaluate([csv], '--type', 'hire', '--errors', errors);
    expect((parse(readFileSync(errors, 'utf8')) as string[][]).map((r) => r.slice(3))).toEqual([
      ['type', '姓名', '身份证号', '合同签订日期'],
      ['hire', '赵敏', '500229199707070031', '2020-03-01'],
    ]);
    expect((await evaluate([errors])).records.map(essence)).toEqual((await evaluate([csv], '--type', 'hire')).records.map(essence));
  });
});
