/**
 * Workbooks out. An xlsx file is binary and written by one streaming writer (exceljs's
 * WorkbookWriter) in the main thread, so it is no DocumentFormat: the run formats its records
 * as CSV, as for `--format csv` (in worker threads, for large inputs), and this sink takes that
 * text in order, cuts it back into rows (csv-rows.ts) and writes each row to the workbook as
 * typed cells (sheets.ts), committing it at once: memory stays flat whatever the size. The zip
 * goes through a Sink (sink.ts), so the file is written atomically and a failed write says what
 * is wrong, as for any other output. At the end come the summary sheet (summary.ts) and the
 * autofilter. exceljs is loaded only when a workbook is written.
 */
import { Writable } from 'node:stream';
import type { Lang } from '../../i18n/lang.js';
import type { Summary } from '../../engine/summary.js';
import type { RulesPack } from '../../rules/load.js';
import type { InvalidRow } from '../formats/types.js';
import { Sink, type OutputSink } from '../sink.js';
import { CsvRows } from './csv-rows.js';
import { columnWidths, typedCell, type CellKind, type TypedCell } from './sheets.js';
import { summarySheet, INVALID_LISTED } from './summary.js';

type ExcelJS = typeof import('exceljs');
type Book = InstanceType<ExcelJS['stream']['xlsx']['WorkbookWriter']>;
type Sheet = ReturnType<Book['addWorksheet']>;

/** What a workbook holds: its sheet's name and columns' kinds, and (for a run's output) what its summary sheet needs. */
export interface XlsxPlan {
  sheet: string;
  kinds: readonly CellKind[];
  /** The language of its statuses and verdicts (English, the codes of CSV output, when not given). */
  lang?: Lang;
  summary?: { pack: RulesPack; lang: Lang; mask: boolean };
}

/** Rows held back to measure the columns' widths before the first is written. */
const SAMPLE = 200;

/** A stream as exceljs's zip library has it (readable-stream 2: no writableNeedDrain). */
type Piped = { _writableState?: { needDrain?: boolean }; once(event: 'drain', listener: () => void): unknown };

/**
 * Waits until the zip has taken the sheet's rows written so far. exceljs writes a sheet's XML to
 * the zip without heeding its backpressure: unheeded, a large sheet piles up in memory faster
 * than it is compressed. (Its streams are not part of exceljs's types: reached for here alone.)
 */
async function drained(sheet: Sheet): Promise<void> {
  const pipes = (sheet as unknown as { stream?: { pipes?: Piped[] } }).stream?.pipes ?? [];
  for (const pipe of pipes) if (pipe._writableState?.needDrain) await new Promise<void>((done) => pipe.once('drain', done));
}

export class XlsxSink implements OutputSink {
  private readonly sink: Sink;
  private readonly rows = new CsvRows();
  private readonly opened: Promise<{ book: Book; sheet: Sheet; zip: Writable }>;
  private header: string[] | undefined;
  private sample: string[][] | undefined = [];
  private summary: Summary | undefined;
  private readonly invalid: InvalidRow[] = [];
  /** A failed write of the zip (as the Sink says it: an InputError naming the file), thrown by the next write or commit. */
  private failed: Error | undefined;

  constructor(path: string, private readonly plan: XlsxPlan) {
    this.sink = Sink.file(path);
    this.opened = this.open();
    this.opened.catch(() => {}); // awaited by each write
  }

  private async open() {
    const { default: excel } = (await import('exceljs')) as unknown as { default: ExcelJS };
    const sink = this.sink;
    const zip = new Writable({
      write(chunk: Buffer, _encoding, done) {
        sink.writeBytes(chunk).then(() => done(), done);
      },
    });
    zip.on('error', (e) => (this.failed ??= e));
    const book = new excel.stream.xlsx.WorkbookWriter({ stream: zip, useStyles: true, useSharedStrings: false });
    const sheet = book.addWorksheet(this.plan.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    return { book, sheet, zip };
  }

  async write(text: string): Promise<void> {
    await this.take(this.rows.push(text));
  }

  async writeBytes(bytes: Uint8Array, written?: () => void): Promise<void> {
    const rows = this.rows.push(bytes);
    written?.();
    await this.take(rows);
  }

  summarize(summary: Summary): void {
    this.summary = summary;
  }

  noteInvalid(rows: readonly InvalidRow[]): void {
    for (const r of rows) if (this.invalid.length < INVALID_LISTED) this.invalid.push(r);
  }

  invalidWanted(): number {
    return INVALID_LISTED - this.invalid.length;
  }

  private async take(rows: string[][]): Promise<void> {
    if (this.failed) throw this.failed;
    if (!rows.length) return;
    const { sheet, zip } = await this.opened;
    for (const row of rows) {
      if (!this.header) this.header = row;
      else if (this.sample) this.sample.push(row);
      else this.put(sheet, row);
    }
    if (this.sample && this.sample.length >= SAMPLE) this.start(sheet);
    await drained(sheet);
    // The zip is written as fast as the disk takes it.
    if (zip.writableNeedDrain) await new Promise((done) => zip.once('drain', done));
  }

  /** The column widths (by the header and the first rows), then the header and those rows. */
  private start(sheet: Sheet): void {
    const header = this.header ?? [];
    const sample = this.sample ?? [];
    this.sample = undefined;
    // Text columns are formatted as text: what is typed into them later stays as typed (an ID
    // number keeps its 18 digits, instead of becoming a number that loses three).
    sheet.columns = columnWidths(header, sample, this.plan.kinds).map((width, i) => ({ width, ...((this.plan.kinds[i] ?? 'text') === 'text' ? { style: { numFmt: '@' } } : {}) }));
    const head = sheet.addRow(header);
    head.font = { bold: true };
    head.commit();
    for (const row of sample) this.put(sheet, row);
  }

  private put(sheet: Sheet, cells: readonly string[]): void {
    const row = sheet.addRow([]);
    for (let i = 0; i < cells.length; i++) {
      const t = typedCell(this.plan.kinds[i] ?? 'text', cells[i]!, this.plan.lang);
      if (t.value === null) continue;
      const cell = row.getCell(i + 1);
      cell.value = t.value;
      cell.style = this.styleOf(t);
    }
    row.commit();
  }

  /**
   * One style object for each look, given to every cell that has it: exceljs knows a style object
   * it has seen (a WeakMap), where a new one per cell costs it a rendering of its XML.
   */
  private readonly styles = new Map<string, Partial<import('exceljs').Style>>();
  private styleOf(t: TypedCell): Partial<import('exceljs').Style> {
    const key = t.look ?? '';
    let style = this.styles.get(key);
    if (!style) {
      style = {
        ...(t.numFmt ? { numFmt: t.numFmt } : {}),
        ...(t.fill ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: t.fill } } } : {}),
        ...(t.font ? { font: { color: { argb: t.font } } } : {}),
      };
      this.styles.set(key, style);
    }
    return style;
  }

  async commit(): Promise<void> {
    await this.take(this.rows.end());
    const { book, sheet } = await this.opened;
    if (this.sample) this.start(sheet);
    const width = this.header?.length ?? 1;
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: width } };
    sheet.commit();
    const s = this.plan.summary;
    if (s && this.summary) summarySheet(book, { ...s, summary: this.summary, invalid: this.invalid });
    await book.commit();
    if (this.failed) throw this.failed;
    await this.sink.commit();
  }

  abort(): void {
    this.sink.abort();
  }
}
