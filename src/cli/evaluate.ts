/**
 * `subsidy evaluate FILE...`: commander wiring only.
 */
import { Command } from 'commander';
import { runEvaluate } from '../app/evaluate.js';
import type { CommandIO } from '../app/io.js';
import { todayInChina } from '../engine/calendar.js';
import { langFromEnv, type Lang } from '../i18n/lang.js';
import type { CaseFormat } from '../io/case-file.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../io/writers/types.js';
import { COMMON_OPTIONS } from './options.js';
import { defaultFormat } from './format.js';
import { loadRulesFromFlags } from './rules-options.js';

interface Flags {
  format?: OutputFormat;
  asOf?: string;
  explain?: boolean;
  lang?: Lang;
  output?: string;
  color: boolean;
  quiet?: boolean;
  param?: string[];
  params?: string;
  inputFormat?: CaseFormat;
}

export function evaluateCommand(io: CommandIO, setExit: (code: number) => void): Command {
  return new Command('evaluate')
    .description('evaluate case files (JSON or YAML; - for standard input) against the rules')
    .argument('<files...>', 'case files: .json, .yaml or .yml, or - for standard input')
    .addOption(COMMON_OPTIONS.format(OUTPUT_FORMATS))
    .addOption(COMMON_OPTIONS.asOf())
    .addOption(COMMON_OPTIONS.explain())
    .addOption(COMMON_OPTIONS.lang())
    .addOption(COMMON_OPTIONS.output())
    .addOption(COMMON_OPTIONS.noColor())
    .addOption(COMMON_OPTIONS.quiet())
    .addOption(COMMON_OPTIONS.param())
    .addOption(COMMON_OPTIONS.params())
    .addOption(COMMON_OPTIONS.inputFormat(['json', 'yaml']))
    .action(async (files: string[], flags: Flags) => {
      const pack = loadRulesFromFlags(flags);
      const code = await runEvaluate(
        {
          inputs: files,
          ...(flags.inputFormat ? { inputFormat: flags.inputFormat } : {}),
          format: flags.format ?? defaultFormat(flags.output, io.stdout, OUTPUT_FORMATS),
          ...(flags.output ? { output: flags.output } : {}),
          asOf: flags.asOf ?? todayInChina(),
          explain: flags.explain ?? false,
          lang: flags.lang ?? langFromEnv(io.env),
          color: flags.color,
          quiet: flags.quiet ?? false,
        },
        pack,
        io,
      );
      setExit(code);
    });
}
