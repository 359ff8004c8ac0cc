import type { ProgramResult } from '../engine/types.js';
import type { CaseTotal } from '../io/formats/types.js';

/**
 * Totals per case_id, for the tables of batches and the report. A case is filed by one HR
 * agency: its agency is the agency_name of its first placement record that names one, and an
 * agency's totals are those of its cases (see agencies).
 */
export class CaseTotals {
  private readonly totals = new Map<string, CaseTotal>();

  /** Adds a record's amounts (sign 1), or takes them back (sign -1); `count` counts the record. */
  add(caseId: string | null, results: readonly ProgramResult[] | null, sign: 1 | -1 = 1, count = sign === 1, agency?: string): void {
    const key = caseId ?? '';
    let t = this.totals.get(key);
    if (!t) {
      t = { case_id: key, records: 0, grants: 0, loans: 0 };
      this.totals.set(key, t);
    }
    if (agency && t.agency === undefined) t.agency = agency;
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
        if (t.agency === undefined && c.agency !== undefined) t.agency = c.agency;
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

  /** The agencies' totals (those of their cases), the largest first: the first n, and how many agencies there are. */
  agencies(n: number): { top: AgencyTotal[]; count: number } {
    const by = new Map<string, AgencyTotal>();
    for (const c of this.totals.values()) {
      if (c.agency === undefined) continue;
      let a = by.get(c.agency);
      if (!a) by.set(c.agency, (a = { agency: c.agency, cases: 0, records: 0, grants: 0, loans: 0 }));
      a.cases++;
      a.records += c.records;
      a.grants += c.grants;
      a.loans += c.loans;
    }
    const top = [...by.values()].sort((a, b) => b.grants - a.grants || b.loans - a.loans || b.records - a.records || a.agency.localeCompare(b.agency)).slice(0, n);
    return { top, count: by.size };
  }
}

/** An HR agency's totals: those of the cases it files. */
export interface AgencyTotal {
  agency: string;
  cases: number;
  records: number;
  /** Fen. */
  grants: number;
  loans: number;
}

/** The fact that names a placement record's agency (agencyOf). */
export const AGENCY_FACT = 'agency_name';

/** The agency a record names (placement records name theirs), for CaseTotals.add. */
export function agencyOf(type: string, values: Readonly<Record<string, unknown>>): string | undefined {
  if (type !== 'placement') return undefined;
  const v = Object.hasOwn(values, AGENCY_FACT) ? values[AGENCY_FACT] : undefined;
  const name = typeof v === 'string' ? v.trim() : '';
  return name || undefined;
}
