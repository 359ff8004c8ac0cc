/**
 * Tables for people: per record, each program's status, amount and a short reason,
 * coloured by status; ID numbers masked; totals at the end. CJK text stays aligned
 * (cli-table3 measures display width).
 */
import type { ChalkInstance } from 'chalk';
import { eligibleFen, hasResults, type Summary } from '../../engine/summary.js';
import { STATUSES, type Status } from '../../engine/types.js';
import { KIND_WORDS, STATUS_WORDS, describeCondition, formatYuan, shortReason, describeAmount } from '../../i18n/describe.js';
import { readingNotes, recordMessage } from '../../i18n/record-messages.js';
import type { Lang } from '../../i18n/lang.js';
import type { EvaluatedRecord } from '../../engine/types.js';
import { NAME_FIELD, PERSON_FIELD, TYPE_NAMES } from '../../records/fields.js';
import { sourceText } from '../../records/source.js';
import { paramDisplayValue } from '../../rules/params.js';
import { maskErrors, maskId } from '../mask.js';
import { count, LIST_SEPARATOR } from '../../i18n/messages.js';
import { countsTable, fittedTable, tableOrBlocks, titleLine, wrapLine, type CountsRow } from './fit.js';
import { Chalk } from 'chalk';
import { IN_EFFECT } from '../../rules/compile.js';
import type { RulesPack } from '../../rules/load.js';
import type { DocumentFormat, FormatOptions, TailExtras } from './types.js';

export const WORDS = {
  program: { zh: '项目', en: 'Program' },
  status: { zh: '结果', en: 'Status' },
  results: { zh: '结果数', en: 'Results' },
  amount: { zh: '金额(元)', en: 'Amount (yuan)' },
  reason: { zh: '理由', en: 'Reason' },
  loan: KIND_WORDS.loan,
  asOf: { zh: '评估日', en: 'as of' },
  params: { zh: '参数(非默认)', en: 'parameters (not default)' },
  totals: { zh: '合计', en: 'Totals' },
  grants: { zh: '补贴合计', en: 'grants total' },
  loans: { zh: '贷款合计(不计入补贴)', en: 'loans total (not part of grants)' },
  records: { zh: '记录', en: 'records' },
  evaluated: { zh: '已评估', en: 'evaluated' },
  invalid: { zh: '无效', en: 'invalid' },
  citation: { zh: '依据', en: 'citation' },
  byCase: { zh: '按案件合计', en: 'Totals by case' },
  top: { zh: '前', en: 'top' },
  case: { zh: '案件编号', en: 'case_id' },
  invalidRows: { zh: '无效记录', en: 'Invalid records' },
  moreInvalid: { zh: '条无效记录未列出;--errors 文件 可全部写出', en: 'more invalid records; --errors FILE writes them all' },
} satisfies Record<string, Record<Lang, string>>;

const right = (content: string) => ({ content, hAlign: 'right' as const });

const MARKS: Record<string, string> = { met: '✓', not_met: '✗', unknown: '?', pending: '…' };

type FieldErrorLike = { field: string; value: unknown; message: string };

/** A record's errors, a line each (`✗ field = "value": what is wrong`, wrapped to `columns`), ID numbers masked when asked. */
export function recordErrorLines(errors: readonly FieldErrorLike[], mask: boolean, color: ChalkInstance, lang: Lang, columns = Infinity): string[] {
  return (mask ? maskErrors(errors) : errors).flatMap((e) => {
    const value = e.value === null || e.value === undefined ? '' : ` = ${JSON.stringify(e.value)}`;
    return wrapLine(`  ${color.red('✗')} ${e.field}${value}: ${recordMessage(e.message, lang)}`, columns, 4);
  });
}

/** The colour of each status, in tables and (as cell fills) in workbooks: invalid is white on red. */
export const STATUS_COLORS = {
  eligible: 'green',
  pending: 'cyan',
  undetermined: 'yellow',
  ineligible: 'red',
  invalid: 'red',
} as const satisfies Record<Status | 'invalid', string>;

export function statusColor(color: ChalkInstance, status: Status | 'invalid'): (s: string) => string {
  return status === 'invalid' ? color.bgRed.white : color[STATUS_COLORS[status]];
}

/** What every part of a table needs: the options, the rules, the colours and the words. */
interface View {
  o: FormatOptions;
  pack: RulesPack;
  lang: Lang;
  color: ChalkInstance;
  w: (k: keyof typeof WORDS) => string;
}

export function tableFormat(o: FormatOptions, pack: RulesPack): DocumentFormat {
  const v: View = { o, pack, lang: o.lang, color: new Chalk({ level: o.colorLevel }), w: (k) => WORDS[k][o.lang] };
  return {
    head: () => headLine(v),
    record: (rec) => (o.summaryOnly ? '' : recordBlock(v, rec)),
    tail(s: Summary, extras: TailExtras) {
      const lines: string[] = [];
      const out = (text: string) => lines.push(text);
      if (o.summaryOnly) batchSections(v, s, extras, out);
      totals(v, s, out);
      return `${lines.join('\n')}\n`;
    },
  };
}

/** The rules, the evaluation date and the parameters not at their default. */
function headLine({ o, pack, color, w }: View): string {
  const changed = [...pack.params.values()].filter((p) => p.source !== 'pack');
  const params = changed.length
    ? ` · ${w('params')}: ${changed.map((p) => `${p.name}=${JSON.stringify(paramDisplayValue(p))}`).join(', ')}`
    : '';
  return `${color.dim(`${pack.name} v${pack.version} · ${w('asOf')} ${o.asOf}${params}`)}\n`;
}

/** A record's line of who and where: type, case, name and ID number, file and line. */
function title({ o, lang, color }: View, rec: EvaluatedRecord): string {
  const name = rec.raw[NAME_FIELD[rec.type]];
  const id = rec.raw[PERSON_FIELD[rec.type]];
  const parts = [
    color.bold(TYPE_NAMES[rec.type][lang]),
    rec.case_id ? color.bold(rec.case_id) : undefined,
    [name, typeof id === 'string' ? (o.mask ? maskId(id.trim()) : id.trim()) : undefined].filter(Boolean).join(' ') || undefined,
  ];
  return titleLine(parts.filter((p): p is string => !!p), color.dim(sourceText(rec.source, lang)), o.columns);
}

/** A record: its title, then its errors, or a row for each program (and with --explain, why). */
function recordBlock(v: View, rec: EvaluatedRecord): string {
  const { o, pack, lang, color, w } = v;
  const lines: string[] = ['', title(v, rec)];
  const out = (text: string) => lines.push(text);
  if (!rec.results) {
    out(`  ${statusColor(color, 'invalid')(` ${STATUS_WORDS.invalid[lang]} `)}`);
    lines.push(...recordErrorLines(rec.errors, o.mask, color, lang, o.columns));
    return `${lines.join('\n')}\n`;
  }
  const programs = pack.byType[rec.type];
  const head = [w('program'), w('status'), w('amount'), w('reason')];
  const rows = rec.results.map((r, i) => {
    const program = programs[i]!;
    const loan = r.kind === 'loan' ? ` ${color.dim(`(${w('loan')})`)}` : '';
    const amount = r.amount === null ? '—' : formatYuan(r.amount);
    return [
      program.spec.name[lang],
      statusColor(color, r.status)(STATUS_WORDS[r.status][lang]),
      `${amount}${loan}`,
      shortReason(program, r, lang, pack),
    ];
  });
  const cells = rows.map((row) => [row[0]!, row[1]!, { content: row[2]!, hAlign: 'right' as const }, row[3]!]);
  out(fittedTable(head, cells, o.columns, { wrap: 3, keep: new Set([1, 2]) }));
  if (o.explain) explain(v, rec, (text) => lines.push(...wrapLine(text, o.columns, 6)));
  return `${lines.join('\n')}\n`;
}

/** --explain: each program's conditions with their outcome, how the amount was reached, and the citation. */
function explain({ pack, lang, color, w }: View, rec: EvaluatedRecord, out: (text: string) => void): void {
  const programs = pack.byType[rec.type];
  for (const note of readingNotes(rec, pack.facts[rec.type], lang)) out(color.dim(`  ${note.field}: ${note.message}`));
  for (const [i, r] of rec.results!.entries()) {
    const program = programs[i]!;
    out(`  ${color.bold(program.spec.name[lang])} (${program.id}) — ${statusColor(color, r.status)(STATUS_WORDS[r.status][lang])}`);
    for (const c of r.conditions) {
      const spec = program.conditionSpecs.get(c.condition);
      const mark = c.outcome === 'met' ? color.green(MARKS.met) : c.outcome === 'not_met' ? color.red(MARKS.not_met) : color.yellow(MARKS[c.outcome]);
      const label = spec?.label[lang] ?? (c.condition === IN_EFFECT ? (lang === 'zh' ? '有效期' : 'in effect') : c.condition);
      out(`    ${mark} ${label}: ${describeCondition(program, c, lang, pack)}`);
    }
    if (r.duplicate_of) out(`    ${color.red(MARKS.not_met)} ${describeCondition(program, r.reasons[0]!, lang, pack)}`);
    const a = r.amount_rule;
    out(`    ${a.fen === null ? color.yellow('?') : color.green('¥')} ${describeAmount(program, a, lang, pack)}`);
    const cite = program.spec.citation;
    out(color.dim(`    ${w('citation')}: ${pack.spec.sources[cite.source]![lang]}`));
    out(color.dim(`      「${cite.text}」`));
    if (lang === 'en') out(color.dim(`      ${cite.gloss}`));
  }
}

/** With --summary-only: the totals of the largest cases, and the invalid records. */
function batchSections({ o, lang, color, w }: View, s: Summary, extras: TailExtras, out: (text: string) => void): void {
  if (extras.cases.length) {
    out('');
    out(color.bold(`${w('byCase')} (${w('top')} ${count(extras.cases.length)} / ${count(extras.casesCount)})`));
    const rows = extras.cases.map((c) => [c.case_id, right(count(c.records)), right(formatYuan(c.grants)), right(formatYuan(c.loans))]);
    out(tableOrBlocks([w('case'), w('records'), w('grants'), w('loans')], rows, o.columns));
  }
  if (extras.invalid.length) {
    out('');
    out(color.bold(color.red(w('invalidRows'))));
    for (const r of extras.invalid) {
      out(`${sourceText(r, lang)}${r.case_id ? ` · ${r.case_id}` : ''}`);
      for (const l of recordErrorLines(r.errors, o.mask, color, o.lang, o.columns)) out(l);
    }
    const more = s.invalid - extras.invalid.length;
    if (more > 0) out(color.dim(`… ${count(more)} ${w('moreInvalid')}`));
  }
}

/**
 * The counts of each status and the amounts, by program (see byProgram); then grants, loans and
 * records.
 */
function totals(v: View, s: Summary, out: (text: string) => void): void {
  const { o, color, w } = v;
  out('');
  out(color.bold(w('totals')));
  out(byProgram(v, s));
  out(`${w('grants')}: ${color.bold(formatYuan(s.grants.total))}`);
  out(`${w('loans')}: ${color.bold(formatYuan(s.loans.total))}`);
  const invalid = s.invalid ? color.red(`${count(s.invalid)} ${w('invalid')}`) : `0 ${w('invalid')}`;
  out(`${w('records')}: ${count(s.records)} · ${w('evaluated')} ${count(s.evaluated)} · ${invalid} · ${w('asOf')} ${o.asOf}`);
}

/**
 * The totals table: a row for each program with results, its counts by status and its amount;
 * the statuses as columns where they fit whole (see countsTable).
 */
function byProgram({ o, pack, lang, color, w }: View, s: Summary): string {
  const rows = pack.programs
    .filter((p) => hasResults(s, p.id))
    .map((p): CountsRow => {
      const counts = s.by_program[p.id]!;
      const loan = p.spec.kind === 'loan' ? ` ${color.dim(`(${w('loan')})`)}` : '';
      return {
        name: p.spec.name[lang],
        id: p.id,
        counts: STATUSES.map((st) => right(counts[st] ? statusColor(color, st)(count(counts[st])) : color.dim('0'))),
        listed: STATUSES.filter((st) => counts[st]).map((st) => statusColor(color, st)(`${STATUS_WORDS[st][lang]} ${count(counts[st])}`)),
        last: right(`${formatYuan(eligibleFen(s, p.id, p.spec.kind === 'loan'))}${loan}`),
      };
    });
  const statuses = STATUSES.map((st) => STATUS_WORDS[st][lang]);
  return countsTable([w('program'), w('results'), w('amount')], statuses, rows, LIST_SEPARATOR[lang], o.columns);
}
