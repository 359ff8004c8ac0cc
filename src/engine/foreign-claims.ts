/**
 * Claims of another record type's programs, for the audit: a row of a file with a type column
 * whose own type has no such program but which claims an amount for it (a hire row with an
 * amount in claimed_emergency, a placement program). Its type's items could not show that claim:
 * the record is invalid, saying so, rather than audited without it. An empty claim is no claim.
 */
import { claimedField, fieldForKeyIn, RECORD_TYPES, type RecordType } from '../records/fields.js';
import { isBlank } from '../records/kinds.js';
import { parseMoney } from '../records/values.js';
import type { FieldError } from '../records/record.js';
import type { RulesPack } from '../rules/load.js';

/** The claim that a column or key is: of the program of another record type (`owner`). */
export interface ForeignClaim {
  /** The claim's field, claimed_<program>. */
  field: string;
  owner: RecordType;
  program: string;
}

/** The claim of a program that a column's header or a record's key names, in any record type (the first that has it). */
export function claimNamedBy(key: string, pack: RulesPack): ForeignClaim | undefined {
  for (const owner of RECORD_TYPES) {
    const field = fieldForKeyIn(owner, key, pack.facts[owner]);
    const program = field === undefined ? undefined : pack.byType[owner].find((p) => claimedField(p.id) === field);
    if (program) return { field: field!, owner, program: program.id };
  }
  return undefined;
}

/**
 * The claim of another record type's program that a column's header or a record's key is, for a
 * record of `type`; undefined when it is a field of `type` itself, or no claim.
 */
export function foreignClaimOf(key: string, type: RecordType, pack: RulesPack): ForeignClaim | undefined {
  return fieldForKeyIn(type, key, pack.facts[type]) === undefined ? claimNamedBy(key, pack) : undefined;
}

/**
 * The error of a record of `type` that claims `value` under a claim of another type; undefined
 * for an empty claim, or one of nothing (a spreadsheet may fill its unused amount columns with 0).
 */
export function foreignClaimError(claim: ForeignClaim, type: RecordType, value: unknown): FieldError | undefined {
  if (isBlank(value) || parseMoney(value) === 0) return undefined;
  return {
    field: claim.field,
    value,
    message: `${String(value).trim()} is the claim of ${claim.owner} records (${claim.program}), but this is a ${type} record; remove the amount or correct the record's type`,
  };
}
