/**
 * `subsidy evaluate`: read case files and CSV batches, evaluate every record, write the
 * results. Options arrive normalized from the CLI; nothing here parses flags.
 *
 * Case files are evaluated here, a chunk of records at a time: JSON and NDJSON stream (see
 * case-input.ts), YAML is read whole. CSV inputs stream through csv-run.ts. Every claim, from
 * either, is settled through one Claims, in input order. Memory stays flat whatever the size.
 */
import { CaseTotals } from '../batch/cases.js';
import type { BatchOptions } from '../batch/process.js';
import { RepeatFinder } from '../batch/repeats.js';
import { makeFormat, writesCsvRows, type FormatOptions } from '../io/formats/index.js';
import { inputHeaders } from '../io/formats/csv.js';
import { checkOutputPath } from '../io/output-path.js';
import { encodeGb18030 } from '../io/gb18030.js';
import { Sink, type Encode } from '../io/sink.js';
import { say } from './messages.js';
import { auditKinds, evaluateKinds } from '../io/xlsx/sheets.js';
import { SHEET_NAMES } from '../io/xlsx/summary.js';
import { XlsxSink } from '../io/xlsx/writer.js';
import { UsageError } from '../errors.js';
import { KeySet } from '../engine/person-key.js';
import { RecordFlow } from '../pipeline.js';
import type { RulesPack } from '../rules/load.js';
import { discardSpools } from './case-input.js';
import { CsvRun } from './csv-run.js';
import { ErrorsFile } from './errors-file.js';
import { csvColumns, readBackFields } from './columns.js';
import { checkApplicable, checkDistinct, discardAll, estimatedRecords, prepareInputs } from './inputs.js';
import { colorFor, tableWidth, type CommandIO } from './io.js';
import { tuningOf, type EvaluateOptions, type Tuning } from './options.js';
import { RunOutput } from './report.js';
import { writeReport } from './report-file.js';
import type { Source, SourceRun } from './sources.js';
import { CLEAR_LINE } from './progress.js';

export { FAIL_ON, DEFAULT_TUNING, type EvaluateOptions, type FailOn, type InputFormat, type Tuning } from './options.js';
export { inputFormatOf } from './inputs.js';
export { startEarly } from './csv-run.js';

const TABLE_CASES = 20;

/** A run under way: what its parts share (its sources are read into it: see SourceRun). */
export interface Run extends SourceRun {
  tuning: Tuning;
  inputs: Source[];
  errorsFile: ErrorsFile | undefined;
}

/** Runs the evaluation; returns the exit code (0, or 1 when some records were invalid or --fail-on found something). */
export async function runEvaluate(o: EvaluateOptions, pack: RulesPack, io: CommandIO): Promise<number> {
  const started = performance.now();
  if (o.format === 'xlsx' && !o.output) throw new UsageError(say('xlsxNeedsFile'));
  if (o.output) checkOutputPath('--output', o.output);
  if (o.errors) checkOutputPath('--errors', o.errors);
  if (o.report) checkOutputPath('--report', o.report);
  checkApplicable(o);
  checkDistinct(o);
  const inputs = await untilInterrupted(io, discardSpools, () => prepareInputs(o, pack, io));
  const toTerminal = !o.output && io.stdout.isTTY === true;
  const run = startRun(o, pack, io, inputs, toTerminal);
  const repeats = new RepeatFinder();
  // Interrupted (Ctrl-C): no half-written output or spool is left behind.
  const discard = () => {
    repeats.discard();
    discardAll(inputs);
    run.output.sink.abort();
    run.errorsFile?.discard();
    // The progress line, if one is drawn, goes with them.
    if (run.progressShown) io.stderr.write(CLEAR_LINE);
  };
  try {
    await untilInterrupted(io, discard, () => writeAll(run, repeats));
    if (o.report) await writeReport(o.report, o, pack, run.flow.summary.result(), run.cases, run.output, started);
  } catch (e) {
    discard();
    throw e;
  } finally {
    discardAll(inputs);
    await run.csv.close();
  }
  return run.output.finish(run.flow.summary.result(), io, toTerminal);
}

/** A run's parts, ready for its inputs (exported for tests). */
export function startRun(o: EvaluateOptions, pack: RulesPack, io: CommandIO, inputs: Source[], toTerminal: boolean): Run {
  const batchMode = inputs.some((s) => s.batched);
  // (A table of batches lists no records: nothing to explain.)
  if (o.explain && o.format === 'table' && batchMode && o.mode === 'evaluate') throw new UsageError(say('explainBatchTable'));
  const formatOptions: FormatOptions = {
    mode: o.mode,
    mask: o.mask,
    // A workbook is written from the csv format's rows (see src/io/xlsx/writer.ts).
    format: o.format === 'xlsx' ? 'csv' : o.format,
    asOf: o.asOf,
    lang: o.lang,
    explain: o.explain,
    colorLevel: o.output ? 0 : colorFor(io.stdout, io.env, o.color).level,
    columns: tableWidth(io, o.output),
    summaryOnly: batchMode,
    all: o.all ?? false,
    bom: o.bom,
    ...(writesCsvRows(o.format) && o.mode === 'evaluate' ? { csv: csvColumns(inputs, pack, o.type) } : {}),
  };
  // Case totals for tables of batches, and (with pending results by month) for the report.
  const caseTotals = (o.format === 'table' && batchMode) || o.report !== undefined;
  const batchOptions: BatchOptions = { asOf: o.asOf, format: formatOptions, caseTotals, duplicates: true, ...(o.report ? { report: true } : {}) };
  const encode = o.outputEncoding === 'gb18030' ? encodeGb18030 : undefined;
  const errorsFile = o.errors ? new ErrorsFile(o.errors, { inputs, pack, type: o.type }, encode) : undefined;
  const output = new RunOutput(o, outputSink(o, pack, formatOptions, io, o.format === 'csv' ? encode : undefined), errorsFile);
  const flow = new RecordFlow(pack, o.asOf, o.mode === 'audit', o.ledger?.claims, o.report !== undefined);
  const cases = new CaseTotals();
  const tuning = tuningOf(o.tuning);
  const recorder = o.ledger?.recorder;
  const csvOptions = { jobs: o.jobs, threads: o.threads, tuning, ...(recorder ? { onSettled: recorder.onSettled.bind(recorder) } : {}) };
  const csv = new CsvRun(pack, batchOptions, csvOptions, flow.claims, { summary: flow.summary, cases }, output);
  const progressShown = !o.quiet && io.stderr.isTTY === true && (o.format === 'table' || o.output !== undefined || !io.stdout.isTTY);
  return { o, io, tuning, inputs, format: makeFormat(formatOptions, pack), flow, cases, output, csv, errorsFile, csvOutput: formatOptions.csv, readBack: formatOptions.csv && readBackFields(inputHeaders(formatOptions.csv, o.lang), pack, o.type), caseTotals, progressShown };
}

/** Where a run's output goes: its --output file (as a workbook for xlsx), or standard output. */
function outputSink(o: EvaluateOptions, pack: RulesPack, f: FormatOptions, io: CommandIO, encode: Encode | undefined) {
  if (!o.output) return Sink.stdout(io.stdout, encode);
  if (o.format !== 'xlsx') return Sink.file(o.output, undefined, encode);
  const kinds = o.mode === 'audit' ? auditKinds() : evaluateKinds(f.csv!, pack);
  return new XlsxSink(o.output, { sheet: SHEET_NAMES.results[o.lang], kinds, lang: o.lang, summary: { pack, lang: o.lang, mask: o.mask } });
}

/** The first pass (if the run needs one), then every input in order, then the summary. */
async function writeAll(run: Run, repeats: RepeatFinder): Promise<void> {
  const { o, inputs, flow, output } = run;
  const repeated = await repeatedPeople(run, repeats);
  // Room for all the people to remember, at once: those repeated, or (one pass) everyone.
  // (A run that must remember everyone, reading standard input, takes no more at once.)
  flow.claims.reserve(repeated ? repeated.count : Math.min(estimatedRecords(inputs), run.tuning.twoPassRows));
  // With a ledger, every claim is checked against it; only the repeated people's are remembered.
  if (o.ledger) o.ledger.claims.track(repeated?.people);
  else run.csv.track(repeated?.people);
  await output.sink.write(run.format.head());
  for (const source of inputs) await source.write(run);
  await output.sink.write(run.format.tail(flow.summary.result(), { cases: run.cases.top(TABLE_CASES), casesCount: run.cases.size, invalid: output.tableInvalid }));
  output.sink.summarize?.(flow.summary.result());
  await output.sink.commit();
  if (run.errorsFile) await run.errorsFile.finish(o.lang, o.bom);
}

/**
 * The first pass of a run over many records: the people whose ID number occurs more than once
 * in its inputs (in case files and CSV files alike). Only their claims need be remembered to
 * find duplicates. Undefined (every claim is remembered) for fewer records than twoPassRows,
 * and when an input is a stream (standard input, a pipe), which cannot be read twice.
 */
async function repeatedPeople(run: Run, finder: RepeatFinder): Promise<{ people: KeySet; count: number } | undefined> {
  const { inputs } = run;
  if (inputs.some((s) => !s.rereadable)) return undefined;
  if (estimatedRecords(inputs) <= run.tuning.twoPassRows) return undefined;
  for (const source of inputs) await source.keys(run, (keys) => finder.add(keys));
  const keys = finder.finish();
  return { people: KeySet.of(keys), count: keys.length };
}

/**
 * Runs `work`; a signal meanwhile (SIGINT, SIGTERM, SIGHUP) first runs `discard`, then reports
 * the interruption (see CommandIO.interrupted), which ends the process.
 */
async function untilInterrupted<T>(io: CommandIO, discard: () => void, work: () => Promise<T>): Promise<T> {
  const off = () => process.off('SIGINT', onSignal).off('SIGTERM', onSignal).off('SIGHUP', onSignal);
  const onSignal = (signal: NodeJS.Signals) => {
    discard();
    off();
    if (io.interrupted) io.interrupted(signal);
    else process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal).once('SIGHUP', onSignal);
  try {
    return await work();
  } finally {
    off();
  }
}
