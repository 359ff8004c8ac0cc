/**
 * What `audit` needs of its inputs: columns (CSV headers, case-file keys) that hold claimed
 * amounts. A column that is a near miss of a claim (a misspelt claimed_emergncy would otherwise
 * make every item "unclaimed") is an error, and so is an input that claims nothing: there is
 * nothing to audit.
 */
import { closest } from '../core/closest.js';
import { InputError } from '../errors.js';
import { headerPlace, type CsvLayout } from '../io/csv/header.js';
import { claimNamedBy } from '../engine/foreign-claims.js';
import { claimedField, fieldSpec, normalizeHeader, type RecordType } from '../records/fields.js';
import type { RulesPack } from '../rules/load.js';
import { say } from './messages.js';

/** What a column or key is to the audit: the claim of a program (of some record type), or a mistake. */
type ClaimColumn = { program: string; type: RecordType } | { problem: string } | undefined;

/** A header that may be a claim: claimed…, 申领…, 已申领… (申领日期 is one that is not). */
const CLAIM_LIKE = /^(claimed|申领|已申领)/;

/** Every program's claim: its field and the Chinese headers accepted for it. */
function claimsOf(pack: RulesPack): { program: string; type: RecordType; names: string[] }[] {
  return pack.programs.map((p) => {
    const field = fieldSpec(p.recordType, claimedField(p.id), pack.facts[p.recordType]);
    return { program: p.id, type: p.recordType, names: [claimedField(p.id), ...(field?.zh ?? [])] };
  });
}

/**
 * What a column or key is to the audit (see ClaimColumn): a claim, or a near miss of one (a
 * claim-like header within a few edits of a claim's name). Other headers, 申领日期 or
 * claimed_total among them, are no claim and no mistake.
 */
export function claimColumn(key: string, pack: RulesPack): ClaimColumn {
  const named = claimNamedBy(key, pack);
  if (named) return { program: named.program, type: named.owner };
  const n = normalizeHeader(key);
  if (!CLAIM_LIKE.test(n)) return undefined;
  const claims = claimsOf(pack);
  const like = closest(n, claims.flatMap((c) => c.names));
  if (!like) return undefined;
  return {
    problem:
      `"${key}" looks like a claimed amount but names no program: did you mean ${like}? ` +
      `(the claimed amounts are ${claims.map((c) => claimedField(c.program)).join(', ')}, or their Chinese headers such as 申领应急补贴)`,
  };
}

/**
 * Checks a CSV header for audit: no column is a near miss of a claim, every claim is of the
 * file's record type (when --type gives it), and one at least is there. Throws InputError.
 */
export function checkAuditHeader(layout: CsvLayout, pack: RulesPack): void {
  let claims = 0;
  for (const header of layout.headers) {
    const c = claimColumn(header, pack);
    if (!c) continue;
    if ('problem' in c) throw new InputError(say('auditColumnProblem', { where: headerPlace(layout), problem: c.problem }));
    if (layout.fixedType && c.type !== layout.fixedType) {
      throw new InputError(say('auditColumnType', { where: headerPlace(layout), header, type: c.type, program: c.program, fixed: layout.fixedType }));
    }
    claims++;
  }
  if (!claims) throw new InputError(say('nothingToAudit', { file: layout.file }));
}

/**
 * Checks one key of case-file records of `type` for audit (see checkAuditHeader): true when it
 * is a claim of their type.
 */
export function checkAuditKey(key: string, type: RecordType, where: string, pack: RulesPack): boolean {
  const c = claimColumn(key, pack);
  if (!c) return false;
  if ('problem' in c) throw new InputError(say('auditKeyProblem', { where, problem: c.problem }));
  if (c.type !== type) throw new InputError(say('auditKeyType', { where, key, type: c.type, program: c.program, recordType: type }));
  return true;
}


