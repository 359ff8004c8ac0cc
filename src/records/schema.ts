/**
 * Zod schemas of the three record types, built from the field table. A schema reads a
 * record whose keys are already field names and whose empty values are already absent,
 * and yields the parsed record: dates as `YYYY-MM-DD`, money in integer fen, category and
 * group values in their canonical English names.
 */
import { z } from 'zod';
import type { CalendarDate } from '../core/calendar.js';
import { FIELDS, RECORD_TYPES, type FieldSpec, type RecordType } from './fields.js';
import { crossFieldError, PARSERS } from './kinds.js';
import { FIRST_SERIAL, LAST_SERIAL } from './excel-dates.js';
import {
  CATEGORIES_PATTERN,
  CATEGORY_PATTERN,
  CREDIT_CODE_PATTERN,
  DATE_PATTERN,
  idNotText,
  INTEGER_PATTERN,
  isInvalid,
  LIST_PATTERN,
  MAX_YUAN,
  MONEY_PATTERN,
  NOT_BLANK_PATTERN,
  NUMBER_PATTERN,
  orBlank,
  RESIDENT_ID_PATTERN,
  type EnterpriseCategory,
} from './values.js';

/** An ID number or credit code that is not a string: the same words as the value parsers. */
const idAsText = (kind: 'resident_id' | 'credit_code') => (issue: { input?: unknown }) => idNotText(issue.input, kind);

/** A value of a type a field does not take (an object, true): what the field's parser says of it, as for a value it refuses. */
const asParsed = (kind: FieldSpec['kind']) => ({
  error: (issue: { input?: unknown }) => {
    const r = PARSERS[kind](issue.input);
    return isInvalid(r) ? r.error : undefined;
  },
});

/**
 * What a field accepts as input, for validation messages and JSON Schema: the JSON types its
 * parser takes and, as metadata that only the JSON Schema uses, the patterns of the text and the
 * bounds of the numbers the parser reads (values.ts). Zod checks the types only; the parser
 * checks the rest, in its own words.
 */
export function inputSchema(spec: FieldSpec): z.ZodType {
  const meta = { description: spec.en };
  const said = asParsed(spec.kind);
  // A field left blank is unknown. A blank required field is reported missing by the reader; the
  // JSON Schema lets it pass, so that an unfilled template validates as a file to fill in.
  const text = orBlank;
  const textOf = (pattern: string) => z.string().meta({ pattern: text(pattern) });
  // A list of values: each item a string that `item` matches, and at least one that `value` matches.
  const listOf = (value: string, item?: string) =>
    z.array(z.string().meta(item ? { pattern: item } : {})).meta({ contains: { type: 'string', pattern: value } });
  switch (spec.kind) {
    case 'date':
      // (A whole number is an Excel serial, as a spreadsheet exported it: see dates.ts.)
      return z
        .union([z.string().meta({ pattern: text(DATE_PATTERN) }), z.number().meta({ type: 'integer', minimum: FIRST_SERIAL, maximum: LAST_SERIAL })], said)
        .meta({ ...meta, examples: ['2020-02-20', '2020/2/20', '2020年2月20日'] });
    case 'money':
      return z
        .union([z.number().meta({ minimum: 0, maximum: MAX_YUAN }), textOf(MONEY_PATTERN)], said)
        .meta({ ...meta, examples: [1000, '999.99', '1,000.50'] });
    case 'integer':
      return z
        .union([z.number().meta({ type: 'integer', minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER }), textOf(INTEGER_PATTERN)], said)
        .meta(meta);
    case 'number':
      return z.union([z.number(), textOf(NUMBER_PATTERN)], said).meta(meta);
    case 'categories':
      return z.union([textOf(CATEGORIES_PATTERN), listOf(CATEGORY_PATTERN, orBlank(CATEGORY_PATTERN))], said).meta(meta);
    case 'groups':
    case 'list':
      return z.union([textOf(LIST_PATTERN), listOf(NOT_BLANK_PATTERN)], said).meta(meta);
    case 'resident_id':
      return z.string({ error: idAsText('resident_id') }).meta({ ...meta, pattern: text(RESIDENT_ID_PATTERN), examples: ['11010519491231002X'] });
    case 'credit_code':
      return z.string({ error: idAsText('credit_code') }).meta({ ...meta, pattern: text(CREDIT_CODE_PATTERN), examples: ['91350100M000100Y43'] });
    default:
      return z.union([z.string(), z.number()], said).meta(meta);
  }
}

function fieldSchema(spec: FieldSpec): z.ZodType {
  const parse = PARSERS[spec.kind];
  const parsed = inputSchema(spec).transform((raw, ctx) => {
    const result = parse(raw);
    if (!isInvalid(result)) return result;
    ctx.addIssue({ code: 'custom', message: result.error, input: raw });
    return z.NEVER;
  });
  return spec.required ? parsed : parsed.optional();
}

function recordSchema(type: RecordType) {
  const shape: Record<string, z.ZodType> = {};
  for (const spec of FIELDS[type]) shape[spec.name] = fieldSchema(spec);
  return z.object(shape).superRefine((rec, ctx) => {
    const e = crossFieldError(rec);
    if (e) ctx.addIssue({ code: 'custom', path: [e.field], message: e.message, input: e.value });
  });
}

export const RECORD_SCHEMAS = Object.fromEntries(RECORD_TYPES.map((t) => [t, recordSchema(t)])) as Record<
  RecordType,
  ReturnType<typeof recordSchema>
>;

interface Common {
  case_id?: string;
}
export interface PlacementFields extends Common {
  agency_name?: string;
  agency_credit_code?: string;
  worker_name?: string;
  worker_id: string;
  enterprise_name?: string;
  enterprise_credit_code?: string;
  enterprise_category?: EnterpriseCategory[];
  contract_signed?: CalendarDate;
  employment_start?: CalendarDate;
  employment_end?: CalendarDate;
  organization_cost?: number;
  claimed_recruitment?: number;
  claimed_emergency?: number;
  claimed_organization?: number;
}
export interface HireFields extends Common {
  enterprise_name?: string;
  enterprise_credit_code?: string;
  worker_name?: string;
  worker_id: string;
  worker_group?: string[];
  contract_signed?: CalendarDate;
  employment_start?: CalendarDate;
  claimed_hiring?: number;
}
export interface StartupFields extends Common {
  applicant_name?: string;
  applicant_id: string;
  applicant_group?: string[];
  business_district?: string;
  business_registered?: CalendarDate;
  loan_requested?: number;
  claimed_startup_grant?: number;
  claimed_startup_loan?: number;
}
export interface FieldsOf {
  placement: PlacementFields;
  hire: HireFields;
  startup: StartupFields;
}
