/**
 * Totals that reconcile: records read = evaluated + invalid (overall and per file),
 * grants by program kept apart from loans, and counts of results by status.
 */
import type { RecordType } from '../records/fields.js';
import { ownValue } from '../core/own-keys.js';
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
  /** Pending results by the month they become claimable (`YYYY-MM`) and program, when asked for (the report). */
  pending_by_month?: Record<string, Record<string, Pending>>;
}

/** Pending results: how many, and the fen they will give. */
export interface Pending {
  count: number;
  amount: number;
}

const zeroStatuses = (): Record<Status, number> => Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;

/** A status's place in STATUSES (by identity: the status strings are the same constants). */
export function statusIndex(status: Status): number {
  return status === 'eligible' ? 0 : status === 'pending' ? 1 : status === 'undetermined' ? 2 : 3;
}
// Written out for speed on every result, so it must follow STATUSES: checked once, at load.
if (STATUSES.some((s, i) => statusIndex(s) !== i)) throw new Error('statusIndex does not follow the order of STATUSES');

/** A program's eligible amount in a summary, in fen: among the grants, or for a loan program the loans (kept apart). */
export function eligibleFen(s: Summary, program: string, loan: boolean): number {
  return (loan ? s.loans.by_program[program] : s.grants.by_program[program]) ?? 0;
}

/** Whether a summary counts any result of a program. */
export function hasResults(s: Summary, program: string): boolean {
  const counts = s.by_program[program];
  return counts !== undefined && STATUSES.some((st) => counts[st] !== 0);
}

/** Where the results of a record type (in the order of its programs) are counted: for addPlaced. */
export function placesOf(pack: RulesPack, type: RecordType): number[] {
  return pack.byType[type].map((p) => pack.programs.indexOf(p));
}

export class SummaryBuilder {
  private readonly summary: Summary;
  private readonly files = new Map<string, FileCounts>();
  private last: FileCounts | undefined;
  /** The programs, in the pack's order, and each one's place by id and by record type. */
  private readonly programs: readonly { id: string; loan: boolean }[];
  private readonly index: ReadonlyMap<string, number>;
  /** Result counts by program (in the pack's order) and status (in STATUSES' order)… */
  private readonly counts: Float64Array;
  /** …and the sum of the eligible amounts by program, in fen. */
  private readonly eligible: Float64Array;
  /** Pending results by month, when kept (see Summary.pending_by_month). */
  private readonly months: Map<string, Map<string, Pending>> | undefined;

  constructor(pack: RulesPack, audit = false, pendingMonths = false) {
    this.programs = pack.programs.map((p) => ({ id: p.id, loan: p.spec.kind === 'loan' }));
    this.index = new Map(pack.programs.map((p, i) => [p.id, i]));
    this.counts = new Float64Array(this.programs.length * STATUSES.length);
    this.eligible = new Float64Array(this.programs.length);
    this.months = pendingMonths ? new Map() : undefined;
    this.summary = {
      records: 0,
      evaluated: 0,
      invalid: 0,
      grants: { total: 0, by_program: {} },
      loans: { total: 0, by_program: {} },
      by_status: zeroStatuses(),
      duplicates: 0,
      by_program: {},
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
    if (this.count(file, results === null)) this.addResults(results!);
  }

  /**
   * The same as add for a valid record whose results are in the order of its type's programs
   * (as the engine gives them), `places` being placesOf its type: no program is looked up by name.
   */
  addPlaced(file: string, places: readonly number[], results: readonly ProgramResult[]): void {
    this.count(file, false);
    for (let i = 0; i < results.length; i++) this.addResult(places[i]!, results[i]!, 1);
  }

  /** Counts a record in its file; true when it was evaluated. */
  private count(file: string, invalid: boolean): boolean {
    const s = this.summary;
    const f = this.file(file);
    s.records++;
    f.records++;
    if (invalid) {
      s.invalid++;
      f.invalid++;
      return false;
    }
    s.evaluated++;
    f.evaluated++;
    return true;
  }

  /** Adds (sign 1) or takes back (sign -1) a record's results, leaving the record counts as they are. */
  addResults(results: readonly ProgramResult[], sign: 1 | -1 = 1): void {
    for (const r of results) {
      const place = this.index.get(r.program);
      if (place !== undefined) this.addResult(place, r, sign);
    }
  }

  private addResult(place: number, r: ProgramResult, sign: 1 | -1): void {
    this.counts[place * STATUSES.length + statusIndex(r.status)]! += sign;
    if (r.duplicate_of) this.summary.duplicates += sign;
    if (r.status === 'eligible' && r.amount !== null) this.eligible[place]! += sign * r.amount;
    else if (this.months !== undefined && r.status === 'pending' && r.eligible_on) this.addPending(r.eligible_on.slice(0, 7), r.program, sign, sign * (r.amount ?? 0));
  }

  private addPending(month: string, program: string, count: number, amount: number): void {
    let m = this.months!.get(month);
    if (!m) this.months!.set(month, (m = new Map()));
    const p = m.get(program);
    if (p) {
      p.count += count;
      p.amount += amount;
    } else m.set(program, { count, amount });
  }

  /** Adds the counts and totals of another summary (of another part of the same run). */
  merge(other: Summary): void {
    const s = this.summary;
    s.records += other.records;
    s.evaluated += other.evaluated;
    s.invalid += other.invalid;
    s.duplicates += other.duplicates;
    if (s.audit && other.audit) mergeAudit(s.audit, other.audit);
    if (this.months) for (const [month, m] of Object.entries(other.pending_by_month ?? {})) for (const [id, p] of Object.entries(m)) this.addPending(month, id, p.count, p.amount);
    for (const [id, counts] of Object.entries(other.by_program)) {
      const place = this.index.get(id);
      if (place === undefined) continue;
      for (let k = 0; k < STATUSES.length; k++) this.counts[place * STATUSES.length + k]! += counts[STATUSES[k]!];
      this.eligible[place]! += (ownValue(other.grants.by_program, id) ?? 0) + (ownValue(other.loans.by_program, id) ?? 0);
    }
    for (const f of other.files) {
      const mine = this.file(f.file);
      mine.records += f.records;
      mine.evaluated += f.evaluated;
      mine.invalid += f.invalid;
    }
  }

  /** The summary so far. */
  result(): Summary {
    const s = this.summary;
    const grants: Record<string, number> = {};
    const loans: Record<string, number> = {};
    s.by_status = zeroStatuses();
    s.by_program = {};
    this.programs.forEach((p, place) => {
      const counts = zeroStatuses();
      STATUSES.forEach((st, k) => {
        counts[st] = this.counts[place * STATUSES.length + k]!;
        s.by_status[st] += counts[st];
      });
      s.by_program[p.id] = counts;
      (p.loan ? loans : grants)[p.id] = this.eligible[place]!;
    });
    const total = (amounts: Record<string, number>) => Object.values(amounts).reduce((a, b) => a + b, 0);
    s.grants = { total: total(grants), by_program: grants };
    s.loans = { total: total(loans), by_program: loans };
    if (this.months) s.pending_by_month = pendingByMonth(this.months);
    return s;
  }
}

/** Pending results by month (in order) and program, those that came to none left out. */
function pendingByMonth(months: ReadonlyMap<string, ReadonlyMap<string, Pending>>): Record<string, Record<string, Pending>> {
  const out: Record<string, Record<string, Pending>> = {};
  for (const month of [...months.keys()].sort()) {
    const programs = [...months.get(month)!].filter(([, p]) => p.count !== 0);
    if (programs.length) out[month] = Object.fromEntries(programs.map(([id, p]) => [id, { ...p }]));
  }
  return out;
}
