/**
 * The options of `subsidy evaluate` and `subsidy audit`, as the CLI gives them, normalized.
 */
import type { Worker } from 'node:worker_threads';
import type { CalendarDate } from '../core/calendar.js';
import type { Lang } from '../i18n/lang.js';
import type { CaseFormat } from '../io/case-file.js';
import type { Delimiter } from '../io/csv/delimiter.js';
import type { EncodingChoice, OutputEncoding } from '../io/csv/encoding.js';
import type { OutputFormat } from '../io/formats/index.js';
import type { RecordType } from '../records/fields.js';
import type { LedgerClaims } from '../ledger/claims.js';
import type { Recorder } from '../ledger/recorder.js';
import { SPOOL_BYTES } from './case-input.js';

export type InputFormat = CaseFormat | 'csv' | 'xlsx';

export const FAIL_ON = ['over', 'under', 'early', 'duplicate', 'invalid', 'undetermined'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface EvaluateOptions {
  /** evaluate: each record's results; audit: claimed against computed. */
  mode: 'evaluate' | 'audit';
  inputs: string[];
  inputFormat?: InputFormat;
  format: OutputFormat;
  output?: string;
  asOf: CalendarDate;
  explain: boolean;
  lang: Lang;
  color: boolean;
  quiet: boolean;
  /** The record type of CSV rows without a type column (and of case-file records without one). */
  type?: RecordType;
  encoding: EncodingChoice;
  /** The sheet of workbook inputs to read: its name, or its place among the tabs (from 1); default the first. */
  sheet?: string;
  /** Between the cells of CSV input; undefined: found in each file's header. */
  delimiter?: Delimiter;
  /** Where to write the invalid records as CSV. */
  errors?: string;
  /** Where to write the batch report (HTML), besides the output. */
  report?: string;
  bom: boolean;
  /** The encoding of CSV output and the --errors file. */
  outputEncoding?: OutputEncoding;
  /** Worker threads for CSV batches; undefined: decide by size. */
  jobs?: number;
  /** Worker threads started before the rules were loaded (see startEarly): used when workers are. */
  threads?: readonly Worker[];
  /** Mask ID numbers and credit codes in the output (tables mask them unless told not to). */
  mask: boolean;
  /** Exit 1 when any of these is found (besides invalid records, which always do). */
  failOn: FailOn[];
  /** Audit tables: list every item, not only those that need attention. */
  all?: boolean;
  /** Sizes that decide how a run reads and spreads its work (DEFAULT_TUNING where not given). */
  tuning?: Partial<Tuning>;
  /** A ledger of paid claims: the run's claims are checked against it (and, to record a batch, gathered). */
  ledger?: RunLedger;
}

/** A run's ledger: its claims (see LedgerClaims), and where the settled claims go to be recorded. */
export interface RunLedger {
  claims: LedgerClaims;
  recorder?: Recorder;
}


/** Sizes that decide how a run reads and spreads its work; none changes its output. */
export interface Tuning {
  /**
   * CSV input below this size is evaluated in the main thread: starting worker threads would
   * cost more. Standard input (of unknown size) starts in the main thread and moves to workers
   * once this much has come.
   */
  workerBytes: number;
  /**
   * The size of a CSV batch (a read, and a worker's job). 256 KB: the batches in flight and their
   * output slots stay small (a 1M-row file given twice peaks at about 247 MB, against 287 MB
   * with 1 MB batches), at about 5% of the time of a run (docs/performance.md).
   */
  batchBytes: number;
  /**
   * Up to about this many records, a run remembers every person who claims (about 40 bytes
   * each: a table of 2M slots, 40 MB, holds them all) to find duplicates; above it, it first
   * reads its inputs once to find the ID numbers that occur more than once, and remembers only
   * those people, so memory stays flat at any size.
   */
  twoPassRows: number;
  /** Standard input read twice (case files) is kept in memory up to this size, in a temporary file beyond. */
  spoolBytes: number;
}

export const DEFAULT_TUNING: Tuning = { workerBytes: 4 << 20, batchBytes: 256 << 10, twoPassRows: 1_500_000, spoolBytes: SPOOL_BYTES };

/** The tuning given, with the defaults for what is not. */
export const tuningOf = (t: Partial<Tuning> | undefined): Tuning => ({ ...DEFAULT_TUNING, ...t });
