/**
 * A rules file as read (YAML, or its snapshot: see snapshot.ts), and the problems found in it,
 * each with its file, line and column.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { bilingual, RulesError } from '../errors.js';
import { readSnapshot, SNAPSHOT_DIR } from './snapshot.js';
import { problem, type ProblemText } from './messages.js';

/** A place in a pack, as a path of keys and indexes (programs.3.conditions.0.fact). */
export type Path = (string | number)[];

export interface Problem {
  file: string;
  line?: number;
  col?: number;
  /** The place in the pack, as a path (programs.3.conditions.0.fact). */
  where: string;
  message: string;
  /** The message in Chinese. */
  zh: string;
}

export function formatProblem(p: Problem, lang: 'en' | 'zh' = 'en'): string {
  const message = lang === 'zh' ? p.zh : p.message;
  return `${p.file}${p.line ? `:${p.line}:${p.col}` : ''}: ${p.where ? `${p.where}: ` : ''}${message}`;
}

/** What a pack with problems says: a line each. */
function problemsText(problems: readonly Problem[], lang: 'en' | 'zh'): string {
  const lines = problems.map((p) => formatProblem(p, lang));
  if (lang === 'zh') return problems.length === 1 ? `规则无效:${lines[0]}` : `规则无效(${problems.length} 处问题):\n${lines.join('\n')}`;
  return problems.length === 1 ? `invalid rules: ${lines[0]}` : `invalid rules (${problems.length} problems):\n${lines.join('\n')}`;
}

/** A pack with problems: each one is a line of the message. */
export class RulesProblems extends RulesError {
  constructor(readonly problems: Problem[]) {
    super(bilingual(problemsText(problems, 'en'), problemsText(problems, 'zh')));
  }
}

export interface Doc {
  path: string;
  doc: Document;
  counter: LineCounter;
  data: unknown;
}

/** A pack file, from its snapshot in `snapshots` when it has one (see snapshot.ts), else as YAML. */
export function readDoc(path: string, snapshots = SNAPSHOT_DIR): Doc {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : (code ?? (e as Error).message);
    throw new RulesError(bilingual(`${path}: cannot read the rules pack (${why}); check the path`, `${path}:无法读取规则包(${code === 'ENOENT' ? '文件不存在' : why});请检查路径`));
  }
  const data = readSnapshot(path, source, snapshots);
  if (data !== undefined) {
    // The YAML is parsed only to find where a problem is.
    let yaml: { doc: Document; counter: LineCounter } | undefined;
    const parsed = () => (yaml ??= parseYaml(path, source));
    return {
      path,
      data,
      get doc() {
        return parsed().doc;
      },
      get counter() {
        return parsed().counter;
      },
    };
  }
  const { doc, counter } = parseYaml(path, source);
  return { path, doc, counter, data: doc.toJS({ maxAliasCount: -1 }) };
}

function parseYaml(path: string, source: string): { doc: Document; counter: LineCounter } {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false });
  const err = doc.errors[0];
  if (err) {
    const pos = counter.linePos(err.pos[0]);
    const what = err.code.toLowerCase().replace(/_/g, ' ');
    const text = problem.notYaml(what);
    throw new RulesProblems([{ file: path, line: pos.line, col: pos.col, where: '', message: text.en, zh: text.zh }]);
  }
  return { doc, counter };
}

/** The nearest position in the document of a path (or of its nearest ancestor that has one). */
function position(d: Doc, path: Path): { line: number; col: number } | undefined {
  for (let i = path.length; i >= 0; i--) {
    const node = d.doc.getIn(path.slice(0, i) as never, true);
    if (isNode(node) && node.range) return d.counter.linePos(node.range[0]);
  }
  return undefined;
}

/** The problems found so far, each at its place in a pack file. */
export class ProblemList {
  readonly list: Problem[] = [];
  /** Where each object of the parsed packs came from. */
  readonly origin = new WeakMap<object, { doc: Doc; path: Path }>();

  add(doc: Doc, path: Path, text: ProblemText): void {
    const pos = position(doc, path);
    this.list.push({ file: doc.path, ...(pos ? { line: pos.line, col: pos.col } : {}), where: path.join('.'), message: text.en, zh: text.zh });
  }

  /** A problem at an object of a parsed pack, or below it. */
  at(object: object, below: Path, text: ProblemText): void {
    const from = this.origin.get(object);
    if (from) this.add(from.doc, [...from.path, ...below], text);
    else this.list.push({ file: '', where: below.join('.'), message: text.en, zh: text.zh });
  }

  mark(object: object | undefined, doc: Doc, path: Path): void {
    if (object && typeof object === 'object') this.origin.set(object, { doc, path });
  }
}
