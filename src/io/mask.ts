import { FIELDS, fieldsNamedBy, RECORD_TYPES } from '../records/fields.js';
import { setOwn } from '../core/own-keys.js';

/** Masks an identification number, keeping the first 6 and last 4 characters: 500115********1234. */
export function maskId(id: string): string {
  if (id.length <= 10) return '*'.repeat(Math.max(0, id.length - 4)) + id.slice(-4);
  return id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4);
}

/** The fields that hold ID numbers or credit codes, in any record type. */
export const IDENTITY_FIELDS: ReadonlySet<string> = new Set(
  RECORD_TYPES.flatMap((t) => FIELDS[t].filter((f) => f.kind === 'resident_id' || f.kind === 'credit_code').map((f) => f.name)),
);

/**
 * Whether a key holds ID numbers or credit codes: an identity field, or a key that names one (身份证号,
 * kept under its own name when a record gives it beside worker_id).
 */
export function isIdentityKey(key: string): boolean {
  return IDENTITY_FIELDS.has(key) || fieldsNamedBy(key).some((f) => IDENTITY_FIELDS.has(f));
}

/** A record's values as written, with its ID numbers and credit codes masked. */
export function maskRecord(raw: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) setOwn(out, key, isIdentityKey(key) && typeof value === 'string' && value.trim() ? maskId(value.trim()) : value);
  return out;
}

/**
 * Values quoted in a message that hold digits: ID numbers and credit codes as written, stray
 * spaces or a hyphen included ("500115199001011238 "). Names of keys and fields hold none.
 */
const QUOTED = /"([^"]*\d[^"]*)"/g;
/** A number long enough to be an ID number, outside quotes. */
const LONG_NUMBER = /(?<![\d*"])\d{15,}(?![\d*"])/g;

/**
 * Record errors, with the values of ID numbers and credit codes masked, and those a message
 * quotes (a field given twice quotes both values).
 */
export function maskErrors<E extends { field: string; value: unknown; message: string }>(errors: readonly E[]): E[] {
  return errors.map((e) => {
    if (!isIdentityKey(e.field)) return e;
    const value = typeof e.value === 'string' && e.value.trim() ? maskId(e.value.trim()) : e.value;
    // (A number given for an ID is quoted as a number: its digits masked too.)
    const message = e.message.replace(QUOTED, (_, text: string) => `"${maskId(text.trim())}"`).replace(LONG_NUMBER, (n) => maskId(n));
    return { ...e, value, message };
  });
}

/** Masks a person's name as IDs are masked, keeping its first character: 张伟 → 张*, 欧阳娜娜 → 欧***. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  return chars.length <= 1 ? '*' : chars[0]! + '*'.repeat(chars.length - 1);
}
