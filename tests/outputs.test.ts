/**
 * Where inputs come from and outputs go: pipes, outputs that would overwrite inputs, `-` for
 * standard output, columns of several inputs, and quotes inside cells.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BatchSplitter } from '../src/io/csv/splitter.js';
import { Sink } from '../src/io/sink.js';
import { runCli } from './helpers/run.js';
import { suiteDir, testDir } from './helpers/temp.js';

const dir = suiteDir('subsidy-out-');
const AS_OF = '2020-06-30';

describe('inputs and outputs', () => {
  it('reads a CSV from a pipe given as a path', () => {
    const run = spawnSync('bash', ['-c', `node bin/subsidy.js evaluate --as-of ${AS_OF} --format json --quiet --input-format csv <(cat examples/batch-mixed.csv)`], { encoding: 'utf8' });
    expect(JSON.parse(run.stdout).summary).toMatchObject({ records: 9, evaluated: 8, invalid: 1 });
  });

  it('keeps YAML digits as written where a number would lose some: a case_id 00123, an ID number left unquoted', async () => {
    const input = join(dir, 'zeros.yaml');
    writeFileSync(input, 'case_id: 00123\ntype: hire\nrecords:\n  - worker_id: 500229199707070030\n    worker_group: poverty_registered\n  - case_id: 0042\n    worker_id: "500115199001011238"\n');
    const run = await runCli(['evaluate', input, '--format', 'ndjson', '--as-of', AS_OF, '--quiet']);
    const [first, second] = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { case_id: string; errors: unknown[]; results: { program: string; status: string }[] });
    expect(run.code).toBe(0);
    expect(first!.case_id).toBe('00123');
    expect(first!.errors).toEqual([]);
    expect(first!.results).toEqual([expect.objectContaining({ program: 'hiring', status: 'eligible' })]);
    expect(second!.case_id).toBe('0042');
    // JSON has no such text to go back to: a number there is an error that says what to do.
    const json = join(dir, 'number.json');
    writeFileSync(json, '[{"type": "hire", "worker_id": 500229199707070030}]');
    const numbered = await runCli(['evaluate', json, '--format', 'json', '--as-of', AS_OF]);
    expect(numbered.code).toBe(1);
    expect(numbered.stderr).toContain(`${json}:1: worker_id = 500229199707070000: the ID number was stored as a number by a spreadsheet and has lost its last digits`);
  });

  it('refuses an output that is an input, or --errors that is --output', async () => {
    const input = join(dir, 'in.csv');
    writeFileSync(input, readFileSync('examples/batch-mixed.csv'));
    const same = await runCli(['evaluate', input, '--errors', input, '--as-of', AS_OF]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain(`--errors ${input}: that is the input ${input}`);
    expect(readFileSync(input, 'utf8')).toBe(readFileSync('examples/batch-mixed.csv', 'utf8'));
    const both = await runCli(['evaluate', input, '--output', join(dir, 'o.csv'), '--errors', join(dir, 'o.csv'), '--as-of', AS_OF]);
    expect(both.code).toBe(2);
  });

  it('takes --output - for standard output, and asks for --format when the name does not tell', async () => {
    const dash = await runCli(['evaluate', 'examples/enterprise-hires.json', '--output', '-', '--as-of', AS_OF, '--format', 'json', '--quiet']);
    expect(JSON.parse(dash.stdout).summary.records).toBe(3);
    const pdf = await runCli(['evaluate', 'examples/enterprise-hires.json', '--output', join(dir, 'out.pdf'), '--as-of', AS_OF]);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('cannot tell the format from the name; give --format');
  });

  it('writes the columns of every input in CSV output, in order of first appearance', async () => {
    const run = await runCli(['evaluate', 'examples/agency-claim.csv', 'examples/changshou-startups.yaml', '--type', 'placement', '--format', 'csv', '--as-of', AS_OF, '--quiet', '--jobs', '0']);
    const rows = parse(run.stdout) as string[][];
    const head = rows[0]!;
    expect(head.slice(0, 3)).toEqual(['case_id', 'agency_name', 'worker_name']);
    for (const column of ['applicant_name', 'applicant_id', 'business_district', 'loan_requested']) expect(head).toContain(column);
    const startup = rows.find((r) => r[head.indexOf('case_id')] === 'CS-2020-001')!;
    expect(startup[head.indexOf('applicant_id')]).toBe('500115199001011238');
    expect(startup[head.indexOf('loan_requested')]).toBe('200,000');
    expect(rows.every((r) => r.length === head.length)).toBe(true);
  });

  it("writes a case's case_id in CSV output, as table and JSON give it: the case's, a record's own where it has one", async () => {
    for (const file of ['examples/enterprise-hires.json', 'examples/agency-placements.yaml']) {
      const csv = parse((await runCli(['evaluate', file, '--format', 'csv', '--as-of', AS_OF, '--quiet'])).stdout) as string[][];
      const json = JSON.parse((await runCli(['evaluate', file, '--format', 'json', '--as-of', AS_OF, '--quiet'])).stdout) as { records: { case_id: string }[] };
      expect(csv[0]!.slice(0, 2), file).toEqual(['type', 'case_id']);
      expect(csv.slice(1).map((r) => r[1]), file).toEqual(json.records.map((r) => r.case_id));
      expect(json.records[0]!.case_id, file).toMatch(/^(QY-2020-0042|RS-2020-0315)$/);
    }
    const input = join(dir, 'own-ids.json');
    const records = [{ worker_id: '500229199707070030' }, { case_id: 'QY-OWN', worker_id: '500102198309090079' }, { case_id: ' ', worker_id: '500115200002290019' }];
    writeFileSync(input, JSON.stringify({ case_id: 'QY-CASE', type: 'hire', records }));
    const run = await runCli(['evaluate', input, '--format', 'csv', '--lang', 'zh', '--as-of', AS_OF, '--quiet']);
    const rows = parse(run.stdout) as string[][];
    expect(rows[0]!.slice(0, 3)).toEqual(['类型', '案件编号', '劳动者身份证号']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(['QY-CASE', 'QY-OWN', 'QY-CASE']);
  });

  it('stops at a row of a type whose required column the header lacks while another type has its own (exit 4)', async () => {
    const csv = 'type,case_id,worker_id,worker_group\nhire,H1,500229199707070030,poverty_registered\nstartup,S1,,\nhire,H2,500102198309090079,none\n';
    const run = await runCli(['evaluate', '-', '--input-format', 'csv', '--format', 'json', '--as-of', AS_OF, '--jobs', '0', '--quiet'], csv);
    expect(run.code).toBe(4);
    expect(run.stderr).toBe('subsidy: <stdin>:3: a startup record, but the header has no applicant_id column and looks like hire records (it has worker_id); correct its type cell, or the header\n');
  });

  it('gives rows of a type whose required column is missing, when no type has its own, an error each, and goes on', async () => {
    const csv = 'type,case_id,worker_group\nhire,H1,poverty_registered\nstartup,S1,\n';
    const run = await runCli(['evaluate', '-', '--input-format', 'csv', '--format', 'json', '--as-of', AS_OF, '--jobs', '0', '--quiet'], csv);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out.records.map((r: { errors: unknown[] }) => r.errors.length)).toEqual([1, 1]);
    expect(out.records[1].errors[0]).toMatchObject({ field: 'applicant_id', line: 3 });
    expect(out.records[1].errors[0].message).toContain('startup records need the applicant_id column');
  });

  it('cuts batches after a stray quote inside a cell, as the parser reads it', () => {
    const rows = ['type,note', ...Array.from({ length: 200 }, (_, i) => (i === 3 ? 'hire,a 15" screen' : `hire,row ${i}`))];
    const splitter = new BatchSplitter('x.csv', 64, 1024);
    const text = Buffer.from(`${rows.join('\n')}\n`);
    const batches = [];
    for (let at = 0; at < text.length; at += 50) batches.push(...splitter.push(text.subarray(at, at + 50)));
    const last = splitter.end();
    expect(batches.length).toBeGreaterThan(20);
    expect(Buffer.concat([...batches.map((b) => b.bytes), ...(last ? [last.bytes] : [])]).toString()).toBe(`${rows.join('\n')}\n`);
  });
});

describe('output memory given back', () => {
  it('a file sink says bytes are written only once they are in the file; a stream that may keep them is never told', async () => {
    const dir = testDir('subsidy-sink-');
    const sink = Sink.file(join(dir, 'out.csv'));
    const chunks = Array.from({ length: 20 }, (_, i) => `row ${i}\n`.repeat(1000));
    const found: boolean[] = [];
    const tempFile = () => join(dir, readdirSync(dir).find((f) => f.endsWith('.tmp'))!);
    let offset = 0;
    for (const [i, chunk] of chunks.entries()) {
      const bytes = Buffer.from(chunk);
      const at = offset;
      offset += bytes.length;
      await sink.writeBytes(bytes, () => {
        // Told: the bytes are in the file (their range holds them), and may be overwritten at once.
        found[i] = readFileSync(tempFile()).subarray(at, at + chunk.length).toString() === chunk;
        bytes.fill(0);
      });
    }
    await sink.commit();
    expect(found).toEqual(chunks.map(() => true));
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe(chunks.join(''));

    const kept: Buffer[] = [];
    const stream = new Writable({ write: (chunk: Buffer, _e, done) => (kept.push(chunk), done()) });
    const told: number[] = [];
    await Sink.stdout(stream).writeBytes(Buffer.from('abc'), () => told.push(1));
    expect(told).toEqual([]);
  });
});
