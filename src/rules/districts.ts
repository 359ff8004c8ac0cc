/**
 * District names: a record or a parameter may write a district by its official name,
 * its short name, its pinyin or its administrative code; all of them match. The city's name
 * before it (重庆市长寿区) and an address after its official name (长寿区晏家街道) are read too.
 */
import type { PackSpec } from './schema.js';

/** The official name of a district as written; undefined for one the pack's table does not know. */
export type DistrictResolver = (written: string) => string | undefined;

/** The city the districts are of, as an address may begin with it. */
const CITY = /^重庆市?/;

function key(written: string): string {
  return written
    .trim()
    .toLowerCase()
    .replace(/[\s'’-]+/g, '')
    .replace(/(district|county)$/, '');
}

/**
 * Builds the resolver for a pack's district table: any known form → the official name. A pack
 * without a table knows no districts by name: there a district is the text written, trimmed.
 */
export function districtResolver(districts: PackSpec['districts']): DistrictResolver {
  if (!districts.length) return (written) => written.trim();
  const index = new Map<string, string>();
  for (const d of districts) {
    index.set(key(d.name), d.name);
    for (const alias of d.aliases) index.set(key(String(alias)), d.name);
  }
  // Official names, the longest first: an address that begins with one is in that district.
  const official = districts.map((d) => [key(d.name), d.name] as const).sort((a, b) => b[0].length - a[0].length);
  const find = (written: string): string | undefined => {
    const k = key(written);
    const local = k.replace(CITY, '') || k;
    return index.get(k) ?? index.get(local) ?? official.find(([name]) => local.startsWith(name))?.[1];
  };
  // Records repeat the same few spellings: remember each one's resolution.
  const resolved = new Map<string, string | undefined>();
  return (written) => {
    if (resolved.has(written)) return resolved.get(written);
    const name = find(written);
    if (resolved.size >= 4096) resolved.clear();
    resolved.set(written, name);
    return name;
  };
}
