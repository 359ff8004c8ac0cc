/**
 * Reading the project's Markdown for the documentation tests: the files, their fenced blocks,
 * their headings' anchors (as GitHub makes them) and their links.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/** The documentation: the README, the contributors' guide and the reference in docs/. */
export const DOC_FILES: readonly string[] = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];

export interface Block {
  lang: string;
  body: string;
}

export const readDoc = (file: string): string => readFileSync(file, 'utf8');

export const blocksOf = (text: string): Block[] => [...text.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, body: m[2]! }));

/** The text without its fenced blocks and inline code: what is left holds the links. */
const prose = (text: string): string => text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens; repeats numbered. */
export function anchorsOf(text: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const m of text.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6} +(.+?) *$/gm)) {
    const slug = m[1]!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n ? `${slug}-${n}` : slug);
  }
  return anchors;
}

export interface Link {
  text: string;
  target: string;
}

/** Links to local files and anchors (not to web addresses). */
export function localLinks(text: string): Link[] {
  return [...prose(text).matchAll(/\[([^\]]+)\]\(([^)]+)\)/g)]
    .map((m) => ({ text: m[1]!, target: m[2]! }))
    .filter((l) => !/^[a-z]+:/i.test(l.target));
}

/** What is wrong with a link of a file, or undefined when it resolves. */
export function brokenLink(file: string, target: string): string | undefined {
  if (/\s/.test(target)) return 'a link has no white space in it';
  const [path, anchor] = target.split('#') as [string, string | undefined];
  const resolved = path ? normalize(join(dirname(file), path)) : file;
  if (!existsSync(resolved)) return `${resolved} does not exist`;
  if (anchor === undefined) return undefined;
  if (!resolved.endsWith('.md')) return `${resolved} has no headings`;
  return anchorsOf(readDoc(resolved)).has(anchor) ? undefined : `${resolved} has no heading #${anchor}`;
}

/**
 * The files and folders of the project a text names in backquotes (`src/batch/shared.ts`,
 * `rules/`), but patterns (`docs/*.md`) and what a run makes (`bench/results/`).
 */
export function namedPaths(text: string): string[] {
  const paths = [...text.matchAll(/`((?:src|bin|rules|examples|tests|bench|docs|\.ci)\/[^`\s]*)`/g)].map((m) => m[1]!);
  return [...new Set(paths)].filter((p) => !/[*<>…]/.test(p) && !p.startsWith('bench/results'));
}
