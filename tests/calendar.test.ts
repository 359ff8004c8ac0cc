import { describe, expect, it } from 'vitest';
import { addMonths, isValidDate, todayInChina } from '../src/core/calendar.js';

describe('addMonths (民法典 articles 201-202)', () => {
  it('ends on the corresponding day N months later', () => {
    expect(addMonths('2020-02-25', 3)).toBe('2020-05-25');
    expect(addMonths('2020-02-20', 3)).toBe('2020-05-20');
  });
  it("ends on the month's last day when it has no corresponding day", () => {
    expect(addMonths('2020-01-31', 3)).toBe('2020-04-30');
    expect(addMonths('2019-11-30', 3)).toBe('2020-02-29');
    expect(addMonths('2020-11-30', 3)).toBe('2021-02-28');
    expect(addMonths('2020-08-31', 1)).toBe('2020-09-30');
  });
  it('crosses years', () => {
    expect(addMonths('2020-11-15', 3)).toBe('2021-02-15');
    expect(addMonths('2020-12-31', 12)).toBe('2021-12-31');
  });
});

describe('isValidDate', () => {
  it('knows leap years', () => {
    expect(isValidDate(2020, 2, 29)).toBe(true);
    expect(isValidDate(2019, 2, 29)).toBe(false);
    expect(isValidDate(1900, 2, 29)).toBe(false);
    expect(isValidDate(2000, 2, 29)).toBe(true);
  });
  it('rejects impossible days and months', () => {
    expect(isValidDate(2020, 2, 30)).toBe(false);
    expect(isValidDate(2020, 4, 31)).toBe(false);
    expect(isValidDate(2020, 13, 1)).toBe(false);
    expect(isValidDate(2020, 0, 1)).toBe(false);
  });
});

describe('todayInChina', () => {
  it('is the calendar date in UTC+8, whatever the machine time zone', () => {
    expect(todayInChina(new Date('2020-06-30T15:59:59Z'))).toBe('2020-06-30');
    expect(todayInChina(new Date('2020-06-30T16:00:00Z'))).toBe('2020-07-01');
  });
});
