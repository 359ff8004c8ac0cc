/**
 * What a condition or amount rule refers to, checked as it compiles: the kind of each fact,
 * the value of each parameter, and literals read as the facts they are compared with are read.
 */
import { fieldSpec, FIELDS, RECORD_TYPES, type FieldKind, type FieldSpec, type RecordType } from '../records/fields.js';
import { problem } from './messages.js';
import { PARSERS } from '../records/kinds.js';
import { isInvalid, parseMoney } from '../records/values.js';
import { PackProblem } from './compiled.js';
import type { DistrictResolver } from './districts.js';
import type { Params } from './params.js';
import type { ProgramSpec, ValueSpec } from './schema.js';

export interface CompileContext {
  program: ProgramSpec;
  params: Params;
  districts: DistrictResolver;
  /** Fields that the pack adds to each record type. */
  facts: Readonly<Record<RecordType, readonly FieldSpec[]>>;
}

export function factKind(ctx: CompileContext, fact: string, at: string): FieldKind {
  const type = ctx.program.record_type;
  const spec = fieldSpec(type, fact, ctx.facts[type]);
  if (spec) return spec.kind;
  const own = [...FIELDS[type], ...ctx.facts[type]].map((s) => s.name);
  const elsewhere = RECORD_TYPES.filter((t) => fieldSpec(t, fact, ctx.facts[t]));
  throw new PackProblem(elsewhere.length ? problem.unknownFactOf(fact, type, elsewhere, own) : problem.unknownFact(fact, type, own), [at]);
}

export function paramValue(ctx: CompileContext, name: string, expect: readonly string[], at: (string | number)[]) {
  const p = ctx.params.get(name);
  if (!p) throw new PackProblem(problem.unknownParam(name, [...ctx.params.keys()]), at);
  if (expect.length && !expect.includes(p.spec.type)) {
    throw new PackProblem(problem.paramType(name, p.spec.type, expect), at);
  }
  return p.value;
}

/** The parameter types a condition's value may come from, by the kind of fact it compares. */
export function comparable(kind: FieldKind): string[] {
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
export function resolveValue(ctx: CompileContext, value: ValueSpec, kind: FieldKind, params: readonly string[]): Resolved {
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
    if (isInvalid(r)) throw new PackProblem(problem.badValue(value, r.error), ['value']);
    return { value: r };
  }
  // A literal is read as the fact it is compared with is read: a date, a count, a number.
  if ((kind === 'date' || kind === 'integer' || kind === 'number') && (typeof value === 'string' || typeof value === 'number')) {
    const r = PARSERS[kind](value);
    if (isInvalid(r)) throw new PackProblem(problem.badValue(value, r.error), ['value']);
    return { value: r };
  }
  return { value };
}

/** A value of a list that the rule states, read as the fact it is compared with is read (a group's Chinese name). */
function literalItem(kind: FieldKind, item: string | number, index: number): unknown {
  if (kind !== 'groups' && kind !== 'categories') return item;
  const r = PARSERS[kind](String(item));
  if (isInvalid(r)) throw new PackProblem(problem.badValue(item, r.error), ['value', index]);
  return (r as string[])[0];
}

export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}
