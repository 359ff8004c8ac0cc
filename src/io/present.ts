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
import { jsonKeys, ObjectOut, type JsonOut } from './json-out.js';
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

/** The members' names, as JsonOut writes them. */
const K = jsonKeys(['amount', 'as_of', 'case_id', 'citation', 'condition', 'duplicate_of', 'eligible_on', 'errors', 'explain', 'input', 'kind', 'message', 'missing', 'notes', 'outcome', 'program', 'reasons', 'results', 'source', 'status', 'type']);

/** Each program's citation, in each language: one object, so that JSON output encodes it once (see JsonOut.constant). */
const citations = new WeakMap<CompiledProgram, Partial<Record<Lang, ResultJson['citation']>>>();

function citationOf(program: CompiledProgram, pack: RulesPack, lang: Lang): ResultJson['citation'] {
  let byLang = citations.get(program);
  if (!byLang) citations.set(program, (byLang = {}));
  const c = program.spec.citation;
  return (byLang[lang] ??= { source: pack.spec.sources[c.source]![lang], text: c.text, gloss: c.gloss });
}

function conditionJson(program: CompiledProgram, c: ConditionResult, o: PresentOptions): ReasonJson {
  const spec = program.conditionSpecs.get(c.condition);
  const out: ReasonJson = {
    condition: c.condition,
    outcome: c.outcome,
    message: describeCondition(program, c, o.lang, o.pack),
  };
  if (spec) out.label = spec.label[o.lang];
  if (spec) out.op = spec.op;
  for (const key of ['fact', 'value', 'param', 'expected', 'named', 'added', 'start', 'end', 'months', 'reached_on', 'missing'] as const) {
    if (c[key] !== undefined) out[key] = c[key];
  }
  if (c.fact && typeof c.value === 'number' && fieldSpec(program.recordType, c.fact, o.pack.facts[program.recordType])?.kind === 'money') out.value = fenToYuan(c.value);
  if (c.param && typeof c.expected === 'number' && o.pack.params.get(c.param)?.spec.type === 'money') out.expected = fenToYuan(c.expected);
  return out;
}

/** A reason: what was checked, its outcome, and the message that says so. */
function writeReason(w: JsonOut, condition: string, outcome: ConditionResult['outcome'], message: string): void {
  w.open();
  w.key(K.condition);
  w.name(condition);
  w.key(K.outcome);
  w.name(outcome);
  w.key(K.message);
  w.string(message);
  w.close();
}

/** One program's result (ResultJson). */
function writeResult(w: JsonOut, program: CompiledProgram, r: ProgramResult, o: PresentOptions): void {
  const a = r.amount_rule;
  w.open();
  w.key(K.program);
  w.name(r.program);
  w.key(K.kind);
  w.name(r.kind);
  w.key(K.status);
  w.name(r.status);
  w.key(K.amount);
  w.number(yuan(r.amount));
  w.key(K.reasons);
  w.openList();
  for (const c of r.reasons) writeReason(w, c.condition, c.outcome, describeCondition(program, c, o.lang, o.pack));
  if (r.status === 'eligible' || r.status === 'pending' || (r.status === 'undetermined' && a.fen === null)) {
    writeReason(w, 'amount', a.fen === null ? 'unknown' : 'met', describeAmount(program, a, o.lang, o.pack));
  }
  w.closeList();
  w.key(K.citation);
  w.constant(citationOf(program, o.pack, o.lang));
  if (r.eligible_on) {
    w.key(K.eligible_on);
    w.string(r.eligible_on);
  }
  if (r.duplicate_of) {
    w.key(K.duplicate_of);
    w.value(r.duplicate_of);
  }
  if (r.missing) {
    w.key(K.missing);
    w.value(r.missing);
  }
  if (o.explain) {
    w.key(K.explain);
    w.value({
      conditions: r.conditions.map((c) => conditionJson(program, c, o)),
      amount: {
        ...(a.param ? { param: a.param } : {}),
        ...(a.fact ? { fact: a.fact } : {}),
        ...(a.requested !== undefined ? { requested: fenToYuan(a.requested) } : {}),
        ...(a.cap !== undefined ? { cap: fenToYuan(a.cap), capped: a.capped ?? false } : {}),
        amount: yuan(a.fen),
        ...(a.missing ? { missing: a.missing } : {}),
        message: describeAmount(program, a, o.lang, o.pack),
      },
    });
  }
  w.close();
}

/** How a record is written: with the evaluation date first (NDJSON), and its input written by another (a CSV row's, from its cells' bytes). */
export interface RecordWriting {
  asOf?: string;
  /** Writes the record's `input` object; when not given, the record's `raw` is written. Not used when masking. */
  input?: (w: JsonOut) => void;
}

/** One record with its results or errors (RecordJson). */
export function writeRecord(w: JsonOut, rec: EvaluatedRecord, o: PresentOptions, how: RecordWriting = {}): void {
  const programs = o.pack.byType[rec.type];
  const notes = o.explain && rec.results ? readingNotes(rec, o.pack.facts[rec.type], o.lang) : [];
  w.open();
  if (how.asOf !== undefined) {
    w.key(K.as_of);
    w.string(how.asOf);
  }
  w.key(K.source);
  w.value(rec.source);
  w.key(K.type);
  // (A type as written may be any text: not a name, whose bytes are kept.)
  w.string(rec.writtenType ?? rec.type);
  w.key(K.case_id);
  w.value(rec.case_id);
  w.key(K.input);
  if (how.input && !o.mask) how.input(w);
  else w.value(o.mask ? maskRecord(rec.raw) : rec.raw);
  w.key(K.results);
  w.openList();
  if (rec.results) for (let i = 0; i < rec.results.length; i++) writeResult(w, programs[i]!, rec.results[i]!, o);
  w.closeList();
  w.key(K.errors);
  w.value(errorsIn(o.mask ? maskErrors(rec.errors) : rec.errors, o.lang));
  if (notes.length) {
    w.key(K.notes);
    w.value(notes);
  }
  w.close();
}

export function recordJson(rec: EvaluatedRecord, o: PresentOptions): RecordJson {
  const w = new ObjectOut();
  writeRecord(w, rec, o);
  return w.result();
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
