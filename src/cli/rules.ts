/**
 * `subsidy rules list|show|validate`: commander wiring only.
 */
import { Command } from 'commander';
import { tableWidth, type CommandIO } from '../app/io.js';
import { rulesList, rulesShow, rulesValidate, type RulesFormat } from '../app/rules.js';
import { EXIT } from '../errors.js';
import { langFromEnv, type Lang } from '../i18n/lang.js';
import { writeText } from '../app/write-text.js';
import { argument, described } from './help.js';
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
  const rules = described(new Command('rules'), { en: 'the programs, their parameters and citations; check a pack', zh: '补贴项目、参数及政策依据;检查规则包' });
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
    withRules(
      described(new Command('list'), {
        en: 'every program and parameter, with the values in force and where each came from',
        zh: '每个项目和参数,及现行取值和来源',
      }),
    ).action(async (flags: Flags) => {
      const { pack } = loadRulesFromFlags(flags, flags.asOf);
      await write(io, flags.output, rulesList(pack, flags.lang ?? langFromEnv(io.env), formatOf(flags), tableWidth(io, flags.output)));
    }),
  );
  rules.addCommand(
    withRules(
      described(new Command('show'), { en: 'one program: its conditions in words, its citation, its dates', zh: '一个项目:条件的文字说明、政策依据和日期' }).addArgument(
        argument('<program>', { en: 'program id, such as emergency', zh: '项目编号,例如 emergency' }),
      ),
    ).action(
      async (id: string, flags: Flags) => {
        const { pack } = loadRulesFromFlags(flags, flags.asOf);
        await write(io, flags.output, rulesShow(pack, id, flags.lang ?? langFromEnv(io.env), formatOf(flags)));
      },
    ),
  );
  rules.addCommand(
    described(new Command('validate'), {
      en: 'check rules packs (a pack, or overlays on the built-in pack): every problem with its line and column; exit 3 when invalid',
      zh: '检查规则包(完整规则包,或叠加在内置规则包上的叠加包):列出每个问题及其行列;无效时退出码为 3',
    })
      .addArgument(argument('<paths...>', { en: 'pack or overlay files (YAML)', zh: '规则包或叠加包文件(YAML)' }))
      .addOption(COMMON_OPTIONS.format(['table', 'json']))
      .addOption(COMMON_OPTIONS.lang())
      .action(async (paths: string[], flags: Flags) => {
        const format = formatOf(flags);
        const { text, valid } = rulesValidate(paths, flags.lang ?? langFromEnv(io.env), format);
        // JSON is the answer either way (its `valid` says which); a table of problems is an error.
        (valid || format === 'json' ? io.stdout : io.stderr).write(text);
        setExit(valid ? EXIT.ok : EXIT.rules);
      }),
  );
  return rules;
}
