/**
 * `subsidy schema [TYPE]`: commander wiring only. The JSON Schema of one record of a type, or
 * of a case file (the default).
 */
import { Command } from 'commander';
import { argument, described } from './help.js';
import type { CommandIO } from '../app/io.js';
import { runSchema, schemaTargetOf, type SchemaTarget } from '../app/schema.js';
import { COMMON_OPTIONS } from './options.js';

interface Flags {
  output?: string;
}

export function schemaCommand(io: CommandIO): Command {
  return described(new Command('schema'), {
    en: 'print the JSON Schema (draft 2020-12) of a record type or of a case file',
    zh: '输出某一记录类型或案件文件的 JSON Schema(draft 2020-12)',
  })
    .addArgument(
      argument('[type]', {
        en: 'placement, hire or startup (one record of that type), or case (a case file: the default)',
        zh: 'placement、hire 或 startup(该类型的一条记录),或 case(案件文件:默认)',
      }).argParser(schemaTargetOf),
    )
    .addOption(COMMON_OPTIONS.output())
    .action(async (target: SchemaTarget | undefined, flags: Flags) => {
      await runSchema({ target: target ?? 'case', ...(flags.output ? { output: flags.output } : {}) }, io);
    });
}
