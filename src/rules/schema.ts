/**
 * The rules-pack format, as a zod schema: the one definition of what a pack may say.
 */
import { z } from 'zod';
import { RECORD_TYPES } from '../records/fields.js';

const Id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'use lower-case letters, digits and _ (like startup_grant)');

export const Bilingual = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

export const ParamRef = z.strictObject({ param: Id });
const Scalar = z.union([z.string(), z.number(), z.boolean()]);
/** A literal value, or a reference to a parameter. */
export const ValueSpec = z.union([ParamRef, Scalar, z.array(z.union([z.string(), z.number()]))]);

const conditionBase = { id: Id, label: Bilingual };

export const ConditionSpec = z.discriminatedUnion('op', [
  z.strictObject({ ...conditionBase, op: z.literal('present'), fact: Id }),
  z.strictObject({
    ...conditionBase,
    op: z.enum(['eq', 'ne', 'gt', 'gte', 'lt', 'lte']),
    fact: Id,
    value: ValueSpec,
  }),
  z.strictObject({
    ...conditionBase,
    op: z.enum(['any_in', 'none_in']),
    fact: Id,
    value: ValueSpec,
    match: z.enum(['exact', 'district']).optional(),
  }),
  z.strictObject({
    ...conditionBase,
    op: z.literal('retained'),
    start: Id,
    end: Id,
    months: z.union([ParamRef, z.number().int().positive()]),
  }),
]);

export const AmountSpec = z.union([
  ParamRef,
  z.strictObject({ yuan: z.number().nonnegative() }),
  z.strictObject({ fact: Id, cap: z.union([ParamRef, z.number().nonnegative()]).optional() }),
]);

export const CitationSpec = z.strictObject({
  source: Id,
  text: z.string().min(1),
  gloss: z.string().min(1),
});

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const ProgramSpec = z.strictObject({
  id: Id,
  name: Bilingual,
  claimant: Bilingual,
  kind: z.enum(['grant', 'loan']),
  record_type: z.enum(RECORD_TYPES),
  per_person: z.boolean().default(true),
  conditions: z.array(ConditionSpec),
  amount: AmountSpec,
  citation: CitationSpec,
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});

const paramBase = { label: Bilingual, note: Bilingual.optional() };

export const ParamSpec = z.discriminatedUnion('type', [
  z.strictObject({ ...paramBase, type: z.literal('money'), default: z.number().nonnegative().nullable() }),
  z.strictObject({ ...paramBase, type: z.literal('integer'), default: z.number().int().nonnegative().nullable() }),
  z.strictObject({
    ...paramBase,
    type: z.literal('list'),
    of: z.enum(['enterprise_category', 'group', 'district', 'text']),
    default: z.array(z.union([z.string(), z.number()])),
  }),
]);

export const DistrictSpec = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.union([z.string(), z.number()])),
});

export const PackSpec = z.strictObject({
  pack: z.string().min(1),
  version: z.number().int().positive(),
  title: Bilingual,
  sources: z.record(Id, Bilingual),
  interpretation: z.array(z.strictObject({ id: Id, zh: z.string(), en: z.string() })).default([]),
  params: z.record(Id, ParamSpec),
  programs: z.array(ProgramSpec).min(1),
  districts: z.array(DistrictSpec).default([]),
});

export type Bilingual = z.infer<typeof Bilingual>;
export type ValueSpec = z.infer<typeof ValueSpec>;
export type ConditionSpec = z.infer<typeof ConditionSpec>;
export type AmountSpec = z.infer<typeof AmountSpec>;
export type ProgramSpec = z.infer<typeof ProgramSpec>;
export type ParamSpec = z.infer<typeof ParamSpec>;
export type PackSpec = z.infer<typeof PackSpec>;
