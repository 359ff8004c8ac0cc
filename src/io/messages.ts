/** What reading and writing files says when it cannot, in both languages (see i18n/messages.ts). */
import { catalogue } from '../i18n/messages.js';
import { FOUND_ZH, recordMessage } from '../records/messages-zh.js';
import { sourceText, type SourceRef } from '../records/source.js';

/** A text in both languages. */
export type Texts = { en: string; zh: string };
const inLang = (t: Texts | string, zh: boolean) => (typeof t === 'string' ? t : zh ? t.zh : t.en);
/** A place: as written, or a record's (file:1 (record 2), file:1(第 2 条记录)) in the language shown. */
const placeIn = (where: string | SourceRef, zh: boolean) => (typeof where === 'string' ? where : sourceText(where, zh ? 'zh' : 'en'));

/** What an input that is not a case was found to be (json/grammar.ts FOUND), in Chinese. */

/** What standard input is called in messages. */
export const STDIN_NAME = '<stdin>';

export const say = catalogue({
  folderMissing: {
    en: (p: { flag: string; output: string; dir: string }) => `${p.flag} ${p.output}: the folder ${p.dir} does not exist; create it or choose another path`,
    zh: (p) => `${p.flag} ${p.output}:文件夹 ${p.dir} 不存在;请先创建,或换一个路径`,
  },
  notAFolder: {
    en: (p: { flag: string; output: string; dir: string }) => `${p.flag} ${p.output}: ${p.dir} is not a folder`,
    zh: (p) => `${p.flag} ${p.output}:${p.dir} 不是文件夹`,
  },
  folderNotWritable: {
    en: (p: { flag: string; output: string; dir: string }) => `${p.flag} ${p.output}: the folder ${p.dir} is not writable; choose another path`,
    zh: (p) => `${p.flag} ${p.output}:文件夹 ${p.dir} 不可写;请换一个路径`,
  },
  outputIsFolder: {
    en: (p: { flag: string; output: string }) => `${p.flag} ${p.output}: is a folder; name a file`,
    zh: (p) => `${p.flag} ${p.output}:是文件夹;请给出文件名`,
  },
  cannotWrite: {
    en: (p: { where: string; what: Texts | string; code: string | undefined; todo: Texts }) =>
      `${p.where}: cannot write it: ${inLang(p.what, false)}${p.code ? ` (${p.code})` : ''}; ${inLang(p.todo, false)}`,
    zh: (p) => `${p.where}:无法写入:${inLang(p.what, true)}${p.code ? `(${p.code})` : ''};${inLang(p.todo, true)}`,
  },
  utf16: {
    en: (p: { file: string }) => `${p.file}: the file is UTF-16; save it as "CSV UTF-8" (or CSV) and try again`,
    zh: (p) => `${p.file}:文件是 UTF-16 编码;请另存为“CSV UTF-8”(或 CSV)后再试`,
  },
  noEncoding: {
    en: (p: { file: string }) => `${p.file}: the text is neither UTF-8 nor GBK/GB18030; save it as CSV UTF-8, or name its encoding with --encoding utf8|gb18030`,
    zh: (p) => `${p.file}:文本既不是 UTF-8 也不是 GBK/GB18030;请另存为 CSV UTF-8,或用 --encoding utf8|gb18030 指明编码`,
  },
  mixedEncoding: {
    en: (p: { file: string; line: number }) =>
      `${p.file}:${p.line}: not UTF-8, though other lines are: the file mixes two encodings (a row pasted from a GBK file?); save it again as CSV UTF-8, or fix that row`,
    zh: (p) => `${p.file}:${p.line}:这一行不是 UTF-8,而其他行是:文件混用了两种编码(是否从 GBK 文件粘贴了行?);请重新另存为 CSV UTF-8,或修改该行`,
  },
  notUtf8Line: {
    en: (p: { file: string; line: number }) =>
      `${p.file}:${p.line}: not valid UTF-8; if Excel saved the file on a Chinese Windows, use --encoding gb18030 (if only some rows are so, pasted from such a file, save it again as CSV UTF-8 or fix them)`,
    zh: (p) => `${p.file}:${p.line}:不是有效的 UTF-8;如果文件是在中文 Windows 上由 Excel 保存的,请用 --encoding gb18030(若只有部分行如此,是从这样的文件粘贴来的,请重新另存为 CSV UTF-8,或修改这些行)`,
  },
  notGb18030Line: {
    en: (p: { file: string; line: number }) => `${p.file}:${p.line}: not valid GB18030/GBK; if the file is UTF-8, use --encoding utf8`,
    zh: (p) => `${p.file}:${p.line}:不是有效的 GB18030/GBK;如果文件是 UTF-8,请用 --encoding utf8`,
  },
  notUtf8: {
    en: (p: { file: string; line: number }) => `${p.file}:${p.line}: not valid UTF-8; save the file as UTF-8`,
    zh: (p) => `${p.file}:${p.line}:不是有效的 UTF-8;请把文件保存为 UTF-8`,
  },
  rowTypeMisfit: {
    en: (p: { file: string; line: number; type: string; why: Texts }) => `${p.file}:${p.line}: a ${p.type} record, but ${p.why.en}; correct its type cell, or the header`,
    zh: (p) => `${p.file}:${p.line}:这是 ${p.type} 记录,但${p.why.zh};请更正该行的类型,或表头`,
  },
  typeMisfit: {
    en: (p: { where: string; type: string; why: Texts; looksLike: string }) => `${p.where}: --type ${p.type}, but ${p.why.en}; use --type ${p.looksLike}`,
    zh: (p) => `${p.where}:给出了 --type ${p.type},但${p.why.zh};请用 --type ${p.looksLike}`,
  },
  /** (Without `where`: a row's error, which names its own place.) */
  missingColumn: {
    en: (p: { where?: string; type: string; field: string; headers: string; near: string | undefined; split?: string | undefined }) =>
      `${p.where ? `${p.where}: ` : ''}${p.type} records need the ${p.field} column (header ${p.headers})${
        p.split !== undefined
          ? `; the header was read as one cell, though it holds "${p.split}": give --delimiter ${p.split === 'tab' ? 'tab' : `"${p.split}"`}, or leave --delimiter out`
          : p.near !== undefined
            ? `; the closest header is "${p.near}": rename it`
            : '; add the column'
      }`,
    zh: (p) =>
      `${p.where ? `${p.where}: ` : ''}${p.type} 记录需要 ${p.field} 列(表头 ${p.headers.replace(' or ', ' 或 ')})${
        p.split !== undefined
          ? `;表头被读成了一个单元格,其中却有“${p.split}”:请给出 --delimiter ${p.split === 'tab' ? 'tab' : `"${p.split}"`},或去掉 --delimiter`
          : p.near !== undefined
            ? `;最接近的表头是“${p.near}”:请改名`
            : ':请添加该列'
      }`,
  },
  noTypeColumn: {
    en: (p: { where: string; split?: string | undefined }) =>
      p.split !== undefined
        ? `${p.where}: no type column: the header was read as one cell, though it holds "${p.split}"; give --delimiter ${p.split === 'tab' ? 'tab' : `"${p.split}"`}, or leave --delimiter out`
        : `${p.where}: no type column (type or 类型); add one, or give the record type with --type placement|hire|startup`,
    zh: (p) =>
      p.split !== undefined
        ? `${p.where}: 没有类型列:表头被读成了一个单元格,其中却有“${p.split}”;请给出 --delimiter ${p.split === 'tab' ? 'tab' : `"${p.split}"`},或去掉 --delimiter`
        : `${p.where}: 没有类型列(type 或 类型):请添加一列,或用 --type placement|hire|startup 给出记录类型`,
  },
  columnTwice: {
    en: (p: { where: string; a: number; headerA: string; b: number; headerB: string; field: string }) => `${p.where}: columns ${p.a} ("${p.headerA}") and ${p.b} ("${p.headerB}") both hold ${p.field}; keep one`,
    zh: (p) => `${p.where}: 第 ${p.a} 列(“${p.headerA}”)与第 ${p.b} 列(“${p.headerB}”)都是 ${p.field}:请只保留一列`,
  },
  noType: {
    en: (p: { where: string | SourceRef; value: string | undefined; types: readonly string[] }) =>
      `${placeIn(p.where, false)}: ${p.value === undefined ? 'the record has no type' : `unknown record type ${p.value}`}; use one of ${p.types.join(', ')} (in the record's "type", the case file's "type", or --type)`,
    zh: (p) =>
      `${placeIn(p.where, true)}:${p.value === undefined ? '记录没有类型' : `未知的记录类型 ${p.value}`};请用 ${p.types.join('、')} 之一(写在记录的 "type"、案件文件的 "type" 中,或用 --type)`,
  },
  notACase: {
    en: (p: { file: string; found: string; stdin: boolean }) =>
      `${p.file}: expected a case {case_id, type, records: [...]} or a list of records each with a type; found ${p.found}${p.stdin ? '; for CSV on standard input, pass --input-format csv' : ''}`,
    zh: (p) =>
      `${p.file}:应为一个案件 {case_id, type, records: [...]},或每条都有类型的记录列表;实为${FOUND_ZH[p.found] ?? ` ${p.found}`}${p.stdin ? ';标准输入为 CSV 时,请给出 --input-format csv' : ''}`,
  },
  invalidJson: {
    en: (p: { where: string; why: string }) => `${p.where}: invalid JSON: ${p.why}; fix the file or check it with a JSON validator`,
    zh: (p) => `${p.where}:JSON 无效:${recordMessage(p.why, 'zh')};请修改文件,或用 JSON 校验工具检查`,
  },
  notMapping: {
    en: (p: { where: string | SourceRef; found: string }) => `${placeIn(p.where, false)}: a record is a mapping of field: value; found ${p.found}`,
    zh: (p) => `${placeIn(p.where, true)}:一条记录应是“字段: 值”的映射;实为 ${p.found}`,
  },
  libraryNotRecord: {
    en: (p: { where: SourceRef }) => `${placeIn(p.where, false)}: a record is an object of field: value`,
    zh: (p) => `${placeIn(p.where, true)}:一条记录应是“字段: 值”的对象`,
  },
  libraryNoType: {
    en: (p: { where: SourceRef; value: string | undefined; types: readonly string[] }) =>
      `${placeIn(p.where, false)}: ${p.value === undefined ? 'no type' : `unknown type ${p.value}`}; use ${p.types.join(', ')}, or give options.type`,
    zh: (p) => `${placeIn(p.where, true)}:${p.value === undefined ? '记录没有类型' : `未知的记录类型 ${p.value}`};请用 ${p.types.join('、')} 之一,或给出 options.type`,
  },
  yamlTooLarge: {
    en: (p: { file: string; max: number }) => `${p.file}: YAML of over ${p.max.toLocaleString('en-US')} values (lines, commas, colons); YAML is read whole, so large inputs must be JSON, NDJSON or CSV, which stream`,
    zh: (p) => `${p.file}:YAML 超过 ${p.max.toLocaleString('en-US')} 个值(按行、逗号、冒号计);YAML 要整个读入,大的输入请用可流式读取的 JSON、NDJSON 或 CSV`,
  },
  yamlKeyTwice: {
    en: (p: { where: string; key: string | undefined; first: number | undefined }) =>
      `${p.where}: invalid YAML: ${p.key === undefined ? 'a key' : `the key ${p.key}`} is given twice in one mapping${p.first === undefined ? '' : ` (first on line ${p.first})`}; keep one`,
    zh: (p) => `${p.where}:YAML 无效:同一映射中${p.key === undefined ? '有重复的键' : `的键 ${p.key} 重复给出`}${p.first === undefined ? '' : `(第一次在第 ${p.first} 行)`};请只保留一个`,
  },
  invalidYaml: {
    en: (p: { where: string; why: string }) => `${p.where}: invalid YAML: ${p.why}; fix the file's indentation or quoting there`,
    zh: (p) => `${p.where}:YAML 无效:${p.why};请修改该处的缩进或引号`,
  },
  secondYamlDoc: {
    en: (p: { where: string }) => `${p.where}: a second YAML document (after ---); a case file is one document`,
    zh: (p) => `${p.where}:第二个 YAML 文档(在 --- 之后);一个案件文件只能有一个文档`,
  },
  yamlKeyNotScalar: {
    en: (p: { where: string }) => `${p.where}: a key that is a list or mapping; a key is a field name`,
    zh: (p) => `${p.where}:键是列表或映射;键应是字段名`,
  },
  yamlNoAnchor: {
    en: (p: { where: string; name: string }) => `${p.where}: the alias *${p.name} has no anchor &${p.name} before it`,
    zh: (p) => `${p.where}:别名 *${p.name} 之前没有锚点 &${p.name}`,
  },
  yamlAliasLoop: {
    en: (p: { where: string; name: string }) => `${p.where}: the alias *${p.name} is inside the value it stands for (a loop); write the value out`,
    zh: (p) => `${p.where}:别名 *${p.name} 在它所代表的值之内(循环);请把值写出来`,
  },
  yamlAliasDeep: {
    en: (p: { where: string; max: number }) => `${p.where}: aliases nest values more than ${p.max} deep; write the values out`,
    zh: (p) => `${p.where}:别名使值嵌套超过 ${p.max} 层;请把值写出来`,
  },
  yamlExpansion: {
    en: (p: { where: string }) => `${p.where}: aliases expand to too many values (a "billion laughs"?); write the values out`,
    zh: (p) => `${p.where}:别名展开后的值过多(“十亿笑声”攻击?);请把值写出来`,
  },
});
