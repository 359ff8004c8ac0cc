/** The two languages of the tool's text. */
export type Lang = 'zh' | 'en';

/** The language of the environment: LC_ALL, then LC_MESSAGES, then LANG; Chinese if it starts with zh. */
export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}
