/**
 * The rows of a CSV batch that repeat a claim made before: written again in the main thread,
 * once the batch's claims are settled (in input order, see Claims), with their duplicate
 * programs made ineligible, and the summary corrected.
 *
 * CSV output and tables show statuses and amounts: a row's result columns are written anew
 * from the results its batch kept of each claim (see BatchClaims); nothing is evaluated again.
 * JSON, NDJSON and audits show each record's reasons and what it claimed: their rows are
 * evaluated again here, from the batch's bytes (BatchProcessor.run with repeats).
 */
import type { Repeat } from '../engine/claims.js';
import type { ClaimRef } from '../engine/claims.js';
import { duplicateResult } from '../engine/duplicates.js';
import { reusableResults } from '../engine/evaluate.js';
import type { SummaryBuilder } from '../engine/summary.js';
import type { ProgramResult } from '../engine/types.js';
import { csvRowParts, type CsvRowParts } from '../io/formats/csv.js';
import { OutBuffer } from '../io/out-buffer.js';
import { RECORD_TYPES } from '../records/fields.js';
import type { RulesPack } from '../rules/load.js';
import type { CaseTotals } from './cases.js';
import { resultsOf, type BatchClaims } from './claim-list.js';
import { BatchProcessor, type BatchJob, type BatchOptions, type BatchResult } from './process.js';

/** Where a batch's totals go: the run's summary and, for tables, its case totals. */
export interface RunTotals {
  summary: SummaryBuilder;
  cases: CaseTotals;
}

export class DuplicateRows {
  /** Rows are written again from their claims' results (else evaluated again: see keepsJobs). */
  readonly fromResults: boolean;
  private readonly csv: CsvRowParts | undefined;
  /**
   * Results to fill again and again, by typeIndex: as the claims kept them, the same made
   * duplicates (their first claim set each time), and the row's as rewritten (see fromClaims).
   */
  private readonly results: ProgramResult[][];
  private readonly duplicates: ProgramResult[][];
  private readonly rewritten: ProgramResult[][];
  /** One result at a time, for the totals (see change). */
  private readonly one: ProgramResult[] = [];
  private processor: BatchProcessor | undefined;
  /** Memory of rewritten batches, written and given back (see recycle), to use again. */
  private readonly spare: ArrayBuffer[] = [];

  constructor(
    private readonly pack: RulesPack,
    private readonly options: BatchOptions,
  ) {
    const f = options.format;
    this.fromResults = f.mode === 'evaluate' && (f.format === 'csv' || f.format === 'table');
    this.csv = f.mode === 'evaluate' && f.format === 'csv' ? csvRowParts(f, pack) : undefined;
    this.results = RECORD_TYPES.map((t) => reusableResults(t, pack));
    const none: ClaimRef = { file: '', case_id: null };
    this.duplicates = this.results.map((results) => results.map((r) => duplicateResult(r, none)));
    this.rewritten = this.results.map((r) => [...r]);
  }

  /**
   * Whether a batch's rows may be written anew as it is written, rather than as its claims are
   * settled: CSV output without case totals (whose order is that of the corrections). Then only
   * the batch being written has memory of its own, however many batches are settled ahead.
   */
  get rewritesLate(): boolean {
    return this.csv !== undefined && !this.options.caseTotals;
  }

  /** Whether a batch's job must be kept until its claims are settled: to evaluate its rows again. */
  get keepsJobs(): boolean {
    return !this.fromResults;
  }

  /**
   * The batch's output with its repeating rows written anew; their change to the totals is
   * added to `totals` (the batch's own totals are not). `job`: the batch, when keepsJobs.
   */
  rewrite(r: BatchResult, repeats: readonly Repeat[], totals: RunTotals, job?: BatchJob): Uint8Array {
    const c = r.claims!;
    if (this.fromResults) return this.fromClaims(r.bytes, c, repeats, totals);
    const rows = new Map<number, ReadonlyMap<number, ClaimRef>>(repeats.map(([j, firsts]) => [c.rows[j]!, firsts]));
    this.processor ??= new BatchProcessor(this.pack, this.options);
    const patch = this.processor.run(job!, rows);
    totals.summary.merge(patch.summary);
    totals.cases.merge(patch.cases);
    const pieces = new Map(patch.pieces.map((p) => [p.row, p.bytes]));
    const out = this.outFor(r.bytes.length + patch.pieces.reduce((n, p) => n + p.bytes.length, 0));
    const view = new DataView(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength);
    let at = 0;
    for (const [j] of repeats) {
      const bytes = pieces.get(c.rows[j]!)!;
      out.copy(view, at, c.from[j]!);
      out.copy(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), 0, bytes.byteLength);
      at = c.to[j]!;
    }
    out.copy(view, at, r.bytes.length);
    return out.result();
  }

  /** Takes back the memory of a rewritten batch once it is written. */
  recycle(bytes: Uint8Array): void {
    if (this.spare.length < 4) this.spare.push(bytes.buffer as ArrayBuffer);
  }

  /** Memory for about `size` bytes: given back before, or new (a power of two, to serve later batches too). */
  private outFor(size: number): OutBuffer {
    const capacity = 2 ** Math.ceil(Math.log2(size + 64));
    const i = this.spare.findIndex((b) => b.byteLength >= capacity);
    return new OutBuffer(capacity, i >= 0 ? this.spare.splice(i, 1)[0] : undefined);
  }

  /** Moves one result's part of the totals from `was` to `now` (one at a time: no array is made). */
  private change(was: ProgramResult, now: ProgramResult, summary: SummaryBuilder, cases: CaseTotals | undefined, caseId: string | null): void {
    const one = this.one;
    one[0] = was;
    summary.addResults(one, -1);
    cases?.add(caseId, one, -1, false);
    one[0] = now;
    summary.addResults(one);
    cases?.add(caseId, one, 1, false);
  }

  /** The result of program i of record type t made a duplicate of `first` (see duplicateResult), filled anew. */
  private duplicateOf(t: number, i: number, first: ClaimRef): ProgramResult {
    const d = this.duplicates[t]![i]!;
    d.duplicate_of = first;
    d.reasons[0]!.duplicate_of = first;
    d.reasons[0]!.condition = first.batch === undefined ? 'duplicate' : 'already_paid';
    return d;
  }

  private fromClaims(bytes: Uint8Array, c: BatchClaims, repeats: readonly Repeat[], { summary, cases }: RunTotals): Uint8Array {
    const csv = this.csv;
    const out = csv ? this.outFor(bytes.length + repeats.length * 256) : undefined;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const caseTotals = this.options.caseTotals;
    let at = 0;
    for (const [j, firsts] of repeats) {
      const t = c.batch.keys[j]! % 4; // the record type's index (see ClaimBatch)
      const old = resultsOf(c, j, this.results[t]!);
      const now = this.rewritten[t]!;
      const caseId = caseTotals ? (c.batch.caseNames[c.batch.cases[j]!] ?? null) : null;
      for (let i = 0; i < old.length; i++) {
        const first = firsts.get(i);
        now[i] = first ? this.duplicateOf(t, i, first) : old[i]!;
        // Only the programs made duplicates change the totals: the others are counted as they were.
        if (first) this.change(old[i]!, now[i]!, summary, caseTotals ? cases : undefined, caseId);
      }
      if (!out) continue;
      out.copy(view, at, c.from[j]!);
      csv!.rewriteInto(out, view, c.from[j]!, c.to[j]!, RECORD_TYPES[t]!, now);
      at = c.to[j]!;
    }
    if (!out) return bytes;
    out.copy(view, at, bytes.length);
    return out.result();
  }
}
