/**
 * The rules in words: a condition or an amount rule as a sentence, with the parameter values
 * in force, for `subsidy rules`.
 */
import { formatFen, isInvalid, parseMoney } from '../records/values.js';
import { paramDisplayValue, type Params } from '../rules/params.js';
import type { AmountSpec, ConditionSpec, ValueSpec } from '../rules/schema.js';
import type { Lang } from './lang.js';

const OP_WORDS: Record<string, Record<Lang, string>> = {
  eq: { zh: '等于', en: 'equals' },
  ne: { zh: '不等于', en: 'is not' },
  gt: { zh: '大于', en: 'is more than' },
  gte: { zh: '不少于', en: 'is at least' },
  lt: { zh: '小于', en: 'is less than' },
  lte: { zh: '不超过', en: 'is at most' },
};

function valueWords(value: ValueSpec | number, params: Params, lang: Lang): string {
  const zh = lang === 'zh';
  const param = (name: string) => {
    const p = params.get(name);
    const shown = p ? JSON.stringify(paramDisplayValue(p)) : '?';
    return zh ? `参数 ${name}(现为 ${shown})` : `parameter ${name} (now ${shown})`;
  };
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return param(value.param);
  if (!Array.isArray(value)) return String(value);
  // The values the rule names, and those a parameter adds to them.
  const named = value.filter((v) => typeof v !== 'object').join(', ');
  const ref = value.find((v) => typeof v === 'object');
  if (!ref) return named;
  return zh ? `${named}(条文列明,始终适用)及${param(ref.param)}增加的类别` : `${named} (named by the rule: always) or one that ${param(ref.param)} adds`;
}

export function conditionWords(c: ConditionSpec, params: Params, lang: Lang): string {
  const zh = lang === 'zh';
  switch (c.op) {
    case 'present':
      return zh ? `${c.fact} 已填写` : `${c.fact} is given`;
    case 'happened':
      return zh
        ? `${c.fact} 如已填写,不晚于评估日(晚于评估日的,至该日为待满期)`
        : `${c.fact}, when given, is not after the evaluation date (a later date: pending until then)`;
    case 'any_in':
    case 'none_in': {
      const set = valueWords(c.value, params, lang);
      const how = c.match === 'district' ? (zh ? '(按区县名称、简称、拼音或代码匹配)' : ' (matching district names, short names, pinyin or codes)') : '';
      return c.op === 'any_in'
        ? zh
          ? `${c.fact} 属于 ${set}${how}`
          : `${c.fact} is one of ${set}${how}`
        : zh
          ? `${c.fact} 不属于 ${set}${how}`
          : `${c.fact} is none of ${set}${how}`;
    }
    case 'retained': {
      const months = valueWords(c.months, params, lang);
      return zh
        ? `自 ${c.start} 起在职满 ${months} 个月(至 ${c.end},含当日;未填则至评估日),按《民法典》第二百零一、二百零二条计算`
        : `employed ${months} months from ${c.start} (through ${c.end}, inclusive; when empty, through the evaluation date), counted as 民法典 articles 201-202 count periods`;
    }
    default:
      return `${c.fact} ${OP_WORDS[c.op]![lang]} ${valueWords(c.value, params, lang)}`;
  }
}

export function amountWords(a: AmountSpec, params: Params, lang: Lang): string {
  const zh = lang === 'zh';
  if ('param' in a) return valueWords(a, params, lang);
  if ('yuan' in a) return zh ? `${a.yuan} 元` : `${a.yuan} yuan`;
  const capFen = typeof a.cap === 'number' ? parseMoney(a.cap) : undefined;
  const cap = a.cap === undefined ? '' : typeof a.cap === 'object' ? valueWords(a.cap, params, lang) : capFen !== undefined && !isInvalid(capFen) ? formatFen(capFen) : String(a.cap);
  return zh ? `${a.fact}${cap ? `,最高 ${cap}` : ''}` : `${a.fact}${cap ? `, capped at ${cap}` : ''}`;
}
