/**
 * `subsidy template`: each template, filled in, evaluates cleanly; the Chinese headers read back
 * as the same fields; the example record is valid.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { jsonSchema } from '../src/app/schema.js';
import { template, templateHeaders } from '../src/app/template.js';
import { csvLine } from '../src/io/formats/csv.js';
import { FIELD_EXAMPLES } from '../src/records/examples.js';
import { FIELDS, RECORD_TYPES, TYPE_NAMES, fieldForKey, type RecordType } from '../src/records/fields.js';
import { parseRecord } from '../src/records/record.js';
import { runCli } from './helpers/run.js';
import { suiteDir } from './helpers/temp.js';

type Json = { [key: string]: unknown };

const LANGS = ['en', 'zh'] as const;
const AS_OF = '2020-06-30';
const temp = suiteDir('subsidy-template-');

const ajv = new Ajv2020.default({ allErrors: true, allowUnionTypes: true });
const validateCase = ajv.compile(jsonSchema());

/** What the example record of each type gets, as of 2020-06-30 with the built-in pack. */
const EXPECTED: Record<RecordType, Record<string, { status: string; amount: number | null }>> = {
  // recruitment_amount has no default ("按规定"): undetermined, which still exits 0.
  placement: {
    recruitment: { status: 'undetermined', amount: null },
    emergency: { status: 'eligible', amount: 600 },
    organization: { status: 'eligible', amount: 850 },
  },
  hire: { hiring: { status: 'eligible', amount: 6000 } },
  startup: {
    startup_grant: { status: 'eligible', amount: 8000 },
    startup_loan: { status: 'eligible', amount: 100000 },
  },
};

interface Output {
  records: { type: string; case_id: string | null; input: Json; results: { program: string; status: string; amount: number | null }[]; errors: unknown[] }[];
  summary: { records: number; evaluated: number; invalid: number };
}

async function evaluate(file: string, ...args: string[]): Promise<Output> {
  const r = await runCli(['evaluate', file, '--as-of', AS_OF, '--format', 'json', '--quiet', ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Output;
}

function expectExampleResults(type: RecordType, out: Output, caseId: string): void {
  expect(out.summary).toMatchObject({ records: 1, evaluated: 1, invalid: 0 });
  const [record] = out.records;
  expect(record!.type).toBe(type);
  expect(record!.case_id).toBe(caseId);
  expect(record!.errors).toEqual([]);
  const results = Object.fromEntries(record!.results.map((r) => [r.program, { status: r.status, amount: r.amount }]));
  expect(results).toEqual(EXPECTED[type]);
  // Every field came through under its own name, with the example value.
  for (const spec of FIELDS[type]) if (spec.name !== 'case_id') expect(String(record!.input[spec.name])).toBe(String(FIELD_EXAMPLES[type][spec.name]));
}

async function run(args: string[]): Promise<string> {
  const r = await runCli(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('the example values', () => {
  it.each(RECORD_TYPES)('%s: every field has one, and the record reads without errors', (type) => {
    expect(Object.keys(FIELD_EXAMPLES[type])).toEqual(FIELDS[type].map((s) => s.name));
    const parsed = parseRecord(type, FIELD_EXAMPLES[type], { file: 'example' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.extra).toEqual([]);
  });
});

describe('CSV templates', () => {
  it.each(RECORD_TYPES.flatMap((t) => LANGS.map((l) => [t, l] as const)))('%s, --lang %s: one header row of every field, in order', async (type, lang) => {
    const text = await run(['template', type, '--lang', lang]);
    expect(text).toBe(template({ type, format: 'csv', lang }));
    const lines = text.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('');
    const headers = lines[0]!.split(',');
    expect(headers).toEqual(templateHeaders(type, lang));
    expect(headers).toEqual(FIELDS[type].map((s) => (lang === 'zh' ? s.zh[0] : s.name)));
    // Each header reads back as its own field, and none twice.
    expect(headers.map((h) => fieldForKey(type, h))).toEqual(FIELDS[type].map((s) => s.name));
    expect(new Set(headers).size).toBe(headers.length);
  });

  it.each(RECORD_TYPES.flatMap((t) => LANGS.map((l) => [t, l] as const)))('%s, --lang %s: filled in, evaluates with --type', async (type, lang) => {
    const header = await run(['template', type, '--lang', lang]);
    const row = header
      .trimEnd()
      .split(',')
      .map((h) => String(FIELD_EXAMPLES[type][fieldForKey(type, h)!]));
    const file = join(temp, `${type}-${lang}.csv`);
    writeFileSync(file, header + csvLine(row));
    const out = await evaluate(file, '--type', type, '--jobs', '0');
    expectExampleResults(type, out, String(FIELD_EXAMPLES[type].case_id));
  });

  it('--bom starts the file with a byte order mark, which the reader skips', async () => {
    const text = await run(['template', 'hire', '--lang', 'zh', '--bom']);
    expect(text.startsWith('\uFEFF案件编号,')).toBe(true);
    const file = join(temp, 'hire-bom.csv');
    writeFileSync(file, text + csvLine(FIELDS.hire.map((s) => String(FIELD_EXAMPLES.hire[s.name]))));
    expectExampleResults('hire', await evaluate(file, '--type', 'hire', '--jobs', '0'), 'QY-2020-0001');
  });
});

describe('workbook templates (-o FILE.xlsx, --format xlsx)', () => {
  it.each(RECORD_TYPES.flatMap((t) => LANGS.map((l) => [t, l] as const)))('%s, --lang %s: a workbook of the CSV template\'s header row; filled in, it evaluates with --type', async (type, lang) => {
    const file = join(temp, `${type}-${lang}.xlsx`);
    expect(await run(['template', type, '--lang', lang, '-o', file])).toBe('');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((s) => s.name)).toEqual([lang === 'zh' ? TYPE_NAMES[type].zh : type]);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(1);
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(templateHeaders(type, lang));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // ID numbers, credit codes and names are text-formatted columns: an ID typed in keeps its 18 digits.
    const idColumn = FIELDS[type].findIndex((f) => f.name === (type === 'startup' ? 'applicant_id' : 'worker_id')) + 1;
    expect(sheet.getColumn(idColumn).numFmt).toBe('@');
    // Filled in as a person would, in Excel (text cells: ID numbers keep their digits).
    sheet.addRow(headers.map((h) => String(FIELD_EXAMPLES[type][fieldForKey(type, String(h))!])));
    const filled = join(temp, `${type}-${lang}-filled.xlsx`);
    await book.xlsx.writeFile(filled);
    expectExampleResults(type, await evaluate(filled, '--type', type), String(FIELD_EXAMPLES[type].case_id));
  });

  it('--format xlsx writes a workbook whatever the name; unfilled, it reads as no records', async () => {
    const file = join(temp, 'forced-workbook.bin');
    await run(['template', 'startup', '--format', 'xlsx', '-o', file]);
    expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
    const r = await runCli(['evaluate', file, '--input-format', 'xlsx', '--type', 'startup', '--as-of', AS_OF, '--format', 'json', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as Output).summary).toMatchObject({ records: 0 });
  });
});

/** Fills in a YAML template as a person would: the case_id written, the example record uncommented. */
function fillYaml(text: string, caseId: string): string {
  return text.replace(/^case_id:( +)#/m, `case_id: ${caseId}$1#`).replace(/^ {2}# /gm, '  ');
}

describe('YAML templates', () => {
  it.each(RECORD_TYPES.flatMap((t) => LANGS.map((l) => [t, l] as const)))('%s, --lang %s: a commented example of every field', async (type, lang) => {
    const text = await run(['template', type, '--format', 'yaml', '--lang', lang]);
    expect(text).toBe(template({ type, format: 'yaml', lang }));
    // As written, only the case's keys are live, and the record is all comments.
    expect(parseYaml(text)).toEqual({ case_id: null, type, records: null });
    const recordLines = text.split('\n').filter((l) => l.startsWith('  # '));
    const fields = FIELDS[type].filter((s) => s.name !== 'case_id');
    expect(recordLines).toHaveLength(fields.length);
    recordLines.forEach((line, i) => {
      const spec = fields[i]!;
      // key: value  # what it means
      const m = /^ {2}# (?:- | {2})(\S+): (.+?) +# (.+)$/.exec(line);
      expect(m, line).not.toBeNull();
      expect(fieldForKey(type, m![1]!)).toBe(spec.name);
      // What it holds in the template's language; the other name of the field beside it.
      expect(m![3]).toContain(lang === 'zh' ? spec.meaningZh : spec.en);
      expect(m![3]).toContain(lang === 'zh' ? spec.name : spec.zh[0]);
      if (lang === 'zh') expect(m![3]).not.toMatch(/[a-z]{3,} [a-z]{3,}/);
    });
  });

  it.each(RECORD_TYPES.flatMap((t) => LANGS.map((l) => [t, l] as const)))('%s, --lang %s: uncommented and filled in, is a valid case', async (type, lang) => {
    const text = fillYaml(await run(['template', type, '--format', 'yaml', '--lang', lang]), 'CASE-7');
    const data = parseYaml(text) as Json;
    expect(validateCase(data), JSON.stringify(validateCase.errors)).toBe(true);
    expect((data.records as Json[])[0]!).toHaveProperty(lang === 'zh' ? '身份证号' : FIELDS[type].find((s) => s.required)!.name);
    const file = join(temp, `${type}-${lang}.yaml`);
    writeFileSync(file, text);
    expectExampleResults(type, await evaluate(file), 'CASE-7');
  });
});

describe('an unfilled YAML template', () => {
  it('evaluated as it is, says to uncomment the example record (exit 4), in both languages', async () => {
    for (const lang of LANGS) {
      const file = join(temp, `unfilled-${lang}.yaml`);
      writeFileSync(file, await run(['template', 'hire', '--format', 'yaml', '--lang', lang]));
      const r = await runCli(['evaluate', file, '--as-of', AS_OF, '--lang', lang]);
      expect(r.code).toBe(4);
      expect(r.stderr).toContain(lang === 'zh' ? '实为 records: 下没有记录(请取消示例记录的注释:删去各行开头的 "# ")' : 'found records: with nothing under it (uncomment the example record: remove the "# " at the start of its lines)');
    }
  });
});

describe('JSON templates', () => {
  it.each(RECORD_TYPES.flatMap((t) => LANGS.map((l) => [t, l] as const)))('%s, --lang %s: a case with one empty record and a $comment', async (type, lang) => {
    const text = await run(['template', type, '--format', 'json', '--lang', lang]);
    expect(text).toBe(template({ type, format: 'json', lang }));
    const data = JSON.parse(text) as Json;
    expect(Object.keys(data)).toEqual(['$comment', 'case_id', 'type', 'records']);
    expect(data.$comment).toMatch(lang === 'zh' ? /案件文件/ : /case file/);
    expect(data).toMatchObject({ case_id: '', type });
    const records = data.records as Json[];
    expect(records).toHaveLength(1);
    const fields = FIELDS[type].filter((s) => s.name !== 'case_id');
    expect(Object.keys(records[0]!).map((k) => fieldForKey(type, k))).toEqual(fields.map((s) => s.name));
    expect(Object.values(records[0]!).every((v) => v === '')).toBe(true);
    // Empty, it already has the shape of a case file.
    expect(validateCase(data)).toBe(true);
  });

  it.each(RECORD_TYPES.flatMap((t) => LANGS.map((l) => [t, l] as const)))('%s, --lang %s: filled in, evaluates', async (type, lang) => {
    const data = JSON.parse(await run(['template', type, '--format', 'json', '--lang', lang])) as Json & { records: Json[] };
    data.case_id = 'CASE-8';
    for (const key of Object.keys(data.records[0]!)) data.records[0]![key] = FIELD_EXAMPLES[type][fieldForKey(type, key)!];
    expect(validateCase(data)).toBe(true);
    const file = join(temp, `${type}-${lang}.json`);
    writeFileSync(file, JSON.stringify(data, null, 2));
    expectExampleResults(type, await evaluate(file), 'CASE-8');
  });

  it('unfilled, its record is reported invalid for the missing ID number, not unreadable', async () => {
    const file = join(temp, 'empty.json');
    writeFileSync(file, template({ type: 'placement', format: 'json', lang: 'en' }));
    const r = await runCli(['evaluate', file, '--as-of', AS_OF, '--format', 'json', '--quiet']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Output;
    expect(out.records[0]!.errors).toEqual([expect.objectContaining({ field: 'worker_id', message: 'worker_id is required' })]);
  });
});

describe('subsidy template options', () => {
  it('--output FILE: written there, its format from the extension unless --format says', async () => {
    for (const [name, format] of [
      ['t.yaml', 'yaml'],
      ['t.yml', 'yaml'],
      ['t.json', 'json'],
      ['t.csv', 'csv'],
      ['t.txt', 'csv'],
    ] as const) {
      const file = join(temp, name);
      expect(await run(['template', 'startup', '--lang', 'en', '--output', file])).toBe('');
      expect(readFileSync(file, 'utf8')).toBe(template({ type: 'startup', format, lang: 'en' }));
    }
    const file = join(temp, 'forced.yaml');
    await run(['template', 'startup', '--lang', 'en', '--format', 'json', '-o', file]);
    expect(readFileSync(file, 'utf8')).toBe(template({ type: 'startup', format: 'json', lang: 'en' }));
  });

  it('--lang defaults to the environment’s language', async () => {
    const r = await runCli(['template', 'hire'], '', { LANG: 'zh_CN.UTF-8' });
    expect(r.stdout).toBe(template({ type: 'hire', format: 'csv', lang: 'zh' }));
    expect(await run(['template', 'hire'])).toBe(template({ type: 'hire', format: 'csv', lang: 'en' }));
  });

  it('accepts a Chinese name of the type', async () => {
    expect(await run(['template', '送工', '--lang', 'en'])).toBe(template({ type: 'placement', format: 'csv', lang: 'en' }));
  });

  it.each([
    [['template', 'other'], /unknown type "other": use one of placement, hire, startup/],
    [['template', 'case'], /unknown type "case"/],
    [['template'], /missing required argument 'type'/],
    [['template', 'hire', '--format', 'xml'], /--format xml: use one of csv, xlsx, json, yaml/],
    [['template', 'hire', '--format', 'xlsx'], /a workbook is a binary file, not for standard output; name the file with --output FILE.xlsx/],
    [['template', 'hire', '--lang', 'fr'], /--lang fr/],
    [['template', 'hire', '--format', 'yaml', '--bom'], /--bom/],
    [['template', 'hire', '-o', join(temp, 'bom.xlsx'), '--bom'], /--bom: a byte order mark is for CSV templates, not xlsx/],
    [['template', 'hire', 'startup'], /too many arguments/],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });
});
