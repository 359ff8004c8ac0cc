/**
 * What a run writes besides its records: the records' bytes go to the output in order (JSON
 * records joined by commas), invalid records to --errors and to the report on stderr, and at
 * the end the summary line and what --fail-on found, which decide the exit status.
 */
import { VERDICTS } from '../engine/audit.js';
import type { Summary } from '../engine/summary.js';
import { quoted } from '../core/excerpt.js';
import { formatYuan } from '../i18n/describe.js';
import type { Lang } from '../i18n/lang.js';
import { VERDICT_WORDS } from '../io/formats/audit.js';
import type { InvalidRow } from '../io/formats/index.js';
import { maskErrors } from '../io/mask.js';
import type { OutputSink } from '../io/sink.js';
import type { EvaluatedRecord } from '../pipeline.js';
import type { ErrorsFile } from './errors-file.js';
import type { CommandIO } from './io.js';
import type { EvaluateOptions, FailOn } from './options.js';

const MAX_ERROR_LINES = 20;
export const TABLE_INVALID_ROWS = 50;

/** The output of a run: records written in order, invalid ones noted. */
export class RunOutput {
  /** The first invalid records, for the table. */
  readonly tableInvalid: InvalidRow[] = [];
  private readonly errorReport: string[] = [];
  private first = true;

  constructor(
    private readonly o: EvaluateOptions,
    readonly sink: OutputSink,
    private readonly errorsFile: ErrorsFile | undefined,
  ) {}

  /** Text of records. JSON records each begin with a comma: the first one written drops it. */
  async emit(text: string): Promise<void> {
    if (!text) return;
    if (this.first && this.o.format === 'json') text = text.slice(1);
    this.first = false;
    await this.sink.write(text);
  }

  /**
   * Bytes of records. `written` is called once the bytes are written (at once if there are
   * none), when the sink can tell: for a file or the process's standard output (see
   * Sink.writeBytes), never for another stream, which may keep them.
   */
  async emitBytes(bytes: Uint8Array, written?: () => void): Promise<void> {
    if (bytes.length && this.first) {
      if (this.o.format === 'json') bytes = bytes.subarray(1);
      this.first = false;
    }
    if (!bytes.length) return written?.();
    await this.sink.writeBytes(bytes, written);
  }

  async noteInvalid(list: readonly InvalidRow[]): Promise<void> {
    if (!list.length) return;
    await this.errorsFile?.add(list);
    this.sink.noteInvalid?.(list);
    for (const r of list) {
      if (this.tableInvalid.length < TABLE_INVALID_ROWS) this.tableInvalid.push(r);
      if (this.errorReport.length <= MAX_ERROR_LINES) this.errorReport.push(...errorLines(r.file, this.o.mask ? maskErrors(r.errors) : r.errors));
    }
  }

  /** How many invalid rows a batch returns in full: all for --errors, else those still to be shown. */
  invalidLimit(): number {
    return this.errorsFile ? Infinity : Math.max(0, TABLE_INVALID_ROWS - this.tableInvalid.length, MAX_ERROR_LINES - this.errorReport.length, this.sink.invalidWanted?.() ?? 0);
  }

  /** The report on stderr after a run; its exit code (0, or 1 for invalid records or what --fail-on names). */
  finish(s: Summary, io: CommandIO, toTerminal: boolean): number {
    const o = this.o;
    const showErrors = !o.quiet && (o.format !== 'table' || !toTerminal);
    if (showErrors && this.errorReport.length) {
      for (const line of this.errorReport.slice(0, MAX_ERROR_LINES)) io.stderr.write(`${line}\n`);
      if (this.errorReport.length > MAX_ERROR_LINES) io.stderr.write(`… and more invalid records${o.errors ? `: all are in ${o.errors}` : '; --errors FILE writes them all'}\n`);
    }
    if (!o.quiet && (o.format !== 'table' || o.output)) io.stderr.write(`${summaryLine(s, o.lang)}\n`);
    const found: Record<FailOn, boolean> = {
      invalid: s.invalid > 0,
      duplicate: s.duplicates > 0,
      undetermined: s.by_status.undetermined > 0,
      over: (s.audit?.by_verdict.over.count ?? 0) > 0,
      under: (s.audit?.by_verdict.under.count ?? 0) > 0,
      early: (s.audit?.by_verdict.early.count ?? 0) > 0,
    };
    const failed = o.failOn.filter((f) => found[f]);
    if (failed.length && !o.quiet) io.stderr.write(`--fail-on: found ${failed.join(', ')}\n`);
    return s.invalid > 0 || failed.length ? 1 : 0;
  }
}

export function invalidRow(rec: EvaluatedRecord): InvalidRow {
  return { file: rec.source.file, ...(rec.source.line ? { line: rec.source.line } : {}), type: rec.writtenType ?? rec.type, case_id: rec.case_id, errors: rec.errors, input: rec.raw };
}

function errorLines(file: string, errors: readonly { field: string; value: unknown; message: string; line?: number }[]): string[] {
  return errors.map((e) => {
    const value = e.value === null || e.value === undefined ? '' : ` = ${quoted(e.value)}`;
    return `${file}${e.line ? `:${e.line}` : ''}: ${e.field}${value}: ${e.message}`;
  });
}

function summaryLine(s: Summary, lang: Lang): string {
  const zh = lang === 'zh';
  const dup = s.duplicates ? (zh ? `,${s.duplicates} 项重复申领` : `, ${s.duplicates} duplicate claims`) : '';
  const a = s.audit;
  if (a) {
    const verdicts = VERDICTS.map((v) => (zh ? `${VERDICT_WORDS[v].zh} ${a.by_verdict[v].count}` : `${a.by_verdict[v].count} ${v}`)).join(zh ? ',' : ', ');
    return zh
      ? `${s.records} 条记录:${s.evaluated} 条已核对,${s.invalid} 条无效${dup};核对 ${a.items} 项:${verdicts};申领合计 ${formatYuan(a.total.claimed)} 元,核定合计 ${formatYuan(a.total.computed)} 元`
      : `${s.records} records: ${s.evaluated} audited, ${s.invalid} invalid${dup}; ${a.items} items: ${verdicts}; claimed ${formatYuan(a.total.claimed)} yuan, computed ${formatYuan(a.total.computed)} yuan`;
  }
  return zh
    ? `${s.records} 条记录:${s.evaluated} 条已评估,${s.invalid} 条无效${dup};补贴合计 ${formatYuan(s.grants.total)} 元,贷款合计 ${formatYuan(s.loans.total)} 元`
    : `${s.records} records: ${s.evaluated} evaluated, ${s.invalid} invalid${dup}; grants ${formatYuan(s.grants.total)} yuan, loans ${formatYuan(s.loans.total)} yuan`;
}
