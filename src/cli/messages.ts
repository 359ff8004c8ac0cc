/** What the command line says of its options and arguments, in both languages (see i18n/messages.ts). */
import { recordMessage } from '../i18n/record-messages.js';
import { catalogue } from '../i18n/messages.js';

const list = (items: readonly string[], zh: boolean) => items.join(zh ? '、' : ', ');

export const say = catalogue({
  badOptionValue: {
    en: (p: { flag: string; value: string; why: string }) => `${p.flag} ${p.value}: ${p.why}`,
    zh: (p) => `${p.flag} ${p.value}:${recordMessage(p.why, 'zh')}`,
  },
  oneOf: {
    en: (p: { flag: string; value: string; allowed: readonly string[] }) => `${p.flag} ${p.value}: use one of ${list(p.allowed, false)}`,
    zh: (p) => `${p.flag} ${p.value}:请用 ${list(p.allowed, true)} 之一`,
  },
  anyOf: {
    en: (p: { flag: string; value: string; allowed: readonly string[] }) => `${p.flag} ${p.value}: use any of ${list(p.allowed, false)}, comma-separated`,
    zh: (p) => `${p.flag} ${p.value}:请用 ${list(p.allowed, true)} 中的任意几项,以逗号分隔`,
  },
  wholeNumber: {
    en: (p: { flag: string; value: string; from: number; to: number }) => `${p.flag} ${p.value}: use a whole number from ${p.from} to ${p.to}`,
    zh: (p) => `${p.flag} ${p.value}:请用 ${p.from} 到 ${p.to} 之间的整数`,
  },
  workbookName: {
    en: (p: { format: string; output: string }) =>
      p.format === 'xlsx'
        ? `--format xlsx with --output ${p.output}: a workbook is written to a file named .xlsx; name it so`
        : `--format ${p.format} with --output ${p.output}: a .xlsx file is a workbook, which ${p.format} output is not; give --format xlsx, or another name`,
    zh: (p) =>
      p.format === 'xlsx'
        ? `--format xlsx 与 --output ${p.output}:工作簿要写入以 .xlsx 结尾的文件;请这样命名`
        : `--format ${p.format} 与 --output ${p.output}:.xlsx 文件是工作簿,而 ${p.format} 输出不是;请用 --format xlsx,或换一个文件名`,
  },
  outputFormatUnknown: {
    en: (p: { output: string; allowed: readonly string[] }) => `--output ${p.output}: cannot tell the format from the name; give --format ${p.allowed.join('|')}`,
    zh: (p) => `--output ${p.output}:无法从文件名判断格式;请给出 --format ${p.allowed.join('|')}`,
  },
  noLedger: {
    en: () => 'no ledger: give --ledger FILE (SQLite) or --ledger postgres://…, or set SUBSIDY_LEDGER',
    zh: () => '没有台账:请给出 --ledger 文件(SQLite)或 --ledger postgres://…,或设置 SUBSIDY_LEDGER',
  },
  emptyLedger: {
    en: () => '--ledger: give a file (SQLite) or postgres://…; an empty value names no ledger',
    zh: () => '--ledger:请给出文件(SQLite)或 postgres://…;空值不指向任何台账',
  },
  blankLedgerVariable: {
    en: () => 'SUBSIDY_LEDGER is blank (only spaces): set it to a file (SQLite) or postgres://…, or unset it (or make it empty) to use no ledger',
    zh: () => 'SUBSIDY_LEDGER 为空白(只有空格):请设为文件(SQLite)或 postgres://…,或取消设置(或设为空)以不使用台账',
  },
  recordOutputUnknown: {
    en: (p: { output: string; extensions: readonly string[] }) => `--output ${p.output}: cannot tell the format from the name; ledger record writes the evaluation by extension: name it ${p.extensions.join(', ')}`,
    zh: (p) => `--output ${p.output}:无法从文件名判断格式;ledger record 按扩展名写出评估结果:请把文件命名为 ${p.extensions.join('、')} 结尾`,
  },
  fromAfterTo: {
    en: (p: { from: string; to: string }) => `--from ${p.from} is after --to ${p.to}: nothing could match`,
    zh: (p) => `--from ${p.from} 晚于 --to ${p.to}:不会有任何匹配`,
  },
  emptyBatch: {
    en: () => '--batch: give a batch ID, such as 2020-02',
    zh: () => '--batch:请给出批次号,例如 2020-02',
  },
  paramsUnreadable: {
    en: (p: { path: string; why: string }) => `--params ${p.path}: cannot read it (${p.why}); check the path`,
    zh: (p) => `--params ${p.path}:无法读取(${p.why});请检查路径`,
  },
  paramsNotJson: {
    en: (p: { path: string; why: string }) => `--params ${p.path}: not valid JSON: ${p.why}`,
    zh: (p) => `--params ${p.path}:不是有效的 JSON:${p.why}`,
  },
  paramsNotYaml: {
    en: (p: { path: string; line: number; col: number; why: string }) => `--params ${p.path}:${p.line}:${p.col}: not valid YAML (${p.why}); fix the file there`,
    zh: (p) => `--params ${p.path}:${p.line}:${p.col}:不是有效的 YAML(${p.why});请在该处修改文件`,
  },
  seeHelp: {
    en: (p: { command: string }) => `(see subsidy ${p.command}--help)`,
    zh: (p) => `(参见 subsidy ${p.command}--help)`,
  },
  unexpected: {
    en: (p: { why: string }) => `unexpected error: ${p.why}`,
    zh: (p) => `意外错误:${p.why}`,
  },
  reportIt: {
    en: () => 'run again with --debug for the stack trace, and report it',
    zh: () => '请加 --debug 再运行一次以取得调用栈,并报告此问题',
  },
});
