/**
 * What is wrong with a rules pack, in both languages: each problem `rules validate` (and a run
 * given a bad pack) reports is made here, its English and its Chinese side by side. A value's
 * own reason (a bad amount or date, from the record parsers) is rendered in Chinese by the
 * records' catalogue.
 */
import { recordMessage } from '../records/messages-zh.js';

/** A problem's text in both languages. */
export interface ProblemText {
  en: string;
  zh: string;
}

const list = (items: readonly string[]) => items.join(', ');
/** A value's reason, from the record parsers (English), in both languages. */
const reason = (error: string) => ({ en: error, zh: recordMessage(error, 'zh') });
const valued = (what: { en: string; zh: string }, error: string): ProblemText => {
  const r = reason(error);
  return { en: `${what.en}: ${r.en}`, zh: `${what.zh}:${r.zh}` };
};

export const problem = {
  notYaml: (what: string): ProblemText => ({ en: `not valid YAML (${what}); fix the indentation or quoting there`, zh: `不是有效的 YAML(${what});请修改该处的缩进或引号` }),
  notMapping: (): ProblemText => ({ en: 'a rules pack is a mapping (pack: or overlay:, title, programs, …)', zh: '规则包应为映射(pack: 或 overlay:、title、programs……)' }),
  unknownOperator: (op: unknown, operators: readonly string[]): ProblemText => ({
    en: `unknown operator ${JSON.stringify(op)}; the operators are ${list(operators)}`,
    zh: `未知运算符 ${JSON.stringify(op)};可用的运算符为 ${list(operators)}`,
  }),
  missingCitation: (): ProblemText => ({
    en: 'missing citation: every program cites the sentence it rests on (citation: {source, text, gloss})',
    zh: '缺少引文:每个项目都须引用其依据的原文(citation: {source, text, gloss})',
  }),
  missingLocalCitation: (): ProblemText => ({
    en: 'missing citation: a condition an overlay adds cites the local rule it rests on (citation: {source, text, gloss}, on the condition or the amendment)',
    zh: '缺少引文:叠加包新增的条件须引用其依据的地方规定(citation: {source, text, gloss},写在条件或修订上)',
  }),
  otherPack: (appliesTo: string, base: string): ProblemText => ({
    en: `written for the pack ${appliesTo}, but the pack below it is ${base}`,
    zh: `为规则包 ${appliesTo} 编写,但其下的规则包是 ${base}`,
  }),
  sourceDefined: (id: string): ProblemText => ({ en: `source ${id} is already defined; give yours another name`, zh: `来源 ${id} 已有定义;请为你的来源另起名称` }),
  builtinField: (type: string, name: string): ProblemText => ({
    en: `${type} records already have a field ${name}; a fact adds a field they do not have`,
    zh: `${type} 记录已有字段 ${name};facts 只能添加记录没有的字段`,
  }),
  factDeclared: (name: string): ProblemText => ({ en: `fact ${name} is already declared`, zh: `字段 ${name} 已声明过` }),
  programExists: (id: string): ProblemText => ({ en: `program ${id} already exists; amend it, or choose another id`, zh: `项目 ${id} 已存在;请用 amend 修订它,或另选 id` }),
  paramDefined: (name: string): ProblemText => ({
    en: `parameter ${name} is already defined; give it a value instead (${name}: VALUE)`,
    zh: `参数 ${name} 已有定义;请改为给它赋值(${name}: 值)`,
  }),
  unknownParamSet: (name: string, known: readonly string[]): ProblemText => ({
    en: `unknown parameter ${name}; define it (type, default, label) or set one of ${list(known)}`,
    zh: `未知参数 ${name};请定义它(type、default、label),或为以下参数之一赋值:${list(known)}`,
  }),
  noProgramToAmend: (id: string, programs: readonly string[]): ProblemText => ({
    en: `there is no program ${id} to amend; the programs are ${list(programs)}`,
    zh: `没有可修订的项目 ${id};现有项目为 ${list(programs)}`,
  }),
  programTwice: (id: string): ProblemText => ({ en: `program ${id} is defined twice`, zh: `项目 ${id} 定义了两次` }),
  unknownSource: (source: string, sources: readonly string[]): ProblemText => ({
    en: `unknown source ${source}; the sources are ${list(sources)}`,
    zh: `未知来源 ${source};现有来源为 ${list(sources)}`,
  }),
  endsBeforeBegins: (from: string, to: string): ProblemText => ({
    en: `the program ends (${to}) before it begins (${from})`,
    zh: `项目的结束日期(${to})早于开始日期(${from})`,
  }),
  badDefault: (name: string, error: string): ProblemText => valued({ en: `parameter ${name}: invalid default`, zh: `参数 ${name}:默认值无效` }, error),
  badPreset: (name: string, raw: unknown, error: string): ProblemText => valued({ en: `parameter ${name} = ${JSON.stringify(raw)}`, zh: `参数 ${name} = ${JSON.stringify(raw)}` }, error),
  tooManyPrograms: (type: string, count: number): ProblemText => ({
    en: `${type} records have ${count} programs; at most 16 can be checked for duplicate claims`,
    zh: `${type} 记录有 ${count} 个项目;重复申领最多只能检查 16 个`,
  }),
  unknownFactOf: (fact: string, type: string, elsewhere: readonly string[], own: readonly string[]): ProblemText => ({
    en: `unknown fact "${fact}" for ${type} records (it is a field of ${list(elsewhere)} records); ${type} records have ${list(own)}`,
    zh: `${type} 记录没有字段 "${fact}"(它是 ${list(elsewhere)} 记录的字段);${type} 记录的字段为 ${list(own)}`,
  }),
  unknownFact: (fact: string, type: string, own: readonly string[]): ProblemText => ({
    en: `unknown fact "${fact}": no record type has such a field; ${type} records have ${list(own)}, and a pack may declare more under facts`,
    zh: `未知字段 "${fact}":没有哪种记录有这个字段;${type} 记录的字段为 ${list(own)},规则包可在 facts 下声明更多字段`,
  }),
  unknownParam: (name: string, known: readonly string[]): ProblemText => ({
    en: `unknown parameter "${name}"; the packs define ${list(known)}`,
    zh: `未知参数 "${name}";规则包定义的参数为 ${list(known)}`,
  }),
  paramType: (name: string, type: string, expect: readonly string[]): ProblemText => ({
    en: `parameter ${name} is of type ${type}; here it must be ${expect.join(' or ')}`,
    zh: `参数 ${name} 的类型是 ${type};此处须为 ${expect.join(' 或 ')}`,
  }),
  badValue: (value: unknown, error: string): ProblemText => valued({ en: JSON.stringify(value), zh: JSON.stringify(value) }, error),
  badAmount: (yuan: number, error: string): ProblemText => valued({ en: `amount ${yuan}`, zh: `金额 ${yuan}` }, error),
  badCap: (cap: number, error: string): ProblemText => valued({ en: `cap ${cap}`, zh: `上限 ${cap}` }, error),
  amountNotMoney: (fact: string): ProblemText => ({
    en: `the amount comes from ${fact}, which is not an amount of money`,
    zh: `金额取自 ${fact},但它不是金额字段`,
  }),
  notADate: (op: 'happened' | 'from' | 'to', fact: string): ProblemText => {
    const en = { happened: 'happened dates an event by a date field', from: 'retained counts from a date field', to: 'retained counts to a date field' }[op];
    const zh = { happened: 'happened 须用日期字段标明事件的日期', from: 'retained 须从日期字段起算', to: 'retained 须算到日期字段' }[op];
    return { en: `${en}; ${fact} is not one`, zh: `${zh};${fact} 不是日期字段` };
  },
  /** `source`: where a parameter's value was set, when not in the pack itself (`--param`, `overlay NAME`). */
  tooManyMonths: (months: number, max: number, param?: string, source?: string): ProblemText => {
    const from = source && source !== 'pack' ? { en: ` (set by ${source})`, zh: `(由 ${source} 设定)` } : { en: '', zh: '' };
    return {
      en: `${param ? `parameter ${param} is ${months}${from.en}` : `${months} months`}: a retention period of at most ${max} months (100 years) is possible`,
      zh: `${param ? `参数 ${param} 为 ${months}${from.zh}` : `${months} 个月`}:稳岗期最长为 ${max} 个月(100 年)`,
    };
  },
};
