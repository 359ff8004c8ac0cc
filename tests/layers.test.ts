/**
 * Imports between the folders of src/ go one way: each layer imports only itself and the
 * layers before it in LAYERS.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

/**
 * The layers, lowest first. A folder of src/ is a layer; so is a file at the top of src/ (by its
 * name without .ts), except errors.ts, which is part of core (everything may throw its errors).
 * i18n comes before io: io writes text in a language; i18n knows nothing of files.
 */
const LAYERS = ['core', 'records', 'rules', 'engine', 'i18n', 'io', 'pipeline', 'batch', 'ledger', 'report', 'app', 'cli', 'library', 'index'] as const;

function layerOf(file: string): string {
  const rel = relative(SRC, file);
  const [first, ...rest] = rel.split(/[\\/]/);
  if (rest.length) return first!;
  const name = first!.replace(/\.ts$/, '');
  return name === 'errors' ? 'core' : name;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(path) : e.name.endsWith('.ts') ? [path] : [];
  });
}

/** The files of src/ that a file imports (import and export … from, static and dynamic). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
  return specs.map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts')));
}

const FILES = sourceFiles(SRC);

describe('layers of src/', () => {
  it('every file is in a layer', () => {
    const unknown = FILES.filter((f) => !(LAYERS as readonly string[]).includes(layerOf(f))).map((f) => relative(SRC, f));
    expect(unknown).toEqual([]);
  });

  it('no file imports from a layer above its own', () => {
    const rank = (file: string) => (LAYERS as readonly string[]).indexOf(layerOf(file));
    const against: string[] = [];
    for (const file of FILES) {
      for (const target of importsOf(file)) {
        if (rank(target) > rank(file)) against.push(`${relative(SRC, file)} (${layerOf(file)}) imports ${relative(SRC, target)} (${layerOf(target)})`);
      }
    }
    expect(against).toEqual([]);
  });

  it('sees the imports it checks', () => {
    // A file known to import from a lower layer: the test above would pass vacuously without it.
    const engine = FILES.find((f) => relative(SRC, f) === join('engine', 'evaluate.ts'))!;
    expect(importsOf(engine).map(layerOf)).toContain('records');
  });
});

describe("the worker threads' bundle (built by npm test)", () => {
  it('holds no zod: the CSV batches are read by the byte readers, and each worker loads only what they need', () => {
    // (A value import of records/record.ts, for one small helper, once brought zod and its schemas
    // into every worker: some 190 KB of code and 11 MB of memory more at 1M rows.)
    const worker = readFileSync(resolve(import.meta.dirname, '../dist/bundle/worker.js'), 'utf8');
    expect(worker).toContain('// dist/batch/worker.js');
    expect(worker).not.toMatch(/^\/\/ node_modules\/zod\//m);
    expect(worker).not.toContain('// dist/records/schema.js');
  });
});
