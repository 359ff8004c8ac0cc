/**
 * Commander's own error messages (an unknown option, a missing argument) in the run's
 * language: commander writes them in English; a Chinese run shows them translated.
 */
import type { Lang } from '../i18n/lang.js';

/** Each English form, and its Chinese. */
const FORMS: [RegExp, string][] = [
  [/^unknown option '([^']*)'/, '未知选项 $1'],
  [/^unknown command '([^']*)'/, '未知命令 $1'],
  [/^missing required argument '([^']*)'/, '缺少必需的参数 $1'],
  [/^option '([^']*)' argument missing/, '选项 $1 缺少取值'],
  [/^required option '([^']*)' not specified/, '未给出必需的选项 $1'],
  [/^option '([^']*)' cannot be used with option '([^']*)'/, '选项 $1 不能与选项 $2 同时使用'],
  [/^option '([^']*)' argument '([^']*)' is invalid\./, '选项 $1 的取值 $2 无效。'],
  [/^command-argument value '([^']*)' is invalid for argument '([^']*)'\./, '参数 $2 的取值 $1 无效。'],
  [/^too many arguments for '([^']*)'\. Expected (\d+) arguments? but got (\d+)\./, '$1 的参数过多:应为 $2 个,实为 $3 个。'],
  [/^too many arguments\. Expected (\d+) arguments? but got (\d+)\./, '参数过多:应为 $1 个,实为 $2 个。'],
  [/Allowed choices are ([^\n]*)\./, '可选:$1。'],
  [/\(Did you mean one of ([^?]*)\?\)/, '(是否想用 $1 之一?)'],
  [/\(Did you mean ([^?]*)\?\)/, '(是否想用 $1?)'],
];

/** A commander error message in the language of the run. */
export function commanderErrorIn(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  return FORMS.reduce((text, [english, chinese]) => text.replace(english, chinese), message);
}
