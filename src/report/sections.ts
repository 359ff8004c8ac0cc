/**
 * The report's tables, as HTML: numbers right-aligned with thousands separators, amounts in
 * yuan, grants and loans apart, statuses and verdicts in the colours of the terminal.
 */
import { VERDICTS, type AuditTotals } from '../engine/audit.js';
import type { ClaimRef } from '../engine/types.js';
import { STATUSES } from '../engine/types.js';
import { formatCount, formatYuan, STATUS_WORDS } from '../i18n/describe.js';
import { errorsIn } from '../i18n/record-messages.js';
import { VERDICT_WORDS } from '../io/formats/audit.js';
import { maskErrors } from '../io/mask.js';
import { sourceText } from '../records/source.js';
import { eligibleOf, pendingByProgram } from './charts.js';
import type { ReportData, ReportProgram } from './data.js';
import { reportWord, type ReportWord } from './words.js';

/** Text made safe for HTML, in content and in quoted attributes. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

type Cell = { html: string; num?: boolean; cls?: string };
const text = (t: string, cls?: string): Cell => ({ html: esc(t), ...(cls ? { cls } : {}) });
const num = (n: number): Cell => ({ html: formatCount(n), num: true });
const money = (fen: number): Cell => ({ html: formatYuan(fen), num: true });
const signed = (fen: number): Cell => ({ html: `${fen > 0 ? '+' : ''}${formatYuan(fen)}`, num: true, ...(fen > 0 ? { cls: 'over' } : fen < 0 ? { cls: 'under' } : {}) });

/** A table: its headers (numeric columns right-aligned, as their cells), rows, and footer rows. */
export function table(head: readonly Cell[], rows: readonly Cell[][], foot: readonly Cell[][] = [], id?: string): string {
  const cell = (tag: string, c: Cell) => `<${tag}${c.num || c.cls ? ` class="${[c.num ? 'num' : '', c.cls ?? ''].join(' ').trim()}"` : ''}>${c.html}</${tag}>`;
  const row = (tag: string) => (cells: readonly Cell[]) => `<tr>${cells.map((c) => cell(tag, c)).join('')}</tr>`;
  const tfoot = foot.length ? `<tfoot>${foot.map(row('td')).join('')}</tfoot>` : '';
  return `<table${id ? ` id="${id}"` : ''}><thead>${row('th')(head)}</thead><tbody>${rows.map(row('td')).join('')}</tbody>${tfoot}</table>`;
}

const heads = (d: ReportData, keys: readonly ReportWord[], numeric: number) => keys.map((k, i) => ({ html: esc(reportWord(d.lang, k)), num: i >= keys.length - numeric }));

/** Programs by status: counts of each status, then eligible and pending amounts; a total row. */
export function programTable(d: ReportData, programs: readonly ReportProgram[], id: string): string {
  const pending = pendingByProgram(d);
  const statusHeads = STATUSES.map((st) => ({ html: `<span class="dot ${st}"></span>${esc(STATUS_WORDS[st][d.lang])}`, num: true }));
  const head = [{ html: esc(reportWord(d.lang, 'program')) }, ...statusHeads, ...heads(d, ['eligibleAmount', 'pendingAmount'], 2)];
  const counts = (p: ReportProgram) => d.summary.by_program[p.id] ?? { eligible: 0, pending: 0, undetermined: 0, ineligible: 0 };
  const rows = programs.map((p) => [text(p.name), ...STATUSES.map((st) => num(counts(p)[st])), money(eligibleOf(d, p)), money(pending.get(p.id) ?? 0)]);
  const sum = (f: (p: ReportProgram) => number) => programs.reduce((n, p) => n + f(p), 0);
  const foot = [[text(reportWord(d.lang, 'total')), ...STATUSES.map((st) => num(sum((p) => counts(p)[st]))), money(sum((p) => eligibleOf(d, p))), money(sum((p) => pending.get(p.id) ?? 0))]];
  return table(head, rows, foot, id);
}

/** Pending results by month: count, grants and loans apart. */
export function pendingTable(d: ReportData): string {
  const byMonth = d.summary.pending_by_month ?? {};
  const loan = new Set(d.programs.filter((p) => p.loan).map((p) => p.id));
  const rows = Object.entries(byMonth).map(([month, programs]) => {
    const all = Object.entries(programs);
    const sum = (loans: boolean) => all.reduce((n, [id, p]) => (loan.has(id) === loans ? n + p.amount : n), 0);
    return [text(month), num(all.reduce((n, [, p]) => n + p.count, 0)), money(sum(false)), money(sum(true))];
  });
  return table(heads(d, ['month', 'count', 'grantsCol', 'loansCol'], 3), rows, [], 'pending-months');
}

/** The largest cases. */
export function casesTable(d: ReportData): string {
  const rows = d.cases.map((c) => [c.case_id ? text(c.case_id) : text(reportWord(d.lang, 'noCase'), 'muted'), text(c.agency ?? ''), num(c.records), money(c.grants), money(c.loans)]);
  return shownOf(d, d.cases.length, d.casesCount) + table(heads(d, ['case', 'agency', 'recordsCol', 'grantsCol', 'loansCol'], 3), rows, [], 'top-cases');
}

/** The largest agencies. */
export function agenciesTable(d: ReportData): string {
  if (!d.agencies.length) return `<p class="muted">${esc(reportWord(d.lang, 'noneAgencies'))}</p>`;
  const rows = d.agencies.map((a) => [text(a.agency), num(a.cases), num(a.records), money(a.grants), money(a.loans)]);
  return shownOf(d, d.agencies.length, d.agenciesCount) + table(heads(d, ['agency', 'cases', 'recordsCol', 'grantsCol', 'loansCol'], 4), rows, [], 'top-agencies');
}

const where = (file: string, line?: number) => `${file}${line ? `:${line}` : ''}`;

/** The first invalid rows, each with its errors (in the report's language, as the other outputs give them). */
export function invalidTable(d: ReportData): string {
  if (!d.summary.invalid) return `<p class="muted">${esc(reportWord(d.lang, 'noneInvalid'))}</p>`;
  const rows = d.invalid.map((r) => {
    const errors = errorsIn(d.mask ? maskErrors(r.errors) : r.errors, d.lang).map((e) => {
      const value = e.value === null || e.value === undefined || e.value === '' ? '' : ` = <code>${esc(JSON.stringify(e.value))}</code>`;
      return `<li><b>${esc(e.field)}</b>${value}: ${esc(e.message)}</li>`;
    });
    return [text(sourceText(r, d.lang), 'mono'), text(r.case_id ?? ''), { html: `<ul class="errors">${errors.join('')}</ul>` }];
  });
  return shownOf(d, d.invalid.length, d.summary.invalid) + table(heads(d, ['where', 'case', 'errors'], 0), rows, [], 'invalid-rows');
}

const firstClaim = (d: ReportData, f: ClaimRef) => `${where(f.file, f.line)}${f.case_id ? ` · ${f.case_id}` : ''}${f.batch !== undefined ? ` (${reportWord(d.lang, 'alreadyPaid')}${f.paid_on ? ` ${f.paid_on}` : ''})` : ''}`;

/** The first records that repeat claims, with the claims they repeat. */
export function duplicatesTable(d: ReportData): string {
  if (!d.duplicatesCount) return `<p class="muted">${esc(reportWord(d.lang, 'noneDuplicates'))}</p>`;
  const name = (id: string) => d.programs.find((p) => p.id === id)?.name ?? id;
  const rows = d.duplicates.map((r) => [
    text(where(r.file, r.line), 'mono'),
    text(r.case_id ?? ''),
    { html: r.programs.map((p) => esc(name(p.program))).join('<br>') },
    { html: r.programs.map((p) => `<span class="mono">${esc(firstClaim(d, p.first))}</span>`).join('<br>') },
  ]);
  return shownOf(d, d.duplicates.length, d.duplicatesCount) + table(heads(d, ['where', 'case', 'programs', 'firstClaim'], 0), rows, [], 'duplicate-rows');
}

/** The audit's verdicts: items, claimed, computed and difference (grants; loans apart, when there are any). */
export function verdictTable(d: ReportData): string {
  const a = d.summary.audit!;
  const loans = VERDICTS.some((v) => a.by_verdict[v].loans.claimed || a.by_verdict[v].loans.computed);
  const row = (label: Cell, t: AuditTotals): Cell[] => [
    label,
    num(t.count),
    money(t.claimed),
    money(t.computed),
    signed(t.difference),
    ...(loans ? [money(t.loans.claimed), money(t.loans.computed), signed(t.loans.difference)] : []),
  ];
  const rows = VERDICTS.map((v) => row({ html: `<span class="dot v-${v}"></span>${esc(VERDICT_WORDS[v][d.lang])}` }, a.by_verdict[v]));
  const foot = [row(text(reportWord(d.lang, 'total')), a.total)];
  const words: ReportWord[] = ['verdict', 'items', 'claimed', 'computed', 'difference', ...(loans ? (['loanClaimed', 'loanComputed', 'loanDifference'] as const) : [])];
  return table(heads(d, words, words.length - 1), rows, foot, 'verdicts');
}

/** The audited cases with the largest differences. */
export function differencesTable(d: ReportData): string {
  if (!d.differences.length) return `<p class="muted">${esc(reportWord(d.lang, 'noDifferences'))}</p>`;
  const rows = d.differences.map(([id, c]) => {
    const verdicts = VERDICTS.filter((v) => v !== 'match' && c.verdicts[v] > 0).map((v) => `<span class="tag v-${v}">${esc(VERDICT_WORDS[v][d.lang])} ${formatCount(c.verdicts[v])}</span>`);
    return [id ? text(id) : text(reportWord(d.lang, 'noCase'), 'muted'), num(c.count), money(c.claimed), money(c.computed), signed(c.difference), signed(c.loans.difference), { html: verdicts.join(' ') }];
  });
  return table(heads(d, ['case', 'items', 'claimed', 'computed', 'difference', 'loanDifference', 'verdicts'], 0).map((h, i) => ({ ...h, num: i >= 1 && i <= 5 })), rows, [], 'largest-differences');
}

/** "The first 10 of 1,234", when not every one is listed. */
function shownOf(d: ReportData, shown: number, total: number): string {
  return shown < total ? `<p class="muted">${esc(reportWord(d.lang, 'shown', { shown: formatCount(shown), total: formatCount(total) }))}</p>` : '';
}
