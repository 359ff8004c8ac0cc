/**
 * Workbook input (.xlsx): a sheet read as a CSV file is (the same headers and aliases), rows
 * placed as FILE:SHEET:ROW, date cells as the dates Excel shows, number cells as numbers, an ID
 * number stored as a number refused with a message that says how to fix it, other binary files
 * named for what they are. The workbooks are built here with exceljs.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dateToSerial, serialToDate } from '../src/core/excel-date.js';
import { parseCsvBytes, rowCells } from '../src/io/csv/parse.js';
import { cellValue, isDateFormat } from '../src/io/xlsx/cells.js';
import { SheetReader } from '../src/io/xlsx/sheet.js';
import { ZipParts } from '../src/io/xlsx/zip.js';
import { LOST_DIGITS } from '../src/records/id-number.js';
import { residentId } from './helpers/ids.js';
import { runCli } from './helpers/run.js';
import { spawnBuilt } from './helpers/spawn.js';
import { suiteDir } from './helpers/temp.js';
import { partsOf, zipOf } from './helpers/zip.js';

const AS_OF = '2020-12-31';
const dir = suiteDir('subsidy-xlsx-');

interface Sheet {
  name: string;
  rows: unknown[][];
  /** Number formats by cell address (A2...). */
  formats?: Record<string, string>;
}

async function workbook(name: string, sheets: Sheet[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const row of s.rows) ws.addRow(row);
    for (const [cell, format] of Object.entries(s.formats ?? {})) ws.getCell(cell).numFmt = format;
  }
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const ID1 = residentId('50011519900101123');
const ID2 = residentId('50011519850612004');

interface JsonRecord {
  source: { file: string; line?: number };
  type: string;
  input: Record<string, unknown>;
  results: { program: string; status: string; amount: number | null; duplicate_of?: { file: string; line?: number } }[];
  errors: { field: string; message: string; line?: number }[];
}
const records = (stdout: string) => (JSON.parse(stdout) as { records: JsonRecord[] }).records;

/** Hires with Chinese headers: a date cell, a text date, an ID as text, an ID as a number. */
const HIRES: Sheet = {
  name: '名单',
  rows: [
    ['姓名', '身份证号', '入职日期', '合同签订日期', '人员类别', '备注'],
    ['赵敏', ID1, utc(2020, 2, 20), '2020/3/1', '建档立卡贫困家庭成员', 'a note'],
    ['孙强', 500115199001011000, utc(2020, 3, 5), '2020年3月5日', 'none', null],
    ['钱进', ID2, '2020-02-30', utc(2020, 3, 6), 'none', null],
  ],
  formats: { C2: 'yyyy-mm-dd', C3: 'yyyy/m/d', D4: '[$-804]yyyy"年"m"月"d"日"' },
};

describe('Excel date serials', () => {
  it('are the calendar dates Excel shows: day 61 is 1900-03-01, day 60 never was, the 1904 system 1462 days later', () => {
    expect(serialToDate(43881)).toBe('2020-02-20');
    expect(serialToDate(43881.99)).toBe('2020-02-20');
    expect(serialToDate(1)).toBe('1900-01-01');
    expect(serialToDate(59)).toBe('1900-02-28');
    expect(serialToDate(60)).toBeUndefined();
    expect(serialToDate(61)).toBe('1900-03-01');
    expect(serialToDate(0)).toBeUndefined();
    expect(serialToDate(42419, true)).toBe('2020-02-20');
    for (const date of ['1900-01-01', '1900-02-28', '1900-03-01', '2020-02-29', '2099-12-31']) expect(serialToDate(dateToSerial(date))).toBe(date);
  });

  it('cells: a date-formatted formula is its date, a number as Excel shows it, rich text as its text', () => {
    expect(cellValue({ formula: 'A1+1', result: 43881 }, 'yyyy-mm-dd')).toBe('2020-02-20');
    expect(cellValue({ formula: 'A1+1', result: 43881 }, '0.00')).toBe(43881);
    expect(cellValue(0.1 + 0.2)).toBe(0.3);
    expect(cellValue({ richText: [{ text: '张' }, { text: '三' }] })).toBe('张三');
    expect(cellValue(utc(2020, 2, 20))).toBe('2020-02-20');
    expect(isDateFormat('[Red]#,##0.00')).toBe(false);
    expect(isDateFormat('"年"0')).toBe(false);
    expect(isDateFormat('[$-804]yyyy"年"m"月"d"日"')).toBe(true);
  });
});

describe('evaluate FILE.xlsx', () => {
  it('reads Chinese headers, date cells and text dates; an ID stored as a number is invalid at SHEET:ROW, saying how to fix it', async () => {
    const path = await workbook('hires.xlsx', [HIRES]);
    const run = await runCli(['evaluate', path, '--type', 'hire', '--format', 'json', '--as-of', AS_OF]);
    expect(run.code).toBe(1);
    const [zhao, sun, qian] = records(run.stdout);
    expect(zhao!.source).toEqual({ file: `${path}:名单`, line: 2 });
    expect(zhao!.input).toMatchObject({ worker_id: ID1, employment_start: '2020-02-20', contract_signed: '2020/3/1', 备注: 'a note' });
    expect(zhao!.errors).toEqual([]);
    expect(zhao!.results.find((r) => r.program === 'hiring')).toMatchObject({ status: 'eligible', amount: 6000 });
    expect(sun!.errors).toEqual([{ field: 'worker_id', value: 500115199001011000, message: LOST_DIGITS.resident_id.en, line: 3 }]);
    expect(qian!.errors.map((e) => [e.field, e.line])).toEqual([['employment_start', 4]]);
    expect(run.stderr).toContain(`${path}:名单:3: worker_id = 500115199001011000: ${LOST_DIGITS.resident_id.en}\n`);
    expect(run.stderr).toContain(`${path}:名单:4: employment_start = "2020-02-30": 2020-02-30 is not a date on the calendar\n`);
  });

  it('a number amount is yuan (1000.5 is 1000.50), a date cell of another format the date it shows', async () => {
    const path = await workbook('placements.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['type', '劳动者姓名', '身份证号', '企业类别', '合同签订日期', '组织费用'],
          ['placement', '张伟', ID1, 'electronics', utc(2020, 2, 20), 850.5],
          ['安置', '李娜', ID2, 'key', 43861, '1,000.01'],
        ],
        formats: { E2: 'mm-dd-yy', E3: 'yyyy-mm-dd' },
      },
    ]);
    const run = await runCli(['evaluate', path, '--format', 'json', '--as-of', AS_OF]);
    const [zhang, li] = records(run.stdout);
    expect(zhang!.input).toMatchObject({ contract_signed: '2020-02-20', organization_cost: 850.5 });
    expect(zhang!.results.find((r) => r.program === 'organization')).toMatchObject({ status: 'eligible', amount: 850.5 });
    expect(li!.input).toMatchObject({ contract_signed: '2020-01-31' });
    // The type as written (安置), as output shows a CSV row's.
    expect(li!.type).toBe('安置');
  });

  it('the same rows as CSV give the same results, summary and --format csv columns', async () => {
    const csvPath = 'examples/batch-mixed.csv';
    const bytes = readFileSync(csvPath);
    const rows: string[][] = [];
    parseCsvBytes(bytes, 1, csvPath, (row) => rows.push([...rowCells(bytes, row)]));
    const path = await workbook('batch.xlsx', [{ name: 'Sheet1', rows }]);
    const [fromCsv, fromXlsx] = await Promise.all([csvPath, path].map((f) => runCli(['evaluate', f, '--format', 'json', '--as-of', AS_OF])));
    expect(fromXlsx!.code).toBe(fromCsv!.code);
    const strip = (r: JsonRecord) => ({ type: r.type, results: r.results, errors: r.errors.map(({ line: _, ...e }) => e) });
    expect(records(fromXlsx!.stdout).map(strip)).toEqual(records(fromCsv!.stdout).map(strip));
    const summary = (out: string) => {
      const { files: _, ...rest } = (JSON.parse(out) as { summary: { files: unknown } }).summary;
      return rest;
    };
    expect(summary(fromXlsx!.stdout)).toEqual(summary(fromCsv!.stdout));
    const [csvOut, xlsxOut] = await Promise.all([csvPath, path].map((f) => runCli(['evaluate', f, '--format', 'csv', '--as-of', AS_OF])));
    expect(xlsxOut!.stdout.startsWith(`${rows[0]!.join(',')},`)).toBe(true);
    expect(xlsxOut!.stdout).toBe(csvOut!.stdout);
  });

  it('a repeated person is a duplicate of the first claim, at its SHEET:ROW; --errors and audit read the workbook too', async () => {
    const path = await workbook('repeats.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['type', '姓名', '身份证号', '签订日期', '人员类别', '申领一次性岗位补贴'],
          ['hire', '赵敏', ID1, '2020-03-01', 'poverty_registered', 6000],
          ['hire', '赵敏', ID1, '2020-03-02', 'poverty_registered', 6000],
          ['hire', '孙强', '5.00115199001011E+17', '2020-03-05', 'poverty_registered', 6000],
        ],
      },
    ]);
    const errors = join(dir, 'errors.csv');
    const run = await runCli(['evaluate', path, '--format', 'json', '--as-of', AS_OF, '--errors', errors]);
    const [, second, third] = records(run.stdout);
    expect(second!.results.find((r) => r.program === 'hiring')!.duplicate_of).toMatchObject({ file: `${path}:Sheet1`, line: 2 });
    expect(third!.errors[0]!.message).toBe(LOST_DIGITS.resident_id.en);
    const errorLines = readFileSync(errors, 'utf8').split('\n');
    expect(errorLines[0]).toMatch(/^file,line,errors,type,/);
    expect(errorLines[1]).toContain(`${path}:Sheet1,4,worker_id: ${LOST_DIGITS.resident_id.en}`);
    const audit = await runCli(['audit', path, '--format', 'json', '--as-of', AS_OF]);
    expect(audit.code).toBe(1);
    const { items } = JSON.parse(audit.stdout) as { items: { source: { line: number }; program: string; verdict: string }[] };
    const verdict = (line: number) => items.find((a) => a.source.line === line && a.program === 'hiring')?.verdict;
    expect([verdict(2), verdict(3), verdict(4)]).toEqual(['match', 'duplicate', 'invalid']);
  });

  it('--sheet chooses a sheet by name or by its place; a missing one lists the sheets; an empty one has no records', async () => {
    const path = await workbook('sheets.xlsx', [
      { name: '说明', rows: [['这张表是说明']] },
      HIRES,
      { name: 'empty', rows: [] },
    ]);
    const byName = await runCli(['evaluate', path, '--sheet', '名单', '--type', 'hire', '--format', 'json', '--as-of', AS_OF]);
    const byPlace = await runCli(['evaluate', path, '--sheet', '2', '--type', 'hire', '--format', 'json', '--as-of', AS_OF]);
    expect(records(byName.stdout)).toHaveLength(3);
    expect(byPlace.stdout).toBe(byName.stdout);
    const missing = await runCli(['evaluate', path, '--sheet', 'Sheet9', '--as-of', AS_OF]);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toBe(`subsidy: ${path}: no sheet "Sheet9"; its sheets are "说明", "名单", "empty"; choose one with --sheet NAME or --sheet N (from 1)\n`);
    const missingZh = await runCli(['evaluate', path, '--sheet', 'Sheet9', '--as-of', AS_OF, '--lang', 'zh']);
    expect(missingZh.stderr).toContain(`${path}: 没有工作表 "Sheet9";它的工作表有 "说明", "名单", "empty";用 --sheet 名称或序号(从 1 起)选一个`);
    const first = await runCli(['evaluate', path, '--as-of', AS_OF]);
    expect(first.stderr).toContain(`${path}:说明:1: no type column`);
    const empty = await runCli(['evaluate', path, '--sheet', 'empty', '--format', 'json', '--as-of', AS_OF]);
    expect(empty.code).toBe(0);
    expect(empty.stderr).toContain(`${path}:empty: empty: no header and no records`);
    const emptyZh = await runCli(['evaluate', path, '--sheet', 'empty', '--format', 'json', '--as-of', AS_OF, '--lang', 'zh']);
    expect(emptyZh.stderr).toContain(`${path}:empty: 空工作表:没有表头,也没有记录`);
    expect(records(empty.stdout)).toEqual([]);
    const noWorkbook = await runCli(['evaluate', 'examples/batch-mixed.csv', '--sheet', '1', '--as-of', AS_OF]);
    expect(noWorkbook.code).toBe(2);
  });

  it('.xls, a workbook given as CSV, a PDF, a text file named .xlsx: each named for what it is, never an encoding to try', async () => {
    const xls = join(dir, 'old.xls');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const pdf = join(dir, 'scan.pdf');
    writeFileSync(pdf, '%PDF-1.4\n');
    const text = join(dir, 'text.xlsx');
    writeFileSync(text, 'type,worker_id\n');
    const book = await workbook('book.xlsx', [HIRES]);
    // A workbook cut short: a ZIP whose sheets cannot be read.
    const broken = join(dir, 'broken.xlsx');
    writeFileSync(broken, readFileSync(book).subarray(0, 2000));
    const cases: [string[], string][] = [
      [[xls], `${xls}: is an Excel 97-2003 workbook (.xls) or another old Office file, not a file of records; save it as an .xlsx workbook or as "CSV UTF-8"`],
      [[xls, '--lang', 'zh'], `${xls}: 是Excel 97-2003 工作簿(.xls)或其他旧版 Office 文件,不是记录文件;请另存为 .xlsx 工作簿或 "CSV UTF-8" 文件再读取`],
      [[pdf], `${pdf}: is a PDF document, not a file of records`],
      [[book, '--input-format', 'csv'], `${book}: is an Excel workbook (.xlsx), not CSV; read it as a workbook`],
      [[text], `${text}: is text, not an .xlsx workbook; if it is CSV, name it .csv or pass --input-format csv`],
      [[book, '--input-format', 'csv', '--lang', 'zh'], `${book}: 是 Excel 工作簿(.xlsx),不是 CSV;按工作簿读取`],
      [[text, '--lang', 'zh'], `${text}: 是文本,不是 .xlsx 工作簿;若是 CSV,请把文件名改为 .csv 结尾,或用 --input-format csv`],
      [[broken], `${broken}: cannot be read as an .xlsx workbook (`],
      [[broken, '--lang', 'zh'], `${broken}: 无法作为 .xlsx 工作簿读取(`],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(['evaluate', ...args, '--as-of', AS_OF]);
      expect(run.code).toBe(4);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toContain('--encoding');
    }
    const stdin = await runCli(['evaluate', '-', '--input-format', 'xlsx', '--as-of', AS_OF]);
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toContain('a workbook is not read from standard input');
    // A workbook piped in, read as a case file or as CSV: said so, not as bytes that are not UTF-8.
    for (const more of [[], ['--input-format', 'csv'], ['--type', 'hire']]) {
      const piped = await runCli(['evaluate', '-', ...more, '--as-of', AS_OF], readFileSync(book));
      expect(piped.code, more.join(' ')).toBe(2);
      expect(piped.stderr).toBe('subsidy: -: a workbook is not read from standard input; give its file name (or save it as CSV to pipe it)\n');
    }
  });

  it('an ID in scientific notation in a CSV text cell has the same message (the batch reader of bytes)', async () => {
    const csv = join(dir, 'sci.csv');
    writeFileSync(csv, `type,worker_id,contract_signed\nhire,5.00115199001011E+17,2020-03-01\nhire,${ID1},2020-03-01\n`);
    const run = await runCli(['evaluate', csv, '--jobs', '0', '--format', 'json', '--as-of', AS_OF]);
    expect(records(run.stdout)[0]!.errors).toEqual([{ field: 'worker_id', value: '5.00115199001011E+17', message: LOST_DIGITS.resident_id.en, line: 2 }]);
    expect(records(run.stdout)[1]!.errors).toEqual([]);
  });

  it('end to end: the built command reads a workbook (exceljs loaded from node_modules) to CSV', async () => {
    const path = await workbook('e2e.xlsx', [HIRES]);
    const run = await spawnBuilt(['evaluate', path, '--type', 'hire', '--format', 'csv', '--as-of', AS_OF]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^姓名,身份证号,入职日期,合同签订日期,人员类别,备注,/);
    expect(lines[1]).toMatch(new RegExp(`^赵敏,${ID1},2020-02-20,2020/3/1,建档立卡贫困家庭成员,a note,`));
    expect(run.stderr).toContain(`${path}:名单:3: worker_id`);
  });
});

describe('the parts of a workbook, found through its ZIP directory', () => {
  /** The rows of a workbook's sheet, as read. */
  const rowsOf = async (path: string, sheet?: string) => {
    const reader = await SheetReader.open(path, sheet);
    const rows: unknown[][] = [];
    for await (const row of reader.rows()) rows.push(row.cells);
    return { name: reader.name, rows };
  };

  it('reads parts stored or deflated, listed as ZIP or ZIP64 lists them; an archive cut short or damaged says so', async () => {
    const parts: [string, Buffer][] = [['a.txt', Buffer.from('hello '.repeat(1000))], ['目录/b.xml', Buffer.from('<b>二</b>')], ['empty', Buffer.alloc(0)]];
    for (const options of [{ method: 0 as const }, { method: 8 as const }, { method: 8 as const, zip64: true }]) {
      const path = join(dir, 'parts.zip');
      writeFileSync(path, zipOf(parts, options));
      expect(await partsOf(path), JSON.stringify(options)).toEqual(parts);
    }
    const whole = zipOf(parts);
    writeFileSync(join(dir, 'cut.zip'), whole.subarray(0, whole.length - 30));
    await expect(ZipParts.open(join(dir, 'cut.zip'))).rejects.toThrow('not a ZIP archive, or cut short: it has no central directory');
    const damaged = Buffer.from(whole);
    damaged.writeUInt32LE(0, whole.lastIndexOf(Buffer.from([0x50, 0x4b, 1, 2]))); // the last entry's signature
    writeFileSync(join(dir, 'damaged.zip'), damaged);
    await expect(ZipParts.open(join(dir, 'damaged.zip'))).rejects.toThrow('its central directory is damaged');
    // A directory said to be larger than the file: refused before anything is read or allocated.
    const huge = Buffer.from(whole);
    huge.writeUInt32LE(0xfffffff0, whole.length - 22 + 12);
    writeFileSync(join(dir, 'huge.zip'), huge);
    await expect(ZipParts.open(join(dir, 'huge.zip'))).rejects.toThrow('its central directory is damaged');
    // A comment that holds an end record's signature: the end record is the one the comment ends the file with.
    const comment = Buffer.from('PK\u0005\u0006 and more');
    const commented = Buffer.concat([whole, comment]);
    commented.writeUInt16LE(comment.length, whole.length - 2);
    writeFileSync(join(dir, 'commented.zip'), commented);
    expect(await partsOf(join(dir, 'commented.zip'))).toEqual(parts);
  });

  it.runIf(existsSync('/proc/self/fd'))('closes the file of a part whose data cannot be inflated, or that is closed before its end', async () => {
    const big = Buffer.from(Array.from({ length: 200_000 }, (_, i) => `row ${i * 7919}`).join('\n'));
    const zip = zipOf([['big.txt', big]]);
    zip.writeUInt8(zip.readUInt8(60) ^ 0xff, 60); // early in the deflated data
    const path = join(dir, 'corrupt.zip');
    writeFileSync(path, zip);
    const fds = () => readdirSync('/proc/self/fd').length;
    const before = fds();
    const parts = await ZipParts.open(path);
    await expect((async () => {
      for await (const _ of (await parts.stream('big.txt')).data);
    })()).rejects.toThrow();
    writeFileSync(join(dir, 'fine.zip'), zipOf([['big.txt', big]]));
    const part = await (await ZipParts.open(join(dir, 'fine.zip'))).stream('big.txt');
    for await (const _ of part.data) break;
    part.close();
    await new Promise((done) => setTimeout(done, 50));
    expect(fds()).toBe(before);
  });

  it("reads a workbook whatever the order of its parts (Excel's: the list of sheets first, the shared strings last) and whatever its sheets' parts are named", async () => {
    const made = await workbook('order.xlsx', [{ name: '说明', rows: [['这张表是说明']] }, HIRES]);
    const expected = await rowsOf(made, '名单');
    expect(expected.rows[1]).toEqual(['赵敏', ID1, '2020-02-20', '2020/3/1', '建档立卡贫困家庭成员', 'a note']);
    const parts = new Map(await partsOf(made));
    // As Excel orders them; the worksheets renamed (data1.xml, data2.xml), the shared strings moved
    // (xl/strings/shared.xml), and the relationships naming them as ./worksheets/… and /xl/strings/….
    const rename = (name: string) => name.replace(/worksheets\/sheet(\d)/, 'worksheets/data$1');
    const rels = parts
      .get('xl/_rels/workbook.xml.rels')!
      .toString()
      .replace(/"worksheets\/sheet(\d)/g, '"./worksheets/data$1')
      .replace('"sharedStrings.xml"', '"/xl/strings/shared.xml"');
    expect(rels).toContain('"/xl/strings/shared.xml"');
    const first = ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels'];
    const last = ['xl/styles.xml', 'xl/sharedStrings.xml'];
    const reordered: [string, Buffer][] = [
      ...first.map((n): [string, Buffer] => [n, n === 'xl/_rels/workbook.xml.rels' ? Buffer.from(rels) : parts.get(n)!]),
      ...[...parts].filter(([n]) => !first.includes(n) && !last.includes(n)).map(([n, b]): [string, Buffer] => [rename(n), b]),
      ['xl/styles.xml', parts.get('xl/styles.xml')!],
      ['xl/strings/shared.xml', parts.get('xl/sharedStrings.xml')!],
    ];
    const path = join(dir, 'excel-order.xlsx');
    writeFileSync(path, zipOf(reordered));
    // Read many times over, several at once: every reading has every part.
    const readings = await Promise.all(Array.from({ length: 24 }, () => rowsOf(path, '名单')));
    for (const r of readings) expect(r).toEqual(expected);
    expect(await rowsOf(path, '2')).toEqual(expected);
    await expect(rowsOf(path, 'Sheet9')).rejects.toMatchObject({ sheets: ['说明', '名单'] });
  });
});
