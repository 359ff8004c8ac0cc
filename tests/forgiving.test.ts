/**
 * Forgiving input, and output for the tools offices have: CSV cells separated by semicolons or
 * tabs (found in the header, or given with --delimiter), full-width digits and punctuation in
 * dates, amounts and ID numbers, Excel date serials in date cells (and the --explain note that
 * says which date one was read as), our own formula guard read back, and CSV output in GB18030.
 *
 * Most runs are in-process (`runCli` with `--jobs 0`); one spawns the built binary to read a
 * semicolon file in worker threads, in small batches.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { COMMA, SEMICOLON, sniffDelimiter, TAB } from '../src/io/csv/delimiter.js';
import { encodeGb18030 } from '../src/io/gb18030.js';
import { dateToSerial } from '../src/core/excel-date.js';
import { EXCEL_SERIAL_PATTERN, FIRST_SERIAL, LAST_SERIAL } from '../src/records/excel-dates.js';
import { isInvalid, parseDate, parseMoney } from '../src/records/values.js';
import { parseCreditCode, parseResidentId } from '../src/records/values.js';
import { ROOT, spawnBuilt } from './helpers/spawn.js';
import { runCli } from './helpers/run.js';
import { suiteDirs } from './helpers/temp.js';

const AS_OF = '2020-06-30';
const evaluate = (args: string[]) => runCli(['evaluate', ...args, '--as-of', AS_OF, '--jobs', '0']);
const tempDir = suiteDirs('subsidy-forgiving-');
function writeTemp(name: string, content: string | Uint8Array): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

/** The GB18030 fixture (Chinese headers, quoted cells with commas and a line break, an invalid row) as rows of cells. */
const FIXTURE = new TextDecoder('gb18030').decode(readFileSync(join(ROOT, 'tests', 'fixtures', 'csv', 'mixed-zh-gb18030.csv')));
const ROWS = parse(FIXTURE, { relax_column_count: true }) as string[][];

/** The rows as CSV with this delimiter, quoting cells that hold it, a quote or a line break. */
function withDelimiter(rows: readonly string[][], d: string): string {
  const cell = (v: string) => (v.includes(d) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((r) => r.map(cell).join(d)).join('\r\n') + '\r\n';
}

interface Out {
  records: { source: { line?: number }; results: { program: string; status: string; amount: number | null }[]; errors: { field: string; message: string }[] }[];
  summary: { records: number; evaluated: number; invalid: number };
}
const records = (stdout: string) => (JSON.parse(stdout) as Out).records.map((r) => ({ line: r.source.line, results: r.results, errors: r.errors }));

describe('cells separated by semicolons or tabs', () => {
  const comma = writeTemp('comma.csv', withDelimiter(ROWS, ','));

  it('reads a semicolon file and a tab file as the comma file, the delimiter found in the header', async () => {
    const expected = await evaluate([comma, '--format', 'json']);
    expect(expected.code).toBe(1); // the fixture's one invalid row
    for (const d of [';', '\t']) {
      const run = await evaluate([writeTemp('other.csv', withDelimiter(ROWS, d)), '--format', 'json']);
      expect(run.code).toBe(1);
      expect(records(run.stdout)).toEqual(records(expected.stdout));
    }
  });

  it('writes CSV output with commas whatever the input had, quoting a cell with a comma in it', async () => {
    const rows = [['type', 'case_id', 'worker_name', 'worker_id', 'agency_name', 'enterprise_name', 'enterprise_category', 'contract_signed', 'organization_cost'],
      ['placement', 'C1', '张伟', '500115199001011238', '重庆渝才', '长寿电子, 一厂', 'electronics', '2020-02-20', '1,000.50']];
    const run = await evaluate([writeTemp('semi.csv', withDelimiter(rows, ';')), '--format', 'csv']);
    expect(run.code).toBe(0);
    const out = parse(run.stdout) as string[][];
    expect(out[1]!.slice(0, 9)).toEqual(rows[1]);
    expect(run.stdout).toContain('"长寿电子, 一厂"');
  });

  it('names the delimiter when a row has more cells than the header: a semicolon or a tab inside a value', async () => {
    const rows = [['type', 'worker_id', 'contract_signed'], ['hire', '500115199001011238', '2020-02-20', 'extra']];
    for (const [d, en, zh] of [[';', 'a semicolon inside a value?', '值里有分号?'], ['\t', 'a tab inside a value?', '值里有制表符?'], [',', 'a comma inside a value?', '值里有逗号?']] as const) {
      const file = writeTemp('wide.csv', rows.map((r) => r.join(d)).join('\n') + '\n');
      expect((await evaluate([file, '--format', 'json'])).stdout).toContain(`4 cells, but the header has 3 columns: ${en} Quote the value`);
      expect((await evaluate([file, '--format', 'json', '--lang', 'zh'])).stdout).toContain(zh);
    }
  });

  it('obeys --delimiter: a tab file read with commas lacks its columns; read as tab, it is whole', async () => {
    const tab = writeTemp('tab.txt', withDelimiter(ROWS, '\t'));
    const wrong = await evaluate([tab, '--input-format', 'csv', '--delimiter', ',', '--format', 'json']);
    expect(wrong.code).toBe(4);
    // The header read as one cell: the message names the delimiter it holds.
    expect(wrong.stderr).toMatch(/no type column: the header was read as one cell, though it holds "tab"; give --delimiter tab, or leave --delimiter out/);
    const typed = await evaluate([tab, '--input-format', 'csv', '--delimiter', ',', '--type', 'hire', '--format', 'json', '--lang', 'zh']);
    expect(typed.stderr).toMatch(/表头被读成了一个单元格,其中却有“tab”:请给出 --delimiter tab,或去掉 --delimiter/);
    const right = await evaluate([tab, '--input-format', 'csv', '--delimiter', 'tab', '--format', 'json']);
    expect(right.code).toBe(1);
    expect(records(right.stdout)).toEqual(records((await evaluate([comma, '--format', 'json'])).stdout));
    const bad = await evaluate([tab, '--delimiter', '|']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--delimiter \|: use one of ',', ';', tab, auto/);
    expect((await evaluate([tab, '--delimiter', '|', '--lang', 'zh'])).stderr).toMatch(/--delimiter \|:请用 ','、';'、tab、auto 之一/);
  });

  it('sniffs the delimiter that occurs most outside quotes; on a tie, the one that splits into known columns', () => {
    const bytes = (s: string) => Buffer.from(s);
    const none = () => 0;
    expect(sniffDelimiter(bytes('type;case_id;worker_id'), 0, 22, none)).toBe(SEMICOLON);
    expect(sniffDelimiter(bytes('"a;b;c",x,y'), 0, 11, none)).toBe(COMMA);
    expect(sniffDelimiter(bytes('type\tcase_id'), 0, 12, none)).toBe(TAB);
    expect(sniffDelimiter(bytes('type'), 0, 4, none)).toBe(COMMA);
    const line = bytes('a,b;c,d;e');
    expect(sniffDelimiter(line, 0, line.length, (d) => (d === SEMICOLON ? 2 : 1))).toBe(SEMICOLON);
    expect(sniffDelimiter(line, 0, line.length, (d) => (d === COMMA ? 2 : 1))).toBe(COMMA);
  });

  it('reads a semicolon file in worker threads, in small batches, as in one piece (built binary)', async () => {
    const many = [ROWS[0]!, ...Array.from({ length: 60 }, () => ROWS.slice(1)).flat()];
    // One file name for both, as duplicates name the file of the first claim.
    const path = writeTemp('many.csv', withDelimiter(many, ','));
    const inProcess = await evaluate([path, '--format', 'csv', '-q']);
    writeFileSync(path, withDelimiter(many, ';'));
    const out = join(tempDir(), 'out.csv');
    const run = await spawnBuilt(['evaluate', path, '--as-of', AS_OF, '--format', 'csv', '--jobs', '2', '-q', '--output', out], { SUBSIDY_BATCH_BYTES: '2048' });
    expect(run.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe(inProcess.stdout);
  });
});

/** Full-width forms of a text's ASCII characters, as a Chinese input method types them. */
const wide = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('full-width digits and punctuation', () => {
  it('reads dates, amounts, ID numbers and credit codes typed full-width as their ASCII forms', () => {
    expect(parseDate('２０２０年２月２０日')).toBe('2020-02-20');
    expect(parseDate(wide('2020-02-20'))).toBe('2020-02-20');
    expect(parseDate(wide('2020/2/20'))).toBe('2020-02-20');
    expect(parseDate('２０２０．２．２０')).toBe('2020-02-20');
    expect(parseMoney('１０００')).toBe(100000);
    expect(parseMoney('1，000')).toBe(100000);
    expect(parseMoney('￥１，０００．５０')).toBe(100050);
    expect(parseMoney('１０００元')).toBe(100000);
    expect(parseResidentId('５００１１５１９９００１０１１２３８')).toBe('500115199001011238');
    expect(parseResidentId(wide('11010519491231002x'))).toBe('11010519491231002X');
    expect(parseCreditCode(wide('91500000MA5UFF00A') + '')).toEqual(parseCreditCode('91500000MA5UFF00A'));
  });

  it('says what is wrong in ASCII words: a full-width minus is a negative amount', () => {
    const r = parseMoney('－５');
    expect(isInvalid(r) && r.error).toBe('an amount must not be negative');
    const d = parseDate('２０２０－０２－３０');
    expect(isInvalid(d) && d.error).toBe('2020-02-30 is not a date on the calendar');
  });

  it('leaves characters that are not full-width forms alone: a ligature or a circled digit is no digit', () => {
    expect(isInvalid(parseMoney('①０００'))).toBe(true);
    expect(isInvalid(parseDate('２０２０年２月２０日①'))).toBe(true);
  });

  it('reads a CSV row of full-width values as the row in ASCII, in the byte reader', async () => {
    const head = 'type,case_id,worker_name,worker_id,agency_name,enterprise_name,enterprise_category,contract_signed,organization_cost';
    const ascii = await evaluate([writeTemp('a.csv', `${head}\nplacement,C1,张伟,500115199001011238,渝才,长寿电子,electronics,2020-02-20,"1,000"\n`), '--format', 'json']);
    const fullWidth = await evaluate([writeTemp('w.csv', `${head}\nplacement,C1,张伟,５００１１５１９９００１０１１２３８,渝才,长寿电子,electronics,２０２０年２月２０日,1，000\n`), '--format', 'json']);
    expect(fullWidth.code).toBe(0);
    expect((JSON.parse(fullWidth.stdout) as Out).records[0]!.results).toEqual((JSON.parse(ascii.stdout) as Out).records[0]!.results);
  });
});

describe('Excel date serials', () => {
  it('reads the serials of 2019-01-01 to 2030-12-31 as their dates (UTC, day 0 = 1899-12-30)', () => {
    expect(parseDate('43881')).toBe('2020-02-20');
    expect(parseDate(' 43881 ')).toBe('2020-02-20');
    expect(parseDate('４３８８１')).toBe('2020-02-20');
    expect(parseDate(String(FIRST_SERIAL))).toBe('2019-01-01');
    expect(parseDate(String(LAST_SERIAL))).toBe('2030-12-31');
    expect([FIRST_SERIAL, LAST_SERIAL]).toEqual([43466, 47848]);
    expect(dateToSerial('2020-02-29')).toBe(43890);
  });

  it('refuses a five-digit number outside the range, saying which date it would be and what to write', () => {
    for (const [serial, date] of [[String(FIRST_SERIAL - 1), '2018-12-31'], [String(LAST_SERIAL + 1), '2031-01-01'], ['12345', '1933-10-18']] as const) {
      const r = parseDate(serial);
      expect(isInvalid(r) && r.error).toBe(`${serial} as an Excel date serial is ${date}; serials are read as dates only from 43466 to 47848 (2019-01-01 to 2030-12-31): write the date as 2020-02-20`);
    }
    const other = parseDate('4388');
    expect(isInvalid(other) && other.error).toMatch(/2020-02-20, 2020\/2\/20, 2020\.2\.20, 2020年2月20日, or an Excel date serial of 2019-2030 such as 43881/);
  });

  it("matches in the JSON Schema's pattern exactly the serials read", () => {
    const pattern = new RegExp(`^(?:${EXCEL_SERIAL_PATTERN})$`);
    for (let n = 10000; n <= 99999; n++) expect(pattern.test(String(n))).toBe(n >= FIRST_SERIAL && n <= LAST_SERIAL);
  });

  it('says under --explain which date a serial was read as, in JSON and in the table, in both languages', async () => {
    const csv = writeTemp('serial.csv', 'type,case_id,worker_name,worker_id,agency_name,enterprise_name,enterprise_category,contract_signed\nplacement,C1,张伟,500115199001011238,渝才,长寿电子,electronics,43881\n');
    const json = await evaluate([csv, '--format', 'json', '--explain']);
    expect((JSON.parse(json.stdout) as { records: { notes: unknown }[] }).records[0]!.notes).toEqual([
      { field: 'contract_signed', value: '43881', message: '43881 read as the Excel date 2020-02-20' },
    ]);
    const plain = await evaluate([csv, '--format', 'json']);
    expect(plain.stdout).not.toContain('"notes"');
    const yaml = writeTemp('serial.yaml', 'type: placement\ncase_id: C1\nrecords:\n  - worker_name: 张伟\n    worker_id: "500115199001011238"\n    agency_name: 渝才\n    enterprise_name: 长寿电子\n    enterprise_category: electronics\n    contract_signed: "43881"\n');
    const table = await evaluate([yaml, '--format', 'table', '--explain', '--lang', 'zh']);
    expect(table.stdout).toContain('contract_signed: 43881 按 Excel 日期序号读作 2020-02-20');
  });

  it('reads a whole number in a case file (as a spreadsheet exported it) as the same serial, not as a refusal', async () => {
    expect(parseDate(43881)).toBe('2020-02-20');
    expect(isInvalid(parseDate(43881.5))).toBe(true);
    const yaml = writeTemp('serial-number.yaml', 'type: placement\ncase_id: C1\nrecords:\n  - worker_id: "500115199001011238"\n    contract_signed: 43881\n  - worker_id: "500115198506120048"\n    contract_signed: 12345\n');
    const json = await evaluate([yaml, '--format', 'json', '--explain']);
    const records = (JSON.parse(json.stdout) as { records: { notes?: unknown; errors: { message: string }[] }[] }).records;
    expect(records[0]!.errors).toEqual([]);
    expect(records[0]!.notes).toEqual([{ field: 'contract_signed', value: '43881', message: '43881 read as the Excel date 2020-02-20' }]);
    expect(records[1]!.errors[0]!.message).toBe('12345 as an Excel date serial is 1933-10-18; serials are read as dates only from 43466 to 47848 (2019-01-01 to 2030-12-31): write the date as 2020-02-20');
  });
});

describe("the formula guard's ' read back", () => {
  it('reads our own CSV output back as the values it was written from', async () => {
    const head = 'type,case_id,worker_name,worker_id,agency_name,enterprise_name,enterprise_category,contract_signed,organization_cost,note';
    const input = writeTemp('in.csv', `${head}\nplacement,C1,O'Brien,500115199001011238,渝才,=SUM(A1),electronics,2020-02-20,-5,'Brien\nplacement,C1,张伟,500115198506120048,渝才,+长寿,key,2020-02-20,850,@home\n`);
    const first = await evaluate([input, '--format', 'csv']);
    expect(first.stdout).toContain(",'=SUM(A1),");
    expect(first.stdout).toContain(",'-5,");
    const again = await evaluate([writeTemp('out.csv', first.stdout), '--format', 'json']);
    const before = await evaluate([input, '--format', 'json']);
    expect(records(again.stdout)).toEqual(records(before.stdout));
    const out = JSON.parse(again.stdout) as { records: { input: Record<string, string>; errors: { message: string }[] }[] };
    expect(out.records[0]!.errors).toEqual([{ field: 'organization_cost', value: '-5', message: 'an amount must not be negative', line: 2 }]);
    expect(out.records[0]!.input.enterprise_name).toBe('=SUM(A1)');
    expect(out.records[0]!.input.note).toBe("'Brien");
    expect(out.records[1]!.input.note).toBe('@home');
  });
});

describe('CSV output in GB18030', () => {
  it('encodes every character of the BMP and beyond so that the decoder gives it back', () => {
    let text = '';
    for (let c = 0x20; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) text += String.fromCharCode(c);
    text += '𠀀😀';
    const back = new TextDecoder('gb18030', { fatal: true }).decode(encodeGb18030(text));
    expect(back.length).toBe(text.length);
    // All but a few private-use characters, which GB18030 no longer decodes to (written as ?).
    const lost = text.split('').filter((c, i) => back[i] !== c);
    expect(lost.every((c) => c >= '\uE000' && c <= '\uF8FF')).toBe(true);
    expect(lost.length).toBeLessThan(40);
    expect(back.endsWith('𠀀😀')).toBe(true);
    expect(Buffer.from(encodeGb18030('中𠀀a')).toString('hex')).toBe('d6d09532823661');
  });

  it('writes the output and the --errors file that, decoded, are the UTF-8 ones', async () => {
    const input = writeTemp('in.csv', withDelimiter(ROWS, ','));
    const dir = tempDir();
    const utf8 = await evaluate([input, '--format', 'csv', '-o', join(dir, 'u.csv'), '--errors', join(dir, 'ue.csv')]);
    const gb = await evaluate([input, '--format', 'csv', '-o', join(dir, 'g.csv'), '--errors', join(dir, 'ge.csv'), '--output-encoding', 'gb18030']);
    expect([utf8.code, gb.code]).toEqual([1, 1]);
    const decode = (f: string) => new TextDecoder('gb18030', { fatal: true }).decode(readFileSync(join(dir, f)));
    const gbBytes = readFileSync(join(dir, 'g.csv'));
    expect(gbBytes.includes(Buffer.from('类型'))).toBe(false); // not UTF-8
    expect(decode('g.csv')).toBe(readFileSync(join(dir, 'u.csv'), 'utf8'));
    expect(decode('ge.csv')).toBe(readFileSync(join(dir, 'ue.csv'), 'utf8'));
    // Read back as input, it evaluates as the UTF-8 output does.
    const back = await evaluate([join(dir, 'g.csv'), '--format', 'json']);
    expect(records(back.stdout)).toEqual(records((await evaluate([join(dir, 'u.csv'), '--format', 'json'])).stdout));
  });

  it('refuses --bom with it, and GB18030 for output that is not CSV (exit 2)', async () => {
    const input = writeTemp('in.csv', withDelimiter(ROWS, ','));
    const bom = await evaluate([input, '--format', 'csv', '--output-encoding', 'gb18030', '--bom']);
    expect(bom.code).toBe(2);
    expect(bom.stderr).toMatch(/--bom: a byte order mark is for UTF-8; GB18030 output has none/);
    const json = await evaluate([input, '--format', 'json', '--output-encoding', 'gbk']);
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/--output-encoding gb18030: is for CSV/);
    // In Chinese too.
    const zh = await evaluate([input, '--format', 'csv', '--output-encoding', 'gb18030', '--bom', '--lang', 'zh']);
    expect(zh.stderr).toMatch(/--bom:字节顺序标记只用于 UTF-8/);
    expect((await evaluate([input, '--format', 'json', '--output-encoding', 'gbk', '--lang', 'zh'])).stderr).toMatch(/--output-encoding gb18030:只用于 CSV/);
  });
});

describe('record errors in Chinese (--lang zh)', () => {
  const head = 'type,case_id,worker_name,worker_id,agency_name,enterprise_name,enterprise_category,contract_signed,organization_cost';
  const bad = `${head}\nplacement,C1,张伟,50011519900101123,渝才,长寿电子,foo,2020-02-30,-5\nplacement,C1,李娜,500115199001011238,渝才,长寿电子,key,12345,1.005\n`;
  const ZH = ['身份证号应为 18 位(17 位数字加一位校验码,数字或 X),此号码为 17 位', '未知的企业类别“foo”', '2020-02-30 不是日历上存在的日期', '金额不能为负数', '12345 作为 Excel 日期序号是 1933-10-18', '金额最多两位小数(到分)'];

  it('renders them in every format, on standard error and in the --errors file; English stays as made', async () => {
    const input = writeTemp('bad.csv', bad);
    const dir = tempDir();
    for (const format of ['table', 'json', 'ndjson', 'csv']) {
      const run = await evaluate([input, '--format', format, '--lang', 'zh', '--errors', join(dir, `${format}.csv`), '--no-mask']);
      expect(run.code).toBe(1);
      for (const text of ZH) {
        expect(run.stdout, format).toContain(format === 'json' || format === 'ndjson' ? JSON.stringify(text).slice(1, -1) : text);
        expect(run.stderr, format).toContain(text);
        expect(readFileSync(join(dir, `${format}.csv`), 'utf8')).toContain(text);
      }
      expect(run.stdout, format).not.toMatch(/an amount must not be negative|is not a date on the calendar/);
    }
    const en = await evaluate([input, '--format', 'csv', '--lang', 'en']);
    expect(en.stdout).toContain('organization_cost: an amount must not be negative');
    expect(en.stderr).toContain('contract_signed = "2020-02-30": 2020-02-30 is not a date on the calendar');
  });

  it("says what is wrong with a CSV header in Chinese, and a row's missing column", async () => {
    const noType = await evaluate([writeTemp('h.csv', 'case_id,worker_id\nC1,500115199001011238\n'), '--lang', 'zh']);
    expect(noType.code).toBe(4);
    expect(noType.stderr).toMatch(/h\.csv:1: 没有类型列\(type 或 类型\):请添加一列,或用 --type placement\|hire\|startup 给出记录类型/);
    const twice = await evaluate([writeTemp('t.csv', 'type,worker_id,劳动者身份证号\nplacement,1,2\n'), '--lang', 'zh']);
    expect(twice.stderr).toContain('t.csv:1: 第 2 列');
    expect(twice.stderr).toContain('都是 worker_id:请只保留一列');
    const { recordMessage } = await import('../src/i18n/record-messages.js');
    expect(recordMessage('startup records need the applicant_id column (header applicant_id or 身份证号); add the column', 'zh')).toBe(
      'startup 记录需要 applicant_id 列(表头 applicant_id 或 身份证号):请添加该列',
    );
  });

  it('has a Chinese form of every message the value parsers give', async () => {
    const { PARSERS } = await import('../src/records/kinds.js');
    const { recordMessage } = await import('../src/i18n/record-messages.js');
    const values: Record<string, unknown[]> = {
      date: ['x', 42, '2020-02-30', '99999-01-01', '1800-01-01', '12345', '4388'],
      money: ['x', -5, '-5', '1.005', Infinity, '99999999999999999999', {}],
      resident_id: ['1', 5, 500115199001011000, '5.00115199001011E+17', '500115199001011000', '500115199002301238', '500115199001011230', '50011519900101123X1', '50011519900101A238', '500115900101123', '500115900230123'],
      credit_code: ['1', '9.15E+17', '91500000MA5UFF00I', '91500000MA5UFF00!', '91500000MA5UFF00A', 12],
      categories: ['', 'foo'],
      groups: [''],
      integer: ['x', '99999999999999999999'],
      number: ['x'],
      list: [''],
      text: [{}],
    };
    for (const [kind, list] of Object.entries(values)) {
      for (const value of list) {
        const r = PARSERS[kind as keyof typeof PARSERS](value);
        if (!isInvalid(r)) continue;
        const zh = recordMessage(r.error, 'zh');
        expect(zh, `${kind} ${String(value)}: ${r.error}`).not.toBe(r.error);
        expect(zh).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    for (const message of ['worker_id is required', 'unknown record type; use placement, hire, startup (or 送工, 招用, 创业)', 'the last day of employment 2020-01-01 is before its first day 2020-02-01', '20 cells, but the header has 14 columns: a comma inside a value? Quote the value']) {
      expect(recordMessage(message, 'zh')).toMatch(/[\u4e00-\u9fff]/);
      expect(recordMessage(message, 'en')).toBe(message);
    }
  });
});
