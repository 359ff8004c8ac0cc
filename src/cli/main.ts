/**
 * The command line: declares the commands, runs one, and turns errors into one line on
 * stderr and an exit code. The only place that knows about exit codes.
 */
import { Command, CommanderError, type Help, type OutputConfiguration } from 'commander';
import { readFileSync } from 'node:fs';
import { processIO, type CommandIO } from '../app/io.js';
import { EXIT, SubsidyError } from '../errors.js';
import { batchCommand } from './evaluate.js';
import { schemaCommand } from './schema.js';
import { templateCommand } from './template.js';
import { rulesCommand } from './rules.js';
import { ledgerCommand } from './ledger.js';
import { commanderErrorIn } from './commander-errors.js';
import { helpConfiguration, helpLang, described } from './help.js';
import { COMMON_OPTIONS } from './options.js';
import { say } from './messages.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** The exit code of a run ended by a signal: 128 + the signal's number, as a shell reports it. */
const SIGNAL_EXIT: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

export async function main(argv: string[], given: CommandIO = processIO()): Promise<number> {
  // A run stopped by a signal has removed what it wrote; the process ends here.
  const io: CommandIO = { ...given, interrupted: given.interrupted ?? ((signal) => process.exit(SIGNAL_EXIT[signal] ?? 143)) };
  let exitCode: number = EXIT.ok;
  const debug = argv.includes('--debug');
  // Known before commander reads argv: --help is built in this language, errors shown in it.
  const lang = helpLang(argv, io.env);
  const help = helpConfiguration(lang);
  const commandIn = () => {
    const top = program.commands.find((c) => c.name() === argv[0]);
    const sub = top?.commands.find((c) => c.name() === argv[1]);
    return top ? `${top.name()}${sub ? ` ${sub.name()}` : ''}` : undefined;
  };
  const output = {
    writeOut: (s: string) => io.stdout.write(s),
    writeErr: (s: string) => io.stderr.write(s),
    outputError: (s: string, write: (s: string) => void) =>
      write(`subsidy: ${commanderErrorIn(s.replace(/^error: /, '').trimEnd(), lang)} ${say('seeHelp', { command: commandIn() ? `${commandIn()} ` : '' }).text(lang)}\n`),
  };
  const program = described(new Command('subsidy'), {
    en: "Who is owed which of Chongqing's 2020 return-to-work subsidies, how much, and why.",
    zh: '重庆 2020 年返岗复工补贴:谁应得哪一项、多少、为什么。',
  })
    .version(VERSION, '-V, --version')
    .addOption(COMMON_OPTIONS.debug())
    .exitOverride()
    .configureOutput(output)
    .configureHelp(help);
  for (const mode of ['evaluate', 'audit'] as const) program.addCommand(batchCommand(mode, io, (code) => (exitCode = code)));
  program.addCommand(schemaCommand(io)).addCommand(templateCommand(io));
  program.addCommand(rulesCommand(io, (code) => (exitCode = code)));
  program.addCommand(ledgerCommand(io, (code) => (exitCode = code)));
  configure(program, output, help);
  if (argv.length === 0) {
    io.stderr.write(program.helpInformation());
    return EXIT.usage;
  }

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      if (e.code === 'commander.executeSubCommandAsync') return EXIT.ok;
      return EXIT.usage;
    }
    // The reader of standard output went away (`subsidy ... | head`): nothing more to say.
    if ((e as NodeJS.ErrnoException).code === 'EPIPE') return exitCode;
    const error = e instanceof SubsidyError ? e : undefined;
    const message = error ? error.text(lang) : say('unexpected', { why: (e as Error).message ?? String(e) }).text(lang);
    io.stderr.write(`subsidy: ${message}\n`);
    if (debug && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
    else if (!error) io.stderr.write(`subsidy: ${say('reportIt').text(lang)}\n`);
    return error ? error.exitCode : EXIT.internal;
  }
}



/** Every command, subcommands included, reports errors through `output` rather than exiting, and has its help in the run's language. */
function configure(cmd: Command, output: OutputConfiguration, help: Partial<Help>): void {
  for (const sub of cmd.commands) {
    sub.exitOverride().configureOutput(output).configureHelp(help);
    if (!sub.commands.length) sub.addOption(COMMON_OPTIONS.debug());
    configure(sub, output, help);
  }
}
