import { describe, expect, it } from 'vitest';
import { abbreviate, displayWidth, wrapText } from '../src/io/width.js';

describe('wrapping and abbreviating by display width', () => {
  it('breaks Chinese text between characters, English at spaces, never past the width', () => {
    const zh = wrapText('逐条记录、逐个项目比较申领金额(claimed_<项目>)与规则核定金额:相符、多领', 20);
    expect(zh.length).toBeGreaterThan(2);
    for (const l of zh) expect(displayWidth(l)).toBeLessThanOrEqual(20);
    expect(zh.join('')).toBe('逐条记录、逐个项目比较申领金额(claimed_<项目>)与规则核定金额:相符、多领');
    const en = wrapText('employed 6 months from placement_date (through end_date)', 15);
    expect(en).toEqual(['employed 6', 'months from', 'placement_date', '(through', 'end_date)']);
  });

  it('cuts a word wider than the line, and keeps the lines of the text', () => {
    expect(wrapText('abcdefghijklmnopqrstuvwxyz', 10)).toEqual(['abcdefghij', 'klmnopqrst', 'uvwxyz']);
    expect(wrapText('one\ntwo', 10)).toEqual(['one', 'two']);
  });

  it('abbreviates with an ellipsis within the width, counting CJK as two columns', () => {
    expect(abbreviate('重庆市渝中区某某公司', 9)).toBe('重庆市渝…');
    expect(displayWidth(abbreviate('重庆市渝中区某某公司', 9))).toBeLessThanOrEqual(9);
    expect(abbreviate('hello world', 6)).toBe('hello…');
    expect(abbreviate('short', 6)).toBe('short');
  });
});
