/**
 * The inputs of a run, whatever their format, behind one interface (Source): what the run asks
 * of each is the same — how much it holds, its columns for CSV output, the claim keys of its
 * records (the first pass of a large run), and its records evaluated and written in order.
 *
 * Two kinds implement it. A CSV input is read as batches of byte rows, evaluated in worker
 * threads (csv-run.ts); a case file (JSON, NDJSON, YAML) as chunks of records, each with its
 * line, evaluated here through the RecordFlow. Both claim through the run's one Claims. A
 * workbook's sheet (xlsx-input.ts) is read as a case file is, its rows a batch as a CSV file's.
 */
import type { Readable } from 'node:stream';
import { agencyOf, type CaseTotals } from '../batch/cases.js';
import { isRejected } from '../io/case-file.js';
import type { CsvLayout } from '../io/csv/header.js';
import type { DocumentFormat, FormatOptions, InvalidRow } from '../io/formats/index.js';
import { OutBuffer } from '../io/out-buffer.js';
import type { EvaluatedRecord, RecordFlow } from '../pipeline.js';
import { RECORD_TYPES, fieldForKeyIn, type RecordType } from '../records/fields.js';
import type { RulesPack } from '../rules/load.js';
import type { CaseInput } from './case-input.js';
import { columnFields, columnKey, columnMaps, type ReadBack } from './columns.js';
import type { CsvSource } from './csv-input.js';
import type { CsvRun } from './csv-run.js';
import type { CommandIO } from './io.js';
import type { EvaluateOptions } from './options.js';
import { Progress } from './progress.js';
import { invalidRow, type RunOutput } from './report.js';
import { say as sayFile } from './messages.js';
import { say } from './run-messages.js';

/** What a source is read into: the run's options, its flow of records, its CSV batches and its output. */
export interface SourceRun {
  o: EvaluateOptions;
  io: CommandIO;
  format: DocumentFormat;
  flow: RecordFlow;
  cases: CaseTotals;
  output: RunOutput;
  csv: CsvRun;
  csvOutput: FormatOptions['csv'];
  /** For CSV output: the field each of its input columns holds when it is read back (see columnMaps). */
  readBack: ReadBack | undefined;
  /** Tables keep totals by case (a run with a batched input shows its totals, not its records). */
  caseTotals: boolean;
  /** A progress bar on a terminal. */
  progressShown: boolean;
}

/**
 * An input column for CSV output: the key it stands for (a field, `type`, or its header), its
 * header, and the fields its cells hold by record type (when more than its key).
 */
export type SourceColumn = [key: string, header: string, fields?: string[]];

export interface Source {
  /** The name in messages and output. */
  readonly file: string;
  /** Its size in bytes, where known (for progress). */
  readonly size: number | undefined;
  /** About how many records it holds (for the claims' room, and whether a first pass pays). */
  readonly records: number;
  /** Whether it can be read twice: a first pass over a stream (standard input, a pipe) cannot be made. */
  readonly rereadable: boolean;
  /** Whether its records are read in batches of rows (CSV): a run with one shows the totals of tables, not each record. */
  readonly batched: boolean;
  /** Its input columns for CSV output and the --errors file, in order (for a case file, where its keys were gathered: see CaseReading.keys). */
  columns(pack: RulesPack): SourceColumn[];
  /** The header its rows are read through, for a CSV file or a sheet (undefined for a case file, or an empty file). */
  readonly layout: CsvLayout | undefined;
  /** The record types its records may be of. */
  types(): RecordType[];
  /**
   * The first pass: a chunk at a time, with the bytes read so far, the claim key of every record
   * that may claim (one naming a valid ID number; a source may also key records that turn out
   * invalid, which claim nothing).
   */
  keys(run: SourceRun, add: (keys: Float64Array, bytes: number) => void): Promise<void>;
  /** Every record evaluated, its claims settled through the run's Claims, and written, in input order. */
  write(run: SourceRun): Promise<void>;
  /** Lets go of what it holds (the spool of standard input). */
  discard(): void;
}

/** A CSV input: batches of byte rows (see CsvRun). */
export class CsvInputSource implements Source {
  readonly batched = true;

  constructor(
    readonly csv: CsvSource,
    readonly stream: Readable | undefined,
  ) {}

  get file(): string {
    return this.csv.file;
  }
  get size(): number | undefined {
    return this.csv.size;
  }
  get records(): number {
    return this.csv.estimatedRows ?? 0;
  }
  get rereadable(): boolean {
    return !this.stream;
  }
  get layout(): CsvLayout | undefined {
    return this.csv.layout;
  }

  columns(): SourceColumn[] {
    const layout = this.csv.layout;
    return layout ? layout.headers.map((h, i) => [columnKey(layout, i), h, columnFields(layout, i)]) : [];
  }

  types(): RecordType[] {
    const layout = this.csv.layout;
    // (A file without a header has no rows: no types of its own.)
    if (!layout) return [];
    return layout.fixedType ? [layout.fixedType] : [...RECORD_TYPES];
  }

  async keys(run: SourceRun, add: (keys: Float64Array, bytes: number) => void): Promise<void> {
    if (!this.csv.layout) return;
    const progress = new Progress(run.io.stderr, run.progressShown, this.size, say('firstPass').text(run.o.lang), run.o.lang);
    let rows = 0;
    await run.csv.keys(this.csv, (keys, bytes) => {
      add(keys, bytes);
      rows += keys.length;
      progress.update(rows, bytes);
    });
    progress.done();
  }

  async write(run: SourceRun): Promise<void> {
    const source = this.csv;
    run.flow.summary.addFile(source.file);
    if (!source.layout) {
      if (!run.o.quiet) run.io.stderr.write(`${sayFile('emptyFile', { file: source.file }).text(run.o.lang)}\n`);
      return;
    }
    const maps = run.csvOutput && run.readBack ? columnMaps(run.csvOutput, source.layout, run.readBack) : null;
    const progress = new Progress(run.io.stderr, run.progressShown, source.size, '', run.o.lang);
    // The line is this file's: its rows, at its rate, its share done (the run's rows so far count earlier files').
    const before = run.csv.rows;
    await run.csv.run(source, this.stream, maps, (bytes) => progress.update(run.csv.rows - before, bytes));
    progress.done();
  }

  discard(): void {}
}

/** A case file (JSON, NDJSON, YAML): chunks of records, evaluated in this thread through the RecordFlow. */
export class CaseInputSource implements Source {
  readonly batched: boolean = false;

  constructor(readonly input: CaseInput) {}

  get file(): string {
    return this.input.file;
  }
  get size(): number | undefined {
    return this.input.size;
  }
  get records(): number {
    return this.input.summary?.records ?? 0;
  }
  get rereadable(): boolean {
    return this.input.summary !== undefined;
  }
  get layout(): CsvLayout | undefined {
    return undefined;
  }

  /** `type`, the case's `case_id` when it has one (both as the records take them), then the records' keys. */
  columns(pack: RulesPack): SourceColumn[] {
    const summary = this.input.summary!;
    const columns: SourceColumn[] = [['type', 'type']];
    if (summary.caseId !== undefined) columns.push(['case_id', 'case_id']);
    for (const { type: t, key, own } of summary.keys) {
      // A key given beside another that names its field (an invalid record) keeps its value in a column of its own.
      const field = (!own && t && fieldForKeyIn(t, key, pack.facts[t])) || key;
      columns.push([field, field]);
    }
    return columns;
  }

  types(): RecordType[] {
    return [...this.input.summary!.types];
  }

  async keys(run: SourceRun, add: (keys: Float64Array, bytes: number) => void): Promise<void> {
    for await (const { records, bytes } of this.input.read()) {
      const keys: number[] = [];
      for (const w of records) {
        const key = isRejected(w) ? undefined : run.flow.personKey(w);
        if (key !== undefined) keys.push(key);
      }
      add(Float64Array.from(keys), bytes);
    }
  }

  async write(run: SourceRun): Promise<void> {
    const { file, size } = this.input;
    run.flow.summary.addFile(file);
    const progress = new Progress(run.io.stderr, run.progressShown, size, '', run.o.lang);
    const before = run.csv.rows;
    // JSON and NDJSON records are written as bytes (see DocumentFormat.recordInto), the others as text.
    const into = run.format.recordInto ? new OutBuffer(1 << 17) : undefined;
    // Records' text may go to the terminal the progress line is on: the line goes first (the next update draws it again).
    const emit = async (text: string) => {
      if (text || into?.size) progress.done();
      if (into?.size) await run.output.emitBytes(into.take(0));
      await run.output.emit(text);
    };
    for await (const { records, bytes, cells } of this.input.read()) {
      // Output is written some 64 KB at a time: an await a record costs more than the writing.
      let text = '';
      let i = 0;
      // (No variable holds the chunk: one would keep it alive while the next chunk is read.)
      for (const rec of run.o.ledger ? await withLedger(run, records) : run.flow.run(records)) {
        const row = cells?.[i++];
        if (run.caseTotals) run.cases.add(rec.case_id, rec.results, 1, true, agencyOf(rec.type, rec.facts));
        if (!rec.results) await run.output.noteInvalid([this.invalidRowOf(rec, row)]);
        else run.output.noteRecord(rec);
        if (into) run.format.recordInto!(into, rec);
        else text += this.recordText(run, rec, row);
        if (text.length >= 1 << 16 || (into?.size ?? 0) >= 1 << 16) {
          await emit(text);
          text = '';
        }
      }
      await emit(text);
      run.csv.rows += records.length;
      progress.update(run.csv.rows - before, bytes);
    }
    progress.done();
  }

  discard(): void {
    this.input.discard();
  }

  /** A record's text in the run's format; `_cells`: its row's, from a table (see CaseChunk). */
  protected recordText(run: SourceRun, rec: EvaluatedRecord, _cells?: readonly string[]): string {
    return run.format.record(rec);
  }

  /** An invalid record as the --errors file and the table list it. */
  protected invalidRowOf(rec: EvaluatedRecord, _cells?: readonly string[]): InvalidRow {
    return invalidRow(rec);
  }
}

/** A chunk of case records evaluated and claimed against the ledger (which may answer later), and given to its recorder. */
async function withLedger(run: SourceRun, records: Parameters<RecordFlow['run']>[0]): Promise<EvaluatedRecord[]> {
  const recs = await run.flow.runAsync(records);
  run.o.ledger?.recorder?.onRecords(recs);
  return recs;
}
