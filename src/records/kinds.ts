/**
 * How each kind of field is read, and the checks that span fields. Shared by the zod schemas
 * (case files) and the compiled row reader (CSV batches), so both read records alike.
 */
import type { CalendarDate } from '../core/calendar.js';
import type { FieldKind } from './fields.js';
import {
  parseCategories,
  parseCreditCode,
  parseDate,
  parseGroups,
  parseInteger,
  parseList,
  parseMoney,
  parseNumber,
  parseResidentId,
  parseText,
  type Parsed,
} from './values.js';

export const PARSERS: Record<FieldKind, (raw: unknown) => Parsed<unknown>> = {
  text: parseText,
  resident_id: parseResidentId,
  credit_code: parseCreditCode,
  date: parseDate,
  money: parseMoney,
  categories: parseCategories,
  groups: parseGroups,
  district: parseText,
  integer: parseInteger,
  number: parseNumber,
  list: parseList,
};

/** The fields that crossFieldError reads: a reader that reads only some fields reads these too. */
export const CROSS_FIELDS: readonly string[] = ['employment_start', 'contract_signed', 'employment_end'];

/** Checks between fields of a record whose fields are each valid: the field at fault and why, or undefined. */
export function crossFieldError(facts: Readonly<Record<string, unknown>>): { field: string; value: unknown; message: string } | undefined {
  const start = (facts.employment_start ?? facts.contract_signed) as CalendarDate | undefined;
  const end = facts.employment_end as CalendarDate | undefined;
  if (start && end && end < start) {
    return { field: 'employment_end', value: end, message: `the last day of employment ${end} is before its first day ${start}` };
  }
  return undefined;
}

export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && (value === '' || value.trim() === ''));
}
