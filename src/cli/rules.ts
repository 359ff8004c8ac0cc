/**
 * `subsidy rules list|show|validate`: commander wiring only.
 */
import { Command } from 'commander';
import type { CommandIO } from '../app/io.js';
import { rulesList, rulesShow, rulesValidate, type RulesFormat } from '../app/rules.js';
import { EXIT } from '../errors.js';
import { langFromEnv, type Lang } from '../i18n/lang.js';
import { writeText } from '../app/write-text.js';
import { COMMON_OPTIONS } from './options.js';
import { loadRulesFromFlags, type RulesFlags } from './rules-options.js';

interface Flags extends RulesFlags {
  format?: RulesFormat;
  lang?: Lang;
  asOf?: string;
  output?: string;
}

const write = (io: CommandIO, output: string | undefined, text: string) => writeText(text, output && output !== '-' ? { file: output } : { stream: io.stdout });

export function rulesCommand(io: CommandIO, setExit: (code: number) => void): Command {
  const rules = new Command('rules').description('the programs, their parameters and citations; check a pack');
  const withRules = (c: Command) =>
    c
      .addOption(COMMON_OPTIONS.format(['table', 'json']))
      .addOption(COMMON_OPTIONS.lang())
      .addOption(COMMON_OPTIONS.asOf())
      .addOption(COMMON_OPTIONS.rules())
      .addOption(COMMON_OPTIONS.param())
      .addOption(COMMON_OPTIONS.params())
      .addOption(COMMON_OPTIONS.output());
  const formatOf = (flags: Flags): RulesFormat => flags.format ?? (io.stdout.isTTY && !flags.output ? 'table' : 'json');
  rules.addCommand(
    withRules(new Command('list').description('every program and parameter, with the values in force and where each came from')).action(async (flags: Flags) => {
      const { pack } = loadRulesFromFlags(flags, flags.asOf);
      await write(io, flags.output, rulesList(pack, flags.lang ?? langFromEnv(io.env), formatOf(flags)));
    }),
  );
  rules.addCommand(
    withRules(new Command('show').description('one program: its conditions in words, its citation, its dates').argument('<program>', 'program id, such as emergency')).action(
      async (id: string, flags: Flags) => {
        const { pack } = loadRulesFromFlags(flags, flags.asOf);
        await write(io, flags.output, rulesShow(pack, id, flags.lang ?? langFromEnv(io.env), formatOf(flags)));
      },
    ),
  );
  rules.addCommand(
    new Command('validate')
      .description('check rules packs (a pack, or overlays on the built-in pack): every problem with its line and column; exit 3 when invalid')
      .argument('<paths...>', 'pack or overlay files (YAML)')
      .addOption(COMMON_OPTIONS.format(['table', 'json']))
      .addOption(COMMON_OPTIONS.lang())
      .action(async (paths: string[], flags: Flags) => {
        const { text, valid } = rulesValidate(paths, flags.lang ?? langFromEnv(io.env), formatOf(flags));
        (valid ? io.stdout : io.stderr).write(text);
        setExit(valid ? EXIT.ok : EXIT.rules);
      }),
  );
  return rules;
}
