/**
 * District names: a record or a parameter may write a district by its official name,
 * its short name, its pinyin or its administrative code; all of them match.
 */
import type { PackSpec } from './schema.js';

export type DistrictResolver = (written: string) => string;

function key(written: string): string {
  return written
    .trim()
    .toLowerCase()
    .replace(/[\s'’-]+/g, '')
    .replace(/(district|county)$/, '');
}

/** Builds the resolver for a pack's district table: any known form → the official name. */
export function districtResolver(districts: PackSpec['districts']): DistrictResolver {
  const index = new Map<string, string>();
  for (const d of districts) {
    index.set(key(d.name), d.name);
    for (const alias of d.aliases) index.set(key(String(alias)), d.name);
  }
  // Records repeat the same few spellings: remember each one's resolution.
  const resolved = new Map<string, string>();
  return (written) => {
    let name = resolved.get(written);
    if (name === undefined) {
      name = index.get(key(written)) ?? written.trim();
      if (resolved.size >= 4096) resolved.clear();
      resolved.set(written, name);
    }
    return name;
  };
}
