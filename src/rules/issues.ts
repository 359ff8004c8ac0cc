/**
 * What zod found wrong in a pack, said for the person who wrote it, in both languages: a
 * missing key as missing, a value of the wrong kind with what it is, a choice with its choices.
 * A value that fits none of the forms a union allows is described by the form it comes
 * closest to (the one whose kind it has, with the fewest problems). Issues must come from a
 * parse with `reportInput: true`, which keeps the value each one is about.
 */
import type { z } from 'zod';
import { FOUND_ZH } from '../records/messages-zh.js';
import type { ProblemText } from './messages.js';
import { SCHEMA_MESSAGES } from './schema.js';
import type { Path } from './problems.js';

type Issue = z.core.$ZodIssue;

/** An issue and where it is, below the place parsed. */
export interface PlacedIssue {
  path: Path;
  text: ProblemText;
}

/** A kind of value in words (the records' words for what a reader found: FOUND_ZH), by zod's name for it. */
const word = (en: string): ProblemText => ({ en, zh: FOUND_ZH[en] ?? en });
const KINDS: Record<string, ProblemText> = {
  object: word('a mapping'),
  record: word('a mapping'),
  array: word('a list'),
  string: word('text'),
  number: word('a number'),
  int: { en: 'a whole number', zh: '整数' },
  boolean: { en: 'true or false', zh: 'true 或 false' },
  null: { en: 'null', zh: '空值(null)' },
};
const kind = (name: string): ProblemText => KINDS[name] ?? { en: name, zh: name };
const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const shown = (v: unknown) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? ` ${JSON.stringify(v)}` : '');
const both = (en: string, zh: string): ProblemText => ({ en, zh });

/** Where each issue of a parse is, and what it says. */
export function placeIssues(issues: readonly Issue[]): PlacedIssue[] {
  return issues.flatMap((i) => place(i, i.path as Path));
}

function place(issue: Issue, path: Path): PlacedIssue[] {
  if (issue.code === 'invalid_union') {
    if (issue.input === undefined) return [{ path, text: missing(rootKinds(issue.errors)) }];
    if (issue.discriminator && !issue.errors.length && issue.input && typeof issue.input === 'object') {
      const value = (issue.input as Record<string, unknown>)[issue.discriminator];
      // (Its path names the discriminator already.)
      return [{ path, text: choice(value, (issue as { options?: unknown[] }).options ?? []) }];
    }
    const closest = closestForm(issue.errors);
    if (closest) return closest.flatMap((i) => place(i, [...path, ...(i.path as Path)]));
    return [{ path, text: noForm(issue.errors, issue.input) }];
  }
  return [{ path, text: describe(issue) }];
}

/** A root issue that says the value is not of a form's kind at all. */
const wrongKind = (i: Issue) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value' || i.code === 'invalid_union');

/** The issues of the form a value comes closest to: of its kind, with the fewest; none when no one form is closest. */
function closestForm(forms: readonly (readonly Issue[])[]): readonly Issue[] | undefined {
  const fitting = forms.filter((f) => !f.some(wrongKind)).sort((a, b) => a.length - b.length);
  if (fitting.length === 1 || (fitting.length > 1 && fitting[0]!.length < fitting[1]!.length)) return fitting[0];
  return undefined;
}

/** A value that fits none of a union's forms, none of them closer than the others. */
function noForm(forms: readonly (readonly Issue[])[], input: unknown): ProblemText {
  if (forms.every((f) => f.some(wrongKind))) return wrongValue(rootKinds(forms), input);
  // Each form lacks one key of its own ({param} or {yuan} or {fact}): one of them is to be given.
  const keys = forms.map((f) => (f.length === 1 && f[0]!.code === 'invalid_type' && f[0]!.input === undefined && f[0]!.path.length === 1 ? f[0]! : undefined));
  if (keys.every((k) => k !== undefined)) {
    const named = keys.map((k) => ({ key: String(k!.path[0]), kind: kind((k as { expected: string }).expected) }));
    return both(`add one of ${either(named.map((n) => `${n.key} (${n.kind.en})`), ' or ', ', ')}`, `请添加 ${either(named.map((n) => `${n.key}(${n.kind.zh})`), ' 或 ', '、')}`);
  }
  // Each form's own problems, so that the writer sees which one was meant.
  const each = forms.map((f) => placeIssues(f).map((p) => ({ en: `${p.path.join('.') || '(it)'}: ${p.text.en}`, zh: `${p.path.join('.') || '(本项)'}:${p.text.zh}` })));
  return both(
    `fits none of the forms it may take: ${each.map((f) => f.map((t) => t.en).join(', ')).join('; or ')}`,
    `不符合任何一种可用的写法:${each.map((f) => f.map((t) => t.zh).join(',')).join(';或 ')}`,
  );
}

function choice(value: unknown, options: readonly unknown[]): ProblemText {
  const names = options.map((o) => String(o)).join(', ');
  if (value === undefined) return both(`missing: add it (one of ${names})`, `缺少此项:请添加(可选 ${names})`);
  return both(`${JSON.stringify(value)} is not one of ${names}`, `${JSON.stringify(value)} 不是可选值之一:${names}`);
}

/** The kinds of value a union's forms take, from their issues at the root: `['object', 'number']`. */
const rootKinds = (forms: readonly (readonly Issue[])[]) =>
  [...new Set(forms.flatMap((f) => f.filter((i) => i.path.length === 0 && i.code === 'invalid_type').map((i) => (i as { expected: string }).expected)))];

/** `a, b or c`; `甲、乙或丙`. */
const either = (words: readonly string[], or: string, comma: string) => (words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(comma)}${or}${words.at(-1)}`);
const kinds = (names: readonly string[]): ProblemText => both(either(names.map((n) => kind(n).en), ' or ', ', '), either(names.map((n) => kind(n).zh), '或', '、'));

function missing(names: readonly string[]): ProblemText {
  if (!names.length) return both('missing: add it', '缺少此项:请添加');
  const k = kinds(names);
  return both(`missing: add it (${k.en})`, `缺少此项:请添加(${k.zh})`);
}

function wrongValue(names: readonly string[], input: unknown): ProblemText {
  const want = kinds(names);
  if (typeof input === 'boolean') return both(`expected ${want.en}, found ${input}`, `应为${want.zh},实际为 ${input}`);
  const got = kind(kindOf(input));
  return both(`expected ${want.en}, found ${got.en}${shown(input)}`, `应为${want.zh},实际为${got.zh}${shown(input)}`);
}

function describe(issue: Issue): ProblemText {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? missing([issue.expected]) : wrongValue([issue.expected], issue.input);
    case 'invalid_value':
      if (issue.values.length === 1) return both(`expected ${JSON.stringify(issue.values[0])}`, `应为 ${JSON.stringify(issue.values[0])}`);
      return choice(issue.input, issue.values);
    case 'unrecognized_keys': {
      const keys = issue.keys.join(', ');
      return both(`unknown key${issue.keys.length > 1 ? 's' : ''} ${keys}; remove it or check its spelling`, `未知的键 ${keys};请删除或检查拼写`);
    }
    case 'too_small':
      return bound(issue.origin, Number(issue.minimum), issue.inclusive !== false, 'least');
    case 'too_big':
      return bound(issue.origin, Number(issue.maximum), issue.inclusive !== false, 'most');
    case 'invalid_key':
      return issue.issues.length ? joined(issue.issues.map(describe)) : both(issue.message, issue.message);
    default:
      return own(issue.message);
  }
}

function bound(origin: string, n: number, inclusive: boolean, side: 'least' | 'most'): ProblemText {
  if (origin === 'string' && side === 'least' && n === 1) return both('must not be empty', '不能为空');
  if (origin === 'array') return both(`must have at ${side} ${n} item${n === 1 ? '' : 's'}`, `${side === 'least' ? '至少' : '至多'} ${n} 项`);
  if (origin === 'string') return both(`must have at ${side} ${n} characters`, `${side === 'least' ? '至少' : '至多'} ${n} 个字符`);
  if (inclusive) return both(`must be at ${side} ${n}`, `${side === 'least' ? '不能小于' : '不能大于'} ${n}`);
  return both(`must be ${side === 'least' ? 'more' : 'less'} than ${n}`, `须${side === 'least' ? '大于' : '小于'} ${n}`);
}

const joined = (texts: readonly ProblemText[]): ProblemText => both(texts.map((t) => t.en).join('; '), texts.map((t) => t.zh).join(';'));

/** A message the schema states itself (a check's own words), in both languages where it has them. */
function own(message: string): ProblemText {
  return Object.values(SCHEMA_MESSAGES).find((m) => m.en === message) ?? both(message, message);
}
