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
  for (const [key, value] of Object.entries(raw)) setOwn(out, key, isIdentityKey(key) ? maskValue(value) : value);
  return out;
}

/** Text quoted in a message. */
const QUOTED = /"([^"]*)"/g;
/** A number long enough to be an ID number, outside quotes (its check character X too). */
const LONG_NUMBER = /(?<![\d*"])\d{15,17}[\dXx]?(?![\d*"A-Za-z])/g;
const DIGITS = /[0-9０-９]/g;

/**
 * Whether a text quoted in a message is an ID number or credit code as written: 15 to 20
 * characters but for spaces and hyphens, mostly digits (ASCII or full-width). A key's name
 * (身份证号码(18位)) or a date is not.
 */
function idLike(text: string): boolean {
  const bare = text.replace(/[\s\u3000-]/g, '');
  return bare.length >= 15 && bare.length <= 20 && (bare.match(DIGITS)?.length ?? 0) >= 10;
}

/** A value of an identity field masked: text, or a number (an ID a spreadsheet or JSON gave as one). */
function maskValue(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() ? maskId(value.trim()) : value;
  if (typeof value === 'number') return maskId(String(value));
  return value;
}

/**
 * Record errors, with the values of ID numbers and credit codes masked, and those a message
 * quotes (a field given twice quotes both values).
 */
export function maskErrors<E extends { field: string; value: unknown; message: string }>(errors: readonly E[]): E[] {
  return errors.map((e) => {
    if (!isIdentityKey(e.field)) return e;
    const message = e.message.replace(QUOTED, (all, text: string) => (idLike(text) ? `"${maskId(text.trim())}"` : all)).replace(LONG_NUMBER, (n) => maskId(n));
    return { ...e, value: maskValue(e.value), message };
  });
}

/** Masks a person's name as IDs are masked, keeping its first character: 张伟 → 张*, 欧阳娜娜 → 欧***. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  return chars.length <= 1 ? '*' : chars[0]! + '*'.repeat(chars.length - 1);
}
