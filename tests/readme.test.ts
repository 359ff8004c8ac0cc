/**
 * The README's commands run as tests, so the documentation cannot drift from the tool:
 * every `console` block is run and its output compared (a final `…` line means the output
 * goes on), every `npx subsidy` line of a `sh` block is run for its exit code (`# exit N`),
 * and the field, parameter and option tables are checked against the code.
 * After a deliberate change of output, UPDATE_README=1 rewrites the console blocks: read the diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { FIELDS, RECORD_TYPES } from '../src/records/fields.js';
import { loadRules } from '../src/rules/load.js';
import { runCli } from './helpers/run.js';

const readme = readFileSync('README.md', 'utf8');
const blocks = [...readme.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, body: m[2]! }));

const argsOf = (command: string) => command.replace(/^\$?\s*npx subsidy\s+/, '').split(/\s+/).filter(Boolean);

describe('README console examples', () => {
  const consoles = blocks.filter((b) => b.lang === 'console');
  const updated = new Map<string, string>();
  afterAll(() => {
    if (!process.env.UPDATE_README) return;
    let text = readme;
    for (const [before, after] of updated) text = text.replace(before, after);
    writeFileSync('README.md', text);
  });
  it('has examples', () => expect(consoles.length).toBeGreaterThanOrEqual(3));
  for (const block of consoles) {
    const [command, ...expected] = block.body.replace(/\n$/, '').split('\n');
    it(command!, async () => {
      const { stdout } = await runCli(argsOf(command!));
      const actual = stdout.replace(/\n$/, '').split('\n');
      if (process.env.UPDATE_README) {
        const lines = expected.at(-1) === '…' ? [...actual.slice(0, expected.length - 1), '…'] : actual;
        updated.set(block.body, `${[command, ...lines].join('\n')}\n`);
        return;
      }
      if (expected.at(-1) === '…') {
        const head = expected.slice(0, -1);
        expect(actual.slice(0, head.length)).toEqual(head);
      } else {
        expect(actual).toEqual(expected);
      }
    });
  }
});

describe('README shell commands', () => {
  const lines = blocks
    .filter((b) => b.lang === 'sh')
    .flatMap((b) => b.body.split('\n'))
    .filter((l) => l.trim().length > 0);
  it('start with the quick start', () => {
    expect(lines[0]).toBe('npm ci && npx subsidy evaluate examples/agency-placements.yaml');
    expect(lines[1]).toBe('npm test');
  });
  for (const line of lines) {
    const command = line.replace(/^npm ci && /, '');
    if (!command.startsWith('npx subsidy')) continue;
    const [cmd, comment] = command.split('#');
    const code = Number(/exit (\d)/.exec(comment ?? '')?.[1] ?? 0);
    it(`${cmd!.trim()} → exit ${code}`, async () => {
      const result = await runCli(argsOf(cmd!));
      expect(result.code, result.stderr).toBe(code);
      if (code >= 2) expect(result.stderr.trim().split('\n').length).toBe(1);
    });
  }
});

describe('README tables', () => {
  it('list every field with its Chinese headers', () => {
    for (const type of RECORD_TYPES) {
      for (const f of FIELDS[type]) {
        expect(readme).toContain(`| \`${f.name}\` | ${f.zh.join('、')} | ${f.required ? 'yes' : ''} | ${f.en} |`);
      }
    }
  });
  it('list every parameter', () => {
    for (const name of loadRules().params.keys()) expect(readme).toMatch(new RegExp(`\\| \`${name}\` \\|`));
  });
  for (const command of ['evaluate', 'audit']) {
    it(`list every option of ${command}`, async () => {
      const help = (await runCli([command, '--help'])).stdout;
      const flags = [...help.matchAll(/--[a-z-]+/g)].map((m) => m[0]).filter((f) => f !== '--help');
      expect(flags.length).toBeGreaterThan(8);
      for (const flag of new Set(flags)) expect(readme, flag).toContain(`\`${flag}`);
    });
  }
});
