/**
 * Audit output: one item per program result that was claimed, or that gives money nobody
 * claimed — claimed, computed, difference, verdict — then totals by verdict, by program and
 * by case. The same four formats as evaluate.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { VERDICTS, type AuditItem, type AuditSummary, type AuditTotals, type Verdict } from '../../engine/audit.js';
import type { Summary } from '../../engine/summary.js';
import type { ClaimRef } from '../../engine/claims.js';
import { formatYuan, STATUS_WORDS } from '../../i18n/describe.js';
import type { Lang } from '../../i18n/lang.js';
import type { EvaluatedRecord } from '../../pipeline.js';
import { NAME_FIELD, PERSON_FIELD } from '../../records/fields.js';
import { fenToYuan, formatFen } from '../../records/values.js';
import type { RulesPack } from '../../rules/load.js';
import { maskId } from '../mask.js';
import { rulesJson } from '../present.js';
import { csvCell, csvLine } from './csv.js';
import { plainTable } from './plain-table.js';
import type { DocumentFormat, FormatOptions } from './types.js';

export const VERDICT_WORDS: Record<Verdict, Record<Lang, string>> = {
  match: { zh: '一致', en: 'match' },
  over: { zh: '多报', en: 'over' },
  under: { zh: '少报', en: 'under' },
  unclaimed: { zh: '未申领', en: 'unclaimed' },
  unverifiable: { zh: '无法核对', en: 'unverifiable' },
};

const WORDS = {
  file: { zh: '文件', en: 'file' },
  line: { zh: '行', en: 'line' },
  case: { zh: '案件编号', en: 'case_id' },
  type: { zh: '类型', en: 'type' },
  person: { zh: '身份证号', en: 'person_id' },
  program: { zh: '项目', en: 'program' },
  status: { zh: '结果', en: 'status' },
  claimed: { zh: '申领金额', en: 'claimed' },
  computed: { zh: '核定金额', en: 'computed' },
  difference: { zh: '差额', en: 'difference' },
  verdict: { zh: '结论', en: 'verdict' },
  duplicate: { zh: '重复申领', en: 'duplicate_of' },
  record: { zh: '记录', en: 'record' },
  items: { zh: '核对项', en: 'items' },
  count: { zh: '项数', en: 'count' },
  byVerdict: { zh: '按结论', en: 'By verdict' },
  byProgram: { zh: '按项目', en: 'By program' },
  byCase: { zh: '差额最大的案件', en: 'Cases with the largest differences' },
  top: { zh: '前', en: 'top' },
  records: { zh: '记录', en: 'records' },
  evaluated: { zh: '已评估', en: 'evaluated' },
  invalid: { zh: '无效', en: 'invalid' },
  duplicates: { zh: '重复申领', en: 'duplicates' },
  asOf: { zh: '评估日', en: 'as of' },
  loanDifference: { zh: '贷款差额(不计入补贴)', en: 'loan difference (not grants)' },
} satisfies Record<string, Record<Lang, string>>;

const yuan = (fen: number | null) => (fen === null ? null : fenToYuan(fen));

function personOf(rec: EvaluatedRecord, mask: boolean): string | null {
  const id = rec.raw[PERSON_FIELD[rec.type]];
  if (typeof id !== 'string' || !id.trim()) return null;
  return mask ? maskId(id.trim()) : id.trim();
}

function itemJson(rec: EvaluatedRecord, item: AuditItem, mask: boolean): Record<string, unknown> {
  return {
    source: rec.source,
    case_id: rec.case_id,
    type: rec.type,
    person_id: personOf(rec, mask),
    program: item.program,
    kind: item.kind,
    status: item.status,
    claimed: yuan(item.claimed),
    computed: yuan(item.computed),
    difference: yuan(item.difference),
    verdict: item.verdict,
    ...(item.eligible_on ? { eligible_on: item.eligible_on } : {}),
    ...(item.duplicate_of ? { duplicate_of: item.duplicate_of } : {}),
  };
}

function totalsJson(t: AuditTotals) {
  const sums = (x: { claimed: number; computed: number; difference: number }) => ({
    claimed: fenToYuan(x.claimed),
    computed: fenToYuan(x.computed),
    difference: fenToYuan(x.difference),
  });
  return { count: t.count, ...sums(t), loans: sums(t.loans) };
}

export function auditSummaryJson(a: AuditSummary) {
  return {
    items: a.items,
    by_verdict: Object.fromEntries(VERDICTS.map((v) => [v, totalsJson(a.by_verdict[v])])),
    by_program: Object.fromEntries(Object.entries(a.by_program).map(([p, vs]) => [p, Object.fromEntries(VERDICTS.map((v) => [v, totalsJson(vs[v])]))])),
    by_case: Object.fromEntries(Object.entries(a.by_case).map(([id, t]) => [id, { ...totalsJson(t), over: t.over, under: t.under, unverifiable: t.unverifiable }])),
  };
}

function runJson(s: Summary) {
  return { records: s.records, evaluated: s.evaluated, invalid: s.invalid, duplicates: s.duplicates, files: s.files };
}

const indent = (json: string, pad: string) => json.replace(/\n/g, `\n${pad}`);

export function auditJsonFormat(o: FormatOptions, pack: RulesPack): DocumentFormat {
  return {
    head: () => `{\n  "as_of": ${JSON.stringify(o.asOf)},\n  "rules": ${indent(JSON.stringify(rulesJson(pack), null, 2), '  ')},\n  "items": [`,
    record: (rec) => (rec.audit ?? []).map((item) => `,\n    ${indent(JSON.stringify(itemJson(rec, item, o.mask), null, 2), '    ')}`).join(''),
    tail: (s) => `\n  ],\n  "summary": ${indent(JSON.stringify({ ...auditSummaryJson(s.audit!), ...runJson(s) }, null, 2), '  ')}\n}\n`,
  };
}

export function auditNdjsonFormat(o: FormatOptions): DocumentFormat {
  return {
    head: () => '',
    record: (rec) => (rec.audit ?? []).map((item) => `${JSON.stringify({ as_of: o.asOf, ...itemJson(rec, item, o.mask) })}\n`).join(''),
    tail: () => '',
  };
}

export function auditCsvFormat(o: FormatOptions): DocumentFormat {
  const w = (k: keyof typeof WORDS) => WORDS[k][o.lang];
  const money = (fen: number | null) => (fen === null ? '' : formatFen(fen));
  return {
    head: () =>
      `${o.bom ? '\uFEFF' : ''}${csvLine([w('file'), w('line'), w('case'), w('type'), w('person'), w('program'), w('status'), w('claimed'), w('computed'), w('difference'), w('verdict'), w('duplicate')])}`,
    record(rec) {
      let out = '';
      for (const item of rec.audit ?? []) {
        const first = item.duplicate_of ? `${item.duplicate_of.file}${item.duplicate_of.line ? `:${item.duplicate_of.line}` : ''}` : '';
        out += [
          csvCell(rec.source.file),
          String(rec.source.line ?? ''),
          csvCell(rec.case_id ?? ''),
          rec.type,
          csvCell(personOf(rec, o.mask) ?? ''),
          item.program,
          item.status,
          money(item.claimed),
          money(item.computed),
          money(item.difference),
          item.verdict,
          csvCell(first),
        ].join(',');
        out += '\n';
      }
      return out;
    },
    tail: () => '',
  };
}

function verdictColor(color: ChalkInstance, v: Verdict): (s: string) => string {
  return v === 'match' ? color.green : v === 'over' ? color.red : v === 'under' ? color.yellow : v === 'unclaimed' ? color.cyan : color.dim;
}

const plain = (head: string[]) => plainTable(head);
const right = (content: string) => ({ content, hAlign: 'right' as const });
const signed = (fen: number | null) => (fen === null ? '—' : fen > 0 ? `+${formatYuan(fen)}` : formatYuan(fen));

export function auditTableFormat(o: FormatOptions, pack: RulesPack): DocumentFormat {
  const color = new Chalk({ level: o.colorLevel });
  // Table headings start with a capital, as evaluate's do; running text does not.
  const h = (k: keyof typeof WORDS) => WORDS[k][o.lang].replace(/^[a-z]/, (c) => c.toUpperCase());
  const w = (k: keyof typeof WORDS) => WORDS[k][o.lang];
  const duplicateOf = (first: ClaimRef) =>
    `${o.lang === 'zh' ? '重复,首次申领于' : 'duplicate of'} ${first.file}${first.line ? `:${first.line}` : ''}${first.case_id ? ` (${first.case_id})` : ''}`;
  const nameOf = (id: string) => pack.programs.find((p) => p.id === id)?.spec.name[o.lang] ?? id;
  return {
    head: () => `${color.dim(`${pack.name} v${pack.version} · ${w('asOf')} ${o.asOf}`)}\n`,
    record(rec) {
      if (o.summaryOnly || !rec.audit?.length) return '';
      const table = plain([h('program'), h('status'), h('claimed'), h('computed'), h('difference'), h('verdict')]);
      for (const item of rec.audit) {
        const verdict = verdictColor(color, item.verdict)(VERDICT_WORDS[item.verdict][o.lang]);
        table.push([
          nameOf(item.program),
          STATUS_WORDS[item.status][o.lang],
          right(item.claimed === null ? '—' : formatYuan(item.claimed)),
          right(item.computed === null ? '—' : formatYuan(item.computed)),
          right(signed(item.difference)),
          item.duplicate_of ? `${verdict} · ${duplicateOf(item.duplicate_of)}` : verdict,
        ]);
      }
      const person = [rec.raw[NAME_FIELD[rec.type]], personOf(rec, o.mask)].filter(Boolean).join(' ');
      const title = [rec.case_id, person, color.dim(`${rec.source.file}${rec.source.line ? `:${rec.source.line}` : ''}`)].filter(Boolean).join(' · ');
      return `\n${title}\n${table.toString()}\n`;
    },
    tail(s) {
      const a = s.audit!;
      const lines: string[] = ['', color.bold(h('byVerdict'))];
      const loans = VERDICTS.some((v) => a.by_verdict[v].loans.claimed || a.by_verdict[v].loans.computed);
      const verdicts = plain([h('verdict'), h('count'), h('claimed'), h('computed'), h('difference'), ...(loans ? [h('loanDifference')] : [])]);
      for (const v of VERDICTS) {
        const t = a.by_verdict[v];
        verdicts.push([
          verdictColor(color, v)(VERDICT_WORDS[v][o.lang]),
          right(String(t.count)),
          right(formatYuan(t.claimed)),
          right(formatYuan(t.computed)),
          right(signed(t.difference)),
          ...(loans ? [right(signed(t.loans.difference))] : []),
        ]);
      }
      lines.push(verdicts.toString(), '', color.bold(h('byProgram')));
      const programs = plain([h('program'), ...VERDICTS.map((v) => VERDICT_WORDS[v][o.lang]), h('difference')]);
      for (const p of pack.programs) {
        const vs = a.by_program[p.id];
        if (!vs) continue;
        const diff = VERDICTS.reduce((sum, v) => sum + vs[v].difference + vs[v].loans.difference, 0);
        programs.push([p.spec.name[o.lang], ...VERDICTS.map((v) => right(String(vs[v].count))), right(signed(diff))]);
      }
      lines.push(programs.toString());
      const cases = Object.entries(a.by_case)
        .filter(([, t]) => t.difference !== 0 || t.over || t.under)
        .sort((x, y) => Math.abs(y[1].difference) - Math.abs(x[1].difference) || x[0].localeCompare(y[0]))
        .slice(0, 20);
      if (cases.length) {
        lines.push('', color.bold(`${h('byCase')} (${w('top')} ${cases.length})`));
        const table = plain([o.lang === 'zh' ? w('case') : 'case_id', h('items'), VERDICT_WORDS.over[o.lang], VERDICT_WORDS.under[o.lang], h('claimed'), h('computed'), h('difference')]);
        for (const [id, t] of cases) {
          table.push([id || '—', right(String(t.count)), right(String(t.over)), right(String(t.under)), right(formatYuan(t.claimed)), right(formatYuan(t.computed)), right(signed(t.difference))]);
        }
        lines.push(table.toString());
      }
      const invalid = s.invalid ? color.red(`${s.invalid} ${w('invalid')}`) : `0 ${w('invalid')}`;
      lines.push(`${h('records')}: ${s.records} · ${w('evaluated')} ${s.evaluated} · ${invalid} · ${w('duplicates')} ${s.duplicates} · ${w('items')} ${a.items} · ${w('asOf')} ${o.asOf}`);
      return `${lines.join('\n')}\n`;
    },
  };
}
