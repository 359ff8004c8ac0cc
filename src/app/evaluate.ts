/**
 * `subsidy evaluate`: read case files and CSV batches, evaluate every record, write the
 * results. Options arrive normalized from the CLI; nothing here parses flags.
 *
 * Case files are evaluated here, record by record: JSON and NDJSON stream (see case-input.ts),
 * YAML is read whole. CSV inputs stream: cut into batches of whole records, evaluated here or
 * by worker threads, and written in their order. Memory stays flat whatever the size.
 */
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import type { Worker } from 'node:worker_threads';
import { inThreadExecutor, startWorkers, workerExecutor, type Executor, type PatchRows } from '../batch/executor.js';
import { CaseTotals } from '../batch/cases.js';
import { RepeatFinder } from '../batch/repeats.js';
import type { BatchOptions, BatchResult, PatchResult } from '../batch/process.js';
import type { CalendarDate } from '../engine/calendar.js';
import type { Summary } from '../engine/summary.js';
import { InputError, UsageError } from '../errors.js';
import { VERDICTS } from '../engine/audit.js';
import { formatYuan } from '../i18n/describe.js';
import { VERDICT_WORDS } from '../io/formats/audit.js';
import type { Lang } from '../i18n/lang.js';
import { isRejected, type CaseFormat, type CaseSummary } from '../io/case-file.js';
import { quoted } from '../core/excerpt.js';
import type { EncodingChoice } from '../io/csv/encoding.js';
import { BatchSplitter, type ByteBatch } from '../io/csv/splitter.js';
import type { BatchMemory } from '../batch/shared.js';
import { makeFormat, type CsvColumns, type FormatOptions, type InvalidRow, type OutputFormat } from '../io/formats/index.js';
import { maskErrors } from '../io/mask.js';
import { checkOutputPath } from '../io/output-path.js';
import { Sink } from '../io/sink.js';
import { keysLayout, typeMisfit, type CsvLayout } from '../io/csv/header.js';
import { RecordFlow, type EvaluatedRecord } from '../pipeline.js';
import { RECORD_TYPES, fieldForKeyIn, type RecordType } from '../records/fields.js';
import type { RulesPack } from '../rules/load.js';
import { discardSpools, prepareCaseInput, type CaseInput } from './case-input.js';
import { prepareCsvFile, prepareCsvStream, type CsvSource } from './csv-input.js';
import { checkAuditHeader, checkAuditKey, nothingToAudit } from './audit-columns.js';
import { ErrorsFile } from './errors-file.js';
import { colorFor, type CommandIO } from './io.js';
import { Progress } from './progress.js';

export type InputFormat = CaseFormat | 'csv';

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
  /** Where to write the invalid records as CSV. */
  errors?: string;
  bom: boolean;
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
}

const MAX_ERROR_LINES = 20;
const TABLE_INVALID_ROWS = 50;
const TABLE_CASES = 20;
/**
 * CSV input below this size is evaluated in the main thread: starting worker threads would
 * cost more. Standard input (of unknown size) starts in the main thread and moves to workers
 * once this much has come. (Tests set it lower, as they do the batch size below.)
 */
const WORKER_THRESHOLD = Number(process.env.SUBSIDY_WORKER_BYTES) || 4 << 20;
const BATCH_BYTES = Number(process.env.SUBSIDY_BATCH_BYTES) || 1 << 20;
/** JSON and NDJSON are some 25 times their input (each result has its citation and reasons): smaller batches keep the output in flight small. */
const batchBytesFor = (format: OutputFormat) => (format === 'json' || format === 'ndjson' ? Math.max(1 << 16, BATCH_BYTES >> 2) : BATCH_BYTES);

/** How many worker threads a run uses: --jobs, or one per core up to four. */
const workerCount = (jobs: number | undefined) => jobs ?? Math.min(4, availableParallelism());

/**
 * Worker threads for a run whose inputs include a CSV file large enough for them (as
 * executorFor below decides), started at once: they load their code while the main thread
 * loads the rules, which takes about as long. Undefined for any other run.
 */
export function startEarly(files: readonly string[], o: { inputFormat?: InputFormat; jobs?: number }): Worker[] | undefined {
  if (o.jobs === 0) return undefined;
  const large = files.some((file) => {
    try {
      return file !== '-' && inputFormatOf(file, o.inputFormat) === 'csv' && statSync(file).size >= WORKER_THRESHOLD;
    } catch {
      return false; // the run itself says what is wrong with the file
    }
  });
  return large ? startWorkers(workerCount(o.jobs)) : undefined;
}
/**
 * Up to about this many CSV records, a run remembers every person who claims (about 40 bytes
 * each: a table of 2M slots, 40 MB, holds them all) to find duplicates; above it, it first reads
 * its files once to find the ID numbers that occur more than once, and remembers only those
 * people, so memory stays flat at any size.
 */
const twoPassRows = () => Number(process.env.SUBSIDY_TWO_PASS_ROWS) || 1_500_000;

type Input = { kind: 'case'; input: CaseInput } | { kind: 'csv'; source: CsvSource; stream?: Readable };

export function inputFormatOf(file: string, given: InputFormat | undefined): InputFormat {
  if (given) return given;
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (ext === '.csv') return 'csv';
  throw new InputError(
    `${file}: cannot tell its format from the name; name it .csv, .json, .ndjson, .jsonl, .yaml or .yml, or pass --input-format csv|json|ndjson|yaml`,
  );
}

/** An option that would do nothing with the others given is a usage error, not silently ignored. */
function checkApplicable(o: EvaluateOptions): void {
  if (o.bom && o.format !== 'csv' && !o.errors) {
    throw new UsageError(`--bom: a byte order mark is for CSV (--format csv, or the --errors file), not ${o.format} output`);
  }
  if (o.explain && o.format === 'csv') {
    throw new UsageError('--explain: CSV output has statuses, amounts and short reasons, not the details; use --format json, ndjson or table for them');
  }
}

/** An output must not overwrite an input, nor the other output. */
function checkDistinct(o: EvaluateOptions): void {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const inputs = new Map(o.inputs.filter((f) => f !== '-').map((f) => [real(f), f]));
  for (const [flag, path] of [['--output', o.output], ['--errors', o.errors]] as const) {
    if (!path) continue;
    const input = inputs.get(real(path));
    if (input) throw new UsageError(`${flag} ${path}: that is the input ${input}; write to another file`);
  }
  if (o.output && o.errors && real(o.output) === real(o.errors)) throw new UsageError(`--errors ${o.errors}: the same file as --output; give each its own`);
}

/**
 * Reads CSV headers, and case files through (their first pass), before any output is written,
 * so that an unreadable input stops the run cleanly.
 */
async function prepareInputs(o: EvaluateOptions, pack: RulesPack, io: CommandIO): Promise<Input[]> {
  const inputs: Input[] = [];
  try {
    await prepareEach(o, pack, io, inputs);
  } catch (e) {
    discardAll(inputs);
    throw e;
  }
  return inputs;
}

const discardAll = (inputs: readonly Input[]) => {
  for (const i of inputs) if (i.kind === 'case') i.input.discard();
};

async function prepareEach(o: EvaluateOptions, pack: RulesPack, io: CommandIO, inputs: Input[]): Promise<void> {
  const reading = { encoding: o.encoding, facts: pack.facts, ...(o.type ? { type: o.type } : {}) };
  // The keys of case records: for the columns of CSV output, the claims an audit checks, the type that --type gives.
  const caseReading = { ...(o.type ? { type: o.type } : {}), keys: (o.format === 'csv' && o.mode === 'evaluate') || o.mode === 'audit' || o.type !== undefined };
  if (o.inputs.filter((f) => f === '-').length > 1) throw new UsageError('-: standard input can be read only once; give - one time');
  for (const file of o.inputs) {
    const stdin = file === '-';
    const name = stdin ? '<stdin>' : file;
    const format = stdin ? o.inputFormat : inputFormatOf(file, o.inputFormat);
    if (format === 'csv') {
      const prepared = stdin ? undefined : prepareCsvFile(file, reading);
      const stream = prepared ? undefined : stdin ? io.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
      const source = prepared ?? (await prepareCsvStream(stream!, name, reading));
      inputs.push({ kind: 'csv', source, ...(stream ? { stream } : {}) });
      const layout = source.layout;
      if (o.type && layout && layout.typeColumn >= 0 && !o.quiet) io.stderr.write(`${typeColumnWins(layout, o.type, o.lang)}\n`);
      if (o.mode === 'audit') {
        if (!layout) throw new InputError(nothingToAudit(name));
        checkAuditHeader(layout, pack);
      }
      continue;
    }
    const input = await prepareCaseInput(name, format, stdin ? io.stdin : undefined, caseReading);
    inputs.push({ kind: 'case', input });
    if (input.summary) checkCaseKeys(input.summary, name, o, pack);
  }
}

/**
 * The keys of a case input's records, as a CSV header is checked: the records that --type gives
 * a type must fit it, and for an audit no key is a near miss of a claim or the claim of another
 * record type, and one record at least has a claim (an input of no records has nothing to check,
 * as a CSV header alone has not).
 */
function checkCaseKeys(summary: CaseSummary, file: string, o: EvaluateOptions, pack: RulesPack): void {
  if (o.type && summary.types.has(o.type)) {
    const keys = summary.keys.filter((k) => k.type === o.type).map((k) => k.key);
    const misfit = typeMisfit(keysLayout(file, keys, pack.facts), o.type, true);
    if (misfit) throw new InputError(`${file}: --type ${o.type}, but ${misfit.why}; use --type ${misfit.looksLike}`);
  }
  if (o.mode !== 'audit') return;
  let claims = 0;
  for (const { type, key } of summary.keys) if (type && checkAuditKey(key, type, file, pack)) claims++;
  if (summary.records && !claims) throw new InputError(nothingToAudit(file));
}

/** What --type does for a file with a type column: each row's cell wins, --type fills the empty ones. */
function typeColumnWins(layout: CsvLayout, type: RecordType, lang: Lang): string {
  const column = layout.headers[layout.typeColumn]!;
  return lang === 'zh'
    ? `${layout.file}: 文件有类型列(${column}),以每行的类型为准;--type ${type} 只用于类型为空的行`
    : `${layout.file}: has a type column (${column}): each row's type wins; --type ${type} applies only to rows whose type is empty`;
}

/** The key a CSV column stands for: its field (in any record type), `type`, or its name (header). */
function columnKey(layout: CsvLayout, i: number): string {
  if (i === layout.typeColumn) return 'type';
  const t = layout.fixedType ?? 'placement';
  return layout.columns[t][i] ?? RECORD_TYPES.map((rt) => layout.columns[rt][i]).find(Boolean) ?? layout.names[i]!;
}

/**
 * The input columns of CSV output: every input's columns, in order of first appearance (the
 * first input's as written, then those the others add), and the programs of the record types
 * the inputs hold.
 */
function csvColumns(inputs: Input[], pack: RulesPack, type: RecordType | undefined): CsvColumns {
  const headers: string[] = [];
  const keys: string[] = [];
  const seen = new Set<string>();
  const add = (key: string, header: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    keys.push(key);
    headers.push(header);
  };
  for (const input of inputs) {
    if (input.kind === 'csv') {
      const layout = input.source.layout;
      if (layout) layout.headers.forEach((h, i) => add(columnKey(layout, i), h));
      continue;
    }
    add('type', 'type');
    for (const { type: t, key } of input.input.summary!.keys) {
      const field = (t && fieldForKeyIn(t, key, pack.facts[t])) ?? key;
      add(field, field);
    }
  }
  const types = new Set<RecordType>();
  for (const input of inputs) {
    if (input.kind === 'case') for (const t of input.input.summary!.types) types.add(t);
    else if (input.source.layout?.fixedType) types.add(input.source.layout.fixedType);
    else RECORD_TYPES.forEach((t) => types.add(t));
  }
  if (type) types.add(type);
  const programs = pack.programs.filter((p) => types.has(p.recordType)).map((p) => p.id);
  return { headers, keys, programs };
}

/**
 * Where each output input-column's value is in a CSV input's rows (-1: none), or null when
 * the output's columns begin with this input's own, in order: its rows are then copied through,
 * with empty cells after them for the columns that other inputs add.
 */
function columnMap(columns: CsvColumns, layout: CsvLayout): number[] | null {
  const own = layout.headers.map((_, i) => columnKey(layout, i));
  if (own.every((k, i) => columns.keys[i] === k)) return null;
  return columns.keys.map((key) => own.indexOf(key));
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

/** The exit code of a run ended by a signal. */
const signalCode = (signal: NodeJS.Signals) => (signal === 'SIGINT' ? 130 : signal === 'SIGHUP' ? 129 : 143);

/** Runs `work`, which may spool standard input: a signal meanwhile removes the spools first. */
async function untilInterrupted<T>(work: () => Promise<T>): Promise<T> {
  const onSignal = (signal: NodeJS.Signals) => {
    discardSpools();
    process.exit(signalCode(signal));
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal).once('SIGHUP', onSignal);
  try {
    return await work();
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal).off('SIGHUP', onSignal);
  }
}

/** Runs the evaluation; returns the exit code (0, or 1 when some records were invalid). */
export async function runEvaluate(o: EvaluateOptions, pack: RulesPack, io: CommandIO): Promise<number> {
  if (o.output) checkOutputPath('--output', o.output);
  if (o.errors) checkOutputPath('--errors', o.errors);
  checkApplicable(o);
  checkDistinct(o);
  const inputs = await untilInterrupted(() => prepareInputs(o, pack, io));
  const batchMode = inputs.some((i) => i.kind === 'csv');
  const toTerminal = !o.output && io.stdout.isTTY === true;
  const formatOptions: FormatOptions = {
    mode: o.mode,
    mask: o.mask,
    format: o.format,
    asOf: o.asOf,
    lang: o.lang,
    explain: o.explain,
    colorLevel: o.output ? 0 : colorFor(io.stdout, io.env, o.color).level,
    columns: toTerminal ? (io.stdout.columns ?? 100) : Infinity,
    summaryOnly: batchMode,
    all: o.all ?? false,
    bom: o.bom,
    ...(o.format === 'csv' && o.mode === 'evaluate' ? { csv: csvColumns(inputs, pack, o.type) } : {}),
  };
  const format = makeFormat(formatOptions, pack);
  const batchBytes = batchBytesFor(o.format);
  const batchOptions: BatchOptions = { asOf: o.asOf, format: formatOptions, caseTotals: o.format === 'table' && batchMode, duplicates: true };
  const sink = o.output ? Sink.file(o.output) : Sink.stdout(io.stdout);
  const errorsFile = o.errors ? new ErrorsFile(o.errors) : undefined;
  const flow = new RecordFlow(pack, o.asOf, o.mode === 'audit');
  const { summary, claims: duplicates } = flow;
  const cases = new CaseTotals();
  const tableInvalid: InvalidRow[] = [];
  const errorReport: string[] = [];
  let first = true;
  let rows = 0;
  let inThread: Executor | undefined;
  let workers: Executor | undefined;

  // JSON records each begin with a comma: the first one written drops it.
  const emit = async (text: string) => {
    if (!text) return;
    if (first && o.format === 'json') text = text.slice(1);
    first = false;
    await sink.write(text);
  };
  /**
   * `written` is called once the bytes are written (at once if there are none), when the sink can
   * tell: for a file or the process's standard output (see Sink.writeBytes), never for another
   * stream, which may keep them.
   */
  const emitBytes = async (bytes: Uint8Array, written?: () => void) => {
    if (bytes.length && first) {
      if (o.format === 'json') bytes = bytes.subarray(1);
      first = false;
    }
    if (!bytes.length) return written?.();
    await sink.writeBytes(bytes, written);
  };
  const noteInvalid = async (list: readonly InvalidRow[]) => {
    if (!list.length) return;
    await errorsFile?.add(list);
    for (const r of list) {
      if (tableInvalid.length < TABLE_INVALID_ROWS) tableInvalid.push(r);
      if (errorReport.length <= MAX_ERROR_LINES) errorReport.push(...errorLines(r.file, o.mask ? maskErrors(r.errors) : r.errors));
    }
  };

  // Small inputs are evaluated here, large ones by worker threads (unless --jobs says).
  // An executor made after the first pass reports only the claims of the people it found repeated.
  let tracked: Float64Array | undefined;
  const executorFor = (source: CsvSource, offset: number): Executor => {
    const small = (source.size ?? offset) < WORKER_THRESHOLD;
    if (o.jobs === 0 || (o.jobs === undefined && small)) {
      if (!inThread) (inThread = inThreadExecutor(pack, batchOptions)).track(tracked);
      return inThread;
    }
    if (!workers) (workers = workerExecutor(o.threads ?? startWorkers(workerCount(o.jobs)), pack, batchOptions, batchBytes)).track(tracked);
    return workers;
  };
  const repeats = new RepeatFinder();
  // A progress bar on a terminal; not while machine output streams to the same terminal.
  const progressShown = !o.quiet && io.stderr.isTTY === true && (o.format === 'table' || o.output !== undefined || !io.stdout.isTTY);
  const firstPassProgress = (source: CsvSource) =>
    new Progress(io.stderr, progressShown, source.size, o.lang === 'zh' ? '首遍读取,查找重复的身份证号' : 'first pass, for repeated ID numbers');

  // Interrupted (Ctrl-C): no half-written output or spool is left behind.
  const onSignal = (signal: NodeJS.Signals) => {
    repeats.discard();
    discardAll(inputs);
    sink.abort();
    errorsFile?.discard();
    process.exit(signalCode(signal));
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal).once('SIGHUP', onSignal);
  try {
    tracked = await repeatedPeople(inputs, flow, executorFor, repeats, firstPassProgress, batchBytes);
    // Remembering everyone (one pass): room for all at once.
    // (A run that must remember everyone, reading standard input, takes no more at once.)
    if (!tracked) duplicates.reserve(Math.min(estimatedRecords(inputs), twoPassRows()));
    inThread?.track(tracked);
    workers?.track(tracked);
    await sink.write(format.head());
    for (const input of inputs) {
      if (input.kind === 'case') {
        const { file, size } = input.input;
        summary.addFile(file);
        const fileProgress = new Progress(io.stderr, progressShown, size);
        for await (const { records, bytes } of input.input.read()) {
          // Output is written some 64 KB at a time: an await a record costs more than the writing.
          let text = '';
          for (const w of records) {
            const rec = isRejected(w) ? flow.reject(w) : flow.evaluate(w);
            if (batchOptions.caseTotals) cases.add(rec.case_id, rec.results);
            if (!rec.results) await noteInvalid([invalidRow(rec)]);
            text += format.record(rec);
            if (text.length >= 1 << 16) {
              await emit(text);
              text = '';
            }
          }
          await emit(text);
          rows += records.length;
          fileProgress.update(rows, bytes);
        }
        fileProgress.done();
        continue;
      }
      const { source } = input;
      summary.addFile(source.file);
      if (!source.layout) {
        if (!o.quiet) io.stderr.write(`${source.file}: empty: no header and no records\n`);
        continue;
      }
      const executorAt = (offset: number) => executorFor(source, offset);
      const map = o.format === 'csv' && o.mode === 'evaluate' ? columnMap(formatOptions.csv!, source.layout) : null;
      const fileProgress = new Progress(io.stderr, progressShown, source.size);
      // Claims are registered as soon as a batch's result is in (in input order); a batch with
      // duplicates asks its worker at once to write those rows again. Writing waits its turn.
      const settle = (r: BatchResult, executor: Executor): Settled => {
        if (!r.claims) return { result: r, executor };
        const c = r.claims;
        const patchRows: PatchRows = [];
        for (const [j, first] of duplicates.registerBatch(source.file, c)) patchRows.push([c.rows[j]!, [...first]]);
        if (!patchRows.length) {
          executor.release(r.seq);
          return { result: r, executor };
        }
        const patch = executor.patch(r.seq, patchRows).finally(() => executor.release(r.seq));
        patch.catch(() => {}); // awaited when written
        return { result: r, patch, executor };
      };
      const write = async ({ result: r, patch: pending, executor }: Settled) => {
        summary.merge(r.summary);
        cases.merge(r.cases);
        await noteInvalid(r.invalid);
        rows += r.rows;
        // Once written, the batch's memory goes back to the executor, to serve a later batch.
        if (!pending) return emitBytes(r.bytes, () => executor.recycle(r.bytes));
        const patch = await pending;
        summary.merge(patch.summary);
        cases.merge(patch.cases);
        const c = r.claims!;
        const replaced = new Map(patch.pieces.map((p) => [p.row, p.bytes]));
        // The batch's own bytes around the rows written anew. Its memory goes back once the
        // last of them is written (writes end in order), or at once if none is.
        const pieces: { bytes: Uint8Array; own: boolean }[] = [];
        let at = 0;
        for (let j = 0; j < c.count; j++) {
          const bytes = replaced.get(c.rows[j]!);
          if (!bytes) continue;
          pieces.push({ bytes: r.bytes.subarray(at, c.starts[j]!), own: true }, { bytes, own: false });
          at = c.ends[j]!;
        }
        pieces.push({ bytes: r.bytes.subarray(at), own: true });
        let last = pieces.length - 1;
        while (last >= 0 && !(pieces[last]!.own && pieces[last]!.bytes.length)) last--;
        if (last < 0) executor.recycle(r.bytes);
        for (let i = 0; i < pieces.length; i++) await emitBytes(pieces[i]!.bytes, i === last ? () => executor.recycle(r.bytes) : undefined);
      };
      // Every invalid row goes to --errors; otherwise only the first few are shown.
      const invalidLimit = () => (errorsFile ? Infinity : Math.max(0, TABLE_INVALID_ROWS - tableInvalid.length, MAX_ERROR_LINES - errorReport.length));
      await streamBatches(source, input.stream, executorAt, map, invalidLimit, settle, write, (bytes) => fileProgress.update(rows, bytes), batchBytes);
      fileProgress.done();
    }
    await sink.write(format.tail(summary.result(), { cases: cases.top(TABLE_CASES), casesCount: cases.size, invalid: tableInvalid }));
    await sink.commit();
    if (errorsFile) await errorsFile.finish(o.lang, o.bom);
  } catch (e) {
    repeats.discard();
    discardAll(inputs);
    sink.abort();
    errorsFile?.discard();
    if (io.stderr.isTTY && !o.quiet) io.stderr.write('\r\u001b[2K');
    throw e;
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal).off('SIGHUP', onSignal);
    discardAll(inputs);
    await workers?.close();
  }

  const s = summary.result();
  const showErrors = !o.quiet && (o.format !== 'table' || !toTerminal);
  if (showErrors && errorReport.length) {
    for (const line of errorReport.slice(0, MAX_ERROR_LINES)) io.stderr.write(`${line}\n`);
    if (errorReport.length > MAX_ERROR_LINES) io.stderr.write(`… and more invalid records${o.errors ? `: all are in ${o.errors}` : '; --errors FILE writes them all'}\n`);
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

function invalidRow(rec: EvaluatedRecord): InvalidRow {
  return { file: rec.source.file, ...(rec.source.line ? { line: rec.source.line } : {}), type: rec.writtenType ?? rec.type, case_id: rec.case_id, errors: rec.errors, input: rec.raw };
}

/** A batch's result once its claims are registered: with the rewrite of its duplicate rows, if any. */
interface Settled {
  result: BatchResult;
  /** Who ran it. */
  executor: Executor;
  patch?: Promise<PatchResult>;
}

/**
 * Streams one CSV input through the executor. Results are settled (claims registered) and
 * written in input order; reading goes on while earlier batches are evaluated.
 */
async function streamBatches(
  source: CsvSource,
  stream: Readable | undefined,
  executorAt: (offset: number) => Executor,
  map: number[] | null,
  invalidLimit: () => number,
  settle: (r: BatchResult, executor: Executor) => Settled,
  write: (s: Settled) => Promise<void>,
  onBytes: (bytes: number) => void,
  batchBytes: number,
): Promise<void> {
  const layout = source.layout!;
  const inflight: Promise<Settled>[] = [];
  let previous: Promise<unknown> = Promise.resolve();
  let seq = 0;
  let capacity = 1;
  const submit = (b: { bytes: Uint8Array; firstLine: number; offset: number }) => {
    const executor = executorAt(b.offset);
    capacity = executor.capacity;
    const result = executor.run({ seq: seq++, bytes: b.bytes, firstLine: b.firstLine, encoding: source.encoding, layout, map, invalidLimit: invalidLimit() });
    const settled = Promise.all([result, previous]).then(([r]) => settle(r, executor));
    settled.catch(() => {}); // awaited in order below; this only keeps a later failure from going unhandled
    previous = settled;
    inflight.push(settled);
  };
  const drain = async (keep: number) => {
    while (inflight.length > keep) await write(await inflight.shift()!);
  };
  for await (const { batches, bytes } of batchesOf(source, batchBytes, stream, stream ? undefined : executorAt(source.dataOffset).memory)) {
    for (const b of batches) submit(b);
    await drain(capacity);
    onBytes(bytes);
  }
  await drain(0);
}

/** A CSV input's data in batches of whole records, as its chunks come, with the bytes read so far. */
/** `memory`: where to read a file's batches (see BatchMemory); undefined: memory of their own. */
async function* batchesOf(source: CsvSource, batchBytes: number, stream: Readable | undefined, memory?: BatchMemory): AsyncGenerator<{ batches: ByteBatch[]; bytes: number }> {
  const splitter = new BatchSplitter(source.file, batchBytes, 16 << 20, source.dataLine, source.dataOffset);
  let bytes = source.dataOffset;
  if (!stream) {
    const file = await open(source.path!, 'r');
    try {
      for await (const { batches, position } of splitter.readFile(file, source.dataOffset, batchBytes, memory)) yield { batches, bytes: position };
    } finally {
      await file.close();
    }
  }
  if (source.rest?.length) yield { batches: splitter.push(source.rest), bytes };
  for await (const chunk of stream ?? []) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    bytes += buf.length;
    yield { batches: splitter.push(buf), bytes };
  }
  const last = splitter.end();
  if (last) yield { batches: [last], bytes };
}

/** About how many records the inputs hold (CSV files estimated from their first megabyte; case files counted). */
function estimatedRecords(inputs: Input[]): number {
  return inputs.reduce((n, i) => n + (i.kind === 'csv' ? (i.source.estimatedRows ?? 0) : (i.input.summary?.records ?? 0)), 0);
}

/**
 * The first pass of a run over many records: the people whose ID number occurs more than once
 * in its inputs (in case files and CSV files alike). Only their claims need be remembered to
 * find duplicates. Undefined (every claim is remembered) for fewer records than twoPassRows(),
 * and when an input is a stream (standard input, a pipe), which cannot be read twice.
 */
async function repeatedPeople(
  inputs: Input[],
  flow: RecordFlow,
  executorFor: (source: CsvSource, offset: number) => Executor,
  finder: RepeatFinder,
  progressOf: (source: CsvSource) => Progress,
  batchBytes: number,
): Promise<Float64Array | undefined> {
  if (inputs.some((i) => (i.kind === 'csv' && i.stream) || (i.kind === 'case' && !i.input.summary))) return undefined;
  if (estimatedRecords(inputs) <= twoPassRows()) return undefined;
  for (const input of inputs) {
    if (input.kind === 'case') {
      for await (const { records } of input.input.read()) {
        const keys: number[] = [];
        for (const w of records) {
          const key = isRejected(w) ? undefined : flow.personKey(w);
          if (key !== undefined) keys.push(key);
        }
        finder.add(Float64Array.from(keys));
      }
      continue;
    }
    const { source } = input;
    if (!source.layout) continue;
    const inflight: Promise<Float64Array>[] = [];
    let seq = 0;
    let rows = 0;
    const progress = progressOf(source);
    const add = (keys: Float64Array) => {
      finder.add(keys);
      rows += keys.length;
    };
    for await (const { batches, bytes } of batchesOf(source, batchBytes, undefined, executorFor(source, source.dataOffset).memory)) {
      for (const b of batches) {
        const executor = executorFor(source, b.offset);
        const keys = executor.keys({ seq: seq++, bytes: b.bytes, firstLine: b.firstLine, encoding: source.encoding, layout: source.layout, map: null, invalidLimit: 0 });
        keys.catch(() => {}); // awaited in order below; this only keeps a later failure from going unhandled
        inflight.push(keys);
        while (inflight.length > executor.capacity) add(await inflight.shift()!);
      }
      progress.update(rows, bytes);
    }
    for (const keys of inflight) add(await keys);
    progress.done();
  }
  return finder.finish();
}
