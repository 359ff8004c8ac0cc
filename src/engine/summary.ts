/**
 * Totals that reconcile: records read = evaluated + invalid (overall and per file),
 * grants by program kept apart from loans, and counts of results by status.
 */
import type { RulesPack } from '../rules/load.js';
import { addAudit, emptyAudit, mergeAudit, type AuditItem, type AuditSummary } from './audit.js';
import { STATUSES, type ProgramResult, type Status } from './types.js';

export interface FileCounts {
  file: string;
  records: number;
  evaluated: number;
  invalid: number;
}

export interface Summary {
  records: number;
  evaluated: number;
  invalid: number;
  /** Eligible grant amounts in fen, by program; pending amounts are not counted. */
  grants: { total: number; by_program: Record<string, number> };
  loans: { total: number; by_program: Record<string, number> };
  by_status: Record<Status, number>;
  /** Results made ineligible because the person was already claimed for. */
  duplicates: number;
  /** Result counts by program and status. */
  by_program: Record<string, Record<Status, number>>;
  files: FileCounts[];
  /** Claimed against computed, when auditing. */
  audit?: AuditSummary;
}

const zeroStatuses = (): Record<Status, number> => Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;

export class SummaryBuilder {
  private readonly summary: Summary;
  private readonly files = new Map<string, FileCounts>();
  private last: FileCounts | undefined;

  constructor(pack: RulesPack, audit = false) {
    const grants: Record<string, number> = {};
    const loans: Record<string, number> = {};
    const byProgram: Record<string, Record<Status, number>> = {};
    for (const p of pack.programs) {
      (p.spec.kind === 'loan' ? loans : grants)[p.id] = 0;
      byProgram[p.id] = zeroStatuses();
    }
    this.summary = {
      records: 0,
      evaluated: 0,
      invalid: 0,
      grants: { total: 0, by_program: grants },
      loans: { total: 0, by_program: loans },
      by_status: zeroStatuses(),
      duplicates: 0,
      by_program: byProgram,
      files: [],
      ...(audit ? { audit: emptyAudit() } : {}),
    };
  }

  /** Adds a record's audit items (sign -1 takes them back). */
  addAudit(caseId: string | null, items: readonly AuditItem[], sign: 1 | -1 = 1): void {
    if (this.summary.audit) addAudit(this.summary.audit, caseId, items, sign);
  }

  private file(name: string): FileCounts {
    if (this.last?.file === name) return this.last;
    let counts = this.files.get(name);
    if (!counts) {
      counts = { file: name, records: 0, evaluated: 0, invalid: 0 };
      this.files.set(name, counts);
      this.summary.files.push(counts);
    }
    return (this.last = counts);
  }

  /** Registers a file so that it appears in the summary even if it holds no records. */
  addFile(name: string): void {
    this.file(name);
  }

  /** Counts a record and adds its results (null: the record is invalid). */
  add(file: string, results: readonly ProgramResult[] | null): void {
    const s = this.summary;
    const f = this.file(file);
    s.records++;
    f.records++;
    if (results === null) {
      s.invalid++;
      f.invalid++;
      return;
    }
    s.evaluated++;
    f.evaluated++;
    this.addResults(results);
  }

  /** Adds (sign 1) or takes back (sign -1) a record's results, leaving the record counts as they are. */
  addResults(results: readonly ProgramResult[], sign: 1 | -1 = 1): void {
    const s = this.summary;
    for (const r of results) {
      s.by_status[r.status] += sign;
      if (r.duplicate_of) s.duplicates += sign;
      const counts = s.by_program[r.program];
      if (counts) counts[r.status] += sign;
      if (r.status !== 'eligible' || r.amount === null) continue;
      const bucket = r.kind === 'loan' ? s.loans : s.grants;
      bucket.total += sign * r.amount;
      bucket.by_program[r.program] = (bucket.by_program[r.program] ?? 0) + sign * r.amount;
    }
  }

  /** Adds the counts and totals of another summary (of another part of the same run). */
  merge(other: Summary): void {
    const s = this.summary;
    s.records += other.records;
    s.evaluated += other.evaluated;
    s.invalid += other.invalid;
    for (const kind of ['grants', 'loans'] as const) {
      s[kind].total += other[kind].total;
      for (const [id, fen] of Object.entries(other[kind].by_program)) s[kind].by_program[id] = (s[kind].by_program[id] ?? 0) + fen;
    }
    for (const st of STATUSES) s.by_status[st] += other.by_status[st];
    s.duplicates += other.duplicates;
    if (s.audit && other.audit) mergeAudit(s.audit, other.audit);
    for (const [id, counts] of Object.entries(other.by_program)) {
      const mine = (s.by_program[id] ??= zeroStatuses());
      for (const st of STATUSES) mine[st] += counts[st];
    }
    for (const f of other.files) {
      const mine = this.file(f.file);
      mine.records += f.records;
      mine.evaluated += f.evaluated;
      mine.invalid += f.invalid;
    }
  }

  result(): Summary {
    return this.summary;
  }
}
