/**
 * Audit: what was claimed (or paid) against what the rules give. For every result where the
 * record has a `claimed_<program>` value, and every result that gives money nobody claimed:
 * the claimed and computed amounts, their difference, and a verdict. Amounts are exact fen:
 * a one-fen difference is a difference.
 */
import { isInvalid, parseMoney } from '../records/values.js';
import { keyedCopy } from '../records/own-keys.js';
import type { ClaimRef } from './claims.js';
import type { ProgramResult, Status } from './types.js';

export const VERDICTS = ['match', 'over', 'under', 'unclaimed', 'unverifiable'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface AuditItem {
  program: string;
  kind: 'grant' | 'loan';
  status: Status;
  /** Fen; null when nothing was claimed. */
  claimed: number | null;
  /** Fen the rules give now (0 while pending); null when undetermined. */
  computed: number | null;
  /** claimed - computed (nothing claimed counts as 0); null when undetermined. */
  difference: number | null;
  verdict: Verdict;
  eligible_on?: string;
  duplicate_of?: ClaimRef;
}

/** The claimed amount of a program, from its field or an extra column; undefined when absent, null when unreadable. */
function claimedOf(facts: Readonly<Record<string, unknown>>, program: string): number | undefined | null {
  const raw = facts[`claimed_${program}`];
  if (raw === undefined) return undefined;
  if (typeof raw === 'number') return raw;
  const fen = parseMoney(raw);
  return isInvalid(fen) ? null : fen;
}

export function auditItems(facts: Readonly<Record<string, unknown>>, results: readonly ProgramResult[]): AuditItem[] {
  const items: AuditItem[] = [];
  for (const r of results) {
    const claimed = claimedOf(facts, r.program);
    const computed = r.status === 'undetermined' ? null : r.status === 'eligible' ? r.amount! : 0;
    if (claimed === undefined && !(computed !== null && computed > 0)) continue;
    const c = claimed ?? null;
    let verdict: Verdict;
    if (computed === null || claimed === null) verdict = 'unverifiable'; // undetermined, or a claim that cannot be read
    else if (c === null) verdict = 'unclaimed';
    else verdict = c === computed ? 'match' : c > computed ? 'over' : 'under';
    const item: AuditItem = {
      program: r.program,
      kind: r.kind,
      status: r.status,
      claimed: c,
      computed,
      difference: computed === null || claimed === null ? null : (c ?? 0) - computed,
      verdict,
    };
    if (r.eligible_on) item.eligible_on = r.eligible_on;
    if (r.duplicate_of) item.duplicate_of = r.duplicate_of;
    items.push(item);
  }
  return items;
}

export interface AuditSums {
  /** Fen; nothing claimed counts as 0, undetermined computed amounts as 0. */
  claimed: number;
  computed: number;
  difference: number;
}

/** Items counted, with the sums of grant items; loan principal is summed apart, never with grants. */
export interface AuditTotals extends AuditSums {
  count: number;
  loans: AuditSums;
}

export interface AuditSummary {
  items: number;
  by_verdict: Record<Verdict, AuditTotals>;
  by_program: Record<string, Record<Verdict, AuditTotals>>;
  /** Per case: the items, and the sums of those that can be checked (unverifiable items are counted apart). */
  by_case: Record<string, AuditTotals & { over: number; under: number; unverifiable: number }>;
}

const zero = (): AuditTotals => ({ count: 0, claimed: 0, computed: 0, difference: 0, loans: { claimed: 0, computed: 0, difference: 0 } });
const byVerdict = () => Object.fromEntries(VERDICTS.map((v) => [v, zero()])) as Record<Verdict, AuditTotals>;

/** Totals keyed by program and by case id, any text (constructor too): objects without a prototype. */
export function emptyAudit(): AuditSummary {
  return { items: 0, by_verdict: byVerdict(), by_program: keyedCopy(), by_case: keyedCopy() };
}

function addTo(t: AuditTotals, item: AuditItem, sign: number): void {
  t.count += sign;
  const sums: AuditSums = item.kind === 'loan' ? t.loans : t;
  sums.claimed += sign * (item.claimed ?? 0);
  sums.computed += sign * (item.computed ?? 0);
  sums.difference += sign * (item.difference ?? 0);
}

/** Adds a record's items to the audit summary (sign -1 takes them back). */
export function addAudit(a: AuditSummary, caseId: string | null, items: readonly AuditItem[], sign: 1 | -1 = 1): void {
  for (const item of items) {
    a.items += sign;
    addTo(a.by_verdict[item.verdict], item, sign);
    addTo((a.by_program[item.program] ??= byVerdict())[item.verdict], item, sign);
    const c = (a.by_case[caseId ?? ''] ??= { ...zero(), over: 0, under: 0, unverifiable: 0 });
    // A case's sums hold only what can be checked, so that claimed − computed = difference.
    if (item.verdict === 'unverifiable') {
      c.count += sign;
      c.unverifiable += sign;
    } else {
      addTo(c, item, sign);
    }
    if (item.verdict === 'over') c.over += sign;
    if (item.verdict === 'under') c.under += sign;
  }
}

export function mergeAudit(a: AuditSummary, b: AuditSummary): void {
  const sum = (x: AuditSums, y: AuditSums) => {
    x.claimed += y.claimed;
    x.computed += y.computed;
    x.difference += y.difference;
  };
  const merge = (x: AuditTotals, y: AuditTotals) => {
    x.count += y.count;
    sum(x, y);
    sum(x.loans, y.loans);
  };
  a.items += b.items;
  for (const v of VERDICTS) merge(a.by_verdict[v], b.by_verdict[v]);
  for (const [p, verdicts] of Object.entries(b.by_program)) {
    const mine = (a.by_program[p] ??= byVerdict());
    for (const v of VERDICTS) merge(mine[v], verdicts[v]);
  }
  for (const [id, t] of Object.entries(b.by_case)) {
    const mine = (a.by_case[id] ??= { ...zero(), over: 0, under: 0, unverifiable: 0 });
    merge(mine, t);
    mine.over += t.over;
    mine.under += t.under;
    mine.unverifiable += t.unverifiable;
  }
}
