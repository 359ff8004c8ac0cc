/**
 * What the engine returns. Amounts are integer fen; dates are `YYYY-MM-DD`.
 */
import type { CalendarDate } from '../core/calendar.js';
import type { InputRecord } from '../records/record.js';
import type { AmountResult, ClaimRef, ConditionResult } from '../rules/results.js';
import type { AuditItem } from './audit.js';

export type { AmountResult, ClaimRef, ConditionResult, Outcome } from '../rules/results.js';

export type Status = 'eligible' | 'ineligible' | 'undetermined' | 'pending';
export const STATUSES: readonly Status[] = ['eligible', 'pending', 'undetermined', 'ineligible'];

export interface ProgramResult {
  program: string;
  kind: 'grant' | 'loan';
  status: Status;
  /** Integer fen; null when undetermined; 0 when ineligible; for pending, what becomes claimable. */
  amount: number | null;
  /** The conditions that decided the status (all of them when eligible). */
  reasons: ConditionResult[];
  /** Every condition, in the pack's order. */
  conditions: ConditionResult[];
  amount_rule: AmountResult;
  eligible_on?: CalendarDate;
  missing?: string[];
  /** When ineligible as a duplicate: the claim that came first. */
  duplicate_of?: ClaimRef;
}

/** A record as read and evaluated: what every output format writes. */
export interface EvaluatedRecord extends InputRecord {
  /** The type as written, when it is not a record type (the record is then invalid). */
  writtenType?: string;
  /** Claimed against computed, when auditing. */
  audit?: AuditItem[];
  /** One result per program of the record's type; null when the record is invalid. */
  results: ProgramResult[] | null;
}
