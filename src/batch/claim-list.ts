/**
 * The claims of a CSV batch, gathered as its rows are evaluated (in a worker thread or in the
 * main thread) and settled in the main thread, in input order (see Claims). With each claim go
 * its row, where its result columns are in the batch's output, and its results in short (each
 * program's status and amount): enough to write the row's result columns again, and to correct
 * the summary, should some of its claims turn out to be duplicates, without evaluating it again.
 */
import { ClaimBatchBuilder, cut, grown, type ClaimArrays, type ClaimBatch } from '../engine/claims.js';
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
  /** For the report: each result's eligible_on as YYYYMMDD, 0 for none (see ClaimList's `dates`). */
  dates?: Uint32Array;
}

/** The most programs of one record type: how many results a claim keeps. */
export const resultsWidth = (pack: RulesPack) => Math.max(1, ...RECORD_TYPES.map((t) => pack.byType[t].length));

/** The bytes a claim takes in memory given to a ClaimList (see claimsIn). */
const claimBytes = (width: number) => 8 + 2 + 4 * 5 + width * (1 + 8);

/** Memory for a ClaimList of this many claims of this width, a multiple of 8 bytes. */
export const claimsMemorySize = (claims: number, width: number) => Math.ceil((claims * claimBytes(width)) / 8) * 8;

/** The arrays of a ClaimList and its ClaimBatchBuilder. */
interface ListArrays extends ClaimArrays {
  rows: Uint32Array;
  from: Uint32Array;
  to: Uint32Array;
  statuses: Uint8Array;
  amounts: Float64Array;
}

/**
 * A ClaimList's arrays laid out in `memory` (whose offset is a multiple of 8), for as many
 * claims as fit; undefined when too few would.
 */
function claimsIn(memory: Uint8Array, width: number): ListArrays | undefined {
  const c = Math.floor(memory.byteLength / claimBytes(width));
  if (c < 1) return undefined;
  const { buffer } = memory;
  let at = memory.byteOffset;
  /** Where the next array of this many bytes begins. */
  const next = (bytes: number) => (at += bytes) - bytes;
  return {
    keys: new Float64Array(buffer, next(8 * c), c),
    amounts: new Float64Array(buffer, next(8 * c * width), c * width),
    lines: new Uint32Array(buffer, next(4 * c), c),
    cases: new Uint32Array(buffer, next(4 * c), c),
    rows: new Uint32Array(buffer, next(4 * c), c),
    from: new Uint32Array(buffer, next(4 * c), c),
    to: new Uint32Array(buffer, next(4 * c), c),
    masks: new Uint16Array(buffer, next(2 * c), c),
    statuses: new Uint8Array(buffer, next(c * width), c * width),
  };
}

/**
 * The claims of a batch, in arrays of their own or in memory given (shared with the main
 * thread, where they are read in place: no copy goes with the message, see workerExecutor).
 */
export class ClaimList {
  private readonly claims: ClaimBatchBuilder;
  private capacity: number;
  private rows: Uint32Array;
  private from: Uint32Array;
  private to: Uint32Array;
  private statuses: Uint8Array;
  private amounts: Float64Array;
  /** Each result's eligible_on, kept for the report only (in memory of their own): see resultsOf. */
  private dates: Uint32Array | undefined;
  /** Whether the claims are still in the memory given. */
  private inGiven: boolean;
  private open = false;

  constructor(
    file: string,
    private readonly width: number,
    memory?: Uint8Array,
    dates = false,
  ) {
    const given = memory && claimsIn(memory, width);
    this.inGiven = given !== undefined;
    this.claims = new ClaimBatchBuilder(file, given);
    this.capacity = given?.keys.length ?? 1024;
    this.rows = given?.rows ?? new Uint32Array(this.capacity);
    this.from = given?.from ?? new Uint32Array(this.capacity);
    this.to = given?.to ?? new Uint32Array(this.capacity);
    this.statuses = given?.statuses ?? new Uint8Array(this.capacity * width);
    this.amounts = given?.amounts ?? new Float64Array(this.capacity * width);
    this.dates = dates ? new Uint32Array(this.capacity * width) : undefined;
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
    if (this.dates) for (let p = 0; p < results.length; p++) this.dates[at + p] = results[p]!.eligible_on ? Number(results[p]!.eligible_on!.replace(/-/g, '')) : 0;
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

  /**
   * The claims, in arrays cut to length. `copy`: in arrays of their own, even where they are
   * in the memory given (which must outlive the result where they are not).
   */
  result(copy = true): BatchClaims {
    const n = this.claims.count, w = this.width, inPlace = !copy && this.inGiven;
    return {
      batch: this.claims.result(copy),
      rows: cut(this.rows, n, inPlace),
      from: cut(this.from, n, inPlace),
      to: cut(this.to, n, inPlace),
      width: w,
      statuses: cut(this.statuses, n * w, inPlace),
      amounts: cut(this.amounts, n * w, inPlace),
      ...(this.dates ? { dates: this.dates.slice(0, n * w) } : {}),
    };
  }

  private grow(): void {
    this.capacity *= 2;
    this.inGiven = false;
    this.rows = grown(this.rows, new Uint32Array(this.capacity));
    this.from = grown(this.from, new Uint32Array(this.capacity));
    this.to = grown(this.to, new Uint32Array(this.capacity));
    this.statuses = grown(this.statuses, new Uint8Array(this.capacity * this.width));
    this.amounts = grown(this.amounts, new Float64Array(this.capacity * this.width));
    if (this.dates) this.dates = grown(this.dates, new Uint32Array(this.capacity * this.width));
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
    if (c.dates) r.eligible_on = c.dates[at + p] ? String(c.dates[at + p]).replace(/^(\d{4})(\d\d)/, '$1-$2-') : undefined;
  }
  return into;
}
