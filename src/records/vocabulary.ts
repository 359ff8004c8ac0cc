/**
 * The vocabularies of records: enterprise categories and population groups, with their
 * Chinese names, and the multi-valued cells that hold them.
 */
import { lookupTable } from '../core/own-keys.js';
import { asciiLower, charClass, fail, literal, ok, trimmed, type Parsed } from './parsed.js';

export const ENTERPRISE_CATEGORIES = ['key', 'electronics', 'other'] as const;
export type EnterpriseCategory = (typeof ENTERPRISE_CATEGORIES)[number];

const CATEGORY_ALIASES: Readonly<Record<string, EnterpriseCategory>> = lookupTable({
  key: 'key',
  electronics: 'electronics',
  other: 'other',
  重点企业: 'key',
  重点: 'key',
  重庆市重点企业: 'key',
  电子企业: 'electronics',
  电子: 'electronics',
  其他: 'other',
  其它: 'other',
  其他企业: 'other',
  一般企业: 'other',
});

/** The texts that a lower-case alias names: itself, with its ASCII letters in either case (as asciiLower reads them). */
function caseless(alias: string): string {
  if (alias !== alias.toLowerCase()) return literal(alias);
  return [...alias].map((c) => (/[a-z]/.test(c) ? charClass(c + c.toUpperCase()) : literal(c))).join('');
}

const CATEGORY = `(?:${Object.keys(CATEGORY_ALIASES).map(caseless).join('|')})`;

export const CATEGORY_LABELS: Readonly<Record<EnterpriseCategory, { zh: string; en: string }>> = lookupTable({
  key: { zh: '重点企业', en: 'key enterprise' },
  electronics: { zh: '电子企业', en: 'electronics enterprise' },
  other: { zh: '其他', en: 'other' },
});

/** Known population groups and their Chinese names; other groups are accepted as written. */
const GROUP_ALIASES: Readonly<Record<string, string>> = lookupTable({
  建档立卡贫困家庭成员: 'poverty_registered',
  建档立卡贫困人员: 'poverty_registered',
  建档立卡贫困户: 'poverty_registered',
  建档立卡: 'poverty_registered',
  农民工: 'migrant_worker',
  返乡农民工: 'migrant_worker',
  就业困难人员: 'hard_to_employ',
  高校毕业生: 'college_graduate',
  退役军人: 'veteran',
  无: 'none',
});

export const GROUP_LABELS: Readonly<Record<string, { zh: string; en: string }>> = lookupTable({
  poverty_registered: { zh: '建档立卡贫困家庭成员', en: 'member of a registered poor household' },
  migrant_worker: { zh: '农民工', en: 'migrant worker' },
  hard_to_employ: { zh: '就业困难人员', en: 'hard to employ' },
  college_graduate: { zh: '高校毕业生', en: 'college graduate' },
  veteran: { zh: '退役军人', en: 'veteran' },
  none: { zh: '无', en: 'none' },
});

/** What separates the values of a multi-valued cell. */
const LIST_SEPARATORS = ';；、';
const SEPARATOR = new RegExp(`[${LIST_SEPARATORS}]`);

/** Splits a multi-valued cell: `key;electronics`, `重点企业、电子企业`, or a list. */
export function splitValues(raw: unknown): string[] | undefined {
  const items = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(SEPARATOR) : undefined;
  if (!items) return undefined;
  const out: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string') return undefined;
    const v = item.trim();
    if (v) out.push(v);
  }
  return out;
}

/** Remembers the parse of values that repeat across a batch (categories, groups). */
function memoized<T>(parse: (raw: unknown) => Parsed<T>): (raw: unknown) => Parsed<T> {
  const cache = new Map<string, Parsed<T>>();
  return (raw) => {
    if (typeof raw !== 'string') return parse(raw);
    let hit = cache.get(raw);
    if (hit === undefined) {
      if (cache.size >= 4096) cache.clear();
      hit = parse(raw);
      cache.set(raw, hit);
    }
    return hit;
  };
}

/**
 * Enterprise categories: the canonical names, Chinese names, several at once.
 * The parsed list is shared between records with the same text: treat it as read-only.
 */
export const parseCategories = memoized(parseCategoriesUncached);

function parseCategoriesUncached(raw: unknown): Parsed<EnterpriseCategory[]> {
  const items = splitValues(raw);
  if (!items || items.length === 0) return fail(`expected ${ENTERPRISE_CATEGORIES.join(', ')} (or 重点企业, 电子企业, 其他)`);
  const out: EnterpriseCategory[] = [];
  for (const item of items) {
    const c = CATEGORY_ALIASES[item] ?? CATEGORY_ALIASES[asciiLower(item)];
    if (!c) {
      return fail(
        `unknown enterprise category "${item}": allowed are ${ENTERPRISE_CATEGORIES.join(', ')} ` +
          `(重点企业, 电子企业, 其他); write both as key;electronics`,
      );
    }
    if (!out.includes(c)) out.push(c);
  }
  return ok(out);
}

/** One enterprise category, as an item of a list (parseCategories takes it trimmed, in any case). */
export const CATEGORY_PATTERN = trimmed(CATEGORY);

/** Enterprise categories as parseCategories reads text: one or more, separated by ; ； or 、 (empty items are skipped). */
export const CATEGORIES_PATTERN =
  `^(?:\\s*[${LIST_SEPARATORS}])*\\s*${CATEGORY}\\s*(?:[${LIST_SEPARATORS}]\\s*(?:${CATEGORY}\\s*)?)*$`;

/** Text that splitValues reads as at least one value: a character other than white space and separators. */
export const LIST_PATTERN = `^[\\s${LIST_SEPARATORS}]*[^\\s${LIST_SEPARATORS}][\\s\\S]*$`;

/** Text that is not blank: an item of a list that counts as a value. */
export const NOT_BLANK_PATTERN = '^\\s*\\S[\\s\\S]*$';

export function normalizeGroup(item: string): string {
  return GROUP_ALIASES[item] ?? item.toLowerCase().replace(/[\s-]+/g, '_');
}

/** Population groups (open-ended); the parsed list is shared: treat it as read-only. */
export const parseGroups = memoized(parseGroupsUncached);

function parseGroupsUncached(raw: unknown): Parsed<string[]> {
  const items = splitValues(raw);
  if (!items || items.length === 0) return fail('expected a group such as poverty_registered or migrant_worker');
  const out: string[] = [];
  for (const item of items) {
    const g = normalizeGroup(item);
    if (!out.includes(g)) out.push(g);
  }
  return ok(out);
}
