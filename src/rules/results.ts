/**
 * What a compiled condition and amount rule return, and the claim a duplicate repeats: the
 * parts of a program's result that the pack's closures build. Amounts are integer fen; dates
 * are `YYYY-MM-DD`.
 */
import type { CalendarDate } from '../core/calendar.js';

/**
 * Where a claim was made: the file, its line there, and the record's case ID. A claim paid
 * before (found in the ledger) also names the batch that recorded its payment and the date it
 * was paid (the batch's as-of date).
 */
export interface ClaimRef {
  file: string;
  line?: number;
  case_id: string | null;
  batch?: string;
  paid_on?: string;
}

/** A condition's three-valued outcome, plus `pending`: not yet, but on its way. */
export type Outcome = 'met' | 'not_met' | 'unknown' | 'pending';

export interface ConditionResult {
  /** The condition's id within its program. */
  condition: string;
  outcome: Outcome;
  fact?: string;
  /** The fact's value as the record gave it (after parsing). */
  value?: unknown;
  /** What the condition compares it with (a parameter's value or a literal). */
  expected?: unknown;
  /** The parameter the expected value comes from (or, with `named`, the values it adds). */
  param?: string;
  /** For a list that the rule states and a parameter adds to: the values the rule names, and those the parameter adds. */
  named?: unknown[];
  added?: unknown[];
  /** Facts or parameters whose absence left the condition undecided. */
  missing?: string[];
  /** For retention: the first day of employment, the last (null: still employed) and the day the months are reached. */
  start?: CalendarDate;
  end?: CalendarDate | null;
  /** For `duplicate`: the claim of the same person and program that came first. */
  duplicate_of?: ClaimRef;
  months?: number;
  reached_on?: CalendarDate;
}

export interface AmountResult {
  /** Integer fen, or null when a fact or parameter it needs is missing. */
  fen: number | null;
  missing?: string[];
  /** The source of the amount: a parameter, a literal, or a fact (capped). */
  param?: string;
  fact?: string;
  requested?: number;
  cap?: number;
  capped?: boolean;
}
