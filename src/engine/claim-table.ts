/**
 * The claims of one run, in memory (see Claims): a hash table on typed arrays, one slot per
 * person and record type, keyed by the person key, holding which programs that person has
 * claimed and where the first claim was. A million people take about 40 MB.
 */
import { hash } from './person-key.js';
import type { ClaimBatch, ClaimRef, Claims, Repeat } from './claims.js';

/** 32-bit words per slot of the table. */
const STRIDE = 5;
/** In a slot's line: some program of the person was first claimed by a later record (see `later`). */
const LATER = 0x80000000;

export class MemoryClaims implements Claims {
  private capacity = 1 << 16;
  private size = 0;
  /**
   * Five 32-bit words a slot, side by side (one cache line, or the end of one and the start of
   * the next): the key's low half and high half + 1 (0: an empty slot); the bits of the
   * programs of the record type claimed (low 16) and the file (high 16) of the person's first
   * claim; that claim's line (and the LATER bit); its case.
   */
  private table = new Uint32Array(this.capacity * STRIDE);
  /** Whether every page of the table has been written (see claim). */
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
    const capacity = this.capacity;
    let i = hash(lo, hi1 - 1) % capacity;
    for (;;) {
      const at = i * STRIDE;
      const k = table[at + 1]!;
      if (k === 0 || (k === hi1 && table[at] === lo)) return at;
      if (++i === capacity) i = 0;
    }
  }

  /** Makes room for `people` in all, at once (rather than growing step by step). */
  reserve(people: number): void {
    // Three quarters full at most (see claimAt); the size need not be a power of two.
    const capacity = Math.ceil((people * 4) / 3) + 1;
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
    return this.ref(this.table[at + 2]! >>> 16, this.table[at + 3]! & ~LATER, this.table[at + 4]!);
  }

  /** A claim's place: its file, line (none when 0) and case, by index. Built without spreads: one object each. */
  private ref(file: number, line: number, caseIndex: number): ClaimRef {
    const name = this.fileNames[file]!;
    const caseId = this.caseIds[caseIndex] ?? null;
    return line ? { file: name, line, case_id: caseId } : { file: name, case_id: caseId };
  }

  /** See Claims.claim. Nothing is allocated for a claim that repeats none. */
  claim(claims: ClaimBatch): Repeat[] {
    // A large table is written through once, page by page: a page that a lookup reads first is
    // mapped to the kernel's page of zeros, then copied at its first write, and every core is
    // interrupted to forget the old mapping (10,000 times for a table of 40 MB).
    if (!this.written) {
      if (this.size === 0) this.table.fill(0);
      this.written = true;
    }
    const { file, count, keys, masks, lines, cases, caseNames } = claims;
    const f = this.fileOf(file);
    // Each case of the batch is looked up once.
    const caseAt = new Int32Array(caseNames.length).fill(-1);
    const found: Repeat[] = [];
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

  /** A claim of a person seen before: which of its programs were claimed first, and where. */
  private again(at: number, key: number, programs: number, file: number, line: number, caseIndex: number): Map<number, ClaimRef> | undefined {
    const claimed = this.table[at + 2]! & 0xffff;
    const later = (this.table[at + 3]! & LATER) !== 0;
    let duplicates: Map<number, ClaimRef> | undefined;
    let first: ClaimRef | undefined;
    for (let p = 0; programs >>> p; p++) {
      if (!((programs >>> p) & 1)) continue;
      if ((claimed >>> p) & 1) {
        (duplicates ??= new Map()).set(p, (later && this.later.get(`${key}:${p}`)) || (first ??= this.refAt(at)));
      } else {
        this.later.set(`${key}:${p}`, this.ref(file, line, caseIndex));
        this.table[at + 3] = this.table[at + 3]! | LATER;
      }
    }
    this.table[at + 2] = this.table[at + 2]! | programs;
    return duplicates;
  }
}

