/**
 * Golden JSON for every case file in examples/: the whole output of
 * `subsidy evaluate FILE --as-of 2020-06-30 --format json`. Regenerate after a deliberate
 * change with UPDATE_GOLDEN=1 and read the diff before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run.js';

const examples = readdirSync('examples').filter((f) => /\.(json|ya?ml)$/.test(f));

describe('golden output of the examples', () => {
  it('covers every example', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  for (const file of examples) {
    it(file, async () => {
      const { code, stdout } = await runCli(['evaluate', `examples/${file}`, '--as-of', '2020-06-30', '--format', 'json', '--quiet']);
      const golden = `tests/golden/${file.replace(/\.\w+$/, '')}.json`;
      if (process.env.UPDATE_GOLDEN) writeFileSync(golden, stdout);
      expect(existsSync(golden), `${golden} is missing: run with UPDATE_GOLDEN=1 and check it`).toBe(true);
      expect(code).toBe(file.startsWith('invalid') ? 1 : 0);
      expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
    });
  }
});
