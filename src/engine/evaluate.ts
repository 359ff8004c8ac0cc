/**
 * The engine: a parsed record and a compiled pack in, one result per program out.
 * Pure: no I/O, no clock; the evaluation date is an argument.
 */
import type { Facts } from '../rules/compile.js';
import type { RulesPack } from '../rules/load.js';
import type { RecordType } from '../records/fields.js';
import type { CalendarDate } from './calendar.js';
import type { ConditionResult, ProgramResult } from './types.js';

function missingOf(unknown: ConditionResult[], amountMissing: string[] | undefined): string[] {
  const out: string[] = [];
  for (const c of unknown) for (const m of c.missing ?? []) if (!out.includes(m)) out.push(m);
  for (const m of amountMissing ?? []) if (!out.includes(m)) out.push(m);
  return out;
}

/**
 * Evaluates one record against every program of its type, in three-valued logic: one unmet
 * condition makes a result ineligible whatever else is unknown; otherwise one unknown fact or
 * parameter (of the conditions or the amount) makes it undetermined; otherwise a pending
 * condition makes it pending until the latest of their dates.
 */
export function evaluateRecord(type: RecordType, facts: Facts, pack: RulesPack, asOf: CalendarDate): ProgramResult[] {
  const { conditions: fns, programs } = pack.compiled[type];
  const outcomes: ConditionResult[] = new Array(fns.length);
  for (let i = 0; i < fns.length; i++) outcomes[i] = fns[i]!(facts, asOf);

  const results: ProgramResult[] = new Array(programs.length);
  for (let p = 0; p < programs.length; p++) {
    const program = programs[p]!;
    const conditions: ConditionResult[] = new Array(program.conditions.length);
    let notMet: ConditionResult[] | undefined;
    let unknown: ConditionResult[] | undefined;
    let pending: ConditionResult[] | undefined;
    for (let i = 0; i < conditions.length; i++) {
      const c = outcomes[program.conditions[i]!]!;
      conditions[i] = c;
      if (c.outcome === 'not_met') (notMet ??= []).push(c);
      else if (c.outcome === 'unknown') (unknown ??= []).push(c);
      else if (c.outcome === 'pending') (pending ??= []).push(c);
    }
    const amountRule = program.amount(facts);
    const kind = program.spec.kind;
    if (notMet) {
      results[p] = { program: program.id, kind, status: 'ineligible', amount: 0, reasons: notMet, conditions, amount_rule: amountRule };
    } else if (unknown || amountRule.fen === null) {
      results[p] = {
        program: program.id,
        kind,
        status: 'undetermined',
        amount: null,
        reasons: unknown ?? [],
        conditions,
        amount_rule: amountRule,
        missing: missingOf(unknown ?? [], amountRule.missing),
      };
    } else if (pending) {
      let eligibleOn = pending[0]!.reached_on!;
      for (const c of pending) if (c.reached_on! > eligibleOn) eligibleOn = c.reached_on!;
      results[p] = {
        program: program.id,
        kind,
        status: 'pending',
        amount: amountRule.fen,
        reasons: pending,
        conditions,
        amount_rule: amountRule,
        eligible_on: eligibleOn,
      };
    } else {
      results[p] = { program: program.id, kind, status: 'eligible', amount: amountRule.fen, reasons: conditions, conditions, amount_rule: amountRule };
    }
  }
  return results;
}
