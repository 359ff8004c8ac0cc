/**
 * `subsidy evaluate`: read case files, evaluate every record, write the results.
 * Options arrive normalized from the CLI; nothing here parses flags.
 */
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import type { CalendarDate } from '../engine/calendar.js';
import { SummaryBuilder, type Summary } from '../engine/summary.js';
import { InputError, UsageError } from '../errors.js';
import { formatYuan } from '../i18n/describe.js';
import type { Lang } from '../i18n/lang.js';
import { readCaseFile, type CaseFormat } from '../io/case-file.js';
import { Sink } from '../io/sink.js';
import { jsonWriter, ndjsonWriter } from '../io/writers/json.js';
import { tableWriter } from '../io/writers/table.js';
import type { OutputFormat, RecordWriter, WriterContext } from '../io/writers/types.js';
import type { WrittenRecord } from '../io/written.js';
import { evaluateWritten, type EvaluatedRecord } from '../pipeline.js';
import type { RulesPack } from '../rules/load.js';
import { colorFor, readAll, type CommandIO } from './io.js';

export interface EvaluateOptions {
  inputs: string[];
  inputFormat?: CaseFormat;
  format: OutputFormat;
  output?: string;
  asOf: CalendarDate;
  explain: boolean;
  lang: Lang;
  color: boolean;
  quiet: boolean;
}

const WRITERS: Record<OutputFormat, (ctx: WriterContext) => RecordWriter> = {
  table: tableWriter,
  json: jsonWriter,
  ndjson: ndjsonWriter,
};

const MAX_ERROR_LINES = 20;

export function caseFormatOf(file: string, given: CaseFormat | undefined): CaseFormat {
  if (given) return given;
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  throw new InputError(`${file}: cannot tell its format from the name; name it .json, .yaml or .yml, or pass --input-format json|yaml`);
}

function readInput(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new InputError(`${file}: cannot read it: ${why}; check the path`);
  }
}

function decodeUtf8(bytes: Buffer, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError(`${file}: not valid UTF-8; save the file as UTF-8`);
  }
}

/** Reads every input before any output is written, so an unreadable file stops the run cleanly. */
async function readInputs(o: EvaluateOptions, io: CommandIO): Promise<{ file: string; records: WrittenRecord[] }[]> {
  if (o.inputs.filter((f) => f === '-').length > 1) throw new UsageError('-: standard input can be read only once; give - one time');
  const out = [];
  for (const file of o.inputs) {
    if (file === '-') {
      const text = decodeUtf8(await readAll(io.stdin), '<stdin>');
      const format = o.inputFormat ?? (/^\s*[[{]/.test(text) ? 'json' : 'yaml');
      out.push({ file: '<stdin>', records: readCaseFile(text, '<stdin>', format) });
    } else {
      const format = caseFormatOf(file, o.inputFormat);
      out.push({ file, records: readCaseFile(decodeUtf8(readInput(file), file), file, format) });
    }
  }
  return out;
}

function errorLines(rec: EvaluatedRecord): string[] {
  return rec.errors.map((e) => {
    const value = e.value === null || e.value === undefined ? '' : ` = ${JSON.stringify(e.value)}`;
    return `${rec.source.file}${e.line ? `:${e.line}` : ''}: ${e.field}${value}: ${e.message}`;
  });
}

/** Fails early, before any work, when the output cannot be written where asked. */
function checkOutputPath(output: string): void {
  const dir = dirname(resolve(output));
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    throw new UsageError(`--output ${output}: the folder ${dir} does not exist; create it or choose another path`);
  }
  if (!stat.isDirectory()) throw new UsageError(`--output ${output}: ${dir} is not a folder`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new UsageError(`--output ${output}: the folder ${dir} is not writable; choose another path`);
  }
  if (existsSync(output) && statSync(output).isDirectory()) throw new UsageError(`--output ${output}: is a folder; name a file`);
}

function summaryLine(s: Summary, lang: Lang): string {
  return lang === 'zh'
    ? `${s.records} 条记录:${s.evaluated} 条已评估,${s.invalid} 条无效;补贴合计 ${formatYuan(s.grants.total)} 元,贷款合计 ${formatYuan(s.loans.total)} 元`
    : `${s.records} records: ${s.evaluated} evaluated, ${s.invalid} invalid; grants ${formatYuan(s.grants.total)} yuan, loans ${formatYuan(s.loans.total)} yuan`;
}

/** Runs the evaluation; returns the exit code (0, or 1 when some records were invalid). */
export async function runEvaluate(o: EvaluateOptions, pack: RulesPack, io: CommandIO): Promise<number> {
  if (o.output) checkOutputPath(o.output);
  const inputs = await readInputs(o, io);
  const sink = o.output ? Sink.file(o.output) : Sink.stdout(io.stdout);
  const toTerminal = !o.output && io.stdout.isTTY === true;
  const ctx: WriterContext = {
    sink,
    pack,
    asOf: o.asOf,
    lang: o.lang,
    explain: o.explain,
    color: o.output ? colorFor({}, {}, false) : colorFor(io.stdout, io.env, o.color),
    columns: toTerminal ? (io.stdout.columns ?? 100) : Infinity,
  };
  const writer = WRITERS[o.format](ctx);
  const summary = new SummaryBuilder(pack);
  const errorReport: string[] = [];
  try {
    await writer.begin();
    for (const input of inputs) {
      summary.addFile(input.file);
      for (const w of input.records) {
        const rec = evaluateWritten(w, pack, o.asOf);
        summary.add(input.file, rec.results);
        if (rec.results === null && errorReport.length <= MAX_ERROR_LINES) errorReport.push(...errorLines(rec));
        await writer.write(rec);
      }
    }
    await writer.end(summary.result());
    await sink.commit();
  } catch (e) {
    sink.abort();
    throw e;
  }
  const s = summary.result();
  const showErrors = !o.quiet && (o.format !== 'table' || !toTerminal);
  if (showErrors && errorReport.length) {
    for (const line of errorReport.slice(0, MAX_ERROR_LINES)) io.stderr.write(`${line}\n`);
    if (errorReport.length > MAX_ERROR_LINES) io.stderr.write(`… more invalid records: see the output's "errors"\n`);
  }
  if (!o.quiet && (o.format !== 'table' || o.output)) io.stderr.write(`${summaryLine(s, o.lang)}\n`);
  return s.invalid > 0 ? 1 : 0;
}
