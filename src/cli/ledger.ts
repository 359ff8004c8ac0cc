/**
 * `subsidy ledger record|void|show|list|stats|export`: commander wiring only.
 */
import { Command, Option } from 'commander';
import type { CommandIO } from '../app/io.js';
import { runRecord } from '../app/ledger-record.js';
import { personOf, runBatches, runEntries, runStats, type LedgerFormat, type ReadOptions } from '../app/ledger-read.js';
import { todayInChina } from '../core/calendar.js';
import { UsageError } from '../errors.js';
import { langFromEnv, type Lang } from '../i18n/lang.js';
import { runVoid } from '../app/ledger-read.js';
import { defaultFormat } from './format.js';
import { evaluateOptions, withInputOptions, type Flags as EvaluateFlags } from './evaluate.js';
import { COMMON_OPTIONS, dateValue } from './options.js';
import { loadRulesFromFlags } from './rules-options.js';
import { ledgerBusyMs, ledgerOf, tuningFromEnv } from './tuning.js';

interface ReadFlags {
  ledger?: string;
  format?: LedgerFormat;
  output?: string;
  batch?: string;
  program?: string;
  from?: string;
  to?: string;
  case?: string;
  maskIds?: boolean;
  mask: boolean;
}

interface RecordFlags extends EvaluateFlags {
  batch: string;
  dryRun?: boolean;
  report?: 'table' | 'json';
}

const FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;

function ledgerSpec(flag: string | undefined, io: CommandIO): string {
  const spec = ledgerOf(flag, io.env);
  if (!spec) throw new UsageError('no ledger: give --ledger FILE (SQLite) or --ledger postgres://…, or set SUBSIDY_LEDGER');
  return spec;
}

/** `fallback`: the format on a terminal too (export), or off one only (the others, which show tables on a terminal). */
function readOptions(flags: ReadFlags, io: CommandIO, fallback: LedgerFormat, person?: number): ReadOptions {
  if (flags.from !== undefined && flags.to !== undefined && flags.from > flags.to) throw new UsageError(`--from ${flags.from} is after --to ${flags.to}: nothing could match`);
  const format = flags.format ?? (flags.output ? defaultFormat(flags.output, io.stdout, FORMATS) : io.stdout.isTTY && fallback !== 'csv' ? 'table' : fallback);
  const filter = {
    ...(flags.batch !== undefined ? { batch: flags.batch } : {}),
    ...(flags.program !== undefined ? { program: flags.program } : {}),
    ...(flags.from !== undefined ? { from: flags.from } : {}),
    ...(flags.to !== undefined ? { to: flags.to } : {}),
    ...(flags.case !== undefined ? { case: flags.case } : {}),
    ...(person !== undefined ? { person } : {}),
  };
  // Tables mask IDs unless --no-mask; machine formats only with --mask-ids.
  const mask = flags.mask && (format === 'table' || flags.maskIds === true);
  return { ledger: ledgerSpec(flags.ledger, io), busyMs: ledgerBusyMs(io.env), format, mask, filter, ...(flags.output && flags.output !== '-' ? { output: flags.output } : {}) };
}

const withRead = (c: Command, filters: boolean) => {
  c.addOption(COMMON_OPTIONS.ledger()).addOption(COMMON_OPTIONS.format(FORMATS)).addOption(COMMON_OPTIONS.output());
  if (filters) {
    c.option('--batch <id>', 'only this batch')
      .option('--program <id>', 'only this program')
      .addOption(new Option('--from <date>', 'only payments as of this date or later').argParser(dateValue('--from')))
      .addOption(new Option('--to <date>', 'only payments as of this date or earlier').argParser(dateValue('--to')))
      .option('--case <id>', 'only this case');
  }
  return c.addOption(COMMON_OPTIONS.maskIds()).addOption(COMMON_OPTIONS.noMask());
};

function recordCommand(io: CommandIO, setExit: (code: number) => void): Command {
  const command = new Command('record')
    .description('evaluate case files and CSV batches against the ledger, then record every eligible grant and loan, in one transaction')
    .argument('<files...>', 'inputs, as subsidy evaluate takes them')
    .addOption(COMMON_OPTIONS.ledger())
    .requiredOption('--batch <id>', 'the batch ID: recording the same batch again records nothing')
    .addOption(COMMON_OPTIONS.asOf())
    .option('--dry-run', 'show what would be recorded, and write nothing')
    .addOption(new Option('--report <format>', 'the report of what was recorded: table or json (default: table)').choices(['table', 'json']))
    .addOption(new Option('-o, --output <file>', 'also write the evaluation there (its format from the extension)'))
    .addOption(COMMON_OPTIONS.lang())
    .addOption(COMMON_OPTIONS.quiet());
  return withInputOptions(command)
    .addOption(COMMON_OPTIONS.jobs())
    .addOption(COMMON_OPTIONS.noMask())
    .action(async (files: string[], flags: RecordFlags) => {
      if (!flags.batch.trim()) throw new UsageError('--batch: give a batch ID, such as 2020-02');
      const spec = ledgerSpec(flags.ledger, io);
      const asOf = flags.asOf ?? todayInChina();
      const { pack } = loadRulesFromFlags(flags, asOf);
      const format = flags.output ? defaultFormat(flags.output, io.stdout, ['json', 'ndjson', 'csv'] as const) : 'csv';
      const e = { ...evaluateOptions('evaluate', files, { ...flags, color: false }, format, asOf, io), tuning: tuningFromEnv(process.env) };
      const r = { ledger: spec, batch: flags.batch.trim(), dryRun: flags.dryRun ?? false, busyMs: ledgerBusyMs(io.env), report: flags.report ?? 'table', mask: flags.mask } as const;
      setExit(await runRecord(r, e, pack, io));
    });
}

export function ledgerCommand(io: CommandIO, setExit: (code: number) => void): Command {
  const ledger = new Command('ledger').description('the ledger of paid claims: record a batch, void one, show a person, list, total, list the batches and export');
  ledger.addCommand(recordCommand(io, setExit));
  ledger.addCommand(
    new Command('void')
      .description('void a batch: a reversal for each of its payments (nothing is deleted); its people may be paid again')
      .argument('<batch>', 'the batch ID')
      .requiredOption('--reason <text>', 'why the batch is voided')
      .addOption(COMMON_OPTIONS.ledger())
      .addOption(COMMON_OPTIONS.lang())
      .action(async (batch: string, flags: { reason: string; ledger?: string; lang?: Lang }) => {
        setExit(await runVoid(ledgerSpec(flags.ledger, io), ledgerBusyMs(io.env), batch, flags.reason, flags.lang ?? langFromEnv(io.env), io));
      }),
  );
  ledger.addCommand(
    withRead(new Command('show').description("a person's history: payments and reversals").argument('<id>', 'the resident ID number (15-digit ones in their 18-digit form)'), false).action(
      async (id: string, flags: ReadFlags) => setExit(await runEntries(readOptions(flags, io, 'json', personOf(id)), io)),
    ),
  );
  ledger.addCommand(
    withRead(new Command('list').description('payments and reversals, in the order they were recorded'), true).action(async (flags: ReadFlags) =>
      setExit(await runEntries(readOptions(flags, io, 'json'), io)),
    ),
  );
  ledger.addCommand(
    withRead(new Command('stats').description('totals by batch and program, grants and loans apart'), true).action(async (flags: ReadFlags) =>
      setExit(await runStats(readOptions(flags, io, 'json'), io)),
    ),
  );
  ledger.addCommand(
    new Command('batches')
      .description('every batch, voided ones too: its as-of date, payments, files, and its void')
      .addOption(COMMON_OPTIONS.ledger())
      .addOption(COMMON_OPTIONS.format(FORMATS))
      .addOption(COMMON_OPTIONS.output())
      .action(async (flags: ReadFlags) => setExit(await runBatches(readOptions(flags, io, 'json'), io))),
  );
  ledger.addCommand(
    withRead(new Command('export').description('every entry, for other tools (default format: csv)'), true).action(async (flags: ReadFlags) =>
      setExit(await runEntries(readOptions(flags, io, 'csv'), io)),
    ),
  );
  return ledger;
}
