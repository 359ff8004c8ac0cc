/**
 * What a batch report shows: gathered while the records stream by, as totals and the first or
 * largest few (never every record), so that its memory stays bounded whatever the size of the run.
 */
import type { AgencyTotal } from '../batch/cases.js';
import type { CaseAudit } from '../engine/audit.js';
import type { Summary } from '../engine/summary.js';
import type { Lang } from '../i18n/lang.js';
import type { CaseTotal, DuplicateRow, InvalidRow } from '../io/formats/types.js';

/** How many cases, agencies and audited cases the report lists. */
export const REPORT_TOP = 10;

export interface ReportProgram {
  id: string;
  /** Its name in the report's language. */
  name: string;
  loan: boolean;
}

export interface ReportData {
  mode: 'evaluate' | 'audit';
  lang: Lang;
  pack: { name: string; version: string };
  asOf: string;
  /** As given: `-` is standard input. */
  inputs: readonly string[];
  /** When the run ended, ISO 8601 in UTC, and how long it took. */
  generatedAt: string;
  seconds: number;
  /** With pending_by_month (and audit, when auditing). */
  summary: Summary;
  /** In the pack's order. */
  programs: readonly ReportProgram[];
  /** The largest, and how many there are. */
  cases: readonly CaseTotal[];
  casesCount: number;
  agencies: readonly AgencyTotal[];
  agenciesCount: number;
  /** The audited cases with the largest differences. */
  differences: readonly [caseId: string, audit: CaseAudit][];
  /** The first invalid rows (summary.invalid counts them all). */
  invalid: readonly InvalidRow[];
  /** The first records that repeat claims, and how many there are. */
  duplicates: readonly DuplicateRow[];
  duplicatesCount: number;
  /** ID numbers in errors masked. */
  mask: boolean;
}

/** The audited cases whose claims differ most from what the rules give (grants first, then loans). */
export function largestDifferences(byCase: ReadonlyMap<string, CaseAudit>, n: number): [string, CaseAudit][] {
  return [...byCase]
    .filter(([, a]) => a.difference !== 0 || a.loans.difference !== 0)
    .sort(([x, a], [y, b]) => Math.abs(b.difference) - Math.abs(a.difference) || Math.abs(b.loans.difference) - Math.abs(a.loans.difference) || x.localeCompare(y))
    .slice(0, n);
}
