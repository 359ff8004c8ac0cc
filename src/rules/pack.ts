/**
 * A loaded pack: its merged, validated data and what is compiled from it. The data alone is
 * plain (it can be sent to a worker thread, which compiles it again without reading or
 * validating any file: this module needs neither the YAML reader nor the schemas).
 */
import type { CalendarDate } from '../core/calendar.js';
import { RECORD_TYPES, type FieldSpec, type RecordType } from '../records/fields.js';
import { compilePrograms, type CompiledProgram, type CompiledType, type ReportProblem } from './compile.js';
import { districtResolver, type DistrictResolver } from './districts.js';
import type { Params } from './params.js';
import type { PackSpec } from './schema.js';

export interface RulesPack {
  /** The pack's name, such as cq-2020-return-to-work. */
  name: string;
  version: number;
  path: string;
  /** The overlays applied on top, in order. */
  overlays: readonly { name: string; version: number; path: string }[];
  /** The merged pack (every program, whatever its dates). */
  spec: PackSpec;
  params: Params;
  districts: DistrictResolver;
  /** The evaluation date given when loading, if any (for listing what is in effect). */
  asOf?: CalendarDate;
  /** Every program, in the pack's order; one outside its dates is ineligible on an evaluation date it does not cover. */
  programs: readonly CompiledProgram[];
  /** The programs of each record type, in the pack's order. */
  byType: Readonly<Record<RecordType, readonly CompiledProgram[]>>;
  /** The compiled conditions and programs of each record type, for the engine. */
  compiled: Readonly<Record<RecordType, CompiledType>>;
  /** Fields that the packs add to each record type. */
  facts: Readonly<Record<RecordType, readonly FieldSpec[]>>;
}

/** What a pack is compiled from: every part of a RulesPack that is data. */
export type PackData = Pick<RulesPack, 'name' | 'version' | 'path' | 'overlays' | 'spec' | 'params' | 'facts' | 'asOf'>;

/** The data of a loaded pack, to compile it again elsewhere. */
export function packData(pack: RulesPack): PackData {
  const { name, version, path, overlays, spec, params, facts, asOf } = pack;
  return { name, version, path, overlays, spec, params, facts, ...(asOf ? { asOf } : {}) };
}

/**
 * Compiles a pack from its (validated) data. A problem found while compiling goes to `report`;
 * without one, it is thrown (data from a loaded pack has none).
 */
export function packFromData(data: PackData, report?: ReportProblem): RulesPack {
  const districts = districtResolver(data.spec.districts);
  const compiled = compilePrograms(
    data.spec.programs,
    data.params,
    districts,
    data.facts,
    report ??
      ((_object, at, text) => {
        throw new Error(`pack ${data.name}: ${at.join('.')}: ${text.en}`);
      }),
  );
  const byType = Object.fromEntries(RECORD_TYPES.map((t) => [t, compiled[t].programs])) as Record<RecordType, CompiledProgram[]>;
  const programs = data.spec.programs.map((p) => byType[p.record_type].find((c) => c.id === p.id)!);
  return { ...data, districts, programs, byType, compiled };
}
