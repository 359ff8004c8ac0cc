/**
 * Checks, before any work, that an output file can be written where asked: its folder exists
 * and is writable, and it is not itself a folder. A path that fails is a usage error.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../errors.js';

export function checkOutputPath(flag: string, output: string): void {
  const dir = dirname(resolve(output));
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new UsageError(`${flag} ${output}: the folder ${dir} does not exist; create it or choose another path`);
  }
  if (!isDir) throw new UsageError(`${flag} ${output}: ${dir} is not a folder`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new UsageError(`${flag} ${output}: the folder ${dir} is not writable; choose another path`);
  }
  if (existsSync(output) && statSync(output).isDirectory()) throw new UsageError(`${flag} ${output}: is a folder; name a file`);
}
