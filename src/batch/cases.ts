import type { ProgramResult } from '../engine/types.js';
import type { CaseTotal } from '../io/formats/types.js';

/** Totals per case_id, for the tables of batches. */
export class CaseTotals {
  private readonly totals = new Map<string, CaseTotal>();

  /** Adds a record's amounts (sign 1), or takes them back (sign -1); `count` counts the record. */
  add(caseId: string | null, results: readonly ProgramResult[] | null, sign: 1 | -1 = 1, count = sign === 1): void {
    const key = caseId ?? '';
    let t = this.totals.get(key);
    if (!t) {
      t = { case_id: key, records: 0, grants: 0, loans: 0 };
      this.totals.set(key, t);
    }
    if (count) t.records++;
    for (const r of results ?? []) {
      if (r.status !== 'eligible' || r.amount === null) continue;
      if (r.kind === 'loan') t.loans += sign * r.amount;
      else t.grants += sign * r.amount;
    }
  }

  merge(list: readonly CaseTotal[]): void {
    for (const c of list) {
      const t = this.totals.get(c.case_id);
      if (!t) this.totals.set(c.case_id, { ...c });
      else {
        t.records += c.records;
        t.grants += c.grants;
        t.loans += c.loans;
      }
    }
  }

  list(): CaseTotal[] {
    return [...this.totals.values()];
  }

  get size(): number {
    return this.totals.size;
  }

  /** The largest cases by grants (then loans, then records). */
  top(n: number): CaseTotal[] {
    return this.list()
      .sort((a, b) => b.grants - a.grants || b.loans - a.loans || b.records - a.records || a.case_id.localeCompare(b.case_id))
      .slice(0, n);
  }
}
