/**
 * The documentation's commands run as tests, so that it cannot drift from the tool. In the README,
 * CONTRIBUTING.md and docs/*.md: every `console` block is run and its output compared (a final
 * `…` line means the output goes on), every `npx subsidy` line of a `sh` block is run for its
 * exit code (`# exit N`), every link to a file or an anchor resolves and every file named
 * exists; the field, parameter, option and exit-code tables are checked against the code
 * wherever they are; and the README stays a short guide, under 15,000 bytes.
 * After a deliberate change of output, UPDATE_README=1 rewrites the console blocks: read the diff.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT, FIELDS, loadRules, RECORD_TYPES, type FieldSpec, type RecordType } from '../src/index.js';
import { blocksOf, brokenLink, DOC_FILES, localLinks, namedPaths, readDoc } from './helpers/markdown.js';
import { runCli } from './helpers/run.js';

const readme = readDoc('README.md');
const argsOf = (command: string) => command.replace(/^\$?\s*npx subsidy\s+/, '').split(/\s+/).filter(Boolean);

// The README's worked example of the ledger starts from no ledger, and leaves none behind.
const EXAMPLE_LEDGER = 'ledger.db';
const removeExampleLedger = () => ['', '-wal', '-shm', '-journal'].forEach((s) => rmSync(`${EXAMPLE_LEDGER}${s}`, { force: true }));
beforeAll(removeExampleLedger);
afterAll(removeExampleLedger);
// The officials' example writes these beside the README; they are removed after.
afterAll(() => ['results.xlsx', 'report.html', 'to-fix.xlsx'].forEach((f) => rmSync(f, { force: true })));

for (const file of DOC_FILES) {
  const text = readDoc(file);
  const consoles = blocksOf(text).filter((b) => b.lang === 'console');
  if (consoles.length === 0) continue;
  describe(`${file} console examples`, () => {
    const updated = new Map<string, string>();
    afterAll(() => {
      if (!process.env.UPDATE_README) return;
      let rewritten = text;
      for (const [before, after] of updated) rewritten = rewritten.replace(before, after);
      writeFileSync(file, rewritten);
    });
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
}

describe('README', () => {
  it('has console examples', () => expect(blocksOf(readme).filter((b) => b.lang === 'console').length).toBeGreaterThanOrEqual(3));
  it('is a short guide: under 15,000 bytes', () => expect(Buffer.byteLength(readme)).toBeLessThan(15_000));
  it('starts with the quick start: install and run the main job, then the tests, with their time', async () => {
    const lines = blocksOf(readme)
      .filter((b) => b.lang === 'sh')
      .flatMap((b) => b.body.split('\n'));
    expect(lines[0]).toBe('npm ci && npx subsidy evaluate examples/batch-mixed.csv');
    expect(lines[1]).toBe('npm test');
    expect(readme).toMatch(/runs the tests \(one to two\s+minutes on two cores\)/);
    // The example holds an invalid row, as the README says: the command exits with 1.
    expect(readme).toMatch(/one row is invalid on purpose: exit 1/);
    expect((await runCli(['evaluate', 'examples/batch-mixed.csv'])).code).toBe(1);
  });
});

describe('shell commands of the documentation', () => {
  // The README's ledger commands record into the example ledger afresh.
  beforeAll(removeExampleLedger);
  const lines = DOC_FILES.flatMap((file) =>
    blocksOf(readDoc(file))
      .filter((b) => b.lang === 'sh')
      .flatMap((b) => b.body.split('\n'))
      .map((line) => ({ file, line })),
  );
  for (const { file, line } of lines) {
    // The quick start's run (npm ci && npx subsidy …) is checked with the quick start.
    if (!line.startsWith('npx subsidy')) continue;
    const [cmd, comment] = line.split('#');
    const code = Number(/exit (\d)/.exec(comment ?? '')?.[1] ?? 0);
    it(`${file}: ${cmd!.trim()} → exit ${code}`, async () => {
      const result = await runCli(argsOf(cmd!));
      expect(result.code, result.stderr).toBe(code);
      if (code >= 2) expect(result.stderr.trim().split('\n').length).toBe(1);
    });
  }
});

describe('links of the documentation', () => {
  for (const file of DOC_FILES) {
    it(`${file}: every link to a file or an anchor resolves`, () => {
      const links = localLinks(readDoc(file));
      if (file === 'README.md') expect(links.length).toBeGreaterThan(5);
      for (const { text, target } of links) expect(brokenLink(file, target), `[${text}](${target})`).toBeUndefined();
    });
    it(`${file}: every file it names exists`, () => {
      for (const path of namedPaths(readDoc(file))) expect(existsSync(path), path).toBe(true);
    });
  }
});

/** Each field name once, with the record types that have it, in order. */
function fieldsByName(): Map<string, { spec: FieldSpec; types: RecordType[] }> {
  const byName = new Map<string, { spec: FieldSpec; types: RecordType[] }>();
  for (const type of RECORD_TYPES) {
    for (const spec of FIELDS[type]) {
      const entry = byName.get(spec.name) ?? { spec, types: [] };
      entry.types.push(type);
      byName.set(spec.name, entry);
    }
  }
  return byName;
}

/** The cells of the table row that starts with a name in backquotes. */
function rowOf(text: string, name: string): string[] | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`| \`${name}\` |`));
  return line?.split(' | ').map((c) => c.replace(/^\| |\s*\|$/g, ''));
}

describe('tables of the documentation', () => {
  const records = readDoc('docs/records.md');
  const rules = readDoc('docs/rules.md');
  const output = readDoc('docs/output.md');

  it('docs/records.md lists every field with all its Chinese headers', () => {
    for (const type of RECORD_TYPES) {
      for (const f of FIELDS[type]) {
        expect(records).toContain(`| \`${f.name}\` | ${f.zh.join('、')} | ${f.required ? 'yes' : ''} | ${f.en} |`);
      }
    }
  });
  it('README lists every field with its record types, kind and first Chinese header, and no other', () => {
    const fields = fieldsByName();
    for (const [name, { spec, types }] of fields) {
      expect(rowOf(readme, name), name).toEqual([`\`${name}\``, types.join(', '), spec.kind, spec.zh[0]]);
    }
    const section = readme.slice(readme.indexOf('## Records'), readme.indexOf('\n## ', readme.indexOf('## Records') + 1));
    const rows = [...section.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
    expect(rows.sort()).toEqual([...fields.keys()].sort());
  });
  it('docs/rules.md lists every parameter', () => {
    for (const name of loadRules().params.keys()) expect(rules).toMatch(new RegExp(`\\| \`${name}\` \\|`));
  });
  it('README lists every exit code', () => {
    for (const code of Object.values(EXIT)) expect(readme).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
  });

  const commands = [['evaluate'], ['audit'], ['schema'], ['template'], ['rules', 'list'], ['rules', 'show'], ['rules', 'validate'], []];
  for (const command of commands) {
    it(`README names every option of subsidy ${command.join(' ')}`.trimEnd(), async () => {
      const help = (await runCli([...command, '--help'])).stdout;
      const flags = [...help.matchAll(/--[a-z-]+/g)].map((m) => m[0]).filter((f) => f !== '--help');
      expect(flags.length).toBeGreaterThan(0);
      for (const flag of new Set(flags)) expect(readme, flag).toMatch(new RegExp(`\`(-\\w, )?${flag}(?![\\w-])`));
    });
  }
  for (const sub of ['record', 'void', 'show', 'list', 'stats', 'export']) {
    it(`docs/ledger.md names every option of subsidy ledger ${sub}`, async () => {
      const ledger = readDoc('docs/ledger.md');
      const help = (await runCli(['ledger', sub, '--help'])).stdout;
      const flags = [...help.matchAll(/--[a-z-]+/g)].map((m) => m[0]).filter((f) => f !== '--help');
      expect(flags.length).toBeGreaterThan(0);
      for (const flag of new Set(flags)) expect(ledger, flag).toMatch(new RegExp(`\`(-\\w, )?${flag}(?![\\w-])`));
    });
  }
  for (const command of ['evaluate', 'audit']) {
    it(`docs/output.md has a row for every option of ${command}`, async () => {
      const help = (await runCli([command, '--help'])).stdout;
      const flags = [...help.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]!).filter((f) => f !== '--help');
      expect(flags.length).toBeGreaterThan(8);
      for (const flag of flags) expect(output, flag).toMatch(new RegExp(`^\\| \`(-\\w, )?${flag}[ \`]`, 'm'));
    });
  }
});
