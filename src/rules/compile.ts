/**
 * Compiles a pack's conditions and amount rules into closures, once, at load time.
 * Nothing here runs per record except the closures it returns.
 */
import { addMonths, type CalendarDate } from '../engine/calendar.js';
import type { AmountResult, ConditionResult } from '../engine/types.js';
import { RulesError } from '../errors.js';
import { fieldSpec, FIELDS, RECORD_TYPES, type FieldKind, type RecordType } from '../records/fields.js';
import { isInvalid, parseMoney } from '../records/values.js';
import type { DistrictResolver } from './districts.js';
import type { Params } from './params.js';
import type { AmountSpec, ConditionSpec, ProgramSpec, ValueSpec } from './schema.js';

export type Facts = Readonly<Record<string, unknown>>;
export type ConditionFn = (facts: Facts, asOf: CalendarDate) => ConditionResult;
export type AmountFn = (facts: Facts) => AmountResult;

interface CompileContext {
  program: ProgramSpec;
  params: Params;
  districts: DistrictResolver;
  where: string;
}

function factKind(ctx: CompileContext, fact: string): FieldKind {
  const spec = fieldSpec(ctx.program.record_type, fact);
  if (!spec) {
    const names = FIELDS[ctx.program.record_type].map((s) => s.name).join(', ');
    throw new RulesError(
      `${ctx.where}: no ${ctx.program.record_type} record has a field "${fact}"; its fields are ${names}`,
    );
  }
  return spec.kind;
}

function paramValue(ctx: CompileContext, name: string, expect: string) {
  const p = ctx.params.get(name);
  if (!p) throw new RulesError(`${ctx.where}: unknown parameter "${name}"; the pack defines ${[...ctx.params.keys()].join(', ')}`);
  if (expect !== 'any' && p.spec.type !== expect) {
    throw new RulesError(`${ctx.where}: parameter ${name} is of type ${p.spec.type}, but ${expect} is needed here`);
  }
  return p.value;
}

/** A literal or parameter value, converted to the fact's representation. */
function resolveValue(ctx: CompileContext, value: ValueSpec, kind: FieldKind): { value: unknown; param?: string } {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return { value: paramValue(ctx, value.param, 'any'), param: value.param };
  }
  if (kind === 'money' && (typeof value === 'number' || typeof value === 'string')) {
    const r = parseMoney(value);
    if (isInvalid(r)) throw new RulesError(`${ctx.where}: ${JSON.stringify(value)}: ${r.error}`);
    return { value: r };
  }
  return { value };
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function compileCondition(ctx: CompileContext, spec: ConditionSpec): ConditionFn {
  const id = spec.id;
  switch (spec.op) {
    case 'present': {
      factKind(ctx, spec.fact);
      const fact = spec.fact;
      return (facts) => {
        const value = facts[fact];
        return value === undefined
          ? { condition: id, outcome: 'unknown', fact, missing: [fact] }
          : { condition: id, outcome: 'met', fact, value };
      };
    }
    case 'any_in':
    case 'none_in': {
      const kind = factKind(ctx, spec.fact);
      const { value: listValue, param } = resolveValue(ctx, spec.value, kind);
      const norm = spec.match === 'district' ? ctx.districts : undefined;
      const expected = asList(listValue).map((v) => (norm ? norm(String(v)) : String(v)));
      const set = new Set(expected);
      const wantAny = spec.op === 'any_in';
      const fact = spec.fact;
      return (facts) => {
        const raw = facts[fact];
        if (raw === undefined) return { condition: id, outcome: 'unknown', fact, expected, param, missing: [fact] };
        let value = raw;
        let hit = false;
        if (Array.isArray(raw)) {
          for (let i = 0; i < raw.length && !hit; i++) hit = set.has(norm ? norm(String(raw[i])) : String(raw[i]));
        } else {
          value = norm ? norm(String(raw)) : String(raw);
          hit = set.has(value as string);
        }
        return { condition: id, outcome: hit === wantAny ? 'met' : 'not_met', fact, value, expected, param };
      };
    }
    case 'eq':
    case 'ne':
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const kind = factKind(ctx, spec.fact);
      const { value: expected, param } = resolveValue(ctx, spec.value, kind);
      const fact = spec.fact;
      const op = spec.op;
      const test = (a: number | string, b: number | string): boolean => {
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
      return (facts) => {
        const value = facts[fact];
        if (value === undefined) return { condition: id, outcome: 'unknown', fact, expected, param, missing: [fact] };
        if (expected === null || expected === undefined) {
          return { condition: id, outcome: 'unknown', fact, value, param, missing: [param ?? fact] };
        }
        const ok = test(value as number | string, expected as number | string);
        return { condition: id, outcome: ok ? 'met' : 'not_met', fact, value, expected, param };
      };
    }
    case 'retained': {
      if (factKind(ctx, spec.start) !== 'date' || factKind(ctx, spec.end) !== 'date') {
        throw new RulesError(`${ctx.where}: retained needs date fields for start and end`);
      }
      const { start, end } = spec;
      const param = typeof spec.months === 'object' ? spec.months.param : undefined;
      const months = param ? (paramValue(ctx, param, 'integer') as number | null) : (spec.months as number);
      return (facts, asOf) => {
        if (months === null) return { condition: id, outcome: 'unknown', param, missing: [param!] };
        const from = facts[start] as CalendarDate | undefined;
        if (from === undefined) return { condition: id, outcome: 'unknown', fact: start, months, missing: [start] };
        const to = (facts[end] as CalendarDate | undefined) ?? null;
        const reachedOn = addMonths(from, months);
        // Employed through `reachedOn`: by the last day of employment, or (still employed) by the evaluation date.
        const employedThrough = to !== null && to < asOf ? to : asOf;
        const outcome = employedThrough >= reachedOn ? 'met' : to !== null && to < reachedOn ? 'not_met' : 'pending';
        return { condition: id, outcome, fact: start, start: from, end: to, months, reached_on: reachedOn, param };
      };
    }
  }
}

function compileAmount(ctx: CompileContext, spec: AmountSpec): AmountFn {
  if ('param' in spec) {
    const name = spec.param;
    const fen = paramValue(ctx, name, 'money') as number | null;
    const result: AmountResult = fen === null ? { fen: null, param: name, missing: [name] } : { fen, param: name };
    return () => result;
  }
  if ('yuan' in spec) {
    const r = parseMoney(spec.yuan);
    if (isInvalid(r)) throw new RulesError(`${ctx.where}: amount ${spec.yuan}: ${r.error}`);
    const result: AmountResult = { fen: r };
    return () => result;
  }
  if (factKind(ctx, spec.fact) !== 'money') throw new RulesError(`${ctx.where}: the amount's fact ${spec.fact} is not an amount of money`);
  const fact = spec.fact;
  const capParam = spec.cap !== undefined && typeof spec.cap === 'object' ? spec.cap.param : undefined;
  let cap: number | null | undefined;
  if (capParam) cap = paramValue(ctx, capParam, 'money') as number | null;
  else if (typeof spec.cap === 'number') {
    const r = parseMoney(spec.cap);
    if (isInvalid(r)) throw new RulesError(`${ctx.where}: cap ${spec.cap}: ${r.error}`);
    cap = r;
  }
  return (facts) => {
    const requested = facts[fact] as number | undefined;
    if (requested === undefined) return { fen: null, fact, missing: [fact] };
    if (cap === undefined) return { fen: requested, fact, requested };
    if (cap === null) return { fen: null, fact, requested, missing: [capParam!] };
    const capped = requested > cap;
    return { fen: capped ? cap : requested, fact, requested, cap, capped };
  };
}

export interface CompiledProgram {
  id: string;
  spec: ProgramSpec;
  recordType: RecordType;
  /** Indexes of this program's conditions in its record type's condition list. */
  conditions: readonly number[];
  amount: AmountFn;
}

/** The conditions of all programs of one record type; programs that share a condition share its entry. */
export interface CompiledType {
  conditions: ConditionFn[];
  programs: CompiledProgram[];
}

/**
 * Compiles every program of a pack, grouped by record type. A condition stated the same way
 * by several programs (emergency and organization share theirs) is compiled and evaluated once.
 */
export function compilePrograms(
  programs: readonly ProgramSpec[],
  params: Params,
  districts: DistrictResolver,
  packName: string,
): Record<RecordType, CompiledType> {
  const out = Object.fromEntries(RECORD_TYPES.map((t): [RecordType, CompiledType] => [t, { conditions: [], programs: [] }])) as Record<RecordType, CompiledType>;
  const seen = new Map<string, number>();
  for (const program of programs) {
    const where = (part: string) => `rules pack ${packName}: program ${program.id}, ${part}`;
    const group = out[program.record_type];
    const indexes = program.conditions.map((c) => {
      const key = `${program.record_type}\u0000${JSON.stringify(c)}`;
      let index = seen.get(key);
      if (index === undefined) {
        index = group.conditions.push(compileCondition({ program, params, districts, where: where(`condition ${c.id}`) }, c)) - 1;
        seen.set(key, index);
      }
      return index;
    });
    group.programs.push({
      id: program.id,
      spec: program,
      recordType: program.record_type,
      conditions: indexes,
      amount: compileAmount({ program, params, districts, where: where('amount') }, program.amount),
    });
  }
  return out;
}
