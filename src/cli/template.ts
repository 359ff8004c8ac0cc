/**
 * `subsidy template TYPE`: commander wiring only. An empty CSV, workbook, JSON or YAML file of a
 * record type, to fill in.
 */
import { Command } from 'commander';
import { argument, described } from './help.js';
import type { CommandIO } from '../app/io.js';
import { runTemplate, templateFormatFor, templateTypeOf, TEMPLATE_FILE_FORMATS, type TemplateFileFormat } from '../app/template.js';
import { langFromEnv, type Lang } from '../i18n/lang.js';
import type { RecordType } from '../records/fields.js';
import { COMMON_OPTIONS } from './options.js';

interface Flags {
  format?: TemplateFileFormat;
  lang?: Lang;
  output?: string;
  bom?: boolean;
}

export function templateCommand(io: CommandIO): Command {
  return described(new Command('template'), {
    en: 'write an empty file to fill in: a header row (CSV or an .xlsx workbook), or a JSON or YAML case file with one example record',
    zh: '生成待填写的空文件:表头行(CSV 或 .xlsx 工作簿),或含一条示例记录的 JSON 或 YAML 案件文件',
  })
    .addArgument(argument('<type>', { en: 'record type: placement, hire or startup', zh: '记录类型:placement、hire 或 startup' }).argParser(templateTypeOf))
    .addOption(COMMON_OPTIONS.fileFormat(TEMPLATE_FILE_FORMATS, 'csv'))
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
