/**
 * Claims checked against a ledger (see Claims): a claim of a program already paid to the person
 * (a live payment in the ledger) repeats that payment; the other claims go on to the run's own
 * claims (MemoryClaims), which find the repeats within the run. One lookup per batch of claims.
 * The ledger is only read.
 */
import type { ClaimBatch, ClaimRef, Claims, Repeat } from '../engine/claims.js';
import { MemoryClaims } from '../engine/claim-table.js';
import type { KeySet } from '../engine/person-key.js';
import { RECORD_TYPES } from '../records/fields.js';
import type { RulesPack } from '../rules/load.js';
import type { Ledger, PaidRow } from './ledger.js';

/** The claim that a payment is, as a repeat names it. */
export function paidRef(p: PaidRow): ClaimRef {
  const ref: ClaimRef = { file: p.file, case_id: p.case_id, batch: p.batch, paid_on: p.paid_on };
  if (p.line) ref.line = p.line;
  return ref;
}

export class LedgerClaims implements Claims {
  /** For each record type (by index), its programs' ids in the pack's order (a claim's mask bits). */
  private readonly programs: readonly (readonly string[])[];
  /** The claims before, answered (in input order, when the ledger answers later). */
  private tail: Promise<unknown> = Promise.resolve();
  private tracked: KeySet | undefined;

  constructor(
    readonly ledger: Ledger,
    pack: RulesPack,
    private readonly memory: MemoryClaims = new MemoryClaims(),
  ) {
    this.programs = RECORD_TYPES.map((t) => pack.byType[t].map((p) => p.id));
  }

  reserve(people: number): void {
    this.memory.reserve(people);
  }

  /**
   * Only these people's claims go on to the run's own claims (those found more than once by a
   * run's first pass); every claim is still checked against the ledger.
   */
  track(people: KeySet | undefined): void {
    this.tracked = people;
  }

  claim(batch: ClaimBatch): Repeat[] | Promise<Repeat[]> {
    const people: number[] = [];
    for (let j = 0; j < batch.count; j++) if (batch.masks[j]) people.push(Math.floor(batch.keys[j]! / 4));
    const paid = this.ledger.paid(people);
    if (!(paid instanceof Promise)) return this.settle(batch, paid);
    const next = Promise.all([paid, this.tail]).then(([rows]) => this.settle(batch, rows));
    this.tail = next.catch(() => {});
    return next;
  }

  private settle(batch: ClaimBatch, paid: readonly PaidRow[]): Repeat[] {
    const byPerson = new Map<number, PaidRow[]>();
    for (const p of paid) {
      const list = byPerson.get(p.person_key);
      if (list) list.push(p);
      else byPerson.set(p.person_key, [p]);
    }
    const found = new Map<number, Map<number, ClaimRef>>();
    let masks = batch.masks;
    for (let j = 0; j < batch.count; j++) {
      const mask = masks[j]!;
      if (!mask) continue;
      const key = batch.keys[j]!;
      const payments = byPerson.get(Math.floor(key / 4));
      let left = mask;
      if (payments) {
        const ids = this.programs[key % 4]!;
        for (const p of payments) {
          const i = ids.indexOf(p.program);
          if (i < 0 || !((mask >>> i) & 1)) continue;
          let firsts = found.get(j);
          if (!firsts) found.set(j, (firsts = new Map()));
          firsts.set(i, paidRef(p));
          left &= ~(1 << i);
        }
      }
      if (this.tracked && !this.tracked.has(key)) left = 0;
      if (left !== mask) {
        if (masks === batch.masks) masks = batch.masks.slice();
        masks[j] = left;
      }
    }
    for (const [j, firsts] of this.memory.claim(masks === batch.masks ? batch : { ...batch, masks })) {
      const mine = found.get(j);
      if (mine) for (const [i, ref] of firsts) mine.set(i, ref);
      else found.set(j, firsts);
    }
    return [...found].sort((a, b) => a[0] - b[0]);
  }
}
