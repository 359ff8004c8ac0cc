/**
 * `subsidy schema [TYPE]`: the JSON Schema (draft 2020-12) of a record type or of a case file,
 * generated from the records' zod schemas with `z.toJSONSchema` on their input side (what a
 * file may hold, before values are parsed), then annotated from the field table: each field's
 * Chinese name as its title, its meaning, its Chinese headers and an example.
 *
 * The schema describes records as written, as the reader accepts them: keys are field names
 * (a Chinese header may stand for one), a field left empty or null is unknown, and keys that
 * are not fields are kept as data, so they are allowed. It checks the shape of a file (which
 * keys, which kinds of value) and the written form of each value, with the patterns the value
 * parsers define beside them (records/values.ts); what a pattern cannot check (a day missing
 * from its month, check characters, the birth date in an ID number, an amount too large) is
 * checked when the file is evaluated, and each field's description says so.
 */
import { z } from 'zod';
import { FIRST_YEAR, LAST_YEAR } from '../core/calendar.js';
import { UsageError } from '../errors.js';
import { FIELD_EXAMPLES, TYPE_MEANINGS } from '../records/examples.js';
import { FIELDS, RECORD_TYPES, TYPE_ALIASES, TYPE_FIELD, TYPE_NAMES, recordTypeOf, type FieldSpec, type RecordType } from '../records/fields.js';
import { RECORD_SCHEMAS } from '../records/schema.js';
import { CATEGORY_LABELS, ENTERPRISE_CATEGORIES, GROUP_LABELS } from '../records/values.js';
import { writeText, type TextOutput } from './write-text.js';
import type { CommandIO } from './io.js';
import { say } from './messages.js';

/** What `subsidy schema` describes: one record of a type, or a whole case file. */
export const SCHEMA_TARGETS = [...RECORD_TYPES, 'case'] as const;
export type SchemaTarget = (typeof SCHEMA_TARGETS)[number];

/** A JSON Schema document, as plain JSON. */
export type JsonSchema = { [key: string]: unknown };

/** Reads the TYPE argument: a record type (or its Chinese name) or `case`; a usage error otherwise. */
export function schemaTargetOf(value: string): SchemaTarget {
  if (value.trim().toLowerCase() === 'case') return 'case';
  const type = recordTypeOf(value);
  if (type) return type;
  throw new UsageError(say('unknownSchemaType', { value }));
}

/** The values of `type` that stand for a record type: its name and its Chinese names. */
function typeValues(type: RecordType): string[] {
  return Object.keys(TYPE_ALIASES).filter((k) => TYPE_ALIASES[k] === type);
}

function list(items: readonly string[]): string {
  return items.join('、');
}

/** What the value parsers accept for each kind of field, in words. */
function kindHint(spec: FieldSpec): string | undefined {
  switch (spec.kind) {
    case 'resident_id':
      return (
        '18 characters (GB 11643): 17 digits and a check character, a digit or X (or x); spaces are ignored; write it as text ' +
        '(quoted), since a number loses digits. Its birth date and check character are checked on evaluation'
      );
    case 'credit_code':
      return '18 digits and capital letters (GB 32100), never I, O, Z, S or V (lower case is read too); spaces are ignored. Its check character is checked on evaluation';
    case 'date':
      return `a date: 2020-02-20, 2020/2/20, 2020.2.20 or 2020年2月20日, from ${FIRST_YEAR} to ${LAST_YEAR}. Whether the day is in its month (2020-02-30) is checked on evaluation`;
    case 'money':
      return (
        'yuan, not negative, with at most two decimals: a number, or text such as 1,000.50, ¥1000 or 1000元. ' +
        'The decimals of a number (1.005) and an amount too large written as text are checked on evaluation'
      );
    case 'categories':
      return `one or more of ${ENTERPRISE_CATEGORIES.map((c) => `${c} (${CATEGORY_LABELS[c].zh})`).join(', ')}; several as key;electronics or a list`;
    case 'groups':
      return `one or more groups, open-ended: ${Object.entries(GROUP_LABELS)
        .map(([g, l]) => `${g} (${l.zh})`)
        .join(', ')} or any other name; several separated by ; or as a list`;
    default:
      return undefined;
  }
}

const ALSO_NAMED = 'Chinese names, accepted as keys and CSV headers: ';

function describeField(spec: FieldSpec): string {
  const hint = kindHint(spec);
  return (
    `${spec.en}${hint ? `; ${hint}` : ''}. ` +
    (spec.required ? 'Required. ' : 'Empty or null when not known. ') +
    `${ALSO_NAMED}${list(spec.zh)}.`
  );
}

/** The `type` of a record (which a Chinese header may name too), or of a case (only `type`). */
function typeProperty(type: RecordType, of: 'record' | 'case') {
  const names = list(typeValues(type).filter((v) => v !== type));
  return z.enum(typeValues(type) as [string, ...string[]]).meta({
    title: TYPE_FIELD.zh[0],
    description:
      of === 'record'
        ? `the record type: ${type} (${names}). ${ALSO_NAMED}${list(TYPE_FIELD.zh)}.`
        : `the type of the case's records: ${type} (${names}); a record may name another in its own type.`,
  });
}

/** A field as a file may write it: the record schema's own field, optional ones also null. */
function fieldProperty(type: RecordType, spec: FieldSpec) {
  const field = RECORD_SCHEMAS[type].shape[spec.name];
  if (!field) throw new Error(`the record schema of ${type} has no field ${spec.name}`);
  return (spec.required ? field : field.nullable()).meta({ title: spec.zh[0], description: describeField(spec) });
}

/** One record of a type; its `type` may be left out, and keys that are not fields are allowed. */
function recordSchema(type: RecordType, id?: string) {
  const shape: Record<string, z.ZodType> = { type: typeProperty(type, 'record').optional() };
  for (const spec of FIELDS[type]) shape[spec.name] = fieldProperty(type, spec);
  return z
    .object(shape)
    .loose()
    .meta({
      ...(id ? { id } : {}),
      title: `${type} record (${TYPE_NAMES[type].zh})`,
      description:
        `A ${type} record: ${TYPE_MEANINGS[type].en} (${TYPE_MEANINGS[type].zh}). Keys are the field names below or their ` +
        'Chinese headers; other keys are kept as data.',
    });
}

/** A case file: `{case_id, type, records}` or a list of records that each carry their type. */
function caseSchema() {
  const defs = Object.fromEntries(RECORD_TYPES.map((t) => [t, recordSchema(t, t)])) as Record<RecordType, ReturnType<typeof recordSchema>>;
  // A record that names its own type: `type` (or 类型, 记录类型) is required, and says which of the three it is.
  const typed = z.union(RECORD_TYPES.map((t) => z.intersection(defs[t], z.object({ type: z.unknown() })))).meta({
    id: 'record',
    title: 'a record with its type',
    description: `A record that carries its own type (${RECORD_TYPES.join(', ')}, or their Chinese names), as in a list of records.`,
  });
  const caseId = RECORD_SCHEMAS.placement.shape.case_id!.nullable().meta({
    title: FIELDS.placement[0]!.zh[0],
    description: 'case (claim) identifier: the case_id of every record that has none. Empty or null when there is none.',
  });
  const records = (item: z.ZodType, description: string) => z.array(item).meta({ title: 'records', description });
  const caseOf = (t: RecordType) =>
    z
      .object({
        case_id: caseId,
        type: typeProperty(t, 'case'),
        records: records(z.union([defs[t], typed]), `the case's records: ${t} records (a record may name another type in its own type)`),
      })
      .loose()
      .meta({ title: `a case of ${t} records`, description: `A case whose records are ${t} records: ${TYPE_MEANINGS[t].en}.` });
  const untypedCase = z
    .object({
      case_id: caseId,
      type: z.never().optional(),
      records: records(typed, 'the case\'s records, each with its own type'),
    })
    .loose()
    .meta({ title: 'a case of records of several types', description: 'A case without a type: each record names its own.' });
  const recordList = z.array(typed).meta({ title: 'a list of records', description: 'A list of records, each with its own type.' });
  return z.union([...RECORD_TYPES.map(caseOf), untypedCase, recordList]).meta({
    title: 'subsidy case file',
    description:
      'A case file for subsidy (JSON or YAML): a case {case_id, type, records: [...]} whose type applies to every record ' +
      'that does not name its own, or a list of records that each carry their type. Record types: ' +
      RECORD_TYPES.map((t) => `${t} (${TYPE_NAMES[t].zh}): ${TYPE_MEANINGS[t].en}`).join('; ') +
      '.',
  });
}

// ---------------------------------------------------------------------------------------------
// Annotations that zod does not carry over: examples, the null branch, required keys' aliases.

type Json = { [key: string]: unknown };
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `anyOf: [X, {type: "null"}]` (zod's nullable) → X with "null" among its types, annotations kept. */
function foldNull(property: Json): void {
  const options = property.anyOf;
  if (!Array.isArray(options) || options.length !== 2) return;
  const [inner, nul] = options as [unknown, unknown];
  if (!isObject(inner) || !isObject(nul) || nul.type !== 'null' || Object.keys(nul).length !== 1) return;
  delete property.anyOf;
  const { description: _d, title: _t, ...rest } = inner;
  if (Array.isArray(rest.anyOf)) {
    property.anyOf = [...rest.anyOf, { type: 'null' }];
    delete rest.anyOf;
  } else if (rest.type !== undefined) {
    property.type = [...(Array.isArray(rest.type) ? rest.type : [rest.type]), 'null'];
    delete rest.type;
  } else {
    property.anyOf = [inner, nul];
    return;
  }
  for (const [k, v] of Object.entries(rest)) if (!(k in property)) property[k] = v;
}

/** A required key that a Chinese header may stand for: required as any one of its names. */
function aliasRequired(schema: Json, aliases: ReadonlyMap<string, readonly string[]>): void {
  const required = schema.required;
  if (!Array.isArray(required)) return;
  const keep: string[] = [];
  const clauses: Json[] = [];
  for (const name of required as string[]) {
    const zh = aliases.get(name);
    if (zh?.length) clauses.push({ anyOf: [name, ...zh].map((n) => ({ required: [n] })) });
    else keep.push(name);
  }
  if (!clauses.length) return;
  if (keep.length) schema.required = keep;
  else delete schema.required;
  if (clauses.length === 1 && schema.anyOf === undefined) schema.anyOf = clauses[0]!.anyOf;
  else schema.allOf = [...((schema.allOf as Json[] | undefined) ?? []), ...clauses];
}

function fieldAliases(type: RecordType): Map<string, readonly string[]> {
  return new Map(FIELDS[type].map((s) => [s.name, s.zh]));
}

/** Completes a record type's JSON Schema from the field table. */
function annotateRecord(type: RecordType, schema: Json): void {
  const properties = schema.properties as Json;
  for (const spec of FIELDS[type]) annotateProperty(properties[spec.name] as Json, FIELD_EXAMPLES[type][spec.name]);
  aliasRequired(schema, fieldAliases(type));
}

/** A property: its null branch folded in, and the field table's example first among its examples. */
function annotateProperty(property: Json, example: unknown): void {
  foldNull(property);
  const examples = [example, ...((property.examples as unknown[] | undefined) ?? [])];
  property.examples = examples.filter((e, i) => e !== undefined && examples.findIndex((o) => JSON.stringify(o) === JSON.stringify(e)) === i);
}

const GENERATE = { io: 'input', target: 'draft-2020-12', unrepresentable: 'throw' } as const;

/**
 * The JSON Schema of one record of a type, or of a case file (`case`, the default). Generated
 * anew on each call from the record schemas and the field table; nothing in it is written by hand.
 */
export function jsonSchema(target: SchemaTarget = 'case'): JsonSchema {
  if (target !== 'case') {
    const schema = z.toJSONSchema(recordSchema(target), GENERATE) as Json;
    annotateRecord(target, schema);
    return schema;
  }
  const schema = z.toJSONSchema(caseSchema(), GENERATE) as Json;
  const defs = schema.$defs as Json;
  for (const t of RECORD_TYPES) annotateRecord(t, defs[t] as Json);
  for (const option of schema.anyOf as Json[]) {
    const properties = option.properties as Json | undefined;
    if (!properties) continue;
    const type = recordTypeOf((properties.type as Json).enum && ((properties.type as Json).enum as string[])[0]) ?? 'placement';
    annotateProperty(properties.case_id as Json, FIELD_EXAMPLES[type].case_id);
  }
  // In a list, a record's type may be written under a Chinese header too.
  const typeAliases = new Map([[TYPE_FIELD.name, TYPE_FIELD.zh]]);
  for (const option of (defs.record as Json).anyOf as Json[]) {
    for (const member of option.allOf as Json[]) aliasRequired(member, typeAliases);
  }
  return schema;
}

export interface SchemaOptions {
  target: SchemaTarget;
  output?: string;
}

/** Writes the schema, indented, to standard output or a file. */
export async function runSchema(o: SchemaOptions, io: CommandIO): Promise<void> {
  const out: TextOutput = o.output ? { file: o.output } : { stream: io.stdout };
  await writeText(`${JSON.stringify(jsonSchema(o.target), null, 2)}\n`, out);
}
