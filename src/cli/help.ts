/**
 * `--help` in both languages. Each command, argument and option is declared with its English
 * and Chinese text together (`option`, `argument`, `described`); commander keeps the English,
 * and the help of a Chinese run shows the Chinese: descriptions, headings and usage lines. The
 * language is known before the commands are built (`helpLang` reads argv and the locale).
 */
import { Argument, Command, Help, Option } from 'commander';
import { langFromEnv, type Lang } from '../i18n/lang.js';
import { displayWidth, wrapText } from '../io/width.js';

type Texts = Record<Lang, string>;

/** The Chinese text of each command, argument and option that has one. */
const CHINESE = new WeakMap<object, string>();

export function option(flags: string, texts: Texts): Option {
  const o = new Option(flags, texts.en);
  CHINESE.set(o, texts.zh);
  return o;
}

export function argument(name: string, texts: Texts): Argument {
  const a = new Argument(name, texts.en);
  CHINESE.set(a, texts.zh);
  return a;
}

export function described(command: Command, texts: Texts): Command {
  CHINESE.set(command.description(texts.en), texts.zh);
  return command;
}

/** The Chinese text given for a command, argument or option, if any (tests check every one has one). */
export function chineseOf(target: Option | Argument | Command): string | undefined {
  return CHINESE.get(target);
}

/** The language of --help: `--lang zh|en` anywhere in argv (before commander reads it), else the locale. */
export function helpLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = argv.length - 1; i >= 0; i--) {
    const a = argv[i]!;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value === 'zh' || value === 'en') return value;
  }
  return langFromEnv(env);
}

/** Commander's own texts: the help and version options, the help command. */
const BUILT_IN: Record<string, string> = {
  'display help for command': '显示命令的帮助',
  'output the version number': '显示版本号',
  'show stack traces of errors': '出错时显示调用栈',
};

const HEADINGS: Record<string, string> = {
  'Usage:': '用法:',
  'Options:': '选项:',
  'Commands:': '命令:',
  'Arguments:': '参数:',
  'Global Options:': '全局选项:',
};

const USAGE_WORDS: [RegExp, string][] = [
  [/\[options\]/g, '[选项]'],
  [/\[command\]/g, '[命令]'],
];

/** A description in Chinese: the declared text, else commander's own, else as it is. */
function inChinese(target: object, english: string): string {
  return CHINESE.get(target) ?? BUILT_IN[english] ?? english;
}

/** Commander's extra words after a description: "(default: …, choices: …)". */
function extraInChinese(text: string): string {
  return text.replace(/\bdefault: /g, '默认:').replace(/\bchoices: /g, '可选:');
}

/** The help's layout in a language; display widths count CJK characters as two columns. */
export function helpConfiguration(lang: Lang): Partial<Help> {
  const base = Help.prototype;
  const width = {
    displayWidth: (s: string) => displayWidth(s),
    // Chinese text has no spaces to break at: lines break between its characters too.
    boxWrap: (s: string, columns: number) => (columns < 40 ? s : wrapText(s, columns).join('\n')),
  };
  if (lang === 'en') return width;
  return {
    ...width,
    styleTitle: (title: string) => HEADINGS[title] ?? title,
    commandUsage(cmd: Command) {
      return USAGE_WORDS.reduce((s, [from, to]) => s.replace(from, to), base.commandUsage.call(this, cmd));
    },
    subcommandTerm(cmd: Command) {
      return USAGE_WORDS.reduce((s, [from, to]) => s.replace(from, to), base.subcommandTerm.call(this, cmd));
    },
    commandDescription: (cmd: Command) => inChinese(cmd, cmd.description()),
    subcommandDescription: (cmd: Command) => inChinese(cmd, cmd.summary() || cmd.description()),
    optionDescription(o: Option) {
      const full = base.optionDescription.call(this, o);
      return extraInChinese(o.description ? full.replace(o.description, inChinese(o, o.description)) : full);
    },
    argumentDescription(a: Argument) {
      const full = base.argumentDescription.call(this, a);
      return extraInChinese(a.description ? full.replace(a.description, inChinese(a, a.description)) : full);
    },
  };
}
