import { describe, expect, it } from 'vitest';
import { catalogue, count, counted } from '../src/i18n/messages.js';
import { InputError, EXIT } from '../src/errors.js';

const say = catalogue({
  noFile: { en: (p: { file: string }) => `${p.file}: no such file`, zh: (p) => `${p.file}:文件不存在` },
  plain: { en: () => 'nothing given', zh: () => '未给出' },
});

describe('message catalogue', () => {
  it('renders a message in either language, with its parameters', () => {
    const m = say('noFile', { file: 'a.csv' });
    expect(m.key).toBe('noFile');
    expect(m.text('en')).toBe('a.csv: no such file');
    expect(m.text('zh')).toBe('a.csv:文件不存在');
    expect(say('plain').text('zh')).toBe('未给出');
  });

  it('errors carry a message: English as their message, the run\'s language on demand', () => {
    const e = new InputError(say('noFile', { file: 'b.csv' }));
    expect(e.message).toBe('b.csv: no such file');
    expect(e.text('zh')).toBe('b.csv:文件不存在');
    expect(e.exitCode).toBe(EXIT.input);
    expect(new InputError('plain').text('zh')).toBe('plain');
  });

  it('counts have thousands separators and English plurals', () => {
    expect(count(1134248)).toBe('1,134,248');
    expect(count(999)).toBe('999');
    const record = { one: 'record', zh: '条记录' };
    expect(counted(1, 'en', record)).toBe('1 record');
    expect(counted(2, 'en', record)).toBe('2 records');
    expect(counted(0, 'en', record)).toBe('0 records');
    expect(counted(1000000, 'zh', record)).toBe('1,000,000 条记录');
    expect(counted(2, 'en', { one: 'duplicate claim', zh: '项重复申领' })).toBe('2 duplicate claims');
  });
});

it('checks keys and parameters when compiled', () => {
  // @ts-expect-error an unknown key
  say('nope');
  // @ts-expect-error a missing parameter
  say('noFile');
  // @ts-expect-error a wrong parameter
  say('noFile', { name: 'x' });
  const typed = catalogue({ k: { en: (p: { n: number }) => String(p.n), zh: (p) => p.n.toFixed(1) } });
  expect(typed('k', { n: 2 }).text('zh')).toBe('2.0');
});
