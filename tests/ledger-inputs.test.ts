/**
 * The ledger on SQLite, through the command line in this process: what makes a batch ID recorded
 * again the same inputs (the files' contents, however their paths are spelled), a ledger of
 * schema 1 read as it is and migrated by the next write, and the faults of where a ledger is (a
 * folder that does not exist, a folder, another application's database, a blank
 * SUBSIDY_LEDGER, a PostgreSQL server that does not answer), said in the run's language.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { basename, join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { hireBatch, person } from './helpers/ledger.js';
import { runCli } from './helpers/run.js';
import { suiteDirs } from './helpers/temp.js';

const newDir = suiteDirs('subsidy-ledger-inputs-');
const AS_OF = ['--as-of', '2020-06-30'];

const record = (files: string | string[], db: string, batch: string, ...more: string[]) =>
  runCli(['ledger', 'record', ...[files].flat(), '--ledger', db, '--batch', batch, ...AS_OF, '--quiet', ...more]);
const live = (db: string) => (new Database(db, { readonly: true }).prepare(`SELECT COUNT(*) AS n FROM entries WHERE entry = 'payment' AND voided_at IS NULL`).get() as { n: number }).n;
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const md5 = (file: string) => createHash('md5').update(readFileSync(file)).digest('hex');
const schemaOf = (db: string) => (new Database(db, { readonly: true }).prepare('SELECT version FROM ledger_schema').get() as { version: number }).version;

function setup() {
  const dir = newDir();
  return { dir, db: join(dir, 'ledger.db'), feb: hireBatch(dir, 'feb.csv', 0, 2) };
}

/** A new valid hire row at the end of a batch file: its content changes, its name does not. */
const appendHire = (file: string, i: number) => appendFileSync(file, `hire,feb,重庆长寿电子科技有限公司,worker ${i},${person(i)},poverty_registered,2020-03-01\n`);

describe('a batch ID recorded again', () => {
  it('for a file whose content changed is refused, naming the file and its hashes (exit 1, nothing recorded), in both languages', async () => {
    const { db, feb } = setup();
    expect((await record(feb, db, '2020-02')).code).toBe(0);
    const before = sha256(feb);
    appendHire(feb, 7);
    const r = await record(feb, db, '2020-02');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `subsidy: batch ID 2020-02 was used for other inputs in ledger ${db} (recorded ${r.stderr.match(/recorded (\S+),/)![1]}, as of 2020-06-30, 2 payments; content of ${feb} changed (SHA-256 ${before.slice(0, 12)}… then, ${sha256(feb).slice(0, 12)}… now)): nothing recorded; pick a new batch ID\n`,
    );
    const zh = await record(feb, db, '2020-02', '--lang', 'zh');
    expect(zh.code).toBe(1);
    expect(zh.stderr).toMatch(new RegExp(`^subsidy: 批次编号 2020-02 已在台账 .* 中用于其他输入\\(.*;.*feb\\.csv 的内容已变\\(SHA-256:当时 ${before.slice(0, 12)}…,现在 ${sha256(feb).slice(0, 12)}…\\)\\):未记录任何内容;请另选批次编号\n$`));
    const json = await record(feb, db, '2020-02', '--report', 'json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).other_inputs).toEqual([`content of ${feb} changed (SHA-256 ${before.slice(0, 12)}… then, ${sha256(feb).slice(0, 12)}… now)`]);
    expect(live(db)).toBe(2);
    // A new batch ID records it: the new row only.
    const next = await record(feb, db, '2020-02b');
    expect([next.code, live(db)]).toEqual([1, 3]);
  });

  it('for the same content is the same input however its path is spelled (exit 0), the paths shown', async () => {
    const { dir, db, feb } = setup();
    expect((await record(feb, db, '2020-02')).code).toBe(0);
    const spellings = [`${dir}/./feb.csv`, `${dir}/../${basename(dir)}/feb.csv`, relative(process.cwd(), feb)];
    for (const spelled of spellings) {
      const r = await record(spelled, db, '2020-02');
      expect(r.code, `${spelled}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^batch 2020-02 is already in ledger .*\\(recorded .*, as of 2020-06-30, 2 payments; files ${feb.replace(/[.]/g, '\\.')} then, .*feb\\.csv now: the same content\\): nothing recorded\n$`));
      expect(r.stdout).toContain(spelled);
    }
    const zh = await record(spellings[0]!, db, '2020-02', '--lang', 'zh');
    expect(zh.stdout).toMatch(/^批次 2020-02 已在台账 .* 中\(记录于 .*,截至 2020-06-30,2 笔发放;文件:当时 .*feb\.csv,现在 .*\/\.\/feb\.csv,内容相同\):未记录任何内容\n$/);
    // A copy under another name holds the same content: the same input too.
    copyFileSync(feb, join(dir, 'copy.csv'));
    expect((await record(join(dir, 'copy.csv'), db, '2020-02')).code).toBe(0);
    // The same files in another order, or one file more, are other inputs.
    const [a, b] = [hireBatch(dir, 'a.csv', 20, 22), hireBatch(dir, 'b.csv', 30, 32)];
    expect((await record([a, b], db, 'two')).code).toBe(0);
    expect((await record([b, a], db, 'two')).stderr).toContain(`files ${a}, ${b} then, ${b}, ${a} now`);
    expect((await record([a, b, b], db, 'two')).code).toBe(1);
    expect(live(db)).toBe(6);
  });

  it('keeps the SHA-256 of each file in the batch row, and ledger batches shows them', async () => {
    const { dir, db, feb } = setup();
    const mar = hireBatch(dir, 'mar.csv', 5, 7);
    await record([feb, mar], db, 'b');
    const [row] = JSON.parse((await runCli(['ledger', 'batches', '--ledger', db, '--format', 'json'])).stdout);
    expect(row).toMatchObject({ batch: 'b', files: [feb, mar], file_sha256: [sha256(feb), sha256(mar)] });
    const csv = (await runCli(['ledger', 'batches', '--ledger', db, '--format', 'csv'])).stdout;
    expect(csv.split('\n')[0]).toBe('batch,as_of,payments,recorded_at,voided_at,void_reason,files,pack,pack_version,params_hash,file_sha256,read_options');
    expect(csv).toContain(`"${sha256(feb)}\n${sha256(mar)}"`);
  });
});

describe('a ledger of schema 1 (before files were hashed)', () => {
  /** A ledger as version 1 wrote it: its batches without file_sha256 and read_options. */
  async function oldLedger() {
    const s = setup();
    await record(s.feb, s.db, '2020-02');
    const d = new Database(s.db);
    d.exec('ALTER TABLE batches DROP COLUMN file_sha256; ALTER TABLE batches DROP COLUMN read_options; UPDATE ledger_schema SET version = 1');
    d.close();
    return s;
  }

  it('is read as it is, and left as it was', async () => {
    const { dir, db } = await oldLedger();
    const before = md5(db);
    const mar = hireBatch(dir, 'mar.csv', 1, 3);
    const json = JSON.parse((await runCli(['evaluate', mar, '--ledger', db, '--format', 'json', ...AS_OF, '--quiet'])).stdout);
    expect(json.records.map((r: { results: { status: string }[] }) => r.results[0]!.status)).toEqual(['ineligible', 'eligible']);
    const [row] = JSON.parse((await runCli(['ledger', 'batches', '--ledger', db, '--format', 'json'])).stdout);
    expect(row).toMatchObject({ batch: '2020-02', file_sha256: null });
    expect((await record(mar, db, '2020-03', '--dry-run')).stdout).toContain('would record 1 payment');
    expect(md5(db)).toBe(before);
    expect(schemaOf(db)).toBe(1);
  });

  it('is migrated by the next record: its batches compared by file name, as written, and said so', async () => {
    const { dir, db, feb } = await oldLedger();
    const same = await record(feb, db, '2020-02');
    expect(same.code, same.stderr).toBe(0);
    expect(same.stdout).toMatch(/^batch 2020-02 is already in ledger .*, 2 payments; its files compared by name only, and not the options they were read with: it was recorded before subsidy kept the SHA-256 of each file and its reading options\): nothing recorded\n$/);
    expect(schemaOf(db)).toBe(2);
    expect(new Database(db, { readonly: true }).prepare('SELECT file_sha256 FROM batches').all()).toEqual([{ file_sha256: null }]);
    const zh = await record(feb, db, '2020-02', '--lang', 'zh');
    expect(zh.stdout).toContain(';只按文件名比较,未比较读取选项:记录该批次时 subsidy 尚未保存各文件的 SHA-256 及读取选项)');
    const other = await record(`${dir}/./feb.csv`, db, '2020-02');
    expect(other.code).toBe(1);
    expect(other.stderr).toContain(`files ${feb} then, ${dir}/./feb.csv now`);
    expect((await record(hireBatch(dir, 'mar.csv', 5, 6), db, '2020-03')).code).toBe(0);
    const rows = JSON.parse((await runCli(['ledger', 'batches', '--ledger', db, '--format', 'json'])).stdout);
    expect(rows.map((b: { file_sha256: string[] | null }) => b.file_sha256)).toEqual([null, [sha256(join(dir, 'mar.csv'))]]);
  });

  it('is recorded again only from files that can be read: a missing one is exit 4, as for any batch', async () => {
    const { db, feb } = await oldLedger();
    rmSync(feb);
    const r = await record(feb, db, '2020-02');
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(`${feb}: cannot read it`);
  });

  it('is migrated by a void too', async () => {
    const { db } = await oldLedger();
    expect((await runCli(['ledger', 'void', '2020-02', '--reason', 'r', '--ledger', db])).code).toBe(0);
    expect(schemaOf(db)).toBe(2);
  });
});

describe('where an SQLite ledger is', () => {
  it('in a folder that does not exist: recording says so, naming the folder (exit 4, nothing made), in both languages', async () => {
    const { dir, feb } = setup();
    const db = join(dir, 'nope', 'l.db');
    for (const more of [[], ['--dry-run']]) {
      const r = await record(feb, db, '2020-02', ...more);
      expect(r.code, more.join(' ')).toBe(4);
      expect(r.stderr).toBe(`subsidy: ledger ${db}: its folder ${join(dir, 'nope')} does not exist: create the folder first, or check the path\n`);
    }
    const zh = await record(feb, db, '2020-02', '--lang', 'zh');
    expect(zh.stderr).toBe(`subsidy: 台账 ${db}:所在文件夹 ${join(dir, 'nope')} 不存在:请先创建该文件夹,或检查路径\n`);
    // Under a file, as under no folder.
    expect((await record(feb, join(feb, 'l.db'), '2020-02')).stderr).toContain(`its folder ${feb} does not exist`);
    expect(existsSync(join(dir, 'nope'))).toBe(false);
  });

  it('is a folder: said so, reading or writing (exit 4)', async () => {
    const { dir, feb } = setup();
    const folder = join(dir, 'sub');
    mkdirSync(folder);
    for (const args of [['ledger', 'record', feb, '--batch', 'b', ...AS_OF], ['ledger', 'record', feb, '--batch', 'b', '--dry-run', ...AS_OF], ['ledger', 'list'], ['evaluate', feb, ...AS_OF], ['ledger', 'void', 'b', '--reason', 'r']]) {
      const r = await runCli([...args, '--ledger', folder]);
      expect(r.code, args.join(' ')).toBe(4);
      expect(r.stderr).toBe(`subsidy: ledger ${folder}: is a folder, not a file: name a ledger file, such as ${join(folder, 'ledger.db')}\n`);
    }
    expect(readdirSync(folder)).toEqual([]);
    expect((await runCli(['ledger', 'list', '--ledger', folder, '--lang', 'zh'])).stderr).toBe(`subsidy: 台账 ${folder}:是文件夹,不是文件:请给出台账文件,例如 ${join(folder, 'ledger.db')}\n`);
  });

  it("is another application's database: refused, reading or writing, and left as it was (exit 4); an empty file becomes a ledger", async () => {
    const { dir, feb } = setup();
    const other = join(dir, 'app.db');
    const d = new Database(other);
    d.exec('CREATE TABLE customers (id INTEGER); CREATE TABLE orders (id INTEGER); CREATE VIEW big AS SELECT * FROM orders');
    d.close();
    const before = md5(other);
    // A folder's time changes when a file is made in it (a journal), even if it is removed again.
    const folderTime = statSync(dir).mtimeMs;
    for (const args of [['ledger', 'record', feb, '--batch', 'b', ...AS_OF], ['ledger', 'record', feb, '--batch', 'b', '--dry-run', ...AS_OF], ['ledger', 'list'], ['ledger', 'batches'], ['evaluate', feb, ...AS_OF]]) {
      const r = await runCli([...args, '--ledger', other]);
      expect(r.code, args.join(' ')).toBe(4);
      expect(r.stderr).toBe(`subsidy: ledger ${other}: not a ledger: it holds other tables (big, customers, orders) and no ledger tables; check the path\n`);
    }
    expect(md5(other)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['app.db', 'feb.csv']);
    expect(statSync(dir).mtimeMs).toBe(folderTime);
    expect((await runCli(['ledger', 'list', '--ledger', other, '--lang', 'zh'])).stderr).toBe(`subsidy: 台账 ${other}:不是台账:其中有其他表(big、customers、orders),没有台账表;请检查路径\n`);
    const many = new Database(other);
    many.exec(['a', 'b', 'c', 'd'].map((t) => `CREATE TABLE ${t} (x INTEGER)`).join('; '));
    many.close();
    expect((await runCli(['ledger', 'list', '--ledger', other])).stderr).toContain('it holds other tables (a, b, big, c, customers, …)');
    // An empty SQLite database (no tables at all) is no other application's: recording makes it a ledger.
    const empty = join(dir, 'empty.db');
    new Database(empty).close();
    expect((await record(feb, empty, 'b')).code).toBe(0);
    expect(live(empty)).toBe(2);
  });
});

describe('ledger record -o', () => {
  it('with a name that does not tell the format says which names it takes (exit 2); .jsonl is NDJSON', async () => {
    const { dir, db, feb } = setup();
    for (const name of ['out.txt', 'out', 'out.xlsx']) {
      const r = await record(feb, db, 'b', '-o', join(dir, name));
      expect(r.code, name).toBe(2);
      expect(r.stderr).toBe(`subsidy: --output ${join(dir, name)}: cannot tell the format from the name; ledger record writes the evaluation by extension: name it .json, .ndjson, .jsonl, .csv\n`);
    }
    expect((await record(feb, db, 'b', '-o', join(dir, 'out.txt'), '--lang', 'zh')).stderr).toMatch(/^subsidy: --output .*out\.txt:无法从文件名判断格式;ledger record 按扩展名写出评估结果:请把文件命名为 \.json、\.ndjson、\.jsonl、\.csv 结尾\n$/);
    expect(existsSync(db)).toBe(false);
    const ok = await record(feb, db, 'b', '-o', join(dir, 'out.jsonl'));
    expect(ok.code, ok.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);
  });
});

describe('the words of the ledger in Chinese', () => {
  it('void of a batch the ledger does not hold, a missing ledger, and no ledger named', async () => {
    const { dir, db, feb } = setup();
    await record(feb, db, '2020-02');
    const unknown = await runCli(['ledger', 'void', 'Q', '--reason', '错', '--ledger', db, '--lang', 'zh']);
    expect([unknown.code, unknown.stderr]).toEqual([4, `subsidy: 台账 ${db}:其中没有批次 Q:subsidy ledger batches 可列出所有批次\n`]);
    const en = await runCli(['ledger', 'void', 'Q', '--reason', 'r', '--ledger', db]);
    expect(en.stderr).toBe(`subsidy: ledger ${db}: no batch Q in it: subsidy ledger batches lists them\n`);
    const missing = await runCli(['ledger', 'void', 'Q', '--reason', '错', '--ledger', join(dir, 'z.db'), '--lang', 'zh']);
    expect([missing.code, missing.stderr]).toEqual([4, `subsidy: 台账 ${join(dir, 'z.db')}:文件不存在:台账在首次 \`subsidy ledger record\` 时创建;请检查路径\n`]);
    const address = await runCli(['ledger', 'list', '--ledger', 'postgres://u:SECRET@127.0.0.1:99999/a', '--lang', 'zh']);
    expect(address.stderr).toBe('subsidy: 台账 postgres://u:***@127.0.0.1:99999/a:不是有效的 PostgreSQL 地址(Invalid URL):请写成 postgres://用户:密码@主机:端口/数据库\n');
  });
});

describe('counts in the ledger words and tables', () => {
  it('have thousands separators, as every other summary', async () => {
    const dir = newDir();
    const db = join(dir, 'l.db');
    const big = hireBatch(dir, 'big.csv', 0, 1005);
    const r = await record(big, db, 'b');
    expect(r.stdout).toContain('batch b (as of 2020-06-30): 1,005 payments recorded in ledger');
    expect((await record(big, db, 'b')).stdout).toContain(', 1,005 payments): nothing recorded');
    expect((await record(big, db, 'b', '--lang', 'zh')).stdout).toContain(',1,005 笔发放)');
    const again = await record(hireBatch(dir, 'again.csv', 0, 1005), db, 'again');
    expect(again.stdout).toContain('1,005 claims already paid, not recorded:');
    expect(again.stdout).toContain('  … and 955 more (--report json lists them all)');
    expect((await runCli(['ledger', 'batches', '--ledger', db, '--format', 'table'])).stdout).toMatch(/^b +2020-06-30 +1,005 /m);
    expect((await runCli(['ledger', 'stats', '--ledger', db, '--format', 'table'])).stdout).toMatch(/^b +hiring +grant +1,005 +6,030,000\.00 +0 /m);
    expect((await runCli(['ledger', 'void', 'b', '--reason', 'r', '--ledger', db])).stdout).toContain(': 1,005 payments reversed (r)');
  });
});

describe('a PostgreSQL server that cannot be reached', () => {
  const listening = async (onConnection: (socket: Socket) => void): Promise<Server> => {
    const server = createServer(onConnection);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    return server;
  };
  const portOf = (s: Server) => (s.address() as { port: number }).port;
  const list = (port: number, lang = 'en', env: NodeJS.ProcessEnv = {}) => runCli(['ledger', 'list', '--ledger', `postgres://u:secret@127.0.0.1:${port}/db`, '--lang', lang], '', env);

  it('says what to check, in the run language, its password masked (exit 4)', async () => {
    // A closed local port: refused at once.
    const closed = await listening(() => {});
    const port = portOf(closed);
    await new Promise((done) => closed.close(done));
    const refused = await list(port, 'zh');
    expect([refused.code, refused.stderr]).toEqual([4, `subsidy: 台账 postgres://u:***@127.0.0.1:${port}/db:无法使用:服务器拒绝连接(它是否在运行,主机和端口是否正确?)(ECONNREFUSED)\n`]);
    // Something that closes the connection before a PostgreSQL server answers (pg: "Connection terminated unexpectedly").
    const closer = await listening((socket) => socket.destroy());
    try {
      const cut = await list(portOf(closer));
      expect([cut.code, cut.stderr]).toEqual([4, `subsidy: ledger postgres://u:***@127.0.0.1:${portOf(closer)}/db: cannot use it: the connection was closed before a PostgreSQL server answered: is one running, on that host and port?\n`]);
      expect((await list(portOf(closer), 'zh')).stderr).toContain(':无法使用:连接在 PostgreSQL 服务器应答前被关闭:该主机和端口上是否有 PostgreSQL 服务器在运行?\n');
    } finally {
      closer.close();
    }
    // Something that never answers: past the wait (at least 1 s), said so (pg: "timeout expired").
    const silent = await listening(() => {});
    try {
      const started = performance.now();
      const quiet = await list(portOf(silent), 'en', { SUBSIDY_LEDGER_BUSY_MS: '300' });
      expect(performance.now() - started).toBeLessThan(5000);
      expect([quiet.code, quiet.stderr]).toEqual([4, `subsidy: ledger postgres://u:***@127.0.0.1:${portOf(silent)}/db: cannot use it: no PostgreSQL server answered (waited 1 s): is one running, on that host and port?\n`]);
    } finally {
      silent.close();
    }
  });
});
