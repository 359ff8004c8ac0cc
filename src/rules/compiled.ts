/**
 * What a pack compiles to: closures for each condition (with its reasons, its outcome alone,
 * and its outcome from the values of the facts it reads) and each amount rule, grouped by
 * record type; and the problem a pack that cannot compile reports.
 */
import type { CalendarDate } from '../core/calendar.js';
import type { RecordType } from '../records/fields.js';
import type { AmountResult, ConditionResult, Outcome } from './results.js';
import type { ConditionSpec, ProgramSpec } from './schema.js';
import type { ProblemText } from './messages.js';

export type Facts = Readonly<Record<string, unknown>>;
export type ConditionFn = (facts: Facts, asOf: CalendarDate) => ConditionResult;
export type AmountFn = (facts: Facts) => AmountResult;

/** A condition's outcome alone, as a code (see OUTCOME_CODES): for output that needs no reasons. */
export type ConditionTest = (facts: Facts, asOf: CalendarDate) => number;
export const MET = 0;
export const NOT_MET = 1;
export const UNKNOWN = 2;
export const PENDING = 3;
export const OUTCOMES: readonly Outcome[] = ['met', 'not_met', 'unknown', 'pending'];

/**
 * A condition's outcome from the values of the facts it reads (at most two, in `reads`): for
 * code written out per record type, which reads the facts itself.
 */
export interface ConditionCheck {
  reads: readonly string[];
  check: (a: unknown, b: unknown, asOf: CalendarDate) => number;
}

/** The test of a check: the same outcome, from the facts. */
export function testOf({ reads, check }: ConditionCheck): ConditionTest {
  const [a, b] = reads;
  if (a === undefined) return (_facts, asOf) => check(undefined, undefined, asOf);
  if (b === undefined) return (facts, asOf) => check(facts[a], undefined, asOf);
  return (facts, asOf) => check(facts[a], facts[b], asOf);
}

/** A condition compiled twice over: with its reasons, and its outcome alone (the same outcome, faster). */
export interface CompiledCondition {
  fn: ConditionFn;
  test: ConditionTest;
  check: ConditionCheck;
}

/** A condition from its check, and the reasons for the outcome the check gives (`explain`). */
export function conditionOf(check: ConditionCheck, explain: (facts: Facts, outcome: Outcome) => ConditionResult): CompiledCondition {
  const test = testOf(check);
  return { test, check, fn: (facts, asOf) => explain(facts, OUTCOMES[test(facts, asOf)]!) };
}

/** A problem in a pack, at a place below the condition or amount being compiled. */
export class PackProblem extends Error {
  constructor(
    readonly text: ProblemText,
    readonly at: (string | number)[] = [],
  ) {
    super(text.en);
  }
}

/** An amount alone from the value of the fact it reads, if any (`reads`): see ConditionCheck. */
export interface AmountCheck {
  reads: readonly string[];
  fen: (value: unknown) => number | null;
}

/** An amount rule, with its reasons and its amount alone (the same amount). */
export interface CompiledAmount {
  fn: AmountFn;
  fen: (facts: Facts) => number | null;
  check: AmountCheck;
}

export interface CompiledProgram {
  id: string;
  spec: ProgramSpec;
  recordType: RecordType;
  /** Indexes of this program's conditions in its record type's condition list. */
  conditions: readonly number[];
  /** This program's conditions by id, for describing results. */
  conditionSpecs: ReadonlyMap<string, ConditionSpec>;
  amount: AmountFn;
  /** The amount alone: amount(facts).fen. */
  fen: (facts: Facts) => number | null;
  /** The same, from the value of the fact it reads. */
  fenCheck: AmountCheck;
}

/** The conditions of all programs of one record type; programs that share a condition share its entry. */
export interface CompiledType {
  conditions: ConditionFn[];
  /** The same conditions' outcomes alone, as codes (MET, NOT_MET, UNKNOWN, PENDING). */
  tests: ConditionTest[];
  /** The same again, from the values of the facts they read. */
  checks: ConditionCheck[];
  programs: CompiledProgram[];
}

/** Where a problem is: the pack object it is in (a program, a condition) and the path below it. */
export type ReportProblem = (object: object, at: (string | number)[], text: ProblemText) => void;
