/**
 * The library's arguments: what the command line accepts (a record type's Chinese name) the
 * library accepts too, and an argument it does not take is a UsageError that names it and what it
 * may be, in either language, never a TypeError from inside or a malformed answer.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  creditCodeCheck,
  creditCodeProblem,
  evaluateRecords,
  evaluateStream,
  jsonSchema,
  openLedger,
  residentIdCheck,
  residentIdProblem,
  template,
  templateHeaders,
  upgradeResidentId,
  UsageError,
  type EvaluateOptions,
} from '../src/index.js';
import { testDir } from './helpers/temp.js';

/** What a call throws: its class, its message and its Chinese text. */
function thrown(call: () => unknown): [string, string, string] | undefined {
  try {
    call();
  } catch (e) {
    return [(e as Error).constructor.name, (e as Error).message, (e as UsageError).text?.('zh')];
  }
  return undefined;
}

const hire = { worker_id: '500229199707070030', worker_group: '建档立卡贫困家庭成员', contract_signed: '2020-03-01' };
const TYPES = 'use placement, hire, startup (or 送工, 吸纳就业, 创业)';

describe('evaluateRecords and evaluateStream', () => {
  it('take a record type by its Chinese name in options.type, as records and the command line do', () => {
    const out = evaluateRecords([hire], { asOf: '2020-06-30', type: '吸纳就业' });
    expect(out.records[0]!.results.map((r) => [r.program, r.status, r.amount])).toEqual([['hiring', 'eligible', 6000]]);
  });

  it('refuse an unknown type or language, naming the ones there are, in either language', () => {
    expect(thrown(() => evaluateRecords([hire], { asOf: '2020-06-30', type: 'hiring' }))).toEqual([
      'UsageError',
      `options.type "hiring": ${TYPES}`,
      'options.type "hiring":请用 placement、hire、startup(或 送工、吸纳就业、创业)',
    ]);
    expect(thrown(() => evaluateRecords([hire], { asOf: '2020-06-30', type: 'hire', lang: 'fr' as 'en' }))).toEqual(['UsageError', 'options.lang "fr": use en or zh', 'options.lang "fr":请用 en 或 zh']);
  });

  it('say that asOf is required, and what it is, when it or the options are missing', () => {
    const required = ['UsageError', 'options.asOf is required: the evaluation date, YYYY-MM-DD (the library never reads the clock)', '须给出 options.asOf:评估日期,YYYY-MM-DD(本库不读取时钟)'];
    expect(thrown(() => evaluateRecords([hire], undefined as unknown as EvaluateOptions))).toEqual(required);
    expect(thrown(() => evaluateRecords([hire], {} as EvaluateOptions))).toEqual(required);
    expect(thrown(() => evaluateRecords([], { asOf: '2020-02-30' }))).toEqual(['UsageError', 'options.asOf "2020-02-30": 2020-02-30 is not a date on the calendar', 'options.asOf "2020-02-30":2020-02-30 不是日历上存在的日期']);
  });

  it('say that records must be iterable', async () => {
    expect(thrown(() => evaluateRecords(5 as unknown as [], { asOf: '2020-06-30' }))?.[1]).toBe('records 5: expected an iterable of records (an array, a generator)');
    await expect(evaluateStream(undefined as unknown as [], { asOf: '2020-06-30' }).next()).rejects.toThrow(UsageError);
    await expect(evaluateStream([hire], { asOf: '2020-06-30', type: 'x' }).next()).rejects.toThrow(`options.type "x": ${TYPES}`);
  });
});

describe('the schema and the templates', () => {
  it('take a record type by its Chinese name, as the command line does', () => {
    expect(jsonSchema('送工')).toEqual(jsonSchema('placement'));
    expect(template({ type: '送工', format: 'csv', lang: 'en' })).toBe(template({ type: 'placement', format: 'csv', lang: 'en' }));
    expect(templateHeaders('创业', 'zh')).toEqual(templateHeaders('startup', 'zh'));
  });

  it('refuse an unknown type, format or language with a UsageError naming the ones there are', () => {
    expect(thrown(() => jsonSchema('x'))?.slice(0, 2)).toEqual(['UsageError', 'unknown type "x": use placement, hire or startup (one record of that type), or case (a case file, the default)']);
    expect(thrown(() => templateHeaders('x', 'zh'))?.slice(0, 2)).toEqual(['UsageError', `templateHeaders: type "x": ${TYPES}`]);
    expect(thrown(() => templateHeaders('hire', 'fr' as 'en'))?.slice(0, 2)).toEqual(['UsageError', 'templateHeaders: lang "fr": use en or zh']);
    expect(thrown(() => template({ type: 'hire', format: 'pdf' as 'csv', lang: 'en' }))?.slice(0, 2)).toEqual(['UsageError', 'template: format "pdf": use csv, json or yaml']);
    expect(thrown(() => template({ type: 'hire', format: 'csv', lang: 'fr' as 'en' }))?.[1]).toBe('template: lang "fr": use en or zh');
  });

  it('refuse a workbook template (binary) rather than return nothing', () => {
    const [kind, message, zh] = thrown(() => template({ type: 'hire', format: 'xlsx' as 'csv', lang: 'en' }))!;
    expect(kind).toBe('UsageError');
    expect(message).toMatch(/^template: format "xlsx": a workbook is binary, and template gives text \(csv, json or yaml\); .*subsidy template TYPE --output FILE\.xlsx$/);
    expect(zh).toMatch(/^template:format "xlsx":工作簿是二进制文件/);
  });
});

describe('openLedger', () => {
  it('waits as the command line does (5 s) when busyMs is not given, and reads unless told to write', async () => {
    const db = join(testDir('subsidy-lib-ledger-'), 'ledger.db');
    await (await openLedger(db, { write: true })).close();
    for (const options of [{ write: false }, undefined]) {
      const ledger = await openLedger(db, options);
      expect(await ledger.batches()).toEqual([]);
      await ledger.close();
    }
  });

  it('refuses a busyMs that is not a wait, and a ledger that is not a string', async () => {
    await expect(openLedger('ledger.db', { busyMs: -1 })).rejects.toThrow('openLedger: busyMs -1: expected a number of milliseconds over 0');
    await expect(openLedger(5 as unknown as string)).rejects.toThrow(UsageError);
  });
});

describe('addMonths', () => {
  it('counts as before for the dates it takes', () => {
    expect(addMonths('2020-01-31', 3)).toBe('2020-04-30');
    expect(addMonths('2020-03-31', -1)).toBe('2020-02-29');
    expect(addMonths('2099-11-30', 1)).toBe('2099-12-30');
  });

  it('refuses a day that is not one, a part of a month, and an end outside the years of the calendar', () => {
    const date = (v: string) => [`addMonths: date ${JSON.stringify(v)}: expected a date YYYY-MM-DD of 1900 to 2099`];
    expect(thrown(() => addMonths('2020-02-30', 1))?.slice(1, 2)).toEqual(date('2020-02-30'));
    expect(thrown(() => addMonths('hello', 1))?.slice(1, 2)).toEqual(date('hello'));
    expect(thrown(() => addMonths('2020-5-31', 1))?.slice(1, 2)).toEqual(date('2020-5-31'));
    expect(thrown(() => addMonths('2020-05-31', 1.5))).toEqual(['UsageError', 'addMonths: months 1.5: expected a whole number of months', 'addMonths: months 1.5:应为整数个月']);
    expect(thrown(() => addMonths('2020-05-31', NaN))?.[1]).toBe('addMonths: months NaN: expected a whole number of months');
    expect(thrown(() => addMonths('2099-12-31', 1))?.[1]).toBe('addMonths(2099-12-31, 1) would end outside the years of the calendar, 1900 to 2099');
    expect(thrown(() => addMonths('1900-01-31', -1))?.[0]).toBe('UsageError');
    expect(thrown(() => addMonths(undefined as unknown as string, 1))?.[1]).toBe('addMonths: date undefined: expected a date YYYY-MM-DD of 1900 to 2099');
  });
});

describe('ID numbers and credit codes', () => {
  it('give the 18-digit form of a 15-digit ID number, and refuse what is not one', () => {
    expect(upgradeResidentId('500115900101123')).toBe('500115199001011238');
    expect(thrown(() => upgradeResidentId('500115199001011238'))).toEqual([
      'UsageError',
      'upgradeResidentId: id15 "500115199001011238": expected a 15-digit ID number',
      'upgradeResidentId: id15 "500115199001011238":应为 15 位身份证号',
    ]);
    expect(thrown(() => upgradeResidentId('500115901301123'))?.[1]).toBe('upgradeResidentId: id15 "500115901301123": the birth date 19901301 in the ID number is not a date');
  });

  it('say what is wrong with a string, and refuse what is not one', () => {
    expect(residentIdProblem('500115199001011239')).toBe('the check character is 9, but the first 17 digits give 8: a digit is mistyped');
    expect(residentIdProblem('500115199001011238')).toBeUndefined();
    expect(thrown(() => residentIdProblem(undefined as unknown as string))).toEqual([
      'UsageError',
      'residentIdProblem: id undefined: expected the ID number as text (a string: a number loses digits)',
      'residentIdProblem: id undefined:应为文本形式的身份证号(字符串:数字会丢失位数)',
    ]);
    expect(thrown(() => creditCodeProblem(5 as unknown as string))?.[1]).toBe('creditCodeProblem: code 5: expected the credit code as text (a string)');
  });

  it('give check characters of 17 characters, and refuse others', () => {
    expect(residentIdCheck('50011519900101123')).toBe('8');
    expect(creditCodeProblem(`91500000MA5U00000${creditCodeCheck('91500000MA5U00000')}`)).toBeUndefined();
    expect(thrown(() => residentIdCheck('5001151990010112'))?.[1]).toBe('residentIdCheck: first17 "5001151990010112": expected 17 digits');
    expect(thrown(() => creditCodeCheck('91500000MA5U0000I'))?.[1]).toBe('creditCodeCheck: first17 "91500000MA5U0000I": expected 17 characters of 0123456789ABCDEFGHJKLMNPQRTUWXY');
  });
});
