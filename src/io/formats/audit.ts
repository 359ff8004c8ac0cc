/**
 * Audit output: every record's items — one per program of its type: claimed, computed,
 * difference, verdict, and the reason for the status in words — then totals by verdict, by
 * program and by case. The same four formats as evaluate; tables list the items that need
 * attention (all of them with --all).
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { ATTENTION, VERDICTS, type AuditItem, type AuditSummary, type AuditTotals, type Verdict } from '../../engine/audit.js';
import type { Summary } from '../../engine/summary.js';
import { formatYuan, shortReason, STATUS_WORDS } from '../../i18n/describe.js';
import type { Lang } from '../../i18n/lang.js';
import type { EvaluatedRecord } from '../../pipeline.js';
import { NAME_FIELD, PERSON_FIELD } from '../../records/fields.js';
import { fenToYuan, formatFen } from '../../records/values.js';
import type { RulesPack } from '../../rules/load.js';
import { maskId, maskName } from '../mask.js';
import { rulesJson } from '../present.js';
import { csvCell, csvLine } from './csv.js';
import { plainTable } from './plain-table.js';
import { fitWidths, recordErrorLines } from './table.js';
import type { DocumentFormat, FormatOptions } from './types.js';

export const VERDICT_WORDS: Record<Verdict, Record<Lang, string>> = {
  match: { zh: '一致', en: 'match' },
  over: { zh: '多报', en: 'over' },
  under: { zh: '少报', en: 'under' },
  early: { zh: '提前申领', en: 'early' },
  duplicate: { zh: '重复申领', en: 'duplicate' },
  unclaimed: { zh: '未申领', en: 'unclaimed' },
  unverifiable: { zh: '无法核对', en: 'unverifiable' },
  invalid: { zh: '无效记录', en: 'invalid' },
};

const WORDS = {
  file: { zh: '文件', en: 'file' },
  line: { zh: '行', en: 'line' },
  case: { zh: '案件编号', en: 'case_id' },
  type: { zh: '类型', en: 'type' },
  person: { zh: '身份证号', en: 'person_id' },
  name: { zh: '姓名', en: 'name' },
  program: { zh: '项目', en: 'program' },
  status: { zh: '结果', en: 'status' },
  claimed: { zh: '申领金额', en: 'claimed' },
  computed: { zh: '核定金额', en: 'computed' },
  difference: { zh: '差额', en: 'difference' },
  verdict: { zh: '结论', en: 'verdict' },
  eligibleOn: { zh: '可申领日期', en: 'eligible_on' },
  duplicate: { zh: '首次申领', en: 'duplicate_of' },
  reason: { zh: '理由', en: 'reason' },
  items: { zh: '核对项', en: 'items' },
  count: { zh: '项数', en: 'count' },
  total: { zh: '合计', en: 'total' },
  byVerdict: { zh: '按结论', en: 'By verdict' },
  byProgram: { zh: '按项目', en: 'By program' },
  byCase: { zh: '差额最大的案件', en: 'Cases with the largest differences' },
  top: { zh: '前', en: 'top' },
  records: { zh: '记录', en: 'records' },
  audited: { zh: '已核对', en: 'audited' },
  invalid: { zh: '无效', en: 'invalid' },
  duplicates: { zh: '重复申领', en: 'duplicates' },
  asOf: { zh: '评估日', en: 'as of' },
  loanDifference: { zh: '贷款差额(不计入补贴)', en: 'loan difference (not grants)' },
  listed: { zh: '上列为需要关注的核对项(多报、提前申领、重复申领、无效记录、无法核对);--all 列出全部核对项', en: 'Listed above: the items that need attention (over, early, duplicate, invalid, unverifiable); --all lists every item' },
  listedAll: { zh: '上列为全部核对项', en: 'Listed above: every item' },
} satisfies Record<string, Record<Lang, string>>;

const yuan = (fen: number | null) => (fen === null ? null : fenToYuan(fen));

function personOf(rec: EvaluatedRecord, mask: boolean): string | null {
  const id = rec.raw[PERSON_FIELD[rec.type]];
  if (typeof id !== 'string' || !id.trim()) return null;
  return mask ? maskId(id.trim()) : id.trim();
}

function nameOf(rec: EvaluatedRecord, mask: boolean): string | null {
  const name = rec.raw[NAME_FIELD[rec.type]];
  if ((typeof name !== 'string' && typeof name !== 'number') || !String(name).trim()) return null;
  return mask ? maskName(String(name)) : String(name).trim();
}

/** Why a record is invalid, in one line: its errors. */
const errorsText = (rec: EvaluatedRecord) => rec.errors.map((e) => `${e.field}: ${e.message}`).join('; ');

/**
 * The items of a record, each with the reason for its status in words (the words evaluate
 * gives), in the order of its type's programs.
 */
function itemsWithReasons(rec: EvaluatedRecord, pack: RulesPack, lang: Lang): { item: AuditItem; reason: string }[] {
  const programs = pack.byType[rec.type];
  return (rec.audit ?? []).map((item, i) => ({
    item,
    reason: rec.results ? shortReason(programs[i]!, rec.results[i]!, lang, pack) : errorsText(rec),
  }));
}

const refText = (ref: { file: string; line?: number }) => `${ref.file}${ref.line ? `:${ref.line}` : ''}`;

function itemJson(rec: EvaluatedRecord, item: AuditItem, reason: string, mask: boolean): Record<string, unknown> {
  return {
    source: rec.source,
    case_id: rec.case_id,
    type: rec.writtenType ?? rec.type,
    person_id: personOf(rec, mask),
    name: nameOf(rec, mask),
    program: item.program,
    kind: item.kind,
    status: item.status,
    claimed: yuan(item.claimed),
    computed: yuan(item.computed),
    difference: yuan(item.difference),
    verdict: item.verdict,
    ...(item.eligible_on ? { eligible_on: item.eligible_on } : {}),
    ...(item.duplicate_of ? { duplicate_of: item.duplicate_of } : {}),
    reason,
    ...(item.verdict === 'invalid' ? { errors: rec.errors } : {}),
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
  const byVerdict = (vs: Record<Verdict, AuditTotals>) => Object.fromEntries(VERDICTS.map((v) => [v, totalsJson(vs[v])]));
  return {
    items: a.items,
    total: totalsJson(a.total),
    by_verdict: byVerdict(a.by_verdict),
    by_program: Object.fromEntries([...a.by_program].map(([p, vs]) => [p, byVerdict(vs)])),
    by_case: Object.fromEntries([...a.by_case].map(([id, t]) => [id, { ...totalsJson(t), ...t.verdicts }])),
  };
}

/** The records of the run: read = audited + invalid, overall and per file. */
function runJson(s: Summary) {
  return {
    records: s.records,
    audited: s.evaluated,
    invalid: s.invalid,
    duplicates: s.duplicates,
    files: s.files.map((f) => ({ file: f.file, records: f.records, audited: f.evaluated, invalid: f.invalid })),
  };
}

const indent = (json: string, pad: string) => json.replace(/\n/g, `\n${pad}`);

export function auditJsonFormat(o: FormatOptions, pack: RulesPack): DocumentFormat {
  return {
    head: () => `{\n  "as_of": ${JSON.stringify(o.asOf)},\n  "rules": ${indent(JSON.stringify(rulesJson(pack), null, 2), '  ')},\n  "items": [`,
    record: (rec) =>
      itemsWithReasons(rec, pack, o.lang)
        .map(({ item, reason }) => `,\n    ${indent(JSON.stringify(itemJson(rec, item, reason, o.mask), null, 2), '    ')}`)
        .join(''),
    tail: (s) => `\n  ],\n  "summary": ${indent(JSON.stringify({ ...auditSummaryJson(s.audit!), ...runJson(s) }, null, 2), '  ')}\n}\n`,
  };
}

export function auditNdjsonFormat(o: FormatOptions, pack: RulesPack): DocumentFormat {
  return {
    head: () => '',
    record: (rec) =>
      itemsWithReasons(rec, pack, o.lang)
        .map(({ item, reason }) => `${JSON.stringify({ as_of: o.asOf, ...itemJson(rec, item, reason, o.mask) })}\n`)
        .join(''),
    tail: () => '',
  };
}

const CSV_COLUMNS = ['file', 'line', 'case', 'type', 'person', 'name', 'program', 'status', 'claimed', 'computed', 'difference', 'verdict', 'eligibleOn', 'duplicate', 'reason'] as const;

export function auditCsvFormat(o: FormatOptions, pack: RulesPack): DocumentFormat {
  const money = (fen: number | null) => (fen === null ? '' : formatFen(fen));
  return {
    head: () => `${o.bom ? '\uFEFF' : ''}${csvLine(CSV_COLUMNS.map((k) => WORDS[k][o.lang]))}`,
    record(rec) {
      let out = '';
      // Text cells are escaped (quoted, and guarded against formulas); numbers and words of ours are written as they are.
      const text = [rec.source.file, rec.case_id ?? '', rec.writtenType ?? rec.type, personOf(rec, o.mask) ?? '', nameOf(rec, o.mask) ?? ''].map(csvCell);
      const [file, caseId, type, person, name] = text;
      for (const { item, reason } of itemsWithReasons(rec, pack, o.lang)) {
        out += [
          file,
          String(rec.source.line ?? ''),
          caseId,
          type,
          person,
          name,
          item.program,
          item.status,
          money(item.claimed),
          money(item.computed),
          money(item.difference),
          item.verdict,
          item.eligible_on ?? '',
          item.duplicate_of ? csvCell(refText(item.duplicate_of)) : '',
          csvCell(reason),
        ].join(',');
        out += '\n';
      }
      return out;
    },
    tail: () => '',
  };
}

function verdictColor(color: ChalkInstance, v: Verdict): (s: string) => string {
  switch (v) {
    case 'match':
      return color.green;
    case 'over':
    case 'duplicate':
      return color.red;
    case 'invalid':
      return color.bgRed.white;
    case 'under':
    case 'early':
      return color.yellow;
    case 'unclaimed':
      return color.cyan;
    case 'unverifiable':
      return color.dim;
  }
}

const right = (content: string) => ({ content, hAlign: 'right' as const });
const signed = (fen: number | null) => (fen === null ? '—' : fen > 0 ? `+${formatYuan(fen)}` : formatYuan(fen));
const amount = (fen: number | null) => (fen === null ? '—' : formatYuan(fen));

export function auditTableFormat(o: FormatOptions, pack: RulesPack): DocumentFormat {
  const color = new Chalk({ level: o.colorLevel });
  // Table headings start with a capital, as evaluate's do; running text does not.
  const h = (k: keyof typeof WORDS) => WORDS[k][o.lang].replace(/^[a-z]/, (c) => c.toUpperCase());
  const w = (k: keyof typeof WORDS) => WORDS[k][o.lang];
  const verdictWord = (v: Verdict) => verdictColor(color, v)(VERDICT_WORDS[v][o.lang]);

  function title(rec: EvaluatedRecord): string {
    const person = [nameOf(rec, o.mask), personOf(rec, o.mask)].filter(Boolean).join(' ');
    return [rec.case_id, person, color.dim(refText(rec.source))].filter(Boolean).join(' · ');
  }

  /** A record's items to list, with the table that lists them. */
  function record(rec: EvaluatedRecord): string {
    const listed = itemsWithReasons(rec, pack, o.lang).filter(({ item }) => o.all || ATTENTION.has(item.verdict));
    if (!listed.length) return '';
    const lines = ['', title(rec)];
    const programs = pack.byType[rec.type];
    const nameOfProgram = (id: string) => programs.find((p) => p.id === id)?.spec.name[o.lang] ?? id;
    const invalid = !rec.results;
    if (invalid) lines.push(...recordErrorLines(rec.errors, o.mask, color));
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
      const table = plainTable(head, fitWidths([head, ...rows], o.columns));
      for (const row of rows) table.push([row[0]!, row[1]!, right(row[2]!), right(row[3]!), right(row[4]!), row[5]!, row[6]!]);
      lines.push(table.toString());
    }
    return `${lines.join('\n')}\n`;
  }

  function byVerdict(a: AuditSummary): string {
    const loans = VERDICTS.some((v) => a.by_verdict[v].loans.claimed || a.by_verdict[v].loans.computed);
    const table = plainTable([h('verdict'), h('count'), h('claimed'), h('computed'), h('difference'), ...(loans ? [h('loanDifference')] : [])]);
    const row = (label: string, t: AuditTotals) => [label, right(String(t.count)), right(formatYuan(t.claimed)), right(formatYuan(t.computed)), right(signed(t.difference)), ...(loans ? [right(signed(t.loans.difference))] : [])];
    for (const v of VERDICTS) table.push(row(verdictWord(v), a.by_verdict[v]));
    table.push(row(color.bold(h('total')), a.total));
    return table.toString();
  }

  function byProgram(a: AuditSummary): string {
    // The verdicts found, as columns.
    const found = VERDICTS.filter((v) => a.by_verdict[v].count > 0);
    const table = plainTable([h('program'), ...found.map((v) => VERDICT_WORDS[v][o.lang]), h('difference')]);
    for (const p of pack.programs) {
      const vs = a.by_program.get(p.id);
      if (!vs) continue;
      const diff = VERDICTS.reduce((sum, v) => sum + vs[v].difference + vs[v].loans.difference, 0);
      table.push([p.spec.name[o.lang], ...found.map((v) => right(String(vs[v].count))), right(signed(diff))]);
    }
    return table.toString();
  }

  function byCase(a: AuditSummary): string[] {
    const cases = [...a.by_case]
      .filter(([, t]) => t.difference !== 0 || [...ATTENTION, 'under' as const].some((v) => t.verdicts[v] > 0))
      .sort((x, y) => Math.abs(y[1].difference) - Math.abs(x[1].difference) || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
      .slice(0, 20);
    if (!cases.length) return [];
    const shown = VERDICTS.filter((v) => v !== 'match' && v !== 'unclaimed' && cases.some(([, t]) => t.verdicts[v] > 0));
    const table = plainTable([o.lang === 'zh' ? w('case') : 'case_id', h('items'), ...shown.map((v) => VERDICT_WORDS[v][o.lang]), h('claimed'), h('computed'), h('difference')]);
    for (const [id, t] of cases) {
      table.push([id || '—', right(String(t.count)), ...shown.map((v) => right(String(t.verdicts[v]))), right(formatYuan(t.claimed)), right(formatYuan(t.computed)), right(signed(t.difference))]);
    }
    return ['', color.bold(`${h('byCase')} (${w('top')} ${cases.length})`), table.toString()];
  }

  return {
    head: () => `${color.dim(`${pack.name} v${pack.version} · ${w('asOf')} ${o.asOf}`)}\n`,
    record,
    tail(s) {
      const a = s.audit!;
      const invalid = s.invalid ? color.red(`${s.invalid} ${w('invalid')}`) : `0 ${w('invalid')}`;
      return `${[
        '',
        color.dim(o.all ? w('listedAll') : w('listed')),
        '',
        color.bold(h('byVerdict')),
        byVerdict(a),
        '',
        color.bold(h('byProgram')),
        byProgram(a),
        ...byCase(a),
        `${h('records')}: ${s.records} · ${w('audited')} ${s.evaluated} · ${invalid} · ${w('duplicates')} ${s.duplicates} · ${w('items')} ${a.items} · ${w('asOf')} ${o.asOf}`,
      ].join('\n')}\n`;
    },
  };
}
