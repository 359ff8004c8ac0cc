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
  let area = 0;
  for (let i = 0; i < 6; i++) area = area * 10 + (id.charCodeAt(i) - 48);
  const n = (i: number, k: number) => {
    let v = 0;
    for (let j = i; j < i + k; j++) v = v * 10 + (id.charCodeAt(j) - 48);
    return v;
  };
  const year = n(6, 4);
  const month = n(10, 2);
  const day = n(12, 2);
  const seq = n(14, 3);
  if (!(area >= 0 && year >= 1800 && year < 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && seq >= 0)) return undefined;
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
  private masks = new Uint32Array(this.capacity);
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
    this.masks = new Uint32Array(this.capacity);
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

  private intern(ref: ClaimRef): [number, number] {
    let f = this.fileIndex.get(ref.file);
    if (f === undefined) {
      f = this.fileNames.push(ref.file) - 1;
      this.fileIndex.set(ref.file, f);
    }
    let c = 0;
    if (ref.case_id !== null) {
      c = this.caseIndex.get(ref.case_id) ?? 0;
      if (!c) {
        c = this.caseIds.push(ref.case_id) - 1;
        this.caseIndex.set(ref.case_id, c);
      }
    }
    return [f, c];
  }

  private refAt(i: number): ClaimRef {
    const line = this.lines[i]!;
    return { file: this.fileNames[this.files[i]!]!, ...(line ? { line } : {}), case_id: this.caseIds[this.cases[i]!] ?? null };
  }

  /**
   * Registers a record's claims: `programs` has bit i set for each program (of the record's
   * type, index i) that it claims. Returns, for each of them already claimed, the first claim.
   *
   * @param key the person's key (personKey) combined with the record type: key * 4 + type index
   */
  claim(key: number, programs: number, ref: ClaimRef): Map<number, ClaimRef> | undefined {
    if (programs === 0) return undefined;
    if (this.size * 10 >= this.capacity * 7) this.grow();
    const i = this.slot(key);
    if (this.keys[i] === EMPTY) {
      this.keys[i] = key + 1;
      this.masks[i] = programs;
      const [f, c] = this.intern(ref);
      this.files[i] = f;
      this.lines[i] = ref.line ?? 0;
      this.cases[i] = c;
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
        this.later.set(`${key}:${p}`, ref);
      }
    }
    this.masks[i] = claimed | programs;
    return duplicates;
  }
}
