/**
 * Typed errors that carry their exit code. The library throws them; only the CLI's entry
 * point turns them into a line on stderr and an exit code.
 */

/** A message in both languages (i18n/messages.ts Message), as an error carries it. */
export interface Said {
  text(lang: 'zh' | 'en'): string;
}

/** A fixed text in both languages, for the layers below i18n (core, records, rules). */
export const bilingual = (en: string, zh: string): Said => ({ text: (lang) => (lang === 'zh' ? zh : en), toString: () => en }) as Said;
const textIn = (message: string | Said, lang: 'zh' | 'en') => (typeof message === 'string' ? message : message.text(lang));

export const EXIT = {
  ok: 0,
  invalidRecords: 1,
  usage: 2,
  rules: 3,
  input: 4,
  /** Something went wrong inside the tool itself: a bug, to report. */
  internal: 70,
} as const;

/**
 * An error of the tool. Its message is a plain string or a Message of a catalogue
 * (src/i18n/messages.ts): `message` is then its English text, and `text(lang)` its text in the
 * language of the run, which the CLI's entry point shows.
 */
export class SubsidyError extends Error {
  readonly said: string | Said;

  constructor(
    message: string | Said,
    readonly exitCode: number,
  ) {
    super(textIn(message, 'en'));
    this.said = message;
    this.name = new.target.name;
  }

  text(lang: 'zh' | 'en'): string {
    return textIn(this.said, lang);
  }
}

/** The command line was used wrongly: an unknown option, a bad value, a missing argument. */
export class UsageError extends SubsidyError {
  constructor(message: string | Said) {
    super(message, EXIT.usage);
  }
}

/** A rules pack or a parameter is invalid. */
export class RulesError extends SubsidyError {
  constructor(message: string | Said) {
    super(message, EXIT.rules);
  }
}

/** An input cannot be read: a missing file, broken JSON or YAML, an unknown record type. */
export class InputError extends SubsidyError {
  constructor(message: string | Said) {
    super(message, EXIT.input);
  }
}
