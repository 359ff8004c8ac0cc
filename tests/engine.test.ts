import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateWritten } from '../src/pipeline.js';
import { loadRules, type RulesPack } from '../src/rules/load.js';
import type { RecordType } from '../src/records/fields.js';
import { testDir } from './helpers/temp.js';

const pack = loadRules();
const AS_OF = '2020-12-31';

function results(type: RecordType, written: Record<string, unknown>, asOf = AS_OF, rules: RulesPack = pack) {
  const rec = evaluateWritten({ type, written, source: { file: 'test' }, defaults: {} }, rules, asOf);
  expect(rec.errors).toEqual([]);
  return Object.fromEntries(rec.results!.map((r) => [r.program, r]));
}

const placement = (extra: Record<string, unknown>) => ({
  worker_id: '500115199001011238',
  enterprise_category: 'key',
  contract_signed: '2020-02-25',
  organization_cost: '800',
  ...extra,
});

describe('retention (emergency and organization)', () => {
  it('is reached when employed through the corresponding day', () => {
    const r = results('placement', placement({ employment_end: '2020-05-25' }));
    expect(r.emergency!.status).toBe('eligible');
    expect(r.emergency!.amount).toBe(60000);
    expect(r.organization!.status).toBe('eligible');
  });
  it('is not reached one day short', () => {
    const r = results('placement', placement({ employment_end: '2020-05-24' }));
    expect(r.emergency!.status).toBe('ineligible');
    expect(r.emergency!.amount).toBe(0);
    const retention = r.emergency!.reasons.find((c) => c.condition === 'retention')!;
    expect(retention.outcome).toBe('not_met');
    expect(retention.reached_on).toBe('2020-05-25');
    expect(r.organization!.status).toBe('ineligible');
  });
  it("uses the month's last day where there is no corresponding day", () => {
    expect(results('placement', placement({ contract_signed: '2020-01-31', employment_end: '2020-04-30' })).emergency!.status).toBe('eligible');
    expect(results('placement', placement({ contract_signed: '2020-01-31', employment_end: '2020-04-29' })).emergency!.status).toBe('ineligible');
  });
  it('is pending for a worker still employed, with the date it becomes claimable', () => {
    const r = results('placement', placement({ contract_signed: '2020-05-10' }), '2020-06-30');
    expect(r.emergency!.status).toBe('pending');
    expect(r.emergency!.eligible_on).toBe('2020-08-10');
    expect(r.emergency!.amount).toBe(60000);
    expect(r.organization!.status).toBe('pending');
  });
  it('is reached by a worker still employed on the evaluation date', () => {
    expect(results('placement', placement({}), '2020-05-25').emergency!.status).toBe('eligible');
    expect(results('placement', placement({}), '2020-05-24').emergency!.status).toBe('pending');
  });
  it('counts from employment_start when given, else from contract_signed', () => {
    const r = results('placement', placement({ employment_start: '2020-03-01', employment_end: '2020-05-31' }));
    expect(r.emergency!.status).toBe('ineligible');
    expect(r.emergency!.reasons[0]!.reached_on).toBe('2020-06-01');
  });
  it('is pending when the end date lies after the evaluation date and the months are not yet reached', () => {
    const r = results('placement', placement({ employment_end: '2020-12-31' }), '2020-04-01');
    expect(r.emergency!.status).toBe('pending');
    expect(r.emergency!.eligible_on).toBe('2020-05-25');
  });
  it('is undetermined without a start date, naming it', () => {
    const r = results('placement', { worker_id: '500115199001011238', enterprise_category: 'key', organization_cost: '1' });
    expect(r.emergency!.status).toBe('undetermined');
    expect(r.emergency!.missing).toEqual(['contract_signed', 'employment_start']);
    expect(r.emergency!.amount).toBeNull();
  });
  it('follows min_retention_months', () => {
    const six = loadRules({ flags: ['min_retention_months=6'] });
    expect(results('placement', placement({ employment_end: '2020-05-25' }), AS_OF, six).emergency!.status).toBe('ineligible');
    expect(results('placement', placement({ employment_end: '2020-08-25' }), AS_OF, six).emergency!.status).toBe('eligible');
  });
});

describe('the signed contract (「其中」: emergency and organization are within the recruitment subsidy\'s group)', () => {
  const noContract = { worker_id: '500115199001011238', enterprise_category: 'key', employment_start: '2020-02-25', organization_cost: '800' };
  it('without contract_signed, all three placement programs are undetermined, naming it', () => {
    const r = results('placement', noContract, AS_OF, loadRules({ flags: ['recruitment_amount=500'] }));
    for (const program of ['recruitment', 'emergency', 'organization']) {
      expect(r[program]!.status, program).toBe('undetermined');
      expect(r[program]!.missing, program).toEqual(['contract_signed']);
      expect(r[program]!.amount, program).toBeNull();
    }
  });
  it('with it, the add-ons are paid as before (retention counted from employment_start)', () => {
    const r = results('placement', { ...noContract, contract_signed: '2020-02-20' });
    expect(r.emergency!.status).toBe('eligible');
    expect(r.organization!.amount).toBe(80000);
    expect(r.emergency!.conditions.map((c) => [c.condition, c.outcome])).toEqual([
      ['contract', 'met'],
      ['enterprise', 'met'],
      ['retention', 'met'],
    ]);
  });
  it('a failed condition still decides over the missing contract', () => {
    expect(results('placement', { ...noContract, enterprise_category: 'other' }).emergency!.status).toBe('ineligible');
  });
});

describe('facts dated after the evaluation date have not happened yet', () => {
  it('a contract signed after --as-of is pending until its day, for every program that needs it', () => {
    const rules = loadRules({ flags: ['recruitment_amount=500'] });
    const r = results('placement', placement({ contract_signed: '2020-07-01', employment_start: '2020-02-01' }), '2020-06-30', rules);
    expect(r.recruitment!.status).toBe('pending');
    expect(r.recruitment!.eligible_on).toBe('2020-07-01');
    expect(r.recruitment!.amount).toBe(50000);
    const contract = r.recruitment!.reasons[0]!;
    expect(contract).toMatchObject({ condition: 'contract', outcome: 'pending', reached_on: '2020-07-01' });
    // Retained since 2020-02-01 (reached 2020-05-01): only the contract waits.
    expect(r.emergency!.status).toBe('pending');
    expect(r.emergency!.eligible_on).toBe('2020-07-01');
  });
  it('on its day and after, the contract counts', () => {
    const rules = loadRules({ flags: ['recruitment_amount=500'] });
    expect(results('placement', placement({ contract_signed: '2020-07-01' }), '2020-07-01', rules).recruitment!.status).toBe('eligible');
  });
  it('pending waits for the latest of its dates: the contract, or the months counted from it', () => {
    const r = results('placement', placement({ contract_signed: '2020-07-01' }), '2020-06-30');
    expect(r.emergency!.status).toBe('pending');
    expect(r.emergency!.eligible_on).toBe('2020-10-01');
  });
  it('a date that fails a condition fails it whenever it lies', () => {
    // Employment known to end before the months are reached: ineligible, not pending.
    const r = results('placement', placement({ contract_signed: '2020-06-01', employment_end: '2020-07-15' }), '2020-06-30');
    expect(r.emergency!.status).toBe('ineligible');
  });
  it('a hire dated after --as-of is pending until its first day (or its contract date, when that is all there is)', () => {
    const hire = { worker_id: '500229199707070030', worker_group: 'poverty_registered' };
    const byStart = results('hire', { ...hire, contract_signed: '2020-06-01', employment_start: '2020-07-01' }, '2020-06-30').hiring!;
    expect(byStart).toMatchObject({ status: 'pending', eligible_on: '2020-07-01', amount: 600000 });
    expect(byStart.reasons).toMatchObject([{ condition: 'hired', outcome: 'pending', reached_on: '2020-07-01' }]);
    expect(results('hire', { ...hire, contract_signed: '2020-07-02' }, '2020-06-30').hiring).toMatchObject({ status: 'pending', eligible_on: '2020-07-02' });
    expect(results('hire', { ...hire, contract_signed: '2020-06-30' }, '2020-06-30').hiring!.status).toBe('eligible');
    // No date: nothing says the hire has not taken place.
    expect(results('hire', hire, '2020-06-30').hiring!.status).toBe('eligible');
    // A group that does not qualify decides whatever the date.
    expect(results('hire', { ...hire, worker_group: 'none', contract_signed: '2020-07-02' }, '2020-06-30').hiring!.status).toBe('ineligible');
  });
  it('a business registered after --as-of is pending for the grant and the loan until that day', () => {
    const startup = { applicant_id: '500115199001011238', applicant_group: 'migrant_worker', business_district: '长寿区', loan_requested: '1000', business_registered: '2020-07-15' };
    const r = results('startup', startup, '2020-06-30');
    expect(r.startup_grant).toMatchObject({ status: 'pending', eligible_on: '2020-07-15', amount: 800000 });
    expect(r.startup_loan).toMatchObject({ status: 'pending', eligible_on: '2020-07-15', amount: 100000 });
    expect(results('startup', startup, '2020-07-15').startup_grant!.status).toBe('eligible');
  });
  it('a comparison of a date fact that would be met is pending until that date (overlay conditions)', () => {
    const overlay = join(testDir('subsidy-dated-'), 'registered.yaml');
    writeFileSync(
      overlay,
      [
        'overlay: registered-in-2020',
        'version: 1',
        'title: { zh: 示例, en: example }',
        'sources: { local: { zh: 示例, en: example } }',
        'amend:',
        '  startup_grant:',
        '    add_conditions:',
        '      - { id: registered, fact: business_registered, op: gte, value: 2020-01-01, label: { zh: 2020年登记, en: registered in 2020 } }',
        '    citation: { source: local, text: 示例, gloss: example }',
        '',
      ].join('\n'),
    );
    const rules = loadRules({ overlays: [overlay] });
    const startup = { applicant_id: '500115199001011238', applicant_group: 'migrant_worker', business_district: '长寿区', loan_requested: '1000' };
    const later = results('startup', { ...startup, business_registered: '2020-08-01' }, '2020-06-30', rules).startup_grant!;
    expect(later.status).toBe('pending');
    expect(later.eligible_on).toBe('2020-08-01');
    expect(results('startup', { ...startup, business_registered: '2020-06-30' }, '2020-06-30', rules).startup_grant!.status).toBe('eligible');
    expect(results('startup', { ...startup, business_registered: '2019-12-31' }, '2020-06-30', rules).startup_grant!.status).toBe('ineligible');
  });
});

describe('enterprise category', () => {
  it('qualifies key, electronics, or both', () => {
    for (const c of ['key', 'electronics', 'key;electronics', '重点企业', '电子企业']) {
      expect(results('placement', placement({ enterprise_category: c })).emergency!.status).toBe('eligible');
    }
  });
  it('does not qualify other, and says why', () => {
    const r = results('placement', placement({ enterprise_category: 'other' }));
    expect(r.emergency!.status).toBe('ineligible');
    expect(r.emergency!.reasons.map((c) => c.condition)).toEqual(['enterprise']);
    expect(r.organization!.status).toBe('ineligible');
  });
  it('is undetermined when missing', () => {
    const r = results('placement', placement({ enterprise_category: '' }));
    expect(r.emergency!.status).toBe('undetermined');
    expect(r.emergency!.missing).toEqual(['enterprise_category']);
  });
  it('ineligible wins over an unknown: one failed condition decides', () => {
    const r = results('placement', { worker_id: '500115199001011238', enterprise_category: 'other' });
    expect(r.emergency!.status).toBe('ineligible');
  });
});

describe('organization: actual cost capped at organization_cap', () => {
  it.each([
    ['999.99', 99999, false],
    ['1000', 100000, false],
    ['1000.01', 100000, true],
    ['0', 0, false],
  ])('cost %s gives %i fen', (cost, fen, capped) => {
    const r = results('placement', placement({ organization_cost: cost, employment_end: '2020-06-30' }));
    expect(r.organization!.status).toBe('eligible');
    expect(r.organization!.amount).toBe(fen);
    expect(r.organization!.amount_rule.capped).toBe(capped);
  });
  it('is undetermined without the cost', () => {
    const r = results('placement', placement({ organization_cost: undefined }));
    expect(r.organization!.status).toBe('undetermined');
    expect(r.organization!.missing).toEqual(['organization_cost']);
    expect(r.emergency!.status).toBe('eligible');
  });
});

describe('recruitment: the amount is "按规定"', () => {
  it('is undetermined without recruitment_amount, naming the parameter', () => {
    const r = results('placement', placement({}));
    expect(r.recruitment!.status).toBe('undetermined');
    expect(r.recruitment!.amount).toBeNull();
    expect(r.recruitment!.missing).toEqual(['recruitment_amount']);
  });
  it('is eligible with it', () => {
    const r = results('placement', placement({}), AS_OF, loadRules({ flags: ['recruitment_amount=500'] }));
    expect(r.recruitment!.status).toBe('eligible');
    expect(r.recruitment!.amount).toBe(50000);
  });
  it('is undetermined without a contract date even with the parameter', () => {
    const r = results('placement', { worker_id: '500115199001011238' }, AS_OF, loadRules({ flags: ['recruitment_amount=500'] }));
    expect(r.recruitment!.status).toBe('undetermined');
    expect(r.recruitment!.missing).toEqual(['contract_signed']);
  });
});

describe('hiring', () => {
  const hire = (group: string) => ({ worker_id: '500229199707070030', worker_group: group, contract_signed: '2020-03-01' });
  it('pays 6000 for a registered poor household member, Chinese or English', () => {
    for (const g of ['poverty_registered', '建档立卡贫困家庭成员']) {
      const r = results('hire', hire(g));
      expect(r.hiring!.status).toBe('eligible');
      expect(r.hiring!.amount).toBe(600000);
    }
  });
  it('does not pay for a group that is neither named nor added', () => {
    const r = results('hire', hire('hard_to_employ'));
    expect(r.hiring!.status).toBe('ineligible');
    expect(r.hiring!.reasons[0]!).toMatchObject({ value: ['hard_to_employ'], expected: ['poverty_registered'], named: ['poverty_registered'], added: [], param: 'hiring_extra_groups' });
  });
  it('pays a group once a local office adds it («等»)', () => {
    const rules = loadRules({ flags: ['hiring_extra_groups=hard_to_employ'] });
    expect(results('hire', hire('就业困难人员'), AS_OF, rules).hiring!.status).toBe('eligible');
  });
  it('always pays the group the source names: the parameter only adds groups', () => {
    for (const flags of [['hiring_extra_groups=hard_to_employ,veteran'], ['hiring_extra_groups='], []]) {
      const rules = loadRules({ flags });
      expect(results('hire', hire('poverty_registered'), AS_OF, rules).hiring!.status, flags.join()).toBe('eligible');
      expect(results('hire', hire('建档立卡贫困家庭成员'), AS_OF, rules).hiring!.status, flags.join()).toBe('eligible');
    }
    const rules = loadRules({ flags: ['hiring_extra_groups=hard_to_employ,veteran'] });
    expect(results('hire', hire('veteran'), AS_OF, rules).hiring!.status).toBe('eligible');
    expect(results('hire', hire('none'), AS_OF, rules).hiring!.status).toBe('ineligible');
  });
  it('hiring_groups, which could remove the named group, is no parameter: the error names the one that adds', () => {
    expect(() => loadRules({ flags: ['hiring_groups=hard_to_employ'] })).toThrow(/unknown parameter "hiring_groups" \(did you mean hiring_extra_groups\?\)/);
  });
});

describe('the named group of the job subsidy', () => {
  const hire = (group: string) => ({ worker_id: '500229199707070030', worker_group: group, contract_signed: '2020-03-01' });
  it.each(['建档立卡贫困家庭成员', '建档立卡贫困户', '建档立卡', 'poverty_registered'])('is the registered poor household written as %s', (g) => {
    expect(results('hire', hire(g)).hiring!.status).toBe('eligible');
  });
  it('is not a poor household that is not said to be registered (贫困家庭成员): the source names 建档立卡 ones', () => {
    const r = results('hire', hire('贫困家庭成员'));
    expect(r.hiring!.status).toBe('ineligible');
    expect(r.hiring!.reasons[0]!.value).toEqual(['贫困家庭成员']);
  });
});

describe('startup grant and loan', () => {
  const startup = (extra: Record<string, unknown>) => ({
    applicant_id: '500115199001011238',
    applicant_group: 'migrant_worker',
    business_district: '长寿区',
    loan_requested: '100000',
    ...extra,
  });
  it.each(['长寿区', '长寿', 'Changshou', 'changshou district', '500115', '重庆市长寿区', '重庆长寿', ' 重庆市 长寿区 ', '长寿区晏家街道'])('matches the district written as %s', (d) => {
    const r = results('startup', startup({ business_district: d }));
    expect(r.startup_grant!.status).toBe('eligible');
    expect(r.startup_grant!.amount).toBe(800000);
  });
  it.each(['长寿路', '火星', '重庆市', '江北区长寿路'])('does not take %s for the district (a short name begins no address; an official one does)', (d) => {
    expect(results('startup', startup({ business_district: d })).startup_grant!.status).toBe('ineligible');
  });
  it('refuses a district it does not know in a parameter, and reads one written with its city', () => {
    expect(() => loadRules({ flags: ['startup_districts=火星'] })).toThrow(/startup_districts = "火星": unknown district "火星": write a district of Chongqing/);
    expect(loadRules({ flags: ['startup_districts=重庆市江北区;长寿'] }).params.get('startup_districts')!.value).toEqual(['江北区', '长寿区']);
  });
  it('does not pay outside startup_districts', () => {
    const r = results('startup', startup({ business_district: '璧山区' }));
    expect(r.startup_grant!.status).toBe('ineligible');
    expect(r.startup_loan!.status).toBe('ineligible');
  });
  it('does not pay a group outside startup_groups', () => {
    expect(results('startup', startup({ applicant_group: 'college_graduate' })).startup_grant!.status).toBe('ineligible');
  });
  it('startup_groups replaces its default («符合条件的个人» names no group)', () => {
    const rules = loadRules({ flags: ['startup_groups=college_graduate'] });
    expect(results('startup', startup({ applicant_group: 'college_graduate' }), AS_OF, rules).startup_grant!.status).toBe('eligible');
    expect(results('startup', startup({}), AS_OF, rules).startup_grant!.status).toBe('ineligible');
  });
  it.each([
    ['149,999.99', 14999999],
    ['150,000', 15000000],
    ['150,000.01', 15000000],
  ])('caps a loan request of %s at 150,000', (requested, fen) => {
    const r = results('startup', startup({ loan_requested: requested }));
    expect(r.startup_loan!.status).toBe('eligible');
    expect(r.startup_loan!.kind).toBe('loan');
    expect(r.startup_loan!.amount).toBe(fen);
  });
  it('leaves the loan undetermined without a request, the grant decided', () => {
    const r = results('startup', startup({ loan_requested: undefined }));
    expect(r.startup_grant!.status).toBe('eligible');
    expect(r.startup_loan!.status).toBe('undetermined');
    expect(r.startup_loan!.missing).toEqual(['loan_requested']);
  });
  it('applies districts set by parameter in any of their forms', () => {
    const rules = loadRules({ flags: ['startup_districts=长寿区,Bishan'] });
    expect(rules.params.get('startup_districts')!.value).toEqual(['长寿区', '璧山区']);
    expect(results('startup', startup({ business_district: '璧山' }), AS_OF, rules).startup_grant!.status).toBe('eligible');
  });
});

describe('invalid records', () => {
  it('get every error and no results', () => {
    const rec = evaluateWritten(
      {
        type: 'placement',
        written: { worker_id: '500115199001011238', contract_signed: '2020-02-30', organization_cost: '1.005', enterprise_category: 'foo' },
        source: { file: 'x.yaml', line: 3 },
        defaults: {},
      },
      pack,
      AS_OF,
    );
    expect(rec.results).toBeNull();
    expect(rec.errors.map((e) => e.field).sort()).toEqual(['contract_signed', 'enterprise_category', 'organization_cost']);
    expect(rec.errors.find((e) => e.field === 'contract_signed')!.value).toBe('2020-02-30');
  });
  it('require the person ID', () => {
    const rec = evaluateWritten({ type: 'hire', written: { worker_group: 'none' }, source: { file: 'x' }, defaults: {} }, pack, AS_OF);
    expect(rec.errors).toEqual([{ field: 'worker_id', value: null, message: 'worker_id is required' }]);
  });
  it('reject an end of employment before its start', () => {
    const rec = evaluateWritten(
      { type: 'placement', written: { worker_id: '500115199001011238', contract_signed: '2020-03-01', employment_end: '2020-02-01' }, source: { file: 'x' }, defaults: {} },
      pack,
      AS_OF,
    );
    expect(rec.errors[0]!.field).toBe('employment_end');
  });
  it('read Chinese headers as their fields', () => {
    const rec = evaluateWritten(
      { type: 'placement', written: { 身份证号: '500115199001011238', 企业类别: '电子企业', 合同签订日期: '2020年2月1日', '组织费用(元)': '100' }, source: { file: 'x' }, defaults: {} },
      pack,
      AS_OF,
    );
    expect(rec.errors).toEqual([]);
    expect(rec.facts.enterprise_category).toEqual(['electronics']);
    expect(rec.facts.organization_cost).toBe(10000);
  });
});
