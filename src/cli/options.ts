/**
 * The options that several commands share, in one table: each option's flags, help text,
 * and how its value is read. Commands pick the ones they take.
 */
import { option } from './help.js';
import { say } from './messages.js';
import { isInvalid, parseDate } from '../records/values.js';
import { UsageError } from '../errors.js';
import { delimiterChoice } from '../io/csv/delimiter.js';
import { encodingChoice } from '../io/csv/encoding.js';
import { recordTypeOf, TYPE_CHOICES, TYPE_CHOICES_ZH, TYPE_WORDS } from '../records/fields.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function asOfValue(value: string): string {
  return dateValue('--as-of')(value);
}

/** A parser of a date option's value, YYYY-MM-DD (or as records write dates), naming the option when it is not one. */
export function dateValue(flag: string): (value: string) => string {
  return (value) => {
    const r = parseDate(value);
    if (isInvalid(r)) throw new UsageError(say('badOptionValue', { flag, value, why: r.error }));
    return r;
  };
}

function choice<T extends string>(flag: string, allowed: readonly T[]) {
  return (value: string): T => {
    const v = value.toLowerCase() as T;
    if (!allowed.includes(v)) throw new UsageError(say('oneOf', { flag, value, allowed }));
    return v;
  };
}

export const COMMON_OPTIONS = {
  format: (formats: readonly string[]) =>
    option('-f, --format <format>', {
      en: `output format: ${formats.join(', ')} (default: from the --output file's extension; else table on a terminal, json otherwise)`,
      zh: `输出格式:${formats.join('、')}(默认:按 --output 文件的扩展名;否则终端上为 table,其他为 json)`,
    }).argParser(
      choice('--format', formats),
    ),
  asOf: () => option('--as-of <date>', { en: 'evaluation date, YYYY-MM-DD (default: today in China)', zh: '评估日期,YYYY-MM-DD(默认:中国的今天)' }).argParser(asOfValue),
  explain: () => option('--explain', { en: 'show every condition with its value and outcome, and the citation', zh: '列出每个条件的取值与结果,以及政策依据' }),
  all: () =>
    option('--all', {
      en: 'audit tables list every item, not only those that need attention (over, early, duplicate, invalid, unverifiable)',
      zh: '核对表列出每一项,而不只是需要关注的(多报、提前申领、重复申领、无效记录、无法核对)',
    }),
  lang: () => option('--lang <lang>', { en: 'language of the text: zh or en (default: from LANG)', zh: '文字的语言:zh 或 en(默认:按 LANG)' }).argParser(choice('--lang', ['zh', 'en'] as const)),
  output: () => option('-o, --output <file>', { en: 'write to this file (atomically) instead of standard output', zh: '写入此文件(原子写入),而不是标准输出' }),
  noColor: () => option('--no-color', { en: 'no colours (NO_COLOR and FORCE_COLOR are honoured too)', zh: '不用颜色(也遵从 NO_COLOR 和 FORCE_COLOR)' }),
  quiet: () => option('-q, --quiet', { en: 'no summary or error lines on standard error', zh: '标准错误上不输出汇总和错误行' }),
  param: () =>
    option('--param <name=value>', { en: 'set a rules parameter (repeatable; lists comma-separated)', zh: '设置一个规则参数(可重复;列表用逗号分隔)' }).argParser(collect),
  params: () => option('--params <file>', { en: 'set rules parameters from a YAML or JSON file', zh: '从 YAML 或 JSON 文件设置规则参数' }),
  rules: () =>
    option('--rules <path>', {
      en: 'a rules pack to use: an overlay (top key overlay:) applies on top of the built-in pack; a pack replaces it (repeatable)',
      zh: '使用的规则包:叠加包(顶层键 overlay:)叠加在内置规则包之上;完整规则包则替换内置包(可重复)',
    }).argParser(collect),
  inputFormat: (formats: readonly string[]) =>
    option('--input-format <format>', {
      en: `format of standard input (or of files whose name does not tell): ${formats.join(', ')}`,
      zh: `标准输入(或文件名看不出格式的文件)的格式:${formats.join('、')}`,
    }).argParser(
      choice('--input-format', formats),
    ),
  debug: () => option('--debug', { en: 'show stack traces of errors', zh: '出错时显示调用栈' }),
  type: () =>
    option('--type <type>', {
      en: `record type of rows without a type column: ${TYPE_CHOICES}`,
      zh: `没有 type 列的行的记录类型:${TYPE_CHOICES_ZH}`,
    }).argParser((value: string) => {
      const type = recordTypeOf(value);
      if (!type) throw new UsageError(say('oneOf', { flag: '--type', value, allowed: TYPE_WORDS }));
      return type;
    }),
  encoding: () =>
    option('--encoding <encoding>', {
      en: 'encoding of CSV input: auto, utf8 or gb18030 (gbk is an alias) (default: auto)',
      zh: 'CSV 输入的编码:auto、utf8 或 gb18030(gbk 为别名)(默认:auto)',
    }).argParser((value: string) => {
      const e = encodingChoice(value);
      if (!e) throw new UsageError(say('oneOf', { flag: '--encoding', value, allowed: ['auto', 'utf8', 'gb18030 (gbk)'] }));
      return e;
    }),
  sheet: () =>
    option('--sheet <sheet>', {
      en: 'the sheet of .xlsx inputs to read: its name, or its place among the tabs from 1 (default: the first)',
      zh: '要读取的 .xlsx 工作表:其名称,或从 1 起数的标签位置(默认:第一个)',
    }),
  delimiter: () =>
    option('--delimiter <char>', {
      en: "between the cells of CSV input: ',' ';' or tab (default: found in the header)",
      zh: "CSV 输入中单元格之间的分隔符:',' ';' 或 tab(默认:从表头判断)",
    }).argParser((value: string) => {
      const d = delimiterChoice(value);
      if (d === undefined) throw new UsageError(say('oneOf', { flag: '--delimiter', value, allowed: ["','", "';'", 'tab', 'auto'] }));
      return d;
    }),
  outputEncoding: () =>
    option('--output-encoding <encoding>', {
      en: 'encoding of CSV output and the --errors file: utf8 or gb18030 (gbk is an alias) (default: utf8)',
      zh: 'CSV 输出和 --errors 文件的编码:utf8 或 gb18030(gbk 为别名)(默认:utf8)',
    }).argParser((value: string) => {
      const e = encodingChoice(value);
      if (e === undefined || e === 'auto') throw new UsageError(say('oneOf', { flag: '--output-encoding', value, allowed: ['utf8', 'gb18030 (gbk)'] }));
      return e;
    }),
  failOn: (allowed: readonly string[]) =>
    option('--fail-on <list>', {
      en: `exit 1 when any of these is found: ${allowed.join(', ')} (comma-separated; repeatable)`,
      zh: `发现以下任一情况时退出码为 1:${allowed.join('、')}(逗号分隔;可重复)`,
    }).argParser(
      (value: string, previous: string[] = []) => {
        const items = value.split(',').map((v) => v.trim()).filter(Boolean);
        const unknown = items.filter((v) => !allowed.includes(v));
        if (unknown.length || !items.length) throw new UsageError(say('anyOf', { flag: '--fail-on', value, allowed }));
        return [...new Set([...previous, ...items])];
      },
    ),
  maskIds: () =>
    option('--mask-ids', {
      en: 'mask ID numbers and credit codes in json, ndjson and csv output too (first 6 and last 4 shown); audit masks names with them',
      zh: 'json、ndjson 和 csv 输出中也遮蔽身份证号和统一社会信用代码(显示前 6 位和后 4 位);核对时一并遮蔽姓名',
    }).conflicts('mask'),
  noMask: () => option('--no-mask', { en: 'show ID numbers and credit codes in full, tables included', zh: '完整显示身份证号和统一社会信用代码,表格也一样' }),
  errors: () =>
    option('--errors <file>', {
      en: 'write the invalid records, with line and reason, to this CSV file (a workbook if it ends in .xlsx)',
      zh: '把无效记录连同行号和原因写入此 CSV 文件(以 .xlsx 结尾则写成工作簿)',
    }),
  report: () =>
    option('--report <file>', {
      en: 'also write a report of the run to this HTML file: totals, charts, the largest cases and agencies, invalid rows and duplicates',
      zh: '另把本次运行的报告写入此 HTML 文件:合计、图表、金额最大的案件和机构、无效记录和重复申领',
    }),
  bom: () => option('--bom', { en: 'start CSV output with a UTF-8 byte order mark, for Excel', zh: 'CSV 输出以 UTF-8 字节顺序标记开头,便于 Excel 打开' }),
  jobs: () =>
    option('--jobs <n>', {
      en: 'worker threads for CSV batches; 0 evaluates in the main thread (default: by input size and cores)',
      zh: 'CSV 批量评估的工作线程数;0 表示在主线程中评估(默认:按输入大小和 CPU 核数)',
    }).argParser(
      (value: string) => {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 0 || n > 64) throw new UsageError(say('wholeNumber', { flag: '--jobs', value, from: 0, to: 64 }));
        return n;
      },
    ),
  ledger: () =>
    option('--ledger <ledger>', { en: 'the ledger of paid claims: an SQLite file, or postgres://… (default: SUBSIDY_LEDGER)', zh: '已发放台账:SQLite 文件,或 postgres://…(默认:SUBSIDY_LEDGER)' }),
  fileFormat: (formats: readonly string[], fallback: string) =>
    option('-f, --format <format>', {
      en: `file format: ${formats.join(', ')} (default: from the --output file's extension, else ${fallback})`,
      zh: `文件格式:${formats.join('、')}(默认:按 --output 文件的扩展名,否则为 ${fallback})`,
    }).argParser(
      choice('--format', formats),
    ),
};
