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
import type { CalendarDate } from './core/calendar.js';
import { quoted } from './core/excerpt.js';
import { InputError } from './errors.js';
import type { Lang } from './i18n/lang.js';
import { auditItemsJson, type AuditItemJson } from './io/formats/audit.js';
import { recordJson, rulesJson, summaryJson, type RecordJson, type RulesJson, type SummaryJson } from './io/present.js';
import { say } from './io/messages.js';
import type { Claims } from './engine/claims.js';
import { asOfArg, langArg, recordsArg, typeArg } from './library/checks.js';
import type { RecordTypeName } from './library/files.js';
import { RecordFlow } from './pipeline.js';
import { RECORD_TYPES, TYPE_FIELD, recordTypeOf, type RecordType } from './records/fields.js';
import { loadRules, type RulesPack } from './rules/load.js';

export { loadRules, checkRules, formatProblem, BUILTIN_PACK_PATH, RulesProblems } from './rules/load.js';
export type { RulesPack, LoadOptions, Problem } from './rules/load.js';
export type { ParamOverrides, ResolvedParam, Params } from './rules/params.js';
export { SubsidyError, UsageError, RulesError, InputError, EXIT } from './errors.js';
export { RECORD_TYPES, FIELDS } from './records/fields.js';
export type { RecordType, FieldSpec, FieldKind } from './records/fields.js';
export type { RecordJson, ResultJson, ReasonJson, RulesJson, SummaryJson, AmountsJson } from './io/present.js';
export type { AuditItemJson } from './io/formats/audit.js';
/** The summary as the library returns it (yuan): the same type as SummaryJson. */
export type Summary = SummaryJson;
/** An audit item as the library returns it (yuan): the same type as AuditItemJson. */
export type AuditItem = AuditItemJson;
export type { Status, Outcome } from './engine/types.js';
export type { ClaimRef, Claims, ClaimBatch, Repeat } from './engine/claims.js';
export { MemoryClaims } from './engine/claim-table.js';
export { ledgerName, LedgerError } from './ledger/ledger.js';
export type { Ledger, PaidRow, EntryRow, EntryFilter, StatsRow, BatchRow } from './ledger/ledger.js';
export { LedgerClaims } from './ledger/claims.js';
export type { Verdict } from './engine/audit.js';
export type { FieldError, SourceRef } from './records/record.js';
export { addMonths, residentIdProblem, residentIdCheck, upgradeResidentId, creditCodeProblem, creditCodeCheck } from './library/values.js';
export { jsonSchema, template, templateHeaders, openLedger } from './library/files.js';
export type { TemplateOptions, OpenOptions, RecordTypeName } from './library/files.js';
export { SCHEMA_TARGETS } from './app/schema.js';
export { TEMPLATE_FORMATS } from './app/template.js';

export interface EvaluateOptions {
  /** The rules to apply; the built-in pack with its defaults when absent. */
  rules?: RulesPack;
  /** The evaluation date, YYYY-MM-DD (required: the library never reads the clock). */
  asOf: CalendarDate;
  /** The record type of records that carry none: its id or its Chinese name. */
  type?: RecordTypeName;
  /** Language of the reasons: en (the default) or zh. */
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

/** A record with its results; with `audit`, claimed against computed, as the items of audit's JSON output. */
export type EvaluatedRecordJson = RecordJson & { audit?: AuditItemJson[] };

/** Evaluates records one at a time, in order; duplicate claims are found across all of them. */
class Evaluator {
  readonly rules: RulesPack;
  readonly asOf: CalendarDate;
  private readonly type: RecordType | undefined;
  private readonly lang: Lang;
  private readonly explain: boolean;
  private readonly mask: boolean;
  private readonly flow: RecordFlow;
  private readonly file: string;
  private index = 0;

  constructor(options: EvaluateOptions | undefined) {
    const o = options ?? ({} as Partial<EvaluateOptions>);
    this.asOf = asOfArg(o.asOf);
    this.type = typeArg('options.type', o.type, true);
    this.lang = langArg('options.lang', o.lang, 'en');
    this.explain = o.explain ?? false;
    this.mask = o.mask ?? false;
    this.rules = o.rules ?? loadRules({ asOf: this.asOf });
    this.flow = new RecordFlow(this.rules, this.asOf, true, o.claims);
    this.file = o.source ?? 'records';
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
    const type = recordTypeOf(written) ?? (written === undefined ? this.type : undefined);
    if (!type) throw new InputError(say('libraryNoType', { where, value: written === undefined ? undefined : quoted(written), types: RECORD_TYPES }));
    const rec = this.flow.evaluate({ type, written: record, source: { file: this.file, line: this.index }, defaults: {} });
    const json: EvaluatedRecordJson = recordJson(rec, { pack: this.rules, lang: this.lang, explain: this.explain, mask: this.mask });
    // Claimed against computed, for every program of a record that claims any: the items of audit's JSON output.
    if (rec.audit?.some((item) => item.claimed !== null)) json.audit = auditItemsJson(rec, this.rules, this.lang, this.mask);
    return json;
  }
}

export interface Evaluation {
  as_of: CalendarDate;
  rules: RulesJson;
  records: EvaluatedRecordJson[];
  summary: SummaryJson;
}

/**
 * Evaluates records (objects with the fields of the record contract, Chinese headers
 * accepted) and returns them with their results and a summary that reconciles. `source.line`
 * is the record's position (from 1). An invalid record has `errors` and no results; records
 * of an unknown type throw InputError.
 */
export function evaluateRecords(records: Iterable<Readonly<Record<string, unknown>>>, options: EvaluateOptions): Evaluation {
  const evaluator = new Evaluator(options);
  const out = [...recordsArg(records)].map((r) => evaluator.evaluate(r));
  return { as_of: evaluator.asOf, rules: rulesJson(evaluator.rules), records: out, summary: summaryJson(evaluator.summary.result()) };
}

/** Evaluates records as they come (from any iterable or async iterable), yielding each with its results. */
export async function* evaluateStream(
  records: AsyncIterable<Readonly<Record<string, unknown>>> | Iterable<Readonly<Record<string, unknown>>>,
  options: EvaluateOptions,
): AsyncGenerator<EvaluatedRecordJson, void, undefined> {
  const evaluator = new Evaluator(options);
  for await (const record of recordsArg(records, true)) yield evaluator.evaluate(record);
}
