/**
 * The JSON shapes of the output contract: a record with its results, the rules in force,
 * and the summary. Amounts become yuan numbers here (integer fen / 100, at most two decimals).
 */
import type { FileCounts, Summary } from '../engine/summary.js';
import type { ClaimRef } from '../engine/claims.js';
import type { ConditionResult, ProgramResult, Status } from '../engine/types.js';
import type { FieldError, SourceRef } from '../records/record.js';
import { describeAmount, describeCondition } from '../i18n/describe.js';
import { errorsIn, readingNotes, type ReadingNote } from '../i18n/record-messages.js';
import { fieldSpec } from '../records/fields.js';
import { maskErrors, maskRecord } from './mask.js';
import type { Lang } from '../i18n/lang.js';
import type { EvaluatedRecord } from '../engine/types.js';
import { fenToYuan } from '../records/values.js';
import type { CompiledProgram } from '../rules/compile.js';
import { paramDisplayValue } from '../rules/params.js';
import type { RulesPack } from '../rules/load.js';

export interface PresentOptions {
  pack: RulesPack;
  lang: Lang;
  explain: boolean;
  /** Mask ID numbers and credit codes. */
  mask: boolean;
}

const yuan = (fen: number | null): number | null => (fen === null ? null : fenToYuan(fen));

/** A reason: a condition (or the amount rule) with its outcome, in words. */
export interface ReasonJson {
  condition: string;
  outcome: ConditionResult['outcome'];
  message: string;
  [detail: string]: unknown;
}

/** One program's result, as JSON output and the library give it. Amounts in yuan. */
export interface ResultJson {
  program: string;
  kind: 'grant' | 'loan';
  status: Status;
  /** Yuan, at most two decimals; null when undetermined, 0 when ineligible. */
  amount: number | null;
  reasons: ReasonJson[];
  citation: { source: string; text: string; gloss: string };
  eligible_on?: string;
  missing?: string[];
  duplicate_of?: ClaimRef;
  explain?: { conditions: ReasonJson[]; amount: Record<string, unknown> };
}

/** One record with its results (or its errors), as JSON output and the library give it. */
export interface RecordJson {
  source: SourceRef;
  type: string;
  case_id: string | null;
  /** The record's values as written, keyed by field name. */
  input: Record<string, unknown>;
  results: ResultJson[];
  errors: FieldError[];
  /** With --explain, how values were read where it is worth saying (a date written as an Excel serial). */
  notes?: ReadingNote[];
}

function citationOf(program: CompiledProgram, pack: RulesPack, lang: Lang) {
  const c = program.spec.citation;
  return { source: pack.spec.sources[c.source]![lang], text: c.text, gloss: c.gloss };
}

function conditionJson(program: CompiledProgram, c: ConditionResult, o: PresentOptions, full: boolean): ReasonJson {
  const spec = program.conditionSpecs.get(c.condition);
  const out: ReasonJson = {
    condition: c.condition,
    outcome: c.outcome,
    message: describeCondition(program, c, o.lang, o.pack),
  };
  if (!full) return out;
  if (spec) out.label = spec.label[o.lang];
  if (spec) out.op = spec.op;
  for (const key of ['fact', 'value', 'param', 'expected', 'named', 'added', 'start', 'end', 'months', 'reached_on', 'missing'] as const) {
    if (c[key] !== undefined) out[key] = c[key];
  }
  if (c.fact && typeof c.value === 'number' && fieldSpec(program.recordType, c.fact, o.pack.facts[program.recordType])?.kind === 'money') out.value = fenToYuan(c.value);
  if (c.param && typeof c.expected === 'number' && o.pack.params.get(c.param)?.spec.type === 'money') out.expected = fenToYuan(c.expected);
  return out;
}

export function resultJson(program: CompiledProgram, r: ProgramResult, o: PresentOptions): ResultJson {
  const reasons = r.reasons.map((c) => conditionJson(program, c, o, false));
  const a = r.amount_rule;
  if (r.status === 'eligible' || r.status === 'pending' || (r.status === 'undetermined' && a.fen === null)) {
    reasons.push({
      condition: 'amount',
      outcome: a.fen === null ? 'unknown' : 'met',
      message: describeAmount(program, a, o.lang, o.pack),
    });
  }
  const out: ResultJson = {
    program: r.program,
    kind: r.kind,
    status: r.status,
    amount: yuan(r.amount),
    reasons,
    citation: citationOf(program, o.pack, o.lang),
  };
  if (r.eligible_on) out.eligible_on = r.eligible_on;
  if (r.duplicate_of) out.duplicate_of = r.duplicate_of;
  if (r.missing) out.missing = r.missing;
  if (o.explain) {
    out.explain = {
      conditions: r.conditions.map((c) => conditionJson(program, c, o, true)),
      amount: {
        ...(a.param ? { param: a.param } : {}),
        ...(a.fact ? { fact: a.fact } : {}),
        ...(a.requested !== undefined ? { requested: fenToYuan(a.requested) } : {}),
        ...(a.cap !== undefined ? { cap: fenToYuan(a.cap), capped: a.capped ?? false } : {}),
        amount: yuan(a.fen),
        ...(a.missing ? { missing: a.missing } : {}),
        message: describeAmount(program, a, o.lang, o.pack),
      },
    };
  }
  return out;
}

export function recordJson(rec: EvaluatedRecord, o: PresentOptions): RecordJson {
  const programs = o.pack.byType[rec.type];
  const notes = o.explain && rec.results ? readingNotes(rec, o.pack.facts[rec.type], o.lang) : [];
  return {
    source: rec.source,
    type: rec.writtenType ?? rec.type,
    case_id: rec.case_id,
    input: o.mask ? maskRecord(rec.raw) : rec.raw,
    results: rec.results ? rec.results.map((r, i) => resultJson(programs[i]!, r, o)) : [],
    errors: errorsIn(o.mask ? maskErrors(rec.errors) : rec.errors, o.lang),
    ...(notes.length ? { notes } : {}),
  };
}

/** The rules in force, as JSON output and the library give them: money parameters in yuan. */
export interface RulesJson {
  pack: string;
  version: number;
  /** Each parameter's value: yuan for money, a list for lists; null when not set. */
  params: Record<string, number | string[] | null>;
}

export function rulesJson(pack: RulesPack): RulesJson {
  return {
    pack: pack.name,
    version: pack.version,
    params: Object.fromEntries([...pack.params.values()].map((p) => [p.name, paramDisplayValue(p)])),
  };
}

/** Amounts of eligible results by program, in yuan, and their total. */
export interface AmountsJson {
  total: number;
  by_program: Record<string, number>;
}

/** The summary of a run, as JSON output and the library give it: records read = evaluated + invalid. Amounts in yuan. */
export interface SummaryJson {
  records: number;
  evaluated: number;
  invalid: number;
  /** Eligible grant amounts (pending amounts are not counted). */
  grants: AmountsJson;
  /** Eligible loan principal, never added to grants. */
  loans: AmountsJson;
  by_status: Record<Status, number>;
  /** Results made ineligible because the person was already claimed for. */
  duplicates: number;
  /** Result counts by program and status. */
  by_program: Record<string, Record<Status, number>>;
  files: FileCounts[];
}

export function summaryJson(s: Summary): SummaryJson {
  const money = (m: Record<string, number>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, fenToYuan(v)]));
  return {
    records: s.records,
    evaluated: s.evaluated,
    invalid: s.invalid,
    grants: { total: fenToYuan(s.grants.total), by_program: money(s.grants.by_program) },
    loans: { total: fenToYuan(s.loans.total), by_program: money(s.loans.by_program) },
    by_status: s.by_status,
    duplicates: s.duplicates,
    by_program: s.by_program,
    files: s.files,
  };
}
