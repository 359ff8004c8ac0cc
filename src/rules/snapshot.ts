/**
 * Snapshots of the packs in rules/: each pack's data as JSON, with the YAML it was read from,
 * written by the build into dist/packs/. A pack whose YAML is the one in its snapshot, to the
 * character, is read from the snapshot: reading the YAML takes some 35 ms at each start (and
 * makes V8 compile the YAML parser), the JSON under a millisecond. The data then goes through
 * the same zod schemas as YAML does; the YAML is parsed only to say where a problem is.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { parseDocument } from 'yaml';

/** Where the build writes the snapshots (from dist/rules/ and dist/bundle/ alike). */
export const SNAPSHOT_DIR = fileURLToPath(new URL('../../dist/packs/', import.meta.url));

interface Snapshot {
  source: string;
  data: unknown;
}

const snapshotFile = (packPath: string, dir: string) => join(dir, `${basename(packPath).replace(/\.ya?ml$/i, '')}.json`);

/** The data of the pack whose YAML is `source`, from its snapshot in `dir`; undefined if there is none for this YAML. */
export function readSnapshot(packPath: string, source: string, dir = SNAPSHOT_DIR): unknown {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(readFileSync(snapshotFile(packPath, dir), 'utf8')) as Snapshot;
  } catch {
    return undefined;
  }
  return snapshot.source === source ? snapshot.data : undefined;
}

/**
 * Writes the snapshot of a pack into `dir`, when its data is what it would read from the YAML
 * (none if the YAML does not parse, or holds values JSON cannot, such as .inf). Returns whether
 * it wrote one.
 */
export function writeSnapshot(packPath: string, dir = SNAPSHOT_DIR): boolean {
  const source = readFileSync(packPath, 'utf8');
  const doc = parseDocument(source);
  if (doc.errors.length) return false;
  const data: unknown = doc.toJS({ maxAliasCount: -1 });
  const json = JSON.stringify({ source, data } satisfies Snapshot);
  if (!isDeepStrictEqual((JSON.parse(json) as Snapshot).data, data)) return false;
  mkdirSync(dir, { recursive: true });
  writeFileSync(snapshotFile(packPath, dir), json);
  return true;
}

/** Writes the snapshots of the packs in the package's rules/ (the build runs this). */
export function writeSnapshots(rulesDir = fileURLToPath(new URL('../../rules/', import.meta.url)), dir = SNAPSHOT_DIR): string[] {
  return readdirSync(rulesDir)
    .filter((name) => /\.ya?ml$/i.test(name))
    .filter((name) => writeSnapshot(join(rulesDir, name), dir));
}
