/**
 * Words for results: statuses, conditions, amounts and errors, in Chinese and English.
 * The engine returns structured results; this is where they become sentences.
 */
import type { ClaimRef } from '../engine/claims.js';
import type { ConditionResult, ProgramResult, Status, AmountResult } from '../engine/types.js';
import { FIELDS, RECORD_TYPES, fieldSpec, type RecordType } from '../records/fields.js';
import { CATEGORY_LABELS, GROUP_LABELS, formatFen } from '../records/values.js';
import { IN_EFFECT, type CompiledProgram } from '../rules/compile.js';
import type { RulesPack } from '../rules/load.js';
import type { Lang } from './lang.js';

export const STATUS_WORDS: Record<Status | 'invalid', Record<Lang, string>> = {
  eligible: { zh: '符合', en: 'eligible' },
  ineligible: { zh: '不符合', en: 'ineligible' },
  undetermined: { zh: '待定', en: 'undetermined' },
  pending: { zh: '待满期', en: 'pending' },
  invalid: { zh: '无效', en: 'invalid' },
};

/** A program's kind, in words: a grant, or a loan (whose principal is never part of the grants). */
export const KIND_WORDS: Record<'grant' | 'loan', Record<Lang, string>> = {
  grant: { zh: '补贴', en: 'grant' },
  loan: { zh: '贷款', en: 'loan' },
};

/** Yuan with thousands separators: 150000 fen... → "1,500.00". */
export function formatYuan(fen: number): string {
  const [whole, cents] = formatFen(fen).split('.') as [string, string];
  return `${thousands(whole)}.${cents}`;
}

/** A count with thousands separators: 1134248 → "1,134,248". */
export function formatCount(n: number): string {
  return thousands(String(n));
}

const thousands = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function fieldLabel(type: RecordType, fact: string, lang: Lang): string {
  if (lang === 'en') return fact;
  const spec = FIELDS[type].find((s) => s.name === fact);
  return spec ? spec.zh[0]! : fact;
}

function valueText(value: unknown, lang: Lang, fact?: string, pack?: RulesPack): string {
  if (value === undefined || value === null) return '—';
  if (Array.isArray(value)) return value.map((v) => valueText(v, lang, fact, pack)).join(lang === 'zh' ? '、' : ', ');
  if (typeof value === 'number' && fact && pack && isMoneyParamOrFact(fact, pack)) return formatYuan(value);
  const s = String(value);
  if (lang === 'zh') return CATEGORY_LABELS[s as keyof typeof CATEGORY_LABELS]?.zh ?? GROUP_LABELS[s]?.zh ?? s;
  return s;
}

function isMoneyParamOrFact(name: string, pack: RulesPack): boolean {
  if (pack.params.get(name)?.spec.type === 'money') return true;
  return RECORD_TYPES.some((t) => fieldSpec(t, name, pack.facts[t])?.kind === 'money');
}

const OP_WORDS: Record<string, Record<Lang, string>> = {
  eq: { zh: '等于', en: '=' },
  ne: { zh: '不等于', en: '≠' },
  gt: { zh: '大于', en: '>' },
  gte: { zh: '不少于', en: '≥' },
  lt: { zh: '小于', en: '<' },
  lte: { zh: '不超过', en: '≤' },
};

/** One condition's outcome as a sentence with its values. */
export function describeCondition(program: CompiledProgram, c: ConditionResult, lang: Lang, pack: RulesPack): string {
  if (c.duplicate_of) return describeDuplicate(c.duplicate_of, lang);
  if (c.condition === IN_EFFECT) return describeInEffect(c, lang);
  const spec = program.conditionSpecs.get(c.condition);
  const type = program.recordType;
  const fact = c.fact ? fieldLabel(type, c.fact, lang) : '';
  const zh = lang === 'zh';
  if (c.outcome === 'unknown') {
    const missing = (c.missing ?? []).map((m) => describeMissing(m, lang, pack, type)).join(zh ? ';' : '; ');
    return missing;
  }
  if (!spec) return c.outcome;
  const value = valueText(c.value, lang, c.fact, pack);
  const expected = valueText(c.expected, lang, c.param ?? c.fact, pack);
  const param = c.param ? (zh ? `(参数 ${c.param})` : ` (${c.param})`) : '';
  switch (spec.op) {
    case 'present':
    case 'happened':
      return describePresent(c, spec.op, fact, value, zh);
    case 'any_in':
    case 'none_in': {
      const inside = (c.outcome === 'met') === (spec.op === 'any_in');
      if (c.named) return describeNamedAndAdded(c, fact, inside, lang, pack);
      return zh
        ? `${fact} ${value} ${inside ? '属于' : '不属于'} ${expected}${param}`
        : `${fact} ${value} is ${inside ? '' : 'not '}in [${expected}]${param}`;
    }
    case 'retained':
      return describeRetained(c, zh);
    default: {
      const op = OP_WORDS[spec.op]![lang];
      const ok = c.outcome === 'met';
      return zh
        ? `${fact} ${value} ${ok ? '' : '不'}${op} ${expected}${param}`
        : `${fact} ${value} ${ok ? '' : 'not '}${op} ${expected}${param}`;
    }
  }
}

/** The program's period against the evaluation date. */
function describeInEffect(c: ConditionResult, lang: Lang): string {
  const [from, to] = c.expected as [string | null, string | null];
  const span = `${from ?? '…'} – ${to ?? '…'}`;
  return c.outcome === 'met'
    ? lang === 'zh' ? `评估日 ${String(c.value)} 在有效期 ${span} 内` : `in effect on ${String(c.value)} (${span})`
    : lang === 'zh' ? `评估日 ${String(c.value)} 不在有效期 ${span} 内` : `not in effect on ${String(c.value)}: the program runs ${span}`;
}

/** A fact given (`present`), or a day reached by the evaluation date (`happened`). */
function describePresent(c: ConditionResult, op: 'present' | 'happened', fact: string, value: string, zh: boolean): string {
  if (c.outcome === 'pending') {
    return zh ? `${fact} ${value} 晚于评估日,自该日起满足` : `${fact} ${value} is after the evaluation date: met from that day`;
  }
  if (c.value === undefined) return zh ? `未填${fact}` : `${fact} not given`;
  if (op === 'happened') return zh ? `${fact}:${value},不晚于评估日` : `${fact} ${value}, by the evaluation date`;
  return zh ? `${fact}:${value}` : `${fact} ${value}`;
}

/** Employment kept for some months: reached, to be reached, or cut short. */
function describeRetained(c: ConditionResult, zh: boolean): string {
  const end = c.end ?? (zh ? '仍在职' : 'still employed');
  if (c.outcome === 'met') {
    return zh
      ? `稳岗满${c.months}个月:${c.start} 至 ${end},${c.reached_on} 满期`
      : `retained ${c.months} months: employed ${c.start} to ${end}, reached on ${c.reached_on}`;
  }
  if (c.outcome === 'pending') {
    return zh
      ? `仍在职,${c.reached_on} 满${c.months}个月(自 ${c.start} 起)`
      : `still employed; ${c.months} months are reached on ${c.reached_on} (from ${c.start})`;
  }
  return zh
    ? `稳岗不足${c.months}个月:${c.start} 至 ${end},须在职至 ${c.reached_on}`
    : `retained less than ${c.months} months: employed ${c.start} to ${end}, needed through ${c.reached_on}`;
}

/**
 * A value against a list that the rule states and a parameter adds to: where it was found (the
 * part named by the rule, or the one the parameter adds), or both parts when it is in neither.
 */
function describeNamedAndAdded(c: ConditionResult, fact: string, inside: boolean, lang: Lang, pack: RulesPack): string {
  const zh = lang === 'zh';
  const text = (v: unknown) => valueText(v, lang, c.fact, pack);
  const values = Array.isArray(c.value) ? c.value : [c.value];
  const isIn = (list: unknown[] | undefined) => values.some((v) => list?.includes(v));
  const named = zh ? `${text(c.named)}(条文列明)` : `[${text(c.named)}] (named by the rule)`;
  const added = zh ? `参数 ${c.param} 增加的 ${text(c.added)}` : `[${text(c.added)}] (added by ${c.param})`;
  const value = text(c.value);
  if (!inside && !c.added?.length) {
    return zh ? `${fact} ${value} 不属于 ${named};参数 ${c.param} 未增加类别` : `${fact} ${value} is not in ${named}; ${c.param} adds none`;
  }
  if (!inside) return zh ? `${fact} ${value} 不属于 ${named},也不属于${added}` : `${fact} ${value} is not in ${named} nor in ${added}`;
  const where = isIn(c.named) ? named : added;
  return zh ? `${fact} ${value} 属于 ${where}` : `${fact} ${value} is in ${where}`;
}

/** A claim that came after the first of the same person and program, or after its payment (in the ledger). */
export function describeDuplicate(first: ClaimRef, lang: Lang): string {
  const where = `${first.file}${first.line ? `:${first.line}` : ''}`;
  const caseText = first.case_id ? (lang === 'zh' ? `,案件 ${first.case_id}` : `, case ${first.case_id}`) : '';
  if (first.batch !== undefined) {
    return lang === 'zh'
      ? `已发放:该人员已于 ${first.paid_on} 在批次 ${first.batch} 获发(${where}${caseText}),同一项目每人只补贴一次`
      : `already paid: paid to this person on ${first.paid_on} in batch ${first.batch} (${where}${caseText}); paid once per person`;
  }
  return lang === 'zh' ? `重复申领:该人员已在 ${where}${caseText} 申领,同一项目每人只补贴一次` : `duplicate: already claimed for this person at ${where}${caseText}; paid once per person`;
}

/** What is missing and how to supply it. */
export function describeMissing(name: string, lang: Lang, pack: RulesPack, type: RecordType, brief = false): string {
  const param = pack.params.get(name);
  if (param) {
    const note = param.spec.note && !brief ? (lang === 'zh' ? `(${param.spec.note.zh})` : ` (${param.spec.note.en})`) : '';
    return lang === 'zh'
      ? `参数 ${name} 未设定${note};用 --param ${name}=值 设定`
      : `parameter ${name} is not set${note}; set it with --param ${name}=VALUE`;
  }
  const label = fieldLabel(type, name, lang);
  return lang === 'zh' ? `缺少${label}(${name})` : `${name} is missing`;
}

/** How the amount was reached: a parameter, or a fact under its cap. */
export function describeAmount(program: CompiledProgram, a: AmountResult, lang: Lang, pack: RulesPack): string {
  const zh = lang === 'zh';
  const type = program.recordType;
  if (a.fen === null) return (a.missing ?? []).map((m) => describeMissing(m, lang, pack, type)).join('; ');
  if (a.fact !== undefined && a.requested !== undefined) {
    const fact = fieldLabel(type, a.fact, lang);
    if (a.cap === undefined) return `${fact} ${formatYuan(a.requested)}`;
    const rule = program.spec.amount;
    const capName = 'cap' in rule && typeof rule.cap === 'object' ? rule.cap.param : undefined;
    return a.capped
      ? zh
        ? `${fact} ${formatYuan(a.requested)},按上限 ${formatYuan(a.cap)} 计${capName ? `(参数 ${capName})` : ''}`
        : `${fact} ${formatYuan(a.requested)} capped at ${formatYuan(a.cap)}${capName ? ` (${capName})` : ''}`
      : zh
        ? `${fact} ${formatYuan(a.requested)},未超过上限 ${formatYuan(a.cap)}`
        : `${fact} ${formatYuan(a.requested)}, within the cap of ${formatYuan(a.cap)}`;
  }
  if (a.param) return zh ? `${formatYuan(a.fen)} 元(参数 ${a.param})` : `${formatYuan(a.fen)} yuan (${a.param})`;
  return zh ? `${formatYuan(a.fen)} 元` : `${formatYuan(a.fen)} yuan`;
}

/** The one-line reason shown in a table row (and in CSV output's reason columns): nothing to say of an eligible result's conditions but its amount. */
export function shortReason(program: CompiledProgram, r: ProgramResult, lang: Lang, pack: RulesPack): string {
  switch (r.status) {
    case 'eligible':
      return describeAmount(program, r.amount_rule, lang, pack);
    case 'pending':
      return pendingReason(r.eligible_on!, lang);
    case 'undetermined':
      return missingReason(program, r.missing ?? [], lang, pack);
    case 'ineligible':
      return joinReasons(r.reasons.map((c) => describeCondition(program, c, lang, pack)));
  }
}

/** A pending result's short reason: the day it becomes claimable. */
export function pendingReason(on: string, lang: Lang): string {
  return lang === 'zh' ? `${on} 起可申领` : `claimable from ${on}`;
}

/** An undetermined result's short reason: what is missing. */
export function missingReason(program: CompiledProgram, missing: readonly string[], lang: Lang, pack: RulesPack): string {
  return joinReasons(missing.map((m) => describeMissing(m, lang, pack, program.recordType, true)));
}

/** The short reasons of several conditions, in one line. */
export function joinReasons(texts: readonly string[]): string {
  return texts.join('; ');
}
