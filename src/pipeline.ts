/**
 * The one-way flow: written record → parsed record → results. Used by the CLI and the library.
 */
import { evaluateRecord } from './engine/evaluate.js';
import type { CalendarDate } from './core/calendar.js';
import type { EvaluatedRecord } from './engine/types.js';
import { auditItems } from './engine/audit.js';
import { DuplicateCheck } from './engine/duplicates.js';
import { SummaryBuilder } from './engine/summary.js';
import type { RejectedRecord } from './io/case-file.js';
import type { WrittenRecord } from './io/written.js';
import { fieldForKeyIn, PERSON_FIELD, RECORD_TYPES } from './records/fields.js';
import { ownValue, setOwn } from './core/own-keys.js';
import { parseRecord } from './records/record.js';
import type { RulesPack } from './rules/load.js';

export type { EvaluatedRecord };

export function evaluateWritten(w: WrittenRecord, pack: RulesPack, asOf: CalendarDate): EvaluatedRecord {
  const record = parseRecord(w.type, w.written, w.source, w.defaults, w.lines, pack.facts[w.type]);
  const results = record.errors.length ? null : evaluateRecord(record.type, record.facts, pack, asOf);
  return { ...record, results };
}

/**
 * Evaluates records one after another as a run does: each is read and evaluated, checked
 * against the claims before it for duplicates, audited when asked, and counted in the summary.
 * (CSV batches do the same from bytes, in src/batch/process.ts.)
 */
export class RecordFlow {
  readonly summary: SummaryBuilder;
  private readonly duplicates: DuplicateCheck;

  constructor(
    private readonly pack: RulesPack,
    private readonly asOf: CalendarDate,
    private readonly audit: boolean,
  ) {
    this.summary = new SummaryBuilder(pack, audit);
    this.duplicates = new DuplicateCheck(pack);
  }

  evaluate(w: WrittenRecord): EvaluatedRecord {
    const rec = evaluateWritten(w, this.pack, this.asOf);
    if (rec.results) this.duplicates.apply(rec.type, rec.facts, rec.results, { ...rec.source, case_id: rec.case_id });
    this.summary.add(rec.source.file, rec.results);
    if (this.audit) {
      rec.audit = auditItems(this.pack.byType[rec.type], rec.facts, rec.raw, rec.results);
      this.summary.addAudit(rec.case_id, rec.audit);
    }
    return rec;
  }

  /**
   * A record known to be invalid before its fields are read (an NDJSON line that is not a
   * record, a record of no known type): counted, with its errors and no results.
   */
  reject(r: RejectedRecord): EvaluatedRecord {
    this.summary.add(r.source.file, null);
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
    if (this.audit) {
      // What it claims of any program, since its type is not known.
      rec.audit = auditItems(this.pack.programs, {}, raw, null);
      this.summary.addAudit(rec.case_id, rec.audit);
    }
    return rec;
  }

  /** The person key of a written record (see DuplicateCheck.keyOf): undefined without a valid ID number. */
  personKey(w: WrittenRecord): number | undefined {
    const record = parseRecord(w.type, w.written, w.source, w.defaults, w.lines, this.pack.facts[w.type]);
    return this.duplicates.keyOf(w.type, record.facts[PERSON_FIELD[w.type]]);
  }

  /** Claims of batches (settled in the main thread): see DuplicateCheck.register. */
  get claims(): DuplicateCheck {
    return this.duplicates;
  }
}
