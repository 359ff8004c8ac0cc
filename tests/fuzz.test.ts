/**
 * Fuzzing the CSV path through the command line (in-process, `--jobs 0`): malformed rows and
 * whole files never crash a run (exit 0, 1 or 4 only), and a run that completes loses nothing.
 *
 * - Files built from a model: a header, rows of any cells (stray and doubled quotes, commas,
 *   CR and LF inside quotes, the formula guard, BOM characters, the names every object has,
 *   cells of 60 kB), rows wider and narrower than the header, blank rows and rows of empty
 *   quoted cells, LF and CRLF line ends, a BOM, bytes that are not UTF-8. The model knows the
 *   data rows and the line each starts on: the run must report exactly those.
 * - Random bytes (quotes, commas, line ends, invalid UTF-8 and GB18030 among them), after a
 *   header or not: the counts must reconcile in every output format.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli, type RunResult } from './helpers/run.js';
import { suiteDir } from './helpers/temp.js';

const AS_OF = '2020-06-30';
const NAMES = Object.getOwnPropertyNames(Object.prototype);
const FORMATS = ['json', 'ndjson', 'csv', 'table'] as const;
const dir = suiteDir('subsidy-fuzz-');
let files = 0;

/** Runs `evaluate` over bytes written to a file of their own. */
async function evaluate(bytes: Buffer, format: string): Promise<{ r: RunResult; path: string }> {
  const path = join(dir, `f${files++}.csv`);
  writeFileSync(path, bytes);
  const r = await runCli(['evaluate', path, '--format', format, '--as-of', AS_OF, '--jobs', '0']);
  return { r, path };
}

interface Counts {
  records: number;
  evaluated: number;
  invalid: number;
}
interface JsonOut {
  records: { source: { line?: number } }[];
  summary: Counts;
}

/** The counts of a completed run: its JSON summary, the summary line on standard error, or a table's last line. */
function countsOf(r: RunResult, format: string): Counts {
  if (format === 'json') return (JSON.parse(r.stdout) as JsonOut).summary;
  const m = /^([\d,]+) records?: ([\d,]+) evaluated, ([\d,]+) invalid/m.exec(r.stderr) ?? /records: ([\d,]+) · evaluated ([\d,]+) · ([\d,]+) invalid/.exec(r.stdout);
  if (!m) throw new Error(`no counts: ${r.stderr}`);
  const n = (s: string | undefined) => Number(s!.replace(/,/g, ''));
  return { records: n(m[1]), evaluated: n(m[2]), invalid: n(m[3]) };
}

/** How many records an output holds, where it shows each (json, ndjson, csv). */
function recordsShown(r: RunResult, format: string): number | undefined {
  if (format === 'json') return (JSON.parse(r.stdout) as JsonOut).records.length;
  if (format === 'ndjson') return r.stdout.split('\n').filter(Boolean).length;
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Files from a model

/** A cell as the reader sees it: its value, and whether it is written in quotes (with text after the closing quote). */
interface Cell {
  value: string;
  quoted: boolean;
  after: string;
}

const unit = fc.constantFrom('a', 'Z', ' ', '\t', '"', ',', '\n', '\r', '\r\n', "'", '=', '-', '@', '张', '\u3000', '\uFEFF', 'é', '0');
const cellValue = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit, maxLength: 8 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom('', ' ', 'placement', 'hire', 'startup', '送工', '500115199001011238', '500115198506120048', '2020-02-20', '850', 'electronics', '长寿区', "'=1", "'-5", ...NAMES),
  },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(60_000), `"${'y'.repeat(30_000)}",\n`) },
);
/** Text after a closing quote, kept as written: nothing that ends a field. */
const afterQuote = fc.string({ unit: fc.constantFrom('a', ' ', '"', "'"), maxLength: 3 });
const cell: fc.Arbitrary<Cell> = fc.record({ value: cellValue, quote: fc.boolean(), after: afterQuote }).map(({ value, quote, after }) => {
  // Unquoted, a cell cannot hold a comma or a line end, nor start with a quote (that opens a quoted field).
  const must = /[,\r\n]/.test(value) || value.startsWith('"');
  return must || quote ? { value, quoted: true, after: after.startsWith('"') ? '' : after } : { value, quoted: false, after: '' };
});

function written(c: Cell): string {
  return c.quoted ? `"${c.value.replace(/"/g, '""')}"${c.after}` : c.value;
}
/** Blank as the reader has it: nothing but spaces, tabs and line breaks in every cell. */
const blank = (cells: readonly Cell[]) => cells.every((c) => /^[ \t\r\n]*$/.test(c.quoted ? c.value + c.after : c.value));

const HEADERS = ['type', 'case_id', 'worker_id', 'applicant_id', 'worker_group', 'business_district', 'note', 'x_other', '备注', '', ...NAMES];
const header = fc.shuffledSubarray(HEADERS, { minLength: 1, maxLength: 9 }).map((hs) => (hs.includes('type') ? hs : ['type', ...hs]));
const blankRow = fc.constantFrom<Cell[]>(
  [],
  [{ value: '', quoted: false, after: '' }, { value: ' ', quoted: false, after: '' }],
  [{ value: '', quoted: true, after: '' }, { value: '', quoted: true, after: '' }],
  [{ value: '\n', quoted: true, after: ' ' }],
  [{ value: '\t', quoted: false, after: '' }, { value: ' \r\n ', quoted: true, after: '' }],
);
const modelFile = fc.record({
  bom: fc.boolean(),
  before: fc.array(blankRow, { maxLength: 2 }),
  header,
  rows: fc.array(fc.oneof({ weight: 5, arbitrary: fc.array(cell, { maxLength: 12 }) }, { weight: 1, arbitrary: blankRow }), { maxLength: 25 }),
  crlf: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
  finalBreak: fc.boolean(),
  // Bytes that are not UTF-8 in one cell (or none): a file of them is unreadable (exit 4), or read as GB18030.
  bad: fc.option(fc.record({ row: fc.nat(), bytes: fc.constantFrom([0xff], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xc3]) }), { nil: undefined }),
  format: fc.constantFrom(...FORMATS),
});

/**
 * A cell's value in CSV output: as read (without the formula guard, ' before = + - @ tab CR),
 * then guarded again.
 */
function asWrittenOut(c: Cell): string {
  const read = c.quoted ? c.value + c.after : c.value;
  const formula = (v: string) => /^[=+\-@\t\r]/.test(v);
  const value = read.startsWith("'") && formula(read.slice(1)) ? read.slice(1) : read;
  return formula(value) ? `'${value}` : value;
}

/** The file's bytes, the line each of its data rows starts on, and their cells as CSV output has them. */
function build(m: typeof modelFile extends fc.Arbitrary<infer T> ? T : never): { bytes: Buffer; lines: number[]; cells: string[][]; badLine?: number } {
  const rows: Cell[][] = [...m.before, m.header.map((value) => ({ value, quoted: /[,"]/.test(value), after: '' })), ...m.rows];
  const parts: Buffer[] = [Buffer.from(m.bom ? '\uFEFF' : '')];
  const lines: number[] = [];
  const out: string[][] = [];
  let line = 1;
  let badLine: number | undefined;
  let headerSeen = false;
  // The bad bytes go into a data row that is not blank (they would make it a row).
  const candidates = rows.flatMap((cells, i) => (i > m.before.length && !blank(cells) ? [i] : []));
  const badRow = m.bad && candidates.length ? candidates[m.bad.row % candidates.length]! : -1;
  rows.forEach((cells, i) => {
    const text = cells.map(written).join(',');
    const last = i === rows.length - 1;
    const end = last && !m.finalBreak ? '' : m.crlf[i % m.crlf.length] ? '\r\n' : '\n';
    if (!blank(cells)) {
      if (headerSeen) lines.push(line), out.push(cells.map(asWrittenOut));
      headerSeen = true;
    }
    if (i === badRow) {
      parts.push(Buffer.from(text), Buffer.from(m.bad!.bytes));
      badLine = line + (text.match(/\n/g)?.length ?? 0);
    } else {
      parts.push(Buffer.from(text));
    }
    parts.push(Buffer.from(end));
    line += (text.match(/\n/g)?.length ?? 0) + (end ? 1 : 0);
  });
  return { bytes: Buffer.concat(parts), lines, cells: out, ...(badLine !== undefined ? { badLine } : {}) };
}

// ---------------------------------------------------------------------------------------
// Random bytes

const BYTES = [0x22, 0x22, 0x2c, 0x2c, 0x2c, 0x0a, 0x0a, 0x0d, 0x27, 0x20, 0x61, 0x3d, 0x30, 0xe5, 0xbc, 0xa0, 0xff, 0xef, 0xbb, 0xbf, 0xc3, 0x80, 0xed, 0xa0, 0x95, 0x32, 0x82, 0x36];
const randomFile = fc.record({
  header: fc.constantFrom('', 'type,case_id,worker_id,note\n', 'type,case_id,worker_id,note\r\n"",""\n', '\uFEFFtype,case_id,applicant_id,x,x\n', 'worker_id,type,\n'),
  bytes: fc.array(fc.constantFrom(...BYTES), { maxLength: 400 }),
  format: fc.constantFrom(...FORMATS),
});

describe('fuzzed CSV through the command line', () => {
  // Many runs of the command line, one after another: on a busy machine they take longer than the usual limit.
  it('files from a model: never a crash; a completed run reports exactly the data rows, each with its line', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(modelFile, async (m) => {
        const { bytes, lines, cells, badLine } = build(m);
        const { r } = await evaluate(bytes, m.format);
        expect([0, 1, 4], r.stderr).toContain(r.code);
        if (r.code === 4) {
          // A row of a type whose required column the header lacks, while another type's is there, stops the file…
          if (/: a \w+ record, but the header has no \w+ column and looks like \w+ records/.test(r.stderr)) return;
          // …and otherwise only bytes that are not UTF-8 (nor GB18030) do, naming them.
          expect(m.bad, r.stderr).toBeDefined();
          // (In a file whose other lines of Chinese are UTF-8, the line is named as one in another encoding.)
          expect(r.stderr).toMatch(badLine ? new RegExp(`:${badLine}: (not valid UTF-8|not UTF-8, though other lines are)|neither UTF-8 nor GBK`) : /not valid UTF-8|not UTF-8, though other lines are|neither UTF-8 nor GBK/);
          return;
        }
        const counts = countsOf(r, m.format);
        expect(counts.records).toBe(lines.length);
        expect(counts.evaluated + counts.invalid).toBe(lines.length);
        if (m.format === 'json') expect((JSON.parse(r.stdout) as JsonOut).records.map((rec) => rec.source.line)).toEqual(lines);
        if (m.format === 'csv' && !m.bad) {
          // Every cell, as written: a short row padded, a wide row's cells beyond the header after its errors.
          const [head, ...rows] = parse(r.stdout, { relax_column_count: true, bom: false }) as string[][];
          const width = m.header.length;
          expect(rows.map((row) => [...row.slice(0, width), ...row.slice(head!.length)])).toEqual(
            cells.map((c) => [...c.slice(0, width), ...Array<string>(Math.max(0, width - c.length)).fill(''), ...c.slice(width)]),
          );
        }
        if (m.format === 'ndjson') expect(r.stdout.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { source: { line: number } }).source.line)).toEqual(lines);
      }),
      { numRuns: 80 },
    );
  });

  // Many runs of the command line, one after another: on a busy machine they take longer than the usual limit.
  it('random bytes: never a crash; a completed run reconciles its counts in every format', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(randomFile, async ({ header, bytes, format }) => {
        const { r } = await evaluate(Buffer.concat([Buffer.from(header), Buffer.from(bytes)]), format);
        expect([0, 1, 4], r.stderr).toContain(r.code);
        if (r.code === 4) {
          expect(r.stderr).toMatch(/^subsidy: \S+(:\d+)?: /);
          expect(r.stderr.trim().split('\n')).toHaveLength(1);
          return;
        }
        const counts = countsOf(r, format);
        expect(counts.evaluated + counts.invalid).toBe(counts.records);
        const shown = recordsShown(r, format);
        if (shown !== undefined) expect(shown).toBe(counts.records);
      }),
      { numRuns: 120 },
    );
  });
});
