/**
 * Audit output: every record's items — one per program of its type: claimed, computed,
 * difference, verdict, and the reason for the status in words — then totals by verdict, by
 * program and by case. json, ndjson and csv here; the table (the items that need attention, all
 * of them with --all) in audit-table.ts.
 */
import { VERDICTS, type AuditItem, type AuditSums, type AuditSummary, type AuditTotals, type Verdict } from '../../engine/audit.js';
import type { Summary } from '../../engine/summary.js';
import { shortReason } from '../../i18n/describe.js';
import type { Lang } from '../../i18n/lang.js';
import { recordMessage } from '../../i18n/record-messages.js';
import type { EvaluatedRecord } from '../../engine/types.js';
import type { FieldError, SourceRef } from '../../records/record.js';
import { NAME_FIELD, PERSON_FIELD } from '../../records/fields.js';
import { fenToYuan, formatFen } from '../../records/values.js';
import type { RulesPack } from '../../rules/load.js';
import { maskErrors, maskId, maskName } from '../mask.js';
import { rulesJson } from '../present.js';
import { csvCell, csvLine } from './csv.js';
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

/** The colour of each verdict, in tables and (as cell fills) in workbooks: invalid is white on red. */
export const VERDICT_COLORS = {
  match: 'green',
  over: 'red',
  duplicate: 'red',
  invalid: 'red',
  under: 'yellow',
  early: 'yellow',
  unclaimed: 'cyan',
  unverifiable: 'dim',
} as const satisfies Record<Verdict, string>;

export const WORDS = {
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
  listed: { zh: '上列为需要关注的申领(多报、提前申领、重复申领、无法核对)和无效记录;--all 列出全部核对项', en: 'Listed above: the claims that need attention (over, early, duplicate, unverifiable) and the invalid records; --all lists every item' },
  listedAll: { zh: '上列为全部核对项', en: 'Listed above: every item' },
} satisfies Record<string, Record<Lang, string>>;

const yuan = (fen: number | null) => (fen === null ? null : fenToYuan(fen));

export function personOf(rec: EvaluatedRecord, mask: boolean): string | null {
  const id = rec.raw[PERSON_FIELD[rec.type]];
  if (typeof id !== 'string' || !id.trim()) return null;
  return mask ? maskId(id.trim()) : id.trim();
}

export function nameOf(rec: EvaluatedRecord, mask: boolean): string | null {
  const name = rec.raw[NAME_FIELD[rec.type]];
  if ((typeof name !== 'string' && typeof name !== 'number') || !String(name).trim()) return null;
  return mask ? maskName(String(name)) : String(name).trim();
}

/** Why a record is invalid, in one line: its errors. */
const errorsText = (rec: EvaluatedRecord, lang: Lang) => rec.errors.map((e) => `${e.field}: ${recordMessage(e.message, lang)}`).join('; ');

/**
 * The items of a record, each with the reason for its status in words (the words evaluate
 * gives), in the order of its type's programs.
 */
export function itemsWithReasons(rec: EvaluatedRecord, pack: RulesPack, lang: Lang): { item: AuditItem; reason: string }[] {
  const programs = pack.byType[rec.type];
  // A valid record's items follow its type's programs, as its results do.
  return (rec.audit ?? []).map((item, i) => ({
    item,
    reason: rec.results ? shortReason(programs[i]!, rec.results[i]!, lang, pack) : errorsText(rec, lang),
  }));
}

export const refText = (ref: { file: string; line?: number }) => `${ref.file}${ref.line ? `:${ref.line}` : ''}`;

/**
 * One audit item as JSON output (and the library, in each record's `audit`) gives it: the item's
 * fields (see AuditItem), its amounts in yuan, not fen; and whose and where it is.
 */
export interface AuditItemJson extends AuditItem {
  source: SourceRef;
  case_id: string | null;
  type: string;
  /** The worker's or applicant's ID number (masked with mask), null when the record has none. */
  person_id: string | null;
  name: string | null;
  /** Why the result is what it is, in words; for an invalid record, its errors. */
  reason: string;
  /** An invalid record's errors. */
  errors?: FieldError[];
}

function itemJson(rec: EvaluatedRecord, item: AuditItem, reason: string, mask: boolean): AuditItemJson {
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
    ...(item.verdict === 'invalid' ? { errors: mask ? maskErrors(rec.errors) : rec.errors } : {}),
  };
}

/** A record's audit items as JSON, each with the reason for its status in `lang`. */
export function auditItemsJson(rec: EvaluatedRecord, pack: RulesPack, lang: Lang, mask: boolean): AuditItemJson[] {
  return itemsWithReasons(rec, pack, lang).map(({ item, reason }) => itemJson(rec, item, reason, mask));
}

function totalsJson(t: AuditTotals) {
  const sums = (x: AuditSums) => ({
    claimed: fenToYuan(x.claimed),
    computed: fenToYuan(x.computed),
    difference: fenToYuan(x.difference),
    unchecked: fenToYuan(x.unchecked),
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
      auditItemsJson(rec, pack, o.lang, o.mask)
        .map((item) => `,\n    ${indent(JSON.stringify(item, null, 2), '    ')}`)
        .join(''),
    tail: (s) => `\n  ],\n  "summary": ${indent(JSON.stringify({ ...auditSummaryJson(s.audit!), ...runJson(s) }, null, 2), '  ')}\n}\n`,
  };
}

export function auditNdjsonFormat(o: FormatOptions, pack: RulesPack): DocumentFormat {
  return {
    head: () => '',
    record: (rec) =>
      auditItemsJson(rec, pack, o.lang, o.mask)
        .map((item) => `${JSON.stringify({ as_of: o.asOf, ...item })}\n`)
        .join(''),
    tail: () => '',
  };
}

/** The columns of audit CSV (and workbook) output, by their WORDS. */
export const AUDIT_CSV_COLUMNS = ['file', 'line', 'case', 'type', 'person', 'name', 'program', 'status', 'claimed', 'computed', 'difference', 'verdict', 'eligibleOn', 'duplicate', 'reason'] as const;

export function auditCsvFormat(o: FormatOptions, pack: RulesPack): DocumentFormat {
  const money = (fen: number | null) => (fen === null ? '' : formatFen(fen));
  return {
    head: () => `${o.bom ? '\uFEFF' : ''}${csvLine(AUDIT_CSV_COLUMNS.map((k) => WORDS[k][o.lang]))}`,
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
