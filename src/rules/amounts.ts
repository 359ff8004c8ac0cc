/** Amount rules compiled: a parameter, a literal, or a fact capped by a parameter or literal. */
import { isInvalid, parseMoney } from '../records/values.js';
import { problem } from './messages.js';
import { PackProblem, type AmountCheck, type CompiledAmount, type Facts } from './compiled.js';
import { factKind, paramValue, type CompileContext } from './resolve.js';
import type { AmountSpec } from './schema.js';
import type { AmountResult } from './results.js';

export function constantAmount(result: AmountResult): CompiledAmount {
  return { fn: () => result, fen: () => result.fen, check: { reads: [], fen: () => result.fen } };
}

export function compileAmount(ctx: CompileContext, spec: AmountSpec): CompiledAmount {
  if ('param' in spec) {
    const name = spec.param;
    const fen = paramValue(ctx, name, ['money'], ['param']) as number | null;
    return constantAmount(fen === null ? { fen: null, param: name, missing: [name] } : { fen, param: name });
  }
  if ('yuan' in spec) {
    const r = parseMoney(spec.yuan);
    if (isInvalid(r)) throw new PackProblem(problem.badAmount(spec.yuan, r.error), ['yuan']);
    return constantAmount({ fen: r });
  }
  if (factKind(ctx, spec.fact, 'fact') !== 'money') throw new PackProblem(problem.amountNotMoney(spec.fact), ['fact']);
  const fact = spec.fact;
  const capParam = spec.cap !== undefined && typeof spec.cap === 'object' ? spec.cap.param : undefined;
  let cap: number | null | undefined;
  if (capParam) cap = paramValue(ctx, capParam, ['money'], ['cap', 'param']) as number | null;
  else if (typeof spec.cap === 'number') {
    const r = parseMoney(spec.cap);
    if (isInvalid(r)) throw new PackProblem(problem.badCap(spec.cap, r.error), ['cap']);
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
