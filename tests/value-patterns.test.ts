/**
 * The JSON Schema's patterns say what the reader reads. The same values go to the reader (a
 * record read as from a case file, or the value parser for the kinds that only a rules pack
 * adds) and to ajv with the generated schema: hand-picked values of each kind, then fast-check
 * strings from each kind's grammar and random mutations of them. For every value the schema
 * accepts it exactly when the reader does, except where a pattern cannot check (a day missing
 * from its month, a check character, the birth date in an ID number, an amount too large), where
 * the schema accepts and the reader refuses on evaluation.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonSchema } from '../src/app/schema.js';
import { CREDIT_CODE_CHARS } from '../src/records/credit-code.js';
import { EXAMPLE_CREDIT_CODE, EXAMPLE_RESIDENT_ID } from '../src/records/examples.js';
import { PERSON_FIELD, type FieldKind, type RecordType } from '../src/records/fields.js';
import { isBlank, PARSERS } from '../src/records/kinds.js';
import { parseRecord } from '../src/records/record.js';
import { inputSchema } from '../src/records/schema.js';
import { asciiLower, asciiUpper, isInvalid, MAX_YUAN, parseDate } from '../src/records/values.js';
import { creditCode, residentId } from './helpers/ids.js';

const ajv = new Ajv2020.default({ allowUnionTypes: true, strict: true, strictRequired: false });

interface Kind {
  /** Whether the generated schema accepts the value. */
  schema(value: unknown): boolean;
  /** Undefined when the reader reads the value, else its message. */
  reader(value: unknown): string | undefined;
  /** A refusal for what a pattern cannot check: the schema accepts the value, the reader refuses it. */
  onEvaluation?(value: unknown, error: string): boolean;
  /** Values the schema may accept though the reader refuses them: only reader-valid ⇒ schema-valid holds. */
  uncounted?(value: unknown): boolean;
}

/** A field of a record type, through the record type's schema and the record reader. */
function field(type: RecordType, name: string, onEvaluation?: Kind['onEvaluation'], uncounted?: Kind['uncounted']): Kind {
  const validate = ajv.compile(jsonSchema(type));
  const id = PERSON_FIELD[type];
  const record = (value: unknown) => (name === id ? { [name]: value } : { [id]: EXAMPLE_RESIDENT_ID, [name]: value });
  return {
    schema: (value) => validate(record(value)),
    reader: (value) => parseRecord(type, record(value), { file: 'test' }).errors[0]?.message,
    ...(onEvaluation ? { onEvaluation } : {}),
    ...(uncounted ? { uncounted } : {}),
  };
}

/** A kind that only a rules pack's facts have: its input schema alone, and its parser (a blank value is unknown). */
function packKind(kind: FieldKind, onEvaluation?: Kind['onEvaluation']): Kind {
  const schema = z.toJSONSchema(inputSchema({ name: kind, kind, zh: [], en: kind, meaningZh: kind }), { io: 'input', target: 'draft-2020-12', unrepresentable: 'throw' });
  const validate = ajv.compile(schema);
  return {
    schema: (value) => validate(value),
    reader: (value) => {
      if (isBlank(value)) return undefined;
      const parsed = PARSERS[kind](value);
      return isInvalid(parsed) ? parsed.error : undefined;
    },
    ...(onEvaluation ? { onEvaluation } : {}),
  };
}

const text = (value: unknown): value is string => typeof value === 'string';

/** The day of a written date, set to 1: the reader then reads it when only the day was missing from its month. */
const firstOfMonth = (value: string) => value.replace(/\d{1,2}(日?\s*)$/, '1$1');
const dayOf = (value: string) => Number(/(\d{1,2})日?\s*$/.exec(value)?.[1] ?? 0);

const KINDS = {
  date: field('placement', 'contract_signed', (value, error) => {
    if (!text(value) || !/is not a date on the calendar/.test(error)) return false;
    return dayOf(value) >= 1 && dayOf(value) <= 31 && !isInvalid(parseDate(firstOfMonth(value)));
  }),
  // A number's decimals beyond two (1.005, 1e-7) are read on evaluation; text too large too.
  money: field('placement', 'organization_cost', (value, error) =>
    typeof value === 'number' ? value >= 0 && !Number.isInteger(value) && /e-|\.\d{3}/.test(String(value)) : /too large/.test(error),
  ),
  // A blank ID passes, so that an unfilled template validates; the reader reports it missing.
  resident_id: field('placement', 'worker_id', (value, error) => /^the (check character|birth date)/.test(error) || (text(value) && /is required/.test(error))),
  credit_code: field('placement', 'agency_credit_code', (_value, error) => /^the check character/.test(error)),
  categories: field('placement', 'enterprise_category'),
  groups: field('hire', 'worker_group'),
  integer: packKind('integer', (value, error) => /too large/.test(error) && text(value)),
  number: packKind('number', (value) => {
    const plain = text(value) ? value.trim().replace(/,/g, '') : '';
    return Math.abs(Number(plain)) === Infinity && !/Infinity/.test(plain);
  }),
  list: packKind('list'),
} satisfies Record<string, Kind>;
type KindName = keyof typeof KINDS;

/** What the schema and the reader say of a value, and whether they agree as they must. */
function verdict(kind: KindName, value: unknown): { schema: boolean; reader: string | undefined; agree: boolean; class: 'ok' | 'no' | 'eval' } {
  const k: Kind = KINDS[kind];
  const schema = k.schema(value);
  const reader = k.reader(value);
  const onEvaluation = reader !== undefined && (k.onEvaluation?.(value, reader) ?? false);
  const expected = reader === undefined || onEvaluation;
  const agree = schema === expected || (schema && (k.uncounted?.(value) ?? false));
  return { schema, reader, agree, class: reader === undefined ? 'ok' : onEvaluation ? 'eval' : 'no' };
}

function expectAgreement(kind: KindName, value: unknown): void {
  const v = verdict(kind, value);
  expect(v.agree, `${kind} ${JSON.stringify(value)}: schema ${v.schema ? 'accepts' : 'refuses'}, reader ${v.reader ?? 'reads it'}`).toBe(true);
}

/** A credit code and a resident ID number with their check characters. */
const code17 = '91350100M000100Y4';

// Hand-picked values of each kind: ok (both read it), no (both refuse it), eval (the schema
// accepts it, the reader refuses it on evaluation for what a pattern cannot check).
const PICKED: Record<KindName, Record<'ok' | 'no' | 'eval', unknown[]>> = {
  date: {
    ok: ['2020-02-20', '2020/2/20', '2020.2.20', '2020年2月20日', ' 2020-2-5 ', '\u30002020.12.01\t', '1900-01-01', '2099-12-31', '2020-02-29', '2020-1-01', '', '  ', null],
    no: [
      'lots', '2020-13-01', '2020-00-10', '2020-01-00', '2020-01-32', '2020-1-001', '1899-12-31', '2100-01-01', '10000-01-01', '999-01-01',
      '2020-02/20', '2020年2月20', '2020 -02-20', '20/02/2020', '2020-02-20T00:00', 20200220, true, ['2020-02-20'],
    ],
    eval: ['2020-02-30', '2019-02-29', '2021/4/31', '2020年6月31日', '1900-02-29'],
  },
  money: {
    ok: ['1000', '999.99', '0.5', '1,000.50', '150,000', '¥600', '￥ 600', '600元', '600 元', ' ¥1,234.5元 ', '007', 0, 1000.01, 149999.99, -0, MAX_YUAN, '', null],
    no: [
      'lots', '-5', -5, '1.005', '12,3456', '1,00', ',100', '100,', '1.', '.5', '¥-5', '¥¥5', '5元元', '元5', '1 000', '1e3', '+5', '1,000.5.0',
      MAX_YUAN + 0.02, 1e21, true, { yuan: 5 }, ['5'],
    ],
    eval: [1.005, 0.001, 1e-7, '90071992547409.92', '900719925474099999'],
  },
  resident_id: {
    ok: [EXAMPLE_RESIDENT_ID, '11010519491231002x', ' 110105 19491231 002X ', '1101051949\u30001231002X', residentId('50011519900101123')],
    no: [
      'lots', '1101051949123100', '11010519491231002', '110105194912310021X', '11010519491231002Y', '110105491231002', 'X10105194912310021', null, 110105194912310020,
      ['11010519491231002X'],
    ],
    eval: ['110105194912310020', '11010519491331002X', '110105179901010013', '', '   '],
  },
  credit_code: {
    ok: [EXAMPLE_CREDIT_CODE, EXAMPLE_CREDIT_CODE.toLowerCase(), ' 9135 0100 M000 100Y 43 ', creditCode('91500000MA5UFF00A'), '', null],
    no: ['lots', code17, creditCode('91500000MA5UFF00A').replace('FF', 'ﬀ'), '9135ﬀ00M000100Y43', `${EXAMPLE_CREDIT_CODE}1`, '91350100M000100I43', '91350100M000100Z43', '91350100M000100V43', '91350100M000100Y4-', 91350100, [EXAMPLE_CREDIT_CODE]],
    eval: ['91350100M000100Y44', '91350100m000100y4 4'],
  },
  categories: {
    ok: ['key', 'KEY', ' Electronics ', 'key;electronics', 'key；electronics', '重点企业、电子企业', ';key;;', 'other; ', ['key', ' electronics '], ['key', ''], '', null],
    no: ['lots', '国有企业', 'key;lots', ';', ' ; ', 'key electronics', 'keys', [], [''], ['key;electronics'], ['key', 5], 5, { key: true }],
    eval: [],
  },
  groups: {
    ok: ['poverty_registered', 'anything', ';migrant_worker;', '建档立卡、农民工', ['veteran'], ['', 'none'], '', null],
    no: [';', ' ；、 ', [], [''], [' '], ['x', 1], 1, { group: 'x' }],
    eval: [],
  },
  integer: {
    ok: ['12', ' -3 ', '+7', '007', 12, -5, 0, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, ''],
    no: ['lots', '1.5', '1e3', '1,000', '- 3', '12a', 1.5, Number.MAX_SAFE_INTEGER + 1, 1e21, true, ['12']],
    eval: ['9007199254740993', '123456789012345678901234567890'],
  },
  number: {
    ok: ['12.5', ' -3 ', '1,000.5', '.5', '5.', '+1e3', '1E-7', '0x1F', '0o17', '0b101', ',1,', ', ,', 12.5, -1e300, ''],
    no: ['lots', 'Infinity', '-Infinity', 'NaN', '1 2', '- 3', '-0x10', '0x', '1e', ',', ',,', '1_000', 'e5', true, ['1']],
    eval: ['1e400', '-1e999', `0x${'f'.repeat(300)}`],
  },
  list: {
    ok: ['a', 'a;b', ' ;x', ['a'], ['', 'b'], ''],
    no: [';', ' ; ', [], [''], [1], 1],
    eval: [],
  },
};

describe('the schema and the reader agree on hand-picked values', () => {
  for (const kind of Object.keys(PICKED) as KindName[]) {
    it(kind, () => {
      for (const cls of ['ok', 'no', 'eval'] as const) {
        for (const value of PICKED[kind][cls]) {
          const v = verdict(kind, value);
          expect(v.class, `${kind} ${JSON.stringify(value)}: reader ${v.reader ?? 'reads it'}`).toBe(cls);
          expectAgreement(kind, value);
        }
      }
    });
  }
});

describe('the patterns are regular expressions of ECMAScript, with and without the u flag', () => {
  /** Every `pattern` in a schema. */
  const patternsOf = (schema: unknown): string[] =>
    Array.isArray(schema)
      ? schema.flatMap(patternsOf)
      : typeof schema === 'object' && schema !== null
        ? Object.entries(schema).flatMap(([k, v]) => (k === 'pattern' && typeof v === 'string' ? [v] : patternsOf(v)))
        : [];
  const packSchemas = (['integer', 'number', 'list'] as const).map((kind) => z.toJSONSchema(inputSchema({ name: kind, kind, zh: [], en: kind, meaningZh: kind }), { io: 'input' }));
  const patterns = [...new Set(patternsOf([jsonSchema(), ...packSchemas]))];

  it('compiles each, and each reads the hand-picked texts alike in both modes', () => {
    expect(patterns.length).toBeGreaterThanOrEqual(10);
    const texts = Object.values(PICKED).flatMap((classes) => Object.values(classes).flat().filter(text));
    for (const p of patterns) {
      const plain = new RegExp(p);
      const unicode = new RegExp(p, 'u');
      for (const t of texts) expect(unicode.test(t), `${p} on ${JSON.stringify(t)}`).toBe(plain.test(t));
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Generated strings: each kind's grammar, its near misses, and random mutations.

const SPACES = ['', '', '', ' ', '  ', '\t', '\u3000', '\n', '\u00a0', '\ufeff'];
const space = fc.constantFrom(...SPACES);
const POOL = [
  ...'0123456789', ',', '.', '-', '+', '/', ' ', '\t', '\u3000', '¥', '￥', '元', '年', '月', '日', 'x', 'X', 'e', 'E', 'a', 'f', 'F', 'I', 'O', 'S',
  'Y', 'k', 'K', '\u212A', 'ﬀ', 'ﬂ', 'ﬄ', ';', '；', '、', '重', '点', '企', '业', 'y', 'o', 'b', '_', 'é',
];
const poolChar = fc.constantFrom(...POOL);

/** Up to three random edits of a string: a character inserted, deleted or replaced, or a slice doubled. */
function mutated(arb: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.constantFrom('insert', 'delete', 'replace', 'double'), fc.nat(), fc.nat(), poolChar);
  return fc.tuple(arb, fc.array(edit, { maxLength: 3 })).map(([s, edits]) => {
    let out = [...s];
    for (const [op, a, b, c] of edits) {
      const i = out.length ? a % (out.length + 1) : 0;
      if (op === 'insert') out.splice(i, 0, c);
      else if (op === 'delete') out.splice(i, 1);
      else if (op === 'replace') out[Math.min(i, out.length - 1)] = c;
      else out = [...out.slice(0, i), ...out.slice(i, i + (b % 4) + 1), ...out.slice(i)];
    }
    return out.join('');
  });
}

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const padded = (n: number, width: number) => String(n).padStart(width, '0');
/** A number written with one or two digits, a leading zero at times. */
const small = (max: number) => fc.tuple(fc.integer({ min: 0, max }), fc.boolean()).map(([n, pad]) => (pad ? padded(n, 2) : String(n)));

const dates = fc
  .tuple(
    space,
    fc.oneof(fc.integer({ min: 1890, max: 2110 }).map(String), fc.integer({ min: 0, max: 99999 }).map(String)),
    small(13),
    small(32),
    fc.constantFrom(['-', '-', ''], ['/', '/', ''], ['.', '.', ''], ['年', '月', '日'], ['-', '/', '']),
    space,
  )
  .map(([a, y, m, d, [s1, s2, s3], b]) => `${a}${y}${s1}${m}${s2}${d}${s3}${b}`);

const grouped = fc.array(digits(3, 3), { minLength: 1, maxLength: 5 }).chain((groups) => digits(1, 3).map((head) => [head, ...groups].join(',')));
const money = fc
  .tuple(
    space,
    fc.constantFrom('', '', '¥', '￥', '¥ ', '-'),
    fc.oneof(digits(1, 18), grouped),
    fc.oneof(fc.constant(''), digits(0, 3).map((d) => `.${d}`)),
    fc.constantFrom('', '', '元', ' 元'),
    space,
  )
  .map((parts) => parts.join(''));

/** Spaces put between some characters. */
const spacedOut = (arb: fc.Arbitrary<string>) =>
  arb.chain((s) => fc.array(space, { minLength: s.length + 1, maxLength: s.length + 1 }).map((gaps) => [...s].map((c, i) => gaps[i] + c).join('') + gaps[s.length]));
const someLower = (arb: fc.Arbitrary<string>) => fc.tuple(arb, fc.boolean()).map(([s, lower]) => (lower ? s.toLowerCase() : s));

const birthDate = fc.tuple(fc.integer({ min: 1790, max: 2110 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }));
const idFirst17 = fc
  .tuple(digits(6, 6), birthDate, digits(3, 3))
  .map(([area, [y, m, d], seq]) => `${area}${padded(y, 4)}${padded(m, 2)}${padded(d, 2)}${seq}`);
const residentIds = spacedOut(
  someLower(fc.oneof(idFirst17.map(residentId), idFirst17.chain((f) => fc.constantFrom(...'0123456789XYx').map((c) => f + c)), digits(15, 19))),
);

const codeChars = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...CREDIT_CODE_CHARS), minLength: min, maxLength: max });
const creditCodes = spacedOut(
  someLower(
    fc.oneof(
      codeChars(17, 17).map(creditCode),
      codeChars(17, 17).map((f) => creditCode(f).replace('FF', 'ﬀ').replace('FL', 'ﬂ')),
      codeChars(16, 19),
    ),
  ),
);

const SEPARATORS = ['', ';', '；', '、', ' ; ', ';;'];
const CATEGORY_WORDS = ['key', 'electronics', 'other', 'Key', 'OTHER', '\u212Aey', '重点企业', '重点', '电子', '其它', '一般企业', '国有企业', 'keys', 'ke y', ''];
const listOf = (words: fc.Arbitrary<string>) =>
  fc.array(fc.tuple(space, words, space, fc.constantFrom(...SEPARATORS)), { maxLength: 4 }).map((items) => items.map((i) => i.join('')).join(''));
const categories = listOf(fc.constantFrom(...CATEGORY_WORDS));
const groups = listOf(fc.oneof(fc.constantFrom('', 'none', '农民工', ' '), fc.string({ maxLength: 4 })));

const integers = fc.tuple(space, fc.constantFrom('', '+', '-', '--'), fc.oneof(digits(0, 4), digits(15, 24)), space).map((p) => p.join(''));
/** Commas put between some characters. */
const commas = (arb: fc.Arbitrary<string>) =>
  arb.chain((s) => fc.array(fc.constantFrom('', '', '', ','), { minLength: s.length + 1, maxLength: s.length + 1 }).map((cs) => [...s].map((c, i) => cs[i] + c).join('') + cs[s.length]));
const numbers = commas(
  fc.oneof(
    fc.tuple(fc.constantFrom('', '+', '-'), digits(0, 5), fc.constantFrom('', '.'), digits(0, 3), fc.constantFrom('', 'e', 'E', 'e-', 'e+'), digits(0, 4)).map((p) => p.join('')),
    fc.tuple(fc.constantFrom('0x', '0X', '0o', '0b', '0B', '1x'), fc.string({ unit: fc.constantFrom(...'0129aFg'), maxLength: 5 })).map((p) => p.join('')),
    fc.constantFrom('Infinity', '-Infinity', ' ', '  '),
  ),
).chain((s) => fc.tuple(space, space).map(([a, b]) => a + s + b));

const GRAMMARS: Record<KindName, fc.Arbitrary<string>> = {
  date: dates,
  money,
  resident_id: residentIds,
  credit_code: creditCodes,
  categories,
  groups,
  integer: integers,
  number: numbers,
  list: groups,
};

describe('the schema and the reader agree on generated strings', () => {
  for (const kind of Object.keys(GRAMMARS) as KindName[]) {
    it(kind, () => {
      const values = fc.oneof(
        { arbitrary: GRAMMARS[kind], weight: 4 },
        { arbitrary: mutated(GRAMMARS[kind]), weight: 4 },
        { arbitrary: fc.string({ unit: poolChar, maxLength: 20 }), weight: 1 },
      );
      fc.assert(fc.property(values, (value) => expectAgreement(kind, value)), { numRuns: 1500 });
      // The grammar reaches values of every class, so the agreement is not vacuous.
      const seen = new Set(fc.sample(GRAMMARS[kind], { numRuns: 3000, seed: 7 }).map((value) => verdict(kind, value).class));
      expect([...seen].sort()).toEqual(['date', 'money', 'resident_id', 'credit_code', 'integer', 'number'].includes(kind) ? ['eval', 'no', 'ok'] : ['no', 'ok']);
    });
  }

  it.each(['money', 'integer', 'number'] as const)('%s: JSON numbers', (kind) => {
    const doubles = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer().map((n) => n / 100),
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.constantFrom(MAX_YUAN, Number.MAX_SAFE_INTEGER, 2 ** 53, 1e21, 5e-324, -0),
    );
    fc.assert(fc.property(doubles, (value) => expectAgreement(kind, value)), { numRuns: 1500 });
  });
});

// The reader upper-cases ID numbers and credit codes, and lower-cases categories: the patterns
// name each character that case mapping turns into one they accept (found here over all of Unicode).
describe('the characters the reader folds into those a pattern names', () => {
  /** The characters (not white space) whose case-mapped text holds only characters of `set`, besides `set`'s own. */
  function foldedInto(set: string, map: (c: string) => string): string[] {
    const out: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (set.includes(c) || /\s/.test(c)) continue;
      const mapped = map(c);
      if (mapped !== c && [...mapped].every((m) => set.includes(m))) out.push(c);
    }
    return out;
  }

  /** The value is read, and the schema accepts it. */
  function expectRead(kind: KindName, value: string): void {
    expect(verdict(kind, value), `${kind} ${JSON.stringify(value)}`).toMatchObject({ class: 'ok', schema: true });
  }

  it('upper-cased: the lower case of their ASCII letters, and nothing else (a ligature ﬀ is not FF)', () => {
    expect(foldedInto('0123456789X', (c) => asciiUpper(c))).toEqual(['x']);
    expectRead('resident_id', EXAMPLE_RESIDENT_ID.replace('X', 'x'));
    const folded = foldedInto(CREDIT_CODE_CHARS, (c) => asciiUpper(c));
    expect(folded).toEqual([...CREDIT_CODE_CHARS.replace(/\d/g, '').toLowerCase()]);
    expect(verdict('credit_code', creditCode('91500000MA5UFF00A').replace('FF', 'ﬀ'))).toMatchObject({ class: 'no', schema: false });
    for (const c of folded) {
      const upper = c.toUpperCase();
      expectRead('credit_code', creditCode(`91500000MA5U${upper}`.padEnd(17, '0').slice(0, 17)).replace(upper, c));
    }
  });

  it('lower-cased: the ASCII capitals, and nothing else (the Kelvin sign K is not k)', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const folded = foldedInto(letters, (c) => asciiLower(c));
    expect(folded).toEqual([...letters.toUpperCase()]);
    expect(verdict('categories', '\u212Aey')).toMatchObject({ class: 'no', schema: false });
    for (const c of folded) {
      const alias = ['key', 'electronics', 'other'].find((a) => a.includes(c.toLowerCase()));
      if (alias) expectRead('categories', alias.replace(c.toLowerCase(), c));
    }
  });
});
