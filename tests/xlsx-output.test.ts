/**
 * Workbooks out: `--format xlsx --output FILE.xlsx` for evaluate and audit, and `--errors
 * FILE.xlsx`, read back with exceljs. Every cell holds what the CSV output of the same run holds,
 * typed: text as text (ID numbers above all), amounts as numbers with two decimals, dates as
 * dates; statuses and verdicts coloured; the header frozen and filtered; a summary sheet with
 * the run's numbers.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { STATUS_COLORS } from '../src/io/formats/table.js';
import { VERDICT_COLORS, VERDICT_WORDS } from '../src/io/formats/audit.js';
import { STATUS_WORDS } from '../src/i18n/describe.js';
import { parseDate } from '../src/records/values.js';
import { typedCell } from '../src/io/xlsx/sheets.js';
import { CsvRows } from '../src/io/xlsx/csv-rows.js';
import { runCli } from './helpers/run.js';
import { suiteDir } from './helpers/temp.js';

const dir = suiteDir('subsidy-xlsx-');
const AS_OF = '2020-12-31';
const BATCH = 'examples/batch-mixed.csv';

async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

/** A sheet's rows as arrays of cell values (1-based columns made 0-based). */
function rowsOf(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values = row.values as ExcelJS.CellValue[];
    rows.push(values.slice(1));
  });
  return rows;
}

const fillOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

let runs = 0;

/** A CSV run and the same run as a workbook (and its --errors file as a workbook). */
async function both(command: string, args: string[], lang = 'en') {
  const n = ++runs;
  const out = join(dir, `${command}-${lang}-${n}.xlsx`);
  const errors = join(dir, `${command}-${lang}-${n}-errors.xlsx`);
  const common = [command, ...args, '--as-of', AS_OF, '--lang', lang, '--quiet'];
  const xlsx = await runCli([...common, '--output', out, '--errors', errors]);
  const csv = parse((await runCli([...common, '--format', 'csv'])).stdout, { relax_column_count: true }) as string[][];
  const json = JSON.parse((await runCli([...common, '--format', 'json'])).stdout) as { summary: Record<string, any> };
  return { xlsx, out, errors, csv, summary: json.summary };
}

describe('evaluate --format xlsx', async () => {
  const run = await both('evaluate', [BATCH]);
  const book = await readBook(run.out);
  const sheet = book.worksheets[0]!;
  const rows = rowsOf(sheet);
  const header = run.csv[0]!;
  const col = (name: string) => header.indexOf(name);

  it('takes its format from the .xlsx name and exits as CSV does', () => {
    expect(run.xlsx.code).toBe(1); // one invalid row
    expect(book.worksheets.map((s) => s.name)).toEqual(['results', 'summary']);
  });

  it('has the rows and columns of CSV output, each cell its CSV text typed', () => {
    expect(rows.length).toBe(run.csv.length);
    expect(rows[0]).toEqual(header);
    for (let r = 1; r < run.csv.length; r++) {
      for (let c = 0; c < header.length; c++) {
        const text = run.csv[r]![c] ?? '';
        const value = rows[r]![c] ?? null;
        if (value instanceof Date) expect(value.toISOString().slice(0, 10), `${r}:${header[c]}`).toBe(parseDate(text)); // 2020/2/25 too
        else if (typeof value === 'number') expect(value, `${r}:${header[c]}`).toBe(Number(text.replace(/,/g, '')));
        else expect(value ?? '', `${r}:${header[c]}`).toBe(text.replace(/^'(?=[=+\-@])/, ''));
      }
    }
  });

  it('writes ID numbers as text, amounts as numbers with two decimals, dates as calendar dates', () => {
    const row = sheet.getRow(2);
    const id = row.getCell(col('worker_id') + 1);
    expect(id.type).toBe(ExcelJS.ValueType.String);
    expect(id.value).toBe('500115199001011238');
    const amount = row.getCell(col('emergency_amount') + 1);
    expect(amount.value).toBe(600);
    expect(amount.numFmt).toBe('#,##0.00');
    expect(sheet.getRow(3).getCell(col('organization_cost') + 1).value).toBe(1000.01); // "1,000.01" exactly
    const date = row.getCell(col('contract_signed') + 1);
    expect(date.value).toEqual(new Date(Date.UTC(2020, 1, 20)));
    expect(date.numFmt).toBe('yyyy-mm-dd');
    expect(row.getCell(col('grants_total') + 1).value).toBe(1450);
  });

  it('keeps text that looks like a formula as text: the invalid row -5, never a formula', () => {
    const invalid = rows.findIndex((r, i) => i > 0 && r[col('errors')]);
    const cell = sheet.getRow(invalid + 1).getCell(col('organization_cost') + 1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('-5');
    expect(fillOf(sheet.getRow(invalid + 1).getCell(col('errors') + 1))).toBe('FFC00000');
  });

  it('colours each status as the terminal does', () => {
    const seen = new Map<string, string | undefined>();
    for (const [i, name] of header.entries()) {
      if (!name.endsWith('_status')) continue;
      sheet.getColumn(i + 1).eachCell((cell, r) => {
        if (r > 1 && typeof cell.value === 'string') seen.set(cell.value, fillOf(cell));
      });
    }
    expect([...seen.keys()].sort()).toEqual(['eligible', 'ineligible', 'undetermined']);
    for (const [status, fill] of seen) expect(fill).toBe(typedCell('status', status).fill);
    expect(new Set(seen.values()).size).toBe(3);
    expect(STATUS_COLORS.eligible).toBe('green');
  });

  it('freezes and filters the header, and sizes the columns by their content (CJK counting double)', () => {
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:${sheet.getColumn(header.length).letter}1`);
    expect(sheet.getColumn(col('worker_id') + 1).width).toBeGreaterThanOrEqual(20);
    // 重庆渝才人力资源服务有限公司: 14 characters, 28 columns.
    expect(sheet.getColumn(col('agency_name') + 1).width).toBeGreaterThanOrEqual(30);
    expect(sheet.getColumn(col('type') + 1).width).toBeLessThan(15);
  });

  it('has a summary sheet with the numbers of the run', () => {
    const summary = rowsOf(book.getWorksheet('summary')!);
    const find = (label: string) => summary.find((r) => r[0] === label);
    expect(find('grants total')![1]).toBe(run.summary.grants.total);
    expect(find('loans total (not part of grants)')![1]).toBe(run.summary.loans.total);
    expect(find('records')![1]).toBe(run.summary.records);
    expect(find('invalid')![1]).toBe(run.summary.invalid);
    const emergency = find('emergency subsidy')!;
    expect(emergency.slice(1, 5)).toEqual(['eligible', 'pending', 'undetermined', 'ineligible'].map((s) => run.summary.by_program.emergency[s]));
    expect(emergency[5]).toBe(run.summary.grants.by_program.emergency);
    expect(find('guaranteed startup loan (loan)')![5]).toBe(run.summary.loans.by_program.startup_loan);
    const listed = summary.findIndex((r) => r[0] === 'Invalid records');
    expect(summary[listed + 2]).toEqual([BATCH, 6, 'RS-2020-0501', expect.stringContaining('contract_signed: 2020-02-30 is not a date on the calendar')]);
  });

  it('writes --errors FILE.xlsx: the invalid rows with their line, errors and own columns, as text', async () => {
    const errors = rowsOf((await readBook(run.errors)).worksheets[0]!);
    expect(errors[0]!.slice(0, 5)).toEqual(['file', 'line', 'errors', 'type', 'case_id']);
    expect(errors.length).toBe(2);
    const [file, line, message] = errors[1]!;
    expect([file, line]).toEqual([BATCH, 6]);
    expect(message).toBe('contract_signed: 2020-02-30 is not a date on the calendar; organization_cost: an amount must not be negative');
    expect(errors[1]![errors[0]!.indexOf('contract_signed')]).toBe('2020-02-30');
    expect(errors[1]![errors[0]!.indexOf('worker_id')]).toBe('500231198811200058');
  });
});

describe('a workbook we write, read back', () => {
  /** Each record's results and errors, with where it was read from (`place`, FILE:SHEET) said as SHEET. */
  const outcomes = (stdout: string, place = '') =>
    (JSON.parse(place ? stdout.replaceAll(place, 'SHEET') : stdout) as { records: { type: string; results: unknown[]; errors: { field: string; message: string }[] }[] }).records.map((r) => ({
      type: r.type,
      results: r.results,
      errors: r.errors.map((e) => [e.field, e.message]),
    }));

  it('evaluates to the same results: the results workbook, and the errors workbook to the same errors', async () => {
    const common = ['--as-of', AS_OF, '--quiet', '--params', 'examples/params/local-office.yaml'];
    const out = join(dir, 'round-trip.xlsx');
    const errors = join(dir, 'round-trip-errors.xlsx');
    const first = await runCli(['evaluate', 'examples/agency-claims.xlsx', ...common, '--format', 'json']);
    expect((await runCli(['evaluate', 'examples/agency-claims.xlsx', ...common, '--output', out])).code).toBe(0);
    const again = await runCli(['evaluate', out, ...common, '--format', 'json']);
    expect(outcomes(again.stdout, `${out}:results`)).toEqual(outcomes(first.stdout, 'examples/agency-claims.xlsx:送工名单'));
    expect(outcomes(first.stdout).length).toBe(7);
    expect(first.stdout).toContain('"duplicate_of"');

    const batch = await runCli(['evaluate', BATCH, ...common, '--format', 'json', '--errors', errors]);
    const invalid = outcomes(batch.stdout).filter((r) => r.errors.length);
    const fixedBack = await runCli(['evaluate', errors, ...common, '--format', 'json']);
    expect(outcomes(fixedBack.stdout).map((r) => r.errors)).toEqual(invalid.map((r) => r.errors));
  });
});

describe('--format xlsx under --lang zh', async () => {
  const run = await both('evaluate', [BATCH], 'zh');
  const book = await readBook(run.out);

  it('has the Chinese headers of CSV output and Chinese sheet names', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(['结果', '汇总']);
    expect(rowsOf(book.worksheets[0]!)[0]).toEqual(run.csv[0]);
    expect(run.csv[0]).toContain('劳动者身份证号');
    expect(run.csv[0]).toContain('申请人身份证号');
    const summary = rowsOf(book.worksheets[1]!);
    expect(summary.find((r) => r[0] === '补贴合计')![1]).toBe(run.summary.grants.total);
    // The invalid rows' errors in Chinese, as in the results sheet.
    const invalid = summary.filter((r) => typeof r[3] === 'string' && String(r[3]).includes('contract_signed'));
    expect(invalid.length).toBeGreaterThan(0);
    for (const r of invalid) expect(String(r[3])).not.toMatch(/is not a date|must not be negative/);
    expect(String(invalid[0]![3])).toContain('不是日历上存在的日期');
  });

  it('writes statuses as Chinese words, coloured as the codes of CSV output are; every other cell as CSV has it', () => {
    const sheet = book.worksheets[0]!;
    const rows = rowsOf(sheet);
    const words: Record<string, string> = { eligible: '符合', ineligible: '不符合', undetermined: '待定', pending: '待满期' };
    let statuses = 0;
    for (let r = 1; r < run.csv.length; r++) {
      for (let c = 0; c < run.csv[0]!.length; c++) {
        const text = run.csv[r]![c] ?? '';
        if (!run.csv[0]![c]!.endsWith('_结果') || !(text in words)) continue;
        statuses++;
        expect(rows[r]![c]).toBe(words[text]);
        expect(fillOf(sheet.getRow(r + 1).getCell(c + 1))).toBe(typedCell('status', text).fill);
      }
    }
    expect(statuses).toBeGreaterThan(10);
  });
});

describe('audit --format xlsx', async () => {
  const run = await both('audit', ['examples/agency-claim.csv', '--type', 'placement']);
  const book = await readBook(run.out);
  const sheet = book.worksheets[0]!;
  const header = run.csv[0]!;

  it('has the audit CSV columns, amounts as numbers, verdicts coloured', () => {
    const rows = rowsOf(sheet);
    expect(rows[0]).toEqual(header);
    expect(rows.length).toBe(run.csv.length);
    const verdict = header.indexOf('verdict');
    const difference = header.indexOf('difference');
    for (let r = 1; r < rows.length; r++) {
      const v = rows[r]![verdict] as keyof typeof VERDICT_COLORS;
      expect(fillOf(sheet.getRow(r + 1).getCell(verdict + 1))).toBe(typedCell('verdict', v).fill);
      const text = run.csv[r]![difference]!;
      expect(rows[r]![difference] ?? '').toBe(text === '' ? '' : Number(text));
    }
    expect(rows.some((r) => r[difference] === -100)).toBe(true);
    expect(sheet.getRow(2).getCell(header.indexOf('person_id') + 1).type).toBe(ExcelJS.ValueType.String);
  });

  it('writes verdicts and statuses as Chinese words under --lang zh', async () => {
    // The example, and a row that is invalid (its verdict too).
    const claims = join(dir, 'claims-invalid.csv');
    writeFileSync(claims, `${readFileSync('examples/agency-claim.csv', 'utf8')}RS-2020-0799,重庆渝才人力资源服务有限公司,钱进,500231198811200058,重庆长寿化工有限公司,key,2020-02-30,,600,500,600,600,bad date\n`);
    const [zh, enRun] = [await both('audit', [claims, '--type', 'placement'], 'zh'), await both('audit', [claims, '--type', 'placement'])];
    const rows = rowsOf((await readBook(zh.out)).worksheets[0]!);
    const [verdict, status] = [header.indexOf('verdict'), header.indexOf('status')];
    const en = rowsOf((await readBook(enRun.out)).worksheets[0]!);
    expect(en.map((r) => r[verdict])).toContain('invalid');
    expect(rows.map((r) => r[verdict])).toContain('无效记录');
    for (let r = 1; r < rows.length; r++) {
      expect(rows[r]![verdict]).toBe(VERDICT_WORDS[en[r]![verdict] as keyof typeof VERDICT_WORDS].zh);
      expect(rows[r]![status] ?? '').toBe(en[r]![status] ? STATUS_WORDS[en[r]![status] as 'eligible'].zh : '');
    }
    expect(rows.map((r) => r[verdict])).toContain('多报');
  });

  it('counts the items by verdict in its summary sheet', () => {
    const summary = rowsOf(book.worksheets[1]!);
    for (const v of ['match', 'over', 'under', 'duplicate', 'unclaimed', 'unverifiable']) {
      const row = summary.find((r) => r[0] === v)!;
      const want = run.summary.by_verdict[v];
      expect(row.slice(1, 5), v).toEqual([want.count, want.claimed, want.computed, want.difference]);
    }
  });
});

describe('workbook output, its edges', () => {
  it('writes case files as CSV output writes them: every input\'s columns', async () => {
    const run = await both('evaluate', ['examples/enterprise-hires.json', 'examples/changshou-startups.yaml'], 'en');
    const rows = rowsOf((await readBook(run.out)).worksheets[0]!);
    expect(rows.length).toBe(run.csv.length);
    expect(rows[0]).toEqual(run.csv[0]);
    expect(rows[1]![run.csv[0]!.indexOf('worker_id')]).toBe('500229199707070030');
    expect(rows[1]![run.csv[0]!.indexOf('case_id')]).toBe('QY-2020-0042');
  });

  it('is a usage error without --output (a workbook is not for standard output), in either language', async () => {
    const en = await runCli(['evaluate', BATCH, '--format', 'xlsx', '--as-of', AS_OF]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('--format xlsx: a workbook is a binary file, not for standard output; name the file with --output FILE.xlsx');
    const zh = await runCli(['evaluate', BATCH, '--format', 'xlsx', '--as-of', AS_OF, '--lang', 'zh']);
    expect(zh.stderr).toContain('请用 --output 文件.xlsx');
  });

  it.runIf(existsSync('/dev/full'))('stops with the output\'s message when the workbook cannot be written (a full disk)', async () => {
    const run = await runCli(['evaluate', BATCH, '--format', 'xlsx', '--output', '/dev/full', '--as-of', AS_OF, '--quiet']);
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('/dev/full: cannot write it: the disk is full (ENOSPC)');
  });

  it('writes formula-like input as plain text, and reads our CSV cells back across pieces', async () => {
    const input = join(dir, 'formulas.csv');
    writeFileSync(input, `type,worker_id,contract_signed,note\nhire,500229199707070030,2020-03-01,=1+2\nhire,500115199001011238,2020-03-01,"@SUM(A1), ""quoted"""\n`);
    const out = join(dir, 'formulas.xlsx');
    const run = await runCli(['evaluate', input, '--as-of', AS_OF, '--output', out, '--quiet']);
    expect(run.code).toBe(0);
    const notes = rowsOf((await readBook(out)).worksheets[0]!).map((r) => r[3]);
    expect(notes).toEqual(['note', '=1+2', '@SUM(A1), "quoted"']);
    const zip = readFileSync(out);
    expect(zip.subarray(0, 2).toString()).toBe('PK');
    const rows = new CsvRows();
    const text = 'a,"b,\nc",\'=x\r\nd,"e""';
    const got = [...rows.push(text.slice(0, 7)), ...rows.push(text.slice(7)), ...rows.push('"\n'), ...rows.end()];
    expect(got).toEqual([
      ['a', 'b,\nc', '=x'],
      ['d', 'e"'],
    ]);
  });
});
