/**
 * Checks, before any work, that an output file can be written where asked: its folder exists
 * and is writable, and it is not itself a folder. A path that fails is an unwritable output (exit 4).
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { say } from './messages.js';

export function checkOutputPath(flag: string, output: string): void {
  const dir = dirname(resolve(output));
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new InputError(say('folderMissing', { flag, output, dir }));
  }
  if (!isDir) throw new InputError(say('notAFolder', { flag, output, dir }));
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new InputError(say('folderNotWritable', { flag, output, dir }));
  }
  if (existsSync(output) && statSync(output).isDirectory()) throw new InputError(say('outputIsFolder', { flag, output }));
}
