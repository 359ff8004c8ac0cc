/**
 * Duplicate claims: a per-person program is paid once per person. Within one run, the first
 * claim of a person and program is evaluated as usual; a later one is ineligible, with the
 * reason `duplicate` naming the first (file, line, case_id).
 *
 * A claim is a result that is not ineligible — eligible, pending or undetermined — since only
 * those can be paid; an ineligible first record does not stop a later one.
 */
import { PERSON_FIELD, RECORD_TYPES, type RecordType } from '../records/fields.js';
import type { RulesPack } from '../rules/load.js';
import { ClaimRegistry, personKey, personKeyOfBytes, type BatchClaimList, type ClaimRef } from './claims.js';
import type { ProgramResult } from './types.js';

export type { ClaimRef };

const TYPE_INDEX: Record<RecordType, number> = { placement: 0, hire: 1, startup: 2 };

/** A result turned ineligible because the person was already claimed for. */
export function duplicateResult(r: ProgramResult, first: ClaimRef): ProgramResult {
  return {
    program: r.program,
    kind: r.kind,
    status: 'ineligible',
    amount: 0,
    reasons: [{ condition: 'duplicate', outcome: 'not_met', duplicate_of: first }],
    conditions: r.conditions,
    amount_rule: r.amount_rule,
    duplicate_of: first,
  };
}

/** The claims of results (see DuplicateCheck.claimsOf), given their type's perPersonOf. */
export function claimsMask(perPerson: number, results: readonly ProgramResult[]): number {
  let mask = 0;
  for (let i = 0; i < results.length; i++) if ((perPerson >>> i) & 1 && results[i]!.status !== 'ineligible') mask |= 1 << i;
  return mask;
}

export class DuplicateCheck {
  private readonly registry = new ClaimRegistry();
  /** For each record type, which of its programs (by index) are paid once per person. */
  private readonly perPerson: Record<RecordType, number>;

  constructor(pack: RulesPack) {
    this.perPerson = Object.fromEntries(
      RECORD_TYPES.map((t) => [t, pack.byType[t].reduce((mask, p, i) => (p.spec.per_person ? mask | (1 << i) : mask), 0)]),
    ) as Record<RecordType, number>;
  }

  /** The record's claims: bit i for each per-person program i whose result is not ineligible. */
  claimsOf(type: RecordType, results: readonly ProgramResult[]): number {
    return claimsMask(this.perPerson[type], results);
  }

  /** Bit i for each program i of the record type that is paid once per person. */
  perPersonOf(type: RecordType): number {
    return this.perPerson[type];
  }

  /** The registry key of a person in a record type, or undefined when the ID is not a valid one. */
  keyOf(type: RecordType, id: unknown): number | undefined {
    const key = typeof id === 'string' ? personKey(id) : undefined;
    return key === undefined ? undefined : key * 4 + TYPE_INDEX[type];
  }

  /** The registry key of a person from the bytes of their ID number. */
  keyOfBytes(type: RecordType, buf: Uint8Array, start: number, end: number): number | undefined {
    const key = personKeyOfBytes(buf, start, end);
    return key === undefined ? undefined : key * 4 + TYPE_INDEX[type];
  }

  /** Makes room for this many people at once (see ClaimRegistry.reserve). */
  reserve(people: number): void {
    this.registry.reserve(people);
  }

  /** Registers a batch's claims in input order (see ClaimRegistry.claimBatch). */
  registerBatch(file: string, claims: BatchClaimList): [number, Map<number, ClaimRef>][] {
    return this.registry.claimBatch(file, claims);
  }

  /** Registers claims in input order; returns, for each program index already claimed, the first claim. */
  register(key: number, claims: number, file: string, line: number | undefined, caseId: string | null): Map<number, ClaimRef> | undefined {
    return this.registry.claim(key, claims, file, line, caseId);
  }

  /** Checks a whole evaluated record (case files); marks its duplicate results in place. */
  apply(type: RecordType, facts: Readonly<Record<string, unknown>>, results: ProgramResult[], ref: ClaimRef): boolean {
    const key = this.keyOf(type, facts[PERSON_FIELD[type]]);
    if (key === undefined) return false;
    const duplicates = this.register(key, this.claimsOf(type, results), ref.file, ref.line, ref.case_id);
    if (!duplicates) return false;
    for (const [i, first] of duplicates) results[i] = duplicateResult(results[i]!, first);
    return true;
  }
}
