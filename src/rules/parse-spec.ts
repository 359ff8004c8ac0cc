/**
 * A pack file's data checked against its zod schema part by part, so that one bad program or
 * condition does not hide the problems of the others.
 */
import type { z } from 'zod';
import { AmendSpec, ConditionSpec, FactSpec, OPERATORS, OverlayParam, ProgramSpec } from './schema.js';
import type { Doc, Path, ProblemList } from './problems.js';
import { placeIssues } from './issues.js';
import { problem } from './messages.js';

/** Issues keep the value they are about, to say what was found (see issues.ts). */
const PARSE = { reportInput: true } as const;

/** Conditions whose operator is not one of ours: said plainly, before zod says it its way. */
function checkOperators(d: Doc, problems: ProblemList): Set<string> {
  const reported = new Set<string>();
  const visit = (conditions: unknown, path: Path) => {
    if (!Array.isArray(conditions)) return;
    conditions.forEach((c, j) => {
      const op = (c as { op?: unknown } | null)?.op;
      if (c && typeof c === 'object' && !OPERATORS.includes(op as never)) {
        problems.add(d, [...path, j, 'op'], problem.unknownOperator(op, OPERATORS));
        reported.add([...path, j].join('.'));
      }
    });
  };
  const data = d.data as { programs?: unknown[]; amend?: Record<string, { add_conditions?: unknown }> } | null;
  (data?.programs ?? []).forEach((p, i) => visit((p as { conditions?: unknown } | null)?.conditions, ['programs', i, 'conditions']));
  for (const [id, a] of Object.entries(data?.amend ?? {})) visit(a?.add_conditions, ['amend', id, 'add_conditions']);
  return reported;
}

function addIssues(d: Doc, issues: readonly z.core.$ZodIssue[], prefix: Path, reported: Set<string>, problems: ProblemList): void {
  for (const issue of placeIssues(issues)) {
    const path = [...prefix, ...issue.path];
    if ([...reported].some((r) => path.join('.').startsWith(r))) continue;
    const missingCitation = path.at(-1) === 'citation' && issue.text.en.startsWith('missing:');
    problems.add(d, path, missingCitation ? problem.missingCitation() : issue.text);
  }
}

/** The parts of a pack checked one by one, so that one bad program does not hide the problems of the others. */
const PARTS = {
  programs: { list: true, schema: ProgramSpec },
  params: { list: false, schema: OverlayParam },
  facts: { list: false, schema: FactSpec },
  amend: { list: false, schema: AmendSpec },
} as const;

/** For a list that bad entries were taken out of: the original index of each entry kept. */
export type Kept = Map<string, number[]>;

/** The path of entry `i` of a list, counting the entries taken out. */
export function keptPath(kept: Kept, list: Path, i: number): Path {
  return [...list, kept.get(list.join('.'))?.[i] ?? i];
}

/**
 * Parses a pack: its programs, parameters, facts and amendments each on their own, so that
 * every problem is found; the parts that are valid are kept, to be checked further.
 */
export function parseSpec<S extends z.ZodType>(d: Doc, schema: S, problems: ProblemList, kept: Kept): z.infer<S> | undefined {
  const reported = checkOperators(d, problems);
  const data = d.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    problems.add(d, [], problem.notMapping());
    return undefined;
  }
  const valid: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  for (const [key, part] of Object.entries(PARTS)) {
    const value = valid[key];
    if (part.list ? !Array.isArray(value) : !value || typeof value !== 'object' || Array.isArray(value)) continue;
    const entries = part.list ? (value as unknown[]).map((v, i) => [i, v] as const) : Object.entries(value as object);
    const good: [string | number, unknown][] = [];
    for (const [k, original] of entries) {
      // Conditions too are checked one by one: a bad one leaves its program's others to check.
      let v = original;
      const list = key === 'programs' ? 'conditions' : key === 'amend' ? 'add_conditions' : undefined;
      const conditions = list && v && typeof v === 'object' ? (v as Record<string, unknown>)[list] : undefined;
      if (list && Array.isArray(conditions)) {
        const indexes: number[] = [];
        const good = conditions.filter((c, j) => {
          const r = ConditionSpec.safeParse(c, PARSE);
          if (!r.success) addIssues(d, r.error.issues, [key, k, list, j], reported, problems);
          else indexes.push(j);
          return r.success;
        });
        kept.set([key, k, list].join('.'), indexes);
        v = { ...(v as object), [list]: good };
      }
      const r = part.schema.safeParse(v, PARSE);
      if (r.success) good.push([k, v]);
      else addIssues(d, r.error.issues, [key, k], reported, problems);
    }
    if (part.list) kept.set(key, good.map(([k]) => k as number));
    valid[key] = part.list ? good.map(([, v]) => v) : Object.fromEntries(good);
  }
  const parsed = schema.safeParse(valid, PARSE);
  if (parsed.success) return parsed.data;
  addIssues(d, parsed.error.issues, [], reported, problems);
  return undefined;
}

/** Notes where a program and its conditions are, for problems found in them later. */
export function markProgram(problems: ProblemList, program: ProgramSpec, doc: Doc, path: Path, kept: Kept): void {
  problems.mark(program, doc, path);
  program.conditions.forEach((c, j) => problems.mark(c, doc, keptPath(kept, [...path, 'conditions'], j)));
}
