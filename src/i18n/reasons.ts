/**
 * Short reasons from reason codes: the words shortReason gives a result, for output that has
 * only each result's status and reason code (see reasonCode), not its reasons. Each distinct
 * text is built once (by describe.ts, the one place of the wording) and kept, encoded as the
 * output writes it; only a pending result's day is written for each record.
 */
import type { CalendarDate } from '../core/calendar.js';
import type { Status } from '../engine/types.js';
import type { CompiledProgram, CompiledType, Facts } from '../rules/compile.js';
import type { RulesPack } from '../rules/load.js';
import type { RecordType } from '../records/fields.js';
import { describeCondition, joinReasons, missingReason, pendingReason } from './describe.js';
import type { Lang } from './lang.js';

/** How many texts a cache keeps before it starts again (values such as dates can be many). */
const CACHE_LIMIT = 8192;
/** Slots of a cache of texts by two values (a power of 2). */
const PAIR_SLOTS = 1 << 12;

/** An unmet condition's text, and the same encoded (or, if it is seldom the same twice, escaped). */
interface Unmet<T> {
  text: string;
  cell: T | string;
}

/** A string's hash, for the slots of PairCache. */
function hashOf(value: unknown): number {
  const s = typeof value === 'string' ? value : String(value);
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/**
 * Texts by two values (a retention's first and last days: too many pairs for a map to keep
 * without churning), one per slot: a pair whose slot another took is built again.
 */
class PairCache<T> {
  private readonly as: unknown[] = new Array(PAIR_SLOTS).fill(null);
  private readonly bs: unknown[] = new Array(PAIR_SLOTS).fill(null);
  private readonly values: (Unmet<T> | null)[] = new Array(PAIR_SLOTS).fill(null);

  private slot(a: unknown, b: unknown): number {
    return (Math.imul(hashOf(a), 0x9e3779b1) ^ hashOf(b)) & (PAIR_SLOTS - 1);
  }

  get(a: unknown, b: unknown): Unmet<T> | undefined {
    const i = this.slot(a, b);
    return this.as[i] === a && this.bs[i] === b ? this.values[i]! : undefined;
  }

  set(a: unknown, b: unknown, value: Unmet<T>): void {
    const i = this.slot(a, b);
    this.as[i] = a;
    this.bs[i] = b;
    this.values[i] = value;
  }
}

/** A value of one fact as a cache key: a list by its items. */
function keyOf(value: unknown): unknown {
  return Array.isArray(value) ? `\u0001${value.join('\u0002')}` : value;
}

/**
 * The short reasons of one record type's results, in one language, on one evaluation date:
 * each text that recurs encoded as `T` once (text by default), the others escaped as text.
 */
export class ReasonTexts<T = string> {
  private readonly compiled: CompiledType;
  /**
   * For each condition (by its index in the record type): its text when unmet, by the values it
   * reads (in `single`, by the item of a list of one, the most common value of a list fact; in
   * `pairs`, by two values).
   */
  private readonly unmet: Map<unknown, Unmet<T>>[];
  private readonly single: Map<unknown, Unmet<T>>[];
  private readonly pairs: (PairCache<T> | undefined)[];
  /** For each program: the first program with the same conditions (whose unmet and pending texts are then the same). */
  private readonly twin: number[];
  /** For each program: the text of an undetermined result, by its code and which facts it reads are missing (see undetermined). */
  private readonly missing: Map<number, T>[];
  /** Texts encoded, by text. */
  private readonly encoded = new Map<string, T>();
  /** The encoded text of an eligible result: nothing. */
  private readonly none: T;

  /**
   * @param encode how a text that recurs is written (a CSV cell's bytes, say)
   * @param escape how the others are (a CSV cell)
   */
  constructor(
    private readonly pack: RulesPack,
    type: RecordType,
    private readonly lang: Lang,
    private readonly asOf: CalendarDate,
    private readonly encode: (text: string) => T = (text) => text as T,
    private readonly escape: (text: string) => string = (text) => text,
  ) {
    this.compiled = pack.compiled[type];
    this.unmet = this.compiled.checks.map(() => new Map());
    this.single = this.compiled.checks.map(() => new Map());
    this.pairs = this.compiled.checks.map(() => undefined);
    this.missing = this.compiled.programs.map(() => new Map());
    const programs = this.compiled.programs;
    this.twin = programs.map((p) => programs.findIndex((q) => q.conditions.join() === p.conditions.join()));
    this.none = encode('');
  }

  /** The short reason of program p's result (by its index in the record type), encoded; nothing for an eligible one. */
  text(p: number, status: Status, code: number, facts: Facts): T | string {
    switch (status) {
      case 'eligible':
        return this.none;
      case 'ineligible':
        return this.ineligible(p, code, facts);
      case 'undetermined':
        return this.undetermined(p, code, facts);
      case 'pending':
        return this.escape(pendingReason(this.eligibleOn(p, code, facts), this.lang));
    }
  }

  /** Fills `into` with the texts of a record's results (by program), from their statuses and codes. */
  fill(results: readonly { status: Status }[], codes: Int32Array, facts: Facts, into: (T | string)[]): void {
    for (let p = 0; p < results.length; p++) {
      const status = results[p]!.status;
      const t = this.twin[p]!;
      // A program with the same conditions as one before, unmet or pending as that one is: the same words.
      if (t !== p && (status === 'ineligible' || status === 'pending') && results[t]!.status === status && codes[t] === codes[p]) into[p] = into[t]!;
      else into[p] = this.text(p, status, codes[p]!, facts);
    }
  }

  private written(text: string): T {
    let out = this.encoded.get(text);
    if (out === undefined) {
      if (this.encoded.size >= CACHE_LIMIT) this.encoded.clear();
      this.encoded.set(text, (out = this.encode(text)));
    }
    return out;
  }

  /** The unmet conditions' texts, in the program's order, encoded. */
  private ineligible(p: number, code: number, facts: Facts): T | string {
    const program = this.compiled.programs[p]!;
    let first: Unmet<T> | undefined;
    let texts: string[] | undefined;
    let recurs = true;
    for (let i = 0; i < program.conditions.length; i++) {
      if (!((code >>> i) & 1)) continue;
      const unmet = this.unmetText(program, program.conditions[i]!, facts);
      if (typeof unmet.cell === 'string') recurs = false;
      if (first === undefined) first = unmet;
      else (texts ??= [first.text]).push(unmet.text);
    }
    if (!texts) return first?.cell ?? this.none;
    const text = joinReasons(texts);
    return recurs ? this.written(text) : this.escape(text);
  }

  /** An unmet condition's text: a function of the values it reads (and of the pack and the date). */
  private unmetText(program: CompiledProgram, condition: number, facts: Facts): Unmet<T> {
    const [a, b] = this.compiled.checks[condition]!.reads;
    const value = a === undefined ? undefined : facts[a];
    if (b !== undefined) {
      const other = facts[b];
      const pairs = (this.pairs[condition] ??= new PairCache());
      const both = !Array.isArray(value) && !Array.isArray(other);
      let unmet = both ? pairs.get(value, other) : undefined;
      if (unmet === undefined) {
        const text = this.described(program, condition, facts);
        unmet = { text, cell: this.escape(text) };
        if (both) pairs.set(value, other, unmet);
      }
      return unmet;
    }
    let cache: Map<unknown, Unmet<T>>;
    let key: unknown;
    if (Array.isArray(value) && value.length === 1) {
      cache = this.single[condition]!;
      key = value[0];
    } else {
      cache = this.unmet[condition]!;
      key = keyOf(value);
    }
    let unmet = cache.get(key);
    if (unmet === undefined) {
      const text = this.described(program, condition, facts);
      unmet = { text, cell: this.encode(text) };
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, unmet);
    }
    return unmet;
  }

  private described(program: CompiledProgram, condition: number, facts: Facts): string {
    return describeCondition(program, this.compiled.conditions[condition]!(facts, this.asOf), this.lang, this.pack);
  }

  /**
   * What is missing: a function of which conditions are unknown, whether the amount is, and
   * which of the facts they read are missing (a comparison with an unset parameter names the
   * fact when the fact is missing too, the parameter otherwise).
   */
  private undetermined(p: number, code: number, facts: Facts): T {
    const program = this.compiled.programs[p]!;
    const n = program.conditions.length;
    let absent = 0;
    let bit = 1;
    for (let i = 0; i <= n; i++) {
      if ((code >>> i) & 1) {
        const reads = i < n ? this.compiled.checks[program.conditions[i]!]!.reads : program.fenCheck.reads;
        if (reads[0] !== undefined && facts[reads[0]] === undefined) absent += bit;
        if (reads[1] !== undefined && facts[reads[1]] === undefined) absent += bit * 2;
      }
      bit *= 4;
    }
    // code < 2^(n+1) and absent < 4^(n+1): one number holds both exactly while n <= 16; beyond, no cache.
    const key = n <= 16 ? code * 4 ** (n + 1) + absent : NaN;
    const cache = this.missing[p]!;
    let text = cache.get(key);
    if (text === undefined) {
      text = this.encode(missingReason(program, this.missingOf(program, code, facts), this.lang, this.pack));
      if (n <= 16) cache.set(key, text);
    }
    return text;
  }

  /** The facts and parameters an undetermined result misses, in the order evaluateRecord lists them. */
  private missingOf(program: CompiledProgram, code: number, facts: Facts): string[] {
    const out: string[] = [];
    const add = (names: readonly string[] | undefined) => {
      for (const m of names ?? []) if (!out.includes(m)) out.push(m);
    };
    const n = program.conditions.length;
    for (let i = 0; i < n; i++) if ((code >>> i) & 1) add(this.compiled.conditions[program.conditions[i]!]!(facts, this.asOf).missing);
    if ((code >>> n) & 1) add(program.amount(facts).missing);
    return out;
  }

  /** The day a pending result becomes claimable: the latest of its pending conditions' days. */
  private eligibleOn(p: number, code: number, facts: Facts): CalendarDate {
    const program = this.compiled.programs[p]!;
    let on = '';
    for (let i = 0; i < program.conditions.length; i++) {
      if (!((code >>> i) & 1)) continue;
      const day = this.compiled.conditions[program.conditions[i]!]!(facts, this.asOf).reached_on!;
      if (day > on) on = day;
    }
    return on;
  }
}
