/**
 * Rows become facts two ways: parseRecord (the zod schemas, for case files) and the byte row
 * reader (CSV batches). For every record type, and cells drawn from every value the built-in pack
 * names (groups, districts, categories, in its conditions and parameters), dates and amounts in
 * every written form the parsers accept (full-width characters too), ID numbers and credit codes valid and not, and junk,
 * both give the same facts and the same field errors.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvBytes } from '../src/io/csv/parse.js';
import { compileByteRowReader } from '../src/records/byte-reader.js';
import { FIELDS, RECORD_TYPES, type FieldKind, type FieldSpec } from '../src/records/fields.js';
import { CROSS_FIELDS } from '../src/records/kinds.js';
import { parseRecord } from '../src/records/record.js';
import { CATEGORY_LABELS, GROUP_LABELS } from '../src/records/values.js';
import { loadRules } from '../src/rules/load.js';
import { creditCode, residentId, validCreditCode, validResidentId } from './helpers/ids.js';

const pack = loadRules();

/** Every text and number in a value of the pack (a parameter's default, a condition's list, a district and its aliases). */
function named(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === 'string' || typeof value === 'number') into.add(String(value));
  else if (Array.isArray(value)) for (const v of value) named(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) named(v, into);
  return into;
}

const PACK_VALUES = (() => {
  const values = new Set<string>();
  for (const p of Object.values(pack.spec.params)) named(p.default, values);
  for (const p of pack.spec.programs) for (const c of p.conditions) if ('value' in c) named(c.value, values);
  for (const d of pack.spec.districts ?? []) named([d.name, d.aliases], values);
  return [...values];
})();

/** Names of groups and categories, in English and Chinese. */
const VOCABULARY = [...Object.entries(GROUP_LABELS), ...Object.entries(CATEGORY_LABELS)].flatMap(([key, label]) => [key, label.zh]);

/** White space around a value: mostly none, as the byte reader's fast paths need. */
const space = fc.oneof({ weight: 6, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom(' ', '  ', '\t', '\u3000') });
const padded = (a: fc.Arbitrary<string>) => fc.tuple(space, a, space).map(([b, v, e]) => b + v + e);
const pad2 = (n: number, zero: boolean) => (zero ? String(n).padStart(2, '0') : String(n));

/** Some of a value's ASCII characters typed full-width, as a Chinese input method types them (２０２０，１－，Ｘ). */
const widened = (a: fc.Arbitrary<string>) =>
  fc.tuple(a, fc.integer({ min: 1, max: 7 })).map(([v, every]) => [...v].map((c, i) => (i % every === 0 && c > ' ' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join(''));
/** A value as written, now and then with full-width characters. */
const orWide = (a: fc.Arbitrary<string>) => fc.oneof({ weight: 3, arbitrary: a }, { weight: 1, arbitrary: widened(a) });

/** Dates in every written form, of days that exist and not, in the calendar's years and beyond. */
const date = fc
  .tuple(
    // Mostly the calendar's years, some beyond (fast-check alone draws the ends of a range most).
    fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1900, max: 2099 }) }, { weight: 1, arbitrary: fc.constantFrom(1890, 1899, 2100, 2110, 20, 99999) }),
    fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 12 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 13) }),
    // The ends of months most often: days that some months have and others not.
    fc.oneof(fc.integer({ min: 1, max: 28 }), fc.constantFrom(0, 29, 30, 31, 32)),
    fc.boolean(),
    fc.constantFrom(['-', '-', ''], ['/', '/', ''], ['.', '.', ''], ['年', '月', '日'], ['年', '月', ''], ['-', '/', ''], ['', '', '']),
  )
  .map(([y, m, d, zero, [a, b, c]]) => `${y}${a}${pad2(m, zero)}${b}${pad2(d, zero)}${c}`);

/** Amounts in yuan as written: digits, groups of three with commas, decimals, ¥ before or 元 after, and not quite. */
const money = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: 999_999 }), fc.constantFrom(0, 1000, 6000, 150_000, 90_071_992_547_409, 9_007_199_254_740_993)),
    fc.boolean(),
    fc.constantFrom('', '', '.5', '.05', '.50', '.005', '.', '.x'),
    fc.constantFrom('', '', '', '¥', '￥', '¥ ', '-', '+'),
    fc.constantFrom('', '', '', '元', ' 元', 'yuan'),
  )
  .map(([n, commas, decimals, before, after]) => `${before}${commas ? n.toLocaleString('en-US') : String(n)}${decimals}${after}`);

/** ID numbers: valid, with a lower-case x, with spaces, with a wrong check character, of 15 digits, or cut short. */
const residentIdCell = fc.oneof(
  validResidentId,
  validResidentId.map((id) => id.toLowerCase()),
  validResidentId.map((id) => `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`),
  validResidentId.map((id) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0')),
  fc.stringMatching(/^\d{15}$/),
  validResidentId.map((id) => id.slice(0, 12)),
  fc.constant(residentId('50011519900230123')),
);

/** Credit codes: valid, in lower case, with a wrong check character, or with letters the set has not. */
const creditCodeCell = fc.oneof(
  validCreditCode,
  validCreditCode.map((c) => c.toLowerCase()),
  validCreditCode.map((c) => c.slice(0, 17) + (c[17] === '0' ? '1' : '0')),
  validCreditCode.map((c) => `${c.slice(0, 5)}I${c.slice(6)}`),
  fc.constant(creditCode('91500000MA5UFF00A')),
);

/** Values of the pack and of the vocabularies, alone or several in a cell. */
const vocabulary = fc.constantFrom(...PACK_VALUES, ...VOCABULARY, 'hard-to-employ', 'Migrant Worker', 'KEY', 'foo');
const vocabularyCell = fc.oneof(vocabulary, fc.tuple(vocabulary, fc.constantFrom(';', '；', '、', ' '), vocabulary).map(([a, s, b]) => a + s + b));

/** Cells that no parser reads: any text without CSV's quotes, commas and line breaks (nor a formula guard, which the reader takes off). */
const junk = fc.array(fc.constantFrom('a', 'Z', '0', '9', '-', '.', '/', ' ', '长', '元', '¥', ';', 'x', 'é'), { maxLength: 12 }).map((a) => a.join(''));

/**
 * The last cell of a row: junk, or text that must be quoted, which sends the row down the reader's
 * other path (its cells decoded, then read as strings).
 */
const lastCell = fc.oneof({ weight: 3, arbitrary: junk }, { weight: 1, arbitrary: fc.constantFrom('a, b', 'say "hi"', 'two\nlines', ',') });

const CELLS: Record<FieldKind, fc.Arbitrary<string>> = {
  text: junk,
  resident_id: orWide(residentIdCell),
  credit_code: orWide(creditCodeCell),
  date: orWide(date),
  money: orWide(money),
  categories: vocabularyCell,
  groups: vocabularyCell,
  district: vocabularyCell,
  integer: fc.oneof(fc.integer().map(String), fc.constantFrom('+7', '-0', '1e3', '12.0', '99999999999999999')),
  number: fc.oneof(fc.double({ noNaN: true }).map(String), fc.constantFrom('1,234.5', '.5', '5.', '0x1F', '1e999', ', ,')),
  list: vocabularyCell,
};

/** A cell as it is written: blank, junk, or a value of its kind, with white space around it or not. */
const cellOf = (kind: FieldKind) => fc.oneof({ weight: 1, arbitrary: fc.constant('') }, { weight: 1, arbitrary: junk }, { weight: 6, arbitrary: padded(CELLS[kind]) });

/** Fields of the kinds that only packs add, beside the pack's own facts. */
const PACK_KINDS: FieldSpec[] = (['integer', 'number', 'list'] as const).map((kind) => ({ name: `added_${kind}`, kind, zh: [], en: kind, meaningZh: kind }));

/** A CSV line of these cells: quoted where a cell holds a comma, a quote or a line break. */
const csvLine = (cells: readonly string[]) => cells.map((v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',');

describe('the byte row reader and parseRecord read alike', () => {
  for (const type of RECORD_TYPES) {
    it(`${type} records`, () => {
      const extras = [...pack.facts[type], ...PACK_KINDS];
      const fields = [...FIELDS[type], ...extras];
      const headers = [...fields.map((f) => f.name), 'note'];
      const columns = [...fields.map((f) => f.name), undefined];
      const all = compileByteRowReader(type, columns, headers, [], 'all', extras);
      // As a run reads: only the facts the pack's programs read are wanted, the others checked.
      const wanted = new Set(pack.programs.filter((p) => p.recordType === type).flatMap((p) => p.spec.conditions.flatMap((c) => ('fact' in c ? [c.fact] : []))));
      const some = compileByteRowReader(type, columns, headers, [], wanted, extras);
      const kept = new Set([...wanted, ...CROSS_FIELDS, 'note']);
      fc.assert(
        fc.property(fc.tuple(...fields.map((f) => cellOf(f.kind)), lastCell), (cells) => {
          const buf = Buffer.from(`${csvLine(cells)}\n`);
          let read: ReturnType<typeof all> | undefined;
          let readSome: ReturnType<typeof all> | undefined;
          parseCsvBytes(buf, 1, 'one.csv', (row) => {
            read = all(buf, row);
            readSome = some(buf, row);
          });
          if (read === undefined) return; // a row of blank cells is skipped, as a run skips it
          const byZod = parseRecord(type, Object.fromEntries(headers.map((h, i) => [h, cells[i]])), { file: 'one.csv' }, {}, undefined, extras);
          expect(read.errors ?? []).toEqual(byZod.errors);
          expect(read.facts).toEqual(byZod.facts);
          expect(readSome!.errors ?? []).toEqual(byZod.errors);
          for (const name of kept) expect(readSome!.facts[name]).toEqual(byZod.facts[name]);
          for (const [name, value] of Object.entries(readSome!.facts)) if (value !== undefined) expect(value).toEqual(byZod.facts[name]);
        }),
        { numRuns: 1000 },
      );
    });
  }

  it('draws the values the pack names: its groups, districts and categories', () => {
    // Without them the property above would compare what the pack never reads.
    expect(PACK_VALUES).toEqual(expect.arrayContaining(['poverty_registered', '长寿区', 'key', 'electronics']));
    // The startup programs' groups, which an earlier property never drew.
    expect(PACK_VALUES).toEqual(expect.arrayContaining([...named(pack.spec.params.startup_groups!.default, new Set())]));
    expect(PACK_VALUES).toContain('migrant_worker');
  });
});
