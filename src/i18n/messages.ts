/**
 * Messages in both languages: a catalogue maps each key to its Chinese and English text, each
 * a function of the message's parameters. `catalogue(...)` returns a maker of messages: a
 * message keeps its key and parameters and is rendered in a language only where it is shown
 * (an error carries one and the CLI's entry point renders it; see errors.ts).
 *
 *   const say = catalogue({ noFile: { en: (p: { file: string }) => `${p.file}: no such file`, zh: (p) => `${p.file}:文件不存在` } });
 *   throw new InputError(say('noFile', { file }));
 *   say('noFile', { file }).text('zh');
 *
 * Counts shown to people have thousands separators (`count`), and English nouns their plural
 * (`counted`).
 */
import type { Lang } from './lang.js';

/** A message's text in one language, from its parameters. */
type Render<P> = (p: P) => string;

/** A catalogue's entries: each key's texts, functions of the same parameters. */
export type Entries<T> = { [K in keyof T]: { en: Render<T[K]>; zh: Render<T[K]> } };

/** A message: its key and parameters, and its text in either language. */
export class Message {
  constructor(
    readonly key: string,
    readonly params: unknown,
    private readonly texts: Record<Lang, Render<never>>,
  ) {}

  text(lang: Lang): string {
    return (this.texts[lang] as Render<unknown>)(this.params);
  }

  /** A message already rendered in both languages (one that crossed from a worker thread). */
  static fixed(key: string, texts: Record<Lang, string>): Message {
    return new Message(key, undefined, { en: () => texts.en, zh: () => texts.zh });
  }

  toString(): string {
    return this.text('en');
  }
}

/** The parameters a key takes: none when its texts take none. */
type Args<P> = [P] extends [undefined] ? [] : unknown extends P ? [] : [params: P];

/** A maker of messages from a catalogue. */
export type Say<T> = <K extends keyof T & string>(key: K, ...params: Args<T[K]>) => Message;

/** A catalogue of messages; its keys are checked, and each key's parameters typed from its English text. */
export function catalogue<T>(entries: Entries<T>): Say<T> {
  return (key, ...params) => new Message(key, params[0], entries[key] as Record<Lang, Render<never>>);
}

/** Text in the given language, or a message rendered in it; plain strings are the same in both. */
export function textIn(message: string | Message, lang: Lang): string {
  return typeof message === 'string' ? message : message.text(lang);
}

/** A pair of texts without parameters, as the other i18n tables hold them. */
export function pick(texts: Record<Lang, string>, lang: Lang): string {
  return texts[lang];
}

/** What separates the items of a list on one line: "pending 2, ineligible 1", "待满期 2,不符合 1". */
export const LIST_SEPARATOR: Record<Lang, string> = { zh: ',', en: ', ' };

/** A count as people read it: 1134248 → "1,134,248". */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * A count with its noun: English singular or plural ("1 record", "2 records"), Chinese with
 * its measure word ("2 条记录"). `plural` defaults to `one` + "s".
 */
export function counted(n: number, lang: Lang, noun: { one: string; plural?: string; zh: string }): string {
  if (lang === 'zh') return `${count(n)} ${noun.zh}`;
  return `${count(n)} ${n === 1 ? noun.one : (noun.plural ?? `${noun.one}s`)}`;
}
