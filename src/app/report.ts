/**
 * What a run writes besides its records: the records' bytes go to the output in order (JSON
 * records joined by commas), invalid records to --errors and to the report on stderr, and at
 * the end the summary line and what --fail-on found, which decide the exit status. The first
 * invalid records and duplicates are kept for the tables and the batch report (--report).
 */
import { VERDICTS } from '../engine/audit.js';
import type { Summary } from '../engine/summary.js';
import { quoted } from '../core/excerpt.js';
import { formatYuan } from '../i18n/describe.js';
import type { Lang } from '../i18n/lang.js';
import { errorsIn } from '../i18n/record-messages.js';
import { VERDICT_WORDS } from '../io/formats/audit.js';
import type { DuplicateRow, InvalidRow } from '../io/formats/index.js';
import { maskErrors } from '../io/mask.js';
import type { OutputSink } from '../io/sink.js';
import type { EvaluatedRecord } from '../pipeline.js';
import type { BatchClaims } from '../batch/claim-list.js';
import type { Repeat } from '../engine/claims.js';
import { RECORD_TYPES } from '../records/fields.js';
import { sourceText } from '../records/source.js';
import type { RulesPack } from '../rules/load.js';
import type { ErrorsFile } from './errors-file.js';
import type { CommandIO } from './io.js';
import type { EvaluateOptions, FailOn } from './options.js';
import { say } from './run-messages.js';

const MAX_ERROR_LINES = 20;
export const TABLE_INVALID_ROWS = 50;
/** How many duplicate claims are kept with their lines, for the report. */
export const LISTED_DUPLICATES = 50;


/** The output of a run: records written in order, invalid ones noted. */
export class RunOutput {
  /** The first invalid records, for the table. */
  readonly tableInvalid: InvalidRow[] = [];
  /** The first records that repeat a claim, and how many there are. */
  readonly duplicateRows: DuplicateRow[] = [];
  duplicateCount = 0;
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
      if (this.errorReport.length <= MAX_ERROR_LINES) this.errorReport.push(...errorLines(r, errorsIn(this.o.mask ? maskErrors(r.errors) : r.errors, this.o.lang), this.o.lang));
    }
  }

  /** A record that repeats claims made before (see DuplicateRow). */
  noteDuplicate(row: () => DuplicateRow): void {
    if (this.duplicateCount++ < LISTED_DUPLICATES) this.duplicateRows.push(row());
  }

  /** The records of a CSV batch that repeat claims made before, as Claims.claim found them. */
  noteRepeats(c: BatchClaims, repeats: readonly Repeat[], pack: RulesPack): void {
    for (const [j, firsts] of repeats) {
      this.noteDuplicate(() => {
        const programs = pack.byType[RECORD_TYPES[c.batch.keys[j]! % 4]!]; // the record type's index (see ClaimBatch)
        return {
          file: c.batch.file,
          line: c.batch.lines[j]!,
          case_id: c.batch.caseNames[c.batch.cases[j]!] ?? null,
          programs: [...firsts].map(([i, first]) => ({ program: programs[i]!.id, first })),
        };
      });
    }
  }

  /** A case file's record, if it repeats claims made before. */
  noteRecord(rec: EvaluatedRecord): void {
    if (!rec.results?.some((r) => r.duplicate_of)) return;
    this.noteDuplicate(() => ({
      file: rec.source.file,
      ...(rec.source.line ? { line: rec.source.line } : {}),
      case_id: rec.case_id,
      programs: rec.results!.filter((r) => r.duplicate_of).map((r) => ({ program: r.program, first: r.duplicate_of! })),
    }));
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
      if (this.errorReport.length > MAX_ERROR_LINES) io.stderr.write(`${say('moreInvalid', { errors: o.errors }).text(o.lang)}\n`);
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
    if (failed.length && !o.quiet) io.stderr.write(`${say('failOnFound', { found: failed }).text(o.lang)}\n`);
    return s.invalid > 0 || failed.length ? 1 : 0;
  }
}

export function invalidRow(rec: EvaluatedRecord): InvalidRow {
  const { file, line, record } = rec.source;
  return { file, ...(line ? { line } : {}), ...(record ? { record } : {}), type: rec.writtenType ?? rec.type, case_id: rec.case_id, errors: rec.errors, input: rec.raw };
}

/** Each error of an invalid record as a line: file:line (the field's own line), with the record's place where records share a line. */
function errorLines(row: InvalidRow, errors: readonly { field: string; value: unknown; message: string; line?: number }[], lang: Lang): string[] {
  return errors.map((e) => {
    const value = e.value === null || e.value === undefined ? '' : ` = ${quoted(e.value)}`;
    return `${sourceText({ file: row.file, line: e.line, record: row.record }, lang)}: ${e.field}${value}: ${e.message}`;
  });
}

function summaryLine(s: Summary, lang: Lang): string {
  const a = s.audit;
  const counts = { records: s.records, evaluated: s.evaluated, invalid: s.invalid, duplicates: s.duplicates };
  if (!a) return say('summary', { ...counts, grants: formatYuan(s.grants.total), loans: formatYuan(s.loans.total) }).text(lang);
  const verdicts = VERDICTS.map((v) => ({ count: a.by_verdict[v].count, en: v, zh: VERDICT_WORDS[v].zh }));
  return say('auditSummary', { ...counts, items: a.items, verdicts, claimed: formatYuan(a.total.claimed), computed: formatYuan(a.total.computed) }).text(lang);
}
