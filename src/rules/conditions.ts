/**
 * Conditions compiled, one function for each operator: each gives the check of its outcome
 * and the reasons for it (see conditionOf).
 */
import { addMonths, type CalendarDate } from '../core/calendar.js';
import { bilingual, RulesError } from '../errors.js';
import { problem } from './messages.js';
import { conditionOf, MET, NOT_MET, OUTCOMES, PackProblem, PENDING, testOf, UNKNOWN, type CompiledCondition, type ConditionCheck } from './compiled.js';
import { asList, comparable, factKind, paramValue, resolveValue, type CompileContext } from './resolve.js';
import type { ConditionSpec, ProgramSpec } from './schema.js';

/** A condition of one operator. */
type Op<O extends ConditionSpec['op']> = Extract<ConditionSpec, { op: O }>;

/**
 * A check of a date fact as of the evaluation date: a date after it is a fact that had not yet
 * happened then, so what it would meet is pending until that day (the pack's interpretation
 * dated_facts). The fact is the check's first read.
 */
function asOfItsDate(check: ConditionCheck): ConditionCheck {
  const inner = check.check;
  return {
    reads: check.reads,
    check: (a, b, asOf) => {
      const outcome = inner(a, b, asOf);
      return outcome === MET && a !== undefined && (a as CalendarDate) > asOf ? PENDING : outcome;
    },
  };
}

/** A condition of a program compiled: its check, and its reasons. */
export function compileCondition(ctx: CompileContext, spec: ConditionSpec): CompiledCondition {
  switch (spec.op) {
    case 'present':
      return present(ctx, spec);
    case 'happened':
      return happened(ctx, spec);
    case 'any_in':
    case 'none_in':
      return inList(ctx, spec);
    case 'eq':
    case 'ne':
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return compared(ctx, spec);
    case 'retained':
      return retained(ctx, spec);
  }
}

/** The fact is given (a date: given, and not after the evaluation date). */
function present(ctx: CompileContext, spec: Op<'present'>): CompiledCondition {
  const id = spec.id;
  const kind = factKind(ctx, spec.fact, 'fact');
  const fact = spec.fact;
  const given: ConditionCheck = { reads: [fact], check: (value) => (value === undefined ? UNKNOWN : MET) };
  const check = kind === 'date' ? asOfItsDate(given) : given;
  return conditionOf(check, (facts, outcome) => {
    const value = facts[fact];
    if (value === undefined) return { condition: id, outcome, fact, missing: [fact] };
    return outcome === 'pending' ? { condition: id, outcome, fact, value, reached_on: value as CalendarDate } : { condition: id, outcome, fact, value };
  });
}

/** The event a date fact dates has taken place by the evaluation date (no date: it has). */
function happened(ctx: CompileContext, spec: Op<'happened'>): CompiledCondition {
  const id = spec.id;
  if (factKind(ctx, spec.fact, 'fact') !== 'date') throw new PackProblem(problem.notADate('happened', spec.fact), ['fact']);
  const fact = spec.fact;
  // No date: nothing says the event has not taken place (the record says it has).
  const check = asOfItsDate({ reads: [fact], check: () => MET });
  return conditionOf(check, (facts, outcome) => {
    const value = facts[fact] as CalendarDate | undefined;
    if (value === undefined) return { condition: id, outcome, fact };
    return outcome === 'pending' ? { condition: id, outcome, fact, value, reached_on: value } : { condition: id, outcome, fact, value };
  });
}

/** Any (any_in) or none (none_in) of the fact's values is in a list. */
function inList(ctx: CompileContext, spec: Op<'any_in' | 'none_in'>): CompiledCondition {
  const id = spec.id;
  const kind = factKind(ctx, spec.fact, 'fact');
  const { value: listValue, param, named, added } = resolveValue(ctx, spec.value, kind, ['list']);
  const parts = named ? { named, added } : {};
  // A district the pack does not know is compared as written (it is in none of the pack's districts).
  const norm = spec.match === 'district' ? (v: string) => ctx.districts(v) ?? v.trim() : undefined;
  const expected = asList(listValue).map((v) => (norm ? norm(String(v)) : String(v)));
  const set = new Set(expected);
  const wantAny = spec.op === 'any_in';
  const fact = spec.fact;
  const check: ConditionCheck = {
    reads: [fact],
    check: (raw) => {
      if (raw === undefined) return UNKNOWN;
      let hit = false;
      if (Array.isArray(raw)) {
        for (let i = 0; i < raw.length && !hit; i++) hit = set.has(norm ? norm(String(raw[i])) : String(raw[i]));
      } else {
        hit = set.has(norm ? norm(String(raw)) : String(raw));
      }
      return hit === wantAny ? MET : NOT_MET;
    },
  };
  return conditionOf(check, (facts, outcome) => {
    const raw = facts[fact];
    if (raw === undefined) return { condition: id, outcome, fact, expected, param, ...parts, missing: [fact] };
    const value = Array.isArray(raw) ? raw : norm ? norm(String(raw)) : String(raw);
    return { condition: id, outcome, fact, value, expected, param, ...parts };
  });
}

/** The fact compared with a value (a date: as of the evaluation date). */
function compared(ctx: CompileContext, spec: Op<'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte'>): CompiledCondition {
  const id = spec.id;
  const kind = factKind(ctx, spec.fact, 'fact');
  const { value: expected, param } = resolveValue(ctx, spec.value, kind, comparable(kind));
  const fact = spec.fact;
  const op = spec.op;
  const compare = (a: number | string, b: number | string): boolean => {
    switch (op) {
      case 'eq':
        return a === b;
      case 'ne':
        return a !== b;
      case 'gt':
        return a > b;
      case 'gte':
        return a >= b;
      case 'lt':
        return a < b;
      case 'lte':
        return a <= b;
    }
  };
  const compared: ConditionCheck = {
    reads: [fact],
    check: (value) => {
      if (value === undefined || expected === null || expected === undefined) return UNKNOWN;
      return compare(value as number | string, expected as number | string) ? MET : NOT_MET;
    },
  };
  const check = kind === 'date' ? asOfItsDate(compared) : compared;
  return conditionOf(check, (facts, outcome) => {
    const value = facts[fact];
    if (value === undefined) return { condition: id, outcome, fact, expected, param, missing: [fact] };
    if (expected === null || expected === undefined) return { condition: id, outcome, fact, value, param, missing: [param ?? fact] };
    return { condition: id, outcome, fact, value, expected, param, ...(outcome === 'pending' ? { reached_on: value as CalendarDate } : {}) };
  });
}

/** Employed from one date fact for a number of months, by the other or the evaluation date. */
function retained(ctx: CompileContext, spec: Op<'retained'>): CompiledCondition {
  const id = spec.id;
  if (factKind(ctx, spec.start, 'start') !== 'date') throw new PackProblem(problem.notADate('from', spec.start), ['start']);
  if (factKind(ctx, spec.end, 'end') !== 'date') throw new PackProblem(problem.notADate('to', spec.end), ['end']);
  const { start, end } = spec;
  const param = typeof spec.months === 'object' ? spec.months.param : undefined;
  const months = param ? (paramValue(ctx, param, ['integer'], ['months', 'param']) as number | null) : (spec.months as number);
  // Beyond this, the day the months are reached would fall past the calendar's years.
  if (months !== null && months > MAX_MONTHS) {
    const set = param ? ctx.params.get(param) : undefined;
    // A value given with --param or --params is its giver's to correct, not the pack's.
    if (set?.given) {
      const text = problem.tooManyMonths(months, MAX_MONTHS, param);
      throw new RulesError(bilingual(`${set.given}: ${text.en}`, `${set.given}:${text.zh}`));
    }
    throw new PackProblem(problem.tooManyMonths(months, MAX_MONTHS, param, set?.source), param ? ['months', 'param'] : ['months']);
  }
  // The day the months are reached, by first day (days repeat from record to record).
  const reached = new Map<CalendarDate, CalendarDate>();
  const reachedOn = (from: CalendarDate): CalendarDate => {
    let day = reached.get(from);
    if (day === undefined) {
      day = addMonths(from, months!);
      if (reached.size >= 4096) reached.clear();
      reached.set(from, day);
    }
    return day;
  };
  const check: ConditionCheck = {
    reads: [start, end],
    check: (first, last, asOf) => {
      if (months === null) return UNKNOWN;
      const from = first as CalendarDate | undefined;
      if (from === undefined) return UNKNOWN;
      const to = (last as CalendarDate | undefined) ?? null;
      const day = reachedOn(from);
      // Employed through the day: by the last day of employment, or (still employed) by the evaluation date.
      const employedThrough = to !== null && to < asOf ? to : asOf;
      return employedThrough >= day ? MET : to !== null && to < day ? NOT_MET : PENDING;
    },
  };
  return conditionOf(check, (facts, outcome) => {
    if (months === null) return { condition: id, outcome, param, missing: [param!] };
    const from = facts[start] as CalendarDate | undefined;
    if (from === undefined) return { condition: id, outcome, fact: start, months, missing: [start] };
    const to = (facts[end] as CalendarDate | undefined) ?? null;
    return { condition: id, outcome, fact: start, start: from, end: to, months, reached_on: reachedOn(from), param };
  });
}

/** The longest retention period a pack may ask for: 100 years. */
const MAX_MONTHS = 1200;

/** The condition of a program's dates: the evaluation date is within from and to. */
export function inEffectCondition(program: ProgramSpec): CompiledCondition {
  const from = program.from;
  const to = program.to;
  const check: ConditionCheck = { reads: [], check: (_a, _b, asOf) => ((!from || from <= asOf) && (!to || asOf <= to) ? MET : NOT_MET) };
  const test = testOf(check);
  return {
    test,
    check,
    fn: (facts, asOf) => ({ condition: IN_EFFECT, outcome: OUTCOMES[test(facts, asOf)]!, value: asOf, expected: [from ?? null, to ?? null] }),
  };
}

/** The id of the condition that a program's dates make. */
export const IN_EFFECT = 'in_effect';

/** Stands in for a condition that did not compile (the pack is then rejected). */
export function unknownCondition(id: string): CompiledCondition {
  return { test: () => UNKNOWN, check: { reads: [], check: () => UNKNOWN }, fn: () => ({ condition: id, outcome: 'unknown' }) };
}
