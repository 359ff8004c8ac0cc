/**
 * People as numbers: a resident ID number packed into an exact integer, and a set of such
 * keys on a typed array. Used to find the people who claim twice (see claims.ts).
 */

import { FIRST_BIRTH_YEAR, LAST_BIRTH_YEAR, residentIdCheck } from '../records/id-number.js';

/** How many birth dates a key has room for: 31 days in each of 12 months of each year an ID may hold. */
const DATES = (LAST_BIRTH_YEAR - FIRST_BIRTH_YEAR + 1) * 372;

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
  if (!(year >= FIRST_BIRTH_YEAR && year <= LAST_BIRTH_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  const date = (year - FIRST_BIRTH_YEAR) * 372 + (month - 1) * 31 + (day - 1); // < DATES
  return (area * DATES + date) * 1000 + seq; // < 1.2e14: exact in a double
}

const EMPTY = 0;

/**
 * A 32-bit hash of a key given as its two 32-bit halves: every bit of it depends on every bit of
 * the key (MurmurHash3's finalizer), so that a table may take its low bits. (A plain product
 * keeps in its low bits only the key's low bits: keys alike there crowd into one run of slots.)
 */
export function hash(lo: number, hi: number): number {
  let h = lo ^ Math.imul(hi, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A key's fingerprint: a second 32-bit hash of its halves, never 0 (an empty slot). */
const fingerprint = (lo: number, hi: number) => hash(hi ^ 0x5bd1e995, lo ^ 0x27d4eb2f) || 1;

/**
 * The slot of a key (its halves and fingerprint) in an open-addressing table of fingerprints
 * (0: empty) whose length is a power of two: where it is, or the empty slot where it goes.
 */
function slotOf(table: Uint32Array, lo: number, hi: number, print: number): number {
  const mask = table.length - 1;
  let i = hash(lo, hi) & mask;
  for (;;) {
    const k = table[i]!;
    if (k === EMPTY || k === print) return i;
    i = (i + 1) & mask;
  }
}

/**
 * A set of keys (exact numbers below 2^53) kept as 32-bit fingerprints: 8 bytes or less a key.
 * It is a filter: `has` may say yes for a key not in it, about once in a billion lookups (two
 * keys alike in both 32-bit hashes), never no for a key in it. (It tells who may have repeated
 * claims: a wrong yes costs only a person remembered for nothing.) Its table lies in memory
 * that threads can share: made once, it serves every worker thread.
 */
export class KeySet {
  /** @param slots the table of a set made by KeySet.of (in this thread or another) */
  constructor(readonly slots: Uint32Array) {}

  /** The set of these keys (repeats allowed). */
  static of(keys: Float64Array): KeySet {
    let capacity = 16;
    while (capacity < keys.length * 2) capacity *= 2;
    const slots = new Uint32Array(new SharedArrayBuffer(capacity * 4));
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const lo = key | 0;
      const hi = (key / 4294967296) | 0;
      const print = fingerprint(lo, hi);
      slots[slotOf(slots, lo, hi, print)] = print;
    }
    return new KeySet(slots);
  }

  has(key: number): boolean {
    const lo = key | 0;
    const hi = (key / 4294967296) | 0;
    return this.slots[slotOf(this.slots, lo, hi, fingerprint(lo, hi))] !== EMPTY;
  }
}

/** The 18-character ID number of a person key (see personKey): its 17 digits and check character. */
export function idOfPersonKey(key: number): string {
  const seq = key % 1000;
  const rest = (key - seq) / 1000;
  const date = rest % DATES;
  const area = (rest - date) / DATES;
  const year = FIRST_BIRTH_YEAR + Math.floor(date / 372);
  const month = Math.floor((date % 372) / 31) + 1;
  const day = (date % 31) + 1;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const first17 = `${pad(area, 6)}${year}${pad(month, 2)}${pad(day, 2)}${pad(seq, 3)}`;
  return first17 + residentIdCheck(first17);
}
