/**
 * Who has claimed what: a per-person program is paid once per person. Claims are made in
 * batches, in input order, and the answer says, for each claim of a program already claimed,
 * which claim came first. Case files and CSV batches claim through the same interface.
 */

import type { ClaimRef } from '../rules/results.js';

export type { ClaimRef };

/**
 * Claims of one file, in input order, in typed arrays: claim j is made by the person
 * `keys[j]` for the programs `masks[j]`, at `lines[j]` (0: no line) in case
 * `caseNames[cases[j]]`.
 *
 * A key is a person (personKey: the ID number packed into an exact integer) and a record type:
 * `personKey * 4 + type index` (placement 0, hire 1, startup 2). A mask has bit i set for
 * program i of that record type, in the rules pack's order (`pack.byType[type][i]`).
 */
export interface ClaimBatch {
  file: string;
  count: number;
  keys: Float64Array;
  masks: Uint16Array;
  lines: Uint32Array;
  /** Each claim's case: an index into caseNames (0: none). */
  cases: Uint32Array;
  caseNames: readonly (string | null)[];
}

/** A claim of programs already claimed: its index in the batch, and for each such program (by index) the first claim. */
export type Repeat = [index: number, firsts: Map<number, ClaimRef>];

/**
 * The claims of a run, and of whatever came before it. `claim` records a batch of claims in
 * input order and returns those that repeat a claim made before, by this batch or an earlier
 * one, in order of their index. A claim that repeats some of its programs records the others.
 *
 * The run's own table (MemoryClaims) remembers the claims of one run. A ledger of paid claims
 * (a database table keyed by person, record type and program, holding the first claim's file,
 * line and case) answers the same question across runs: one lookup and one insert per batch,
 * both in input order, so that the first claim of a run wins over its later ones just as an
 * earlier run's claim wins over this run's. A ledger may keep only the claims of records it
 * pays, and `reserve` may do nothing. (The ledger's Claims, src/ledger/claims.ts, looks each
 * batch up in the ledger, then passes the claims not paid before to a MemoryClaims.)
 */
export interface Claims {
  /**
   * A ledger on a server answers later (a promise); callers await only then, so that the
   * run's own claims (MemoryClaims) answer without an await.
   */
  claim(batch: ClaimBatch): Repeat[] | Promise<Repeat[]>;
  /** Makes room for about this many people at once (rather than growing step by step). */
  reserve(people: number): void;
}

/** The arrays a ClaimBatchBuilder writes its claims into (see ClaimBatch). */
export interface ClaimArrays {
  keys: Float64Array;
  masks: Uint16Array;
  lines: Uint32Array;
  cases: Uint32Array;
}

/**
 * A ClaimBatch built one claim at a time (see ClaimBatch), into arrays of its own or into
 * given ones (memory shared with another thread: see ClaimList), until they are full.
 */
export class ClaimBatchBuilder {
  private capacity: number;
  private n = 0;
  private keys: Float64Array;
  private masks: Uint16Array;
  private lines: Uint32Array;
  private cases: Uint32Array;
  /** Whether the claims are still in the given arrays. */
  private inGiven: boolean;
  private readonly caseNames: (string | null)[] = [null];
  private readonly caseIndex = new Map<string, number>();
  /** The case of the claim before ('' before the first: a case is never ''). */
  private lastCase = '';
  private lastIndex = 0;

  constructor(
    private readonly file: string,
    given?: ClaimArrays,
  ) {
    this.inGiven = given !== undefined;
    this.capacity = given?.keys.length ?? 1024;
    this.keys = given?.keys ?? new Float64Array(this.capacity);
    this.masks = given?.masks ?? new Uint16Array(this.capacity);
    this.lines = given?.lines ?? new Uint32Array(this.capacity);
    this.cases = given?.cases ?? new Uint32Array(this.capacity);
  }

  /** Adds a claim; its index in the batch. */
  add(key: number, mask: number, line: number, caseId: string | null): number {
    if (this.n === this.capacity) this.grow();
    const i = this.n++;
    this.keys[i] = key;
    this.masks[i] = mask;
    this.lines[i] = line;
    this.cases[i] = caseId === null ? 0 : this.caseOf(caseId);
    return i;
  }

  get count(): number {
    return this.n;
  }

  /**
   * The batch. `copy`: in arrays of its own even where the claims are in the given arrays
   * (else those, cut to length; claims in arrays of the builder's own are always copied, cut).
   */
  result(copy = true): ClaimBatch {
    const n = this.n, inPlace = !copy && this.inGiven;
    const { keys, masks, lines, cases } = this;
    return { file: this.file, count: n, keys: cut(keys, n, inPlace), masks: cut(masks, n, inPlace), lines: cut(lines, n, inPlace), cases: cut(cases, n, inPlace), caseNames: this.caseNames };
  }

  private caseOf(caseId: string): number {
    // Rows of a case come together: most claims repeat the case of the one before.
    if (caseId === this.lastCase) return this.lastIndex;
    let c = this.caseIndex.get(caseId);
    if (c === undefined) {
      c = this.caseNames.push(caseId) - 1;
      this.caseIndex.set(caseId, c);
    }
    this.lastCase = caseId;
    this.lastIndex = c;
    return c;
  }

  private grow(): void {
    this.capacity *= 2;
    this.inGiven = false;
    this.keys = grown(this.keys, new Float64Array(this.capacity));
    this.masks = grown(this.masks, new Uint16Array(this.capacity));
    this.lines = grown(this.lines, new Uint32Array(this.capacity));
    this.cases = grown(this.cases, new Uint32Array(this.capacity));
  }
}

/** The first `length` entries of `a`: the same memory (`inPlace`), or a copy. */
export function cut<T extends Float64Array | Uint32Array | Uint16Array | Uint8Array>(a: T, length: number, inPlace: boolean): T {
  return (inPlace ? a.subarray(0, length) : a.slice(0, length)) as T;
}

/** `to`, holding `from` at its start. */
export function grown<T extends Float64Array | Uint32Array | Uint16Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
