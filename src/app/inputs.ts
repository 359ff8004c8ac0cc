/**
 * The inputs of a run, prepared before any output is written: CSV headers read, case files
 * read through once (their first pass), options checked against them; and the input columns
 * of CSV output, gathered from them.
 */
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import type { CaseSummary } from '../io/case-file.js';
import { keysLayout, typeMisfit, type CsvLayout } from '../io/csv/header.js';
import { writesCsvRows } from '../io/formats/index.js';
import type { RulesPack } from '../rules/load.js';
import { checkAuditHeader, checkAuditKey } from './audit-columns.js';
import { prepareCaseInput } from './case-input.js';
import { prepareCsvFile, prepareCsvStream } from './csv-input.js';
import type { CommandIO } from './io.js';
import { tuningOf, type EvaluateOptions, type InputFormat } from './options.js';
import { CaseInputSource, CsvInputSource, type Source } from './sources.js';
import { fileFormat } from '../io/xlsx/sniff.js';
import { prepareXlsxInput, XlsxInputSource } from './xlsx-input.js';
import { say } from './messages.js';
import { say as ioSay, STDIN_NAME } from '../io/messages.js';

/**
 * An input's format: as given, else by its name, else (a name that does not tell, or .xls) by its
 * first bytes: a workbook is read as one; another binary file (an old .xls, a PDF...) is refused
 * with its format named.
 */
export function inputFormatOf(file: string, given: InputFormat | undefined): InputFormat {
  if (given) return given;
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (ext === '.csv') return 'csv';
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (isFolder(file)) throw new InputError(say('isFolder', { file }));
  const found = fileFormat(file);
  if (found === 'xlsx') return 'xlsx';
  if (found) throw new InputError(say('notAnInput', { file, format: found }));
  throw new InputError(say('unknownFormat', { file }));
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false; // said when it is read
  }
}

/** An option that would do nothing with the others given is a usage error, not silently ignored. */
export function checkApplicable(o: EvaluateOptions): void {
  if (o.bom && o.format !== 'csv' && !o.errors) {
    throw new UsageError(say('bomNotCsv', { format: o.format }));
  }
  if (o.sheet !== undefined && !o.inputs.some((f) => f !== '-' && inputFormatOf(f, o.inputFormat) === 'xlsx')) {
    throw new UsageError(say('sheetNoWorkbook', { sheet: String(o.sheet) }));
  }
  if (o.outputEncoding === 'gb18030' && o.format !== 'csv' && !o.errors) {
    throw new UsageError(say('gb18030NotCsv', { format: o.format }));
  }
  if (o.outputEncoding === 'gb18030' && o.bom) {
    throw new UsageError(say('bomGb18030'));
  }
  if (o.explain && writesCsvRows(o.format)) {
    throw new UsageError(say('explainCsv', { workbook: o.format === 'xlsx' }));
  }
}

/** An output must not overwrite an input, nor the other output. */
export function checkDistinct(o: EvaluateOptions): void {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const inputs = new Map(o.inputs.filter((f) => f !== '-').map((f) => [real(f), f]));
  const outputs = [['--output', o.output], ['--errors', o.errors], ['--report', o.report]] as const;
  outputs.forEach(([flag, path], i) => {
    if (!path) return;
    const input = inputs.get(real(path));
    if (input) throw new UsageError(say('outputIsInput', { flag, path, input }));
    const same = outputs.slice(0, i).find(([, other]) => other && real(other) === real(path));
    if (same) throw new UsageError(say('sameOutput', { flag, path, other: same[0] }));
  });
}

/**
 * Reads CSV headers, and case files through (their first pass), before any output is written,
 * so that an unreadable input stops the run cleanly.
 */
export async function prepareInputs(o: EvaluateOptions, pack: RulesPack, io: CommandIO): Promise<Source[]> {
  const inputs: Source[] = [];
  try {
    await prepareEach(o, pack, io, inputs);
  } catch (e) {
    discardAll(inputs);
    throw e;
  }
  return inputs;
}

export const discardAll = (inputs: readonly Source[]) => {
  for (const s of inputs) s.discard();
};

async function prepareEach(o: EvaluateOptions, pack: RulesPack, io: CommandIO, inputs: Source[]): Promise<void> {
  const reading = { encoding: o.encoding, facts: pack.facts, ...(o.type ? { type: o.type } : {}), ...(o.delimiter !== undefined ? { delimiter: o.delimiter } : {}) };
  // The keys of case records: for the columns of CSV output and of the --errors file, the claims an audit checks, the type that --type gives.
  const caseReading = {
    ...(o.type ? { type: o.type } : {}),
    keys: (writesCsvRows(o.format) && o.mode === 'evaluate') || o.mode === 'audit' || o.type !== undefined || o.errors !== undefined,
    spoolBytes: tuningOf(o.tuning).spoolBytes,
  };
  if (o.inputs.filter((f) => f === '-').length > 1) throw new UsageError(say('stdinTwice'));
  for (const file of o.inputs) {
    const stdin = file === '-';
    const name = stdin ? STDIN_NAME : file;
    const format = stdin ? o.inputFormat : inputFormatOf(file, o.inputFormat);
    if (format === 'xlsx') {
      if (stdin) throw new UsageError(say('workbookFromStdin'));
      const input = await prepareXlsxInput(file, { ...reading, ...(o.sheet !== undefined ? { sheet: o.sheet } : {}) });
      inputs.push(new XlsxInputSource(input));
      checkLayout(input.layout, input.file, o, pack, io);
      continue;
    }
    if (format === 'csv') {
      const prepared = stdin ? undefined : prepareCsvFile(file, reading);
      const stream = prepared ? undefined : stdin ? io.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
      const source = prepared ?? (await prepareCsvStream(stream!, name, reading));
      inputs.push(new CsvInputSource(source, stream));
      checkLayout(source.layout, name, o, pack, io);
      continue;
    }
    const input = await prepareCaseInput(name, format, stdin ? io.stdin : undefined, caseReading);
    inputs.push(new CaseInputSource(input));
    if (input.summary) checkCaseKeys(input.summary, name, o, pack);
  }
}

/** A header (of a CSV file or a workbook's sheet) checked against the options: the type column beside --type, the claims of an audit. */
function checkLayout(layout: CsvLayout | undefined, name: string, o: EvaluateOptions, pack: RulesPack, io: CommandIO): void {
  if (o.type && layout && layout.typeColumn >= 0 && !o.quiet) io.stderr.write(`${say('typeColumnWins', { file: layout.file, column: layout.headers[layout.typeColumn]!, type: o.type }).text(o.lang)}\n`);
  if (o.mode === 'audit') {
    if (!layout) throw new InputError(say('nothingToAudit', { file: name }));
    checkAuditHeader(layout, pack);
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
    if (misfit) throw new InputError(ioSay('typeMisfit', { where: file, type: o.type, why: misfit.why, looksLike: misfit.looksLike }));
  }
  if (o.mode !== 'audit') return;
  let claims = 0;
  for (const { type, key } of summary.keys) if (type && checkAuditKey(key, type, file, pack)) claims++;
  if (summary.records && !claims) throw new InputError(say('nothingToAudit', { file }));
}

/** What --type does for a file with a type column: each row's cell wins, --type fills the empty ones. */

/** About how many records the inputs hold (CSV files estimated from their first megabyte; case files counted). */
export function estimatedRecords(inputs: readonly Source[]): number {
  return inputs.reduce((n, s) => n + s.records, 0);
}

