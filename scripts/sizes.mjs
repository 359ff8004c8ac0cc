// Finds source files over MAX_FILE_LINES lines and functions over MAX_FUNCTION_LINES, outside
// the allow-list below. `node scripts/sizes.mjs` prints them; tests/sizes.test.ts fails on any.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const MAX_FILE_LINES = 300;
export const MAX_FUNCTION_LINES = 60;

/**
 * Files and functions allowed to be longer, each with why: switch tables (one case per line of
 * a table), and files still to split (`to split`). Keys: a file's path under src/, or
 * `path:function` for a function.
 */
export const ALLOWED = {
};

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(path) : e.name.endsWith('.ts') ? [path] : [];
  });
}

/** A function's name as the allow-list writes it: its own, its variable's or property's, or its class's and method's. */
function nameOf(node) {
  if (node.name) {
    const own = node.name.getText();
    const cls = ts.isClassLike(node.parent) && node.parent.name ? `${node.parent.name.getText()}.` : '';
    return cls + own;
  }
  if (ts.isConstructorDeclaration(node)) return `${node.parent.name?.getText() ?? 'class'}.constructor`;
  const p = node.parent;
  if (p && (ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p))) return p.name.getText();
  return '(anonymous)';
}

const isFunction = (n) =>
  ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isConstructorDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isGetAccessor(n) || ts.isSetAccessor(n);

/** What is over its limit in src/: `{ where, lines, limit }` for each, sorted by path. */
export function oversized(src, allowed = ALLOWED) {
  const found = [];
  for (const file of sourceFiles(src).sort()) {
    const path = relative(src, file).split('\\').join('/');
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    if (lines > MAX_FILE_LINES && !(path in allowed)) found.push({ where: path, lines, limit: MAX_FILE_LINES });
    if (path in allowed) continue;
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (isFunction(node) && node.body) {
        const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
        const end = sf.getLineAndCharacterOfPosition(node.end).line;
        const where = `${path}:${nameOf(node)}`;
        if (end - start + 1 > MAX_FUNCTION_LINES && !(where in allowed)) found.push({ where, lines: end - start + 1, limit: MAX_FUNCTION_LINES });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const src = new URL('../src', import.meta.url).pathname;
  for (const o of oversized(src)) console.log(`${o.where}: ${o.lines} lines (limit ${o.limit})`);
}
