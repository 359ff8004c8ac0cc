/**
 * Compiles a pack's conditions and amount rules into closures, once, at load time.
 * Nothing here runs per record except the closures it returns.
 */
import type { FieldSpec, RecordType } from '../records/fields.js';
import { RECORD_TYPES } from '../records/fields.js';
import { compileAmount, constantAmount } from './amounts.js';
import { PackProblem, type CompiledCondition, type CompiledType, type ReportProblem } from './compiled.js';
import { compileCondition, inEffectCondition, unknownCondition } from './conditions.js';
import type { DistrictResolver } from './districts.js';
import type { Params } from './params.js';
import type { CompileContext } from './resolve.js';
import type { ProgramSpec } from './schema.js';

export * from './compiled.js';
export { IN_EFFECT } from './conditions.js';

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
      report(object, [...at, ...e.at], e.text);
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
