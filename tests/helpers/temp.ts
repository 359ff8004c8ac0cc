import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

const make = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));
const remove = (dir: string) => () => rmSync(dir, { recursive: true, force: true });

/** A new temporary folder for the test that calls this, removed when it ends. */
export function testDir(prefix: string): string {
  const dir = make(prefix);
  onTestFinished(remove(dir));
  return dir;
}

/** A new temporary folder for a file's or a describe block's tests (call it outside tests), removed after them. */
export function suiteDir(prefix: string): string {
  const dir = make(prefix);
  afterAll(remove(dir));
  return dir;
}

/**
 * A maker of temporary folders for a file's tests (call it once, outside tests): each folder it
 * makes, in a test or not, is removed after the file's tests.
 */
export function suiteDirs(prefix: string): () => string {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => remove(dir)()));
  return () => {
    const dir = make(prefix);
    made.push(dir);
    return dir;
  };
}
