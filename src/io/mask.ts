import { FIELDS, RECORD_TYPES } from '../records/fields.js';
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

/** A record's values as written, with its ID numbers and credit codes masked. */
export function maskRecord(raw: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) setOwn(out, key, IDENTITY_FIELDS.has(key) && typeof value === 'string' && value.trim() ? maskId(value.trim()) : value);
  return out;
}

/** Record errors, with the values of ID numbers and credit codes masked. */
export function maskErrors<E extends { field: string; value: unknown }>(errors: readonly E[]): E[] {
  return errors.map((e) => (IDENTITY_FIELDS.has(e.field) && typeof e.value === 'string' && e.value.trim() ? { ...e, value: maskId(e.value.trim()) } : e));
}

/** Masks a person's name as IDs are masked, keeping its first character: 张伟 → 张*, 欧阳娜娜 → 欧***. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  return chars.length <= 1 ? '*' : chars[0]! + '*'.repeat(chars.length - 1);
}
