import { describe, expect, it } from 'vitest';
import { progressLine } from '../src/app/progress.js';
import { say } from '../src/app/run-messages.js';
import { helpLang } from '../src/cli/help.js';
import { commanderErrorIn } from '../src/cli/commander-errors.js';
import { displayWidth } from '../src/io/width.js';
import { runCli } from './helpers/run.js';

const CJK = /[\u4e00-\u9fff]/;

describe('--lang zh: errors', () => {
  it('a fatal error in Chinese, with its exit code; in English without --lang', async () => {
    const zh = await runCli(['evaluate', 'no-such-file.csv', '--lang', 'zh']);
    expect(zh.code).toBe(4);
    expect(zh.stderr).toBe('subsidy: no-such-file.csv:无法读取:文件不存在;请检查路径\n');
    const en = await runCli(['evaluate', 'no-such-file.csv']);
    expect(en.code).toBe(4);
    expect(en.stderr).toBe('subsidy: no-such-file.csv: cannot read it: no such file; check the path\n');
  });

  it('a zh locale is enough, and --lang en wins over it', async () => {
    const zh = await runCli(['evaluate', 'claims.xls'], '', { LANG: 'zh_CN.UTF-8' });
    expect(zh.code).toBe(4);
    expect(zh.stderr).toMatch(/^subsidy: claims\.xls:无法从文件名判断格式/);
    const en = await runCli(['evaluate', 'claims.xls', '--lang', 'en'], '', { LANG: 'zh_CN.UTF-8' });
    expect(en.stderr).toMatch(/cannot tell its format/);
  });

  it('usage errors: our option checks and commander\'s own, in Chinese', async () => {
    const jobs = await runCli(['evaluate', 'x.csv', '--jobs', '99', '--lang', 'zh']);
    expect(jobs.code).toBe(2);
    expect(jobs.stderr).toBe('subsidy: --jobs 99:请用 0 到 64 之间的整数\n');
    const unknown = await runCli(['evaluate', 'x.csv', '--bogus', '--lang', 'zh']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('subsidy: 未知选项 --bogus (参见 subsidy evaluate --help)\n');
    const missing = await runCli(['ledger', 'void', 'b1', '--lang', 'zh']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('未给出必需的选项 --reason <text>');
    expect(commanderErrorIn("unknown option '--x'\n(Did you mean --y?)", 'zh')).toBe('未知选项 --x\n(是否想用 --y?)');
  });
});

describe('--lang zh: what a run says', () => {
  it('the summary line, counts with thousands separators', async () => {
    const run = await runCli(['evaluate', 'examples/batch-mixed.csv', '--as-of', '2020-06-30', '--format', 'json', '--lang', 'zh', '--jobs', '0']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^9 条记录:8 条已评估,1 条无效;补贴合计 [\d,.]+ 元,贷款合计 [\d,.]+ 元$/m);
    const counts = { evaluated: 1_134_000, invalid: 248, duplicates: 2, grants: '1,000.00', loans: '0.00' };
    expect(say('summary', { records: 1_134_248, ...counts }).text('zh')).toMatch(/^1,134,248 条记录:1,134,000 条已评估,248 条无效,2 项重复申领;/);
  });

  it('English plurals: 1 record, 2 records, 1 duplicate claim', () => {
    const one = say('summary', { records: 1, evaluated: 1, invalid: 0, duplicates: 1, grants: '0.00', loans: '0.00' }).text('en');
    expect(one).toBe('1 record: 1 evaluated, 0 invalid, 1 duplicate claim; grants 0.00 yuan, loans 0.00 yuan');
    const many = say('summary', { records: 1_134_248, evaluated: 2, invalid: 0, duplicates: 3, grants: '0.00', loans: '0.00' }).text('en');
    expect(many).toMatch(/^1,134,248 records: 2 evaluated, 0 invalid, 3 duplicate claims;/);
    const verdicts = [{ count: 1, en: 'match', zh: '一致' }];
    expect(say('auditSummary', { records: 1, evaluated: 1, invalid: 0, duplicates: 0, items: 1, verdicts, claimed: '1.00', computed: '1.00' }).text('en')).toMatch(
      /^1 record: 1 audited, 0 invalid; 1 item: 1 match;/,
    );
    expect(say('moreInvalid', { errors: undefined }).text('zh')).toContain('--errors');
  });

  it('the progress line in Chinese, its counts separated, within the terminal at 40, 80 and 160 columns', () => {
    const zh = progressLine(1_234_567, 50_000, 50, 100, '', 'zh', 80);
    expect(zh).toMatch(/^\[█+░+\] 1,234,567 行 · 每秒 50,000 行 · 50%$/);
    expect(progressLine(1, 1, 1, undefined, '', 'en', 80)).toBe('1 row · 1 rows/s');
    for (const columns of [40, 80, 160]) {
      for (const lang of ['zh', 'en'] as const) {
        const label = lang === 'zh' ? '首遍读取,查找重复的身份证号' : 'first pass, for repeated ID numbers';
        const line = progressLine(12_345_678, 987_654, 3, 7, label, lang, columns);
        expect(displayWidth(line)).toBeLessThan(columns);
        if (columns >= 80) expect(line).toContain('%');
      }
    }
  });
});

describe('--help in Chinese', () => {
  it('the language of help: --lang in argv (either form), else the locale', () => {
    expect(helpLang(['evaluate', '--help', '--lang', 'zh'], {})).toBe('zh');
    expect(helpLang(['--lang=zh', '--help'], {})).toBe('zh');
    expect(helpLang(['--help'], { LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(helpLang(['--help', '--lang', 'en'], { LC_ALL: 'zh_CN.UTF-8' })).toBe('en');
    expect(helpLang(['--help'], { LANG: 'C' })).toBe('en');
  });

  it('its first lines in Chinese with --lang zh or a zh locale', async () => {
    const top = await runCli(['--lang', 'zh', '--help']);
    expect(top.code).toBe(0);
    expect(top.stdout.split('\n').slice(0, 3)).toEqual(['用法: subsidy [选项] [命令]', '', '重庆 2020 年返岗复工补贴:谁应得哪一项、多少、为什么。']);
    const evaluate = await runCli(['evaluate', '--help'], '', { LANG: 'zh_CN.UTF-8' });
    expect(evaluate.stdout.split('\n')[0]).toBe('用法: subsidy evaluate [选项] <files...>');
    const en = await runCli(['evaluate', '--help']);
    expect(en.stdout.split('\n')[0]).toBe('Usage: subsidy evaluate [options] <files...>');
  });

  it('every command, argument and option described in Chinese, within 80 columns', async () => {
    const commands = [[], ['evaluate'], ['audit'], ['schema'], ['template'], ['rules'], ['rules', 'list'], ['rules', 'show'], ['rules', 'validate'], ['ledger'], ...['record', 'void', 'show', 'list', 'stats', 'batches', 'export'].map((c) => ['ledger', c])];
    for (const command of commands) {
      const { stdout } = await runCli([...command, '--help', '--lang', 'zh']);
      const items = stdout.split('\n').filter((l) => /^ {2}\S/.test(l));
      expect(items.length).toBeGreaterThan(0);
      // Each item's description (after the term and two spaces) has Chinese in it.
      for (const item of items) expect(item.trim().split(/ {2,}/)[1] ?? '', `${command.join(' ')}: ${item}`).toMatch(CJK);
      for (const line of stdout.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    }
  });
});
