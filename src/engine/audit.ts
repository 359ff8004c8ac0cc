/**
 * Audit: what was claimed (or paid) against what the rules give. Every record yields an item per
 * program of its type: the claimed and computed amounts, their difference, and a verdict. An
 * invalid record's items show what it claims and nothing computed. Amounts are exact fen: a
 * one-fen difference is a difference.
 */
import { claimedField } from '../records/fields.js';
import { isBlank } from '../records/kinds.js';
import { isInvalid, parseMoney } from '../records/values.js';
import type { ClaimRef } from './claims.js';
import type { ProgramResult, Status } from './types.js';

export const VERDICTS = ['match', 'over', 'under', 'early', 'duplicate', 'unclaimed', 'unverifiable', 'invalid'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The verdicts an auditor must look at: tables list their items (and, with --all, every item). */
export const ATTENTION: ReadonlySet<Verdict> = new Set<Verdict>(['over', 'early', 'duplicate', 'invalid', 'unverifiable']);

export interface AuditItem {
  program: string;
  kind: 'grant' | 'loan';
  /** The result's status; `invalid` for a record that could not be evaluated. */
  status: Status | 'invalid';
  /** Fen; null when nothing was claimed, or the claim cannot be read. */
  claimed: number | null;
  /** Fen the rules give now (0 while pending or ineligible); null when undetermined or the record is invalid. */
  computed: number | null;
  /** claimed - computed (nothing claimed counts as 0); null when either cannot be known. */
  difference: number | null;
  verdict: Verdict;
  eligible_on?: string;
  duplicate_of?: ClaimRef;
}

/** A program as the audit needs it (a compiled program): its id and whether it pays a grant or a loan. */
export interface AuditedProgram {
  id: string;
  spec: { kind: 'grant' | 'loan' };
}

/**
 * The claimed amount of a program: undefined when nothing is claimed (a blank claim, or one of 0:
 * a spreadsheet may fill the amounts a row does not use with 0), null when the claim cannot be
 * read. From a valid record's facts (every program's claim is a money field, read in fen: see the
 * pack's claim fields) or, with `written`, from the values as written (yuan).
 */
function claimedOf(values: Readonly<Record<string, unknown>>, program: string, written: boolean): number | undefined | null {
  const key = claimedField(program);
  if (!Object.hasOwn(values, key)) return undefined;
  const raw = values[key];
  if (isBlank(raw)) return undefined;
  const fen = written ? parseMoney(raw) : (raw as number);
  if (isInvalid(fen)) return null;
  return fen === 0 ? undefined : fen;
}

/** A valid record's item for one program result. */
function resultItem(program: AuditedProgram, r: ProgramResult, claimed: number | null | undefined): AuditItem {
  const computed = r.status === 'undetermined' ? null : r.status === 'eligible' ? r.amount! : 0;
  const c = claimed ?? null;
  const known = computed !== null && claimed !== null;
  let verdict: Verdict;
  if (r.duplicate_of) verdict = 'duplicate';
  else if (!known) verdict = 'unverifiable'; // undetermined (a valid record's claims are amounts)
  else if (r.status === 'pending' && c !== null && c > 0) verdict = 'early';
  else if (c === null) verdict = computed > 0 ? 'unclaimed' : 'match';
  else verdict = c === computed ? 'match' : c > computed ? 'over' : 'under';
  const item: AuditItem = {
    program: program.id,
    kind: program.spec.kind,
    status: r.status,
    claimed: c,
    computed,
    difference: known ? (c ?? 0) - computed : null,
    verdict,
  };
  if (r.eligible_on) item.eligible_on = r.eligible_on;
  if (r.duplicate_of) item.duplicate_of = r.duplicate_of;
  return item;
}

/**
 * The items of a record, one per program of its type (`programs`, in the order of `results`): a
 * valid record's from its results and facts; an invalid one's (results null) from its values as
 * written, each with verdict `invalid`, its claim if readable, and nothing computed.
 */
export function auditItems(
  programs: readonly AuditedProgram[],
  facts: Readonly<Record<string, unknown>>,
  written: Readonly<Record<string, unknown>>,
  results: readonly ProgramResult[] | null,
): AuditItem[] {
  if (results) return results.map((r, i) => resultItem(programs[i]!, r, claimedOf(facts, programs[i]!.id, false)));
  return programs.map((p) => ({
    program: p.id,
    kind: p.spec.kind,
    status: 'invalid',
    claimed: claimedOf(written, p.id, true) ?? null,
    computed: null,
    difference: null,
    verdict: 'invalid',
  }));
}

/**
 * Sums in fen. `claimed` sums every claim read; `unchecked` those of items whose computed amount
 * is unknown (unverifiable, invalid); `computed` and `difference` those of the others: so that
 * claimed − unchecked − computed = difference.
 */
export interface AuditSums {
  claimed: number;
  computed: number;
  difference: number;
  unchecked: number;
}

/** Items counted, with the sums of grant items; loan principal is summed apart, never with grants. */
export interface AuditTotals extends AuditSums {
  count: number;
  loans: AuditSums;
}

/** A case's items: their totals, and the count of each verdict. */
export interface CaseAudit extends AuditTotals {
  verdicts: Record<Verdict, number>;
}

export interface AuditSummary {
  items: number;
  /** Every item, whatever its verdict: claimed sums every claim read, invalid records' included. */
  total: AuditTotals;
  by_verdict: Record<Verdict, AuditTotals>;
  /** By program id and by case_id ('' for none): Maps, as the keys are input text. */
  by_program: Map<string, Record<Verdict, AuditTotals>>;
  by_case: Map<string, CaseAudit>;
}

const sums = (): AuditSums => ({ claimed: 0, computed: 0, difference: 0, unchecked: 0 });
const zero = (): AuditTotals => ({ count: 0, ...sums(), loans: sums() });
const byVerdict = () => Object.fromEntries(VERDICTS.map((v) => [v, zero()])) as Record<Verdict, AuditTotals>;
const caseAudit = (): CaseAudit => ({ ...zero(), verdicts: Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number> });

export function emptyAudit(): AuditSummary {
  return { items: 0, total: zero(), by_verdict: byVerdict(), by_program: new Map(), by_case: new Map() };
}

function addTo(t: AuditTotals, item: AuditItem, sign: number): void {
  t.count += sign;
  const s: AuditSums = item.kind === 'loan' ? t.loans : t;
  const claimed = sign * (item.claimed ?? 0);
  s.claimed += claimed;
  if (item.difference === null) {
    s.unchecked += claimed;
  } else {
    s.computed += sign * item.computed!;
    s.difference += sign * item.difference;
  }
}

/** An entry of a map, made when first asked for. */
function entry<T>(map: Map<string, T>, key: string, make: () => T): T {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

/** Adds a record's items to the audit summary (sign -1 takes them back). */
export function addAudit(a: AuditSummary, caseId: string | null, items: readonly AuditItem[], sign: 1 | -1 = 1): void {
  for (const item of items) {
    a.items += sign;
    addTo(a.total, item, sign);
    addTo(a.by_verdict[item.verdict], item, sign);
    addTo(entry(a.by_program, item.program, byVerdict)[item.verdict], item, sign);
    const c = entry(a.by_case, caseId ?? '', caseAudit);
    c.verdicts[item.verdict] += sign;
    addTo(c, item, sign);
  }
}

function mergeSums(x: AuditSums, y: AuditSums): void {
  x.claimed += y.claimed;
  x.computed += y.computed;
  x.difference += y.difference;
  x.unchecked += y.unchecked;
}

function mergeTotals(x: AuditTotals, y: AuditTotals): void {
  x.count += y.count;
  mergeSums(x, y);
  mergeSums(x.loans, y.loans);
}

export function mergeAudit(a: AuditSummary, b: AuditSummary): void {
  a.items += b.items;
  mergeTotals(a.total, b.total);
  for (const v of VERDICTS) mergeTotals(a.by_verdict[v], b.by_verdict[v]);
  for (const [p, verdicts] of b.by_program) {
    const mine = entry(a.by_program, p, byVerdict);
    for (const v of VERDICTS) mergeTotals(mine[v], verdicts[v]);
  }
  for (const [id, t] of b.by_case) {
    const mine = entry(a.by_case, id, caseAudit);
    mergeTotals(mine, t);
    for (const v of VERDICTS) mine.verdicts[v] += t.verdicts[v];
  }
}
