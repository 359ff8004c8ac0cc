/**
 * `--errors FILE`: the invalid records as CSV (file, line, the record's place where records share a line, errors, type, then the record's
 * columns as written), ready to fix and submit again; as a workbook when FILE ends in .xlsx
 * (the same columns, the record's as text, as written; see src/io/xlsx/writer.ts). Rows are spooled to a temporary file as they
 * come, so memory stays flat; at the end the columns of all of them are known and the CSV is
 * written, atomically.
 */
import { createReadStream, createWriteStream, unlinkSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { asText } from '../core/excerpt.js';
import { csvLine } from '../io/formats/csv.js';
import type { InvalidRow } from '../io/formats/types.js';
import type { Lang } from '../i18n/lang.js';
import { recordMessage } from '../i18n/record-messages.js';
import { notAFile, Sink, writeError, type Encode, type OutputSink } from '../io/sink.js';
import { SHEET_NAMES } from '../io/xlsx/summary.js';
import { XlsxSink } from '../io/xlsx/writer.js';
import { ownValue } from '../core/own-keys.js';

const HEAD = { zh: ['文件', '行', '错误', '类型'], en: ['file', 'line', 'errors', 'type'] };
/** The column of a record's place in its file, after the line: only where some record has one (records sharing a line). */
const RECORD_HEAD = { zh: '记录', en: 'record' };

export class ErrorsFile {
  private readonly spoolPath: string;
  private readonly spool: WriteStream;
  private count = 0;

  private failed: Error | undefined;

  /** @param encode the bytes of the CSV's text, when not UTF-8 */
  constructor(
    private readonly path: string,
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
      const keys: string[] = [];
      const seen = new Set<string>();
      let numbered = false;
      for await (const row of this.rows()) {
        if (row.record) numbered = true;
        for (const key of Object.keys(row.input)) if (!seen.has(key)) seen.add(key), keys.push(key);
      }
      const head = numbered ? [HEAD[lang][0]!, HEAD[lang][1]!, RECORD_HEAD[lang], ...HEAD[lang].slice(2)] : HEAD[lang];
      const sink = this.sink(lang, keys.length, numbered);
      try {
        await sink.write(`${bom && sink instanceof Sink ? '\uFEFF' : ''}${csvLine([...head, ...keys])}`);
        for await (const row of this.rows()) {
          const errors = row.errors.map((e) => `${e.field}: ${recordMessage(e.message, lang)}`).join('; ');
          const cells = keys.map((k) => {
            return asText(ownValue(row.input, k));
          });
          const place = numbered ? [row.record === undefined ? '' : String(row.record)] : [];
          await sink.write(csvLine([row.file, row.line === undefined ? '' : String(row.line), ...place, errors, row.type, ...cells]));
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

  /** A CSV file, or a workbook of text cells but for the line and the errors (white on red). */
  private sink(lang: Lang, columns: number, numbered: boolean): OutputSink {
    if (!isWorkbook(this.path)) return Sink.file(this.path, undefined, this.encode);
    const place: 'number'[] = numbered ? ['number'] : [];
    return new XlsxSink(this.path, { sheet: SHEET_NAMES.errors[lang], kinds: ['text', 'number', ...place, 'errors', ...Array<'text'>(columns + 1).fill('text')] });
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
