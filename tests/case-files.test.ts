/**
 * Case files at scale and under attack: the streaming JSON scanner (chunks cut anywhere, the
 * grammar of JSON.parse), NDJSON, keys in any order, hostile files (deep nesting, YAML alias
 * loops and "billion laughs"), the YAML size limit, and memory that does not grow with the file.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseReader, readYamlCase, YAML_MAX_BYTES, type CaseRecord } from '../src/io/case-file.js';
import { JsonScanner, MAX_DEPTH, MAX_RECORD_CHARS, type ValueKind } from '../src/io/json-scan.js';
import { runCli } from './helpers/run.js';
import { suiteDir, testDir } from './helpers/temp.js';
import { residentId } from './helpers/ids.js';

const AS_OF = '2020-06-30';

interface Scanned {
  records: { line: number; kind: ValueKind; value: unknown; keys: [string, number, unknown][] }[];
  cases: [string, unknown, number][];
  bad: [number, string, string][];
}

/** What the scanner reports for `bytes` pushed in chunks of `chunk` bytes (or at the cuts given). */
function scan(bytes: Uint8Array, mode: 'document' | 'lines', chunk: number | number[]): Scanned {
  const out: Scanned = { records: [], cases: [], bad: [] };
  const s = new JsonScanner(mode, {
    record: (r) =>
      out.records.push({
        line: r.recordLine,
        kind: r.recordKind,
        value: JSON.parse(r.recordText()),
        keys: Array.from({ length: r.keyCount }, (_, i) => [r.keyName(i), r.keyLine(i), JSON.parse(r.valueText(i))]),
      }),
    caseValue: (key, value, line) => out.cases.push([key, value, line]),
    badLine: (line, message, start) => out.bad.push([line, message, start]),
  });
  const cuts = typeof chunk === 'number' ? Array.from({ length: Math.ceil(bytes.length / chunk) }, (_, i) => i * chunk) : [0, ...chunk];
  cuts.forEach((at, i) => s.push(bytes.subarray(at, cuts[i + 1] ?? bytes.length)));
  s.end();
  return out;
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** A case with every kind of token: escapes, \u escapes, surrogate pairs (escaped and written), numbers, nested values; its records before its case_id and type. */
const CASE_LINES = [
  '{',
  '  "records": [',
  '    {"type": "hire", "esc": "q\\"b\\\\s\\/f\\b\\f\\n\\r\\t", "u": "\\u0041\\u4e2d\\ud83d\\ude00", "raw": "中文😀é",',
  '     "n": [-0, 0.5, 1e5, -1.25E-3, 12345678901234567890, 0, -7],',
  '     "nested": {"a": [1, {"b": null}], "t": true, "f": false}, "e": {}, "l": []},',
  '    {',
  '      "类型": "创业",',
  '      "键\\u0020名": "值"',
  '    },',
  '    "not a record"',
  '  ],',
  '  "$comment": "after the records",',
  '  "case_id": "K\\u0031",',
  '  "type": "placement"',
  '}',
];

describe('the streaming JSON scanner', () => {
  for (const eol of ['\n', '\r\n']) {
    const text = CASE_LINES.join(eol);
    const bytes = utf8(text);
    const expected = (JSON.parse(text) as { records: unknown[] }).records;

    it(`reads a case as JSON.parse does, with each record's line and each key's (${eol === '\n' ? 'LF' : 'CRLF'})`, () => {
      const out = scan(bytes, 'document', bytes.length);
      expect(out.records.map((r) => r.value)).toEqual(expected);
      expect(out.records.map((r) => [r.line, r.kind])).toEqual([
        [3, 'mapping'],
        [6, 'mapping'],
        [10, 'text'],
      ]);
      expect(out.records[0]!.keys.map(([k, line]) => [k, line])).toEqual([
        ['type', 3],
        ['esc', 3],
        ['u', 3],
        ['raw', 3],
        ['n', 4],
        ['nested', 5],
        ['e', 5],
        ['l', 5],
      ]);
      for (const r of out.records) for (const [k, , v] of r.keys) expect(v).toEqual((r.value as Record<string, unknown>)[k]);
      expect(out.records[1]!.keys.map(([k, line]) => [k, line])).toEqual([
        ['类型', 7],
        ['键 名', 8],
      ]);
      expect(out.cases).toEqual([
        ['case_id', 'K1', 13],
        ['type', 'placement', 14],
      ]);
    });

    it(`reports the same whatever the chunks: of 1, 7 or 4096 bytes, or cut in two anywhere (${eol === '\n' ? 'LF' : 'CRLF'})`, () => {
      const whole = scan(bytes, 'document', bytes.length);
      for (const chunk of [1, 2, 3, 7, 4096]) expect(scan(bytes, 'document', chunk), `chunks of ${chunk}`).toEqual(whole);
      // Every cut: inside a character of 2, 3 and 4 bytes, an escape, a \u escape, a surrogate pair, a number, a literal.
      for (let at = 1; at < bytes.length; at++) expect(scan(bytes, 'document', [at]), `cut at byte ${at}`).toEqual(whole);
    });
  }

  // 400 cases, each read in chunks of every size: on a busy machine, close to the usual limit.
  it('accepts a line as JSON.parse does, and reads it as JSON.parse does, in chunks of any size (NDJSON)', { timeout: 60_000 }, () => {
    const json = fc.jsonValue({ maxDepth: 4, stringUnit: 'grapheme' }).map((v) => JSON.stringify(v));
    // A JSON text with one edit: a character dropped, added or changed; or a line of anything.
    const edited = fc.tuple(json, fc.nat(), fc.constantFrom('', '"', '\\', ',', ':', '{', '}', '[', ']', '0', '-', '+', '.', 'e', 'E', 'u', 'n', 't', 'f', 'x', ' ', '\t', '\r', '\u00e9', '\\u12', '"\\'), fc.boolean()).map(
      ([text, at, c, replace]) => {
        const i = text.length ? at % text.length : 0;
        return text.slice(0, i) + c + text.slice(replace ? i + 1 : i);
      },
    );
    const line = fc.oneof(json, edited, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })).map((l) => l.replace(/\n/g, ' '));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 50 }), (lines, chunk) => {
        // A blank first line: a byte order mark is taken as one at the very start only.
        const bytes = utf8(`\n${lines.join('\n')}`);
        const out = scan(bytes, 'lines', chunk);
        const expected: { line: number; value: unknown }[] = [];
        const bad: number[] = [];
        Buffer.from(bytes)
          .toString('utf8')
          .split('\n')
          .forEach((l, i) => {
            if (/^[ \t\r]*$/.test(l)) return; // blank: JSON's white space only
            try {
              expected.push({ line: i + 1, value: JSON.parse(l) });
            } catch {
              bad.push(i + 1);
            }
          });
        expect(out.records.map((r) => ({ line: r.line, value: r.value }))).toEqual(expected);
        expect(out.bad.map(([l]) => l)).toEqual(bad);
      }),
      { numRuns: 400 },
    );
  });

  it(`refuses a record (a line) over ${MAX_RECORD_CHARS >> 20} MB before it is whole: an NDJSON line is reported and skipped`, () => {
    const long = `{"a": "${'y'.repeat(MAX_RECORD_CHARS)}"}`;
    // Found as it runs over (read in chunks smaller than the record), or once whole (the end in the same chunk).
    for (const chunk of [1 << 20, 32 << 20]) {
      const out = scan(utf8(`${long}\n{"a": 1}\n`), 'lines', chunk);
      expect(out.records.map((r) => [r.line, r.value])).toEqual([[2, { a: 1 }]]);
      expect(out.bad.map(([line, message, start]) => [line, message.replace(/of over|runs over/, 'over'), start])).toEqual([
        [1, expect.stringMatching(/^a record over 16 MB.*; NDJSON has one record a line$/), `{"a": "${'y'.repeat(33)}…`],
      ]);
    }
    expect(fails(`[${long.replace('yy', 'y'.repeat(65538))}]`, 4096)).toMatchObject({ line: 1, message: expect.stringMatching(/^a record runs over 16 MB: is a quote or bracket never closed\?/) });
    expect(fails(`[${long.replace('yy', 'y')}, 5]`, 32 << 20)).toMatchObject({ line: 1, message: 'a record of over 16 MB; a record may be at most 16 MB' });
  });

  it('reads NDJSON: blank lines, CRLF, a line that is not JSON (reported, and reading goes on), no line end at the end', () => {
    const text = '{"a":1}\r\n\r\n   \n{"a": 2, oops}\r\n[1, 2]\r\n{"a":3} x\n{"a":\n4}\n"text"\n{"a":5}';
    const out = scan(utf8(text), 'lines', 3);
    expect(out.records.map((r) => [r.line, r.kind, r.value])).toEqual([
      [1, 'mapping', { a: 1 }],
      [5, 'list', [1, 2]],
      [9, 'text', 'text'],
      [10, 'mapping', { a: 5 }],
    ]);
    expect(out.bad.map(([line, message, start]) => [line, start])).toEqual([
      [4, '{"a": 2, oops}'],
      [6, '{"a":3} x'],
      [7, '{"a":'],
      [8, '4}'],
    ]);
    expect(out.bad[0]![1]).toBe('not JSON: "o" where a key in double quotes should be (column 10)');
    expect(out.bad[2]![1]).toMatch(/^not JSON: the line ends inside the mapping opened at line 7/);
  });

  const fails = (text: string, chunk = 5) => {
    try {
      scan(utf8(text), 'document', chunk);
    } catch (e) {
      const err = e as { line: number; col: number; message: string };
      return { line: err.line, col: err.col, message: err.message };
    }
    throw new Error(`no error for ${text}`);
  };

  it('says where JSON is broken, and how, in the words of the error', () => {
    expect(fails('[{"a": 1,}]')).toMatchObject({ line: 1, col: 10, message: expect.stringMatching(/} after a comma/) });
    expect(fails('[{"a": 1},\n ]')).toMatchObject({ line: 2, col: 2, message: expect.stringMatching(/] after a comma/) });
    expect(fails('[{"a": "x\ny"}]')).toMatchObject({ line: 1, col: 10, message: expect.stringMatching(/line break inside a string/) });
    expect(fails('[{"a": "\\q"}]')).toMatchObject({ line: 1, col: 9, message: expect.stringMatching(/invalid escape "\\\\q"/) });
    expect(fails('[{"a": 01}]')).toMatchObject({ line: 1, col: 9 });
    expect(fails('[{"a": 1.}]')).toMatchObject({ line: 1, col: 8, message: expect.stringMatching(/no digit after its point/) });
    expect(fails('[{"中文": tru}]')).toMatchObject({ line: 1, col: 9 });
    expect(fails('[{"a": 1}\n\n')).toMatchObject({ line: 3, message: expect.stringMatching(/ends inside the list opened at line 1/) });
    expect(fails('[{"a": 1}]\n{"a": 2}')).toMatchObject({ line: 2, col: 1, message: expect.stringMatching(/--input-format ndjson/) });
  });

  it(`refuses values nested more than ${MAX_DEPTH} deep, without recursion, however deep (a file; a line of NDJSON)`, () => {
    for (const depth of [MAX_DEPTH + 1, 5000, 200_000]) {
      expect(fails('['.repeat(depth) + ']'.repeat(depth))).toMatchObject({ line: 1, col: MAX_DEPTH + 1, message: expect.stringMatching(/nested more than 32 deep/) });
      expect(fails(`[{"type": "hire", "x": ${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}]`)).toMatchObject({ message: expect.stringMatching(/nested more than 32 deep/) });
      const out = scan(utf8(`{"a": ${'['.repeat(depth)}${']'.repeat(depth)}}\n{"a": 1}`), 'lines', 4096);
      expect(out.records.map((r) => r.line)).toEqual([2]);
      expect(out.bad.map(([line, message]) => [line, /^values nested more than 32 deep/.test(message)])).toEqual([[1, true]]);
    }
    // Up to the limit, values nest.
    const deep = `[{"x": ${'['.repeat(MAX_DEPTH - 2)}${']'.repeat(MAX_DEPTH - 2)}}]`;
    expect(scan(utf8(deep), 'document', 7).records).toHaveLength(1);
  });
});

describe('reading JSON and NDJSON case files (CaseReader)', () => {
  async function* chunks(bytes: Uint8Array, size: number) {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  }
  const read = async (text: string, format: 'json' | 'ndjson', size: number) => {
    const reader = new CaseReader('case.json', format, undefined);
    const bytes = utf8(text);
    const summary = await reader.scan(chunks(bytes, size), true);
    const records: CaseRecord[] = [];
    for await (const batch of reader.records(chunks(bytes, size), summary)) records.push(...batch.records);
    return { summary, records };
  };
  const CASE = [...CASE_LINES.slice(0, 8), '    }', ...CASE_LINES.slice(10)].join('\n'); // without the record that is text

  it('takes the case_id and type written after the records, keeps each key line, and reads the same in any chunks', async () => {
    const whole = await read(CASE, 'json', 1 << 20);
    expect(whole.summary).toMatchObject({ records: 2, caseId: 'K1', caseType: 'placement', types: new Set(['hire', 'startup']) });
    expect(whole.summary.keys.slice(0, 3)).toEqual([
      { type: 'hire', key: 'type' },
      { type: 'hire', key: 'esc' },
      { type: 'hire', key: 'u' },
    ]);
    expect(whole.records.map((r) => [r.type, r.source, 'defaults' in r ? r.defaults : undefined])).toEqual([
      ['hire', { file: 'case.json', line: 3 }, { case_id: 'K1' }],
      ['startup', { file: 'case.json', line: 6 }, { case_id: 'K1' }],
    ]);
    expect('lines' in whole.records[1]! && whole.records[1].lines).toEqual({ 类型: 7, '键 名': 8 });
    for (const size of [1, 7, 4096]) expect(await read(CASE, 'json', size), `chunks of ${size}`).toEqual(whole);
  });

  it('keeps every key as the record’s own property: __proto__, constructor', async () => {
    const json = await read('[{"type": "hire", "__proto__": {"polluted": 1}, "constructor": "c"}]', 'json', 3);
    const yaml = readYamlCase('- type: hire\n  __proto__:\n    polluted: 1\n  constructor: c\n', 'case.yaml').records;
    for (const w of [json.records[0]!, yaml[0]!]) {
      expect(Object.keys(w.written)).toEqual(['type', '__proto__', 'constructor']);
      expect(Object.getPrototypeOf(w.written)).toBe(Object.prototype);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
});

describe.concurrent('evaluate: NDJSON input', () => {
  const dir = suiteDir('subsidy-ndjson-');
  const HIRE = (id: string, extra = '') => `{"type":"hire","case_id":"N","worker_id":"${id}","worker_group":"poverty_registered","contract_signed":"2020-03-01"${extra}}`;
  const TEXT = [HIRE('500229199707070030'), '', '{"type":"hire", oops}', '[1, 2]', '{"type":"payout","worker_id":"1"}', '{"worker_id":"500229199707070030"}', HIRE('500115199001011238')].join('\r\n');
  const file = join(dir, 'records.ndjson');
  writeFileSync(file, TEXT);
  type Out = { records: { source: { line: number }; type: string; errors: { field: string; line?: number }[]; results: unknown[] }[]; summary: { records: number; invalid: number } };

  it('every line comes out: evaluated, or invalid with its line (not JSON, not a mapping, of no known type); blank lines skipped; exit 1', async () => {
    const run = await runCli(['evaluate', file, '--as-of', AS_OF, '--format', 'json']);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as Out;
    expect(out.records.map((r) => [r.source.line, r.type, r.errors.map((e) => [e.field, e.line])])).toEqual([
      [1, 'hire', []],
      [3, '', [['(line)', 3]]],
      [4, '', [['(line)', 4]]],
      [5, 'payout', [['type', 5]]],
      [6, '', [['type', 6]]],
      [7, 'hire', []],
    ]);
    expect(out.summary).toMatchObject({ records: 6, invalid: 4 });
    expect(run.stderr).toContain(`${file}:3: (line) = "{\\"type\\":\\"hire\\", oops}": not JSON: "o" where a key in double quotes should be (column 17)`);
  });

  it('-, --input-format ndjson: read once as it comes (json output), or spooled first for CSV output (its header needs every key), alike', async () => {
    const fromFile = await runCli(['evaluate', file, '--as-of', AS_OF, '--format', 'ndjson', '--quiet']);
    const once = await runCli(['evaluate', '-', '--input-format', 'ndjson', '--as-of', AS_OF, '--format', 'ndjson', '--quiet'], TEXT);
    expect(once.code).toBe(1);
    expect(once.stdout).toBe(fromFile.stdout.replaceAll(JSON.stringify(file), '"<stdin>"'));
    const csvFile = await runCli(['evaluate', file, '--as-of', AS_OF, '--format', 'csv', '--quiet']);
    const csvStdin = await runCli(['evaluate', '-', '--input-format', 'ndjson', '--as-of', AS_OF, '--format', 'csv', '--quiet'], TEXT);
    expect(csvStdin.stdout).toBe(csvFile.stdout);
    expect(csvFile.stdout.split('\n')[0]).toMatch(/^type,case_id,worker_id,worker_group,contract_signed,hiring_status/);
    expect(csvFile.stdout).toContain('\npayout,,1,');
  });

  it('--type gives a type to records without one', async () => {
    const run = await runCli(['evaluate', file, '--as-of', AS_OF, '--format', 'json', '--type', 'hire']);
    const out = JSON.parse(run.stdout) as Out;
    expect(out.records.find((r) => r.source.line === 6)).toMatchObject({ type: 'hire', errors: [] });
  });
});

describe('evaluate: JSON cases in any key order, and standard input', () => {
  const ORDER = [
    '{',
    '  "records": [',
    '    {"worker_name": "赵敏", "worker_id": "500229199707070030", "worker_group": "poverty_registered", "contract_signed": "2020-03-01"},',
    '    {"type": "startup", "applicant_id": "500115199001011238", "applicant_group": "migrant_worker", "business_district": "长寿区",',
    '     "business_registered": "2020-03-12", "loan_requested": "2000x"}',
    '  ],',
    '  "$schema": "case.schema.json",',
    '  "type": "hire",',
    '  "case_id": "ORDER-1"',
    '}',
  ].join('\n');
  type Out = { records: { source: { file: string; line: number }; type: string; case_id: string; errors: { field: string; line: number }[] }[] };
  const check = (run: { code: number; stdout: string }, file: string) => {
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as Out;
    expect(out.records.map((r) => [r.source, r.type, r.case_id])).toEqual([
      [{ file, line: 3 }, 'hire', 'ORDER-1'],
      [{ file, line: 4 }, 'startup', 'ORDER-1'],
    ]);
    expect(out.records[1]!.errors).toEqual([expect.objectContaining({ field: 'loan_requested', line: 5 })]);
  };

  it('takes the case_id and type written after the records (a file; standard input, spooled to a temporary file and removed)', async () => {
    const file = join(testDir('subsidy-order-'), 'case.json');
    writeFileSync(file, ORDER);
    check(await runCli(['evaluate', file, '--as-of', AS_OF, '--format', 'json', '--quiet']), file);
    const spools = () => readdirSync(tmpdir()).filter((f) => f.startsWith('subsidy-stdin-')).length;
    const before = spools();
    process.env.SUBSIDY_SPOOL_BYTES = '64';
    try {
      check(await runCli(['evaluate', '-', '--as-of', AS_OF, '--format', 'json', '--quiet'], ORDER), '<stdin>');
    } finally {
      delete process.env.SUBSIDY_SPOOL_BYTES;
    }
    expect(spools()).toBe(before);
  });

  it('a run over many records first finds the repeated people in case files too (their later claims are duplicates)', async () => {
    const hire = (caseId: string, id: string) => `{"type":"hire","case_id":"${caseId}","worker_id":"${id}","worker_group":"poverty_registered","contract_signed":"2020-03-01"}`;
    const file = join(testDir('subsidy-repeats-'), 'hires.ndjson');
    writeFileSync(file, [hire('A', '500229199707070030'), hire('B', '500115199001011238'), hire('C', '500229199707070030')].join('\n'));
    process.env.SUBSIDY_TWO_PASS_ROWS = '1';
    let run;
    try {
      run = await runCli(['evaluate', file, '--as-of', AS_OF, '--format', 'json', '--quiet']);
    } finally {
      delete process.env.SUBSIDY_TWO_PASS_ROWS;
    }
    const out = JSON.parse(run.stdout) as { records: { case_id: string; results: { status: string; duplicate_of?: unknown }[] }[]; summary: { duplicates: number } };
    expect(out.summary.duplicates).toBe(1);
    expect(out.records.map((r) => [r.case_id, r.results[0]!.status, r.results[0]!.duplicate_of !== undefined])).toEqual([
      ['A', 'eligible', false],
      ['B', 'eligible', false],
      ['C', 'ineligible', true],
    ]);
  });

  it('a syntax error deep in a large file: exit 4 with file:line:col, and no output', async () => {
    const file = join(testDir('subsidy-broken-'), 'big.json');
    const rows = Array.from({ length: 3000 }, (_, i) => `{"type": "hire", "worker_id": "${i}"}`);
    rows[2500] = '{"type": "hire" "worker_id": "x"}';
    writeFileSync(file, `[\n${rows.join(',\n')}\n]\n`);
    const run = await runCli(['evaluate', file, '--as-of', AS_OF, '--format', 'json']);
    expect(run.code).toBe(4);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(`subsidy: ${file}:2502:17: invalid JSON: "\\"" where a comma or } after a value in a mapping should be; fix the file or check it with a JSON validator`);
  });
});

describe.concurrent('hostile case files: exit 4, one short line', () => {
  const dir = suiteDir('subsidy-hostile-');
  const laughs = ['- type: hire', '  worker_id: "500229199707070030"', `  a: &a [${Array(9).fill('"lol"').join(',')}]`];
  'bcdefghi'.split('').forEach((c, i) => laughs.push(`  ${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`));
  const chain = ['- type: hire', '  a0: &a0 [x]', ...Array.from({ length: 60 }, (_, i) => `  a${i + 1}: &a${i + 1} [*a${i}]`)];
  const files: [string, string, RegExp][] = [
    ['self-alias.yaml', '- &x\n  type: hire\n  me: *x\n', /:3:7: the alias \*x is inside the value it stands for/],
    ['self-alias-list.yaml', '- type: hire\n  x: &x [1, *x]\n', /:2:13: the alias \*x is inside the value it stands for/],
    ['laughs.yaml', `${laughs.join('\n')}\n`, /aliases expand to too many values/],
    ['alias-chain.yaml', `${chain.join('\n')}\n`, /aliases nest values more than 32 deep/],
    ['deep-flow.yaml', `- type: hire\n  x: ${'['.repeat(200_000)}${']'.repeat(200_000)}\n`, /:2:\d+: values nested more than 32 deep/],
    ['deep-block.yaml', `${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i * 2)}- `).join('\n')}x\n`, /:\d+:\d+: values nested more than 32 deep/],
    ['deep-5000.json', '['.repeat(5000) + ']'.repeat(5000), /:1:33: values nested more than 32 deep/],
    ['deep-200000.json', '['.repeat(200_000) + ']'.repeat(200_000), /:1:33: values nested more than 32 deep/],
    ['deep-field.json', `{"records": [{"type": "hire", "x": ${'{"a":'.repeat(200_000)}1${'}'.repeat(200_000)}}]}`, /:1:\d+: values nested more than 32 deep/],
    ['long-record.json', `[{"type": "hire", "worker_name": "${'x'.repeat(6000)}"}, 5]`, /:1 \(record 2\): a record is a mapping of field: value; found 5$/],
    ['text-record.json', `[${JSON.stringify('y'.repeat(6000))}]`, /found "y{39}…$/],
    ['list-record.json', '{"type": "hire", "records": [[\n  {\n    "worker_id": "1"\n  }\n]]}\n', /\(record 1\): a record is a mapping of field: value; found \[ \{ "worker_id": "1" \} \]$/],
  ];
  for (const [name, text, message] of files) {
    it(name, async () => {
      const file = join(dir, name);
      writeFileSync(file, text);
      const run = await runCli(['evaluate', file, '--as-of', AS_OF, '--format', 'json']);
      expect(run.code, run.stderr).toBe(4);
      expect(run.stdout).toBe('');
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]!.length).toBeLessThan(300);
      expect(lines[0]).toContain(file);
      expect(lines[0]).toMatch(message);
    });
  }

  it(`YAML over ${YAML_MAX_BYTES >> 20} MB is refused (a file; standard input), pointing to JSON, NDJSON or CSV`, async () => {
    const file = join(dir, 'large.yaml');
    const text = `- type: hire\n  note: "${'x'.repeat(YAML_MAX_BYTES)}"\n`;
    writeFileSync(file, text);
    for (const run of [await runCli(['evaluate', file, '--as-of', AS_OF]), await runCli(['evaluate', '-', '--input-format', 'yaml', '--as-of', AS_OF], text)]) {
      expect(run.code).toBe(4);
      expect(run.stderr.trim()).toMatch(/: YAML of over 8 MB; YAML is read whole, so large inputs must be JSON, NDJSON or CSV, which stream$/);
    }
  });

  it('YAML of over 300,000 values is refused before it is read (8 MB of short values would take gigabytes)', async () => {
    const file = join(dir, 'many-values.yaml');
    writeFileSync(file, `x: [${'1,'.repeat(300_000)}1]\n`);
    const run = await runCli(['evaluate', file, '--as-of', AS_OF]);
    expect(run.code).toBe(4);
    expect(run.stderr.trim()).toBe(`subsidy: ${file}: YAML of over 300,000 values (lines, commas, colons); YAML is read whole, so large inputs must be JSON, NDJSON or CSV, which stream`);
    // White space before anything on standard input is read for the format once, byte by byte.
    const spaces = await runCli(['evaluate', '-', '--as-of', AS_OF], ' '.repeat(YAML_MAX_BYTES + 10));
    expect(spaces.code).toBe(4);
    expect(spaces.stderr).toMatch(/YAML of over 8 MB/);
  });

  it('values quoted in record errors are cut short (a key given twice, a long year)', async () => {
    const file = join(dir, 'long-values.json');
    const long = 'v'.repeat(5000);
    writeFileSync(file, JSON.stringify([{ type: 'hire', worker_id: '500229199707070030', note: 1, worker_group: `a${long}`, 人员类别: `b${long}`, contract_signed: `${'2'.repeat(5000)}-01-01` }]));
    const run = await runCli(['evaluate', file, '--as-of', AS_OF, '--format', 'json']);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines.filter((l) => /given twice|out of range/.test(l))).toHaveLength(2);
    for (const line of lines) expect(line.length).toBeLessThan(400);
  });

  it('a value nested within the limit inside a record: the record is read, its error line short', async () => {
    const file = join(dir, 'nested-field.json');
    const deep = `${'['.repeat(20)}"${'z'.repeat(3000)}"${']'.repeat(20)}`;
    writeFileSync(file, `[{"type": "hire", "worker_id": "500229199707070030", "contract_signed": ${deep}, "extra": ${deep}}]`);
    const run = await runCli(['evaluate', file, '--as-of', AS_OF, '--format', 'json']);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as { records: { errors: { field: string }[]; input: Record<string, unknown> }[] };
    expect(out.records[0]!.errors.map((e) => e.field)).toEqual(['contract_signed']);
    expect(out.records[0]!.input.extra).toEqual(JSON.parse(deep));
    for (const line of run.stderr.trim().split('\n')) expect(line.length).toBeLessThan(300);
  });

  it('bytes that are not UTF-8: exit 4 naming the line', async () => {
    const file = join(dir, 'latin1.json');
    writeFileSync(file, Buffer.concat([utf8('[\n{"type": "hire",\n "worker_name": "'), Buffer.from([0xc9, 0x22]), utf8('}]')]));
    const run = await runCli(['evaluate', file, '--as-of', AS_OF]);
    expect(run.code).toBe(4);
    expect(run.stderr.trim()).toBe(`subsidy: ${file}:3: not valid UTF-8; save the file as UTF-8`);
  });
});

describe('NDJSON lines that are not records, audited; standard input interrupted', () => {
  it('audit keeps a line that is not a record, or of no known type, as an invalid record with what it claims', async () => {
    const text = [
      JSON.stringify({ type: 'hire', worker_id: '500229199707070030', worker_group: 'poverty_registered', contract_signed: '2020-03-01', claimed_hiring: 6000 }),
      '{bad',
      JSON.stringify({ type: 'zzz', claimed_hiring: 5, 申领创业补贴: 7 }),
    ].join('\n');
    const run = await runCli(['audit', '-', '--input-format', 'ndjson', '--as-of', AS_OF, '--format', 'json'], text);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as { items: { source: { line: number }; program: string; claimed: number | null; verdict: string }[]; summary: { records: number; audited: number; invalid: number; total: { claimed: number } } };
    expect(out.summary).toMatchObject({ records: 3, audited: 1, invalid: 2 });
    expect([...new Set(out.items.map((i) => i.source.line))]).toEqual([1, 2, 3]);
    expect(out.items.filter((i) => i.source.line === 3 && i.claimed !== null).map((i) => [i.program, i.claimed, i.verdict])).toEqual([
      ['hiring', 5, 'invalid'],
      ['startup_grant', 7, 'invalid'],
    ]);
    expect(out.summary.total.claimed).toBe(6012);
  });

  it('an --errors file of NDJSON lines can be submitted again (no second type column)', async () => {
    const dir = testDir('subsidy-nd-errors-');
    const errors = join(dir, 'errors.csv');
    const text = `${JSON.stringify({ type: 'zzz', worker_id: '500229199707070030' })}\n${JSON.stringify({ type: 'hire', worker_id: '1' })}\n`;
    const run = await runCli(['evaluate', '-', '--input-format', 'ndjson', '--as-of', AS_OF, '--errors', errors, '--format', 'json'], text);
    expect(run.code).toBe(1);
    expect(readFileSync(errors, 'utf8').split('\n')[0]).toBe('file,line,errors,type,worker_id');
    const again = await runCli(['evaluate', errors, '--as-of', AS_OF, '--format', 'json']);
    expect(again.code, again.stderr).toBe(1);
  });

  it('a run interrupted while it spools standard input leaves no spool behind', async () => {
    const dir = testDir('subsidy-spool-');
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['bin/subsidy.js', 'evaluate', '-', '--input-format', 'json', '--as-of', AS_OF], {
      env: { ...process.env, TMPDIR: dir, SUBSIDY_SPOOL_BYTES: '1000' },
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    // Interrupted, it stops reading: what it has not read yet cannot be written (EPIPE).
    child.stdin.on('error', () => {});
    child.stdin.write(`[${Array(20_000).fill('{"type": "hire", "worker_id": "500229199707070030"}').join(',')}`);
    // Once the spool is on disk, interrupt.
    for (let i = 0; i < 100 && !readdirSync(dir).some((f) => f.startsWith('subsidy-stdin-')); i++) await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(dir).some((f) => f.startsWith('subsidy-stdin-'))).toBe(true);
    child.kill('SIGINT');
    const code = await new Promise((done) => child.on('close', done));
    expect(code).toBe(130);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a large case file', () => {
  const dir = suiteDir('subsidy-large-');
  /** NDJSON of `n` valid records of the three types, each person once, each with a note of its own. */
  const records = (n: number) => {
    const lines: string[] = [];
    const note = 'x'.repeat(200);
    for (let i = 0; i < n; i++) {
      const body = `500115${1960 + (i % 40)}${String(1 + ((i >> 3) % 12)).padStart(2, '0')}${String(1 + ((i >> 7) % 28)).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`;
      const id = residentId(body);
      const k = i % 3;
      const common = `"case_id":"L${i >> 6}","note":"${i} ${note}"`;
      lines.push(
        k === 0
          ? `{"type":"placement",${common},"worker_name":"张伟","worker_id":"${id}","enterprise_category":"key","contract_signed":"2020-02-20","organization_cost":850}`
          : k === 1
            ? `{"type":"hire",${common},"worker_name":"赵敏","worker_id":"${id}","worker_group":"poverty_registered","contract_signed":"2020-03-01"}`
            : `{"type":"startup",${common},"applicant_name":"黄海","applicant_id":"${id}","applicant_group":"migrant_worker","business_district":"长寿区","business_registered":"2020-03-12","loan_requested":200000}`,
      );
    }
    return lines;
  };

  it('30,000 records as a JSON list: every one out, in a heap that does not grow with the file', { timeout: 120_000 }, async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const file = join(dir, 'large.json');
    writeFileSync(file, `[\n${records(30_000).join(',\n')}\n]\n`);
    const size = statSync(file).size;
    // What the heap holds before the run, once the garbage of writing the file is collected.
    for (let i = 0; i < 3; i++) {
      gc();
      await new Promise((resolve) => setImmediate(resolve));
    }
    const base = process.memoryUsage().heapUsed;
    let peak = 0;
    // What the heap holds is at most what it uses: only a sample that uses 10 MB or more needs a
    // full collection (which takes long in a heap shared with other test files) to tell.
    const sample = setInterval(() => {
      let used = process.memoryUsage().heapUsed - base;
      if (used >= 10 << 20) {
        gc();
        used = process.memoryUsage().heapUsed - base;
      }
      peak = Math.max(peak, used);
    }, 200);
    const output = join(dir, 'out.csv');
    let run;
    try {
      run = await runCli(['evaluate', file, '--as-of', AS_OF, '--format', 'csv', '--output', output, '--quiet']);
    } finally {
      clearInterval(sample);
    }
    expect(run.code, run.stderr).toBe(0);
    const rows = readFileSync(output, 'utf8').trimEnd().split('\n');
    expect(rows).toHaveLength(30_001);
    // What a run keeps is a chunk of the file, a batch of records, and some 40 bytes a person for
    // duplicate claims: a few megabytes (its records, read whole as objects, would take some 18).
    expect(size).toBeGreaterThan(10 << 20);
    expect(peak).toBeLessThan(10 << 20);
  });
});
