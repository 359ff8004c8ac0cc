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
import { isRejected } from '../io/case-file.js';
import { makeFormat, type DocumentFormat, type FormatOptions } from '../io/formats/index.js';
import { checkOutputPath } from '../io/output-path.js';
import { Sink } from '../io/sink.js';
import { KeySet } from '../engine/person-key.js';
import { RecordFlow, type EvaluatedRecord } from '../pipeline.js';
import type { RulesPack } from '../rules/load.js';
import { discardSpools, type CaseInput } from './case-input.js';
import { CsvRun } from './csv-run.js';
import { ErrorsFile } from './errors-file.js';
import { checkApplicable, checkDistinct, columnMap, csvColumns, discardAll, estimatedRecords, prepareInputs, type Input } from './inputs.js';
import { colorFor, type CommandIO } from './io.js';
import { tuningOf, type EvaluateOptions, type Tuning } from './options.js';
import { Progress } from './progress.js';
import { invalidRow, RunOutput } from './report.js';

export { FAIL_ON, DEFAULT_TUNING, type EvaluateOptions, type FailOn, type InputFormat, type Tuning } from './options.js';
export { inputFormatOf } from './inputs.js';
export { startEarly } from './csv-run.js';

const TABLE_CASES = 20;

/** A run under way: what its parts share. */
interface Run {
  o: EvaluateOptions;
  io: CommandIO;
  tuning: Tuning;
  inputs: Input[];
  format: DocumentFormat;
  flow: RecordFlow;
  cases: CaseTotals;
  output: RunOutput;
  csv: CsvRun;
  errorsFile: ErrorsFile | undefined;
  csvOutput: FormatOptions['csv'];
  /** A progress bar on a terminal; not while machine output streams to the same terminal. */
  progressShown: boolean;
}

/** Runs the evaluation; returns the exit code (0, or 1 when some records were invalid or --fail-on found something). */
export async function runEvaluate(o: EvaluateOptions, pack: RulesPack, io: CommandIO): Promise<number> {
  if (o.output) checkOutputPath('--output', o.output);
  if (o.errors) checkOutputPath('--errors', o.errors);
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
  };
  try {
    await untilInterrupted(io, discard, () => writeAll(run, repeats));
  } catch (e) {
    discard();
    if (io.stderr.isTTY && !o.quiet) io.stderr.write('\r\u001b[2K');
    throw e;
  } finally {
    discardAll(inputs);
    await run.csv.close();
  }
  return run.output.finish(run.flow.summary.result(), io, toTerminal);
}

function startRun(o: EvaluateOptions, pack: RulesPack, io: CommandIO, inputs: Input[], toTerminal: boolean): Run {
  const batchMode = inputs.some((i) => i.kind === 'csv');
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
  const batchOptions: BatchOptions = { asOf: o.asOf, format: formatOptions, caseTotals: o.format === 'table' && batchMode, duplicates: true };
  const errorsFile = o.errors ? new ErrorsFile(o.errors) : undefined;
  const output = new RunOutput(o, o.output ? Sink.file(o.output) : Sink.stdout(io.stdout), errorsFile);
  const flow = new RecordFlow(pack, o.asOf, o.mode === 'audit', o.ledger?.claims);
  const cases = new CaseTotals();
  const tuning = tuningOf(o.tuning);
  const recorder = o.ledger?.recorder;
  const csvOptions = { jobs: o.jobs, threads: o.threads, tuning, ...(recorder ? { onSettled: recorder.onSettled.bind(recorder) } : {}) };
  const csv = new CsvRun(pack, batchOptions, csvOptions, flow.claims, { summary: flow.summary, cases }, output);
  const progressShown = !o.quiet && io.stderr.isTTY === true && (o.format === 'table' || o.output !== undefined || !io.stdout.isTTY);
  return { o, io, tuning, inputs, format: makeFormat(formatOptions, pack), flow, cases, output, csv, errorsFile, csvOutput: formatOptions.csv, progressShown };
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
  for (const input of inputs) {
    if (input.kind === 'case') {
      await writeCases(run, input.input);
      continue;
    }
    const { source } = input;
    flow.summary.addFile(source.file);
    if (!source.layout) {
      if (!o.quiet) run.io.stderr.write(`${source.file}: empty: no header and no records\n`);
      continue;
    }
    const map = run.csvOutput ? columnMap(run.csvOutput, source.layout) : null;
    const progress = new Progress(run.io.stderr, run.progressShown, source.size);
    await run.csv.run(source, input.stream, map, (bytes) => progress.update(run.csv.rows, bytes));
    progress.done();
  }
  await output.sink.write(run.format.tail(flow.summary.result(), { cases: run.cases.top(TABLE_CASES), casesCount: run.cases.size, invalid: output.tableInvalid }));
  await output.sink.commit();
  if (run.errorsFile) await run.errorsFile.finish(o.lang, o.bom);
}

/** A case input, a chunk of records at a time. */
async function writeCases(run: Run, input: CaseInput): Promise<void> {
  const { file, size } = input;
  run.flow.summary.addFile(file);
  const progress = new Progress(run.io.stderr, run.progressShown, size);
  const caseTotals = run.o.format === 'table' && run.inputs.some((i) => i.kind === 'csv');
  for await (const { records, bytes } of input.read()) {
    // Output is written some 64 KB at a time: an await a record costs more than the writing.
    let text = '';
    // (No variable holds the chunk: one would keep it alive while the next chunk is read.)
    for (const rec of run.o.ledger ? await withLedger(run, records) : run.flow.run(records)) {
      if (caseTotals) run.cases.add(rec.case_id, rec.results);
      if (!rec.results) await run.output.noteInvalid([invalidRow(rec)]);
      text += run.format.record(rec);
      if (text.length >= 1 << 16) {
        await run.output.emit(text);
        text = '';
      }
    }
    await run.output.emit(text);
    run.csv.rows += records.length;
    progress.update(run.csv.rows, bytes);
  }
  progress.done();
}

/** A chunk of case records evaluated and claimed against the ledger (which may answer later), and given to its recorder. */
async function withLedger(run: Run, records: Parameters<RecordFlow['run']>[0]): Promise<EvaluatedRecord[]> {
  const recs = await run.flow.runAsync(records);
  run.o.ledger?.recorder?.onRecords(recs);
  return recs;
}

/**
 * The first pass of a run over many records: the people whose ID number occurs more than once
 * in its inputs (in case files and CSV files alike). Only their claims need be remembered to
 * find duplicates. Undefined (every claim is remembered) for fewer records than twoPassRows,
 * and when an input is a stream (standard input, a pipe), which cannot be read twice.
 */
async function repeatedPeople(run: Run, finder: RepeatFinder): Promise<{ people: KeySet; count: number } | undefined> {
  const { inputs, flow } = run;
  if (inputs.some((i) => (i.kind === 'csv' && i.stream) || (i.kind === 'case' && !i.input.summary))) return undefined;
  if (estimatedRecords(inputs) <= run.tuning.twoPassRows) return undefined;
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
    const progress = new Progress(run.io.stderr, run.progressShown, source.size, run.o.lang === 'zh' ? '首遍读取,查找重复的身份证号' : 'first pass, for repeated ID numbers');
    let rows = 0;
    await run.csv.keys(source, (keys, bytes) => {
      finder.add(keys);
      rows += keys.length;
      progress.update(rows, bytes);
    });
    progress.done();
  }
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
