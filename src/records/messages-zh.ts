/**
 * Record-level messages in Chinese: what is wrong with a value or a record (written in English
 * where records are read, worker threads included), or with a parameter's value.
 *
 * A message is made in English where the value is parsed, on the fast path, without knowing
 * the language; it is rendered in Chinese where it is written out (table, JSON, NDJSON, the CSV
 * errors column, the --errors file, the lines on standard error), by the catalogue below: each
 * English form, as a pattern, beside its Chinese. English output is the message as made. A
 * message the catalogue lacks stays English (tests/forgiving.test.ts holds the parsers'
 * messages to the catalogue). It lives with the records (not in i18n) so that the rules, which
 * read parameter values with the same parsers, say their reasons in Chinese too.
 */
import { TYPE_CHOICES_ZH } from './fields.js';
import { LOST_DIGITS, ZEROED_HINT } from './id-number.js';

/** The delimiters' names in Chinese (a row with more cells than the header). */
const DELIMITER_ZH = { comma: '逗号', semicolon: '分号', tab: '制表符' } as const;

/** What a reader found where it wanted something else (a JSON value's kind), in Chinese. */
export const FOUND_ZH: Record<string, string> = { 'a mapping': '映射', 'a list': '列表', text: '文本', 'a number': '数字', nothing: '空', 'a mapping without records': '没有 records 的映射',
  // An unfilled YAML template: its example record still commented out.
  'records: with nothing under it (uncomment the example record: remove the "# " at the start of its lines)': ' records: 下没有记录(请取消示例记录的注释:删去各行开头的 "# ")',
};

/** What the JSON reader wanted where it found something else. */
const WANTED_ZH: Record<string, string> = {
  'a value': '值',
  'a key in double quotes': '双引号括起的键',
  'a colon after the key': '键后的冒号',
  'a comma or } after a value in a mapping': '映射中值后的逗号或 }',
  'a comma or ] after a value in a list': '列表中值后的逗号或 ]',
  'the end of the line after the record (NDJSON: one record a line)': '记录之后的行尾(NDJSON:每行一条记录)',
};

/** What is open where JSON stops: a value, or the list or mapping opened at a line. */
function insideZh(what: string): string {
  const open = /^the (mapping|list) opened at line (\d+)$/.exec(what);
  return open ? `第 ${open[2]} 行开始的${open[1] === 'mapping' ? '映射' : '列表'}` : (WANTED_ZH[what] ?? what);
}

/** Why a text is not JSON, as the JSON reader says it (io/json), in Chinese. */
const JSON_REASONS: readonly (readonly [RegExp, (...m: string[]) => string])[] = [
  [/^a ([}\]]) after a comma: remove the comma after the last value$/, (b) => `逗号之后是 ${b}:请删去最后一个值后的逗号`],
  [/^(.+) after the end of the JSON value(; for NDJSON .*)?$/, (x, hint) => `JSON 值结束之后还有 ${x}${hint ? ';若是 NDJSON(每行一条记录),请把文件命名为 .ndjson 或给出 --input-format ndjson' : ''}`],
  [/^a string that is never closed \(a missing "\)$/, () => '字符串没有结束(缺少 ")'],
  [/^an escape \\u that needs four hex digits$/, () => '转义 \\u 之后须有四位十六进制数字'],
  [/^an invalid escape (.+) in a string; write a backslash as \\\\$/, (x) => `字符串中有无效的转义 ${x};反斜杠请写作 \\\\`],
  [/^a line break inside a string \(a missing "\?\)$/, () => '字符串中有换行(是否缺少 "?)'],
  [/^a control character inside a string; write it as an escape \(\\t, \\u0001\)$/, () => '字符串中有控制字符;请写成转义(\\t、\\u0001)'],
  [/^a number that ends too soon: (.+)$/, (x) => `数字不完整:${x}`],
  [/^a number that is not one: (.+)$/, (x) => `不是有效的数字:${x}`],
  [/^a number with no digit after its point: (.+)$/, (x) => `小数点之后没有数字:${x}`],
  [/^a number with no digit in its exponent: (.+)$/, (x) => `指数中没有数字:${x}`],
  [/^the line ends inside (.+?)(; NDJSON has one record a line)?$/, (x, nd) => `行在${insideZh(x)}之内结束${nd ? ';NDJSON 每行一条记录' : ''}`],
  [/^the file ends inside (.+): close it, or check that the file is complete$/, (x) => `文件在${insideZh(x)}之内结束:请把它闭合,或检查文件是否完整`],
  [/^a (record|value) runs over (\d+) MB; NDJSON has one record a line$/, (k, n) => `一条${k === 'record' ? '记录' : '值'}超过 ${n} MB;NDJSON 每行一条记录`],
  [/^a (record|value) runs over (\d+) MB: is a quote or bracket never closed\? A record is a mapping of field: value$/, (k, n) => `一条${k === 'record' ? '记录' : '值'}超过 ${n} MB:是否有引号或括号没有闭合?一条记录应是“字段: 值”的映射`],
  [/^(.+) where (.+) should be$/, (found, wanted) => `此处应为${WANTED_ZH[wanted] ?? ` ${wanted}`},却是 ${found}`],
];

/** Each English message, as a pattern over the whole of it, and its Chinese, from the groups matched. */
const CATALOGUE: readonly (readonly [RegExp, (...m: string[]) => string])[] = [
  // Any field
  [/^(\S+) is required$/, (f) => `缺少必填字段 ${f}`],
  [/^the key is given twice, as (.+) and as (.+); keep one$/, (a, b) => `此键重复给出:${a} 与 ${b};请只保留一个`],
  [/^given twice, as (.+) \((.*)\) and as (.+) \((.*)\); keep one$/, (a, av, b, bv) => `重复给出:${a}(${av})与 ${b}(${bv});请只保留一个`],
  [/^expected text$/, () => '应为文本'],
  [/^unknown district "(.*)": write a district of Chongqing by its name, short name, pinyin or code \(长寿区, 长寿, Changshou or 500115\)$/, (d) => `未知区县 "${d}":请写重庆市的区县,可用全称、简称、拼音或行政区划代码(长寿区、长寿、Changshou 或 500115)`],
  [/^an ID number has 18 characters \(or 15\), this one (\d+)$/, (n) => `身份证号应为 18 位(或 15 位),此号码为 ${n} 位`],
  [/^its birth date is out of range$/, () => '其出生日期超出范围'],
  // Amounts
  [/^an amount must not be negative$/, () => '金额不能为负数'],
  [/^an amount has at most two decimals \(fen\)$/, () => '金额最多两位小数(到分)'],
  [/^expected an amount in yuan such as 1000, 1,000\.50, 999\.99, ¥1000 or 1000元$/, () => '应为以元计的金额,如 1000、1,000.50、999.99、¥1000 或 1000元'],
  [/^the amount is too large$/, () => '金额过大'],
  // Dates
  [/^(.+) is not a date on the calendar$/, (d) => `${d} 不是日历上存在的日期`],
  [/^(.+): the year (.+) is out of range; dates from (\d+) to (\d+) are accepted$/, (d, y, a, b) => `${d}:年份 ${y} 超出范围;只接受 ${a} 年至 ${b} 年的日期`],
  [/^expected a date( as text)?: 2020-02-20, 2020\/2\/20, 2020\.2\.20, 2020年2月20日, or an Excel date serial of (\d+)-(\d+) such as 43881$/,
    (text, a, b) => `${text ? '日期应写成文本' : '应为日期'}:2020-02-20、2020/2/20、2020.2.20、2020年2月20日,或 ${a}–${b} 年的 Excel 日期序号(如 43881)`],
  [/^(\d+) as an Excel date serial is (\S+); serials are read as dates only from (\d+) to (\d+) \((\S+) to (\S+)\): write the date as 2020-02-20$/,
    (n, d, a, b, da, db) => `${n} 作为 Excel 日期序号是 ${d};只有 ${a} 至 ${b}(${da} 至 ${db})的序号按日期读取:请把日期写成 2020-02-20`],
  [/^the last day of employment (\S+) is before its first day (\S+)$/, (end, start) => `离职日期 ${end} 早于合同签订日期 ${start}`],
  // ID numbers
  [/^a 15-digit ID number from before 1999: write its 18-digit form ([\w*]+)$/, (id) => `这是 1999 年以前的 15 位身份证号:请写成 18 位号码 ${id}`],
  [/^a 15-digit ID number from before 1999, and its birth date (\d+) in the ID number is not a date$/, (d) => `这是 1999 年以前的 15 位身份证号,且其中的出生日期 ${d} 不是有效日期`],
  [/^an ID number has 18 characters \(17 digits and a check character, a digit or X\), this one (\d+)$/, (n) => `身份证号应为 18 位(17 位数字加一位校验码,数字或 X),此号码为 ${n} 位`],
  [/^an ID number is 17 digits and a check character \(a digit or X\)$/, () => '身份证号应为 17 位数字加一位校验码(数字或 X)'],
  [/^the birth date (\d+) in the ID number is not a date$/, (d) => `身份证号中的出生日期 ${d} 不是有效日期`],
  [/^the check character is (.), but the first 17 digits give (.): a digit is mistyped$/, (c, e) => `校验码为 ${c},但前 17 位算出的是 ${e}:有数字输错了`],
  [/^write the number as text \(in quotes\): a number loses its digits$/, () => '请把号码写成文本(加引号):写成数字会丢失位数'],
  [/^expected an identification number as text$/, () => '证件号码应为文本'],
  // Credit codes
  [/^a unified social credit code has 18 characters \(digits and capital letters but I, O, Z, S and V\), this one (\d+)$/,
    (n) => `统一社会信用代码应为 18 位(数字和除 I、O、Z、S、V 以外的大写字母),此代码为 ${n} 位`],
  [/^a unified social credit code never holds the letters I, O, Z, S or V: is this (.) a (.)\?$/, (c, d) => `统一社会信用代码不含字母 I、O、Z、S、V:这个 ${c} 是不是 ${d}?`],
  [/^a unified social credit code holds only digits and capital letters, not (.+)$/, (c) => `统一社会信用代码只含数字和大写字母,不含 ${c}`],
  [/^the check character is (.), but the first 17 characters give (.): a character is mistyped$/, (c, e) => `校验码为 ${c},但前 17 位算出的是 ${e}:有字符输错了`],
  // Categories, groups, numbers, lists
  [/^expected key, electronics, other \(or 重点企业, 电子企业, 其他\)$/, () => '应为 key、electronics、other(或 重点企业、电子企业、其他)'],
  [/^unknown enterprise category "(.*)": allowed are (.+) \(重点企业, 电子企业, 其他\); write both as key;electronics$/,
    (c, allowed) => `未知的企业类别“${c}”:可选 ${allowed}(重点企业、电子企业、其他);两者都是时写 key;electronics`],
  [/^expected a group such as poverty_registered or migrant_worker$/, () => '应为人员类别,如 poverty_registered 或 migrant_worker'],
  [/^expected a whole number such as (\d+)$/, (n) => `应为整数,如 ${n}`],
  // Parameters (rules/params.ts, which reads their values with the parsers above)
  [/^expected a list of values, comma-separated on the command line \(a,b\)$/, () => '应为一组值,命令行中用逗号分隔(a,b)'],
  [/^none \(无\) is no group: a list of groups that qualify never holds it; for no groups, give an empty list$/, () => '无(none)不是人员类别:符合条件的类别列表不能包含它;若没有类别,请给出空列表'],
  [/^the number is too large$/, () => '数字过大'],
  [/^expected a number such as 12\.5$/, () => '应为数字,如 12.5'],
  [/^expected one or more values, separated by ;$/, () => '应为一个或多个值,用 ; 分隔'],
  // Rows and records
  [/^unknown record type; use (.+)$/, () => `未知的记录类型;请用 ${TYPE_CHOICES_ZH}`],
  [/^the record has no type; give it a "type", or pass --type$/, () => '记录没有类型:请给出 "type",或使用 --type'],
  [/^the record has no type; fill in its type cell, or pass --type$/, () => '记录没有类型:请填写类型单元格,或使用 --type'],
  [/^(.*) is the claim of (\w+) records \((\w+)\), but this is a (\w+) record; remove the amount or correct the record's type$/s,
    (v, owner, program, type) => `${v} 是 ${owner} 记录(${program})的申领金额,但本记录是 ${type} 记录;请删除该金额或更正记录类型`],
  [/^(\d+) cells, but the header has (\d+) columns: a (comma|semicolon|tab) inside a value\? Quote the value$/, (n, w, d) => `本行有 ${n} 个单元格,但表头只有 ${w} 列:值里有${DELIMITER_ZH[d as 'comma']}?请给该值加引号`],
  [/^a value in column ([A-Z]+), beyond the header's (\d+) columns: give that column a header, or move the value under one$/,
    (c, w) => `第 ${c} 列有值,超出了表头的 ${w} 列:请给该列加上表头,或把值移到有表头的列下`],
  [/^values in columns ([A-Z, ]+), beyond the header's (\d+) columns: give those columns a header, or move the values under one$/,
    (cs, w) => `第 ${cs.split(', ').join('、')} 列有值,超出了表头的 ${w} 列:请给这些列加上表头,或把值移到有表头的列下`],
  [/^(\w+) records need the (\w+) column \(header (.+)\); the closest header is "(.*)": rename it$/, (t, f, h, near) => `${t} 记录需要 ${f} 列(表头 ${h.replace(' or ', ' 或 ')});最接近的表头是“${near}”:请改名`],
  [/^(\w+) records need the (\w+) column \(header (.+)\); add the column$/, (t, f, h) => `${t} 记录需要 ${f} 列(表头 ${h.replace(' or ', ' 或 ')}):请添加该列`],
  [/^a record is a JSON mapping of field: value, not (.+)$/, (found) => `记录应是“字段: 值”的 JSON 对象,而不是${FOUND_ZH[found] ?? ` ${found}`}`],
  [/^not JSON: (.+?)(?: \(column (\d+)\))?$/, (why, col) => `不是 JSON:${recordMessage(why, 'zh')}${col ? `(第 ${col} 列)` : ''}`],
  ...JSON_REASONS,
];

/** A record-level message in a language: as made (English), or its Chinese from the catalogue. */
export function recordMessage(message: string, lang: 'zh' | 'en'): string {
  if (lang === 'en') return message;
  // An identification number a spreadsheet stored as a number: said in both languages where it is found.
  for (const texts of Object.values(LOST_DIGITS)) if (message === texts.en) return texts.zh;
  if (message.endsWith(ZEROED_HINT.en)) return recordMessage(message.slice(0, -ZEROED_HINT.en.length), lang) + ZEROED_HINT.zh;
  for (const [pattern, zh] of CATALOGUE) {
    const m = pattern.exec(message);
    if (m) return zh(...m.slice(1).map((g) => g ?? ''));
  }
  return message;
}
