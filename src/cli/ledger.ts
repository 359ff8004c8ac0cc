/**
 * `subsidy ledger record|void|show|list|stats|export`: commander wiring only.
 */
import { Command } from 'commander';
import { argument, described, option } from './help.js';
import type { CommandIO } from '../app/io.js';
import { runRecord } from '../app/ledger-record.js';
import { personOf, runBatches, runEntries, runStats, type LedgerFormat, type ReadOptions } from '../app/ledger-read.js';
import { todayInChina } from '../core/calendar.js';
import { UsageError } from '../errors.js';
import { langFromEnv, type Lang } from '../i18n/lang.js';
import { runVoid } from '../app/ledger-read.js';
import { defaultFormat, formatByName } from './format.js';
import { evaluateOptions, withInputOptions, type Flags as EvaluateFlags } from './evaluate.js';
import { COMMON_OPTIONS, dateValue } from './options.js';
import { loadRulesFromFlags } from './rules-options.js';
import { ledgerBusyMs, ledgerOf, tuningFromEnv } from './tuning.js';
import { say } from './messages.js';

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
  lang?: Lang;
}

interface RecordFlags extends EvaluateFlags {
  batch: string;
  dryRun?: boolean;
  report?: 'table' | 'json';
}

const FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;

function ledgerSpec(flag: string | undefined, io: CommandIO): string {
  const spec = ledgerOf(flag, io.env);
  if (!spec) throw new UsageError(say('noLedger'));
  return spec;
}

/** `fallback`: the format on a terminal too (export), or off one only (the others, which show tables on a terminal). */
function readOptions(flags: ReadFlags, io: CommandIO, fallback: LedgerFormat, person?: number): ReadOptions {
  if (flags.from !== undefined && flags.to !== undefined && flags.from > flags.to) throw new UsageError(say('fromAfterTo', { from: flags.from, to: flags.to }));
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
  return { ledger: ledgerSpec(flags.ledger, io), busyMs: ledgerBusyMs(io.env), format, mask, filter, lang: flags.lang ?? langFromEnv(io.env), ...(flags.output && flags.output !== '-' ? { output: flags.output } : {}) };
}

const withRead = (c: Command, filters: boolean) => {
  c.addOption(COMMON_OPTIONS.ledger()).addOption(COMMON_OPTIONS.format(FORMATS)).addOption(COMMON_OPTIONS.output()).addOption(COMMON_OPTIONS.lang());
  if (filters) {
    c.addOption(option('--batch <id>', { en: 'only this batch', zh: '只看此批次' }))
      .addOption(option('--program <id>', { en: 'only this program', zh: '只看此项目' }))
      .addOption(option('--from <date>', { en: 'only payments as of this date or later', zh: '只看此日期及以后的发放' }).argParser(dateValue('--from')))
      .addOption(option('--to <date>', { en: 'only payments as of this date or earlier', zh: '只看此日期及以前的发放' }).argParser(dateValue('--to')))
      .addOption(option('--case <id>', { en: 'only this case', zh: '只看此案件' }));
  }
  return c.addOption(COMMON_OPTIONS.maskIds()).addOption(COMMON_OPTIONS.noMask());
};

function recordCommand(io: CommandIO, setExit: (code: number) => void): Command {
  const command = described(new Command('record'), {
    en: 'evaluate case files and CSV batches against the ledger, then record every eligible grant and loan, in one transaction',
    zh: '对照台账评估案件文件和 CSV 批量文件,然后在一个事务中记录每笔符合条件的补贴和贷款',
  })
    .addArgument(argument('<files...>', { en: 'inputs, as subsidy evaluate takes them', zh: '输入,与 subsidy evaluate 相同' }))
    .addOption(COMMON_OPTIONS.ledger())
    .addOption(option('--batch <id>', { en: 'the batch ID: recording the same batch again records nothing', zh: '批次号:同一批次再次记录时不会重复记录' }).makeOptionMandatory())
    .addOption(COMMON_OPTIONS.asOf())
    .addOption(option('--dry-run', { en: 'show what would be recorded, and write nothing', zh: '只显示将要记录的内容,不写入' }))
    .addOption(
      option('--report <format>', { en: 'the report of what was recorded: table or json (default: table)', zh: '记录结果的报告:table 或 json(默认:table)' }).choices(['table', 'json']),
    )
    .addOption(option('-o, --output <file>', { en: 'also write the evaluation there (its format from the extension)', zh: '同时把评估结果写入此文件(格式按扩展名)' }))
    .addOption(COMMON_OPTIONS.lang())
    .addOption(COMMON_OPTIONS.quiet());
  return withInputOptions(command)
    .addOption(COMMON_OPTIONS.jobs())
    .addOption(COMMON_OPTIONS.noMask())
    .action(async (files: string[], flags: RecordFlags) => {
      if (!flags.batch.trim()) throw new UsageError(say('emptyBatch'));
      const spec = ledgerSpec(flags.ledger, io);
      const asOf = flags.asOf ?? todayInChina();
      const { pack } = loadRulesFromFlags(flags, asOf);
      const format = flags.output ? formatByName(flags.output, ['json', 'ndjson', 'csv'] as const) : 'csv';
      // --report here is the recorder's own (table or json), not the batch report of evaluate.
      const e = { ...evaluateOptions('evaluate', files, { ...flags, report: undefined, color: false }, format, asOf, io), tuning: tuningFromEnv(process.env) };
      const r = { ledger: spec, batch: flags.batch.trim(), dryRun: flags.dryRun ?? false, busyMs: ledgerBusyMs(io.env), report: flags.report ?? 'table', mask: flags.mask } as const;
      setExit(await runRecord(r, e, pack, io));
    });
}

export function ledgerCommand(io: CommandIO, setExit: (code: number) => void): Command {
  const ledger = described(new Command('ledger'), {
    en: 'the ledger of paid claims: record a batch, void one, show a person, list, total, list the batches and export',
    zh: '已发放台账:记录批次、作废批次、查看个人、列出、汇总、列出批次和导出',
  });
  ledger.addCommand(recordCommand(io, setExit));
  ledger.addCommand(
    described(new Command('void'), {
      en: 'void a batch: a reversal for each of its payments (nothing is deleted); its people may be paid again',
      zh: '作废一个批次:为其每笔发放记一笔冲销(不删除任何记录);其中的人员可以再次发放',
    })
      .addArgument(argument('<batch>', { en: 'the batch ID', zh: '批次号' }))
      .addOption(option('--reason <text>', { en: 'why the batch is voided', zh: '作废的原因' }).makeOptionMandatory())
      .addOption(COMMON_OPTIONS.ledger())
      .addOption(COMMON_OPTIONS.lang())
      .action(async (batch: string, flags: { reason: string; ledger?: string; lang?: Lang }) => {
        setExit(await runVoid(ledgerSpec(flags.ledger, io), ledgerBusyMs(io.env), batch, flags.reason, flags.lang ?? langFromEnv(io.env), io));
      }),
  );
  ledger.addCommand(
    withRead(
      described(new Command('show'), { en: "a person's history: payments and reversals", zh: '个人的记录:发放与冲销' }).addArgument(
        argument('<id>', { en: 'the resident ID number (15-digit ones in their 18-digit form)', zh: '居民身份证号(15 位的按其 18 位形式)' }),
      ),
      false,
    ).action(
      async (id: string, flags: ReadFlags) => setExit(await runEntries(readOptions(flags, io, 'json', personOf(id)), io)),
    ),
  );
  ledger.addCommand(
    withRead(described(new Command('list'), { en: 'payments and reversals, in the order they were recorded', zh: '按记录顺序列出发放与冲销' }), true).action(async (flags: ReadFlags) =>
      setExit(await runEntries(readOptions(flags, io, 'json'), io)),
    ),
  );
  ledger.addCommand(
    withRead(described(new Command('stats'), { en: 'totals by batch and program, grants and loans apart', zh: '按批次和项目汇总,补贴与贷款分列' }), true).action(async (flags: ReadFlags) =>
      setExit(await runStats(readOptions(flags, io, 'json'), io)),
    ),
  );
  ledger.addCommand(
    described(new Command('batches'), {
      en: 'every batch, voided ones too: its as-of date, payments, files, and its void',
      zh: '每个批次(含已作废的):评估日期、发放、文件及作废情况',
    })
      .addOption(COMMON_OPTIONS.ledger())
      .addOption(COMMON_OPTIONS.format(FORMATS))
      .addOption(COMMON_OPTIONS.output())
      .addOption(COMMON_OPTIONS.lang())
      .action(async (flags: ReadFlags) => setExit(await runBatches(readOptions(flags, io, 'json'), io))),
  );
  ledger.addCommand(
    withRead(described(new Command('export'), { en: 'every entry, for other tools (default format: csv)', zh: '导出每条记录,供其他工具使用(默认格式:csv)' }), true).action(async (flags: ReadFlags) =>
      setExit(await runEntries(readOptions(flags, io, 'csv'), io)),
    ),
  );
  return ledger;
}
