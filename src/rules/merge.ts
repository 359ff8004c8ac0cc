/**
 * A pack with its overlays applied: programs added or amended, parameters defined or set,
 * facts declared; then the checks on the whole, and the fields each record type has.
 */
import { claimedField, FIELDS, fieldSpec, RECORD_TYPES, type FieldSpec, type RecordType } from '../records/fields.js';
import { problem } from './messages.js';
import { keyedCopy } from '../core/own-keys.js';
import type { ParamPreset } from './params.js';
import { keptPath, markProgram, type Kept } from './parse-spec.js';
import type { Doc, ProblemList } from './problems.js';
import type { ConditionSpec, FactSpec, OverlaySpec, PackSpec, ParamSpec, ProgramSpec } from './schema.js';

export interface Merged {
  spec: PackSpec;
  facts: Record<RecordType, FieldSpec[]>;
  presets: ParamPreset[];
  /** Parameters that overlays define: where their defaults come from. */
  defaultSources: Record<string, string>;
  overlays: { name: string; version: number; path: string }[];
}

/** An overlay as parsed, with the file it came from. */
export interface ParsedOverlay {
  spec: OverlaySpec;
  doc: Doc;
  kept: Kept;
}

/** What the overlays add up to as they are applied in turn. */
interface Merging {
  spec: PackSpec;
  presets: ParamPreset[];
  defaultSources: Record<string, string>;
  problems: ProblemList;
}

/** The pack with the overlays applied: programs added or amended, parameters defined or set. */
export function merge(base: PackSpec, baseDoc: Doc, baseKept: Kept, overlays: ParsedOverlay[], problems: ProblemList): Merged {
  // Keyed by names the overlays write (constructor too): tables without a prototype.
  const spec: PackSpec = { ...base, sources: keyedCopy(base.sources), params: keyedCopy(base.params), programs: [...base.programs], facts: keyedCopy(base.facts) };
  base.programs.forEach((p, i) => markProgram(problems, p, baseDoc, keptPath(baseKept, ['programs'], i), baseKept));
  for (const [name, fact] of Object.entries(base.facts)) problems.mark(fact, baseDoc, ['facts', name]);
  for (const [name, param] of Object.entries(base.params)) problems.mark(param, baseDoc, ['params', name]);
  const m: Merging = { spec, presets: [], defaultSources: keyedCopy(), problems };
  for (const overlay of overlays) applyOverlay(m, base.pack, overlay);
  checkWhole(spec, problems);
  return {
    spec,
    facts: packFields(spec),
    presets: m.presets,
    defaultSources: m.defaultSources,
    overlays: overlays.map(({ spec: o, doc }) => ({ name: o.overlay, version: o.version, path: doc.path })),
  };
}

function applyOverlay(m: Merging, basePack: string, { spec: o, doc, kept }: ParsedOverlay): void {
  const { spec, problems } = m;
  if (o.applies_to && o.applies_to !== basePack) {
    problems.add(doc, ['applies_to'], problem.otherPack(o.applies_to, basePack));
  }
  for (const [id, source] of Object.entries(o.sources)) {
    if (spec.sources[id] && JSON.stringify(spec.sources[id]) !== JSON.stringify(source)) problems.add(doc, ['sources', id], problem.sourceDefined(id));
    spec.sources[id] = source;
  }
  for (const [name, fact] of Object.entries(o.facts)) {
    const builtin = fact.record_types.find((t) => FIELDS[t].some((f) => f.name === name));
    if (builtin) problems.add(doc, ['facts', name], problem.builtinField(builtin, name));
    else if (spec.facts[name]) problems.add(doc, ['facts', name], problem.factDeclared(name));
    spec.facts[name] = fact;
    problems.mark(fact, doc, ['facts', name]);
  }
  applyParams(m, o, doc);
  for (const [id, amend] of Object.entries(o.amend)) amendProgram(m, id, amend, doc, kept);
  o.programs.forEach((p, i) => {
    const at = keptPath(kept, ['programs'], i);
    if (spec.programs.some((q) => q.id === p.id)) problems.add(doc, [...at, 'id'], problem.programExists(p.id));
    spec.programs.push(p);
    markProgram(problems, p, doc, at, kept);
  });
}

/** An overlay's parameters: each one a new parameter (a spec) or a value for one the pack has. */
function applyParams({ spec, presets, defaultSources, problems }: Merging, o: OverlaySpec, doc: Doc): void {
  for (const [name, value] of Object.entries(o.params)) {
    const isSpec = value !== null && typeof value === 'object' && !Array.isArray(value);
    if (isSpec) {
      if (spec.params[name]) problems.add(doc, ['params', name], problem.paramDefined(name));
      else {
        spec.params[name] = value as ParamSpec;
        defaultSources[name] = `overlay ${o.overlay}`;
      }
      problems.mark(value as ParamSpec, doc, ['params', name]);
    } else if (!spec.params[name]) {
      problems.add(doc, ['params', name], problem.unknownParamSet(name, Object.keys(spec.params)));
    } else {
      presets.push({ name, raw: value, source: `overlay ${o.overlay}`, report: (text) => problems.add(doc, ['params', name], text) });
    }
  }
}

/** A program amended by an overlay: conditions added (each citing a local rule), dates changed. */
function amendProgram({ spec, problems }: Merging, id: string, amend: OverlaySpec['amend'][string], doc: Doc, kept: Kept): void {
  const index = spec.programs.findIndex((p) => p.id === id);
  if (index === -1) {
    problems.add(doc, ['amend', id], problem.noProgramToAmend(id, spec.programs.map((p) => p.id)));
    return;
  }
  const program = spec.programs[index]!;
  const added = amend.add_conditions.map((c, j): ConditionSpec => {
    const citation = c.citation ?? amend.citation;
    const at = keptPath(kept, ['amend', id, 'add_conditions'], j);
    if (!citation) {
      problems.add(doc, at, problem.missingLocalCitation());
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

/** Checks on the whole: citations cite known sources, dates are in order, ids are unique. */
function checkWhole(spec: PackSpec, problems: ProblemList): void {
  const ids = new Set<string>();
  for (const p of spec.programs) {
    if (ids.has(p.id)) problems.at(p, ['id'], problem.programTwice(p.id));
    ids.add(p.id);
    const sources = Object.keys(spec.sources);
    if (!spec.sources[p.citation.source]) problems.at(p, ['citation', 'source'], problem.unknownSource(p.citation.source, sources));
    for (const c of p.conditions) {
      if (c.citation && !spec.sources[c.citation.source]) problems.at(c, ['citation', 'source'], problem.unknownSource(c.citation.source, sources));
    }
    if (p.from && p.to && p.to < p.from) problems.at(p, ['to'], problem.endsBeforeBegins(p.from, p.to));
  }
}

/** The fields a pack adds to each record type: its declared facts, and a claim of each program that has none. */
function packFields(spec: PackSpec): Record<RecordType, FieldSpec[]> {
  const facts = Object.fromEntries(RECORD_TYPES.map((t) => [t, [] as FieldSpec[]])) as Record<RecordType, FieldSpec[]>;
  for (const [name, fact] of Object.entries(spec.facts)) for (const t of fact.record_types) facts[t].push(factField(name, fact));
  // Every program's claim is a money field of its record type, as the built-in programs' are.
  for (const p of spec.programs) {
    const name = claimedField(p.id);
    if (!fieldSpec(p.record_type, name, facts[p.record_type])) facts[p.record_type].push(claimField(name, p.name));
  }
  return facts;
}

/**
 * The claim of a program that a pack adds (one without a claimed_<program> field): a money field
 * with the Chinese headers the built-in claims have (申领…, 已申领…).
 */
export function claimField(name: string, program: { zh: string; en: string }): FieldSpec {
  return { name, kind: 'money', zh: [`申领${program.zh}`, `已申领${program.zh}`], en: `${program.en} claimed (yuan)`, meaningZh: `已申领的${program.zh}(元)` };
}

/** A pack's declared fact as a field of the record types it names. */
export function factField(name: string, fact: FactSpec): FieldSpec {
  return { name, kind: fact.type, zh: fact.zh, en: fact.label.en, meaningZh: fact.label.zh };
}
