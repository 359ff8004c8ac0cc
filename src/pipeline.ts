/**
 * The one-way flow: written record → parsed record → results. Used by the CLI and the library.
 */
import { evaluateRecord } from './engine/evaluate.js';
import type { CalendarDate } from './engine/calendar.js';
import type { ProgramResult } from './engine/types.js';
import type { AuditItem } from './engine/audit.js';
import type { WrittenRecord } from './io/written.js';
import { parseRecord, type InputRecord } from './records/record.js';
import type { RulesPack } from './rules/load.js';

export interface EvaluatedRecord extends InputRecord {
  /** The type as written, when it is not a record type (the record is then invalid). */
  writtenType?: string;
  /** Claimed against computed, when auditing. */
  audit?: AuditItem[];
  /** One result per program of the record's type; null when the record is invalid. */
  results: ProgramResult[] | null;
}

export function evaluateWritten(w: WrittenRecord, pack: RulesPack, asOf: CalendarDate): EvaluatedRecord {
  const record = parseRecord(w.type, w.written, w.source, w.defaults, w.lines, pack.facts[w.type]);
  const results = record.errors.length ? null : evaluateRecord(record.type, record.facts, pack, asOf);
  return { ...record, results };
}
