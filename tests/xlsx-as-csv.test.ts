/**
 * A workbook's row is read and written as the same row of a CSV file: the header settles which
 * column holds which field once per sheet (a shared 身份证号 column beside 申请人身份证号), a row
 * wider than the header is invalid and keeps every cell in every output, a record type the
 * header does not serve stops or invalidates its rows alike, and messages about the header name
 * its row. Each table is written both ways here and run through the same commands.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnLetters } from '../src/io/xlsx/rows.js';
import { recordMessage } from '../src/records/messages-zh.js';
import { runCli, type RunResult } from './helpers/run.js';
import { suiteDir } from './helpers/temp.js';

const AS_OF = '2020-12-31';
const dir = suiteDir('subsidy-xlsx-csv-');
const ID_A = '500115199001011238';
const ID_B = '50010319920315002X';

/** The same rows as CSV and as a workbook's sheet (an empty row: a blank line, a blank row), named NAME.csv and NAME.xlsx. */
async function bothWays(name: string, rows: (string | number)[][]): Promise<{ csv: string; xlsx: string }> {
  const csv = join(dir, `${name}.csv`);
  const quote = (c: string | number) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c));
  writeFileSync(csv, rows.map((r) => r.map(quote).join(',')).join('\n') + '\n');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sheet1');
  for (const row of rows) sheet.addRow(row.map((c) => (c === '' ? null : c)));
  const xlsx = join(dir, `${name}.xlsx`);
  await book.xlsx.writeFile(xlsx);
  return { csv, xlsx };
}

/** A run of each file, its output with the file's name made FILE (a workbook's place is FILE:SHEET). */
async function runBoth(files: { csv: string; xlsx: string }, args: string[]): Promise<[RunResult, RunResult]> {
  const run = async (file: string, name: string) => {
    const r = await runCli(['evaluate', file, '--as-of', AS_OF, '--quiet', ...args]);
    const plain = (text: string) => text.split(name).join('FILE');
    return { code: r.code, stdout: plain(r.stdout), stderr: plain(r.stderr) };
  };
  return [await run(files.csv, files.csv), await run(files.xlsx, `${files.xlsx}:Sheet1`)];
}

interface JsonRecord {
  source: { file: string; line: number };
  type: string;
  input: Record<string, unknown>;
  results: { program: string; status: string }[] | null;
  errors: { field: string; message: string; line?: number }[];
}
const records = (stdout: string) => (JSON.parse(stdout) as { records: JsonRecord[] }).records;

describe('a workbook row settles its columns as a CSV row does', () => {
  /** One 身份证号 column and one 申请人身份证号, a type column: 身份证号 is the worker's ID of hires, not a startup's. */
  const MIXED = [
    ['类型', '姓名', '身份证号', '申请人身份证号', '合同签订日期', '创业地区', '登记日期', '人员类别'],
    ['吸纳就业', '张三', ID_A, '', '2020-02-20', '', '', '建档立卡贫困户'],
    ['创业', '李四', ID_B, '', '', '长寿区', '2020-03-01', '农民工'],
    ['', '', '', '', '', '', '', ''],
    ['创业', '王五', ID_A, ID_B, '', '长寿区', '2020-03-01', '农民工'],
    ['创业', '赵六', '', ID_B, '', '长寿区', '2020-03-01', '农民工'],
  ];

  it('the same records, errors and results in json, the same csv output and --errors file', async () => {
    const files = await bothWays('mixed', MIXED);
    const [fromCsv, fromXlsx] = await runBoth(files, ['--format', 'json']);
    expect(fromXlsx.code).toBe(1);
    expect(fromXlsx.stdout).toBe(fromCsv.stdout);
    const [li, wang, zhao] = records(fromXlsx.stdout).slice(1);
    // A startup's ID is in 申请人身份证号 alone: 李四's is missing (its 身份证号 is kept, as no field), 王五's is read.
    expect(li!.errors).toEqual([{ field: 'applicant_id', value: null, message: 'applicant_id is required', line: 3 }]);
    expect(li!.input).toMatchObject({ 身份证号: ID_B, applicant_id: '' });
    expect([wang!.source.line, wang!.errors, wang!.input.applicant_id]).toEqual([5, [], ID_B]);
    expect(zhao!.results!.map((r) => r.status)).toEqual(['ineligible', 'ineligible']);
    for (const format of ['csv', 'table', 'ndjson']) {
      const [csv, xlsx] = await runBoth(files, ['--format', format, '--errors', join(dir, `mixed-${format}-errors.csv`)]);
      expect(xlsx.stdout, format).toBe(csv.stdout);
    }
    // The startup rows' names, IDs and groups are written in their columns (they were left out).
    const [csvOut] = await runBoth(files, ['--format', 'csv']);
    expect(csvOut.stdout.split('\n')[2]).toMatch(new RegExp(`^创业,李四,${ID_B},,,长寿区,2020-03-01,农民工,`));
    const errorsOf = async (file: string, name: string) => {
      const errors = join(dir, 'mixed-errors.csv');
      await runCli(['evaluate', file, '--as-of', AS_OF, '--quiet', '--format', 'json', '--errors', errors]);
      return readFileSync(errors, 'utf8').split(name).join('FILE');
    };
    expect(await errorsOf(files.xlsx, `${files.xlsx}:Sheet1`)).toBe(await errorsOf(files.csv, files.csv));
    expect(await errorsOf(files.xlsx, `${files.xlsx}:Sheet1`)).toContain('FILE,3,applicant_id: applicant_id is required,创业,');
  });

  it('an audit of the same table gives the same items', async () => {
    const rows = [
      [...MIXED[0]!, '申领一次性岗位补贴', '申领创业补贴'],
      ['吸纳就业', '张三', ID_A, '', '2020-02-20', '', '', '建档立卡贫困户', 6000, ''],
      ['创业', '王五', ID_A, ID_B, '', '长寿区', '2020-03-01', '农民工', 6000, 8000],
    ];
    const files = await bothWays('mixed-audit', rows);
    const audit = async (file: string, name: string) => {
      const r = await runCli(['audit', file, '--as-of', AS_OF, '--quiet', '--format', 'json']);
      return { code: r.code, stdout: r.stdout.split(name).join('FILE') };
    };
    const [fromCsv, fromXlsx] = [await audit(files.csv, files.csv), await audit(files.xlsx, `${files.xlsx}:Sheet1`)];
    expect(fromXlsx.code).toBe(1);
    // The startup row claims a hire's program: invalid, from either file, with the claim as written (6000, a number cell).
    expect(fromXlsx.stdout.replaceAll('"value": 6000', '"value": "6000"')).toBe(fromCsv.stdout);
    expect(fromXlsx.stdout).toContain('is the claim of hire records (hiring), but this is a startup record');
  });

  it('a header that does not serve a record type: its rows invalid alike, or the file stopped at the row', async () => {
    const noId = await bothWays('no-id', [
      ['类型', '姓名', '合同签订日期'],
      ['吸纳就业', '张三', '2020-02-20'],
    ]);
    const [csv, xlsx] = await runBoth(noId, ['--format', 'json']);
    expect(xlsx.stdout).toBe(csv.stdout);
    expect(records(xlsx.stdout)[0]!.errors[0]!.message).toBe('hire records need the worker_id column (header worker_id or 身份证号/劳动者身份证号/身份证号码/公民身份号码); add the column');
    const misfit = await bothWays('misfit', [
      ['类型', '姓名', '劳动者身份证号', '合同签订日期'],
      ['吸纳就业', '张三', ID_A, '2020-02-20'],
      ['创业', '李四', ID_B, ''],
    ]);
    const [stopCsv, stopXlsx] = await runBoth(misfit, ['--format', 'json']);
    expect([stopCsv.code, stopXlsx.code]).toEqual([4, 4]);
    expect(stopXlsx.stderr).toBe(stopCsv.stderr);
    expect(stopXlsx.stderr).toContain('FILE:3: a startup record, but the header has no applicant_id column');
  });
});

describe('a workbook row wider than its header', () => {
  const ROWS = [
    ['type', 'worker_id', 'contract_signed', 'note'],
    ['hire', ID_A, '2020-03-01', 'n1', 'extra1', 'extra,2'],
    ['hire', ID_B, '2020-03-01', 'n2'],
  ];

  it('is invalid, and keeps every cell: in json input, after the errors cell of csv and xlsx output, after the --errors file\'s header', async () => {
    const files = await bothWays('wide', ROWS);
    const message = "values in columns E, F, beyond the header's 4 columns: give those columns a header, or move the values under one";
    const [csv, xlsx] = await runBoth(files, ['--format', 'json']);
    expect(xlsx.code).toBe(csv.code);
    const [fromCsv, fromXlsx] = [records(csv.stdout), records(xlsx.stdout)];
    expect(fromXlsx.map((r) => r.input)).toEqual(fromCsv.map((r) => r.input));
    expect(fromXlsx[0]!.input).toMatchObject({ '(column 5)': 'extra1', '(column 6)': 'extra,2' });
    expect(fromXlsx[0]!.errors).toEqual([{ field: '(row)', value: null, message, line: 2 }]);
    expect(fromCsv[0]!.errors.map((e) => e.field)).toEqual(['(row)']);
    expect(fromXlsx[1]!.results).toEqual(fromCsv[1]!.results);
    // CSV output: the cells beyond the header follow the errors cell, as a CSV row's do.
    const [csvOut, xlsxOut] = await runBoth(files, ['--format', 'csv', '--errors', join(dir, 'wide-errors.csv')]);
    const wide = (out: string) => out.split('\n')[1]!;
    expect(wide(xlsxOut.stdout)).toBe(wide(csvOut.stdout).replace(/"\(row\): [^"]*"/, `"(row): ${message}"`));
    expect(wide(xlsxOut.stdout).endsWith(`"(row): ${message}",extra1,"extra,2"`)).toBe(true);
    const errors = readFileSync(join(dir, 'wide-errors.csv'), 'utf8').split(`${files.xlsx}:Sheet1`).join('FILE').split('\n');
    // The --errors file: the sheet's own header; the cells beyond it after the row's, beyond the file's header too.
    expect(errors[0]).toBe('file,line,errors,type,worker_id,contract_signed,note');
    expect(errors[1]).toBe(`FILE,2,"(row): ${message}",hire,${ID_A},2020-03-01,n1,extra1,"extra,2"`);
    // Submitted again, the row is still too wide, until the values are moved.
    const again = records((await runCli(['evaluate', join(dir, 'wide-errors.csv'), '--as-of', AS_OF, '--quiet', '--format', 'json'])).stdout);
    expect(again.map((r) => r.errors.map((e) => e.field))).toEqual([['(row)']]);
    // A workbook written from it: the same cells, after the errors cell.
    const out = join(dir, 'wide-out.xlsx');
    await runCli(['evaluate', files.xlsx, '--as-of', AS_OF, '--quiet', '-o', out]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const values = (book.worksheets[0]!.getRow(2).values as unknown[]).slice(1);
    expect(values.slice(-3)).toEqual([`(row): ${message}`, 'extra1', 'extra,2']);
  });

  it('says which column in Chinese too; one column is named alone', async () => {
    const files = await bothWays('wide-one', [ROWS[0]!, ['hire', ID_A, '2020-03-01', 'n1', '', '', 'x']]);
    const run = await runCli(['evaluate', files.xlsx, '--as-of', AS_OF, '--format', 'json', '--lang', 'zh']);
    expect(run.stderr).toContain(`${files.xlsx}:Sheet1:2: (row): 第 G 列有值,超出了表头的 4 列:请给该列加上表头,或把值移到有表头的列下`);
    expect(records(run.stdout)[0]!.input).toMatchObject({ '(column 5)': '', '(column 6)': '', '(column 7)': 'x' });
    const several = "values in columns E, AA, beyond the header's 4 columns: give those columns a header, or move the values under one";
    expect(recordMessage(several, 'zh')).toBe('第 E、AA 列有值,超出了表头的 4 列:请给这些列加上表头,或把值移到有表头的列下');
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });
});

describe('a workbook header below blank rows, ID numbers stored as numbers', () => {
  it("names the header's row in messages about it", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('名单');
    sheet.getRow(3).values = ['姓名', '合同签订日期'];
    sheet.getRow(4).values = ['张三', '2020-03-01'];
    const path = join(dir, 'low-header.xlsx');
    await book.xlsx.writeFile(path);
    const run = await runCli(['evaluate', path, '--type', 'hire', '--as-of', AS_OF]);
    expect(run.code).toBe(4);
    expect(run.stderr).toContain(`${path}:名单:3: hire records need the worker_id column`);
    const untyped = await runCli(['evaluate', path, '--as-of', AS_OF, '--lang', 'zh']);
    expect(untyped.stderr).toContain(`${path}:名单:3: 没有类型列`);
  });

  it('a whole number of 15 digits or fewer is read as its digits, as the same CSV cell; more digits have been lost', async () => {
    const files = await bothWays('id-numbers', [
      ['姓名', '身份证号', '合同签订日期', '人员类别'],
      ['张三', 500115900101123, '2020-03-01', 'none'],
      ['李四', 12345, '2020-03-01', 'none'],
    ]);
    const [csv, xlsx] = await runBoth(files, ['--type', 'hire', '--format', 'json']);
    const messages = (out: string) => records(out).map((r) => r.errors.map((e) => e.message));
    expect(messages(xlsx.stdout)).toEqual(messages(csv.stdout));
    expect(messages(xlsx.stdout)).toEqual([
      [`a 15-digit ID number from before 1999: write its 18-digit form ${ID_A}`],
      ['an ID number has 18 characters (17 digits and a check character, a digit or X), this one 5'],
    ]);
  });
});
