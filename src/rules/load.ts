/**
 * Loads a rules pack: reads the YAML, validates it with the pack schema (reporting the
 * line and column of each problem), resolves the parameters and compiles the programs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';
import { RulesError } from '../errors.js';
import { RECORD_TYPES, type RecordType } from '../records/fields.js';
import { compilePrograms, type CompiledProgram, type CompiledType } from './compile.js';
import { districtResolver, type DistrictResolver } from './districts.js';
import { resolveParams, type ParamOverrides, type Params } from './params.js';
import { PackSpec } from './schema.js';

export const BUILTIN_PACK_PATH = fileURLToPath(new URL('../../rules/cq-2020-return-to-work.yaml', import.meta.url));

export interface RulesPack {
  /** The pack's name, such as cq-2020-return-to-work. */
  name: string;
  version: number;
  path: string;
  spec: PackSpec;
  params: Params;
  districts: DistrictResolver;
  /** Every program, in the pack's order. */
  programs: readonly CompiledProgram[];
  /** The programs of each record type, in the pack's order. */
  byType: Readonly<Record<RecordType, readonly CompiledProgram[]>>;
  /** The compiled conditions and programs of each record type, for the engine. */
  compiled: Readonly<Record<RecordType, CompiledType>>;
}

export interface LoadOptions extends ParamOverrides {
  /** The pack file; the built-in pack when absent. */
  path?: string;
}

/** A located problem in a YAML document, as `file:line:column: message`. */
function describeIssues(path: string, source: string, issues: z.core.$ZodIssue[]): string {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter });
  return issues
    .map((issue) => {
      let node: unknown;
      for (let i = issue.path.length; i >= 0 && !isNode(node); i--) node = doc.getIn(issue.path.slice(0, i) as never, true);
      const pos = isNode(node) && node.range ? counter.linePos(node.range[0]) : undefined;
      const at = pos ? `${path}:${pos.line}:${pos.col}` : path;
      const field = issue.path.length ? ` ${issue.path.join('.')}:` : '';
      return `${at}:${field} ${issue.message}`;
    })
    .join('\n');
}

export function readPackSpec(path: string): PackSpec {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (e) {
    throw new RulesError(`cannot read rules pack ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const doc = parseDocument(source, { prettyErrors: true });
  if (doc.errors.length) {
    const err = doc.errors[0]!;
    const pos = err.linePos?.[0];
    throw new RulesError(`${path}${pos ? `:${pos.line}:${pos.col}` : ''}: invalid YAML: ${err.message.split('\n')[0]}`);
  }
  const parsed = PackSpec.safeParse(doc.toJS({ maxAliasCount: -1 }));
  if (!parsed.success) {
    throw new RulesError(`invalid rules pack:\n${describeIssues(path, source, parsed.error.issues)}`);
  }
  const spec = parsed.data;
  const ids = new Set<string>();
  for (const p of spec.programs) {
    if (ids.has(p.id)) throw new RulesError(`${path}: program ${p.id} is defined twice`);
    ids.add(p.id);
    if (!spec.sources[p.citation.source]) {
      throw new RulesError(
        `${path}: program ${p.id} cites source "${p.citation.source}", which is not among the pack's sources (${Object.keys(spec.sources).join(', ')})`,
      );
    }
  }
  return spec;
}

/** Builds a ready-to-use pack from a validated spec and parameter overrides. */
export function buildPack(spec: PackSpec, path: string, overrides: ParamOverrides = {}): RulesPack {
  const districts = districtResolver(spec.districts);
  const params = resolveParams(spec, districts, overrides);
  const compiled = compilePrograms(spec.programs, params, districts, spec.pack);
  const byType = Object.fromEntries(RECORD_TYPES.map((t) => [t, compiled[t].programs])) as Record<RecordType, CompiledProgram[]>;
  const programs = spec.programs.map((p) => byType[p.record_type].find((c) => c.id === p.id)!);
  return { name: spec.pack, version: spec.version, path, spec, params, districts, programs, byType, compiled };
}

/** Loads a pack (the built-in one by default) with its parameters overridden as given. */
export function loadRules(options: LoadOptions = {}): RulesPack {
  const path = options.path ?? BUILTIN_PACK_PATH;
  return buildPack(readPackSpec(path), path, options);
}
