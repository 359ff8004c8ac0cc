/**
 * `subsidy template TYPE`: commander wiring only. An empty CSV, JSON or YAML file of a record
 * type, to fill in.
 */
import { Argument, Command } from 'commander';
import type { CommandIO } from '../app/io.js';
import { runTemplate, templateFormatFor, templateTypeOf, TEMPLATE_FORMATS, type TemplateFormat } from '../app/template.js';
import { langFromEnv, type Lang } from '../i18n/lang.js';
import type { RecordType } from '../records/fields.js';
import { COMMON_OPTIONS } from './options.js';

interface Flags {
  format?: TemplateFormat;
  lang?: Lang;
  output?: string;
  bom?: boolean;
}

export function templateCommand(io: CommandIO): Command {
  return new Command('template')
    .description('write an empty file to fill in: a CSV header row, or a JSON or YAML case file with one example record')
    .addArgument(new Argument('<type>', 'record type: placement, hire or startup').argParser(templateTypeOf))
    .addOption(COMMON_OPTIONS.fileFormat(TEMPLATE_FORMATS, 'csv'))
    .addOption(COMMON_OPTIONS.lang())
    .addOption(COMMON_OPTIONS.output())
    .addOption(COMMON_OPTIONS.bom())
    .action(async (type: RecordType, flags: Flags) => {
      await runTemplate(
        {
          type,
          format: flags.format ?? templateFormatFor(flags.output),
          lang: flags.lang ?? langFromEnv(io.env),
          bom: flags.bom ?? false,
          ...(flags.output ? { output: flags.output } : {}),
        },
        io,
      );
    });
}
