/**
 * Writes a small, whole text (a schema, a template) to standard output, or to a file
 * atomically: a file that cannot be written is a usage error, found before anything is written.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { UsageError } from '../errors.js';
import { Sink } from '../io/sink.js';

export type TextOutput = { file: string } | { stream: Writable };

function checkOutputPath(output: string): void {
  const dir = dirname(resolve(output));
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new UsageError(`--output ${output}: the folder ${dir} does not exist; create it or choose another path`);
  }
  if (!isDir) throw new UsageError(`--output ${output}: ${dir} is not a folder`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new UsageError(`--output ${output}: the folder ${dir} is not writable; choose another path`);
  }
  if (existsSync(output) && statSync(output).isDirectory()) throw new UsageError(`--output ${output}: is a folder; name a file`);
}

export async function writeText(text: string, out: TextOutput): Promise<void> {
  if ('file' in out) checkOutputPath(out.file);
  const sink = 'file' in out ? Sink.file(out.file) : Sink.stdout(out.stream);
  try {
    await sink.write(text);
    await sink.commit();
  } catch (e) {
    sink.abort();
    throw e;
  }
}
