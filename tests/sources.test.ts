/**
 * The inputs of a run behind one interface (Source): a CSV file and a case file holding the same
 * records answer alike what a run asks of them — how many records, their columns and record
 * types, the claim keys of the first pass — and evaluate to the same results.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { startRun } from '../src/app/evaluate.js';
import { prepareInputs } from '../src/app/inputs.js';
import type { CommandIO } from '../src/app/io.js';
import { DEFAULT_TUNING, type EvaluateOptions } from '../src/app/options.js';
import { CaseInputSource, CsvInputSource, type Source } from '../src/app/sources.js';
import { loadRules } from '../src/rules/load.js';
import { runCli } from './helpers/run.js';
import { suiteDir } from './helpers/temp.js';

const pack = loadRules();
const dir = suiteDir('subsidy-sources-');
const CSV = join(dir, 'batch.csv');
const NDJSON = join(dir, 'batch.ndjson');
const AS_OF = '2020-12-31';

// The example batch as CSV, and its records as NDJSON (a record's non-empty cells as its keys).
const text = readFileSync(new URL('../examples/batch-mixed.csv', import.meta.url), 'utf8');
writeFileSync(CSV, text);
const [header, ...rows] = parse(text) as string[][];
writeFileSync(NDJSON, rows.map((cells) => JSON.stringify(Object.fromEntries(header!.map((h, i) => [h, cells[i]]).filter(([, v]) => v !== '')))).join('\n') + '\n');

const io = (): CommandIO => ({ stdin: Readable.from([]), stdout: new PassThrough(), stderr: new PassThrough(), env: {} });
const options = (inputs: string[]): EvaluateOptions => ({
  mode: 'evaluate',
  inputs,
  format: 'csv',
  asOf: AS_OF,
  explain: false,
  lang: 'en',
  color: false,
  quiet: true,
  encoding: 'auto',
  bom: false,
  jobs: 0,
  mask: false,
  failOn: [],
  tuning: DEFAULT_TUNING,
});

describe('Source: CSV and case files alike', () => {
  it('answer what a run asks of them alike', async () => {
    const o = options([CSV, NDJSON]);
    const sources = await prepareInputs(o, pack, io());
    const [csv, cases] = sources as [Source, Source];
    expect(csv).toBeInstanceOf(CsvInputSource);
    expect(cases).toBeInstanceOf(CaseInputSource);
    expect([csv.batched, cases.batched]).toEqual([true, false]);
    expect([csv.rereadable, cases.rereadable]).toEqual([true, true]);
    expect(cases.records).toBe(rows.length);
    expect(csv.records).toBeGreaterThan(0);
    // The case file's columns are the CSV file's that its records fill, named by field.
    const csvKeys = csv.columns(pack).map(([key]) => key);
    expect(cases.columns(pack).map(([key]) => key).filter((k) => !csvKeys.includes(k))).toEqual([]);
    expect(new Set(cases.types())).toEqual(new Set(rows.map((r) => r[0])));
    expect(csv.types()).toEqual(['placement', 'hire', 'startup']); // a type column: any of them

    const run = startRun(o, pack, io(), sources, false);
    try {
      const keysOf = async (s: Source) => {
        const keys: number[] = [];
        await s.keys(run, (k) => keys.push(...k));
        return keys;
      };
      const [fromCsv, fromCases] = [await keysOf(csv), await keysOf(cases)];
      // Every record that may claim has its key from both; the CSV file's first pass also keys
      // rows that turn out invalid (one here: 2020-02-30), which claim nothing.
      expect(fromCases.length).toBeGreaterThan(rows.length / 2);
      expect(fromCsv).toEqual(expect.arrayContaining(fromCases));
      expect(fromCsv.length - fromCases.length).toBe(1);
    } finally {
      await run.csv.close();
    }
  });

  it('a case file on standard input cannot be read twice (no first pass)', async () => {
    const sources = await prepareInputs({ ...options(['-']), inputFormat: 'ndjson', format: 'ndjson' }, pack, { ...io(), stdin: Readable.from([readFileSync(NDJSON)]) });
    expect(sources[0]!.rereadable).toBe(false);
  });

  it('evaluate to the same results', async () => {
    const results = async (file: string) => {
      const r = await runCli(['evaluate', file, '--format', 'ndjson', '--as-of', AS_OF, '--quiet']);
      return r.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { results: unknown; errors: unknown });
    };
    const [fromCsv, fromCases] = [await results(CSV), await results(NDJSON)];
    expect(fromCases.map((r) => r.results)).toEqual(fromCsv.map((r) => r.results));
  });
});
