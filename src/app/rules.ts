/**
 * `subsidy rules list|show|validate`: the programs and parameters in force, one program in
 * words with its citation, and the problems of a pack.
 */
import { tableOrBlocks } from '../io/formats/fit.js';
import { RulesError, UsageError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { KIND_WORDS } from '../i18n/describe.js';
import { amountWords, conditionWords } from '../i18n/rules-text.js';
import { closest } from '../core/closest.js';
import { inEffect, checkRules, formatProblem, readDoc, type Problem, type RulesPack } from '../rules/load.js';
import { paramDisplayValue } from '../rules/params.js';
import type { ConditionSpec, ProgramSpec } from '../rules/schema.js';
import { say } from './messages.js';

export type RulesFormat = 'table' | 'json';

const W = {
  program: { zh: '项目', en: 'Program' },
  name: { zh: '名称', en: 'Name' },
  claimant: { zh: '申领人', en: 'Claimant' },
  kind: { zh: '类别', en: 'Kind' },
  record: { zh: '记录类型', en: 'Record type' },
  amount: { zh: '金额', en: 'Amount' },
  dates: { zh: '有效期', en: 'In effect' },
  parameter: { zh: '参数', en: 'Parameter' },
  type: { zh: '类型', en: 'Type' },
  value: { zh: '值', en: 'Value' },
  source: { zh: '来源', en: 'Source' },
  meaning: { zh: '含义', en: 'Meaning' },
  conditions: { zh: '条件', en: 'Conditions' },
  citation: { zh: '依据', en: 'Citation' },
  always: { zh: '长期', en: 'always' },
  notInEffect: { zh: '评估日不在有效期内', en: 'not in effect on the evaluation date' },
  perPerson: { zh: '每人限一次', en: 'paid once per person' },
  valid: { zh: '有效', en: 'valid' },
  asOf: { zh: '评估日', en: 'as of' },
} satisfies Record<string, Record<Lang, string>>;

function dates(p: ProgramSpec, lang: Lang): string {
  if (!p.from && !p.to) return W.always[lang];
  return `${p.from ?? '…'} – ${p.to ?? '…'}`;
}

function programJson(pack: RulesPack, p: ProgramSpec, lang: Lang) {
  return {
    id: p.id,
    name: p.name,
    claimant: p.claimant,
    kind: p.kind,
    record_type: p.record_type,
    per_person: p.per_person,
    amount: { rule: p.amount, words: amountWords(p.amount, pack.params, lang) },
    from: p.from ?? null,
    to: p.to ?? null,
    in_effect: inEffect(p, pack.asOf),
    conditions: p.conditions.map((c) => conditionJson(pack, c, lang)),
    citation: { ...p.citation, source_name: pack.spec.sources[p.citation.source] },
  };
}

/**
 * A condition as the pack states it, in words too; a list that a parameter adds to has the values
 * the rule names (`named`) apart from the parameter's (`added`).
 */
function conditionJson(pack: RulesPack, c: ConditionSpec, lang: Lang) {
  const { citation, label, ...rule } = c;
  const list = 'value' in c && Array.isArray(c.value) ? c.value : undefined;
  const ref = list?.find((v) => typeof v === 'object');
  const added = ref ? pack.params.get(ref.param) : undefined;
  return {
    ...rule,
    label,
    words: conditionWords(c, pack.params, lang),
    ...(list && ref ? { named: list.filter((v) => typeof v !== 'object'), added: { param: ref.param, value: added ? paramDisplayValue(added) : null } } : {}),
    ...(citation ? { citation } : {}),
  };
}

function paramsJson(pack: RulesPack) {
  return [...pack.params.values()].map((p) => ({
    name: p.name,
    type: p.spec.type,
    value: paramDisplayValue(p),
    source: p.source,
    label: p.spec.label,
    ...(p.spec.note ? { note: p.spec.note } : {}),
  }));
}

function packJson(pack: RulesPack) {
  return { pack: pack.name, version: pack.version, overlays: pack.overlays.map((o) => ({ name: o.name, version: o.version })), as_of: pack.asOf ?? null };
}

/** The programs and parameters in force; as tables where they fit `columns`, else a block each. */
export function rulesList(pack: RulesPack, lang: Lang, format: RulesFormat, columns = Infinity): string {
  if (format === 'json') {
    return `${JSON.stringify({ ...packJson(pack), programs: pack.spec.programs.map((p) => programJson(pack, p, lang)), params: paramsJson(pack) }, null, 2)}\n`;
  }
  const w = (k: keyof typeof W) => W[k][lang];
  const overlays = pack.overlays.length ? ` + ${pack.overlays.map((o) => `${o.name} v${o.version}`).join(' + ')}` : '';
  const programs = pack.spec.programs.map((p) => {
    const effect = inEffect(p, pack.asOf) ? dates(p, lang) : `${dates(p, lang)} (${w('notInEffect')})`;
    return [p.id, p.name[lang], p.claimant[lang], KIND_WORDS[p.kind][lang], amountWords(p.amount, pack.params, lang), effect];
  });
  const params = [...pack.params.values()].map((p) => [p.name, p.spec.type, JSON.stringify(paramDisplayValue(p)), p.source, p.spec.label[lang]]);
  return [
    `${pack.name} v${pack.version}${overlays}${pack.asOf ? ` · ${w('asOf')} ${pack.asOf}` : ''}`,
    tableOrBlocks([w('program'), w('name'), w('claimant'), w('kind'), w('amount'), w('dates')], programs, columns),
    '',
    tableOrBlocks([w('parameter'), w('type'), w('value'), w('source'), w('meaning')], params, columns),
    '',
  ].join('\n');
}

export function rulesShow(pack: RulesPack, id: string, lang: Lang, format: RulesFormat): string {
  const p = pack.spec.programs.find((q) => q.id === id);
  if (!p) {
    const known = pack.spec.programs.map((q) => q.id);
    const like = closest(id, known);
    throw new UsageError(say('unknownProgram', { id, known, ...(like ? { like } : {}) }));
  }
  if (format === 'json') return `${JSON.stringify({ ...packJson(pack), program: programJson(pack, p, lang) }, null, 2)}\n`;
  const w = (k: keyof typeof W) => W[k][lang];
  const lines = [
    `${p.id} · ${p.name.zh} ${p.name.en}`,
    `${w('claimant')}: ${p.claimant[lang]} · ${w('kind')}: ${KIND_WORDS[p.kind][lang]} · ${w('record')}: ${p.record_type}${p.per_person ? ` · ${w('perPerson')}` : ''}`,
    `${w('dates')}: ${dates(p, lang)}${inEffect(p, pack.asOf) ? '' : ` (${w('notInEffect')})`}`,
    `${w('amount')}: ${amountWords(p.amount, pack.params, lang)}`,
    `${w('conditions')}:`,
  ];
  p.conditions.forEach((c, i) => {
    lines.push(`  ${i + 1}. ${c.label[lang]}`);
    lines.push(`     ${conditionWords(c, pack.params, lang)}`);
    if (c.citation) lines.push(`     ${w('citation')}: ${pack.spec.sources[c.citation.source]?.[lang] ?? c.citation.source} 「${c.citation.text}」${lang === 'en' ? ` — ${c.citation.gloss}` : ''}`);
  });
  // The gloss, an English reading of the quote, as with --explain: in English only.
  lines.push(`${w('citation')}: ${pack.spec.sources[p.citation.source]?.[lang] ?? p.citation.source}`, `  「${p.citation.text}」`, ...(lang === 'en' ? [`  ${p.citation.gloss}`] : []));
  return `${lines.join('\n')}\n`;
}

/** A problem with packs as a whole (a pack that cannot be read, two base packs), as one of a pack's problems. */
function problemOf(e: RulesError): Problem {
  return { file: '', where: '', message: e.message, zh: typeof e.said === 'string' ? e.said : e.said.text('zh') };
}

/** The problems of packs; one that stops them all, as their one problem. */
function checkRulesOr(paths: readonly string[]): Problem[] {
  try {
    return checkRules(paths);
  } catch (e) {
    if (e instanceof RulesError) return [problemOf(e)];
    throw e;
  }
}

/** The problems of packs, as text or JSON, and whether they are valid. */
export function rulesValidate(paths: readonly string[], lang: Lang, format: RulesFormat): { text: string; valid: boolean } {
  let problems: Problem[];
  try {
    problems = checkRules(paths);
  } catch (e) {
    if (!(e instanceof RulesError) || format !== 'json') throw e;
    // A pack that cannot be read at all: as JSON, the answer still, with that problem, and the others' of the packs that can.
    const unreadable = paths.flatMap((path) => {
      try {
        readDoc(path);
        return [];
      } catch (err) {
        if (!(err instanceof RulesError)) throw err;
        return [{ ...problemOf(err), file: path }];
      }
    });
    const readable = paths.filter((path) => !unreadable.some((p) => p.file === path));
    // None unreadable: a problem of the packs as a whole (two base packs), said as their one problem.
    if (!unreadable.length) problems = [problemOf(e)];
    else problems = [...unreadable, ...(readable.length ? checkRulesOr(readable) : [])];
  }
  if (format === 'json') return { text: `${JSON.stringify({ files: paths, valid: problems.length === 0, problems: problems.map(({ zh, ...p }) => ({ ...p, message: lang === 'zh' ? zh : p.message })) }, null, 2)}\n`, valid: problems.length === 0 };
  if (!problems.length) return { text: `${paths.join(', ')}: ${W.valid[lang]}\n`, valid: true };
  return { text: `${problems.map((p) => formatProblem(p, lang)).join('\n')}\n`, valid: false };
}
