import { extname } from 'node:path';
import { UsageError } from '../errors.js';
import { say } from './messages.js';

const BY_EXTENSION: Record<string, string> = {
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.csv': 'csv',
  '.xlsx': 'xlsx',
  '.txt': 'table',
};

/** The output format when none is given: from the output file's extension, else table on a terminal, json otherwise. */
export function defaultFormat<T extends string>(output: string | undefined, stdout: { isTTY?: boolean }, allowed: readonly T[]): T {
  if (output) {
    const byExt = BY_EXTENSION[extname(output).toLowerCase()] as T | undefined;
    if (byExt && allowed.includes(byExt)) return byExt;
    throw new UsageError(say('outputFormatUnknown', { output, allowed }));
  }
  return (stdout.isTTY ? 'table' : 'json') as T;
}
