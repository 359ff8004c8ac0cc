/**
 * Loads the rules: the built-in pack (or another), then any overlay packs on top of it.
 * Each file is read as YAML (or from its snapshot: see snapshot.ts), validated with its zod
 * schema, merged, and compiled. Every problem found on the way is reported with its file, line
 * and column, and what is allowed there; a pack with problems is not used.
 */
import { fileURLToPath } from 'node:url';
import { problem } from './messages.js';
import type { CalendarDate } from '../core/calendar.js';
import { bilingual, RulesError } from '../errors.js';
import { RECORD_TYPES } from '../records/fields.js';
import { districtResolver } from './districts.js';
import { merge, type Merged, type ParsedOverlay } from './merge.js';
import { packFromData, type PackData, type RulesPack } from './pack.js';
import { parseParamValue, resolveParams, type ParamOverrides } from './params.js';
import { parseSpec, type Kept } from './parse-spec.js';
import { ProblemList, readDoc, RulesProblems, type Problem } from './problems.js';
import { OverlaySpec, PackSpec, type ProgramSpec } from './schema.js';

export const BUILTIN_PACK_PATH = fileURLToPath(new URL('../../rules/cq-2020-return-to-work.yaml', import.meta.url));

export type { RulesPack } from './pack.js';
export { formatProblem, readDoc, RulesProblems, type Doc, type Problem } from './problems.js';

export interface LoadOptions extends ParamOverrides {
  /** The pack file; the built-in pack when absent. */
  path?: string;
  /** Overlay packs, applied in order on top of the pack. */
  overlays?: readonly string[];
  /** The evaluation date, for `rules list` to say which programs are in effect. */
  asOf?: CalendarDate;
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
  const overlays: ParsedOverlay[] = [];
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
      if (!r.ok) problems.at(param, ['default'], problem.badDefault(name, r.error));
      return r.ok;
    }),
  );
  const presets = merged.presets.filter((preset) => {
    const r = parseParamValue(spec.params[preset.name]!, preset.raw, districts);
    if (!r.ok) preset.report(problem.badPreset(preset.name, preset.raw, r.error));
    return r.ok;
  });
  const params = resolveParams({ ...spec, params: usable }, districts, { ...options, presets, defaultSources: merged.defaultSources });
  const programs = spec.programs;
  for (const t of RECORD_TYPES) {
    const ofType = programs.filter((p) => p.record_type === t);
    if (ofType.length > 16) problems.at(ofType[16]!, [], problem.tooManyPrograms(t, ofType.length));
  }
  const data: PackData = { name: spec.pack, version: spec.version, path, overlays: merged.overlays, spec, params, facts: merged.facts, ...(options.asOf ? { asOf: options.asOf } : {}) };
  const pack = packFromData(data, (object, at, text) => problems.at(object, at, text));
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
    else if (base) throw new RulesError(
        bilingual(
          `${p}: a second base pack (after ${base}); only one pack can replace the built-in one, the others must be overlays (top key overlay:)`,
          `${p}:第二个基础规则包(在 ${base} 之后);只有一个规则包可以替换内置规则包,其余必须是覆盖包(顶层键 overlay:)`,
        ),
      );
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
