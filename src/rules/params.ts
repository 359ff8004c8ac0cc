/**
 * Parameters: the pieces the source leaves to local regulation. Each has a type and a
 * default in the pack; `--params FILE` and `--param name=value` override them, in that order.
 */
import { closest } from '../core/closest.js';
import { bilingual, RulesError } from '../errors.js';
import { recordMessage } from '../records/messages-zh.js';
import { formatFen, isInvalid, normalizeGroup, parseCategories, parseMoney, splitValues } from '../records/values.js';
import { ownValue } from '../core/own-keys.js';
import type { DistrictResolver } from './districts.js';
import type { ProblemText } from './messages.js';
import type { PackSpec, ParamSpec } from './schema.js';

/** Money in integer fen, an integer, or a list of canonical values; null when unset. */
export type ParamValue = number | string[] | null;
/** Where a parameter's value comes from: `pack`, `overlay NAME`, `--params` or `--param`. */
export type ParamSource = string;

/** A value an overlay pack gives to a parameter (already checked). */
export interface ParamPreset {
  name: string;
  raw: unknown;
  source: ParamSource;
  report: (text: ProblemText) => void;
}

export interface ResolvedParam {
  name: string;
  spec: ParamSpec;
  value: ParamValue;
  source: ParamSource;
  /** Where a user gave the value: `--param name=value`, or the parameters file's name. */
  given?: string;
}

export type Params = ReadonlyMap<string, ResolvedParam>;

export interface ParamOverrides {
  /** Values from overlay packs, applied first, in order. */
  presets?: readonly ParamPreset[];
  /** Where the defaults of parameters that overlays define come from. */
  defaultSources?: Readonly<Record<string, string>>;
  /** The contents of a --params file (already parsed), and its name for messages. */
  file?: { name: string; values: unknown };
  /** `name=value` strings from --param, in order. */
  flags?: readonly string[];
}

type Result = { ok: true; value: ParamValue } | { ok: false; error: string };

const TYPE_WORDS: Record<ParamSpec['type'], string> = {
  money: 'an amount in yuan such as 600 or 999.99',
  integer: 'a whole number such as 3',
  list: 'a list of values, comma-separated on the command line (a,b)',
};

/** Reads a parameter value given as text (from --param) or as YAML/JSON data (from --params or a pack). */
export function parseParamValue(spec: ParamSpec, raw: unknown, districts: DistrictResolver): Result {
  if (raw === null) {
    return spec.type === 'list' ? { ok: true, value: [] } : { ok: true, value: null };
  }
  switch (spec.type) {
    case 'money': {
      const r = parseMoney(raw);
      return isInvalid(r) ? { ok: false, error: r.error } : { ok: true, value: r };
    }
    case 'integer': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
      return Number.isSafeInteger(n) && n >= 0 ? { ok: true, value: n } : { ok: false, error: `expected ${TYPE_WORDS.integer}` };
    }
    case 'list': {
      const items = typeof raw === 'string' ? splitValues(raw.replace(/[,，]/g, ';')) : splitValues(Array.isArray(raw) ? raw.map(String) : raw);
      if (!items) return { ok: false, error: `expected ${TYPE_WORDS.list}` };
      if (spec.of === 'enterprise_category') {
        const r = parseCategories(items);
        return isInvalid(r) ? { ok: false, error: r.error } : { ok: true, value: r };
      }
      if (spec.of === 'group') {
        const groups = [...new Set(items.map(normalizeGroup))];
        // `none` (无) is what a record says of a person in no group: never a group that qualifies.
        if (groups.includes('none')) return { ok: false, error: 'none (无) is no group: a list of groups that qualify never holds it; for no groups, give an empty list' };
        return { ok: true, value: groups };
      }
      if (spec.of === 'district') {
        const unknown = items.find((d) => districts(d) === undefined);
        if (unknown !== undefined) return { ok: false, error: `unknown district "${unknown}": write a district of Chongqing by its name, short name, pinyin or code (长寿区, 长寿, Changshou or 500115)` };
        return { ok: true, value: [...new Set(items.map((d) => districts(d)!))] };
      }
      return { ok: true, value: items };
    }
  }
}

/** A parameter's value as shown to people and in JSON: yuan for money. */
export function paramDisplayValue(p: ResolvedParam): number | string[] | null {
  if (p.value === null) return null;
  if (p.spec.type === 'money') return Number(formatFen(p.value as number));
  return p.value;
}

function known(params: Map<string, ResolvedParam>): string {
  return [...params.values()].map((p) => `${p.name} (${p.spec.type})`).join(', ');
}

function setParam(
  params: Map<string, ResolvedParam>,
  name: string,
  raw: unknown,
  source: ParamSource,
  where: string,
  districts: DistrictResolver,
): void {
  const current = params.get(name);
  if (!current) {
    const like = closest(name, params.keys());
    throw new RulesError(
      bilingual(
        `${where}: unknown parameter "${name}"${like ? ` (did you mean ${like}?)` : ''}. Known parameters: ${known(params)}`,
        `${where}:未知参数 "${name}"${like ? `(是否想写 ${like}?)` : ''}。已知参数:${known(params)}`,
      ),
    );
  }
  const r = parseParamValue(current.spec, raw, districts);
  if (!r.ok) {
    const value = JSON.stringify(raw);
    throw new RulesError(
      bilingual(`${where}: parameter ${name} = ${value}: ${r.error}. Known parameters: ${known(params)}`, `${where}:参数 ${name} = ${value}:${recordMessage(r.error, 'zh')}。已知参数:${known(params)}`),
    );
  }
  const given = source === '--param' || source === '--params' ? where : undefined;
  params.set(name, { ...current, value: r.value, source, ...(given ? { given } : {}) });
}

/** The pack's parameters with their defaults, then the overrides applied. */
export function resolveParams(pack: PackSpec, districts: DistrictResolver, overrides: ParamOverrides = {}): Params {
  const params = new Map<string, ResolvedParam>();
  for (const [name, spec] of Object.entries(pack.params)) {
    const r = parseParamValue(spec, spec.default, districts);
    if (!r.ok) throw new RulesError(bilingual(`rules pack ${pack.pack}: parameter ${name} has an invalid default: ${r.error}`, `规则包 ${pack.pack}:参数 ${name} 的默认值无效:${r.error}`));
    params.set(name, { name, spec, value: r.value, source: (overrides.defaultSources && ownValue(overrides.defaultSources, name)) ?? 'pack' });
  }
  for (const preset of overrides.presets ?? []) setParam(params, preset.name, preset.raw, preset.source, preset.source, districts);
  if (overrides.file) {
    const { name: fileName, values } = overrides.file;
    if (values === null || typeof values !== 'object' || Array.isArray(values)) {
      throw new RulesError(
        bilingual(`${fileName}: a parameters file is a mapping of name: value. Known parameters: ${known(params)}`, `${fileName}:参数文件应是“名称: 值”的映射。已知参数:${known(params)}`),
      );
    }
    for (const [name, raw] of Object.entries(values)) setParam(params, name, raw, '--params', fileName, districts);
  }
  for (const flag of overrides.flags ?? []) {
    const eq = flag.indexOf('=');
    if (eq <= 0) {
      throw new RulesError(bilingual(`--param ${flag}: write it as name=value (for example --param recruitment_amount=500)`, `--param ${flag}:请写成 名称=值(例如 --param recruitment_amount=500)`));
    }
    setParam(params, flag.slice(0, eq).trim(), flag.slice(eq + 1), '--param', `--param ${flag}`, districts);
  }
  return params;
}
