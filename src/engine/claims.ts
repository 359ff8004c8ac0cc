/**
 * Who has claimed what: a per-person program is paid once per person. The registry sees
 * claims in input order and says, for a later claim of the same person and program, which
 * claim came first.
 *
 * It must hold a million people in little memory, so it is a hash table on typed arrays:
 * one slot per person and record type, keyed by the ID number packed into an exact number,
 * holding which programs that person has claimed and where the first claim was.
 */

export interface ClaimRef {
  file: string;
  line?: number;
  case_id: string | null;
}

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
 * The slot of `key` in an open-addressing table of key + 1 (0: empty), whose length is a power
 * of two: where it is, or the empty slot where it goes.
 */
function slotOf(table: Float64Array, key: number): number {
  const mask = table.length - 1;
  // Multiplicative hashing of the (exact, < 2^53) key's two halves.
  let h = (Math.imul(key | 0, 0x9e3779b1) ^ Math.imul((key / 4294967296) | 0, 0x85ebca6b)) >>> 0;
  for (;;) {
    const i = h & mask;
    const k = table[i]!;
    if (k === EMPTY || k === key + 1) return i;
    h = i + 1;
  }
}

export class ClaimRegistry {
  private capacity = 1 << 16;
  private size = 0;
  /** key + 1 (0: empty slot), for a person and record type. */
  private keys = new Float64Array(this.capacity);
  /**
   * The rest of a slot, side by side (one cache line for all of it): bits of the programs of
   * the record type claimed (low 16) and the file (high 16) of the person's first claim; that
   * claim's line; its case.
   */
  private data = new Uint32Array(this.capacity * 3);
  private readonly fileNames: string[] = [];
  private readonly fileIndex = new Map<string, number>();
  private readonly caseIds: (string | null)[] = [null];
  private readonly caseIndex = new Map<string, number>();
  /** A program first claimed by another record than the person's first: rare, kept apart. */
  private readonly later = new Map<string, ClaimRef>();

  private slot(key: number): number {
    return slotOf(this.keys, key);
  }

  /** Makes room for `people` in all, at once (rather than growing step by step). */
  reserve(people: number): void {
    let capacity = this.capacity;
    while (people * 4 >= capacity * 3) capacity *= 2;
    if (capacity > this.capacity) this.grow(capacity);
  }

  private grow(capacity = this.capacity * 2): void {
    const keys = this.keys;
    const data = this.data;
    this.capacity = capacity;
    this.keys = new Float64Array(capacity);
    this.data = new Uint32Array(capacity * 3);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (k === EMPTY) continue;
      const j = this.slot(k - 1);
      this.keys[j] = k;
      this.data.set(data.subarray(i * 3, i * 3 + 3), j * 3);
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

  private refAt(i: number): ClaimRef {
    const line = this.data[i * 3 + 1]!;
    return { file: this.fileNames[this.data[i * 3]! >>> 16]!, ...(line ? { line } : {}), case_id: this.caseIds[this.data[i * 3 + 2]!] ?? null };
  }

  /**
   * Registers a record's claims: `programs` has bit i set for each program (of the record's
   * type, index i) that it claims. Returns, for each of them already claimed, the first claim.
   * Nothing is allocated unless the record is a duplicate.
   *
   * @param key the person's key (personKey) combined with the record type: key * 4 + type index
   */
  claim(key: number, programs: number, file: string, line: number | undefined, caseId: string | null): Map<number, ClaimRef> | undefined {
    return this.claimAt(key, programs, this.fileOf(file), line ?? 0, () => this.caseOf(caseId));
  }

  /**
   * Registers the claims of a batch of one file, in order (see claim); `caseIds[cases[j]]` is
   * claim j's case. Calls `duplicate` for each claim of programs already claimed.
   */
  claimBatch(
    file: string,
    claims: { count: number; keys: Float64Array; masks: Uint16Array; lines: Uint32Array; cases: Uint32Array; caseNames: readonly (string | null)[] },
    duplicate: (j: number, first: Map<number, ClaimRef>) => void,
  ): void {
    const f = this.fileOf(file);
    // Each case of the batch is looked up once, when a claim of it is first kept.
    const cases = new Int32Array(claims.caseNames.length).fill(-1);
    let j = 0;
    const caseOfClaim = () => {
      const local = claims.cases[j]!;
      let c = cases[local]!;
      if (c < 0) c = cases[local] = this.caseOf(claims.caseNames[local] ?? null);
      return c;
    };
    for (; j < claims.count; j++) {
      const first = this.claimAt(claims.keys[j]!, claims.masks[j]!, f, claims.lines[j]!, caseOfClaim);
      if (first) duplicate(j, first);
    }
  }

  /** `caseOf` gives the claim's case (its index in caseIds), asked only when needed. */
  private claimAt(key: number, programs: number, file: number, line: number, caseOf: () => number): Map<number, ClaimRef> | undefined {
    if (programs === 0) return undefined;
    if (this.size * 4 >= this.capacity * 3) this.grow();
    const i = this.slot(key);
    const at = i * 3;
    if (this.keys[i] === EMPTY) {
      this.keys[i] = key + 1;
      this.data[at] = programs | (file << 16);
      this.data[at + 1] = line;
      this.data[at + 2] = caseOf();
      this.size++;
      return undefined;
    }
    const claimed = this.data[at]! & 0xffff;
    let duplicates: Map<number, ClaimRef> | undefined;
    for (let p = 0; programs >>> p; p++) {
      if (!((programs >>> p) & 1)) continue;
      if ((claimed >>> p) & 1) {
        (duplicates ??= new Map()).set(p, this.later.get(`${key}:${p}`) ?? this.refAt(i));
      } else {
        this.later.set(`${key}:${p}`, { file: this.fileNames[file]!, ...(line ? { line } : {}), case_id: this.caseIds[caseOf()] ?? null });
      }
    }
    this.data[at] = (this.data[at]! | programs) >>> 0;
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
