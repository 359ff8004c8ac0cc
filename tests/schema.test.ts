/**
 * `subsidy schema`: the JSON Schema is generated from the record schemas and the field table,
 * accepts every example case file, and rejects files of the wrong shape.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jsonSchema, type JsonSchema } from '../src/app/schema.js';
import { FIELD_EXAMPLES } from '../src/records/examples.js';
import { FIELDS, RECORD_TYPES, TYPE_FIELD, type RecordType } from '../src/records/fields.js';
import {
  CATEGORIES_PATTERN,
  CATEGORY_PATTERN,
  CREDIT_CODE_PATTERN,
  DATE_PATTERN,
  LIST_PATTERN,
  MAX_YUAN,
  MONEY_PATTERN,
  NOT_BLANK_PATTERN,
  orBlank,
  RESIDENT_ID_PATTERN,
} from '../src/records/values.js';
import { runCli } from './helpers/run.js';
import { FIRST_SERIAL, LAST_SERIAL } from '../src/records/excel-dates.js';
import { suiteDir } from './helpers/temp.js';

type Json = { [key: string]: unknown };

// Strict mode, its type checks made errors; strictRequired stays off, as the required ID field may
// be written under a Chinese header that is not among the properties.
const ajv = new Ajv2020.default({ allErrors: true, allowUnionTypes: true, strict: true, strictRequired: false });
const validateCase = ajv.compile(jsonSchema());
const validateRecord = Object.fromEntries(RECORD_TYPES.map((t) => [t, ajv.compile(jsonSchema(t))])) as Record<
  RecordType,
  ReturnType<typeof ajv.compile>
>;

const EXAMPLES = 'examples';
const caseFiles = readdirSync(EXAMPLES)
  .filter((f) => /\.(json|ya?ml)$/.test(f))
  .map((f) => {
    const text = readFileSync(join(EXAMPLES, f), 'utf8');
    return { file: f, data: (f.endsWith('.json') ? JSON.parse(text) : parseYaml(text)) as unknown };
  });

const temp = suiteDir('subsidy-schema-');

describe('the JSON Schema accepts the examples', () => {
  it('finds case files of every record type among the examples', () => {
    expect(caseFiles.map((c) => c.file).sort()).toEqual(
      expect.arrayContaining(['agency-placements.yaml', 'changshou-startups.yaml', 'enterprise-hires.json']),
    );
  });

  // The example of mistakes, whose mistakes a pattern can see, is checked below.
  const INVALID = 'invalid-records.yaml';
  const validFiles = caseFiles.filter((c) => c.file !== INVALID);

  it.each(validFiles.map((c) => [c.file, c.data] as const))('validates %s as a case file', (_file, data) => {
    expect(validateCase(data), JSON.stringify(validateCase.errors?.slice(0, 3))).toBe(true);
  });

  it("validates each example record with its type's schema", () => {
    const seen: Record<string, number> = {};
    for (const { file, data } of validFiles) {
      const records = (Array.isArray(data) ? data : (data as { records: Json[] }).records) as Json[];
      for (const record of records) {
        const type = (record.type ?? (data as Json).type) as RecordType;
        const ok = validateRecord[type](record);
        expect(ok, `${file} ${JSON.stringify(record)}: ${JSON.stringify(validateRecord[type].errors)}`).toBe(true);
        seen[type] = (seen[type] ?? 0) + 1;
      }
    }
    expect(Object.keys(seen).sort()).toEqual(['hire', 'placement', 'startup']);
    expect(seen.placement).toBeGreaterThanOrEqual(5);
  });

  it('accepts what the reader accepts: extra keys, Chinese keys, empty and null values, lists of categories', () => {
    expect(validateRecord.placement({ worker_id: '11010519491231002X', note: 'kept as data', 备注: 1 })).toBe(true);
    expect(validateRecord.placement({ 身份证号: '11010519491231002X', 企业类别: '重点企业' })).toBe(true);
    expect(validateRecord.startup({ 申请人身份证号: '11010519491231002X' })).toBe(true);
    expect(validateRecord.placement({ worker_id: '11010519491231002X', employment_end: null, organization_cost: '' })).toBe(true);
    expect(validateRecord.placement({ worker_id: '11010519491231002X', enterprise_category: ['key', 'electronics'] })).toBe(true);
    expect(validateRecord.hire({ worker_id: '11010519491231002X', type: '吸纳就业', claimed_hiring: 6000 })).toBe(true);
    expect(validateCase([{ 类型: '创业', applicant_id: '11010519491231002X' }])).toBe(true);
    expect(validateCase({ case_id: null, records: [{ type: 'hire', worker_id: '11010519491231002X' }] })).toBe(true);
    // A case's record may name its own type.
    expect(validateCase({ type: 'placement', records: [{ type: 'startup', applicant_id: '11010519491231002X' }] })).toBe(true);
  });
});

describe('the JSON Schema rejects files of the wrong shape', () => {
  it('a record without its ID field', () => {
    expect(validateRecord.placement({ worker_name: '张伟', contract_signed: '2020-02-20' })).toBe(false);
    expect(validateRecord.startup({ worker_id: '11010519491231002X' })).toBe(false);
    expect(validateCase({ type: 'hire', records: [{ worker_name: '赵敏' }] })).toBe(false);
    // A hire case's record is a hire record: the startup ID field does not stand in for worker_id.
    expect(validateCase({ type: 'hire', records: [{ applicant_id: '11010519491231002X' }] })).toBe(false);
  });

  it('a record type that does not exist', () => {
    expect(validateCase([{ type: 'other', worker_id: '11010519491231002X' }])).toBe(false);
    expect(validateCase({ type: 'other', records: [{ worker_id: '11010519491231002X' }] })).toBe(false);
    expect(validateRecord.placement({ type: 'hire', worker_id: '11010519491231002X' })).toBe(false);
  });

  it('a list record without a type', () => {
    expect(validateCase([{ worker_id: '11010519491231002X' }])).toBe(false);
    expect(validateCase({ records: [{ worker_id: '11010519491231002X' }] })).toBe(false);
  });

  it('records that are not a list, or not mappings', () => {
    expect(validateCase({ type: 'placement', records: { worker_id: '11010519491231002X' } })).toBe(false);
    expect(validateCase({ type: 'placement' })).toBe(false);
    expect(validateCase({ type: 'placement', records: ['11010519491231002X'] })).toBe(false);
    expect(validateCase('placement')).toBe(false);
  });

  it(`invalid-records.yaml: the values whose form is wrong, not those checked on evaluation`, () => {
    const { data } = caseFiles.find((c) => c.file === 'invalid-records.yaml')!;
    expect(validateCase(data)).toBe(false);
    // -5 and 国有企业 are refused; 2020-02-30 (a day not in its month) and the number 1.005 (its decimals) pass.
    const records = (data as { records: Json[] }).records;
    const refused = records.map((r) => (validateRecord.placement(r) ? [] : validateRecord.placement.errors!.map((e) => e.instancePath)));
    expect(refused.map((paths) => [...new Set(paths)])).toEqual([['/organization_cost'], ['/enterprise_category'], []]);
  });

  it('values of the wrong kind', () => {
    // An ID number written as a number has lost its digits; a date is text.
    expect(validateRecord.hire({ worker_id: 500115199001011238 })).toBe(false);
    expect(validateRecord.hire({ worker_id: '11010519491231002X', contract_signed: 20200301 })).toBe(false);
    expect(validateRecord.hire({ worker_id: '11010519491231002X', contract_signed: 43881 })).toBe(true);
    expect(validateRecord.placement({ worker_id: '11010519491231002X', enterprise_category: { key: true } })).toBe(false);
  });
});

describe('the JSON Schema is generated from the field table', () => {
  const properties = (schema: JsonSchema) => schema.properties as Record<string, Json>;

  it.each(RECORD_TYPES)('%s: every field, in order, with its title, meaning, Chinese names and example', (type) => {
    const typed = jsonSchema(type);
    const inCase = (jsonSchema().$defs as Record<string, JsonSchema>)[type]!;
    for (const schema of [typed, inCase]) {
      expect(Object.keys(properties(schema))).toEqual([TYPE_FIELD.name, ...FIELDS[type].map((s) => s.name)]);
      for (const spec of FIELDS[type]) {
        const property = properties(schema)[spec.name]!;
        expect(property.title).toBe(spec.zh[0]);
        expect(property.description).toContain(spec.en);
        expect(property.description).toContain(spec.zh.join('、'));
        expect((property.examples as unknown[])[0]).toEqual(FIELD_EXAMPLES[type][spec.name]);
      }
      // Extra keys are data: never forbidden.
      expect(schema.additionalProperties).not.toBe(false);
      // The required ID field, under its name or any of its Chinese names.
      const id = FIELDS[type].find((s) => s.required)!;
      expect(schema.anyOf).toEqual([id.name, ...id.zh].map((n) => ({ required: [n] })));
    }
    expect(typed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typed.title).toContain(type);
  });

  it('gives each kind of value the types the record schema accepts, the patterns of the parsers and their examples', () => {
    const p = properties(jsonSchema('placement'));
    // Blank text passes (an unfilled field), then the pattern the parser defines.
    const text = (pattern: string) => ({ type: 'string', pattern: orBlank(pattern) });
    expect(p.worker_id).toMatchObject({ type: 'string', pattern: orBlank(RESIDENT_ID_PATTERN), examples: ['11010519491231002X'] });
    expect(p.agency_credit_code).toMatchObject({ type: ['string', 'null'], pattern: orBlank(CREDIT_CODE_PATTERN), examples: ['91350100M000100Y43'] });
    // A date: text, or a whole number that is an Excel serial of 2019-2030 (as a spreadsheet exports it).
    expect(p.contract_signed).toMatchObject({
      anyOf: [text(DATE_PATTERN), { type: 'integer', minimum: FIRST_SERIAL, maximum: LAST_SERIAL }, { type: 'null' }],
      examples: ['2020-02-20', '2020/2/20', '2020年2月20日'],
    });
    expect(p.organization_cost).toMatchObject({
      anyOf: [{ type: 'number', minimum: 0, maximum: MAX_YUAN }, text(MONEY_PATTERN), { type: 'null' }],
      examples: [850, 1000, '999.99', '1,000.50'],
    });
    expect(p.type).toMatchObject({ enum: ['placement', '送工', '介绍就业'] });
    expect(p.enterprise_category!.anyOf).toEqual([
      text(CATEGORIES_PATTERN),
      { type: 'array', items: text(CATEGORY_PATTERN), contains: { type: 'string', pattern: CATEGORY_PATTERN } },
      { type: 'null' },
    ]);
    expect(properties(jsonSchema('hire')).worker_group!.anyOf).toEqual([
      text(LIST_PATTERN),
      { type: 'array', items: { type: 'string' }, contains: { type: 'string', pattern: NOT_BLANK_PATTERN } },
      { type: 'null' },
    ]);
  });

  it('says in each description what is checked on evaluation rather than by a pattern', () => {
    const p = properties(jsonSchema('placement'));
    expect(p.contract_signed!.description).toContain('Whether the day is in its month (2020-02-30) is checked on evaluation');
    expect(p.worker_id!.description).toContain('Its birth date and check character are checked on evaluation');
    expect(p.agency_credit_code!.description).toContain('Its check character is checked on evaluation');
    expect(p.organization_cost!.description).toContain('The decimals of a number (1.005) and an amount too large written as text are checked on evaluation');
  });

  it('describes a case file: the object form and the list form', () => {
    const schema = jsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.$defs as Json).sort()).toEqual(['hire', 'placement', 'record', 'startup']);
    const forms = schema.anyOf as Json[];
    expect(forms.map((f) => f.type)).toEqual(['object', 'object', 'object', 'object', 'array']);
    expect(forms.slice(0, 3).map((f) => ((f.properties as Json).type as Json).enum)).toEqual([
      ['placement', '送工', '介绍就业'],
      ['hire', '吸纳就业', '招用'],
      ['startup', '创业'],
    ]);
    expect(jsonSchema('case')).toEqual(schema);
  });
});

describe('subsidy schema', () => {
  it('prints the case file schema by default, and a record type’s with TYPE', async () => {
    const all = await runCli(['schema']);
    expect(all.code).toBe(0);
    expect(all.stderr).toBe('');
    expect(JSON.parse(all.stdout)).toEqual(jsonSchema());
    expect(all.stdout.endsWith('}\n')).toBe(true);
    const hire = await runCli(['schema', 'hire']);
    expect(hire.code).toBe(0);
    expect(JSON.parse(hire.stdout)).toEqual(jsonSchema('hire'));
    expect(JSON.parse((await runCli(['schema', '创业'])).stdout)).toEqual(jsonSchema('startup'));
    expect(JSON.parse((await runCli(['schema', 'case'])).stdout)).toEqual(jsonSchema());
  });

  it('writes --output FILE', async () => {
    const file = join(temp, 'placement.schema.json');
    const r = await runCli(['schema', 'placement', '--output', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(jsonSchema('placement'));
  });

  it('an unknown TYPE is a usage error that lists the allowed ones', async () => {
    const r = await runCli(['schema', 'other']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^subsidy: unknown type "other": use placement, hire or startup .*or case/);
    expect((await runCli(['schema', 'hire', 'startup'])).code).toBe(2);
    expect((await runCli(['schema', '--output'])).code).toBe(2);
    // An output in a folder that does not exist is output unwritable (exit 4).
    expect((await runCli(['schema', 'hire', '--output', join(temp, 'no', 'such', 'folder.json')])).code).toBe(4);
  });
});
