/**
 * Typed errors that carry their exit code. The library throws them; only the CLI's entry
 * point turns them into a line on stderr and an exit code.
 */

export const EXIT = {
  ok: 0,
  invalidRecords: 1,
  usage: 2,
  rules: 3,
  input: 4,
  /** Something went wrong inside the tool itself: a bug, to report. */
  internal: 70,
} as const;

export class SubsidyError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The command line was used wrongly: an unknown option, a bad value, a missing argument. */
export class UsageError extends SubsidyError {
  constructor(message: string) {
    super(message, EXIT.usage);
  }
}

/** A rules pack or a parameter is invalid. */
export class RulesError extends SubsidyError {
  constructor(message: string) {
    super(message, EXIT.rules);
  }
}

/** An input cannot be read: a missing file, broken JSON or YAML, an unknown record type. */
export class InputError extends SubsidyError {
  constructor(message: string) {
    super(message, EXIT.input);
  }
}
