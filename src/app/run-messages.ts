/**
 * What a run says on standard error as it goes and when it ends: the progress line, the summary,
 * what --fail-on found. In both languages, counts with thousands separators (see i18n/messages.ts).
 */
import { catalogue, count, counted } from '../i18n/messages.js';

interface Counts {
  records: number;
  evaluated: number;
  invalid: number;
  duplicates: number;
}

const RECORD = { one: 'record', zh: '条记录' };
const dupEn = (n: number) => (n ? `, ${counted(n, 'en', { one: 'duplicate claim', zh: '' })}` : '');
const dupZh = (n: number) => (n ? `,${count(n)} 项重复申领` : '');

export const say = catalogue({
  summary: {
    en: (p: Counts & { grants: string; loans: string }) =>
      `${counted(p.records, 'en', RECORD)}: ${count(p.evaluated)} evaluated, ${count(p.invalid)} invalid${dupEn(p.duplicates)}; grants ${p.grants} yuan, loans ${p.loans} yuan`,
    zh: (p) => `${count(p.records)} 条记录:${count(p.evaluated)} 条已评估,${count(p.invalid)} 条无效${dupZh(p.duplicates)};补贴合计 ${p.grants} 元,贷款合计 ${p.loans} 元`,
  },
  auditSummary: {
    en: (p: Counts & { items: number; verdicts: { count: number; en: string; zh: string }[]; claimed: string; computed: string }) =>
      `${counted(p.records, 'en', RECORD)}: ${count(p.evaluated)} audited, ${count(p.invalid)} invalid${dupEn(p.duplicates)}; ${counted(p.items, 'en', { one: 'item', zh: '' })}: ${p.verdicts
        .map((v) => `${count(v.count)} ${v.en}`)
        .join(', ')}; claimed ${p.claimed} yuan, computed ${p.computed} yuan`,
    zh: (p) =>
      `${count(p.records)} 条记录:${count(p.evaluated)} 条已核对,${count(p.invalid)} 条无效${dupZh(p.duplicates)};核对 ${count(p.items)} 项:${p.verdicts
        .map((v) => `${v.zh} ${count(v.count)}`)
        .join(',')};申领合计 ${p.claimed} 元,核定合计 ${p.computed} 元`,
  },
  moreInvalid: {
    en: (p: { errors: string | undefined }) => `… and more invalid records${p.errors ? `: all are in ${p.errors}` : '; --errors FILE writes them all'}`,
    zh: (p) => `……还有更多无效记录${p.errors ? `:全部在 ${p.errors} 中` : ';--errors 文件 可全部写出'}`,
  },
  failOnFound: {
    en: (p: { found: readonly string[] }) => `--fail-on: found ${p.found.join(', ')}`,
    zh: (p) => `--fail-on:发现 ${p.found.join('、')}`,
  },
  progressRows: {
    en: (p: { rows: number; rate: number }) => `${counted(p.rows, 'en', { one: 'row', zh: '' })} · ${count(p.rate)} rows/s`,
    zh: (p) => `${count(p.rows)} 行 · 每秒 ${count(p.rate)} 行`,
  },
  firstPass: {
    en: () => 'first pass, for repeated ID numbers',
    zh: () => '首遍读取,查找重复的身份证号',
  },
});
