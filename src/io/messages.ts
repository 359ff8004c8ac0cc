/** What reading and writing files says when it cannot, in both languages (see i18n/messages.ts). */
import { catalogue } from '../i18n/messages.js';

/** A text in both languages. */
export type Texts = { en: string; zh: string };
const inLang = (t: Texts | string, zh: boolean) => (typeof t === 'string' ? t : zh ? t.zh : t.en);

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
  notUtf8Line: {
    en: (p: { file: string; line: number }) => `${p.file}:${p.line}: not valid UTF-8; if Excel saved the file on a Chinese Windows, use --encoding gb18030`,
    zh: (p) => `${p.file}:${p.line}:不是有效的 UTF-8;如果文件是在中文 Windows 上由 Excel 保存的,请用 --encoding gb18030`,
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
    en: (p: { file: string; line: number; type: string; why: string }) => `${p.file}:${p.line}: a ${p.type} record, but ${p.why}; correct its type cell, or the header`,
    zh: (p) => `${p.file}:${p.line}:这是 ${p.type} 记录,但 ${p.why};请更正该行的类型,或表头`,
  },
  noType: {
    en: (p: { where: string; value: string | undefined; types: readonly string[] }) =>
      `${p.where}: ${p.value === undefined ? 'the record has no type' : `unknown record type ${p.value}`}; use one of ${p.types.join(', ')} (in the record's "type", the case file's "type", or --type)`,
    zh: (p) =>
      `${p.where}:${p.value === undefined ? '记录没有类型' : `未知的记录类型 ${p.value}`};请用 ${p.types.join('、')} 之一(写在记录的 "type"、案件文件的 "type" 中,或用 --type)`,
  },
  notACase: {
    en: (p: { file: string; found: string; stdin: boolean }) =>
      `${p.file}: expected a case {case_id, type, records: [...]} or a list of records each with a type; found ${p.found}${p.stdin ? '; for CSV on standard input, pass --input-format csv' : ''}`,
    zh: (p) =>
      `${p.file}:应为一个案件 {case_id, type, records: [...]},或每条都有类型的记录列表;实为 ${p.found}${p.stdin ? ';标准输入为 CSV 时,请给出 --input-format csv' : ''}`,
  },
  invalidJson: {
    en: (p: { where: string; why: string }) => `${p.where}: invalid JSON: ${p.why}; fix the file or check it with a JSON validator`,
    zh: (p) => `${p.where}:JSON 无效:${p.why};请修改文件,或用 JSON 校验工具检查`,
  },
  notMapping: {
    en: (p: { where: string; found: string }) => `${p.where}: a record is a mapping of field: value; found ${p.found}`,
    zh: (p) => `${p.where}:一条记录应是“字段: 值”的映射;实为 ${p.found}`,
  },
});
