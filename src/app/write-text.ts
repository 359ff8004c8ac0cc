/**
 * Writes a small, whole text (a schema, a template) to standard output, or to a file
 * atomically: a file that cannot be written is a usage error, found before anything is written.
 */
import type { Writable } from 'node:stream';
import { checkOutputPath } from '../io/output-path.js';
import { Sink } from '../io/sink.js';

export type TextOutput = { file: string } | { stream: Writable };

export async function writeText(text: string, out: TextOutput): Promise<void> {
  if ('file' in out) checkOutputPath('--output', out.file);
  const sink = 'file' in out ? Sink.file(out.file) : Sink.stdout(out.stream);
  try {
    await sink.write(text);
    await sink.commit();
  } catch (e) {
    sink.abort();
    throw e;
  }
}
