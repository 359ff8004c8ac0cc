/**
 * The audit as a table: the records with items that need attention (over, early, duplicate,
 * invalid, unverifiable; every item with --all), each with its reasons, then the totals by
 * verdict, by program and the cases of the largest differences.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { ATTENTION, VERDICTS, type AuditItem, type AuditSummary, type AuditTotals, type Verdict } from '../../engine/audit.js';
import { formatYuan, STATUS_WORDS } from '../../i18n/describe.js';
import type { Summary } from '../../engine/summary.js';
import type { EvaluatedRecord } from '../../engine/types.js';
import type { RulesPack } from '../../rules/load.js';
import { itemsWithReasons, nameOf, personOf, VERDICT_COLORS, VERDICT_WORDS, WORDS } from './audit.js';
import { sourceText } from '../../records/source.js';
import { count, LIST_SEPARATOR } from '../../i18n/messages.js';
import { countsTable, fits, fittedTable, fitsWrapped, tableOrBlocks, titleLine, wrapLine, type CountsRow } from './fit.js';
import { recordErrorLines } from './table.js';
import type { DocumentFormat, FormatOptions } from './types.js';

function verdictColor(color: ChalkInstance, v: Verdict): (s: string) => string {
  return v === 'invalid' ? color.bgRed.white : color[VERDICT_COLORS[v]];
}

const right = (content: string) => ({ content, hAlign: 'right' as const });
const signed = (fen: number | null) => (fen === null ? '—' : fen > 0 ? `+${formatYuan(fen)}` : formatYuan(fen));
const amount = (fen: number | null) => (fen === null ? '—' : formatYuan(fen));

/** An item to list: a claim whose verdict needs attention (a duplicate or undetermined program nobody claimed does not), or an invalid record's. */
const needsAttention = (item: AuditItem) => ATTENTION.has(item.verdict) && (item.claimed !== null || item.verdict === 'invalid');

/** What every part of the audit's table needs: the options, the rules, the colours and the words. */
interface View {
  o: FormatOptions;
  pack: RulesPack;
  color: ChalkInstance;
  /** A heading: table headings start with a capital, as evaluate's do; running text does not. */
  h: (k: keyof typeof WORDS) => string;
  w: (k: keyof typeof WORDS) => string;
  verdictWord: (v: Verdict) => string;
}

export function auditTableFormat(o: FormatOptions, pack: RulesPack): DocumentFormat {
  const color = new Chalk({ level: o.colorLevel });
  const v: View = {
    o,
    pack,
    color,
    h: (k) => WORDS[k][o.lang].replace(/^[a-z]/, (c) => c.toUpperCase()),
    w: (k) => WORDS[k][o.lang],
    verdictWord: (verdict) => verdictColor(color, verdict)(VERDICT_WORDS[verdict][o.lang]),
  };
  return {
    head: () => `${color.dim(`${pack.name} v${pack.version} · ${v.w('asOf')} ${o.asOf}`)}\n`,
    record: (rec) => record(v, rec),
    tail: (s) => tail(v, s),
  };
}

function title({ o, color }: View, rec: EvaluatedRecord): string {
  const person = [nameOf(rec, o.mask), personOf(rec, o.mask)].filter(Boolean).join(' ');
  return titleLine([rec.case_id, person].filter((p): p is string => !!p), color.dim(sourceText(rec.source, o.lang)), o.columns);
}

/** A record's items to list, with the table that lists them. */
function record(v: View, rec: EvaluatedRecord): string {
  const { o, pack, color, h, w, verdictWord } = v;
  const listed = itemsWithReasons(rec, pack, o.lang).filter(({ item }) => o.all || needsAttention(item));
  if (!listed.length) return '';
  const lines = ['', title(v, rec)];
  const nameOfProgram = (id: string) => pack.programs.find((p) => p.id === id)?.spec.name[o.lang] ?? id;
  const invalid = !rec.results;
  if (invalid) lines.push(...recordErrorLines(rec.errors, o.mask, color, o.lang, o.columns));
  // An invalid record: its claims, if any (its errors are the reason, above).
  const rows = listed
    .filter(({ item }) => !invalid || item.claimed !== null)
    .map(({ item, reason }) => [
      nameOfProgram(item.program),
      item.status === 'invalid' ? '—' : STATUS_WORDS[item.status][o.lang],
      amount(item.claimed),
      amount(item.computed),
      signed(item.difference),
      verdictWord(item.verdict),
      invalid ? '' : reason,
    ]);
  if (rows.length) {
    const head = [h('program'), h('status'), h('claimed'), h('computed'), h('difference'), h('verdict'), h('reason')];
    const cells = rows.map((row) => [row[0]!, row[1]!, right(row[2]!), right(row[3]!), right(row[4]!), row[5]!, row[6]!]);
    const whole = fitsWrapped(head, rows, o.columns, 6);
    lines.push(whole ? fittedTable(head, cells, o.columns, { wrap: 6, keep: new Set([2, 3, 4]) }) : itemLines(rows, w, o.columns).join('\n'));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A record's items for a terminal too narrow for their table (which would cut their program names,
 * amounts or headings): a line of the program, its status and verdict, one of the amounts, then the reason.
 */
function itemLines(rows: readonly string[][], w: View['w'], columns: number): string[] {
  return rows.flatMap(([program, status, claimed, computed, difference, verdict, reason]) => [
    ...wrapLine(`  ${program} · ${status} · ${verdict}`, columns, 4),
    ...wrapLine(`    ${w('claimed')} ${claimed} · ${w('computed')} ${computed} · ${w('difference')} ${difference}`, columns, 4),
    ...(reason ? wrapLine(`    ${reason}`, columns, 4) : []),
  ]);
}

/** The totals: by verdict, by program, the cases of the largest differences, then the counts. */
function tail(v: View, s: Summary): string {
  const { o, color, h, w } = v;
  const a = s.audit!;
  const invalid = s.invalid ? color.red(`${count(s.invalid)} ${w('invalid')}`) : `0 ${w('invalid')}`;
  return `${[
    '',
    ...wrapLine(o.all ? w('listedAll') : w('listed'), o.columns, 0).map((line) => color.dim(line)),
    '',
    color.bold(h('byVerdict')),
    byVerdict(v, a),
    '',
    color.bold(h('byProgram')),
    byProgram(v, a),
    ...byCase(v, a),
    `${h('records')}: ${count(s.records)} · ${w('audited')} ${count(s.evaluated)} · ${invalid} · ${w('duplicates')} ${count(s.duplicates)} · ${w('items')} ${count(a.items)} · ${w('asOf')} ${o.asOf}`,
  ].join('\n')}\n`;
}

function byVerdict({ o, color, h, verdictWord }: View, a: AuditSummary): string {
  const loans = VERDICTS.some((v) => a.by_verdict[v].loans.claimed || a.by_verdict[v].loans.computed);
  const head = [h('verdict'), h('count'), h('claimed'), h('computed'), h('difference'), ...(loans ? [h('loanDifference')] : [])];
  const row = (label: string, t: AuditTotals) => [label, right(count(t.count)), right(formatYuan(t.claimed)), right(formatYuan(t.computed)), right(signed(t.difference)), ...(loans ? [right(signed(t.loans.difference))] : [])];
  const rows = [...VERDICTS.map((v) => row(verdictWord(v), a.by_verdict[v])), row(color.bold(h('total')), a.total)];
  return tableOrBlocks(head, rows, o.columns);
}

/** Items by program: the count of each verdict found, and the difference (see countsTable). */
function byProgram({ o, pack, color, h }: View, a: AuditSummary): string {
  const found = VERDICTS.filter((v) => a.by_verdict[v].count > 0);
  const rows = pack.programs.flatMap((p): CountsRow[] => {
    const vs = a.by_program.get(p.id);
    if (!vs) return [];
    const diff = VERDICTS.reduce((sum, v) => sum + vs[v].difference + vs[v].loans.difference, 0);
    return [
      {
        name: p.spec.name[o.lang],
        id: p.id,
        counts: found.map((v) => right(count(vs[v].count))),
        listed: found.filter((v) => vs[v].count).map((v) => verdictColor(color, v)(`${VERDICT_WORDS[v][o.lang]} ${count(vs[v].count)}`)),
        last: right(signed(diff)),
      },
    ];
  });
  const verdicts = found.map((v) => VERDICT_WORDS[v][o.lang]);
  return countsTable([h('program'), h('items'), h('difference')], verdicts, rows, LIST_SEPARATOR[o.lang], o.columns);
}

function byCase({ o, color, h, w }: View, a: AuditSummary): string[] {
  const cases = [...a.by_case]
    .filter(([, t]) => t.difference !== 0 || [...ATTENTION, 'under' as const].some((v) => t.verdicts[v] > 0))
    .sort((x, y) => Math.abs(y[1].difference) - Math.abs(x[1].difference) || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .slice(0, 20);
  if (!cases.length) return [];
  const table = (shown: readonly Verdict[], columns = o.columns) => {
    const head = [o.lang === 'zh' ? w('case') : 'case_id', h('items'), ...shown.map((v) => VERDICT_WORDS[v][o.lang]), h('claimed'), h('computed'), h('difference')];
    const rows = cases.map(([id, t]) => [id || '—', right(count(t.count)), ...shown.map((v) => right(count(t.verdicts[v]))), right(formatYuan(t.claimed)), right(formatYuan(t.computed)), right(signed(t.difference))]);
    return tableOrBlocks(head, rows, columns);
  };
  // A narrow terminal loses the counts by verdict (they are in the totals above) before the table becomes blocks.
  const shown = VERDICTS.filter((v) => v !== 'match' && v !== 'unclaimed' && cases.some(([, t]) => t.verdicts[v] > 0));
  return ['', color.bold(`${h('byCase')} (${w('top')} ${cases.length})`), table(fits(table(shown, Infinity), o.columns) ? shown : [])];
}
