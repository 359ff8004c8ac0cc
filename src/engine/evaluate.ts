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
 * A result's status, in three-valued logic, from its conditions' outcomes (bit masks or counts:
 * none is 0): one unmet condition makes it ineligible whatever else is unknown;
 * otherwise one unknown fact or parameter (of the conditions or the amount) makes it
 * undetermined; otherwise a pending condition makes it pending; otherwise eligible.
 */
export function decide(notMet: number, unknown: number, pending: number, fen: number | null): Status {
  if (notMet) return 'ineligible';
  if (unknown || fen === null) return 'undetermined';
  return pending ? 'pending' : 'eligible';
}

/**
 * A result's reason code: which of its conditions decided its status, as a bit mask (bit i: its
 * i-th condition). Ineligible: the unmet ones; undetermined: the unknown ones, and `amountBit`
 * (1 << the number of conditions) when the amount is unknown; pending: the pending ones;
 * eligible: 0. i18n's ReasonTexts renders it as shortReason words it.
 */
export function reasonCode(status: Status, notMet: number, unknown: number, pending: number, fen: number | null, amountBit: number): number {
  if (status === 'ineligible') return notMet;
  if (status === 'undetermined') return fen === null ? unknown | amountBit : unknown;
  return status === 'pending' ? pending : 0;
}

/** A reason code covers at most this many conditions a program (bit 31 is the sign). */
export const MAX_CODED_CONDITIONS = 30;

/** The outcome of the conditions that decide each status but eligible (those reasonCode names). */
const DECIDED_BY: Record<Exclude<Status, 'eligible'>, ConditionResult['outcome']> = { ineligible: 'not_met', undetermined: 'unknown', pending: 'pending' };

const count = (conditions: readonly ConditionResult[], outcome: ConditionResult['outcome']) => conditions.reduce((n, c) => (c.outcome === outcome ? n + 1 : n), 0);

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
    const conditions: ConditionResult[] = program.conditions.map((i) => outcomes[i]!);
    const amountRule = program.amount(facts);
    const kind = program.spec.kind;
    const status = decide(count(conditions, 'not_met'), count(conditions, 'unknown'), count(conditions, 'pending'), amountRule.fen);
    const reasons = status === 'eligible' ? conditions : conditions.filter((c) => c.outcome === DECIDED_BY[status]);
    const id = program.id;
    if (status === 'ineligible') results[p] = { program: id, kind, status, amount: 0, reasons, conditions, amount_rule: amountRule };
    else if (status === 'undetermined') {
      results[p] = { program: id, kind, status, amount: null, reasons, conditions, amount_rule: amountRule, missing: missingOf(reasons, amountRule.missing) };
    } else if (status === 'pending') {
      results[p] = { program: id, kind, status, amount: amountRule.fen, reasons, conditions, amount_rule: amountRule, eligible_on: eligibleOn(reasons) };
    } else results[p] = { program: id, kind, status, amount: amountRule.fen, reasons, conditions, amount_rule: amountRule };
  }
  return results;
}

/** The day a pending result becomes claimable: the latest of its pending conditions' days. */
function eligibleOn(pending: readonly ConditionResult[]): CalendarDate {
  let on = pending[0]!.reached_on!;
  for (const c of pending) if (c.reached_on! > on) on = c.reached_on!;
  return on;
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

/**
 * Writes the statuses and amounts of a record type's programs into reusable results, and each
 * one's reason code (see reasonCode) into `codes`, by program.
 */
export type StatusesWriter = (facts: Facts, asOf: CalendarDate, into: ProgramResult[], codes: Int32Array) => void;

/** One program's status, amount and reason code, decided as evaluateRecord decides them, into a reusable result. */
function settle(r: ProgramResult, codes: Int32Array, p: number, notMet: number, unknown: number, pending: number, fen: number | null, amountBit: number): void {
  const status = decide(notMet, unknown, pending, fen);
  r.status = status;
  r.amount = status === 'ineligible' ? 0 : status === 'undetermined' ? null : fen;
  codes[p] = reasonCode(status, notMet, unknown, pending, fen, amountBit);
}

const writers = new WeakMap<CompiledType, StatusesWriter>();

/**
 * The statuses of one record type of a pack, to call for record after record: the statuses,
 * amounts and reason codes of evaluateRecord, without the reasons themselves, written into
 * `into` (from reusableResults) and `codes`; nothing is allocated. For output that shows
 * statuses, amounts and short reasons (rendered from the codes by i18n's ReasonTexts).
 * Programs have at most MAX_CODED_CONDITIONS conditions (see codedPack).
 */
export function statusesWriterOf(type: RecordType, pack: RulesPack): StatusesWriter {
  const compiled = pack.compiled[type];
  let write = writers.get(compiled);
  if (!write) writers.set(compiled, (write = statusesWriter(compiled)));
  return write;
}

/** Whether every program of a pack has few enough conditions for reason codes. */
export function codedPack(pack: RulesPack): boolean {
  return pack.programs.every((p) => p.conditions.length <= MAX_CODED_CONDITIONS);
}

/**
 * statusesWriterOf, written out as code: each fact read once, by its name (so that records of
 * one shape are read fast), each condition's check called at a call site of its own, and each
 * program settled (see settle) from the masks of its conditions' outcome codes.
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
    const mask = (code: number) => program.conditions.map((c, i) => `(o${c} === ${code} ? ${1 << i} : 0)`).join(' | ') || '0';
    const fen = program.fenCheck.reads.length ? `a${p}(${read(program.fenCheck.reads[0]!)})` : `a${p}(undefined)`;
    lines.push(
      `{`,
      `  const notMet = ${mask(NOT_MET)};`,
      `  S(into[${p}], codes, ${p}, notMet, ${mask(UNKNOWN)}, ${mask(PENDING)}, notMet ? 0 : ${fen}, ${1 << program.conditions.length});`,
      `}`,
    );
  });
  const facts = [...reads].map(([name, local]) => `const ${local} = facts[${JSON.stringify(name)}];`);
  const bind = [...compiled.checks.map((_, i) => `c${i} = C[${i}].check`), ...compiled.programs.map((_, p) => `a${p} = A[${p}].fen`)];
  const body = `${bind.length ? `const ${bind.join(', ')};\n` : ''}return function statuses(facts, asOf, into, codes) {\n  ${[...facts, ...lines].join('\n  ')}\n};`;
  let make: (checks: unknown, amounts: unknown, settles: unknown) => StatusesWriter;
  try {
    make = new Function('C', 'A', 'S', body) as typeof make;
  } catch {
    return statusesLoop(compiled); // code generation from strings is disallowed
  }
  return make(compiled.checks, compiled.programs.map((p) => p.fenCheck), settle);
}

/** The same as statusesWriter, as a loop over the conditions and programs: where code cannot be generated. */
export function statusesLoop({ tests, programs }: CompiledType): StatusesWriter {
  const outcomes = new Uint8Array(tests.length);
  return (facts, asOf, into, codes) => {
    for (let i = 0; i < tests.length; i++) outcomes[i] = tests[i]!(facts, asOf);
    for (let p = 0; p < programs.length; p++) {
      const { conditions } = programs[p]!;
      let notMet = 0;
      let unknown = 0;
      let pending = 0;
      for (let i = 0; i < conditions.length; i++) {
        const o = outcomes[conditions[i]!];
        if (o === NOT_MET) notMet |= 1 << i;
        else if (o === UNKNOWN) unknown |= 1 << i;
        else if (o === PENDING) pending |= 1 << i;
      }
      settle(into[p]!, codes, p, notMet, unknown, pending, notMet ? 0 : programs[p]!.fen(facts), 1 << conditions.length);
    }
  };
}
