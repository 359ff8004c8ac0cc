/** What the library says of the arguments it is given, in both languages (see i18n/messages.ts). */
import { catalogue } from '../i18n/messages.js';
import { recordMessage } from '../records/messages-zh.js';

/** A text in both languages. */
type Texts = { en: string; zh: string };

export const say = catalogue({
  asOfRequired: {
    en: () => 'options.asOf is required: the evaluation date, YYYY-MM-DD (the library never reads the clock)',
    zh: () => '须给出 options.asOf:评估日期,YYYY-MM-DD(本库不读取时钟)',
  },
  /** A value that is refused for a reason a value parser gives (in English, translated as records' errors are). */
  badValue: {
    en: (p: { what: string; value: string; why: string }) => `${p.what} ${p.value}: ${p.why}`,
    zh: (p) => `${p.what} ${p.value}:${recordMessage(p.why, 'zh')}`,
  },
  oneOf: {
    en: (p: { what: string; value: string; choices: Texts }) => `${p.what} ${p.value}: use ${p.choices.en}`,
    zh: (p) => `${p.what} ${p.value}:请用 ${p.choices.zh}`,
  },
  expected: {
    en: (p: { what: string; value: string; expected: Texts }) => `${p.what} ${p.value}: expected ${p.expected.en}`,
    zh: (p) => `${p.what} ${p.value}:应为${p.expected.zh}`,
  },
  outsideYears: {
    en: (p: { date: string; months: number; first: number; last: number }) =>
      `addMonths(${p.date}, ${p.months}) would end outside the years of the calendar, ${p.first} to ${p.last}`,
    zh: (p) => `addMonths(${p.date}, ${p.months}) 的结果超出日历的年份范围(${p.first} 至 ${p.last} 年)`,
  },
  xlsxTemplate: {
    en: () =>
      'template: format "xlsx": a workbook is binary, and template gives text (csv, json or yaml); the command writes the workbook template: subsidy template TYPE --output FILE.xlsx',
    zh: () => 'template:format "xlsx":工作簿是二进制文件,template 只给出文本(csv、json 或 yaml);工作簿模板请用命令生成:subsidy template 类型 --output 文件.xlsx',
  },
});
