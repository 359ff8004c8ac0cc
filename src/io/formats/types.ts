/**
 * Output formats. Each is a head, a text per record, and a tail: pure functions of their
 * options, so that records can be formatted where they are evaluated (in worker threads),
 * and the main thread only joins the texts in order.
 */
import type { CalendarDate } from '../../core/calendar.js';
import type { Summary } from '../../engine/summary.js';
import type { Lang } from '../../i18n/lang.js';
import type { ClaimRef, EvaluatedRecord } from '../../engine/types.js';
import type { JsonOut } from '../json-out.js';
import type { OutBuffer } from '../out-buffer.js';

/** xlsx: the csv format's rows, written as a workbook by the xlsx sink (src/io/xlsx/writer.ts). */
export const OUTPUT_FORMATS = ['table', 'json', 'ndjson', 'csv', 'xlsx'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Whether a format is written as CSV rows: csv, and xlsx (a workbook made of them). */
export const writesCsvRows = (format: OutputFormat): boolean => format === 'csv' || format === 'xlsx';

/** The columns of CSV output before the result columns. */
export interface CsvColumns {
  /** Headers as they are written. */
  headers: string[];
  /** For each column, the key of the record's `raw` that fills it (a field name, or an extra column's header). */
  keys: string[];
  /**
   * For each column, the fields its cells hold in the records of each type (a CSV column headed
   * 身份证号 holds worker_id in hire rows and applicant_id in startup rows); when not given, its key.
   */
  fields?: string[][];
  /** Program ids whose status and amount columns are written. */
  programs: string[];
}

/** Everything a format needs; plain data, so it can be sent to a worker thread. */
export interface FormatOptions {
  /** What is written: each record's results, or (audit) claimed against computed. */
  mode: 'evaluate' | 'audit';
  format: OutputFormat;
  asOf: CalendarDate;
  lang: Lang;
  explain: boolean;
  /** 0: no colour. */
  colorLevel: 0 | 1 | 2 | 3;
  /** Terminal width for tables; Infinity when not writing to a terminal. */
  columns: number;
  /** Tables: summaries only, no table per record (for CSV batches). */
  summaryOnly: boolean;
  /** Audit tables: every item, not only those that need attention. */
  all: boolean;
  csv?: CsvColumns;
  /** Excel: a UTF-8 byte order mark before CSV output. */
  bom: boolean;
  /** Mask ID numbers and credit codes (first 6 and last 4 characters shown). */
  mask: boolean;
}

export interface CaseTotal {
  case_id: string;
  records: number;
  /** Fen. */
  grants: number;
  loans: number;
  /** The HR agency that files the case (see CaseTotals). */
  agency?: string;
}

export interface InvalidRow {
  file: string;
  line?: number;
  /** The record's place in its file, where records share a line (see SourceRef). */
  record?: number;
  type: string;
  case_id: string | null;
  errors: { field: string; value: unknown; message: string; line?: number }[];
  /** The row as written: header → value. */
  input: Record<string, unknown>;
  /** A CSV row's or a sheet row's cells as written, in its header's order (those beyond it too): what the --errors file writes of it. */
  cells?: string[];
}

/** A record that repeats claims made before: where it is, and for each program it repeats, the first claim. */
export interface DuplicateRow {
  file: string;
  line?: number;
  case_id: string | null;
  programs: { program: string; first: ClaimRef }[];
}

export interface TailExtras {
  /** Totals per case_id, largest first (tables of batches). */
  cases: CaseTotal[];
  casesCount: number;
  /** The first invalid records (tables of batches). */
  invalid: InvalidRow[];
}

export interface DocumentFormat {
  head(): string;
  record(rec: EvaluatedRecord): string;
  /**
   * JSON and NDJSON: the same text as `record`, written as bytes into a batch's output; `input`
   * writes the record's input from its row's cells (see RecordWriting).
   */
  recordInto?(out: OutBuffer, rec: EvaluatedRecord, input?: (w: JsonOut) => void): void;
  /**
   * CSV: a record written from its row's cells, as a CSV file's rows are (a workbook's rows):
   * `map` places them among the output's input columns (see columnMap; null: as they are), and
   * `beyond`, the cells of an invalid row past its header, follow its errors cell.
   */
  cells?(rec: EvaluatedRecord, cells: readonly string[], map: readonly number[] | null, beyond: readonly string[]): string;
  tail(summary: Summary, extras: TailExtras): string;
}
