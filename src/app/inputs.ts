/**
 * The inputs of a run, prepared before any output is written: CSV headers read, case files
 * read through once (their first pass), options checked against them; and the input columns
 * of CSV output, gathered from them.
 */
import { createReadStream, realpathSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import type { CaseSummary } from '../io/case-file.js';
import { keysLayout, typeMisfit, type CsvLayout } from '../io/csv/header.js';
import { writesCsvRows } from '../io/formats/index.js';
import type { RecordType } from '../records/fields.js';
import type { RulesPack } from '../rules/load.js';
import { checkAuditHeader, checkAuditKey, nothingToAudit } from './audit-columns.js';
import { prepareCaseInput } from './case-input.js';
import { prepareCsvFile, prepareCsvStream } from './csv-input.js';
import type { CommandIO } from './io.js';
import { tuningOf, type EvaluateOptions, type InputFormat } from './options.js';
import { CaseInputSource, CsvInputSource, type Source } from './sources.js';


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
export function checkApplicable(o: EvaluateOptions): void {
  if (o.bom && o.format !== 'csv' && !o.errors) {
    throw new UsageError(`--bom: a byte order mark is for CSV (--format csv, or the --errors file), not ${o.format} output`);
  }
  if (o.explain && writesCsvRows(o.format)) {
    throw new UsageError(`--explain: ${o.format === 'csv' ? 'CSV output' : 'a workbook'} has statuses, amounts and short reasons, not the details; use --format json, ndjson or table for them`);
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
  const reading = { encoding: o.encoding, facts: pack.facts, ...(o.type ? { type: o.type } : {}) };
  // The keys of case records: for the columns of CSV output, the claims an audit checks, the type that --type gives.
  const caseReading = {
    ...(o.type ? { type: o.type } : {}),
    keys: (writesCsvRows(o.format) && o.mode === 'evaluate') || o.mode === 'audit' || o.type !== undefined,
    spoolBytes: tuningOf(o.tuning).spoolBytes,
  };
  if (o.inputs.filter((f) => f === '-').length > 1) throw new UsageError('-: standard input can be read only once; give - one time');
  for (const file of o.inputs) {
    const stdin = file === '-';
    const name = stdin ? '<stdin>' : file;
    const format = stdin ? o.inputFormat : inputFormatOf(file, o.inputFormat);
    if (format === 'csv') {
      const prepared = stdin ? undefined : prepareCsvFile(file, reading);
      const stream = prepared ? undefined : stdin ? io.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
      const source = prepared ?? (await prepareCsvStream(stream!, name, reading));
      inputs.push(new CsvInputSource(source, stream));
      const layout = source.layout;
      if (o.type && layout && layout.typeColumn >= 0 && !o.quiet) io.stderr.write(`${typeColumnWins(layout, o.type, o.lang)}\n`);
      if (o.mode === 'audit') {
        if (!layout) throw new InputError(nothingToAudit(name));
        checkAuditHeader(layout, pack);
      }
      continue;
    }
    const input = await prepareCaseInput(name, format, stdin ? io.stdin : undefined, caseReading);
    inputs.push(new CaseInputSource(input));
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

/** About how many records the inputs hold (CSV files estimated from their first megabyte; case files counted). */
export function estimatedRecords(inputs: readonly Source[]): number {
  return inputs.reduce((n, s) => n + s.records, 0);
}

