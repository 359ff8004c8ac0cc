/**
 * `subsidy evaluate FILE...` and `subsidy audit FILE...`: commander wiring only. Both read the
 * same inputs with the same options; audit writes claimed against computed.
 */
import { Command } from 'commander';
import { FAIL_ON, runEvaluate, startEarly, type EvaluateOptions, type FailOn, type InputFormat } from '../app/evaluate.js';
import type { CommandIO } from '../app/io.js';
import { todayInChina } from '../core/calendar.js';
import { langFromEnv, type Lang } from '../i18n/lang.js';
import type { DelimiterChoice } from '../io/csv/delimiter.js';
import type { EncodingChoice, OutputEncoding } from '../io/csv/encoding.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../io/formats/index.js';
import type { RecordType } from '../records/fields.js';
import { checkWorkbookName, defaultFormat } from './format.js';
import { argument, described } from './help.js';
import { COMMON_OPTIONS } from './options.js';
import { loadRulesFromFlags } from './rules-options.js';
import { LedgerClaims } from '../ledger/claims.js';
import { openLedger } from '../ledger/ledger.js';
import { ledgerBusyMs, ledgerOf, tuningFromEnv } from './tuning.js';

export interface Flags {
  format?: OutputFormat;
  asOf?: string;
  explain?: boolean;
  lang?: Lang;
  output?: string;
  color: boolean;
  quiet?: boolean;
  param?: string[];
  params?: string;
  rules?: string[];
  inputFormat?: InputFormat;
  type?: RecordType;
  encoding?: EncodingChoice;
  sheet?: string;
  delimiter?: DelimiterChoice;
  errors?: string;
  report?: string;
  bom?: boolean;
  outputEncoding?: OutputEncoding;
  jobs?: number;
  failOn?: FailOn[];
  maskIds?: boolean;
  mask: boolean;
  all?: boolean;
  ledger?: string;
}

const COMMANDS = {
  evaluate: {
    description: {
      en: 'evaluate case files (JSON, NDJSON, YAML), CSV batches and .xlsx workbooks against the rules; - reads standard input',
      zh: '按规则评估案件文件(JSON、NDJSON、YAML)、CSV 批量文件和 .xlsx 工作簿;- 表示读取标准输入',
    },
    failOn: FAIL_ON.filter((f) => f !== 'over' && f !== 'under' && f !== 'early'),
  },
  audit: {
    description: {
      en: 'compare what was claimed (claimed_<program>) with what the rules give, for every record and program: match, over, under, early, duplicate, unclaimed, unverifiable, invalid',
      zh: '逐条记录、逐个项目比较申领金额(claimed_<项目>)与规则核定金额:一致、多报、少报、提前申领、重复申领、未申领、无法核对、无效记录',
    },
    failOn: FAIL_ON,
  },
} as const;

export function batchCommand(mode: keyof typeof COMMANDS, io: CommandIO, setExit: (code: number) => void): Command {
  return withOptions(mode).action(async (files: string[], flags: Flags) => {
    if (flags.output === '-') delete flags.output; // - is standard output
    const asOf = flags.asOf ?? todayInChina();
    const tuning = tuningFromEnv(process.env);
    const threads = startEarly(files, { ...flags, tuning });
    try {
      const { pack } = loadRulesFromFlags(flags, asOf);
      const format = flags.format ?? defaultFormat(flags.output, io.stdout, OUTPUT_FORMATS);
      checkWorkbookName(format, flags.output);
      const options = { ...evaluateOptions(mode, files, flags, format, asOf, io), ...(threads ? { threads } : {}), tuning };
      const spec = ledgerOf(flags.ledger, io.env);
      const ledger = spec ? await openLedger(spec, { write: false, busyMs: ledgerBusyMs(io.env) }) : undefined;
      try {
        setExit(await runEvaluate(ledger ? { ...options, ledger: { claims: new LedgerClaims(ledger, pack) } } : options, pack, io));
      } finally {
        await ledger?.close();
      }
    } finally {
      // Those the run did not use (it ends those it did).
      await Promise.all(threads?.map((t) => t.terminate()) ?? []);
    }
  });
}

/** The command with its arguments and options: evaluate explains, audit lists all. */
function withOptions(mode: keyof typeof COMMANDS): Command {
  const command = described(new Command(mode), COMMANDS[mode].description)
    .addArgument(
      argument('<files...>', {
        en: 'inputs: .csv, .xlsx, .json, .ndjson, .jsonl, .yaml or .yml files, or - for standard input',
        zh: '输入:.csv、.xlsx、.json、.ndjson、.jsonl、.yaml 或 .yml 文件,- 表示标准输入',
      }),
    )
    .addOption(COMMON_OPTIONS.format(OUTPUT_FORMATS))
    .addOption(COMMON_OPTIONS.asOf());
  if (mode === 'evaluate') command.addOption(COMMON_OPTIONS.explain());
  else command.addOption(COMMON_OPTIONS.all());
  command
    .addOption(COMMON_OPTIONS.lang())
    .addOption(COMMON_OPTIONS.output())
    .addOption(COMMON_OPTIONS.noColor())
    .addOption(COMMON_OPTIONS.quiet());
  return withInputOptions(command)
    .addOption(COMMON_OPTIONS.errors())
    .addOption(COMMON_OPTIONS.report())
    .addOption(COMMON_OPTIONS.bom())
    .addOption(COMMON_OPTIONS.outputEncoding())
    .addOption(COMMON_OPTIONS.jobs())
    .addOption(COMMON_OPTIONS.failOn(COMMANDS[mode].failOn))
    .addOption(COMMON_OPTIONS.maskIds())
    .addOption(COMMON_OPTIONS.noMask())
    .addOption(COMMON_OPTIONS.ledger());
}

/** The options of a command that evaluates inputs: the rules and parameters, and how to read the inputs. */
export function withInputOptions(command: Command): Command {
  return command
    .addOption(COMMON_OPTIONS.param())
    .addOption(COMMON_OPTIONS.params())
    .addOption(COMMON_OPTIONS.rules())
    .addOption(COMMON_OPTIONS.inputFormat(['csv', 'xlsx', 'json', 'ndjson', 'yaml']))
    .addOption(COMMON_OPTIONS.type())
    .addOption(COMMON_OPTIONS.encoding())
    .addOption(COMMON_OPTIONS.sheet())
    .addOption(COMMON_OPTIONS.delimiter());
}

/** The run's options from the flags (but the threads started early and the tuning). */
export function evaluateOptions(mode: keyof typeof COMMANDS, files: string[], flags: Flags, format: OutputFormat, asOf: string, io: CommandIO): Omit<EvaluateOptions, 'tuning'> {
  return {
    mode,
    inputs: files,
    ...(flags.inputFormat ? { inputFormat: flags.inputFormat } : {}),
    format,
    ...(flags.output ? { output: flags.output } : {}),
    asOf,
    explain: flags.explain ?? false,
    lang: flags.lang ?? langFromEnv(io.env),
    color: flags.color,
    quiet: flags.quiet ?? false,
    ...(flags.type ? { type: flags.type } : {}),
    encoding: flags.encoding ?? 'auto',
    ...(flags.sheet !== undefined ? { sheet: flags.sheet } : {}),
    ...(flags.delimiter !== undefined && flags.delimiter !== 'auto' ? { delimiter: flags.delimiter } : {}),
    ...(flags.errors ? { errors: flags.errors } : {}),
    ...(flags.report ? { report: flags.report } : {}),
    bom: flags.bom ?? false,
    outputEncoding: flags.outputEncoding ?? 'utf8',
    ...(flags.jobs !== undefined ? { jobs: flags.jobs } : {}),
    // Tables mask IDs unless --no-mask; machine formats only with --mask-ids.
    mask: flags.mask && (format === 'table' || flags.maskIds === true),
    failOn: flags.failOn ?? [],
    ...(flags.all ? { all: true } : {}),
  };
}
