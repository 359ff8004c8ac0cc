import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressLine } from '../src/app/progress.js';
import { say } from '../src/app/run-messages.js';
import { helpLang } from '../src/cli/help.js';
import { commanderErrorIn } from '../src/cli/commander-errors.js';
import { displayWidth } from '../src/io/width.js';
import { hireBatch } from './helpers/ledger.js';
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
    expect(commanderErrorIn("option '--mask-ids' cannot be used with option '--no-mask'", 'zh')).toBe('选项 --mask-ids 不能与选项 --no-mask 同时使用');
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

describe('--lang zh: ledger output, fatal errors of inputs and rules', () => {
  it('ledger record says what it recorded, and that a batch is already in, in Chinese', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'subsidy-zh-'));
    try {
      const db = join(dir, 'ledger.db');
      const feb = hireBatch(dir, 'feb.csv', 0, 3);
      const args = ['ledger', 'record', feb, '--ledger', db, '--batch', '2020-02', '--as-of', '2020-06-30', '--quiet', '--lang', 'zh'];
      const first = await runCli(args);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/^批次 2020-02\(截至 2020-06-30\)已在台账 .*ledger\.db 中记录 3 笔发放\n {2}补贴: 18,000\.00 元 \(hiring 3: 18,000\.00\)\n$/);
      const again = await runCli(args);
      expect(again.stdout).toMatch(/^批次 2020-02 已在台账 .* 中\(记录于 .*,截至 2020-06-30,3 笔发放\):未记录任何内容\n$/);
      const stats = await runCli(['ledger', 'stats', '--ledger', db], '', { LANG: 'zh_CN.UTF-8' }, { stdout: true });
      expect(stats.stdout).toContain('\n补贴按项目合计(净额 18,000.00 元):\n');
      const en = await runCli(['ledger', 'stats', '--ledger', db], '', {}, { stdout: true });
      expect(en.stdout).toContain('\ngrants by program (net 18,000.00 yuan):\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a YAML case file that does not parse: where, and how to fix it, in Chinese; in English as before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'subsidy-zh-'));
    try {
      const file = join(dir, 'bad.yaml');
      writeFileSync(file, 'records:\n  - a: 1\n   b: 2\n');
      const zh = await runCli(['evaluate', file, '--lang', 'zh']);
      expect(zh.code).toBe(4);
      expect(zh.stderr).toBe(`subsidy: ${file}:3:1:YAML 无效:Sequence item without - indicator;请修改该处的缩进或引号\n`);
      const en = await runCli(['evaluate', file]);
      expect(en.stderr).toBe(`subsidy: ${file}:3:1: invalid YAML: Sequence item without - indicator; fix the file's indentation or quoting there\n`);
      const mapping = join(dir, 'mapping.yaml');
      writeFileSync(mapping, 'a: 1\n');
      expect((await runCli(['evaluate', mapping, '--lang', 'zh'])).stderr).toMatch(/;实为没有 records 的映射\n$/);
      const twice = join(dir, 'twice.yaml');
      writeFileSync(twice, 'type: hire\nrecords:\n  - worker_id: "500229199707070030"\n    worker_id: "500102198309090079"\n');
      expect((await runCli(['evaluate', twice, '--lang', 'zh'])).stderr).toBe(`subsidy: ${twice}:4:5:YAML 无效:同一映射中的键 "worker_id" 重复给出(第一次在第 3 行);请只保留一个\n`);
      expect((await runCli(['evaluate', twice])).stderr).toBe(`subsidy: ${twice}:4:5: invalid YAML: the key "worker_id" is given twice in one mapping (first on line 3); keep one\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a bad --param, and a rules pack that is not YAML (its line and column kept), in Chinese', async () => {
    const unknown = await runCli(['evaluate', 'examples/batch-mixed.csv', '--param', 'recruitment_amont=500', '--lang', 'zh']);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr.startsWith('subsidy: --param recruitment_amont=500:未知参数 "recruitment_amont"(是否想写 recruitment_amount?)。已知参数:recruitment_amount (money), ')).toBe(true);
    // A value's own reason is Chinese too, as the record's values' are.
    for (const [param, reason] of [
      ['organization_cap=abc', '应为以元计的金额,如 1000、1,000.50、999.99、¥1000 或 1000元'],
      ['min_retention_months=-1', '应为整数,如 3'],
      ['placement_enterprise_categories=foo', '未知的企业类别“foo”'],
      ['startup_groups=none', '无(none)不是人员类别'],
    ]) {
      const bad = await runCli(['evaluate', 'examples/batch-mixed.csv', '--param', param!, '--lang', 'zh']);
      expect(bad.code).toBe(3);
      expect(bad.stderr).toContain(`:${reason}`);
      expect(bad.stderr).not.toMatch(/expected|allowed|is no group/);
    }
    const form = await runCli(['evaluate', 'examples/batch-mixed.csv', '--param', 'nonsense', '--lang', 'zh']);
    expect(form.stderr).toBe('subsidy: --param nonsense:请写成 名称=值(例如 --param recruitment_amount=500)\n');
    const dir = mkdtempSync(join(tmpdir(), 'subsidy-zh-'));
    try {
      const pack = join(dir, 'pack.yaml');
      writeFileSync(pack, 'pack: x\nprograms:\n  - id: a\n   b: 1\n');
      const rules = await runCli(['evaluate', 'examples/batch-mixed.csv', '--rules', pack, '--lang', 'zh']);
      expect(rules.code).toBe(3);
      expect(rules.stderr).toMatch(new RegExp(`^subsidy: 规则无效:${pack.replace(/[.\\]/g, '\\$&')}:4:\\d+: 不是有效的 YAML\\(.+\\);请修改该处的缩进或引号\\n$`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says why a line is not JSON, and a CSV quote never closed, in Chinese: no English sentence is left', async () => {
    const lines = [
      '{"type":"hire","a":"x\\q"}', // an invalid escape
      '{"type":"hire","b":1.}', // no digit after the point
      '{"type":"hire","b":1e}', // no digit in the exponent
      '{"type":"hire","b":-}', // a number that ends too soon
      '{"type":"hire"} x', // after the record
      '{"type":"hire",}', // a } after a comma
      '{"type" "hire"}', // a colon wanted
      '{type:"hire"}', // a key in double quotes wanted
      '{"type":"hire" "x":1}', // a comma wanted
      '{"a":"\\u12"}', // \u and too few hex digits
      '{"a":[1,2}', // a comma or ] wanted
      'not json',
      '[1,2]',
      '{"type":"bogus"}',
      '{"type":"hire",', // the line ends inside the mapping
    ];
    const run = await runCli(['evaluate', '-', '--input-format', 'ndjson', '--lang', 'zh', '--format', 'csv', '--as-of', '2020-06-30'], `${lines.join('\n')}\n`);
    const said = run.stderr.split('\n').filter((l) => l.startsWith('<stdin>:'));
    expect(said).toHaveLength(lines.length);
    for (const line of said) expect(line.replace(/^<stdin>:\d+: [^=]*= ".*": /, '')).not.toMatch(/\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\b/);
    expect(said[0]).toMatch(/不是 JSON:字符串中有无效的转义 "\\\\q";反斜杠请写作 \\\\\(第 \d+ 列\)$/);
    const csv = await runCli(['evaluate', '-', '--input-format', 'csv', '--lang', 'zh'], 'type,worker_id\nhire,"5002\nhire,1\n');
    expect(csv.code).toBe(4);
    expect(csv.stderr).toBe('subsidy: <stdin>:2:引号括起的字段没有结束(有一个不成对的 ");请补上或删去该引号\n');
    // A type cell left empty says so, rather than that its type is unknown.
    const untyped = 'type,worker_id,contract_signed\n,500229199707070030,2020-03-01\n';
    const [zh, en] = await Promise.all(['zh', 'en'].map((lang) => runCli(['evaluate', '-', '--input-format', 'csv', '--lang', lang, '-f', 'csv', '--jobs', '0'], untyped)));
    expect(zh!.stderr).toContain('<stdin>:2: type = "": 记录没有类型:请填写类型单元格,或使用 --type');
    expect(en!.stderr).toContain('<stdin>:2: type = "": the record has no type; fill in its type cell, or pass --type');
  });

  it('--type takes a record type by its Chinese name, as the type column does; another name is a usage error', async () => {
    const csv = 'worker_id,worker_group,contract_signed\n500229199707070030,建档立卡贫困家庭成员,2020-03-01\n';
    const run = (type: string) => runCli(['evaluate', '-', '--input-format', 'csv', '--type', type, '--as-of', '2020-06-30', '--format', 'csv'], csv);
    const [zh, en] = await Promise.all([run('吸纳就业'), run('hire')]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toBe(en.stdout);
    expect(zh.stdout).toContain('eligible,6000.00');
    const bad = await run('雇佣');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--type 雇佣: use one of placement, hire, startup, 送工, 吸纳就业, 创业');
    const twice = await runCli(['evaluate', '-', '--input-format', 'json', '--lang', 'zh'], '{"case_id":"A","type":"hire","records":[],"records":[]}');
    // Valid JSON, but not a case: said so, not as invalid JSON.
    expect(twice).toMatchObject({ code: 4, stderr: 'subsidy: <stdin>:1:43:案件中 "records" 重复给出(第一次在第 1 行);请只保留一个记录列表\n' });
  });

  it('a CSV header that does not fit --type, in Chinese (the English unchanged)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'subsidy-zh-'));
    try {
      const file = join(dir, 'placements.csv');
      writeFileSync(file, 'agency_name,agency_id,worker_id,placement_date\nA,1,2,2020-02-20\n');
      const zh = await runCli(['evaluate', file, '--type', 'startup', '--lang', 'zh']);
      expect(zh.code).toBe(4);
      expect(zh.stderr).toBe(`subsidy: ${file}:1:给出了 --type startup,但表头没有 applicant_id 列,看起来是 placement 记录(有 worker_id);请用 --type placement\n`);
      const en = await runCli(['evaluate', file, '--type', 'startup']);
      expect(en.stderr).toBe(`subsidy: ${file}:1: --type startup, but the header has no applicant_id column and looks like placement records (it has worker_id); use --type placement\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
