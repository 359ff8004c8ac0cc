/**
 * Loads the rules: the built-in pack (or another), then any overlay packs on top of it.
 * Each file is read as YAML (or from its snapshot: see snapshot.ts), validated with its zod
 * schema, merged, and compiled. Every problem found on the way is reported with its file, line
 * and column, and what is allowed there; a pack with problems is not used.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import type { CalendarDate } from '../core/calendar.js';
import { RulesError } from '../errors.js';
import { claimedField, FIELDS, fieldSpec, RECORD_TYPES, type FieldSpec, type RecordType } from '../records/fields.js';
import { claimField, factField } from '../records/kinds.js';
import { keyedCopy } from '../records/own-keys.js';
import { districtResolver } from './districts.js';
import { packFromData, type PackData, type RulesPack } from './pack.js';
import { readSnapshot, SNAPSHOT_DIR } from './snapshot.js';
import { parseParamValue, resolveParams, type ParamOverrides, type Params, type ParamPreset } from './params.js';
import { AmendSpec, ConditionSpec, FactSpec, OPERATORS, OverlayParam, OverlaySpec, PackSpec, ProgramSpec, type ParamSpec } from './schema.js';

export const BUILTIN_PACK_PATH = fileURLToPath(new URL('../../rules/cq-2020-return-to-work.yaml', import.meta.url));

export type { RulesPack } from './pack.js';

export interface LoadOptions extends ParamOverrides {
  /** The pack file; the built-in pack when absent. */
  path?: string;
  /** Overlay packs, applied in order on top of the pack. */
  overlays?: readonly string[];
  /** The evaluation date, for `rules list` to say which programs are in effect. */
  asOf?: CalendarDate;
}

export interface Problem {
  file: string;
  line?: number;
  col?: number;
  /** The place in the pack, as a path (programs.3.conditions.0.fact). */
  where: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}:${p.col}` : ''}: ${p.where ? `${p.where}: ` : ''}${p.message}`;
}

/** A pack with problems: each one is a line of the message. */
export class RulesProblems extends RulesError {
  constructor(readonly problems: Problem[]) {
    super(problems.length === 1 ? `invalid rules: ${formatProblem(problems[0]!)}` : `invalid rules (${problems.length} problems):\n${problems.map(formatProblem).join('\n')}`);
  }
}

export interface Doc {
  path: string;
  doc: Document;
  counter: LineCounter;
  data: unknown;
}

type Path = (string | number)[];

/** A pack file, from its snapshot in `snapshots` when it has one (see snapshot.ts), else as YAML. */
export function readDoc(path: string, snapshots = SNAPSHOT_DIR): Doc {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new RulesError(`${path}: cannot read the rules pack (${code === 'ENOENT' ? 'no such file' : (code ?? (e as Error).message)}); check the path`);
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
    throw new RulesProblems([{ file: path, line: pos.line, col: pos.col, where: '', message: `not valid YAML (${err.code.toLowerCase().replace(/_/g, ' ')}); fix the indentation or quoting there` }]);
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

class ProblemList {
  readonly list: Problem[] = [];
  /** Where each object of the parsed packs came from. */
  readonly origin = new WeakMap<object, { doc: Doc; path: Path }>();

  add(doc: Doc, path: Path, message: string): void {
    const pos = position(doc, path);
    this.list.push({ file: doc.path, ...(pos ? { line: pos.line, col: pos.col } : {}), where: path.join('.'), message });
  }

  /** A problem at an object of a parsed pack, or below it. */
  at(object: object, below: Path, message: string): void {
    const from = this.origin.get(object);
    if (from) this.add(from.doc, [...from.path, ...below], message);
    else this.list.push({ file: '', where: below.join('.'), message });
  }

  mark(object: object | undefined, doc: Doc, path: Path): void {
    if (object && typeof object === 'object') this.origin.set(object, { doc, path });
  }
}

/** Conditions whose operator is not one of ours: said plainly, before zod says it its way. */
function checkOperators(d: Doc, problems: ProblemList): Set<string> {
  const reported = new Set<string>();
  const visit = (conditions: unknown, path: Path) => {
    if (!Array.isArray(conditions)) return;
    conditions.forEach((c, j) => {
      const op = (c as { op?: unknown } | null)?.op;
      if (c && typeof c === 'object' && !OPERATORS.includes(op as never)) {
        problems.add(d, [...path, j, 'op'], `unknown operator ${JSON.stringify(op)}; the operators are ${OPERATORS.join(', ')}`);
        reported.add([...path, j].join('.'));
      }
    });
  };
  const data = d.data as { programs?: unknown[]; amend?: Record<string, { add_conditions?: unknown }> } | null;
  (data?.programs ?? []).forEach((p, i) => visit((p as { conditions?: unknown } | null)?.conditions, ['programs', i, 'conditions']));
  for (const [id, a] of Object.entries(data?.amend ?? {})) visit(a?.add_conditions, ['amend', id, 'add_conditions']);
  return reported;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type' && issue.message.includes('undefined')) return `missing: ${issue.message.replace(/^Invalid input: /, '')}`;
  // A key of a map (a fact's name): what is wrong with the key itself.
  if (issue.code === 'invalid_key' && issue.issues.length) return issue.issues.map((i) => i.message).join('; ');
  return issue.message;
}

function addIssues(d: Doc, issues: readonly z.core.$ZodIssue[], prefix: Path, reported: Set<string>, problems: ProblemList): void {
  for (const issue of issues) {
    const path = [...prefix, ...(issue.path as Path)];
    if ([...reported].some((r) => path.join('.').startsWith(r))) continue;
    const last = path.at(-1);
    const message = last === 'citation' && issue.code === 'invalid_type' ? 'missing citation: every program cites the sentence it rests on (citation: {source, text, gloss})' : describeIssue(issue);
    problems.add(d, path, message);
  }
}

/** The parts of a pack checked one by one, so that one bad program does not hide the problems of the others. */
const PARTS = {
  programs: { list: true, schema: ProgramSpec },
  params: { list: false, schema: OverlayParam },
  facts: { list: false, schema: FactSpec },
  amend: { list: false, schema: AmendSpec },
} as const;

/**
 * Parses a pack: its programs, parameters, facts and amendments each on their own, so that
 * every problem is found; the parts that are valid are kept, to be checked further.
 */
/** For a list that bad entries were taken out of: the original index of each entry kept. */
type Kept = Map<string, number[]>;

/** The path of entry `i` of a list, counting the entries taken out. */
function keptPath(kept: Kept, list: Path, i: number): Path {
  return [...list, kept.get(list.join('.'))?.[i] ?? i];
}

function parseSpec<S extends z.ZodType>(d: Doc, schema: S, problems: ProblemList, kept: Kept): z.infer<S> | undefined {
  const reported = checkOperators(d, problems);
  const data = d.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    problems.add(d, [], 'a rules pack is a mapping (pack: or overlay:, title, programs, …)');
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
          const r = ConditionSpec.safeParse(c);
          if (!r.success) addIssues(d, r.error.issues, [key, k, list, j], reported, problems);
          else indexes.push(j);
          return r.success;
        });
        kept.set([key, k, list].join('.'), indexes);
        v = { ...(v as object), [list]: good };
      }
      const r = part.schema.safeParse(v);
      if (r.success) good.push([k, v]);
      else addIssues(d, r.error.issues, [key, k], reported, problems);
    }
    if (part.list) kept.set(key, good.map(([k]) => k as number));
    valid[key] = part.list ? good.map(([, v]) => v) : Object.fromEntries(good);
  }
  const parsed = schema.safeParse(valid);
  if (parsed.success) return parsed.data;
  addIssues(d, parsed.error.issues, [], reported, problems);
  return undefined;
}

function markProgram(problems: ProblemList, program: ProgramSpec, doc: Doc, path: Path, kept: Kept): void {
  problems.mark(program, doc, path);
  program.conditions.forEach((c, j) => problems.mark(c, doc, keptPath(kept, [...path, 'conditions'], j)));
}

interface Merged {
  spec: PackSpec;
  facts: Record<RecordType, FieldSpec[]>;
  presets: ParamPreset[];
  /** Parameters that overlays define: where their defaults come from. */
  defaultSources: Record<string, string>;
  overlays: { name: string; version: number; path: string }[];
}

/** The pack with the overlays applied: programs added or amended, parameters defined or set. */
function merge(base: PackSpec, baseDoc: Doc, baseKept: Kept, overlays: { spec: OverlaySpec; doc: Doc; kept: Kept }[], problems: ProblemList): Merged {
  // Keyed by names the overlays write (constructor too): tables without a prototype.
  const spec: PackSpec = { ...base, sources: keyedCopy(base.sources), params: keyedCopy(base.params), programs: [...base.programs], facts: keyedCopy(base.facts) };
  base.programs.forEach((p, i) => markProgram(problems, p, baseDoc, keptPath(baseKept, ['programs'], i), baseKept));
  for (const [name, fact] of Object.entries(base.facts)) problems.mark(fact, baseDoc, ['facts', name]);
  for (const [name, param] of Object.entries(base.params)) problems.mark(param, baseDoc, ['params', name]);
  const presets: ParamPreset[] = [];
  const defaultSources: Record<string, string> = keyedCopy();
  for (const { spec: o, doc, kept } of overlays) {
    if (o.applies_to && o.applies_to !== base.pack) {
      problems.add(doc, ['applies_to'], `written for the pack ${o.applies_to}, but the pack below it is ${base.pack}`);
    }
    for (const [id, source] of Object.entries(o.sources)) {
      if (spec.sources[id] && JSON.stringify(spec.sources[id]) !== JSON.stringify(source)) problems.add(doc, ['sources', id], `source ${id} is already defined; give yours another name`);
      spec.sources[id] = source;
    }
    for (const [name, fact] of Object.entries(o.facts)) {
      const builtin = fact.record_types.find((t) => FIELDS[t].some((f) => f.name === name));
      if (builtin) problems.add(doc, ['facts', name], `${builtin} records already have a field ${name}; a fact adds a field they do not have`);
      else if (spec.facts[name]) problems.add(doc, ['facts', name], `fact ${name} is already declared`);
      spec.facts[name] = fact;
      problems.mark(fact, doc, ['facts', name]);
    }
    for (const [name, value] of Object.entries(o.params)) {
      const isSpec = value !== null && typeof value === 'object' && !Array.isArray(value);
      if (isSpec) {
        if (spec.params[name]) problems.add(doc, ['params', name], `parameter ${name} is already defined; give it a value instead (${name}: VALUE)`);
        else {
          spec.params[name] = value as ParamSpec;
          defaultSources[name] = `overlay ${o.overlay}`;
        }
        problems.mark(value as ParamSpec, doc, ['params', name]);
      } else if (!spec.params[name]) {
        problems.add(doc, ['params', name], `unknown parameter ${name}; define it (type, default, label) or set one of ${Object.keys(spec.params).join(', ')}`);
      } else {
        presets.push({ name, raw: value, source: `overlay ${o.overlay}`, report: (message) => problems.add(doc, ['params', name], message) });
      }
    }
    for (const [id, amend] of Object.entries(o.amend)) {
      const index = spec.programs.findIndex((p) => p.id === id);
      if (index === -1) {
        problems.add(doc, ['amend', id], `there is no program ${id} to amend; the programs are ${spec.programs.map((p) => p.id).join(', ')}`);
        continue;
      }
      const program = spec.programs[index]!;
      const added = amend.add_conditions.map((c, j): ConditionSpec => {
        const citation = c.citation ?? amend.citation;
        const at = keptPath(kept, ['amend', id, 'add_conditions'], j);
        if (!citation) {
          problems.add(doc, at, 'missing citation: a condition an overlay adds cites the local rule it rests on (citation: {source, text, gloss}, on the condition or the amendment)');
        }
        const withCitation = citation ? { ...c, citation } : c;
        problems.mark(withCitation, doc, at);
        return withCitation;
      });
      const amended: ProgramSpec = {
        ...program,
        conditions: [...program.conditions, ...added],
        ...(amend.from ? { from: amend.from } : {}),
        ...(amend.to ? { to: amend.to } : {}),
      };
      const from = problems.origin.get(program);
      if (from) problems.origin.set(amended, from);
      spec.programs[index] = amended;
    }
    o.programs.forEach((p, i) => {
      const at = keptPath(kept, ['programs'], i);
      if (spec.programs.some((q) => q.id === p.id)) problems.add(doc, [...at, 'id'], `program ${p.id} already exists; amend it, or choose another id`);
      spec.programs.push(p);
      markProgram(problems, p, doc, at, kept);
    });
  }
  // Checks on the whole: citations cite known sources, dates are in order, ids are unique.
  const ids = new Set<string>();
  for (const p of spec.programs) {
    if (ids.has(p.id)) problems.at(p, ['id'], `program ${p.id} is defined twice`);
    ids.add(p.id);
    const sources = Object.keys(spec.sources).join(', ');
    if (!spec.sources[p.citation.source]) problems.at(p, ['citation', 'source'], `unknown source ${p.citation.source}; the sources are ${sources}`);
    for (const c of p.conditions) {
      if (c.citation && !spec.sources[c.citation.source]) problems.at(c, ['citation', 'source'], `unknown source ${c.citation.source}; the sources are ${sources}`);
    }
    if (p.from && p.to && p.to < p.from) problems.at(p, ['to'], `the program ends (${p.to}) before it begins (${p.from})`);
  }
  const facts = Object.fromEntries(RECORD_TYPES.map((t) => [t, [] as FieldSpec[]])) as Record<RecordType, FieldSpec[]>;
  for (const [name, fact] of Object.entries(spec.facts)) for (const t of fact.record_types) facts[t].push(factField(name, fact));
  // Every program's claim is a money field of its record type, as the built-in programs' are.
  for (const p of spec.programs) {
    const name = claimedField(p.id);
    if (!fieldSpec(p.record_type, name, facts[p.record_type])) facts[p.record_type].push(claimField(name, p.name));
  }
  return { spec, facts, presets, defaultSources, overlays: overlays.map(({ spec: o, doc }) => ({ name: o.overlay, version: o.version, path: doc.path })) };
}

/** Whether a program is in effect on a date (no dates: always). */
export function inEffect(program: ProgramSpec, asOf: CalendarDate | undefined): boolean {
  return asOf === undefined || ((!program.from || program.from <= asOf) && (!program.to || asOf <= program.to));
}

function assemble(options: LoadOptions, problems: ProblemList): { merged: Merged; path: string } | undefined {
  const path = options.path ?? BUILTIN_PACK_PATH;
  const baseDoc = readDoc(path);
  const baseKept: Kept = new Map();
  const base = parseSpec(baseDoc, PackSpec, problems, baseKept);
  const overlays: { spec: OverlaySpec; doc: Doc; kept: Kept }[] = [];
  for (const p of options.overlays ?? []) {
    const doc = readDoc(p);
    const kept: Kept = new Map();
    const spec = parseSpec(doc, OverlaySpec, problems, kept);
    if (spec) overlays.push({ spec, doc, kept });
  }
  if (!base) return undefined;
  return { merged: merge(base, baseDoc, baseKept, overlays, problems), path };
}

/** Loads the rules; throws RulesProblems listing every problem of the packs. */
export function loadRules(options: LoadOptions = {}): RulesPack {
  const problems = new ProblemList();
  const assembled = assemble(options, problems);
  if (!assembled) throw new RulesProblems(problems.list);
  // Problems so far do not stop the checks: every problem is found before any is reported.
  const { merged, path } = assembled;
  const { spec } = merged;
  const districts = districtResolver(spec.districts);
  // Parameter values of the packs: each checked once; the bad ones reported and left out.
  const usable = Object.fromEntries(
    Object.entries(spec.params).filter(([name, param]) => {
      const r = parseParamValue(param, param.default, districts);
      if (!r.ok) problems.at(param, ['default'], `parameter ${name}: invalid default: ${r.error}`);
      return r.ok;
    }),
  );
  const presets = merged.presets.filter((preset) => {
    const r = parseParamValue(spec.params[preset.name]!, preset.raw, districts);
    if (!r.ok) preset.report(`parameter ${preset.name} = ${JSON.stringify(preset.raw)}: ${r.error}`);
    return r.ok;
  });
  const params = resolveParams({ ...spec, params: usable }, districts, { ...options, presets, defaultSources: merged.defaultSources });
  const programs = spec.programs;
  for (const t of RECORD_TYPES) {
    const ofType = programs.filter((p) => p.record_type === t);
    if (ofType.length > 16) problems.at(ofType[16]!, [], `${t} records have ${ofType.length} programs; at most 16 can be checked for duplicate claims`);
  }
  const data: PackData = { name: spec.pack, version: spec.version, path, overlays: merged.overlays, spec, params, facts: merged.facts, ...(options.asOf ? { asOf: options.asOf } : {}) };
  const pack = packFromData(data, (object, at, message) => problems.at(object, at, message));
  if (problems.list.length) throw new RulesProblems(problems.list);
  return pack;
}

/**
 * Sorts rules files into a base pack (which replaces the built-in one) and overlays (top key
 * `overlay`), kept in their order.
 */
export function packFiles(paths: readonly string[]): { path?: string; overlays: string[] } {
  const overlays: string[] = [];
  let base: string | undefined;
  for (const p of paths) {
    const data = readDoc(p).data as { overlay?: unknown } | null;
    if (data && typeof data === 'object' && 'overlay' in data) overlays.push(p);
    else if (base) throw new RulesError(`${p}: a second base pack (after ${base}); only one pack can replace the built-in one, the others must be overlays (top key overlay:)`);
    else base = p;
  }
  return { ...(base ? { path: base } : {}), overlays };
}

/**
 * Every problem of a pack, or of overlays on top of the built-in pack (a file whose top key
 * is `overlay`); none when it is valid.
 */
export function checkRules(paths: readonly string[]): Problem[] {
  try {
    loadRules(packFiles(paths));
    return [];
  } catch (e) {
    if (e instanceof RulesProblems) return e.problems;
    throw e;
  }
}
