/**
 * A plausible, valid value for every field of every record type, and what each record type
 * means. The templates fill their example record from here, and the JSON Schema gives these
 * values as each field's first example. Tests check that every field has one and that each
 * type's example record reads without errors.
 */
import type { RecordType } from './fields.js';

export type ExampleValue = string | number;

/** A valid resident ID number (GB 11643) and unified social credit code (GB 32100). */
export const EXAMPLE_RESIDENT_ID = '11010519491231002X';
export const EXAMPLE_CREDIT_CODE = '91350100M000100Y43';

export const FIELD_EXAMPLES: Record<RecordType, Readonly<Record<string, ExampleValue>>> = {
  placement: {
    case_id: 'RS-2020-0001',
    agency_name: '重庆渝才人力资源服务有限公司',
    agency_credit_code: EXAMPLE_CREDIT_CODE,
    worker_name: '张伟',
    worker_id: EXAMPLE_RESIDENT_ID,
    enterprise_name: '重庆长寿电子科技有限公司',
    enterprise_credit_code: EXAMPLE_CREDIT_CODE,
    enterprise_category: 'electronics',
    contract_signed: '2020-02-20',
    employment_start: '2020-02-20',
    employment_end: '2020-06-30',
    organization_cost: 850,
    claimed_recruitment: 500,
    claimed_emergency: 600,
    claimed_organization: 850,
  },
  hire: {
    case_id: 'QY-2020-0001',
    enterprise_name: '重庆长寿电子科技有限公司',
    enterprise_credit_code: EXAMPLE_CREDIT_CODE,
    worker_name: '赵敏',
    worker_id: EXAMPLE_RESIDENT_ID,
    worker_group: 'poverty_registered',
    contract_signed: '2020-03-01',
    employment_start: '2020-03-02',
    claimed_hiring: 6000,
  },
  startup: {
    case_id: 'CS-2020-0001',
    applicant_name: '黄海',
    applicant_id: EXAMPLE_RESIDENT_ID,
    applicant_group: 'migrant_worker',
    business_district: '长寿区',
    business_registered: '2020-03-12',
    loan_requested: 100000,
    claimed_startup_grant: 8000,
    claimed_startup_loan: 100000,
  },
};

/** What a record of each type stands for, in both languages. */
export const TYPE_MEANINGS: Record<RecordType, { zh: string; en: string }> = {
  placement: {
    zh: '人力资源服务机构介绍劳动者与企业签订合同',
    en: 'an HR service agency placed a worker at an enterprise',
  },
  hire: { zh: '企业吸纳劳动者就业', en: 'an enterprise hired a worker' },
  startup: { zh: '个人创业', en: 'an individual started a business' },
};
