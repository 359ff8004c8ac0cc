import { existsSync, statSync } from 'node:fs';
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

/** The format an output file's extension names, if it is one of `allowed`. */
function formatOfName<T extends string>(output: string, allowed: readonly T[]): T | undefined {
  const byExt = BY_EXTENSION[extname(output).toLowerCase()] as T | undefined;
  return byExt && allowed.includes(byExt) ? byExt : undefined;
}

/** The output format when none is given: from the output file's extension, else table on a terminal, json otherwise. */
export function defaultFormat<T extends string>(output: string | undefined, stdout: { isTTY?: boolean }, allowed: readonly T[]): T {
  if (output) {
    const byExt = formatOfName(output, allowed);
    if (byExt) return byExt;
    throw new UsageError(say('outputFormatUnknown', { output, allowed }));
  }
  return (stdout.isTTY ? 'table' : 'json') as T;
}

/** The format of a command that has no --format (ledger record): its output file's extension names it. */
export function formatByName<T extends string>(output: string, allowed: readonly T[]): T {
  const byExt = formatOfName(output, allowed);
  if (byExt) return byExt;
  const extensions = Object.keys(BY_EXTENSION).filter((ext) => allowed.includes(BY_EXTENSION[ext] as T));
  throw new UsageError(say('recordOutputUnknown', { output, extensions }));
}

/**
 * A workbook is binary: --format xlsx into a file not named .xlsx, or another format into one
 * that is, would make a file that its name misleads every program about. A usage error.
 */
export function checkWorkbookName(format: string, output: string | undefined): void {
  // (A device or a pipe, /dev/full or /dev/stdout, has no name to mislead.)
  if (!output || (existsSync(output) && !statSync(output).isFile())) return;
  const named = extname(output).toLowerCase() === '.xlsx';
  if (named !== (format === 'xlsx')) throw new UsageError(say('workbookName', { format, output }));
}
