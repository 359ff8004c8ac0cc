/**
 * The record contract: every field of every record type, its kind, and the Chinese
 * headers accepted for it. This table is the one source of truth: the zod schemas,
 * the header matching, the templates and the README's field table are built from it.
 */
import { lookupTable } from '../core/own-keys.js';

export const RECORD_TYPES = ['placement', 'hire', 'startup'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** A record type's place in RECORD_TYPES, without a lookup (it is asked for every CSV row). */
export const typeIndex = (type: RecordType): number => (type === 'placement' ? 0 : type === 'hire' ? 1 : 2);

/** How a field's raw value is read. */
export type FieldKind =
  | 'text' // free text, trimmed
  | 'resident_id' // resident ID number (GB 11643), checked
  | 'credit_code' // unified social credit code (GB 32100), checked
  | 'date' // calendar date, YYYY-MM-DD
  | 'money' // yuan, stored as integer fen
  | 'categories' // enterprise categories: a closed set, several allowed
  | 'groups' // population groups: open-ended, several allowed
  | 'district' // a district name or code
  | 'integer' // a whole number (fields that packs add)
  | 'number' // a number
  | 'list'; // several values, separated by ; or 、

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  /** Chinese headers, the first being the one used on output. */
  zh: readonly string[];
  /** What the field holds, in English, and in Chinese (templates and messages in Chinese). */
  en: string;
  meaningZh: string;
  required?: boolean;
  /** Another field whose value this one takes when it is empty. */
  defaultFrom?: string;
}

const f = (name: string, kind: FieldKind, zh: string[], en: string, meaningZh: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  name,
  kind,
  zh,
  en,
  meaningZh,
  ...extra,
});

const CASE_ID = f('case_id', 'text', ['案件编号', '申请编号', '案卷编号'], 'case (claim) identifier', '案件(申领)编号');

export const FIELDS: Record<RecordType, readonly FieldSpec[]> = {
  placement: [
    CASE_ID,
    f('agency_name', 'text', ['人力资源服务机构名称', '机构名称', '人力资源服务机构'], 'HR service agency name', '人力资源服务机构名称'),
    f('agency_credit_code', 'credit_code', ['机构统一社会信用代码', '机构信用代码'], "agency's unified social credit code", '机构的统一社会信用代码'),
    f('worker_name', 'text', ['劳动者姓名', '姓名', '职工姓名'], "worker's name", '劳动者姓名'),
    f('worker_id', 'resident_id', ['身份证号', '劳动者身份证号', '身份证号码', '公民身份号码'], "worker's resident ID number", '劳动者的公民身份号码', {
      required: true,
    }),
    f('enterprise_name', 'text', ['企业名称', '用工企业', '用工单位'], 'enterprise the worker was placed at', '劳动者被送往的用工企业'),
    f('enterprise_credit_code', 'credit_code', ['企业统一社会信用代码', '统一社会信用代码', '企业信用代码'], "enterprise's unified social credit code", '企业的统一社会信用代码'),
    f('enterprise_category', 'categories', ['企业类别', '企业类型'], 'key, electronics, both (key;electronics) or other', 'key(重点企业)、electronics(电子企业)、两者(key;electronics)或 other(其他)'),
    f('contract_signed', 'date', ['合同签订日期', '签订合同日期', '签订日期'], 'date the labour contract was signed', '劳动合同签订日期'),
    f('employment_start', 'date', ['入职日期', '上岗日期', '就业开始日期'], 'first day of employment (defaults to contract_signed)', '入职(上岗)第一天(不填则取 contract_signed)', {
      defaultFrom: 'contract_signed',
    }),
    f('employment_end', 'date', ['离职日期', '就业结束日期'], 'last day of employment (empty: still employed)', '离职前最后一天(不填:仍在职)'),
    f('organization_cost', 'money', ['组织费用', '实际组织费用', '紧急组织费用'], "agency's actual organizing cost for the worker (yuan)", '机构为该劳动者实际支出的组织费用(元)'),
    f('claimed_recruitment', 'money', ['申领招聘补贴', '已申领招聘补贴'], 'recruitment subsidy claimed (yuan)', '已申领的招聘补贴(元)'),
    f('claimed_emergency', 'money', ['申领应急补贴', '已申领应急补贴'], 'emergency subsidy claimed (yuan)', '已申领的应急补贴(元)'),
    f('claimed_organization', 'money', ['申领紧急组织补贴', '已申领紧急组织补贴'], 'organization subsidy claimed (yuan)', '已申领的紧急组织补贴(元)'),
  ],
  hire: [
    CASE_ID,
    f('enterprise_name', 'text', ['企业名称', '用人单位', '用工单位'], 'hiring enterprise', '吸纳就业的企业'),
    f('enterprise_credit_code', 'credit_code', ['企业统一社会信用代码', '统一社会信用代码', '企业信用代码'], "enterprise's unified social credit code", '企业的统一社会信用代码'),
    f('worker_name', 'text', ['劳动者姓名', '姓名', '职工姓名'], "worker's name", '劳动者姓名'),
    f('worker_id', 'resident_id', ['身份证号', '劳动者身份证号', '身份证号码', '公民身份号码'], "worker's resident ID number", '劳动者的公民身份号码', {
      required: true,
    }),
    f('worker_group', 'groups', ['人员类别', '劳动者类别', '就业人员类别'], 'poverty_registered, hard_to_employ, none, …', 'poverty_registered(建档立卡贫困家庭成员)、hard_to_employ、none 等'),
    f('contract_signed', 'date', ['合同签订日期', '签订合同日期', '签订日期'], 'date the labour contract was signed', '劳动合同签订日期'),
    f('employment_start', 'date', ['入职日期', '上岗日期', '就业开始日期'], 'first day of employment (defaults to contract_signed)', '入职(上岗)第一天(不填则取 contract_signed)', {
      defaultFrom: 'contract_signed',
    }),
    f('claimed_hiring', 'money', ['申领一次性岗位补贴', '已申领一次性岗位补贴'], 'one-time job subsidy claimed (yuan)', '已申领的一次性岗位补贴(元)'),
  ],
  startup: [
    CASE_ID,
    f('applicant_name', 'text', ['申请人姓名', '姓名', '创业者姓名'], "applicant's name", '申请人姓名'),
    f('applicant_id', 'resident_id', ['身份证号', '申请人身份证号', '身份证号码', '公民身份号码'], "applicant's resident ID number", '申请人的公民身份号码', {
      required: true,
    }),
    f('applicant_group', 'groups', ['人员类别', '申请人类别'], 'migrant_worker, college_graduate, …', 'migrant_worker(农民工)、college_graduate 等'),
    f('business_district', 'district', ['创业地区', '所在区县', '经营地区', '区县'], 'district of the business (长寿区, 长寿, Changshou or 500115 all match)', '创业所在区县(长寿区、长寿、Changshou 或 500115 均可)'),
    f('business_registered', 'date', ['登记日期', '营业执照登记日期', '注册日期'], 'date the business was registered', '营业执照登记日期'),
    f('loan_requested', 'money', ['申请贷款金额', '贷款申请金额', '申请贷款额度'], 'guaranteed loan requested (yuan)', '申请的创业担保贷款金额(元)'),
    f('claimed_startup_grant', 'money', ['申领创业补贴', '已申领创业补贴'], 'startup grant claimed (yuan)', '已申领的创业补贴(元)'),
    f('claimed_startup_loan', 'money', ['申领创业担保贷款', '已申领创业担保贷款'], 'startup loan claimed (yuan)', '已申领的创业担保贷款(元)'),
  ],
};

/** The column that names the record type, and its Chinese headers. */
export const TYPE_FIELD = f('type', 'text', ['类型', '记录类型'], 'placement, hire or startup', 'placement、hire 或 startup(送工、吸纳就业、创业)');

/** Chinese names of the record types, accepted as values of `type` (any other text, constructor too, is none). */
export const TYPE_ALIASES: Readonly<Record<string, RecordType>> = lookupTable({
  placement: 'placement',
  hire: 'hire',
  startup: 'startup',
  送工: 'placement',
  介绍就业: 'placement',
  吸纳就业: 'hire',
  招用: 'hire',
  创业: 'startup',
});

export const TYPE_NAMES: Record<RecordType, { zh: string; en: string }> = {
  placement: { zh: '送工', en: 'placement' },
  hire: { zh: '吸纳就业', en: 'hire' },
  startup: { zh: '创业', en: 'startup' },
};

/** The record types as a message lists them: placement, hire, startup (or 送工, 吸纳就业, 创业). */
export const TYPE_CHOICES = `${RECORD_TYPES.join(', ')} (or ${RECORD_TYPES.map((t) => TYPE_NAMES[t].zh).join(', ')})`;

/** The same in Chinese: placement、hire、startup(或 送工、吸纳就业、创业). */
export const TYPE_CHOICES_ZH = `${RECORD_TYPES.join('、')}(或 ${RECORD_TYPES.map((t) => TYPE_NAMES[t].zh).join('、')})`;

/** Every name a record type may be given by: its id and its Chinese name. */
export const TYPE_WORDS: readonly string[] = [...RECORD_TYPES, ...RECORD_TYPES.map((t) => TYPE_NAMES[t].zh)];

/** What a row whose type cell is empty says (CSV and workbooks). */
export const NO_TYPE_CELL = 'the record has no type; fill in its type cell, or pass --type';

/** Whether a key or header names the record type: type, 类型, 记录类型, in any case or spacing. */
export function isTypeKey(key: string): boolean {
  const k = normalizeHeader(key);
  return k === TYPE_FIELD.name || TYPE_FIELD.zh.includes(k);
}

export function recordTypeOf(value: unknown): RecordType | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  return TYPE_ALIASES[v] ?? TYPE_ALIASES[v.toLowerCase()];
}

/** The field of a record that holds the amount claimed of a program (a money field, in yuan as written). */
export const claimedField = (program: string): string => `claimed_${program}`;

/** The field that identifies the person a record is about. */
export const PERSON_FIELD: Record<RecordType, string> = {
  placement: 'worker_id',
  hire: 'worker_id',
  startup: 'applicant_id',
};

/** The field that names the person a record is about. */
export const NAME_FIELD: Record<RecordType, string> = {
  placement: 'worker_name',
  hire: 'worker_name',
  startup: 'applicant_name',
};

const headerIndex = new Map<RecordType, Map<string, string>>();
for (const type of RECORD_TYPES) {
  const index = new Map<string, string>();
  for (const spec of [TYPE_FIELD, ...FIELDS[type]]) {
    index.set(spec.name, spec.name);
    for (const zh of spec.zh) index.set(zh, spec.name);
  }
  headerIndex.set(type, index);
}

/** Normalizes a header as written (case, spaces, full-width brackets) for matching. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/[\s\u3000]+/g, '')
    .replace(/[（(].*?[)）]$/, '')
    .toLowerCase();
}

/** The field name a key or header stands for in a record of this type, if any. */
export function fieldForKey(type: RecordType, key: string): string | undefined {
  const index = headerIndex.get(type)!;
  return index.get(key) ?? index.get(normalizeHeader(key));
}

/** Every field a key or header names, in any record type (身份证号: worker_id and applicant_id; 劳动者身份证号: worker_id alone). */
export function fieldsNamedBy(key: string): string[] {
  const named = new Set<string>();
  for (const type of RECORD_TYPES) {
    const field = fieldForKey(type, key);
    if (field) named.add(field);
  }
  return [...named];
}

export function fieldSpec(type: RecordType, name: string, extras: readonly FieldSpec[] = []): FieldSpec | undefined {
  return FIELDS[type].find((s) => s.name === name) ?? extras.find((s) => s.name === name);
}

/** The field a key or header stands for, among the record type's fields and the extra fields a pack adds. */
export function fieldForKeyIn(type: RecordType, key: string, extras: readonly FieldSpec[]): string | undefined {
  const field = fieldForKey(type, key);
  if (field || !extras.length) return field;
  const n = normalizeHeader(key);
  return extras.find((e) => e.name === key || e.name === n || e.zh.some((z) => z === key || normalizeHeader(z) === n))?.name;
}
