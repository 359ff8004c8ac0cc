/** Source files stay small: at most 300 lines a file and 60 a function, outside scripts/sizes.mjs's allow-list. */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a script of plain JavaScript, without types
import { ALLOWED, MAX_FILE_LINES, MAX_FUNCTION_LINES, oversized } from '../scripts/sizes.mjs';
import { testDir } from './helpers/temp.js';

const SRC = resolve(import.meta.dirname, '../src');

interface Oversized {
  where: string;
  lines: number;
  limit: number;
}

describe('sizes of src/', () => {
  it(`no file over ${MAX_FILE_LINES} lines and no function over ${MAX_FUNCTION_LINES}, outside the allow-list`, () => {
    expect((oversized(SRC) as Oversized[]).map((o) => `${o.where}: ${o.lines} lines`)).toEqual([]);
  });

  it('every entry of the allow-list is still over its limit (an entry that is not is taken out)', () => {
    const over = new Set((oversized(SRC, {}) as Oversized[]).map((o) => o.where));
    expect(Object.keys(ALLOWED as Record<string, string>).filter((where) => !over.has(where))).toEqual([]);
  });

  it('finds what is over its limit, and lets the allow-list name it', () => {
    const dir = testDir('subsidy-sizes-');
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  x += ${i};`).join('\n');
    writeFileSync(join(dir, 'long.ts'), `export function long(): number {\n  let x = 0;\n${body(MAX_FUNCTION_LINES)}\n  return x;\n}\n`);
    writeFileSync(join(dir, 'big.ts'), `${'export const a = 1;\n'.repeat(MAX_FILE_LINES + 1)}`);
    const found = (allowed?: Record<string, string>) => (oversized(dir, allowed) as Oversized[]).map((o) => o.where).sort();
    expect(found({})).toEqual(['big.ts', 'long.ts:long']);
    expect(found({ 'long.ts:long': 'a table' })).toEqual(['big.ts']);
  });
});
