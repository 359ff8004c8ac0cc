/**
 * `--errors FILE`: the invalid records as CSV, ready to fix and submit again: file, line, the
 * record's place where records share a line, errors, then the input columns (see
 * errors-columns.ts: a CSV file's or a sheet's own header and cells, as written); as a workbook
 * when FILE ends in .xlsx (the same columns, as text; see src/io/xlsx/writer.ts). Rows are
 * spooled to a temporary file as they come, so memory stays flat; at the end the columns of all
 * of them are known and the file is written, atomically.
 */
import { createReadStream, createWriteStream, unlinkSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { csvLine } from '../io/formats/csv.js';
import type { InvalidRow } from '../io/formats/types.js';
import type { Lang } from '../i18n/lang.js';
import { recordMessage } from '../i18n/record-messages.js';
import { notAFile, Sink, writeError, type Encode, type OutputSink } from '../io/sink.js';
import { SHEET_NAMES } from '../io/xlsx/summary.js';
import { XlsxSink } from '../io/xlsx/writer.js';
import type { RecordType } from '../records/fields.js';
import type { RulesPack } from '../rules/load.js';
import { ERRORS_HEAD, ErrorsColumns, RECORD_HEAD, type CaseKeys } from './errors-columns.js';
import type { Source } from './sources.js';

/** The run an errors file is of: its inputs (for their columns), its pack and --type. */
export interface ErrorsRun {
  inputs: readonly Source[];
  pack: RulesPack;
  type: RecordType | undefined;
}

export class ErrorsFile {
  private readonly spoolPath: string;
  private readonly spool: WriteStream;
  private count = 0;

  private failed: Error | undefined;

  /** @param encode the bytes of the CSV's text, when not UTF-8 */
  constructor(
    private readonly path: string,
    private readonly run: ErrorsRun,
    private readonly encode?: Encode,
  ) {
    // Beside the file; for a device or a pipe (/dev/null), in the temporary folder.
    this.spoolPath = join(notAFile(path) ? tmpdir() : dirname(path), `.${basename(path)}.${process.pid}.spool.tmp`);
    this.spool = createWriteStream(this.spoolPath);
    this.spool.on('error', (e) => (this.failed ??= e));
  }

  async add(rows: readonly InvalidRow[]): Promise<void> {
    try {
      for (const row of rows) {
        if (this.failed) throw this.failed;
        this.count++;
        if (!this.spool.write(`${JSON.stringify(row)}\n`)) await once(this.spool, 'drain'); // rejects on 'error'
      }
    } catch (e) {
      throw writeError(this.failed ?? e, this.path);
    }
  }

  private async *rows(): AsyncGenerator<InvalidRow> {
    const lines = createInterface({ input: createReadStream(this.spoolPath), crlfDelay: Infinity });
    for await (const line of lines) if (line) yield JSON.parse(line) as InvalidRow;
  }

  /** Writes the CSV and removes the spool; returns how many rows it holds. */
  async finish(lang: Lang, bom: boolean): Promise<number> {
    this.spool.end();
    await once(this.spool, 'close');
    if (this.failed) throw writeError(this.failed, this.path);
    try {
      const { numbered, cases } = await this.gather();
      const columns = new ErrorsColumns(this.run.inputs, this.run.pack, this.run.type, cases, lang);
      const [file, line, errors] = ERRORS_HEAD[lang];
      const head = numbered ? [file, line, RECORD_HEAD[lang], errors] : [file, line, errors];
      const sink = this.sink(lang, columns.headers.length, numbered);
      try {
        await sink.write(`${bom && sink instanceof Sink ? '\uFEFF' : ''}${csvLine([...head, ...columns.headers])}`);
        for await (const row of this.rows()) {
          const messages = row.errors.map((e) => `${e.field}: ${recordMessage(e.message, lang)}`).join('; ');
          const place = numbered ? [row.record === undefined ? '' : String(row.record)] : [];
          await sink.write(csvLine([row.file, row.line === undefined ? '' : String(row.line), ...place, messages, ...columns.cells(row)]));
        }
        await sink.commit();
      } catch (e) {
        sink.abort();
        throw e;
      }
    } finally {
      this.discard();
    }
    return this.count;
  }

  /** Whether some row has a place on its line, and the keys of the rows of case files (those without their cells). */
  private async gather(): Promise<{ numbered: boolean; cases: CaseKeys }> {
    const cases: CaseKeys = { caseId: false, keys: [] };
    const seen = new Set<string>();
    let numbered = false;
    for await (const row of this.rows()) {
      if (row.record) numbered = true;
      if (row.cells) continue;
      if (row.case_id !== null) cases.caseId = true;
      for (const key of Object.keys(row.input)) if (!seen.has(key)) seen.add(key), cases.keys.push(key);
    }
    return { numbered, cases };
  }

  /** A CSV file, or a workbook of text cells but for the line and the errors (white on red). */
  private sink(lang: Lang, columns: number, numbered: boolean): OutputSink {
    if (!isWorkbook(this.path)) return Sink.file(this.path, undefined, this.encode);
    const place: 'number'[] = numbered ? ['number'] : [];
    return new XlsxSink(this.path, { sheet: SHEET_NAMES.errors[lang], kinds: ['text', 'number', ...place, 'errors', ...Array<'text'>(columns).fill('text')] });
  }

  discard(): void {
    this.spool.destroy();
    try {
      unlinkSync(this.spoolPath);
    } catch {
      // already gone
    }
  }
}

/** Whether an output file is to be a workbook: its name ends in .xlsx. */
export const isWorkbook = (path: string): boolean => path.toLowerCase().endsWith('.xlsx');
