/**
 * What `audit` needs of its inputs: columns (CSV headers, case-file keys) that hold claimed
 * amounts. A column that looks like a claim but names no program is an error (a misspelt
 * claimed_emergncy would otherwise make every item "unclaimed"), and so is an input that claims
 * nothing: there is nothing to audit.
 */
import { closest } from '../core/closest.js';
import { claimedField } from '../engine/audit.js';
import { InputError } from '../errors.js';
import type { CsvLayout } from '../io/csv/header.js';
import { FIELDS, RECORD_TYPES, fieldForKeyIn, normalizeHeader, type RecordType } from '../records/fields.js';
import type { RulesPack } from '../rules/load.js';

/** What a column or key is to the audit: the claim of a program (of some record type), or a mistake. */
type ClaimColumn = { program: string; type: RecordType } | { problem: string } | undefined;

/** A header that looks like a claimed amount: claimed_…, 申领…, 已申领…. */
const CLAIM_LIKE = /^(claimed|申领|已申领)/;

function claimsOf(pack: RulesPack): { program: string; type: RecordType; names: string[] }[] {
  return pack.programs.map((p) => {
    const field = FIELDS[p.recordType].find((f) => f.name === claimedField(p.id));
    return { program: p.id, type: p.recordType, names: [claimedField(p.id), ...(field?.zh ?? [])] };
  });
}

/** What a column or key is to the audit (see ClaimColumn). */
export function claimColumn(key: string, pack: RulesPack): ClaimColumn {
  const n = normalizeHeader(key);
  for (const type of RECORD_TYPES) {
    const field = fieldForKeyIn(type, key, pack.facts[type]);
    const program = field?.startsWith('claimed_') ? pack.byType[type].find((p) => claimedField(p.id) === field) : undefined;
    if (program) return { program: program.id, type };
  }
  const claims = claimsOf(pack);
  const own = claims.find((c) => c.names.includes(n));
  if (own) return { program: own.program, type: own.type };
  if (!CLAIM_LIKE.test(n)) return undefined;
  const names = claims.flatMap((c) => c.names);
  const like = closest(n, names) ?? closest(n.replace(CLAIM_LIKE, 'claimed_'), names);
  return {
    problem:
      `"${key}" looks like a claimed amount but names no program${like ? `; did you mean ${like}?` : ''} ` +
      `The claimed amounts are ${claims.map((c) => claimedField(c.program)).join(', ')} (or their Chinese headers, such as 申领应急补贴)`,
  };
}

/**
 * Checks a CSV header for audit: every claim-like column names a program (of the file's record
 * type, when --type gives it), and one at least is there. Throws InputError.
 */
export function checkAuditHeader(layout: CsvLayout, pack: RulesPack): void {
  let claims = 0;
  for (const header of layout.headers) {
    const c = claimColumn(header, pack);
    if (!c) continue;
    if ('problem' in c) throw new InputError(`${layout.file}:1: column ${c.problem}; rename the column`);
    if (layout.fixedType && c.type !== layout.fixedType) {
      throw new InputError(`${layout.file}:1: column "${header}" is the claim of ${c.type} records (${c.program}), but the rows are ${layout.fixedType} records (--type ${layout.fixedType}); remove the column or give the right --type`);
    }
    claims++;
  }
  if (!claims) throw new InputError(nothingToAudit(layout.file));
}

/** Checks one key of a case-file record for audit (see checkAuditHeader); true when it is a claim. */
export function checkAuditKey(key: string, where: string, pack: RulesPack): boolean {
  const c = claimColumn(key, pack);
  if (c && 'problem' in c) throw new InputError(`${where}: key ${c.problem}; rename the key`);
  return c !== undefined;
}

export function nothingToAudit(file: string): string {
  return `${file}: no record has a claimed amount (a claimed_<program> column or key, such as claimed_emergency or 申领应急补贴): nothing to audit; to see what the rules give, use subsidy evaluate`;
}
