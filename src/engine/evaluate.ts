/**
 * The engine: a parsed record and a compiled pack in, one result per program out.
 * Pure: no I/O, no clock; the evaluation date is an argument.
 */
import { NOT_MET, PENDING, UNKNOWN, type CompiledType, type Facts } from '../rules/compile.js';
import type { RulesPack } from '../rules/load.js';
import type { RecordType } from '../records/fields.js';
import type { CalendarDate } from '../core/calendar.js';
import type { ConditionResult, ProgramResult, Status } from './types.js';

function missingOf(unknown: ConditionResult[], amountMissing: string[] | undefined): string[] {
  const out: string[] = [];
  for (const c of unknown) for (const m of c.missing ?? []) if (!out.includes(m)) out.push(m);
  for (const m of amountMissing ?? []) if (!out.includes(m)) out.push(m);
  return out;
}

/**
 * A result's status, in three-valued logic: one unmet condition makes it ineligible whatever
 * else is unknown; otherwise one unknown fact or parameter (of the conditions or the amount)
 * makes it undetermined; otherwise a pending condition makes it pending; otherwise eligible.
 */
function decide(notMet: boolean, unknown: boolean, pending: boolean, fen: number | null): Status {
  if (notMet) return 'ineligible';
  if (unknown || fen === null) return 'undetermined';
  return pending ? 'pending' : 'eligible';
}

/**
 * Evaluates one record against every program of its type (see decide): the results with their
 * reasons; a pending one is pending until the latest of its conditions' dates.
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
    const status = decide(notMet !== undefined, unknown !== undefined, pending !== undefined, amountRule.fen);
    if (status === 'ineligible') {
      results[p] = { program: program.id, kind, status: 'ineligible', amount: 0, reasons: notMet!, conditions, amount_rule: amountRule };
    } else if (status === 'undetermined') {
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

/**
 * Results to be filled again and again by a statuses writer (statusesWriterOf), one per program of the record type:
 * only their status and amount change; their reasons stay empty.
 */
export function reusableResults(type: RecordType, pack: RulesPack): ProgramResult[] {
  // amount starts as null, not 0: a field that first holds a small integer and later null changes
  // its representation, and code optimized for the first would be thrown away.
  return pack.compiled[type].programs.map((p) => ({ program: p.id, kind: p.spec.kind, status: 'ineligible', amount: null, reasons: [], conditions: [], amount_rule: { fen: null } }));
}

/** Writes the statuses and amounts of a record type's programs into reusable results. */
export type StatusesWriter = (facts: Facts, asOf: CalendarDate, into: ProgramResult[]) => void;

const writers = new WeakMap<CompiledType, StatusesWriter>();

/**
 * The statuses of one record type of a pack, to call for record after record: the
 * statuses and amounts of evaluateRecord, without their reasons, written into `into` (from
 * reusableResults); nothing is allocated. For output that shows only statuses and amounts.
 */
export function statusesWriterOf(type: RecordType, pack: RulesPack): StatusesWriter {
  const compiled = pack.compiled[type];
  let write = writers.get(compiled);
  if (!write) writers.set(compiled, (write = statusesWriter(compiled)));
  return write;
}

/**
 * statusesWriterOf, written out as code: each fact read once, by its name
 * (so that records of one shape are read fast), each condition's check called at a call site of
 * its own, and each program's outcome decided as decide() does, from its conditions' codes.
 */
function statusesWriter(compiled: CompiledType): StatusesWriter {
  const reads = new Map<string, string>();
  const read = (name: string) => {
    let local = reads.get(name);
    if (!local) reads.set(name, (local = `f${reads.size}`));
    return local;
  };
  const args = (names: readonly string[]) => [0, 1].map((i) => (names[i] === undefined ? 'undefined' : read(names[i]!))).join(', ');
  const lines: string[] = [];
  compiled.checks.forEach((c, i) => lines.push(`const o${i} = c${i}(${args(c.reads)}, asOf);`));
  compiled.programs.forEach((program, p) => {
    const any = (code: number) => program.conditions.map((i) => `o${i} === ${code}`).join(' || ') || 'false';
    const fen = program.fenCheck.reads.length ? `a${p}(${read(program.fenCheck.reads[0]!)})` : `a${p}(undefined)`;
    lines.push(
      `{`,
      `  const notMet = ${any(NOT_MET)};`,
      `  const fen = notMet ? 0 : ${fen};`,
      `  const status = notMet ? 'ineligible' : ${any(UNKNOWN)} || fen === null ? 'undetermined' : ${any(PENDING)} ? 'pending' : 'eligible';`,
      `  const r = into[${p}];`,
      `  r.status = status;`,
      `  r.amount = status === 'ineligible' ? 0 : status === 'undetermined' ? null : fen;`,
      `}`,
    );
  });
  const facts = [...reads].map(([name, local]) => `const ${local} = facts[${JSON.stringify(name)}];`);
  const bind = [...compiled.checks.map((_, i) => `c${i} = C[${i}].check`), ...compiled.programs.map((_, p) => `a${p} = A[${p}].fen`)];
  const body = `${bind.length ? `const ${bind.join(', ')};\n` : ''}return function statuses(facts, asOf, into) {\n  ${[...facts, ...lines].join('\n  ')}\n};`;
  let make: (checks: unknown, amounts: unknown) => StatusesWriter;
  try {
    make = new Function('C', 'A', body) as typeof make;
  } catch {
    return statusesLoop(compiled); // code generation from strings is disallowed
  }
  return make(compiled.checks, compiled.programs.map((p) => p.fenCheck));
}

/** The same as statusesWriter, as a loop over the conditions and programs: where code cannot be generated. */
function statusesLoop({ tests, programs }: CompiledType): StatusesWriter {
  const outcomes = new Uint8Array(tests.length);
  return (facts, asOf, into) => {
    for (let i = 0; i < tests.length; i++) outcomes[i] = tests[i]!(facts, asOf);
    for (let p = 0; p < programs.length; p++) {
      const program = programs[p]!;
      let notMet = false;
      let unknown = false;
      let pending = false;
      for (const i of program.conditions) {
        const o = outcomes[i];
        if (o === NOT_MET) notMet = true;
        else if (o === UNKNOWN) unknown = true;
        else if (o === PENDING) pending = true;
      }
      const r = into[p]!;
      const fen = notMet ? 0 : program.fen(facts);
      r.status = decide(notMet, unknown, pending, fen);
      r.amount = r.status === 'ineligible' ? 0 : r.status === 'undetermined' ? null : fen;
    }
  };
}
