/**
 * `subsidy schema [TYPE]`: commander wiring only. The JSON Schema of one record of a type, or
 * of a case file (the default).
 */
import { Argument, Command } from 'commander';
import type { CommandIO } from '../app/io.js';
import { runSchema, schemaTargetOf, type SchemaTarget } from '../app/schema.js';
import { COMMON_OPTIONS } from './options.js';

interface Flags {
  output?: string;
}

export function schemaCommand(io: CommandIO): Command {
  return new Command('schema')
    .description('print the JSON Schema (draft 2020-12) of a record type or of a case file')
    .addArgument(
      new Argument('[type]', 'placement, hire or startup (one record of that type), or case (a case file: the default)').argParser(schemaTargetOf),
    )
    .addOption(COMMON_OPTIONS.output())
    .action(async (target: SchemaTarget | undefined, flags: Flags) => {
      await runSchema({ target: target ?? 'case', ...(flags.output ? { output: flags.output } : {}) }, io);
    });
}
