/**
 * The summary sheet of a run's workbook: each program's count of every status and its amount
 * (grants and loans apart: loans are not part of the grant total), the record counts, for an
 * audit the items by verdict, then the invalid rows with their file:line and errors (the first
 * INVALID_LISTED of them, and how many more; --errors FILE writes them all).
 */
import { errorsIn } from '../../i18n/record-messages.js';
import type { AuditSummary } from '../../engine/audit.js';
import { VERDICTS } from '../../engine/audit.js';
import { eligibleFen, hasResults, type Summary } from '../../engine/summary.js';
import { STATUSES } from '../../engine/types.js';
import { STATUS_WORDS } from '../../i18n/describe.js';
import type { Lang } from '../../i18n/lang.js';
import type { RulesPack } from '../../rules/load.js';
import { VERDICT_WORDS, WORDS as AUDIT_WORDS } from '../formats/audit.js';
import { WORDS as TABLE_WORDS } from '../formats/table.js';
import type { InvalidRow } from '../formats/types.js';
import { maskErrors } from '../mask.js';
import { MONEY_FORMAT, typedCell } from './sheets.js';

type Book = import('exceljs').stream.xlsx.WorkbookWriter;
type Sheet = ReturnType<Book['addWorksheet']>;
type Cell = string | number | null;

/** How many invalid rows the summary sheet lists. */
export const INVALID_LISTED = 1000;

export const SHEET_NAMES = {
  results: { zh: '结果', en: 'results' },
  summary: { zh: '汇总', en: 'summary' },
  errors: { zh: '无效记录', en: 'invalid' },
  duplicates: { zh: '重复申领', en: 'duplicates' },
  errorsWord: { zh: '错误', en: 'errors' },
} satisfies Record<string, Record<Lang, string>>;

export interface SummaryInput {
  pack: RulesPack;
  lang: Lang;
  /** Mask ID numbers in the invalid rows' errors (--mask-ids). */
  mask: boolean;
  summary: Summary;
  invalid: readonly InvalidRow[];
}

/** Writes a row; numbers in the columns named in `money` get two decimals. */
function put(sheet: Sheet, cells: Cell[], o: { bold?: boolean; money?: number[] } = {}): void {
  const row = sheet.addRow(cells);
  if (o.bold) row.font = { bold: true };
  for (const i of o.money ?? []) if (typeof cells[i] === 'number') row.getCell(i + 1).numFmt = MONEY_FORMAT;
  row.commit();
}

export function summarySheet(book: Book, x: SummaryInput): void {
  const { lang, summary: s } = x;
  const t = (k: keyof typeof TABLE_WORDS) => TABLE_WORDS[k][lang];
  const sheet = book.addWorksheet(SHEET_NAMES.summary[lang]);
  sheet.columns = [{ width: 36 }, ...STATUSES.map(() => ({ width: 14 })), { width: 18 }, { width: 60 }];
  put(sheet, [t('totals')], { bold: true });
  put(sheet, [t('program'), ...STATUSES.map((st) => STATUS_WORDS[st][lang]), t('amount')], { bold: true });
  for (const p of x.pack.programs) {
    if (!hasResults(s, p.id)) continue;
    const loan = p.spec.kind === 'loan';
    const counts = s.by_program[p.id]!;
    put(sheet, [`${p.spec.name[lang]}${loan ? ` (${t('loan')})` : ''}`, ...STATUSES.map((st) => counts[st]), eligibleFen(s, p.id, loan) / 100], { money: [STATUSES.length + 1] });
  }
  put(sheet, []);
  put(sheet, [t('grants'), s.grants.total / 100], { bold: true, money: [1] });
  put(sheet, [t('loans'), s.loans.total / 100], { bold: true, money: [1] });
  put(sheet, [t('records'), s.records]);
  put(sheet, [t('evaluated'), s.evaluated]);
  put(sheet, [t('invalid'), s.invalid]);
  put(sheet, [SHEET_NAMES.duplicates[lang], s.duplicates]);
  if (s.audit) verdicts(sheet, s.audit, lang);
  invalidRows(sheet, x);
  sheet.commit();
}

/** An audit's items by verdict: count, claimed, computed and difference (grants; loans apart). */
function verdicts(sheet: Sheet, a: AuditSummary, lang: Lang): void {
  const w = (k: keyof typeof AUDIT_WORDS) => AUDIT_WORDS[k][lang];
  put(sheet, []);
  put(sheet, [w('byVerdict'), w('count'), w('claimed'), w('computed'), w('difference'), w('loanDifference')], { bold: true });
  for (const v of VERDICTS) {
    const b = a.by_verdict[v];
    put(sheet, [VERDICT_WORDS[v][lang], b.count, b.claimed / 100, b.computed / 100, b.difference / 100, b.loans.difference / 100], { money: [2, 3, 4, 5] });
  }
  const tot = a.total;
  put(sheet, [w('total'), tot.count, tot.claimed / 100, tot.computed / 100, tot.difference / 100, tot.loans.difference / 100], { bold: true, money: [2, 3, 4, 5] });
}

/** The invalid rows: file:line, case and errors, the errors cells white on red. */
function invalidRows(sheet: Sheet, x: SummaryInput): void {
  if (!x.invalid.length) return;
  const { lang } = x;
  const w = (k: keyof typeof AUDIT_WORDS) => AUDIT_WORDS[k][lang];
  put(sheet, []);
  put(sheet, [TABLE_WORDS.invalidRows[lang]], { bold: true });
  put(sheet, [w('file'), w('line'), w('case'), SHEET_NAMES.errorsWord[lang]], { bold: true });
  for (const r of x.invalid) {
    const errors = errorsIn(x.mask ? maskErrors(r.errors) : r.errors, lang).map((e) => `${e.field}: ${e.message}`).join('; ');
    const row = sheet.addRow([r.file, r.line ?? null, r.case_id ?? null, errors]);
    const style = typedCell('errors', errors);
    row.getCell(4).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: style.fill! } };
    row.getCell(4).font = { color: { argb: style.font! } };
    row.commit();
  }
  const more = x.summary.invalid - x.invalid.length;
  if (more > 0) put(sheet, [`… ${more} ${TABLE_WORDS.moreInvalid[lang]}`]);
}
