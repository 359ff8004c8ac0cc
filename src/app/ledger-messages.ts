/** What `ledger record` and `ledger void` say of a batch, in both languages (see i18n/messages.ts). */
import { catalogue, counted, type Message } from '../i18n/messages.js';
import type { BatchRow } from '../ledger/ledger.js';

/** Payments counted: "1 payment", "2 payments", "2 笔发放". */
export const PAYMENTS = { one: 'payment', zh: '笔发放' };

/** What a batch recorded before was: when, as of when, what it paid, and its void. */
const recorded = {
  en: (b: BatchRow) => `recorded ${b.recorded_at}, as of ${b.as_of}, ${counted(b.payments, 'en', PAYMENTS)}${b.voided_at ? `, voided ${b.voided_at}` : ''}`,
  zh: (b: BatchRow) => `记录于 ${b.recorded_at},截至 ${b.as_of},${counted(b.payments, 'zh', PAYMENTS)}${b.voided_at ? `,已于 ${b.voided_at} 作废` : ''}`,
};

/** What differs between a batch's inputs then and now, by what it is. */
const WHAT = {
  files: { en: 'files', zh: '文件' },
  asOf: { en: 'as of', zh: '截至日期' },
  rules: { en: 'rules', zh: '规则' },
  params: { en: 'parameters hash', zh: '参数哈希' },
} as const;

const notes = (list: readonly Message[], lang: 'en' | 'zh') => list.map((m) => (lang === 'zh' ? `;${m.text(lang)}` : `; ${m.text(lang)}`)).join('');

export const say = catalogue({
  already: {
    en: (p: { b: BatchRow; ledger: string; notes: readonly Message[] }) => `batch ${p.b.batch} is already in ledger ${p.ledger} (${recorded.en(p.b)}${notes(p.notes, 'en')}): nothing recorded`,
    zh: (p) => `批次 ${p.b.batch} 已在台账 ${p.ledger} 中(${recorded.zh(p.b)}${notes(p.notes, 'zh')}):未记录任何内容`,
  },
  otherInputs: {
    en: (p: { b: BatchRow; ledger: string; differs: readonly Message[] }) =>
      `batch ID ${p.b.batch} was used for other inputs in ledger ${p.ledger} (${recorded.en(p.b)}${notes(p.differs, 'en')}): nothing recorded; pick a new batch ID`,
    zh: (p) => `批次编号 ${p.b.batch} 已在台账 ${p.ledger} 中用于其他输入(${recorded.zh(p.b)}${notes(p.differs, 'zh')}):未记录任何内容;请另选批次编号`,
  },
  differ: {
    en: (p: { what: keyof typeof WHAT; then: string; now: string }) => `${WHAT[p.what].en} ${p.then} then, ${p.now} now`,
    zh: (p) => `${WHAT[p.what].zh}:当时 ${p.then},现在 ${p.now}`,
  },
  contentChanged: {
    en: (p: { file: string; then: string; now: string }) => `content of ${p.file} changed (SHA-256 ${p.then}… then, ${p.now}… now)`,
    zh: (p) => `${p.file} 的内容已变(SHA-256:当时 ${p.then}…,现在 ${p.now}…)`,
  },
  sameContent: {
    en: (p: { then: string; now: string }) => `files ${p.then} then, ${p.now} now: the same content`,
    zh: (p) => `文件:当时 ${p.then},现在 ${p.now},内容相同`,
  },
  readOptions: {
    en: (p: { then: string; now: string }) => `reading options: ${p.then || 'none'} then, ${p.now || 'none'} now`,
    zh: (p) => `读取选项:当时 ${p.then || '无'},现在 ${p.now || '无'}`,
  },
  namesOnly: {
    en: () => 'its files compared by name only, and not the options they were read with: it was recorded before subsidy kept the SHA-256 of each file and its reading options',
    zh: () => '只按文件名比较,未比较读取选项:记录该批次时 subsidy 尚未保存各文件的 SHA-256 及读取选项',
  },
  changedDuringRun: {
    en: (p: { file: string; then: string; now: string }) =>
      `${p.file} changed while it was evaluated (SHA-256 ${p.then}… before, ${p.now}… now): nothing recorded; record it again once the file is no longer being written`,
    zh: (p) => `${p.file} 在评估期间被改动(SHA-256:评估前 ${p.then}…,现在 ${p.now}…):未记录任何内容;请在该文件不再被写入后重新记录`,
  },
  noBatch: {
    en: (p: { batch: string }) => `no batch ${p.batch} in it: subsidy ledger batches lists them`,
    zh: (p) => `其中没有批次 ${p.batch}:subsidy ledger batches 可列出所有批次`,
  },
});
