/**
 * The one-way flow: written record → parsed record → results. Used by the CLI and the library.
 */
import { evaluateRecord } from './engine/evaluate.js';
import type { CalendarDate } from './core/calendar.js';
import type { EvaluatedRecord } from './engine/types.js';
import { auditItems } from './engine/audit.js';
import { ClaimBatchBuilder, type Claims, type Repeat } from './engine/claims.js';
import { MemoryClaims } from './engine/claim-table.js';
import { ClaimRules, withDuplicates } from './engine/duplicates.js';
import { foreignClaimError, foreignClaimOf, type ForeignClaim } from './engine/foreign-claims.js';
import { SummaryBuilder } from './engine/summary.js';
import { isRejected, type RejectedRecord } from './io/case-file.js';
import type { WrittenRecord } from './io/written.js';
import { fieldForKeyIn, PERSON_FIELD, RECORD_TYPES } from './records/fields.js';
import { ownValue, setOwn } from './core/own-keys.js';
import { parseRecord, type FieldError } from './records/record.js';
import type { RulesPack } from './rules/load.js';

export type { EvaluatedRecord };

/** A written record read (see parseRecord). */
const parseWritten = (w: WrittenRecord, pack: RulesPack) => parseRecord(w.type, w.written, w.source, w.defaults, w.lines, pack.facts[w.type], w.settled);

export function evaluateWritten(w: WrittenRecord, pack: RulesPack, asOf: CalendarDate): EvaluatedRecord {
  const record = parseWritten(w, pack);
  if (w.unread) {
    record.errors = [...w.unread.errors];
    record.facts = {};
  } else if (w.keyErrors) {
    record.errors.unshift(...w.keyErrors);
    record.facts = {};
  }
  const results = record.errors.length ? null : evaluateRecord(record.type, record.facts, pack, asOf);
  return w.writtenType === undefined ? { ...record, results } : { ...record, results, writtenType: w.writtenType };
}

/**
 * Evaluates records one after another as a run does: each is read and evaluated, its claims
 * checked against those before it for duplicates (see Claims), audited when asked, and counted
 * in the summary. (CSV batches do the same from bytes, in src/batch/process.ts, and claim
 * through the same Claims.)
 */
export class RecordFlow {
  readonly summary: SummaryBuilder;
  readonly rules: ClaimRules;
  private readonly rejects = new WeakSet<EvaluatedRecord>();

  constructor(
    private readonly pack: RulesPack,
    private readonly asOf: CalendarDate,
    private readonly audit: boolean,
    /** The claims of the run (and of runs before it, with a ledger). */
    readonly claims: Claims = new MemoryClaims(),
    /** Count pending results by month (see SummaryBuilder). */
    pendingMonths = false,
  ) {
    this.summary = new SummaryBuilder(pack, audit, pendingMonths);
    this.rules = new ClaimRules(pack);
  }

  /** One record (see run). */
  evaluate(w: WrittenRecord): EvaluatedRecord {
    return this.run([w])[0]!;
  }

  /** Records in input order, claimed as one batch per file (with claims that answer at once). */
  run(records: readonly (WrittenRecord | RejectedRecord)[]): EvaluatedRecord[] {
    const out = this.runAsync(records);
    if (out instanceof Promise) throw new Error('these claims answer later (a ledger on a server): use runAsync');
    return out;
  }

  /** The same, with claims that may answer later (see Claims.claim): a promise only then. */
  runAsync(records: readonly (WrittenRecord | RejectedRecord)[]): EvaluatedRecord[] | Promise<EvaluatedRecord[]> {
    const out = records.map((w) => (isRejected(w) ? this.rejected(w) : this.audit ? this.audited(w) : evaluateWritten(w, this.pack, this.asOf)));
    return this.claimFrom(out, 0);
  }

  /** Whether a record's key is the claim of another record type's program, by record type and key (see foreignClaimOf). */
  private readonly foreign = new Map<string, ForeignClaim | null>();

  /** A record evaluated for an audit: invalid when it claims a program of another record type (see engine/foreign-claims.ts). */
  private audited(w: WrittenRecord): EvaluatedRecord {
    const rec = evaluateWritten(w, this.pack, this.asOf);
    // A row that is not read at all (wider than its header): nor are its claims, as a CSV row's are not.
    if (w.unread && !w.unread.claims) return rec;
    const errors: FieldError[] = [];
    for (const key of Object.keys(w.written)) {
      const memo = `${w.type}\u0000${key}`;
      let claim = this.foreign.get(memo);
      if (claim === undefined) this.foreign.set(memo, (claim = foreignClaimOf(key, w.type, this.pack) ?? null));
      const error = claim && foreignClaimError(claim, w.type, w.written[key]);
      const line = (w.lines && ownValue(w.lines, key)) ?? w.source.line;
      if (error) errors.push(line === undefined ? error : { ...error, line });
    }
    return errors.length ? { ...rec, facts: {}, errors: [...rec.errors, ...errors], results: null } : rec;
  }

  /** Claims the records from `from` on, one file at a time, then counts them all. */
  private claimFrom(out: EvaluatedRecord[], from: number): EvaluatedRecord[] | Promise<EvaluatedRecord[]> {
    while (from < out.length) {
      const file = out[from]!.source.file;
      let to = from + 1;
      while (to < out.length && out[to]!.source.file === file) to++;
      const later = this.claim(out, from, to);
      if (later) return later.then(() => this.claimFrom(out, to));
      from = to;
    }
    for (const rec of out) this.count(rec);
    return out;
  }

  /** Claims the records from `from` to `to` (of one file) and marks their duplicate results. */
  private claim(recs: EvaluatedRecord[], from: number, to: number): Promise<void> | undefined {
    const batch = new ClaimBatchBuilder(recs[from]!.source.file);
    const indexes: number[] = [];
    for (let i = from; i < to; i++) {
      const rec = recs[i]!;
      if (!rec.results) continue;
      const key = this.rules.keyOf(rec.type, rec.facts[PERSON_FIELD[rec.type]]);
      const mask = this.rules.claimsOf(rec.type, rec.results);
      if (key === undefined || !mask) continue;
      batch.add(key, mask, rec.source.line ?? 0, rec.case_id);
      indexes.push(i);
    }
    if (!batch.count) return undefined;
    const repeats = this.claims.claim(batch.result());
    if (repeats instanceof Promise) return repeats.then((later) => this.mark(recs, indexes, later));
    this.mark(recs, indexes, repeats);
    return undefined;
  }

  /** Marks the duplicate results of the claims that repeat one made before. */
  private mark(recs: EvaluatedRecord[], indexes: readonly number[], repeats: readonly Repeat[]): void {
    for (const [j, firsts] of repeats) {
      const rec = recs[indexes[j]!]!;
      rec.results = withDuplicates(rec.results!, firsts);
    }
  }

  private count(rec: EvaluatedRecord): void {
    this.summary.add(rec.source.file, rec.results);
    if (this.audit) {
      // A rejected record: what it claims of any program, since its type is not known.
      rec.audit = this.rejects.has(rec) ? auditItems(this.pack.programs, {}, rec.raw, null) : auditItems(this.pack.byType[rec.type], rec.facts, rec.raw, rec.results);
      this.summary.addAudit(rec.case_id, rec.audit);
    }
  }

  /**
   * A record known to be invalid before its fields are read (an NDJSON line that is not a
   * record, a record of no known type): with its errors and no results.
   */
  private rejected(r: RejectedRecord): EvaluatedRecord {
    // Its values keyed by the field they are in any record type (its own is not known).
    const raw: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(r.written)) {
      const field = RECORD_TYPES.map((t) => fieldForKeyIn(t, key, this.pack.facts[t])).find((f) => f !== undefined);
      // (Its type as written is writtenType, as a record's type is not among its values.)
      if (field !== 'type') setOwn(raw, field ?? key, value);
    }
    const caseId = ownValue(raw, 'case_id');
    const rec: EvaluatedRecord = {
      source: r.source,
      type: r.type,
      writtenType: r.writtenType,
      case_id: typeof caseId === 'string' || typeof caseId === 'number' ? String(caseId).trim() || null : null,
      raw,
      facts: {},
      extra: [],
      errors: r.errors,
      results: null,
    };
    this.rejects.add(rec);
    return rec;
  }

  /** The claim key of a written record's person (see ClaimRules.keyOf): undefined without a valid ID number. */
  personKey(w: WrittenRecord): number | undefined {
    const record = parseWritten(w, this.pack);
    return this.rules.keyOf(w.type, record.facts[PERSON_FIELD[w.type]]);
  }
}
