/**
 * The options that several commands share, in one table: each option's flags, help text,
 * and how its value is read. Commands pick the ones they take.
 */
import { Option } from 'commander';
import { isInvalid, parseDate } from '../records/values.js';
import { UsageError } from '../errors.js';
import { encodingChoice } from '../io/csv/encoding.js';
import { RECORD_TYPES } from '../records/fields.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function asOfValue(value: string): string {
  return dateValue('--as-of')(value);
}

/** A parser of a date option's value, YYYY-MM-DD (or as records write dates), naming the option when it is not one. */
export function dateValue(flag: string): (value: string) => string {
  return (value) => {
    const r = parseDate(value);
    if (isInvalid(r)) throw new UsageError(`${flag} ${value}: ${r.error}`);
    return r;
  };
}

function choice<T extends string>(flag: string, allowed: readonly T[]) {
  return (value: string): T => {
    const v = value.toLowerCase() as T;
    if (!allowed.includes(v)) throw new UsageError(`${flag} ${value}: use one of ${allowed.join(', ')}`);
    return v;
  };
}

export const COMMON_OPTIONS = {
  format: (formats: readonly string[]) =>
    new Option('-f, --format <format>', `output format: ${formats.join(', ')} (default: from the --output file's extension; else table on a terminal, json otherwise)`).argParser(
      choice('--format', formats),
    ),
  asOf: () => new Option('--as-of <date>', 'evaluation date, YYYY-MM-DD (default: today in China)').argParser(asOfValue),
  explain: () => new Option('--explain', 'show every condition with its value and outcome, and the citation'),
  all: () => new Option('--all', 'audit tables list every item, not only those that need attention (over, early, duplicate, invalid, unverifiable)'),
  lang: () => new Option('--lang <lang>', 'language of the text: zh or en (default: from LANG)').argParser(choice('--lang', ['zh', 'en'] as const)),
  output: () => new Option('-o, --output <file>', 'write to this file (atomically) instead of standard output'),
  noColor: () => new Option('--no-color', 'no colours (NO_COLOR and FORCE_COLOR are honoured too)'),
  quiet: () => new Option('-q, --quiet', 'no summary or error lines on standard error'),
  param: () =>
    new Option('--param <name=value>', 'set a rules parameter (repeatable; lists comma-separated)').argParser(collect),
  params: () => new Option('--params <file>', 'set rules parameters from a YAML or JSON file'),
  rules: () =>
    new Option('--rules <path>', 'a rules pack to use: an overlay (top key overlay:) applies on top of the built-in pack; a pack replaces it (repeatable)').argParser(
      collect,
    ),
  inputFormat: (formats: readonly string[]) =>
    new Option('--input-format <format>', `format of standard input (or of files whose name does not tell): ${formats.join(', ')}`).argParser(
      choice('--input-format', formats),
    ),
  debug: () => new Option('--debug', 'show stack traces of errors'),
  type: () =>
    new Option('--type <type>', 'record type of rows without a type column: placement, hire or startup').argParser(
      choice('--type', RECORD_TYPES),
    ),
  encoding: () =>
    new Option('--encoding <encoding>', 'encoding of CSV input: auto, utf8 or gb18030 (gbk is an alias) (default: auto)').argParser((value: string) => {
      const e = encodingChoice(value);
      if (!e) throw new UsageError(`--encoding ${value}: use auto, utf8 or gb18030 (gbk)`);
      return e;
    }),
  failOn: (allowed: readonly string[]) =>
    new Option('--fail-on <list>', `exit 1 when any of these is found: ${allowed.join(', ')} (comma-separated; repeatable)`).argParser(
      (value: string, previous: string[] = []) => {
        const items = value.split(',').map((v) => v.trim()).filter(Boolean);
        const unknown = items.filter((v) => !allowed.includes(v));
        if (unknown.length || !items.length) throw new UsageError(`--fail-on ${value}: use any of ${allowed.join(', ')}, comma-separated`);
        return [...new Set([...previous, ...items])];
      },
    ),
  maskIds: () => new Option('--mask-ids', 'mask ID numbers and credit codes in json, ndjson and csv output too (first 6 and last 4 shown); audit masks names with them'),
  noMask: () => new Option('--no-mask', 'show ID numbers and credit codes in full, tables included'),
  errors: () => new Option('--errors <file>', 'write the invalid records, with line and reason, to this CSV file (a workbook if it ends in .xlsx)'),
  bom: () => new Option('--bom', 'start CSV output with a UTF-8 byte order mark, for Excel'),
  jobs: () =>
    new Option('--jobs <n>', 'worker threads for CSV batches; 0 evaluates in the main thread (default: by input size and cores)').argParser(
      (value: string) => {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 0 || n > 64) throw new UsageError(`--jobs ${value}: use a whole number from 0 to 64`);
        return n;
      },
    ),
  ledger: () => new Option('--ledger <ledger>', 'the ledger of paid claims: an SQLite file, or postgres://… (default: SUBSIDY_LEDGER)'),
  fileFormat: (formats: readonly string[], fallback: string) =>
    new Option('-f, --format <format>', `file format: ${formats.join(', ')} (default: from the --output file's extension, else ${fallback})`).argParser(
      choice('--format', formats),
    ),
};
