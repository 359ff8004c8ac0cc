/**
 * `subsidy template TYPE`: an empty file to fill in, built from the field table.
 *
 * - CSV: one header row, every field of the type in the table's order, under its field name or
 *   (Chinese) its first Chinese header, which reads back as the same field. There is no `type`
 *   column: a file holds one type, given with `--type` when it is evaluated.
 * - YAML: a case `{case_id, type, records}` with one example record, commented out: every field
 *   with a valid example value and a comment saying what it means. Uncommented, it is a valid case.
 * - JSON: the same case with one record whose values are all empty, and a `$comment` that says
 *   how to fill it in (JSON has no comments; the reader ignores the key).
 *
 * - xlsx: a workbook whose one sheet (named for the type) holds the CSV template's header row,
 *   bold, frozen and filtered, as the workbooks of a run are. Binary: written to a file only.
 *
 * In JSON and YAML the case carries the case_id, so the record leaves it out.
 */
import { extname } from 'node:path';
import { stringify } from 'yaml';
import { UsageError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { csvLine } from '../io/formats/csv.js';
import { checkOutputPath } from '../io/output-path.js';
import { XlsxSink } from '../io/xlsx/writer.js';
import { fieldCellKind } from '../io/xlsx/sheets.js';
import { displayWidth } from '../io/width.js';
import { FIELD_EXAMPLES, TYPE_MEANINGS, type ExampleValue } from '../records/examples.js';
import { FIELDS, RECORD_TYPES, TYPE_NAMES, recordTypeOf, type FieldSpec, type RecordType } from '../records/fields.js';
import type { CommandIO } from './io.js';
import { writeText } from './write-text.js';
import { say } from './messages.js';

/** The templates that are text (see template). */
export const TEMPLATE_FORMATS = ['csv', 'json', 'yaml'] as const;
export type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];
/** What `subsidy template` writes: the text templates, and a workbook (see runTemplate). */
export const TEMPLATE_FILE_FORMATS = ['csv', 'xlsx', 'json', 'yaml'] as const;
export type TemplateFileFormat = (typeof TEMPLATE_FILE_FORMATS)[number];

export interface TemplateOptions {
  type: RecordType;
  format: TemplateFormat;
  /** The names of the fields: English field names, or Chinese headers; and the language of the explanations. */
  lang: Lang;
  /** Start a CSV template with a UTF-8 byte order mark, for Excel. */
  bom?: boolean;
}

/** Reads the TYPE argument: placement, hire or startup (or a Chinese name of one); a usage error otherwise. */
export function templateTypeOf(value: string): RecordType {
  const type = recordTypeOf(value);
  if (!type) throw new UsageError(say('unknownTemplateType', { value, types: RECORD_TYPES }));
  return type;
}

/** The format a template written to this file should have: from its extension, else CSV. */
export function templateFormatFor(output: string | undefined): TemplateFileFormat {
  const ext = output ? extname(output).toLowerCase() : '';
  return ext === '.json' ? 'json' : ext === '.yaml' || ext === '.yml' ? 'yaml' : ext === '.xlsx' ? 'xlsx' : 'csv';
}

/** The key or header a field is written under. */
function keyOf(spec: FieldSpec, lang: Lang): string {
  return lang === 'zh' ? spec.zh[0]! : spec.name;
}

/** The CSV template's headers: every field of the type, in order. */
export function templateHeaders(type: RecordType, lang: Lang): string[] {
  return FIELDS[type].map((spec) => keyOf(spec, lang));
}

/** The fields of a case file's record: all but case_id, which the case carries. */
function recordFields(type: RecordType): readonly FieldSpec[] {
  return FIELDS[type].filter((s) => s.name !== 'case_id');
}

const PERSON = { placement: 'worker', hire: 'worker', startup: 'applicant' } as const;

const TEXT = {
  en: {
    title: (t: RecordType) => `subsidy case file: ${t} records (${TYPE_NAMES[t].zh}): ${TYPE_MEANINGS[t].en}.`,
    steps: (t: RecordType) => [
      'To fill it in:',
      '  1. Write the case_id.',
      '  2. Uncomment the example record under records: (remove the "# " at the start of its lines),',
      `     put your values in place of the examples, and copy it once per ${PERSON[t]}.`,
      "  3. Delete the line of a field you do not know: a result that needs it is then",
      '     "undetermined", never counted as not met.',
      'ID numbers and credit codes are text: keep their quotes. Dates are YYYY-MM-DD; amounts are yuan.',
      'Check the file: subsidy evaluate FILE --as-of YYYY-MM-DD. Its JSON Schema: subsidy schema case',
    ],
    caseId: (example: ExampleValue) => `case (claim) identifier, such as ${String(example)}`,
    type: (t: RecordType) => `the type of every record: ${t} (${TYPE_NAMES[t].zh})`,
    field: (spec: FieldSpec) => `${spec.en}${spec.required ? ' (required)' : ''} · ${spec.zh[0]}`,
    json: (t: RecordType) =>
      `subsidy case file: ${t} records (${TYPE_NAMES[t].zh}): ${TYPE_MEANINGS[t].en}. ` +
      `Write the case_id and each record's values; copy the record once per ${PERSON[t]}. ` +
      `Leave a value empty when it is not known: a result that needs it is then undetermined. ` +
      `ID numbers and credit codes are text; dates are YYYY-MM-DD; amounts are yuan (850 or "850.00"). ` +
      `What each field means: subsidy schema ${t}. Check the file: subsidy evaluate FILE --as-of YYYY-MM-DD. ` +
      `This key is ignored.`,
  },
  zh: {
    title: (t: RecordType) => `subsidy 案件文件:${TYPE_NAMES[t].zh}(${t})记录,${TYPE_MEANINGS[t].zh}。`,
    steps: (t: RecordType) => [
      '填写方法:',
      '  1. 填写 case_id(案件编号)。',
      '  2. 取消 records: 下示例记录的注释(删去各行开头的 "# "),把示例值换成实际值;',
      `     每${t === 'startup' ? '位申请人' : '名劳动者'}复制一份。`,
      '  3. 不知道的字段,删去该行:需要它的结果为"待定"(undetermined),不会当作不符合。',
      '身份证号和统一社会信用代码是文本,请保留引号。日期写作 YYYY-MM-DD,金额单位为元。',
      '检查文件:subsidy evaluate 文件名 --as-of YYYY-MM-DD。JSON Schema:subsidy schema case',
    ],
    caseId: (example: ExampleValue) => `案件编号,例如 ${String(example)}`,
    type: (t: RecordType) => `各条记录的类型:${TYPE_NAMES[t].zh}(${t})`,
    field: (spec: FieldSpec) => `${spec.name}:${spec.meaningZh}${spec.required ? '(必填)' : ''}`,
    json: (t: RecordType) =>
      `subsidy 案件文件:${TYPE_NAMES[t].zh}(${t})记录,${TYPE_MEANINGS[t].zh}。` +
      `填写 case_id(案件编号)和每条记录的值;每${t === 'startup' ? '位申请人' : '名劳动者'}复制一条记录。` +
      `不知道的值留空:需要它的结果为"待定"(undetermined)。` +
      `身份证号和统一社会信用代码是文本;日期写作 YYYY-MM-DD;金额单位为元(850 或 "850.00")。` +
      `各字段含义:subsidy schema ${t}。检查文件:subsidy evaluate 文件名 --as-of YYYY-MM-DD。本键不被读取。`,
  },
};

/** An example value as YAML: identifiers always quoted (a number would lose digits), the rest as YAML needs. */
function yamlValue(spec: FieldSpec, value: ExampleValue | undefined): string {
  if (value === undefined) return '';
  if (spec.kind === 'resident_id' || spec.kind === 'credit_code' || spec.name === 'case_id') return JSON.stringify(String(value));
  return stringify(value).trimEnd();
}

/** Lines of `code  # comment`, the comments aligned (Chinese characters take two columns). */
function commented(lines: readonly [string, string][]): string {
  const width = Math.max(...lines.map(([code]) => displayWidth(code)));
  return lines.map(([code, comment]) => (comment ? `${code}${' '.repeat(width - displayWidth(code) + 2)}# ${comment}\n` : `${code}\n`)).join('');
}

function yamlTemplate(type: RecordType, lang: Lang): string {
  const text = TEXT[lang];
  const examples = FIELD_EXAMPLES[type];
  const header = [text.title(type), '', ...text.steps(type)].map((l) => (l ? `# ${l}\n` : '#\n')).join('');
  const fields = recordFields(type);
  const lines: [string, string][] = [
    ['case_id:', text.caseId(examples.case_id ?? '')],
    [`type: ${type}`, text.type(type)],
    ['records:', ''],
    ...fields.map((spec, i): [string, string] => [
      `  # ${i === 0 ? '- ' : '  '}${keyOf(spec, lang)}: ${yamlValue(spec, examples[spec.name])}`,
      text.field(spec),
    ]),
  ];
  return header + commented(lines);
}

function jsonTemplate(type: RecordType, lang: Lang): string {
  const record = Object.fromEntries(recordFields(type).map((spec) => [keyOf(spec, lang), '']));
  const doc = { $comment: TEXT[lang].json(type), case_id: '', type, records: [record] };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The template's text. */
export function template(o: TemplateOptions): string {
  if (o.bom && o.format !== 'csv') throw new UsageError(say('bomTemplate', { format: o.format }));
  switch (o.format) {
    case 'csv':
      return `${o.bom ? '\uFEFF' : ''}${csvLine(templateHeaders(o.type, o.lang))}`;
    case 'yaml':
      return yamlTemplate(o.type, o.lang);
    case 'json':
      return jsonTemplate(o.type, o.lang);
  }
}

/** What `subsidy template` is given: a text template's options, or a workbook's. */
export interface TemplateFileOptions extends Omit<TemplateOptions, 'format'> {
  format: TemplateFileFormat;
  output?: string;
}

/** Writes the template to standard output or a file (a workbook: to a file only). */
export async function runTemplate(o: TemplateFileOptions, io: CommandIO): Promise<void> {
  const { format } = o;
  if (format !== 'xlsx') return writeText(template({ ...o, format }), o.output ? { file: o.output } : { stream: io.stdout });
  if (!o.output) throw new UsageError(say('xlsxNeedsFile'));
  if (o.bom) throw new UsageError(say('bomTemplate', { format }));
  await writeWorkbook(o.output, o.type, o.lang);
}

/** The workbook template: the CSV template's header row, in a sheet named for the type. */
async function writeWorkbook(path: string, type: RecordType, lang: Lang): Promise<void> {
  checkOutputPath('--output', path);
  const headers = templateHeaders(type, lang);
  // Each column formatted for its field: IDs and names as text, dates as dates, amounts as money.
  const sink = new XlsxSink(path, { sheet: TYPE_NAMES[type][lang], kinds: FIELDS[type].map(fieldCellKind) });
  try {
    await sink.write(csvLine(headers));
    await sink.commit();
  } catch (e) {
    sink.abort();
    throw e;
  }
}
