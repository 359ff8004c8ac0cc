/**
 * Duplicate claims: a per-person program is paid once per person. Within one run (and, with a
 * ledger, across runs: see Claims), the first claim of a person and program is evaluated as
 * usual; a later one is ineligible, with the reason `duplicate` naming the first (file, line,
 * case_id), or `already_paid` naming the payment in the ledger (its batch and date besides).
 *
 * A claim is a result that is not ineligible — eligible, pending or undetermined — since only
 * those can be paid; an ineligible first record does not stop a later one.
 */
import { RECORD_TYPES, typeIndex, type RecordType } from '../records/fields.js';
import type { RulesPack } from '../rules/load.js';
import type { ClaimRef } from './claims.js';
import { personKey, personKeyOfBytes } from './person-key.js';
import type { ProgramResult } from './types.js';

export type { ClaimRef };

/** A result turned ineligible because the person was already claimed for. */
export function duplicateResult(r: ProgramResult, first: ClaimRef): ProgramResult {
  return {
    program: r.program,
    kind: r.kind,
    status: 'ineligible',
    amount: 0,
    reasons: [{ condition: first.batch === undefined ? 'duplicate' : 'already_paid', outcome: 'not_met', duplicate_of: first }],
    conditions: r.conditions,
    amount_rule: r.amount_rule,
    duplicate_of: first,
  };
}

/** Results with those of the programs claimed before (by index: the first claims) made duplicates. */
export function withDuplicates(results: readonly ProgramResult[], firsts: ReadonlyMap<number, ClaimRef>): ProgramResult[] {
  return results.map((r, i) => (firsts.has(i) ? duplicateResult(r, firsts.get(i)!) : r));
}

/** The claims of results (see ClaimRules.claimsOf), given their type's perPersonOf. */
export function claimsMask(perPerson: number, results: readonly ProgramResult[]): number {
  let mask = 0;
  for (let i = 0; i < results.length; i++) if ((perPerson >>> i) & 1 && results[i]!.status !== 'ineligible') mask |= 1 << i;
  return mask;
}

/** What a record claims, by the rules: its person's key and the per-person programs it may be paid. */
export class ClaimRules {
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

  /** The claim key of a person in a record type (see ClaimBatch), or undefined when the ID is not a valid one. */
  keyOf(type: RecordType, id: unknown): number | undefined {
    const key = typeof id === 'string' ? personKey(id) : undefined;
    return key === undefined ? undefined : key * 4 + typeIndex(type);
  }

  /** The same, from the bytes of an ID number. */
  keyOfBytes(type: RecordType, buf: Uint8Array, start: number, end: number): number | undefined {
    const key = personKeyOfBytes(buf, start, end);
    return key === undefined ? undefined : key * 4 + typeIndex(type);
  }
}

/** The record type of a claim key (see ClaimBatch). */
export const typeOfKey = (key: number): RecordType => RECORD_TYPES[key % 4]!;
