/** Source files stay small: at most 300 lines a file and 60 a function, outside scripts/sizes.mjs's allow-list. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a script of plain JavaScript, without types
import { ALLOWED, MAX_FILE_LINES, MAX_FUNCTION_LINES, oversized } from '../scripts/sizes.mjs';

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

  it('finds what is over its limit', () => {
    // With nothing allowed, the files still to split are found.
    expect((oversized(SRC, {}) as Oversized[]).map((o) => o.where)).toContain('io/csv/parse.ts:parseCsvBytes');
  });
});
