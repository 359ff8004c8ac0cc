/**
 * Compiles a pack's conditions and amount rules into closures, once, at load time.
 * Nothing here runs per record except the closures it returns.
 */
import { addMonths, type CalendarDate } from '../core/calendar.js';
import type { AmountResult, ConditionResult, Outcome } from './results.js';
import { fieldSpec, FIELDS, RECORD_TYPES, type FieldKind, type FieldSpec, type RecordType } from '../records/fields.js';
import { PARSERS } from '../records/kinds.js';
import { isInvalid, parseMoney } from '../records/values.js';
import type { DistrictResolver } from './districts.js';
import type { Params } from './params.js';
import type { AmountSpec, ConditionSpec, ProgramSpec, ValueSpec } from './schema.js';

export type Facts = Readonly<Record<string, unknown>>;
export type ConditionFn = (facts: Facts, asOf: CalendarDate) => ConditionResult;
export type AmountFn = (facts: Facts) => AmountResult;

/** A condition's outcome alone, as a code (see OUTCOME_CODES): for output that needs no reasons. */
export type ConditionTest = (facts: Facts, asOf: CalendarDate) => number;
export const MET = 0;
export const NOT_MET = 1;
export const UNKNOWN = 2;
export const PENDING = 3;
const OUTCOMES: readonly Outcome[] = ['met', 'not_met', 'unknown', 'pending'];

/**
 * A condition's outcome from the values of the facts it reads (at most two, in `reads`): for
 * code written out per record type, which reads the facts itself.
 */
export interface ConditionCheck {
  reads: readonly string[];
  check: (a: unknown, b: unknown, asOf: CalendarDate) => number;
}

/** The test of a check: the same outcome, from the facts. */
function testOf({ reads, check }: ConditionCheck): ConditionTest {
  const [a, b] = reads;
  if (a === undefined) return (_facts, asOf) => check(undefined, undefined, asOf);
  if (b === undefined) return (facts, asOf) => check(facts[a], undefined, asOf);
  return (facts, asOf) => check(facts[a], facts[b], asOf);
}

/** A condition compiled twice over: with its reasons, and its outcome alone (the same outcome, faster). */
interface CompiledCondition {
  fn: ConditionFn;
  test: ConditionTest;
  check: ConditionCheck;
}

/** A condition from its check, and the reasons for the outcome the check gives (`explain`). */
function conditionOf(check: ConditionCheck, explain: (facts: Facts, outcome: Outcome) => ConditionResult): CompiledCondition {
  const test = testOf(check);
  return { test, check, fn: (facts, asOf) => explain(facts, OUTCOMES[test(facts, asOf)]!) };
}

/** A problem in a pack, at a place below the condition or amount being compiled. */
export class PackProblem extends Error {
  constructor(
    message: string,
    readonly at: (string | number)[] = [],
  ) {
    super(message);
  }
}

interface CompileContext {
  program: ProgramSpec;
  params: Params;
  districts: DistrictResolver;
  /** Fields that the pack adds to each record type. */
  facts: Readonly<Record<RecordType, readonly FieldSpec[]>>;
}

function factKind(ctx: CompileContext, fact: string, at: string): FieldKind {
  const type = ctx.program.record_type;
  const spec = fieldSpec(type, fact, ctx.facts[type]);
  if (spec) return spec.kind;
  const own = [...FIELDS[type], ...ctx.facts[type]].map((s) => s.name).join(', ');
  const elsewhere = RECORD_TYPES.filter((t) => fieldSpec(t, fact, ctx.facts[t]));
  throw new PackProblem(
    elsewhere.length
      ? `unknown fact "${fact}" for ${type} records (it is a field of ${elsewhere.join(', ')} records); ${type} records have ${own}`
      : `unknown fact "${fact}": no record type has such a field; ${type} records have ${own}, and a pack may declare more under facts`,
    [at],
  );
}

function paramValue(ctx: CompileContext, name: string, expect: readonly string[], at: (string | number)[]) {
  const p = ctx.params.get(name);
  if (!p) throw new PackProblem(`unknown parameter "${name}"; the packs define ${[...ctx.params.keys()].join(', ')}`, at);
  if (expect.length && !expect.includes(p.spec.type)) {
    throw new PackProblem(`parameter ${name} is of type ${p.spec.type}; here it must be ${expect.join(' or ')}`, at);
  }
  return p.value;
}

/** The parameter types a condition's value may come from, by the kind of fact it compares. */
function comparable(kind: FieldKind): string[] {
  return kind === 'money' ? ['money'] : kind === 'integer' || kind === 'number' ? ['integer'] : [];
}

/** A value to compare a fact with; for a list that the rule states and a parameter adds to, the two parts apart. */
interface Resolved {
  value: unknown;
  param?: string;
  named?: unknown[];
  added?: unknown[];
}

/** A literal or parameter value, converted to the fact's representation. */
function resolveValue(ctx: CompileContext, value: ValueSpec, kind: FieldKind, params: readonly string[]): Resolved {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return { value: paramValue(ctx, value.param, params, ['value', 'param']), param: value.param };
  }
  if (Array.isArray(value)) {
    const at = value.findIndex((v) => typeof v === 'object');
    const ref = value[at];
    const named = value.filter((v): v is string | number => typeof v !== 'object').map((v, i) => literalItem(kind, v, i));
    if (ref === undefined || typeof ref !== 'object') return { value: named };
    const added = asList(paramValue(ctx, ref.param, params, ['value', at, 'param']));
    return { value: [...named, ...added], param: ref.param, named, added };
  }
  if (kind === 'money' && (typeof value === 'number' || typeof value === 'string')) {
    const r = parseMoney(value);
    if (isInvalid(r)) throw new PackProblem(`${JSON.stringify(value)}: ${r.error}`, ['value']);
    return { value: r };
  }
  // A literal is read as the fact it is compared with is read: a date, a count, a number.
  if ((kind === 'date' || kind === 'integer' || kind === 'number') && (typeof value === 'string' || typeof value === 'number')) {
    const r = PARSERS[kind](value);
    if (isInvalid(r)) throw new PackProblem(`${JSON.stringify(value)}: ${r.error}`, ['value']);
    return { value: r };
  }
  return { value };
}

/** A value of a list that the rule states, read as the fact it is compared with is read (a group's Chinese name). */
function literalItem(kind: FieldKind, item: string | number, index: number): unknown {
  if (kind !== 'groups' && kind !== 'categories') return item;
  const r = PARSERS[kind](String(item));
  if (isInvalid(r)) throw new PackProblem(`${JSON.stringify(item)}: ${r.error}`, ['value', index]);
  return (r as string[])[0];
}

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

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function compileCondition(ctx: CompileContext, spec: ConditionSpec): CompiledCondition {
  const id = spec.id;
  switch (spec.op) {
    case 'present': {
      const kind = factKind(ctx, spec.fact, 'fact');
      const fact = spec.fact;
      const present: ConditionCheck = { reads: [fact], check: (value) => (value === undefined ? UNKNOWN : MET) };
      const check = kind === 'date' ? asOfItsDate(present) : present;
      return conditionOf(check, (facts, outcome) => {
        const value = facts[fact];
        if (value === undefined) return { condition: id, outcome, fact, missing: [fact] };
        return outcome === 'pending' ? { condition: id, outcome, fact, value, reached_on: value as CalendarDate } : { condition: id, outcome, fact, value };
      });
    }
    case 'happened': {
      if (factKind(ctx, spec.fact, 'fact') !== 'date') throw new PackProblem(`happened dates an event by a date field; ${spec.fact} is not one`, ['fact']);
      const fact = spec.fact;
      // No date: nothing says the event has not taken place (the record says it has).
      const check = asOfItsDate({ reads: [fact], check: () => MET });
      return conditionOf(check, (facts, outcome) => {
        const value = facts[fact] as CalendarDate | undefined;
        if (value === undefined) return { condition: id, outcome, fact };
        return outcome === 'pending' ? { condition: id, outcome, fact, value, reached_on: value } : { condition: id, outcome, fact, value };
      });
    }
    case 'any_in':
    case 'none_in': {
      const kind = factKind(ctx, spec.fact, 'fact');
      const { value: listValue, param, named, added } = resolveValue(ctx, spec.value, kind, ['list']);
      const parts = named ? { named, added } : {};
      const norm = spec.match === 'district' ? ctx.districts : undefined;
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
    case 'eq':
    case 'ne':
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
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
    case 'retained': {
      if (factKind(ctx, spec.start, 'start') !== 'date') throw new PackProblem(`retained counts from a date field; ${spec.start} is not one`, ['start']);
      if (factKind(ctx, spec.end, 'end') !== 'date') throw new PackProblem(`retained counts to a date field; ${spec.end} is not one`, ['end']);
      const { start, end } = spec;
      const param = typeof spec.months === 'object' ? spec.months.param : undefined;
      const months = param ? (paramValue(ctx, param, ['integer'], ['months', 'param']) as number | null) : (spec.months as number);
      // Beyond this, the day the months are reached would fall past the calendar's years.
      if (months !== null && months > MAX_MONTHS) {
        throw new PackProblem(`${param ? `parameter ${param} is ${months}` : `${months} months`}: a retention period of at most ${MAX_MONTHS} months (100 years) is possible`, param ? ['months', 'param'] : ['months']);
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
  }
}

/** The longest retention period a pack may ask for: 100 years. */
const MAX_MONTHS = 1200;

/** An amount alone from the value of the fact it reads, if any (`reads`): see ConditionCheck. */
export interface AmountCheck {
  reads: readonly string[];
  fen: (value: unknown) => number | null;
}

/** An amount rule, with its reasons and its amount alone (the same amount). */
interface CompiledAmount {
  fn: AmountFn;
  fen: (facts: Facts) => number | null;
  check: AmountCheck;
}

function constantAmount(result: AmountResult): CompiledAmount {
  return { fn: () => result, fen: () => result.fen, check: { reads: [], fen: () => result.fen } };
}

function compileAmount(ctx: CompileContext, spec: AmountSpec): CompiledAmount {
  if ('param' in spec) {
    const name = spec.param;
    const fen = paramValue(ctx, name, ['money'], ['param']) as number | null;
    return constantAmount(fen === null ? { fen: null, param: name, missing: [name] } : { fen, param: name });
  }
  if ('yuan' in spec) {
    const r = parseMoney(spec.yuan);
    if (isInvalid(r)) throw new PackProblem(`amount ${spec.yuan}: ${r.error}`, ['yuan']);
    return constantAmount({ fen: r });
  }
  if (factKind(ctx, spec.fact, 'fact') !== 'money') throw new PackProblem(`the amount comes from ${spec.fact}, which is not an amount of money`, ['fact']);
  const fact = spec.fact;
  const capParam = spec.cap !== undefined && typeof spec.cap === 'object' ? spec.cap.param : undefined;
  let cap: number | null | undefined;
  if (capParam) cap = paramValue(ctx, capParam, ['money'], ['cap', 'param']) as number | null;
  else if (typeof spec.cap === 'number') {
    const r = parseMoney(spec.cap);
    if (isInvalid(r)) throw new PackProblem(`cap ${spec.cap}: ${r.error}`, ['cap']);
    cap = r;
  }
  const check: AmountCheck = {
    reads: [fact],
    fen: (value) => {
      const requested = value as number | undefined;
      if (requested === undefined || cap === null) return null;
      return cap === undefined || requested <= cap ? requested : cap;
    },
  };
  const fen = (facts: Facts): number | null => check.fen(facts[fact]);
  return {
    fen,
    check,
    fn: (facts) => {
      const requested = facts[fact] as number | undefined;
      if (requested === undefined) return { fen: null, fact, missing: [fact] };
      if (cap === undefined) return { fen: fen(facts), fact, requested };
      if (cap === null) return { fen: null, fact, requested, missing: [capParam!] };
      return { fen: fen(facts), fact, requested, cap, capped: requested > cap };
    },
  };
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
export type ReportProblem = (object: object, at: (string | number)[], message: string) => void;

/**
 * Compiles every program of a pack, grouped by record type. A condition stated the same way
 * by several programs (emergency and organization share theirs) is compiled and evaluated once.
 * Problems are reported, each where it is, and compilation goes on to find the others.
 */
export function compilePrograms(
  programs: readonly ProgramSpec[],
  params: Params,
  districts: DistrictResolver,
  facts: Readonly<Record<RecordType, readonly FieldSpec[]>>,
  report: ReportProblem,
): Record<RecordType, CompiledType> {
  const out = Object.fromEntries(RECORD_TYPES.map((t): [RecordType, CompiledType] => [t, { conditions: [], tests: [], checks: [], programs: [] }])) as Record<RecordType, CompiledType>;
  const add = (group: CompiledType, c: CompiledCondition) => {
    group.tests.push(c.test);
    group.checks.push(c.check);
    return group.conditions.push(c.fn) - 1;
  };
  const seen = new Map<string, number>();
  const attempt = <T>(object: object, at: (string | number)[], work: () => T, fallback: T): T => {
    try {
      return work();
    } catch (e) {
      if (!(e instanceof PackProblem)) throw e;
      report(object, [...at, ...e.at], e.message);
      return fallback;
    }
  };
  for (const program of programs) {
    const ctx: CompileContext = { program, params, districts, facts };
    const group = out[program.record_type];
    const indexes: number[] = [];
    // A program with dates is met only on evaluation dates within them.
    if (program.from || program.to) indexes.push(add(group, inEffectCondition(program)));
    indexes.push(...program.conditions.map((c) => {
      // A condition is the same whatever its citation says (the contract condition of the
      // recruitment subsidy cites nothing, the add-ons' cites why they need it).
      const key = `${program.record_type}\u0000${JSON.stringify({ ...c, citation: undefined })}`;
      let index = seen.get(key);
      if (index === undefined) {
        index = add(group, attempt(c, [], () => compileCondition(ctx, c), unknownCondition(c.id)));
        seen.set(key, index);
      }
      return index;
    }));
    const amount = attempt(program, ['amount'], () => compileAmount(ctx, program.amount), constantAmount({ fen: null }));
    group.programs.push({
      id: program.id,
      spec: program,
      recordType: program.record_type,
      conditions: indexes,
      conditionSpecs: new Map(program.conditions.map((c) => [c.id, c])),
      amount: amount.fn,
      fen: amount.fen,
      fenCheck: amount.check,
    });
  }
  return out;
}

/** The condition of a program's dates: the evaluation date is within from and to. */
function inEffectCondition(program: ProgramSpec): CompiledCondition {
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
function unknownCondition(id: string): CompiledCondition {
  return { test: () => UNKNOWN, check: { reads: [], check: () => UNKNOWN }, fn: () => ({ condition: id, outcome: 'unknown' }) };
}
