/**
 * Who has claimed what: a per-person program is paid once per person. The registry sees
 * claims in input order and says, for a later claim of the same person and program, which
 * claim came first.
 *
 * It must hold a million people in little memory, so it is a hash table on typed arrays:
 * one slot per person and record type, keyed by the ID number packed into an exact number,
 * holding which programs that person has claimed and where the first claim was.
 */

import type { ClaimRef } from '../rules/results.js';

export type { ClaimRef };

/**
 * A valid 18-character resident ID as an exact integer: area code, birth date and sequence
 * (the check character follows from them). Undefined for anything else.
 */
export function personKey(id: string): number | undefined {
  if (id.length !== 18) return undefined;
  const digits = new Uint8Array(17);
  for (let i = 0; i < 17; i++) digits[i] = id.charCodeAt(i);
  return personKeyOfBytes(digits, 0, 18);
}

/** The same, from the bytes of an ID number in a buffer (only its first 17 are read). */
export function personKeyOfBytes(buf: Uint8Array, start: number, end: number): number | undefined {
  if (end - start !== 18) return undefined;
  let area = 0;
  let year = 0;
  let month = 0;
  let day = 0;
  let seq = 0;
  for (let i = 0; i < 17; i++) {
    const d = buf[start + i]! - 48;
    if (d < 0 || d > 9) return undefined;
    if (i < 6) area = area * 10 + d;
    else if (i < 10) year = year * 10 + d;
    else if (i < 12) month = month * 10 + d;
    else if (i < 14) day = day * 10 + d;
    else seq = seq * 10 + d;
  }
  if (!(year >= 1800 && year < 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  const date = (year - 1800) * 372 + (month - 1) * 31 + (day - 1); // < 111600
  return (area * 111600 + date) * 1000 + seq; // < 1.2e14: exact in a double
}

const EMPTY = 0;

/**
 * A 32-bit hash of a key given as its two 32-bit halves: every bit of it depends on every bit of
 * the key (MurmurHash3's finalizer), so that a table may take its low bits. (A plain product
 * keeps in its low bits only the key's low bits: keys alike there crowd into one run of slots.)
 */
function hash(lo: number, hi: number): number {
  let h = lo ^ Math.imul(hi, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The slot of `key` in an open-addressing table of key + 1 (0: empty), whose length is a power
 * of two: where it is, or the empty slot where it goes (KeySet).
 */
function slotOf(table: Float64Array, key: number): number {
  const mask = table.length - 1;
  // The (exact, < 2^53) key's two halves.
  let h = hash(key | 0, (key / 4294967296) | 0);
  for (;;) {
    const i = h & mask;
    const k = table[i]!;
    if (k === EMPTY || k === key + 1) return i;
    h = i + 1;
  }
}

/** 32-bit words per slot of the registry's table. */
const STRIDE = 5;

/** The claims of a batch of one file, in order (see ClaimRegistry.claimBatch). */
export interface BatchClaimList {
  count: number;
  keys: Float64Array;
  masks: Uint16Array;
  lines: Uint32Array;
  /** Each claim's case: an index into caseNames. */
  cases: Uint32Array;
  caseNames: readonly (string | null)[];
}

export class ClaimRegistry {
  private capacity = 1 << 16;
  private size = 0;
  /**
   * Five 32-bit words a slot, side by side (one cache line, or the end of one and the start of
   * the next): the key's low half and high half + 1 (0: an empty slot); the bits of the
   * programs of the record type claimed (low 16) and the file (high 16) of the person's first
   * claim; that claim's line; its case.
   */
  private table = new Uint32Array(this.capacity * STRIDE);
  /** Whether every page of the table has been written (see claimBatch). */
  private written = false;
  private readonly fileNames: string[] = [];
  private readonly fileIndex = new Map<string, number>();
  private readonly caseIds: (string | null)[] = [null];
  private readonly caseIndex = new Map<string, number>();
  /** A program first claimed by another record than the person's first: rare, kept apart. */
  private readonly later = new Map<string, ClaimRef>();

  /** Where in the table the key (`lo`, `hi1`: its low half, its high half + 1) is, or goes. */
  private find(lo: number, hi1: number): number {
    const table = this.table;
    const mask = this.capacity - 1;
    let i = hash(lo, hi1 - 1) & mask;
    for (;;) {
      const at = i * STRIDE;
      const k = table[at + 1]!;
      if (k === 0 || (k === hi1 && table[at] === lo)) return at;
      i = (i + 1) & mask;
    }
  }

  /** Makes room for `people` in all, at once (rather than growing step by step). */
  reserve(people: number): void {
    let capacity = this.capacity;
    while (people * 4 >= capacity * 3) capacity *= 2;
    if (capacity > this.capacity) this.grow(capacity);
  }

  private grow(capacity = this.capacity * 2): void {
    const old = this.table;
    this.capacity = capacity;
    this.table = new Uint32Array(capacity * STRIDE);
    this.written = false;
    for (let at = 0; at < old.length; at += STRIDE) {
      if (old[at + 1] === 0) continue;
      this.table.set(old.subarray(at, at + STRIDE), this.find(old[at]!, old[at + 1]!));
    }
  }

  private fileOf(file: string): number {
    let f = this.fileIndex.get(file);
    if (f === undefined) {
      f = this.fileNames.push(file) - 1;
      this.fileIndex.set(file, f);
    }
    return f;
  }

  private caseOf(caseId: string | null): number {
    if (caseId === null) return 0;
    let c = this.caseIndex.get(caseId);
    if (c === undefined) {
      c = this.caseIds.push(caseId) - 1;
      this.caseIndex.set(caseId, c);
    }
    return c;
  }

  /** The first claim of the person in the slot at `at`. */
  private refAt(at: number): ClaimRef {
    const line = this.table[at + 3]!;
    return { file: this.fileNames[this.table[at + 2]! >>> 16]!, ...(line ? { line } : {}), case_id: this.caseIds[this.table[at + 4]!] ?? null };
  }

  /**
   * Registers a record's claims: `programs` has bit i set for each program (of the record's
   * type, index i) that it claims. Returns, for each of them already claimed, the first claim.
   * Nothing is allocated unless the record is a duplicate.
   *
   * @param key the person's key (personKey) combined with the record type: key * 4 + type index
   */
  claim(key: number, programs: number, file: string, line: number | undefined, caseId: string | null): Map<number, ClaimRef> | undefined {
    return this.claimAt(key, programs, this.fileOf(file), line ?? 0, this.caseOf(caseId));
  }

  /**
   * Registers the claims of a batch of one file, in order (see claim). Returns, for each claim
   * of programs already claimed, its index in the batch and the first claims.
   */
  claimBatch(file: string, claims: BatchClaimList): [number, Map<number, ClaimRef>][] {
    // A large table is written through once, page by page: a page that a lookup reads first is
    // mapped to the kernel's page of zeros, then copied at its first write, and every core is
    // interrupted to forget the old mapping (10,000 times for a table of 40 MB).
    if (!this.written) {
      if (this.size === 0) this.table.fill(0);
      this.written = true;
    }
    const f = this.fileOf(file);
    const { count, keys, masks, lines, cases, caseNames } = claims;
    // Each case of the batch is looked up once.
    const caseAt = new Int32Array(caseNames.length).fill(-1);
    const found: [number, Map<number, ClaimRef>][] = [];
    for (let j = 0; j < count; j++) {
      const programs = masks[j]!;
      if (programs === 0) continue;
      const local = cases[j]!;
      let c = caseAt[local]!;
      if (c < 0) c = caseAt[local] = this.caseOf(caseNames[local] ?? null);
      const first = this.claimAt(keys[j]!, programs, f, lines[j]!, c);
      if (first) found.push([j, first]);
    }
    return found;
  }

  private claimAt(key: number, programs: number, file: number, line: number, caseIndex: number): Map<number, ClaimRef> | undefined {
    if (programs === 0) return undefined;
    if (this.size * 4 >= this.capacity * 3) this.grow();
    const lo = key >>> 0;
    const hi1 = (key - lo) / 4294967296 + 1;
    const at = this.find(lo, hi1);
    const table = this.table;
    if (table[at + 1] !== 0) return this.again(at, key, programs, file, line, caseIndex);
    table[at] = lo;
    table[at + 1] = hi1;
    table[at + 2] = programs | (file << 16);
    table[at + 3] = line;
    table[at + 4] = caseIndex;
    this.size++;
    return undefined;
  }

  /** A claim of a person seen before (rare): which of its programs were claimed first, and where. */
  private again(at: number, key: number, programs: number, file: number, line: number, caseIndex: number): Map<number, ClaimRef> | undefined {
    const claimed = this.table[at + 2]! & 0xffff;
    let duplicates: Map<number, ClaimRef> | undefined;
    for (let p = 0; programs >>> p; p++) {
      if (!((programs >>> p) & 1)) continue;
      if ((claimed >>> p) & 1) {
        (duplicates ??= new Map()).set(p, this.later.get(`${key}:${p}`) ?? this.refAt(at));
      } else {
        this.later.set(`${key}:${p}`, { file: this.fileNames[file]!, ...(line ? { line } : {}), case_id: this.caseIds[caseIndex] ?? null });
      }
    }
    this.table[at + 2] = this.table[at + 2]! | programs;
    return duplicates;
  }
}

/** A set of keys (exact numbers below 2^53), on a typed array: a few bytes each. */
export class KeySet {
  private readonly slots: Float64Array;

  /** @param keys the members (repeats allowed) */
  constructor(keys: Float64Array) {
    let capacity = 16;
    while (capacity < keys.length * 2) capacity *= 2;
    this.slots = new Float64Array(capacity);
    for (let i = 0; i < keys.length; i++) this.slots[slotOf(this.slots, keys[i]!)] = keys[i]! + 1;
  }

  has(key: number): boolean {
    return this.slots[slotOf(this.slots, key)] !== EMPTY;
  }
}
