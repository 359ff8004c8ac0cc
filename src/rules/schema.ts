/**
 * The rules-pack format, as a zod schema: the one definition of what a pack may say.
 */
import { z } from 'zod';
import { isValidDate } from '../core/calendar.js';
import { RECORD_TYPES } from '../records/fields.js';

/** The schema's own words for what its checks find wrong, in both languages (see issues.ts). */
export const SCHEMA_MESSAGES = {
  id: { en: 'use lower-case letters, digits and _ (like startup_grant)', zh: '请只用小写字母、数字和 _(如 startup_grant)' },
  reserved: { en: 'a reserved name (every JavaScript object has it); choose another', zh: '这是保留名称(每个 JavaScript 对象都有);请另选一个' },
  oneParam: { en: 'a list names at most one parameter', zh: '一个列表最多只能引用一个参数' },
  isoDate: { en: 'a date as YYYY-MM-DD', zh: '日期应写作 YYYY-MM-DD' },
  calendar: { en: 'not a date on the calendar', zh: '不是日历上存在的日期' },
} as const;

const Id = z.string().regex(/^[a-z][a-z0-9_]*$/, SCHEMA_MESSAGES.id.en);
/** A fact's name: an Id that no JavaScript object already has (constructor), as records hold facts by name. */
const FactName = Id.refine((name) => !(name in Object.prototype), SCHEMA_MESSAGES.reserved.en);

export const Bilingual = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

export const ParamRef = z.strictObject({ param: Id });
const Scalar = z.union([z.string(), z.number(), z.boolean()]);
/**
 * A literal value, a reference to a parameter, or a list: of literals, or of literals and one
 * parameter whose values it adds (`[poverty_registered, { param: hiring_extra_groups }]`: the
 * values the rule names always count, the parameter only adds to them).
 */
export const ValueSpec = z.union([
  ParamRef,
  Scalar,
  z
    .array(z.union([z.string(), z.number(), ParamRef]))
    .refine((list) => list.filter((v) => typeof v === 'object').length <= 1, SCHEMA_MESSAGES.oneParam.en),
]);

export const CitationSpec = z.strictObject({
  source: Id,
  text: z.string().min(1),
  gloss: z.string().min(1),
});

/** Conditions that an overlay adds carry the citation of the local rule they rest on. */
const conditionBase = { id: Id, label: Bilingual, citation: CitationSpec.optional() };

export const OPERATORS = ['present', 'happened', 'eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'any_in', 'none_in', 'retained'] as const;

export const ConditionSpec = z.discriminatedUnion('op', [
  z.strictObject({ ...conditionBase, op: z.literal('present'), fact: Id }),
  /** A date fact, when given, is not after the evaluation date (the event it dates has taken place). */
  z.strictObject({ ...conditionBase, op: z.literal('happened'), fact: Id }),
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

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, SCHEMA_MESSAGES.isoDate.en)
  .refine((d) => isValidDate(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))), SCHEMA_MESSAGES.calendar.en);

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

/** A record field that a pack adds to the built-in record types (an overlay's `facts`). */
export const FactSpec = z.strictObject({
  type: z.enum(['integer', 'number', 'money', 'date', 'text', 'list']),
  record_types: z.array(z.enum(RECORD_TYPES)).min(1),
  label: Bilingual,
  /** Chinese headers accepted for it. */
  zh: z.array(z.string().min(1)).default([]),
});

export const PackSpec = z.strictObject({
  pack: z.string().min(1),
  /** Record fields beyond the built-in ones that the pack's conditions read. */
  facts: z.record(FactName, FactSpec).default({}),
  version: z.number().int().positive(),
  title: Bilingual,
  sources: z.record(Id, Bilingual),
  interpretation: z.array(z.strictObject({ id: Id, zh: z.string(), en: z.string() })).default([]),
  params: z.record(Id, ParamSpec),
  programs: z.array(ProgramSpec).min(1),
  districts: z.array(DistrictSpec).default([]),
});

/** Changes an overlay makes to a program of the pack below it. */
export const AmendSpec = z.strictObject({
  add_conditions: z.array(ConditionSpec).default([]),
  /** The local rule the added conditions rest on. */
  citation: CitationSpec.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});

/** A parameter an overlay defines, or a value it gives to one of the pack below. */
export const OverlayParam = z.union([ParamSpec, z.number(), z.string(), z.array(z.union([z.string(), z.number()])), z.null()]);

export const OverlaySpec = z.strictObject({
  overlay: z.string().min(1),
  version: z.number().int().positive(),
  title: Bilingual,
  /** The pack it was written for (checked when given). */
  applies_to: z.string().min(1).optional(),
  sources: z.record(Id, Bilingual).default({}),
  facts: z.record(FactName, FactSpec).default({}),
  params: z.record(Id, OverlayParam).default({}),
  programs: z.array(ProgramSpec).default([]),
  amend: z.record(Id, AmendSpec).default({}),
});

export type Bilingual = z.infer<typeof Bilingual>;
export type FactSpec = z.infer<typeof FactSpec>;
export type AmendSpec = z.infer<typeof AmendSpec>;
export type OverlaySpec = z.infer<typeof OverlaySpec>;
export type CitationSpec = z.infer<typeof CitationSpec>;
export type ValueSpec = z.infer<typeof ValueSpec>;
export type ConditionSpec = z.infer<typeof ConditionSpec>;
export type AmountSpec = z.infer<typeof AmountSpec>;
export type ProgramSpec = z.infer<typeof ProgramSpec>;
export type ParamSpec = z.infer<typeof ParamSpec>;
export type PackSpec = z.infer<typeof PackSpec>;
