/**
 * The claims of a CSV batch, gathered as its rows are evaluated (in a worker thread or in the
 * main thread) and settled in the main thread, in input order (see Claims). With each claim go
 * its row, where its result columns are in the batch's output, and its results in short (each
 * program's status and amount): enough to write the row's result columns again, and to correct
 * the summary, should some of its claims turn out to be duplicates, without evaluating it again.
 */
import { ClaimBatchBuilder, grown, type ClaimBatch } from '../engine/claims.js';
import { statusIndex } from '../engine/summary.js';
import { STATUSES, type ProgramResult } from '../engine/types.js';
import { RECORD_TYPES } from '../records/fields.js';
import type { RulesPack } from '../rules/load.js';

export interface BatchClaims {
  /** What is claimed, for Claims.claim. */
  batch: ClaimBatch;
  /** Each claim's row in the batch (from 0). */
  rows: Uint32Array;
  /** Where each claiming row's result columns (or, in other formats than CSV, its whole output) begin and end in the batch's output. */
  from: Uint32Array;
  to: Uint32Array;
  /** Each claim's results: `width` entries a claim, one per program of its record type, in order. */
  width: number;
  /** Index in STATUSES. */
  statuses: Uint8Array;
  /** Fen; NaN for none. */
  amounts: Float64Array;
}

/** The most programs of one record type: how many results a claim keeps. */
export const resultsWidth = (pack: RulesPack) => Math.max(1, ...RECORD_TYPES.map((t) => pack.byType[t].length));

export class ClaimList {
  private readonly claims: ClaimBatchBuilder;
  private capacity = 1024;
  private rows = new Uint32Array(this.capacity);
  private from = new Uint32Array(this.capacity);
  private to = new Uint32Array(this.capacity);
  private statuses: Uint8Array;
  private amounts: Float64Array;
  private open = false;

  constructor(
    file: string,
    private readonly width: number,
  ) {
    this.claims = new ClaimBatchBuilder(file);
    this.statuses = new Uint8Array(this.capacity * width);
    this.amounts = new Float64Array(this.capacity * width);
  }

  /** A row's claims, its results, and where its result columns begin in the output. */
  add(row: number, key: number, mask: number, line: number, caseId: string | null, results: readonly ProgramResult[], from: number): void {
    const i = this.claims.add(key, mask, line, caseId);
    if (i === this.capacity) this.grow();
    this.rows[i] = row;
    this.from[i] = from;
    const at = i * this.width;
    for (let p = 0; p < results.length; p++) {
      const r = results[p]!;
      this.statuses[at + p] = statusIndex(r.status);
      this.amounts[at + p] = r.amount ?? NaN;
    }
    this.open = true;
  }

  /** Called after every row: closes the output range of the row just added. */
  end(size: number): void {
    if (!this.open) return;
    this.to[this.claims.count - 1] = size;
    this.open = false;
  }

  get size(): number {
    return this.claims.count;
  }

  result(): BatchClaims {
    const n = this.claims.count;
    return {
      batch: this.claims.result(),
      rows: this.rows.slice(0, n),
      from: this.from.slice(0, n),
      to: this.to.slice(0, n),
      width: this.width,
      statuses: this.statuses.slice(0, n * this.width),
      amounts: this.amounts.slice(0, n * this.width),
    };
  }

  private grow(): void {
    this.capacity *= 2;
    this.rows = grown(this.rows, new Uint32Array(this.capacity));
    this.from = grown(this.from, new Uint32Array(this.capacity));
    this.to = grown(this.to, new Uint32Array(this.capacity));
    this.statuses = grown(this.statuses, new Uint8Array(this.capacity * this.width));
    this.amounts = grown(this.amounts, new Float64Array(this.capacity * this.width));
  }
}

/** Claim j's results as written in `into` (one per program of its record type: see reusableResults). */
export function resultsOf(c: BatchClaims, j: number, into: ProgramResult[]): ProgramResult[] {
  const at = j * c.width;
  for (let p = 0; p < into.length; p++) {
    const r = into[p]!;
    r.status = STATUSES[c.statuses[at + p]!]!;
    const amount = c.amounts[at + p]!;
    r.amount = Number.isNaN(amount) ? null : amount;
  }
  return into;
}
