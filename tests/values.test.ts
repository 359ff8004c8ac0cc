import { describe, expect, it } from 'vitest';
import { formatFen, Invalid, parseCategories, parseDate, parseGroups, parseMoney, type Parsed } from '../src/records/values.js';

const value = <T>(r: Parsed<T>) => (r instanceof Invalid ? `error: ${r.error}` : r);
const valid = (r: Parsed<unknown>) => !(r instanceof Invalid);

describe('parseDate', () => {
  it.each([
    ['2020-02-20', '2020-02-20'],
    ['2020/2/20', '2020-02-20'],
    ['2020年2月20日', '2020-02-20'],
    ['2020-2-5', '2020-02-05'],
    [' 2020.12.01 ', '2020-12-01'],
  ])('reads %s', (raw, expected) => {
    expect(value(parseDate(raw))).toBe(expected);
  });
  it('rejects days that do not exist', () => {
    expect(value(parseDate('2020-02-30'))).toBe('error: 2020-02-30 is not a date on the calendar');
    expect(valid(parseDate('2019-02-29'))).toBe(false);
    expect(valid(parseDate('2020年13月1日'))).toBe(false);
  });
  it('takes years from 1900 to 2099 only: a year of five digits would sort as text before 2020', () => {
    expect(value(parseDate('1900-01-01'))).toBe('1900-01-01');
    expect(value(parseDate('2099-12-31'))).toBe('2099-12-31');
    expect(value(parseDate('1899-12-31'))).toBe('error: 1899-12-31: the year 1899 is out of range; dates from 1900 to 2099 are accepted');
    expect(value(parseDate('2100/1/1'))).toBe('error: 2100/1/1: the year 2100 is out of range; dates from 1900 to 2099 are accepted');
    expect(value(parseDate('9999-10-01'))).toContain('the year 9999 is out of range');
    expect(value(parseDate('10000-01-01'))).toBe('error: 10000-01-01: the year 10000 is out of range; dates from 1900 to 2099 are accepted');
    expect(value(parseDate('20200年2月1日'))).toContain('the year 20200 is out of range');
  });
  it('rejects other forms, saying which are accepted', () => {
    expect(value(parseDate('20/02/2020'))).toContain('2020/2/20');
    expect(valid(parseDate(20200220))).toBe(false);
  });
});

describe('parseMoney', () => {
  it.each([
    ['1000', 100000],
    ['999.99', 99999],
    ['1,000.01', 100001],
    ['150,000', 15000000],
    ['0.5', 50],
    ['¥600', 60000],
    ['600元', 60000],
    [1000.01, 100001],
    [149999.99, 14999999],
    [0, 0],
  ])('reads %s as %i fen', (raw, fen) => {
    expect(value(parseMoney(raw))).toBe(fen);
  });
  it('rejects negatives', () => {
    expect(value(parseMoney('-5'))).toBe('error: an amount must not be negative');
    expect(value(parseMoney(-5))).toBe('error: an amount must not be negative');
  });
  it('rejects a third decimal', () => {
    expect(value(parseMoney('1.005'))).toBe('error: an amount has at most two decimals (fen)');
    expect(value(parseMoney(1.005))).toBe('error: an amount has at most two decimals (fen)');
  });
  it('rejects misplaced separators and words', () => {
    expect(valid(parseMoney('1,00'))).toBe(false);
    expect(valid(parseMoney('12,3456'))).toBe(false);
    expect(valid(parseMoney('abc'))).toBe(false);
    expect(valid(parseMoney(''))).toBe(false);
  });
  it('formats fen back to yuan exactly', () => {
    expect(formatFen(99999)).toBe('999.99');
    expect(formatFen(5)).toBe('0.05');
    expect(formatFen(15000000)).toBe('150000.00');
  });
});

describe('categories and groups', () => {
  it('maps Chinese names and splits several values', () => {
    expect(value(parseCategories('重点企业'))).toEqual(['key']);
    expect(value(parseCategories('key;electronics'))).toEqual(['key', 'electronics']);
    expect(value(parseCategories('重点企业、电子企业'))).toEqual(['key', 'electronics']);
    expect(value(parseCategories(['electronics', '其他']))).toEqual(['electronics', 'other']);
  });
  it('rejects an unknown category, listing the allowed ones', () => {
    const r = value(parseCategories('国有企业'));
    expect(r).toContain('error: unknown enterprise category "国有企业"');
    expect(r).toContain('key, electronics, other');
  });
  it('keeps unknown groups as written (groups are open-ended)', () => {
    expect(value(parseGroups('建档立卡贫困家庭成员'))).toEqual(['poverty_registered']);
    expect(value(parseGroups('农民工;退役军人'))).toEqual(['migrant_worker', 'veteran']);
    expect(value(parseGroups('disabled_person'))).toEqual(['disabled_person']);
  });
});
