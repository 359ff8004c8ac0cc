/**
 * Fuzzing case files through the command line (in-process): JSON, NDJSON and YAML, malformed or
 * not, never crash a run (exit 0, 1 or 4 only, and one short line for a fatal error), and a run
 * that completes loses nothing.
 *
 * - Records from a model (any keys: fields, Chinese headers, the names every object has, others;
 *   any values: text, numbers, booleans, null, lists, nested mappings) written as a JSON list, a
 *   record a line, and as NDJSON: every record comes out, on its own line.
 * - The examples, mutated (characters deleted, inserted, lines repeated or dropped): whatever
 *   happens, no crash, and the counts reconcile.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli, type RunResult } from './helpers/run.js';
import { suiteDir } from './helpers/temp.js';

const AS_OF = '2020-06-30';
const NAMES = Object.getOwnPropertyNames(Object.prototype);
const dir = suiteDir('subsidy-fuzz-cases-');
let files = 0;

interface Out {
  records: { source: { line?: number }; errors: unknown[] }[];
  summary: { records: number; evaluated: number; invalid: number };
}

/** Runs `evaluate` (json output) over text written to a file of its own, with that extension. */
async function evaluate(text: string | Buffer, ext: string): Promise<RunResult> {
  const path = join(dir, `f${files++}.${ext}`);
  writeFileSync(path, text);
  return runCli(['evaluate', path, '--format', 'json', '--as-of', AS_OF, '--jobs', '0']);
}

/** A run never crashes; a fatal error is one short line; a completed run reconciles its counts. */
function checked(r: RunResult): Out | undefined {
  expect([0, 1, 4], r.stderr).toContain(r.code);
  if (r.code === 4) {
    const lines = r.stderr.trim().split('\n');
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]!.length, r.stderr).toBeLessThan(600);
    return undefined;
  }
  const out = JSON.parse(r.stdout) as Out;
  expect(out.summary.records).toBe(out.summary.evaluated + out.summary.invalid);
  expect(out.records).toHaveLength(out.summary.records);
  expect(out.records.filter((rec) => rec.errors.length)).toHaveLength(out.summary.invalid);
  return out;
}

const KEYS = ['worker_id', 'worker_name', 'enterprise_category', 'contract_signed', 'employment_end', 'organization_cost', 'worker_group', 'claimed_emergency', '身份证号', '企业类别', '组织费用(元)', 'note', '$comment', '', ' ', '张伟', ...NAMES];
const text = fc.oneof(
  fc.constantFrom('', ' ', 'key', '电子企业', '2020-02-20', '2020-02-30', '850', '-5', '1.005', '500115199001011238', '500115199001011239', 'poverty_registered', ...NAMES),
  fc.string({ maxLength: 12 }),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 3 }),
  ),
})).value;
const record = fc
  .record({ type: fc.constantFrom('placement', 'hire', 'startup', '送工'), fields: fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 8 }) })
  .map(({ type, fields }) => {
    // Keys written as own properties (a JSON "__proto__" key is data, not a prototype).
    const out: Record<string, unknown> = JSON.parse(JSON.stringify({ type }));
    for (const [k, v] of Object.entries(fields)) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    return out;
  });

describe('fuzzed case files through the command line', () => {
  it('records from a model, as a JSON list and as NDJSON: every record comes out, on its own line', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(record, { maxLength: 12 }), async (records) => {
        const lines = records.map((r) => JSON.stringify(r));
        const list = checked(await evaluate(`[\n${lines.join(',\n')}\n]\n`, 'json'));
        const nd = checked(await evaluate(`${lines.join('\n')}\n`, 'ndjson'));
        for (const [out, first] of [
          [list, 2],
          [nd, 1],
        ] as const) {
          // Valid JSON of mappings with a type: read whole, never refused (nesting stays below the limit).
          expect(out).toBeDefined();
          expect(out!.records.map((r) => r.source.line)).toEqual(records.map((_, i) => first + i));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('a mapping whose toString is not a function, as a value given twice, in every output and --errors (found by this test)', async () => {
    const text = JSON.stringify([{ type: 'placement', '组织费用(元)': 0, organization_cost: { toString: '' }, note: { toString: 1 } }]);
    const path = join(dir, 'to-string.json');
    writeFileSync(path, text);
    for (const format of ['json', 'csv', 'ndjson', 'table']) {
      const r = await runCli(['evaluate', path, '--format', format, '--as-of', AS_OF, '--errors', join(dir, `to-string-${format}.csv`)]);
      expect(r.code, `${format}: ${r.stderr}`).toBe(1);
    }
    expect(readFileSync(join(dir, 'to-string-csv.csv'), 'utf8')).toContain('"{""toString"":1}"');
  });

  const examples = [
    ['yaml', readFileSync('examples/agency-placements.yaml', 'utf8')],
    ['json', readFileSync('examples/enterprise-hires.json', 'utf8')],
    ['ndjson', readFileSync('examples/hires.ndjson', 'utf8')],
  ] as const;
  const inserts = ['{', '}', '[', ']', ':', ',', '"', "'", '-', '\n', '\r\n', '#', '&a', '*a', '!', '|', '\\', '0', 'x', '张', '\uFEFF', '__proto__', '"constructor": 1,', '\u0000', '\uD800'];
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...inserts) }),
    fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), times: fc.integer({ min: 1, max: 3 }) }),
  );
  type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;
  function mutate(source: string, edits: readonly Edit[]): string {
    let s = source;
    for (const e of edits) {
      const at = e.at % (s.length + 1);
      if (e.kind === 'delete') s = s.slice(0, at) + s.slice(at + e.length);
      else if (e.kind === 'insert') s = s.slice(0, at) + e.text + s.slice(at);
      else {
        const lines = s.split('\n');
        const i = at % lines.length;
        lines.splice(i, 0, ...Array<string>(e.times).fill(lines[i]!));
        s = lines.join('\n');
      }
    }
    return s;
  }

  // Many runs of the command line, one after another: on a busy machine they take longer than the usual limit.
  it('the examples, mutated: never a crash, and a completed run reconciles', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...examples), fc.array(edit, { minLength: 1, maxLength: 4 }), async ([ext, source], edits) => {
        checked(await evaluate(mutate(source, edits), ext));
      }),
      { numRuns: 120 },
    );
  });
});
