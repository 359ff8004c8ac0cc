/**
 * JSON and NDJSON output are written as bytes (BytesOut), the library's objects built
 * (ObjectOut), both by the same code (src/io/present.ts). The bytes must be exactly what
 * JSON.stringify writes of the objects: for any JSON data, compact and indented, and for real
 * records of every kind (errors, duplicates, pending, explanations, masking, both languages).
 * A CSV row's input, written from its cells' bytes, must be what its record's raw gives.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvLayout, rawOf } from '../src/io/csv/header.js';
import { jsonFormat, ndjsonFormat } from '../src/io/formats/json.js';
import { BytesOut, jsonKey, ObjectOut, type JsonOut } from '../src/io/json-out.js';
import { OutBuffer } from '../src/io/out-buffer.js';
import { recordJson, type RecordJson, type ResultJson } from '../src/io/present.js';
import { readYamlCase } from '../src/io/yaml-case.js';
import { RecordFlow } from '../src/pipeline.js';
import { loadRules } from '../src/rules/load.js';
import type { Lang } from '../src/i18n/lang.js';
import { runCli } from './helpers/run.js';
import { suiteDir } from './helpers/temp.js';

const pack = loadRules({ flags: ['recruitment_amount=500'] });
const AS_OF = '2020-06-30';
const dir = suiteDir('subsidy-json-out-');

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Writes any JSON data through a JsonOut, using each way of writing a string (chosen by its
 * length: string, name, or a cell's bytes when it has no lone surrogate) and writing some objects
 * as constants (by their number of keys).
 */
function walk(w: JsonOut, v: unknown, depth = 0): void {
  if (typeof v === 'string') {
    const way = v.length % 3;
    if (way === 2 && !LONE_SURROGATE.test(v)) {
      const bytes = Buffer.from(`..${v}`);
      w.cell(bytes, 2, bytes.length);
    } else if (way === 1) w.name(v);
    else w.string(v);
  } else if (typeof v === 'number') w.number(v);
  else if (v === null || typeof v === 'boolean') w.value(v);
  else if (Array.isArray(v)) {
    if (v.length % 4 === 3) return w.value(v);
    w.openList();
    for (const x of v) walk(w, x, depth + 1);
    w.closeList();
  } else {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    if (depth > 0 && keys.length % 4 === 1) return w.constant(o);
    w.open();
    for (const k of keys) {
      w.key(jsonKey(k));
      walk(w, o[k], depth + 1);
    }
    w.close();
  }
}

/** Strings with every kind of character JSON escapes, or may: quotes, controls, surrogates, CJK, emoji. */
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('"', '\\', '\n', '\u0000', '\u001f', '\u007f', '\u2028', '\ud800', '\udc00x', '重庆', '😀', '__proto__', '1', 'a"b\\c'),
);
const data = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.double(),
    fc.integer(),
    fc.constant(null),
    fc.boolean(),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(text, tie('value'), { maxKeys: 5 }),
  ),
})).value;

function bytesOf(v: unknown, out: BytesOut, buffer: OutBuffer): string {
  out.begin(buffer);
  walk(out, v);
  const b = buffer.take(0);
  return Buffer.from(b.buffer, b.byteOffset, b.length).toString('utf8');
}

describe('BytesOut writes what JSON.stringify writes', () => {
  it('of any JSON data, compact and indented (with a margin), constants encoded once at each depth', () => {
    const compact = new BytesOut();
    const indented = new BytesOut(true, '    ');
    const buffer = new OutBuffer(16);
    fc.assert(
      fc.property(data, (v) => {
        const objects = new ObjectOut();
        walk(objects, v);
        const built = objects.result();
        expect(bytesOf(v, compact, buffer)).toBe(JSON.stringify(built) ?? 'null');
        // Written twice: the second time from the constants kept.
        for (let i = 0; i < 2; i++) expect(bytesOf(v, indented, buffer)).toBe(JSON.stringify(built, null, 2).replace(/\n/g, '\n    '));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes the next value from the top after one cut short by an error', () => {
    const w = new BytesOut();
    const buffer = new OutBuffer(16);
    w.begin(buffer);
    w.open();
    w.key(jsonKey('a'));
    w.openList();
    buffer.take(0);
    expect(bytesOf({ b: [1] }, w, buffer)).toBe('{"b":[1]}');
  });

  it('hands the library a copy of a constant, which it may change', () => {
    const citation = { source: 's' };
    const w = new ObjectOut();
    w.constant(citation);
    const got = w.result<{ source: string }>();
    got.source = 'changed';
    expect(citation.source).toBe('s');
  });
});

/** Records of every kind: valid and invalid, duplicates, pending, Excel serials (notes), odd keys and values. */
function records() {
  const files = ['agency-placements.yaml', 'changshou-startups.yaml', 'invalid-records.yaml'].map((f) => join('examples', f));
  const odd = join(dir, 'odd.yaml');
  writeFileSync(
    odd,
    [
      'type: placement',
      'case_id: "C\\"1\\\\"',
      'records:',
      '  - worker_name: "张\\t伟 \\u0001 😀 \\"q\\""',
      '    worker_id: "500115199001011238"',
      '    enterprise_category: electronics',
      '    contract_signed: "43881"',
      '    employment_end: 2020-06-01',
      '    "1": one',
      '    __proto__: proto',
      '  - worker_name: again',
      '    worker_id: "500115199001011238"',
      '    enterprise_category: key',
      '    contract_signed: 2020-06-20',
      '',
    ].join('\n'),
  );
  const flow = new RecordFlow(pack, AS_OF, false);
  return [...files, odd].flatMap((file) => flow.run(readYamlCase(readFileSync(file, 'utf8'), file).records));
}

describe('JSON and NDJSON records', () => {
  it('are the library objects, stringified, for every kind of record, option and language', () => {
    const recs = records();
    const statuses = new Set(recs.flatMap((r) => (r.results ?? []).map((x) => x.status)));
    expect([...statuses].sort()).toEqual(['eligible', 'ineligible', 'pending', 'undetermined']);
    expect(recs.some((r) => r.errors.length > 0)).toBe(true);
    expect(recs.some((r) => r.results?.some((x) => x.duplicate_of))).toBe(true);
    for (const lang of ['en', 'zh'] as Lang[]) {
      for (const [explain, mask] of [[false, false], [true, false], [false, true], [true, true]] as const) {
        const o = { asOf: AS_OF, lang, explain, mask } as Parameters<typeof ndjsonFormat>[0];
        const ndjson = ndjsonFormat(o, pack);
        const json = jsonFormat(o, pack);
        for (const rec of recs) {
          const objects = recordJson(rec, { pack, lang, explain, mask });
          expect(ndjson.record(rec)).toBe(`${JSON.stringify({ as_of: AS_OF, ...objects })}\n`);
          expect(json.record(rec)).toBe(`,\n    ${JSON.stringify(objects, null, 2).replace(/\n/g, '\n    ')}`);
        }
      }
    }
    expect(recs.some((r) => recordJson(r, { pack, lang: 'en', explain: true, mask: false }).notes)).toBe(true);
  });

  it('have the members, and only those, that RecordJson and ResultJson declare, of their types', () => {
    const optional = new Set(['notes', 'eligible_on', 'missing', 'duplicate_of', 'explain']);
    const check = (o: object, members: Record<string, (v: unknown) => boolean>) => {
      for (const [k, v] of Object.entries(o)) expect([k, members[k]?.(v)]).toEqual([k, true]);
      for (const k of Object.keys(members)) if (!optional.has(k)) expect(Object.keys(o)).toContain(k);
    };
    for (const rec of records()) {
      const json = recordJson(rec, { pack, lang: 'en', explain: true, mask: false });
      check(json, RECORD_MEMBERS);
      for (const r of json.results) check(r, RESULT_MEMBERS);
    }
  });
});

const isText = (v: unknown) => typeof v === 'string';
const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isList = (v: unknown) => Array.isArray(v);
/** Every member of the two interfaces, with the type of its value (TypeScript holds the lists to the interfaces). */
const RECORD_MEMBERS: Record<keyof RecordJson, (v: unknown) => boolean> = {
  source: isObject,
  type: isText,
  case_id: (v) => v === null || isText(v),
  input: isObject,
  results: isList,
  errors: isList,
  notes: isList,
};
const RESULT_MEMBERS: Record<keyof ResultJson, (v: unknown) => boolean> = {
  program: isText,
  kind: (v) => v === 'grant' || v === 'loan',
  status: (v) => ['eligible', 'ineligible', 'undetermined', 'pending'].includes(v as string),
  amount: (v) => v === null || typeof v === 'number',
  reasons: (v) => isList(v) && (v as object[]).every((x) => Object.keys(x).join() === 'condition,outcome,message'),
  citation: (v) => isObject(v) && Object.keys(v as object).join() === 'source,text,gloss',
  eligible_on: (v) => isText(v) && /^\d{4}-\d\d-\d\d$/.test(v as string),
  missing: (v) => isList(v) && (v as unknown[]).every(isText),
  duplicate_of: isObject,
  explain: (v) => isObject(v) && Object.keys(v as object).join() === 'conditions,amount',
};

describe("a CSV row's input written from its cells", () => {
  it('is the input its record gives (every key in order, quoted cells, short rows, odd headers)', async () => {
    const csv = join(dir, 'rows.csv');
    writeFileSync(
      csv,
      [
        'type,worker_name,worker_id,1,__proto__,enterprise_category,contract_signed,备注',
        'placement,张伟,500115199001011238,a,b,electronics,2020-02-20,"x ""quoted"" \\ back"',
        'placement,"line\nbreak",500115198506120048,,,key,2020-02-20',
        'hire,王芳,500229199707070030,c\td,e,,,😀',
        'nonsense,x,y',
        '',
      ].join('\n'),
    );
    const line = (s: string) => s.slice(s.indexOf('"input":'), s.indexOf(',"results":'));
    // --explain writes each input from its record's raw; without, from the row's cells.
    const [cells, raw] = await Promise.all([false, true].map((explain) => runCli(['evaluate', csv, '--format', 'ndjson', '--as-of', AS_OF, '--quiet', ...(explain ? ['--explain'] : [])])));
    const a = cells!.stdout.trim().split('\n');
    const b = raw!.stdout.trim().split('\n');
    expect(a).toHaveLength(4);
    expect(a.map(line)).toEqual(b.map(line));
    expect(JSON.parse(a[0]!).input).toMatchObject({ 1: 'a', __proto__: 'b', 备注: 'x "quoted" \\ back' });
  });

  it("is its raw's for every row, past the invalid rows listed: wide rows, unknown types, short rows, in several batches", async () => {
    const header = ['type', 'worker_name', 'worker_id', '1', '__proto__', 'enterprise_category', 'contract_signed', '备注'];
    const rows: string[][] = [];
    for (let i = 0; i < 6000; i++) {
      const kind = i % 5;
      if (kind === 0) rows.push(['placement', `张${i}`, '500115199001011238', 'a', 'b', 'electronics', '2020-02-20', `n${i}`]);
      else if (kind === 1) rows.push(['hire', `王${i}`, '500229199707070030']);
      else if (kind === 2) rows.push([`nonsense${i}`, 'x', 'y']);
      else if (kind === 3) rows.push(['placement', 'wide', '500115198506120048', '', '', 'key', '2020-02-20', 'z', `beyond${i}`, 'more']);
      else rows.push(['placement', 'tab\there', '500115198506120048', '', '', 'key', '2020-02-20']);
    }
    const csv = join(dir, 'many.csv');
    writeFileSync(csv, `${[header, ...rows].map((r) => r.join(',')).join('\n')}\n`);
    expect(readFileSync(csv).length).toBeGreaterThan(1 << 18);
    const run = await runCli(['evaluate', csv, '--format', 'ndjson', '--as-of', AS_OF, '--quiet', '--jobs', '0']);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(rows.length);
    const layout = csvLayout(csv, header);
    lines.forEach((line, i) => {
      const cells = rows[i]!;
      const type = cells[0] === 'placement' || cells[0] === 'hire' ? cells[0] : undefined;
      expect(line.slice(line.indexOf('"input":') + 8, line.indexOf(',"results":'))).toBe(JSON.stringify(rawOf(layout, type, cells)));
    });
  });
});
