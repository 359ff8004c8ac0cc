/**
 * Evaluates a batch of CSV rows: read each row, evaluate it, format it. Runs in a worker
 * thread for large inputs, or in the main thread; either way it is the same code.
 *
 * The batch stays in bytes: GB18030 is first re-encoded as UTF-8, rows are found as byte
 * ranges, only the cells the rules need become strings, and CSV output copies each row's
 * bytes through as they were (unless a cell must be escaped) before its result columns.
 * What a batch does row by row is in BatchRun; this holds what every batch shares.
 */
import { codedPack, reusableResults, statusesWriterOf, type StatusesWriter } from '../engine/evaluate.js';
import type { ReasonTexts } from '../i18n/reasons.js';
import type { EvaluatedRecord, ProgramResult } from '../engine/types.js';
import type { JsonOut } from '../io/json-out.js';
import { placesOf } from '../engine/summary.js';
import { parseCsvBytes, type CsvRow } from '../io/csv/parse.js';
import { csvRowParts, type CsvRowParts } from '../io/formats/csv.js';
import { makeFormat, type DocumentFormat } from '../io/formats/index.js';
import { OutBuffer } from '../io/out-buffer.js';
import { ClaimRules } from '../engine/duplicates.js';
import type { KeySet } from '../engine/person-key.js';
import { RECORD_TYPES, typeIndex, type RecordType } from '../records/fields.js';
import { lastValueMemo } from '../records/byte-reader.js';
import type { RulesPack } from '../rules/load.js';
import { resultsWidth } from './claim-list.js';
import { BatchRun } from './batch-run.js';
import { AGENCY_FACT } from './cases.js';
import type { BatchJob, BatchOptions, BatchResult, Patch, PatchResult } from './job.js';
import { batchUtf8, personColumnsOf, personKeyOf, referencedFacts, RowReaders } from './row-reading.js';

export type { BatchJob, BatchOptions, BatchResult, PatchPiece, PatchResult } from './job.js';

/** A record type's part in the fast lane (see BatchRun). */
export interface Lane {
  /** Results filled again for each record. */
  results: ProgramResult[];
  /** Their reason codes, and the reason cells written from them. */
  codes: Int32Array;
  reasonCells: (DataView | string)[];
  reasons: ReasonTexts<DataView>;
  statuses: StatusesWriter;
  /** Its programs paid once per person (see ClaimRules.perPersonOf). */
  perPerson: number;
  /** Where its results are counted (placesOf) and written (CsvRowParts.slotsOf). */
  places: readonly number[];
  slots: readonly number[];
}

/** What every batch of a run shares: the pack, the output's parts, the row readers, the fast lane. (BatchRun reads its fields.) */
export class BatchProcessor {
  readonly format: DocumentFormat;
  readonly csv: CsvRowParts | undefined;
  readonly readers: RowReaders;
  readonly asOf: string;
  /** A case_id cell, trimmed (case ids repeat from row to row). */
  readonly caseOfCell = lastValueMemo((buf, s, e) => buf.toString('utf8', s, e).trim());
  /** Which programs are paid once per person, and person keys; undefined when claims are not reported. */
  readonly claimRules: ClaimRules | undefined;
  /** How many results each claim keeps (see ClaimList). */
  readonly claimWidth: number;
  readonly audit: boolean;
  /** CSV output may copy a row's bytes through as they are. */
  readonly copyRows: boolean;
  /**
   * JSON output writes a row's input from its cells (see RowInput), rather than from the record's
   * raw, unless it masks or explains (which read the raw), or the row is listed as invalid (which
   * keeps it) or is wider than its header (whose raw names the cells beyond it).
   */
  readonly jsonInput: boolean;
  /** What the fast lane needs of each record type (by typeIndex): found once, not for every row. */
  readonly lanes: readonly Lane[] | undefined;
  private tracked: KeySet | undefined;
  /** Output memory written and given back, to use again. */
  private readonly spare: ArrayBuffer[] = [];
  /** About how many times its input a batch's output is (JSON: each result has its citation and reasons), to make room for it at once. */
  private readonly outputRatio: number;

  constructor(
    readonly pack: RulesPack,
    readonly options: BatchOptions,
  ) {
    this.format = makeFormat(options.format, pack);
    this.csv = options.format.format === 'csv' && options.format.mode === 'evaluate' ? csvRowParts(options.format, pack) : undefined;
    this.asOf = options.asOf;
    this.audit = options.format.mode === 'audit';
    this.copyRows = this.csv !== undefined && !options.format.mask;
    this.jsonInput = this.format.recordInto !== undefined && !options.format.mask && !options.format.explain;
    this.outputRatio = options.format.format === 'json' || options.format.format === 'ndjson' ? 32 : 3;
    this.claimRules = options.duplicates ? new ClaimRules(pack) : undefined;
    this.claimWidth = resultsWidth(pack);
    // (A pack whose programs have more conditions than reason codes hold goes the slow way.)
    this.lanes = this.csv && codedPack(pack) ? RECORD_TYPES.map((t) => this.laneOf(t, this.csv!)) : undefined;
    // CSV output copies the row through: the text fields need not become strings (but the
    // agency's name, for case totals).
    const facts = referencedFacts(pack);
    if (options.caseTotals) facts.add(AGENCY_FACT);
    this.readers = new RowReaders(pack, this.copyRows ? facts : 'all', this.audit);
  }

  private laneOf(t: RecordType, csv: CsvRowParts): Lane {
    const { pack } = this;
    return {
      results: reusableResults(t, pack),
      codes: new Int32Array(pack.byType[t].length),
      reasonCells: pack.byType[t].map(() => new DataView(new ArrayBuffer(0))),
      reasons: csv.reasonsOf(t),
      statuses: statusesWriterOf(t, pack),
      perPerson: this.claimRules?.perPersonOf(t) ?? 0,
      places: placesOf(pack, t),
      slots: csv.slotsOf(t),
    };
  }

  /** Memory for a batch's output: the job's own (shared), given back before, or new. */
  outFor(job: BatchJob, patching: boolean): OutBuffer {
    if (patching) return new OutBuffer(1 << 12);
    if (job.out) return new OutBuffer(job.out.byteLength, job.out);
    return new OutBuffer(Math.max(3 << 20, job.bytes.byteLength * this.outputRatio), this.spare.pop());
  }

  /** A record written in the format of the output (not CSV); `input` writes its input (see jsonInput). */
  writeRecord(out: OutBuffer, rec: EvaluatedRecord, input: ((w: JsonOut) => void) | undefined): void {
    if (this.format.recordInto) this.format.recordInto(out, rec, input);
    else out.text(this.format.record(rec));
  }

  /** Takes back the memory of a batch's output once it is written. */
  recycle(buffer: ArrayBuffer): void {
    if (this.spare.length < 2) this.spare.push(buffer);
  }

  /**
   * Only these people's claims are reported (the others' ID numbers occur once in the run, so
   * they cannot be duplicates); undefined: every claim is.
   */
  track(people: KeySet | undefined): void {
    this.tracked = people;
  }

  /** The person key of a claiming row, if its claims are to be reported (see track). */
  claimKey(type: RecordType, column: number, buf: Buffer, row: CsvRow): number | undefined {
    const key = personKeyOf(this.claimRules!, type, column, buf, row);
    return key === undefined || (this.tracked && !this.tracked.has(key)) ? undefined : key;
  }

  /**
   * The first pass over a batch: the claim key (see ClaimBatch) of every row that names a
   * valid ID number, whatever else the row holds.
   */
  keys(job: BatchJob): Float64Array {
    const { layout } = job;
    const buf = batchUtf8(job);
    const personColumns = personColumnsOf(layout);
    const check = this.claimRules ?? new ClaimRules(this.pack);
    let keys = new Float64Array(1024);
    let count = 0;
    parseCsvBytes(buf, job.firstLine, layout.file, (row) => {
      const type = this.readers.typeOf(layout, buf, row);
      if (!type) return;
      const key = personKeyOf(check, type, personColumns[typeIndex(type)]!, buf, row);
      if (key === undefined) return;
      if (count === keys.length) {
        const more = new Float64Array(count * 2);
        more.set(keys);
        keys = more;
      }
      keys[count++] = key;
    }, layout.delimiter);
    return keys.slice(0, count);
  }

  /**
   * Runs a batch. With `patch`, only the rows it names are evaluated again, their duplicate
   * programs made ineligible, and written anew: the result then holds those rows' new texts
   * (in `pieces`) and the change they make to the summary.
   */
  run(job: BatchJob): BatchResult;
  run(job: BatchJob, patch: Patch): PatchResult;
  run(job: BatchJob, patch?: Patch): BatchResult | PatchResult {
    return new BatchRun(this, job, patch, batchUtf8(job)).run();
  }
}
