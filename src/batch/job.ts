/**
 * What a batch of CSV rows is, as the main thread hands it to be evaluated (in a worker thread or
 * in the main thread), and what comes back.
 */
import type { ClaimRef } from '../engine/claims.js';
import type { Summary } from '../engine/summary.js';
import type { Encoding } from '../io/csv/encoding.js';
import type { CsvLayout } from '../io/csv/header.js';
import type { CaseTotal, FormatOptions, InvalidRow } from '../io/formats/index.js';
import type { RecordType } from '../records/fields.js';
import type { BatchClaims } from './claim-list.js';

/**
 * Where each output input-column's cell is in a file's rows (-1: none): by the row's record type
 * (each value under the column that holds its field in that type when the output is read back),
 * and by the columns' keys alone (a row of no known type).
 */
export interface ColumnMaps {
  byKey: readonly number[];
  byType: Readonly<Record<RecordType, readonly number[]>>;
}

/** The map of a row of this record type (undefined: of no known type); null, copied through. */
export const mapFor = (maps: ColumnMaps | null, type: RecordType | undefined): readonly number[] | null => maps && (type ? maps.byType[type] : maps.byKey);

export interface BatchJob {
  seq: number;
  bytes: Uint8Array;
  firstLine: number;
  encoding: Encoding;
  layout: CsvLayout;
  /** For CSV output: where each output input-column's cell is in this file's rows; null when they begin with this file's own. */
  maps: ColumnMaps | null;
  /** How many invalid rows to return in full. */
  invalidLimit: number;
  /** Memory to write the output into (shared with the main thread); undefined: memory of its own. */
  out?: Uint8Array;
  /** Memory to gather the claims in, with `out` (see ClaimList); undefined: memory of their own. */
  claimsOut?: Uint8Array;
}

export interface BatchResult {
  seq: number;
  /** The formatted records, UTF-8. */
  bytes: Uint8Array;
  summary: Summary;
  invalid: InvalidRow[];
  cases: CaseTotal[];
  rows: number;
  /** The records that claim per-person programs, in order (absent when none do). */
  claims?: BatchClaims;
}

/** A row's new text, after its duplicates were made ineligible. */
export interface PatchPiece {
  row: number;
  bytes: Uint8Array;
}

export interface PatchResult {
  seq: number;
  pieces: PatchPiece[];
  /** The change to the batch's summary (counts may be negative). */
  summary: Summary;
  cases: CaseTotal[];
}

export interface BatchOptions {
  asOf: string;
  format: FormatOptions;
  /** Keep totals per case_id (with its agency): for tables of batches and the report. */
  caseTotals: boolean;
  /** Gather what the batch report shows besides: pending results by month (see SummaryBuilder). */
  report?: boolean;
  /** Report claims of per-person programs, for duplicate checks. */
  duplicates: boolean;
}

/** The rows of a batch to write again, by their index in it, with the first claim of each of their duplicate programs. */
export type Patch = ReadonlyMap<number, ReadonlyMap<number, ClaimRef>>;
