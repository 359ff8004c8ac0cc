/**
 * Identity numbers: resident ID numbers (GB 11643-1999, ISO 7064 MOD 11-2 check character)
 * and unified social credit codes (GB 32100-2015, mod-31 check character).
 *
 * Unit tests of the parsers (published test vectors, one test per kind of mistake with its
 * message), property tests against check characters computed here independently from the
 * published algorithms, and CLI runs (in-process, `runCli`) where a bad ID makes only its own
 * record invalid.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CREDIT_CODE_CHARS, creditCodeCheck } from '../src/records/credit-code.js';
import { LOST_DIGITS, residentIdCheck } from '../src/records/id-number.js';
import { Invalid, parseCreditCode, parseResidentId } from '../src/records/values.js';
import { runCli } from './helpers/run.js';
import { GB32100, mod11_2, mod31 } from './helpers/ids.js';
import { suiteDir } from './helpers/temp.js';

// ---------------------------------------------------------------------------------------
// The published algorithms, written out here independently of src/

// (mod11_2, mod31 and GB32100: tests/helpers/ids.ts)

/** The 18-digit form of a 15-digit ID: "19" inserted after the 6-digit area code, then the check character. */
function upgrade15(id15: string): string {
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return first17 + mod11_2(first17);
}

function errorOf(parsed: unknown): string {
  expect(parsed).toBeInstanceOf(Invalid);
  return (parsed as Invalid).error;
}

// ---------------------------------------------------------------------------------------

describe('resident ID numbers (GB 11643)', () => {
  it('the independent algorithm reproduces the published test vectors', () => {
    expect(mod11_2('11010519491231002')).toBe('X');
    expect(mod11_2('44052418800101001')).toBe('4');
  });

  it.each([
    ['11010519491231002X', '11010519491231002X'], // GB 11643-1999, annex
    ['440524188001010014', '440524188001010014'], // GB 11643-1999, annex
    ['500115199001011238', '500115199001011238'],
    ['50010319920315002x', '50010319920315002X'], // lower-case x accepted, returned upper-case
  ])('%s is valid', (raw, expected) => {
    expect(parseResidentId(raw)).toBe(expected);
  });

  it('ignores spaces inside the number', () => {
    expect(parseResidentId(' 500115 19900101 1238 ')).toBe('500115199001011238');
  });

  it('a wrong check character names the one the first 17 digits give', () => {
    expect(errorOf(parseResidentId('110105194912310021'))).toBe(
      'the check character is 1, but the first 17 digits give X: a digit is mistyped',
    );
    expect(errorOf(parseResidentId('500115199001011239'))).toMatch(/the check character is 9, but the first 17 digits give 8/);
    // An X where a digit belongs.
    expect(errorOf(parseResidentId('50011519900101123X'))).toMatch(/the check character is X, but the first 17 digits give 8/);
  });

  it('an impossible birth date is named', () => {
    // 1949-02-31 does not exist; the check character is right for the digits, so only the date is wrong.
    const first17 = '11010519490231002';
    expect(errorOf(parseResidentId(first17 + mod11_2(first17)))).toBe('the birth date 19490231 in the ID number is not a date');
    const feb29 = '11010519490229002'; // 1949 is not a leap year
    expect(errorOf(parseResidentId(feb29 + mod11_2(feb29)))).toMatch(/the birth date 19490229 .* not a date/);
    const month13 = '11010519491301002';
    expect(errorOf(parseResidentId(month13 + mod11_2(month13)))).toMatch(/the birth date 19491301 .* not a date/);
    // But 2000-02-29 is a date.
    const leap = '11010520000229002';
    expect(parseResidentId(leap + mod11_2(leap))).toBe(leap + mod11_2(leap));
  });

  it('a wrong length is named with the length found', () => {
    expect(errorOf(parseResidentId('11010519491231002'))).toBe('an ID number has 18 characters (17 digits and a check character, a digit or X), this one 17');
    expect(errorOf(parseResidentId('11010519491231002X1'))).toBe('an ID number has 18 characters (17 digits and a check character, a digit or X), this one 19');
  });

  it('a letter among the digits is named', () => {
    expect(errorOf(parseResidentId('1101051949A231002X'))).toBe('an ID number is 17 digits and a check character (a digit or X)');
    expect(errorOf(parseResidentId('X10105194912310021'))).toMatch(/17 digits and a check character/);
  });

  it('a 15-digit legacy number shows its 18-digit form', () => {
    // The published example: 110105491231002 is 11010519491231002X in 18 digits.
    expect(upgrade15('110105491231002')).toBe('11010519491231002X');
    expect(errorOf(parseResidentId('110105491231002'))).toBe(
      'a 15-digit ID number from before 1999: write its 18-digit form 11010519491231002X',
    );
    const other = '500115900101123';
    expect(errorOf(parseResidentId(other))).toContain(`write its 18-digit form ${upgrade15(other)}`);
    expect(upgrade15(other)).toBe('500115199001011238');
  });

  it('a 15-digit number with an impossible birth date does not suggest an 18-digit form that is itself invalid', () => {
    // 490231 is 31 February: its 18-digit form 110105194902310026 would be rejected in turn.
    expect(upgrade15('110105490231002')).toBe('110105194902310026');
    const message = errorOf(parseResidentId('110105490231002'));
    expect(message).toMatch(/^a 15-digit ID number from before 1999/);
    expect(message).toMatch(/19490231 .*not a date/);
    expect(message).not.toContain('110105194902310026');
  });

  it('a number (not text) is refused: it has lost its digits', () => {
    expect(errorOf(parseResidentId(500115199001011238))).toBe(LOST_DIGITS.resident_id.en);
    expect(errorOf(parseResidentId(110105491231002))).toMatch(/write the number as text/);
  });

  it('an ID number in scientific notation (a spreadsheet stored it as a number) says so and how to fix it', () => {
    expect(LOST_DIGITS.resident_id.en).toBe(
      'the ID number was stored as a number by a spreadsheet and has lost its last digits; format the column as text and re-enter the IDs',
    );
    expect(errorOf(parseResidentId('5.00115199001011E+17'))).toBe(LOST_DIGITS.resident_id.en);
    expect(errorOf(parseResidentId(' 5.00115E+17 '))).toBe(LOST_DIGITS.resident_id.en);
    expect(errorOf(parseCreditCode('9.15001157E+17'))).toBe(LOST_DIGITS.credit_code.en);
    // 18 digits ending 000 with a wrong check character: the problem, and the hint.
    // (500115199001011000 happens to be valid: its check character is 0, and it is accepted.)
    expect(parseResidentId('500115199001011000')).toBe('500115199001011000');
    const damaged = ['500115199001012000', '500115199001013000'].find((id) => residentIdCheck(id.slice(0, 17)) !== '0')!;
    const zeroed = errorOf(parseResidentId(damaged));
    expect(zeroed).toMatch(/^the check character is 0, but the first 17 digits give .*; it ends in 000, as a number a spreadsheet stored does/);
  });

  it('property: the check character of any 17 digits with a valid birth date is accepted, every other is not', () => {
    const day0 = Date.UTC(1800, 0, 1);
    const days = Math.floor((Date.UTC(2099, 11, 31) - day0) / 86400000);
    const prefix = fc
      .tuple(fc.stringMatching(/^\d{6}$/), fc.integer({ min: 0, max: days }), fc.stringMatching(/^\d{3}$/))
      .map(([area, d, seq]) => `${area}${new Date(day0 + d * 86400000).toISOString().slice(0, 10).replace(/-/g, '')}${seq}`);
    fc.assert(
      fc.property(prefix, (first17) => {
        const check = residentIdCheck(first17);
        expect(check).toBe(mod11_2(first17));
        expect(parseResidentId(first17 + check)).toBe(first17 + check);
        if (check === 'X') expect(parseResidentId(`${first17}x`)).toBe(first17 + check);
        for (const other of '0123456789X') {
          if (other === check) continue;
          const message = errorOf(parseResidentId(first17 + other));
          expect(message).toContain(`the first 17 digits give ${check}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('unified social credit codes (GB 32100)', () => {
  it('the independent algorithm reproduces the published test vectors', () => {
    expect(mod31('91350100M000100Y4')).toBe('3');
    expect(mod31('91110000600037341')).toBe('L');
  });

  it.each([
    ['91350100M000100Y43', '91350100M000100Y43'], // GB 32100-2015, example
    ['91110000600037341L', '91110000600037341L'],
    ['91500115MA5U7C4X1E', '91500115MA5U7C4X1E'],
    ['91500115ma5u7c4x1e', '91500115MA5U7C4X1E'], // lower case accepted, returned upper-case
  ])('%s is valid', (raw, expected) => {
    expect(parseCreditCode(raw)).toBe(expected);
  });

  it.each([
    ['I', '1'],
    ['O', '0'],
    ['Z', '2'],
    ['S', '5'],
    ['V', 'U'],
  ])('the excluded letter %s is named, with the character probably meant (%s)', (letter, meant) => {
    const code = `91${letter}00115MA5U7C4X1E`;
    expect(code).toHaveLength(18);
    expect(errorOf(parseCreditCode(code))).toBe(`a unified social credit code never holds the letters I, O, Z, S or V: is this ${letter} a ${meant}?`);
  });

  it('a character that is neither digit nor letter is named', () => {
    expect(errorOf(parseCreditCode('91500115MA5U7C4X-E'))).toBe('a unified social credit code holds only digits and capital letters, not "-"');
  });

  it('a wrong check character names the one the first 17 characters give', () => {
    expect(errorOf(parseCreditCode('91500115MA5U7C4X1F'))).toBe(
      'the check character is F, but the first 17 characters give E: a character is mistyped',
    );
    expect(errorOf(parseCreditCode('91350100M000100Y44'))).toMatch(/the check character is 4, but the first 17 characters give 3/);
  });

  it('a wrong length is named with the length found', () => {
    expect(errorOf(parseCreditCode('91500115MA5U7C4X1'))).toBe('a unified social credit code has 18 characters (digits and capital letters but I, O, Z, S and V), this one 17');
    expect(errorOf(parseCreditCode('91500115MA5U7C4X1EE'))).toBe('a unified social credit code has 18 characters (digits and capital letters but I, O, Z, S and V), this one 19');
  });

  it('property: the check character of any 17 characters of the set is accepted, every other is not', () => {
    expect(CREDIT_CODE_CHARS).toBe(GB32100);
    const chars = [...GB32100];
    const first17 = fc.array(fc.constantFrom(...chars), { minLength: 17, maxLength: 17 }).map((a) => a.join(''));
    fc.assert(
      fc.property(first17, (prefix) => {
        const check = creditCodeCheck(prefix);
        expect(check).toBe(mod31(prefix));
        expect(parseCreditCode(prefix + check)).toBe(prefix + check);
        for (const other of chars) {
          if (other === check) continue;
          expect(errorOf(parseCreditCode(prefix + other))).toContain(`the first 17 characters give ${check}`);
        }
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------
// On the command line: a bad ID makes its own record invalid, and only that one

const AS_OF = '2020-06-30';
const tmp = suiteDir('subsidy-identity-');

interface JsonRecord {
  source: { file: string; line?: number };
  results: { program: string; status: string; amount: number | null }[] | null;
  errors: { field: string; value: unknown; message: string; line?: number }[];
}
interface JsonOut {
  records: JsonRecord[];
  summary: { records: number; evaluated: number; invalid: number };
}

describe('bad identity numbers on the command line', () => {
  it('YAML on standard input: the record with a bad worker_id (or credit code) is invalid, the others are evaluated', async () => {
    const yaml = [
      'case_id: ID-1', //                              1
      'type: placement', //                            2
      'records:', //                                   3
      '  - worker_id: "500115199001011238"', //        4
      '    enterprise_category: key', //               5
      '    contract_signed: 2020-02-20', //            6
      '  - enterprise_category: key', //               7
      '    worker_id: "500115199001011239"', //        8: wrong check character
      '    contract_signed: 2020-02-20', //            9
      '  - worker_id: "50010319920315002x"', //        10
      '    enterprise_category: key', //               11
      '    contract_signed: 2020-02-20', //            12
      '  - worker_id: "500115198506120048"', //        13
      '    agency_credit_code: "91500115MA5U7C4XIE"', // 14: I is not in the set
      '    enterprise_category: key', //               15
      '    contract_signed: 2020-02-20', //            16
      '',
    ].join('\n');
    const r = await runCli(['evaluate', '-', '--as-of', AS_OF, '--format', 'json'], yaml);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.summary).toMatchObject({ records: 4, evaluated: 2, invalid: 2 });
    const [a, bad, c, badCode] = out.records;
    for (const ok of [a!, c!]) {
      expect(ok.errors).toEqual([]);
      expect(ok.results!.find((x) => x.program === 'emergency')).toMatchObject({ status: 'eligible', amount: 600 });
    }
    expect(bad!.results ?? []).toEqual([]);
    expect(bad!.errors).toEqual([
      {
        field: 'worker_id',
        value: '500115199001011239',
        message: 'the check character is 9, but the first 17 digits give 8: a digit is mistyped',
        line: 8,
      },
    ]);
    expect(badCode!.results ?? []).toEqual([]);
    expect(badCode!.errors).toHaveLength(1);
    expect(badCode!.errors[0]).toMatchObject({ field: 'agency_credit_code', value: '91500115MA5U7C4XIE', line: 14 });
    expect(badCode!.errors[0]!.message).toMatch(/never holds the letters I, O, Z, S or V: is this I a 1\?/);
    expect(r.stderr).toContain('<stdin>:8: worker_id = "500115199001011239": the check character is 9, but the first 17 digits give 8');
    expect(r.stderr).toContain('<stdin>:14: agency_credit_code = "91500115MA5U7C4XIE"');
  });

  it('CSV (--jobs 0): the row with a bad worker_id is invalid at its line, the other rows are evaluated', async () => {
    const file = join(tmp, 'ids.csv');
    writeFileSync(
      file,
      [
        'worker_id,agency_credit_code,enterprise_category,contract_signed',
        '500115199001011238,91500115MA5U7C4X1E,key,2020-02-20', // line 2
        '11010519491231002X,91350100M000100Y43,electronics,2020-02-20', // line 3
        '110105491231002,91110000600037341L,key,2020-02-20', // line 4: 15 digits
        '440524188001010014,,key,2020-02-20', // line 5
        '',
      ].join('\n'),
    );
    const r = await runCli(['evaluate', file, '--type', 'placement', '--as-of', AS_OF, '--format', 'json', '--jobs', '0']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.summary).toMatchObject({ records: 4, evaluated: 3, invalid: 1 });
    expect(out.records.map((x) => x.source.line)).toEqual([2, 3, 4, 5]);
    for (const i of [0, 1, 3]) {
      expect(out.records[i]!.errors).toEqual([]);
      expect(out.records[i]!.results!.find((x) => x.program === 'emergency')).toMatchObject({ status: 'eligible', amount: 600 });
    }
    const bad = out.records[2]!;
    expect(bad.results ?? []).toEqual([]);
    expect(bad.errors).toEqual([
      {
        field: 'worker_id',
        value: '110105491231002',
        message: `a 15-digit ID number from before 1999: write its 18-digit form ${upgrade15('110105491231002')}`,
        line: 4,
      },
    ]);
    expect(r.stderr).toContain(`${file}:4: worker_id = "110105491231002": a 15-digit ID number from before 1999`);
  });
});
