/**
 * The library: load the rules, evaluate records, stream a batch. The same engine as the
 * command line, with the same JSON shapes. Importing it does nothing by itself: no output,
 * no exit handlers, no files read until a function is called.
 *
 * ```ts
 * import { loadRules, evaluateRecords } from 'subsidy';
 * const rules = loadRules({ flags: ['recruitment_amount=500'] });
 * const { records, summary } = evaluateRecords([{ type: 'hire', worker_id: '…', worker_group: '建档立卡贫困家庭成员' }], { rules, asOf: '2020-06-30' });
 * ```
 */
import type { AuditItem } from './engine/audit.js';
import type { CalendarDate } from './core/calendar.js';
import { quoted } from './core/excerpt.js';
import { InputError } from './errors.js';
import type { Lang } from './i18n/lang.js';
import { recordJson, rulesJson, summaryJson, type RecordJson } from './io/present.js';
import { say } from './io/messages.js';
import type { Claims } from './engine/claims.js';
import { RecordFlow } from './pipeline.js';
import { RECORD_TYPES, TYPE_FIELD, recordTypeOf, type RecordType } from './records/fields.js';
import { isInvalid, parseDate } from './records/values.js';
import { loadRules, type RulesPack } from './rules/load.js';

export { loadRules, checkRules, formatProblem, BUILTIN_PACK_PATH, RulesProblems } from './rules/load.js';
export type { RulesPack, LoadOptions, Problem } from './rules/load.js';
export type { ParamOverrides, ResolvedParam, Params } from './rules/params.js';
export { SubsidyError, UsageError, RulesError, InputError, EXIT } from './errors.js';
export { RECORD_TYPES, FIELDS } from './records/fields.js';
export type { RecordType, FieldSpec, FieldKind } from './records/fields.js';
export type { RecordJson, ResultJson, ReasonJson } from './io/present.js';
export type { Status, Outcome } from './engine/types.js';
export type { ClaimRef, Claims, ClaimBatch, Repeat } from './engine/claims.js';
export { MemoryClaims } from './engine/claim-table.js';
export { openLedger, ledgerName, LedgerError } from './ledger/ledger.js';
export type { Ledger, OpenOptions, PaidRow, EntryRow, EntryFilter, StatsRow, BatchRow } from './ledger/ledger.js';
export { LedgerClaims } from './ledger/claims.js';
export type { AuditItem, Verdict } from './engine/audit.js';
export type { Summary } from './engine/summary.js';
export type { FieldError, SourceRef } from './records/record.js';
export { residentIdProblem, residentIdCheck, upgradeResidentId } from './records/id-number.js';
export { creditCodeProblem, creditCodeCheck } from './records/credit-code.js';
export { addMonths } from './core/calendar.js';
export { jsonSchema, SCHEMA_TARGETS } from './app/schema.js';
export { template, templateHeaders, TEMPLATE_FORMATS } from './app/template.js';

export interface EvaluateOptions {
  /** The rules to apply; the built-in pack with its defaults when absent. */
  rules?: RulesPack;
  /** The evaluation date, YYYY-MM-DD (required: the library never reads the clock). */
  asOf: CalendarDate;
  /** The record type of records that carry none. */
  type?: RecordType;
  /** Language of the reasons (default en). */
  lang?: Lang;
  /** Every condition with its value and outcome, in each result's `explain`. */
  explain?: boolean;
  /** Mask ID numbers and credit codes in `input`. */
  mask?: boolean;
  /** The name records are reported under (`source.file`; default "records"). */
  source?: string;
  /** Where claims are recorded and earlier ones found (default: in memory, for these records alone). */
  claims?: Claims;
}

/** A record with its results; with `audit`, claimed against computed. */
export type EvaluatedRecordJson = RecordJson & { audit?: AuditItem[] };

function checkedAsOf(asOf: unknown): CalendarDate {
  const date = parseDate(asOf);
  if (isInvalid(date)) throw new InputError(`asOf ${JSON.stringify(asOf)}: ${date.error}`);
  return date;
}

/** Evaluates records one at a time, in order; duplicate claims are found across all of them. */
class Evaluator {
  readonly rules: RulesPack;
  readonly asOf: CalendarDate;
  private readonly flow: RecordFlow;
  private readonly file: string;
  private index = 0;

  constructor(private readonly options: EvaluateOptions) {
    this.asOf = checkedAsOf(options.asOf);
    this.rules = options.rules ?? loadRules({ asOf: this.asOf });
    this.flow = new RecordFlow(this.rules, this.asOf, true, options.claims);
    this.file = options.source ?? 'records';
    this.flow.summary.addFile(this.file);
  }

  get summary() {
    return this.flow.summary;
  }

  evaluate(record: Readonly<Record<string, unknown>>): EvaluatedRecordJson {
    this.index++;
    // The record's place by its position, said in either language (InputError.text(lang)).
    const where = { file: this.file, record: this.index };
    if (record === null || typeof record !== 'object' || Array.isArray(record)) throw new InputError(say('libraryNotRecord', { where }));
    const written = [TYPE_FIELD.name, ...TYPE_FIELD.zh].map((k) => record[k]).find((v) => v !== undefined && v !== null && v !== '');
    const type = recordTypeOf(written) ?? (written === undefined ? this.options.type : undefined);
    if (!type) throw new InputError(say('libraryNoType', { where, value: written === undefined ? undefined : quoted(written), types: RECORD_TYPES }));
    const rec = this.flow.evaluate({ type, written: record, source: { file: this.file, line: this.index }, defaults: {} });
    const json: EvaluatedRecordJson = recordJson(rec, { pack: this.rules, lang: this.options.lang ?? 'en', explain: this.options.explain ?? false, mask: this.options.mask ?? false });
    // Claimed against computed, for every program of a record that claims any.
    if (rec.audit?.some((item) => item.claimed !== null)) json.audit = rec.audit;
    return json;
  }
}

export interface Evaluation {
  as_of: CalendarDate;
  rules: ReturnType<typeof rulesJson>;
  records: EvaluatedRecordJson[];
  summary: ReturnType<typeof summaryJson>;
}

/**
 * Evaluates records (objects with the fields of the record contract, Chinese headers
 * accepted) and returns them with their results and a summary that reconciles. `source.line`
 * is the record's position (from 1). An invalid record has `errors` and no results; records
 * of an unknown type throw InputError.
 */
export function evaluateRecords(records: Iterable<Readonly<Record<string, unknown>>>, options: EvaluateOptions): Evaluation {
  const evaluator = new Evaluator(options);
  const out = [...records].map((r) => evaluator.evaluate(r));
  return { as_of: evaluator.asOf, rules: rulesJson(evaluator.rules), records: out, summary: summaryJson(evaluator.summary.result()) };
}

/** Evaluates records as they come (from any iterable or async iterable), yielding each with its results. */
export async function* evaluateStream(
  records: AsyncIterable<Readonly<Record<string, unknown>>> | Iterable<Readonly<Record<string, unknown>>>,
  options: EvaluateOptions,
): AsyncGenerator<EvaluatedRecordJson, void, undefined> {
  const evaluator = new Evaluator(options);
  for await (const record of records) yield evaluator.evaluate(record);
}
