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

export class ClaimRegistry {
  private capacity = 1 << 16;
  private size = 0;
  /** key + 1 (0: empty slot), for a person and record type. */
  private keys = new Float64Array(this.capacity);
  /** Bit i: program i of the record type has been claimed. */
  private masks = new Uint16Array(this.capacity);
  /** The first claim of that person and record type. */
  private files = new Uint16Array(this.capacity);
  private lines = new Uint32Array(this.capacity);
  private cases = new Uint32Array(this.capacity);
  private readonly fileNames: string[] = [];
  private readonly fileIndex = new Map<string, number>();
  private readonly caseIds: (string | null)[] = [null];
  private readonly caseIndex = new Map<string, number>();
  /** A program first claimed by another record than the person's first: rare, kept apart. */
  private readonly later = new Map<string, ClaimRef>();

  private slot(key: number): number {
    const mask = this.capacity - 1;
    // Multiplicative hashing of the (exact, < 2^53) key's two halves.
    let h = (Math.imul(key | 0, 0x9e3779b1) ^ Math.imul((key / 4294967296) | 0, 0x85ebca6b)) >>> 0;
    for (;;) {
      const i = h & mask;
      const k = this.keys[i]!;
      if (k === EMPTY || k === key + 1) return i;
      h = i + 1;
    }
  }

  private grow(): void {
    const old = { keys: this.keys, masks: this.masks, files: this.files, lines: this.lines, cases: this.cases };
    this.capacity *= 2;
    this.keys = new Float64Array(this.capacity);
    this.masks = new Uint16Array(this.capacity);
    this.files = new Uint16Array(this.capacity);
    this.lines = new Uint32Array(this.capacity);
    this.cases = new Uint32Array(this.capacity);
    for (let i = 0; i < old.keys.length; i++) {
      const k = old.keys[i]!;
      if (k === EMPTY) continue;
      const j = this.slot(k - 1);
      this.keys[j] = k;
      this.masks[j] = old.masks[i]!;
      this.files[j] = old.files[i]!;
      this.lines[j] = old.lines[i]!;
      this.cases[j] = old.cases[i]!;
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
    const line = this.lines[i]!;
    return { file: this.fileNames[this.files[i]!]!, ...(line ? { line } : {}), case_id: this.caseIds[this.cases[i]!] ?? null };
  }

  /**
   * Registers a record's claims: `programs` has bit i set for each program (of the record's
   * type, index i) that it claims. Returns, for each of them already claimed, the first claim.
   * Nothing is allocated unless the record is a duplicate.
   *
   * @param key the person's key (personKey) combined with the record type: key * 4 + type index
   */
  claim(key: number, programs: number, file: string, line: number | undefined, caseId: string | null): Map<number, ClaimRef> | undefined {
    if (programs === 0) return undefined;
    if (this.size * 4 >= this.capacity * 3) this.grow();
    const i = this.slot(key);
    if (this.keys[i] === EMPTY) {
      this.keys[i] = key + 1;
      this.masks[i] = programs;
      this.files[i] = this.fileOf(file);
      this.lines[i] = line ?? 0;
      this.cases[i] = this.caseOf(caseId);
      this.size++;
      return undefined;
    }
    const claimed = this.masks[i]!;
    let duplicates: Map<number, ClaimRef> | undefined;
    for (let p = 0; programs >>> p; p++) {
      if (!((programs >>> p) & 1)) continue;
      if ((claimed >>> p) & 1) {
        (duplicates ??= new Map()).set(p, this.later.get(`${key}:${p}`) ?? this.refAt(i));
      } else {
        this.later.set(`${key}:${p}`, { file, ...(line ? { line } : {}), case_id: caseId });
      }
    }
    this.masks[i] = claimed | programs;
    return duplicates;
  }
}

/** A set of keys (exact numbers below 2^53), on a typed array: a few bytes each. */
export class KeySet {
  private readonly slots: Float64Array;
  readonly size: number;

  /** @param keys the members (repeats allowed) */
  constructor(keys: Float64Array) {
    let capacity = 16;
    while (capacity < keys.length * 2) capacity *= 2;
    this.slots = new Float64Array(capacity);
    let size = 0;
    for (let i = 0; i < keys.length; i++) {
      const j = this.slot(keys[i]!);
      if (this.slots[j] === EMPTY) {
        this.slots[j] = keys[i]! + 1;
        size++;
      }
    }
    this.size = size;
  }

  private slot(key: number): number {
    const mask = this.slots.length - 1;
    let h = (Math.imul(key | 0, 0x9e3779b1) ^ Math.imul((key / 4294967296) | 0, 0x85ebca6b)) >>> 0;
    for (;;) {
      const i = h & mask;
      const k = this.slots[i]!;
      if (k === EMPTY || k === key + 1) return i;
      h = i + 1;
    }
  }

  has(key: number): boolean {
    return this.slots[this.slot(key)] !== EMPTY;
  }
}
