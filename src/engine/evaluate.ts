/**
 * The engine: a parsed record and a compiled pack in, one result per program out.
 * Pure: no I/O, no clock; the evaluation date is an argument.
 */
import type { Facts } from '../rules/compile.js';
import type { RulesPack } from '../rules/load.js';
import type { RecordType } from '../records/fields.js';
import type { CalendarDate } from './calendar.js';
import type { ConditionResult, ProgramResult } from './types.js';

function unique(lists: (string[] | undefined)[]): string[] {
  const out: string[] = [];
  for (const list of lists) for (const item of list ?? []) if (!out.includes(item)) out.push(item);
  return out;
}

/**
 * Combines condition outcomes in three-valued logic: one unmet condition makes the result
 * ineligible whatever else is unknown; otherwise one unknown makes it undetermined; otherwise
 * a pending condition makes it pending until the latest of their dates.
 */
export function evaluateRecord(type: RecordType, facts: Facts, pack: RulesPack, asOf: CalendarDate): ProgramResult[] {
  const programs = pack.byType[type];
  const results: ProgramResult[] = new Array(programs.length);
  for (let i = 0; i < programs.length; i++) {
    const program = programs[i]!;
    const conditions: ConditionResult[] = program.conditions.map((c) => c(facts, asOf));
    const amountRule = program.amount(facts);
    const base = { program: program.id, kind: program.spec.kind, conditions, amount_rule: amountRule };
    const notMet = conditions.filter((c) => c.outcome === 'not_met');
    if (notMet.length) {
      results[i] = { ...base, status: 'ineligible', amount: 0, reasons: notMet };
      continue;
    }
    const unknown = conditions.filter((c) => c.outcome === 'unknown');
    if (unknown.length || amountRule.fen === null) {
      const missing = unique([...unknown.map((c) => c.missing), amountRule.missing]);
      results[i] = { ...base, status: 'undetermined', amount: null, reasons: unknown, missing };
      continue;
    }
    const pending = conditions.filter((c) => c.outcome === 'pending');
    if (pending.length) {
      const eligibleOn = pending.map((c) => c.reached_on!).sort().at(-1)!;
      results[i] = { ...base, status: 'pending', amount: amountRule.fen, reasons: pending, eligible_on: eligibleOn };
      continue;
    }
    results[i] = { ...base, status: 'eligible', amount: amountRule.fen, reasons: conditions };
  }
  return results;
}
