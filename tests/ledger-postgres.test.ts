/**
 * The ledger on PostgreSQL, against a real server: a throwaway cluster started for this file
 * (tests/helpers/postgres.ts; skipped, and said so, where PostgreSQL is not installed; a failure
 * in CI). The same rules as on SQLite, two recorders racing, a recorder killed amid its
 * transaction, and the server's faults (exit 4).
 */
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { personKey } from '../src/engine/person-key.js';
import { openLedger, type NewPayment } from '../src/ledger/ledger.js';
import { postgresSchemaDb } from '../src/ledger/postgres.js';
import { prepareSchema, SCHEMA_VERSION } from '../src/ledger/schema.js';
import { hireBatch, liveCounts, OPENINGS, person, racedSchemaDb } from './helpers/ledger.js';
import { postgresAvailable, useCluster } from './helpers/postgres.js';
import { runCli } from './helpers/run.js';
import { ROOT, spawnBuilt } from './helpers/spawn.js';
import { suiteDirs } from './helpers/temp.js';

const newDir = suiteDirs('subsidy-ledger-pg-');
const AS_OF = ['--as-of', '2020-06-30'];
let databases = 0;

describe.skipIf(!postgresAvailable())('the PostgreSQL ledger', () => {
  const cluster = useCluster();
  const fresh = () => cluster().database(`ledger_${++databases}`);
  const count = (url: string) => (sql: string) => [{ n: cluster().psql(sql, new URL(url).pathname.slice(1)).trim() }];

  it('records, refuses a repeat, is idempotent by batch, and voids', async () => {
    const url = fresh();
    const dir = newDir();
    const feb = hireBatch(dir, 'feb.csv', 0, 10);
    const mar = hireBatch(dir, 'mar.csv', 5, 15);
    const first = await runCli(['ledger', 'record', feb, '--ledger', url, '--batch', '2020-02', ...AS_OF, '--quiet']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`10 payments recorded in ledger ${url.replace(/:[^:@]*@/, ':***@')}`);
    expect((await runCli(['ledger', 'record', feb, '--ledger', url, '--batch', '2020-02', ...AS_OF, '--quiet'])).stdout).toContain('is already in ledger');
    const json = JSON.parse((await runCli(['evaluate', mar, '--ledger', url, '--format', 'json', ...AS_OF, '--quiet'])).stdout);
    expect(json.records[0].results[0]).toMatchObject({ status: 'ineligible', duplicate_of: { batch: '2020-02', paid_on: '2020-06-30', case_id: 'feb', file: feb, line: 7 } });
    expect(json.records[9].results[0].status).toBe('eligible');
    const csv = (await runCli(['evaluate', mar, '--ledger', url, '--format', 'csv', ...AS_OF, '--quiet'])).stdout;
    expect(csv.match(/already paid/g)).toHaveLength(5);
    const r = await runCli(['ledger', 'record', mar, '--ledger', url, '--batch', '2020-03', ...AS_OF, '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('5 claims already paid, not recorded:');
    expect((await runCli(['ledger', 'void', '2020-02', '--reason', 'wrong budget', '--ledger', url])).stdout).toContain('10 payments reversed');
    const show = JSON.parse((await runCli(['ledger', 'show', person(5), '--ledger', url, '--format', 'json'])).stdout);
    expect(show.map((e: { entry: string; batch: string; amount: number }) => [e.entry, e.batch, e.amount])).toEqual([
      ['payment', '2020-02', 6000],
      ['reversal', '2020-02', -6000],
    ]);
    expect(liveCounts(count(url))).toEqual({ twice: 0, live: 5 });
    const stats = JSON.parse((await runCli(['ledger', 'stats', '--ledger', url, '--format', 'json'])).stdout);
    expect(stats.map((s: { batch: string; net: number }) => [s.batch, s.net])).toEqual([['2020-02', 0], ['2020-03', 30000], [null, 30000], [null, 30000]]);
    const batches = JSON.parse((await runCli(['ledger', 'batches', '--ledger', url, '--format', 'json'])).stdout);
    expect(batches.map((b: { batch: string; payments: number; void_reason: string | null }) => [b.batch, b.payments, b.void_reason])).toEqual([['2020-02', 10, 'wrong budget'], ['2020-03', 5, null]]);
    // Case files claim through the same interface, the ledger answering later.
    expect((await runCli(['ledger', 'record', 'examples/enterprise-hires.json', '--ledger', url, '--batch', 'hires', ...AS_OF, '--quiet'])).code).toBe(0);
    const cases = JSON.parse((await runCli(['evaluate', 'examples/enterprise-hires.json', 'examples/hires.ndjson', '--ledger', url, '--format', 'json', ...AS_OF, '--quiet'])).stdout);
    expect(cases.records[0].results[0]).toMatchObject({ status: 'ineligible', duplicate_of: { batch: 'hires', case_id: 'QY-2020-0042', line: 5 } });
  });

  it('two recorders racing pay each person once', async () => {
    const url = fresh();
    const dir = newDir();
    const a = hireBatch(dir, 'a.csv', 0, 1000);
    const b = hireBatch(dir, 'b.csv', 500, 1500);
    const [ra, rb] = await Promise.all([spawnBuilt(['ledger', 'record', a, '--ledger', url, '--batch', 'A', ...AS_OF, '--quiet']), spawnBuilt(['ledger', 'record', b, '--ledger', url, '--batch', 'B', ...AS_OF, '--quiet'])]);
    expect([ra.code, rb.code].sort(), ra.stderr + rb.stderr).toEqual([0, 1]);
    expect((ra.code === 1 ? ra : rb).stdout).toContain('500 claims already paid, not recorded:');
    expect(liveCounts(count(url))).toEqual({ twice: 0, live: 1500 });
  }, 30_000);

  it('a new ledger whose tables another recorder makes while it is opened is opened as the ledger it now is, by a recorder, a reader, a dry run or a void', async () => {
    for (const [who, o] of OPENINGS) {
      const url = fresh();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        // The other recorder makes the tables between this one's first look at the version and the next.
        const raced = racedSchemaDb(postgresSchemaDb(client), async () => (await openLedger(url, { write: true, busyMs: 5000 })).close());
        expect(await prepareSchema(raced, url, o), who).toBe(SCHEMA_VERSION);
      } finally {
        await client.end();
      }
      expect(cluster().psql('SELECT version FROM ledger_schema', new URL(url).pathname.slice(1)).trim(), who).toBe(String(SCHEMA_VERSION));
    }
  });

  it('a recorder that waits while another one makes the tables of a new ledger finds them made (no "not a ledger", no table made twice)', async () => {
    const url = fresh();
    const maker = new pg.Client({ connectionString: url });
    await maker.connect();
    try {
      // The other recorder makes the tables, and holds its transaction open until this one waits for the lock.
      const db = postgresSchemaDb(maker);
      let commit!: () => void;
      let madeThem!: () => void;
      const [held, made] = [new Promise<void>((go) => (commit = go)), new Promise<void>((go) => (madeThem = go))];
      const exec = async (sql: string) => {
        await db.exec(sql);
        if (sql.startsWith('INSERT INTO ledger_schema')) {
          madeThem();
          await held;
        }
      };
      const making = prepareSchema({ ...db, exec }, url, { write: true, busyMs: 5000 });
      await made;
      const opening = openLedger(url, { write: true, busyMs: 5000 });
      while (cluster().psql(`SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`).trim() === '0') await new Promise((r) => setTimeout(r, 10));
      commit();
      expect(await making).toBe(SCHEMA_VERSION);
      const ledger = await opening;
      expect(await ledger.batches()).toEqual([]);
      await ledger.close();
    } finally {
      await maker.end();
    }
  });

  it('a recorder killed amid its transaction leaves the ledger as it was before the batch', async () => {
    const url = fresh();
    const dir = newDir();
    const record = (file: string, batch: string) => ['ledger', 'record', file, '--ledger', url, '--batch', batch, ...AS_OF, '--quiet'];
    expect((await spawnBuilt(record(hireBatch(dir, 'first.csv', 0, 100), 'first'))).code).toBe(0);
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'subsidy.js'), ...record(hireBatch(dir, 'big.csv', 1000, 81_000), 'big')], { cwd: ROOT, stdio: 'ignore' });
    const exited = new Promise<void>((done) => child.on('exit', () => done()));
    // Killed once its transaction has begun to insert the batch's payments.
    const inserting = `SELECT COUNT(*) FROM pg_stat_activity WHERE datname = '${new URL(url).pathname.slice(1)}' AND xact_start IS NOT NULL AND query ILIKE 'INSERT INTO entries%'`;
    let killed = false;
    while (!killed && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 20));
      if (Number(cluster().psql(inserting).trim()) > 0) killed = child.kill('SIGKILL');
    }
    await exited;
    expect(killed, 'the recorder finished before it could be killed').toBe(true);
    // The server rolls the transaction of a connection that drops back.
    const db = new URL(url).pathname.slice(1);
    for (let i = 0; i < 100 && Number(cluster().psql(`SELECT COUNT(*) FROM pg_stat_activity WHERE datname = '${db}' AND xact_start IS NOT NULL AND pid <> pg_backend_pid()`, db).trim()) > 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(cluster().psql('SELECT batch_id FROM batches ORDER BY batch_id', db).trim()).toBe('first');
    expect(liveCounts(count(url))).toEqual({ twice: 0, live: 100 });
  }, 60_000);

  it('a server that refuses the password, is down, or holds a newer schema: one line naming the ledger, its password masked (exit 4)', async () => {
    const url = fresh();
    const dir = newDir();
    const feb = hireBatch(dir, 'feb.csv', 0, 3);
    const bad = cluster().urlFor(new URL(url).pathname.slice(1), 'not-the-password');
    const refused = await runCli(['ledger', 'record', feb, '--ledger', bad, '--batch', 'x', ...AS_OF]);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toBe(`subsidy: ledger ${bad.replace('not-the-password', '***')}: cannot use it: the server refuses the password (28P01)\n`);
    const down = `postgres://postgres:secret@127.0.0.1:1/nothing`;
    const r = await runCli(['evaluate', feb, '--ledger', down, ...AS_OF]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^subsidy: ledger postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/nothing: cannot use it: the server refuses connections/);
    expect(r.stderr).not.toContain('secret');
    await runCli(['ledger', 'record', feb, '--ledger', url, '--batch', 'x', ...AS_OF, '--quiet']);
    cluster().psql('UPDATE ledger_schema SET version = 7', new URL(url).pathname.slice(1));
    const newer = await runCli(['ledger', 'record', hireBatch(dir, 'mar.csv', 5, 8), '--ledger', url, '--batch', 'y', ...AS_OF]);
    expect(newer.code).toBe(4);
    expect(newer.stderr).toContain('written by a newer version of subsidy (ledger schema 7; this one knows up to 2)');
    expect(liveCounts(count(url))).toEqual({ twice: 0, live: 3 });
  });
  it('reports a payment that a holder blocked, even when the holder is voided before the recorder looks it up', async () => {
    const url = fresh();
    const dir = newDir();
    await runCli(['ledger', 'record', hireBatch(dir, 'z.csv', 9000, 9001), '--ledger', url, '--batch', 'z', ...AS_OF, '--quiet']);
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    // The recorder's second payment takes a while: the other session voids its batch meanwhile.
    await other.query(`CREATE FUNCTION slow() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.batch_id = 'B' AND NEW.source_line = 3 THEN PERFORM pg_sleep(0.5); END IF; RETURN NEW; END $$`);
    await other.query('CREATE TRIGGER slow BEFORE INSERT ON entries FOR EACH ROW EXECUTE FUNCTION slow()');
    await other.query('BEGIN');
    await other.query(`INSERT INTO batches (batch_id, as_of, recorded_at, pack_id, pack_version, params_hash, files) VALUES ('H', '2020-06-30', 't', 'p', '1', 'h', 'h.csv')`);
    await other.query(`INSERT INTO entries (entry, person_key, program, kind, amount_fen, case_id, source_file, source_line, as_of, batch_id, pack_id, pack_version, params_hash, recorded_at)
      VALUES ('payment', $1, 'hiring', 'grant', 600000, 'h', 'h.csv', 2, '2020-06-30', 'H', 'p', '1', 'h', 't')`, [personKey(person(0))]);
    const ledger = await openLedger(url, { write: true, busyMs: 5000 });
    try {
      const get = (i: number): NewPayment => ({ personKey: personKey(person(i))!, program: 'hiring', kind: 'grant', fen: 600000, caseId: 'b', file: 'b.csv', line: i + 2 });
      const info = { batch: 'B', asOf: '2020-06-30', recordedAt: 't', pack: 'p', packVersion: '1', paramsHash: 'h', files: ['b.csv'], fileSha256: ['0'.repeat(64)], readOptions: '' };
      const outcome = ledger.record(info, { count: 5000, get });
      // Its insert of person 0 waits for the other session; that one commits, then voids its batch while it goes on.
      while (cluster().psql(`SELECT COUNT(*) FROM pg_locks WHERE NOT granted`).trim() === '0') await new Promise((r) => setTimeout(r, 20));
      await other.query('COMMIT');
      await new Promise((r) => setTimeout(r, 150));
      await other.query(`UPDATE entries SET voided_at = 'v' WHERE batch_id = 'H'; UPDATE batches SET voided_at = 'v', void_reason = 'r' WHERE batch_id = 'H'`);
      const out = await outcome;
      expect(out).toMatchObject({ status: 'recorded', recorded: 4999 });
      expect(out.status === 'recorded' && out.lost.map((l) => [l.index, l.holder.batch])).toEqual([[0, 'H']]);
    } finally {
      await ledger.close();
      await other.end();
    }
  });
  it('a batch ID recorded again: refused for a changed file, the same input however its path is spelled', async () => {
    const url = fresh();
    const dir = newDir();
    const feb = hireBatch(dir, 'feb.csv', 0, 2);
    const record = (file: string, ...more: string[]) => runCli(['ledger', 'record', file, '--ledger', url, '--batch', '2020-02', ...AS_OF, '--quiet', ...more]);
    expect((await record(feb)).code).toBe(0);
    const same = await record(`${dir}/./feb.csv`);
    expect(same.code, same.stderr).toBe(0);
    expect(same.stdout).toContain(`files ${feb} then, ${dir}/./feb.csv now: the same content): nothing recorded`);
    const typed = await record(feb, '--type', 'hire');
    expect(typed.code).toBe(1);
    expect(typed.stderr).toContain('; reading options: none then, --type hire now): nothing recorded');
    appendFileSync(feb, `hire,feb,重庆长寿电子科技有限公司,worker 7,${person(7)},poverty_registered,2020-03-01\n`);
    const changed = await record(feb, '--lang', 'zh');
    expect(changed.code).toBe(1);
    expect(changed.stderr).toMatch(/feb\.csv 的内容已变\(SHA-256:当时 [0-9a-f]{12}…,现在 [0-9a-f]{12}…\)\):未记录任何内容;请另选批次编号\n$/);
    expect(liveCounts(count(url))).toEqual({ twice: 0, live: 2 });
    const [row] = JSON.parse((await runCli(['ledger', 'batches', '--ledger', url, '--format', 'json'])).stdout);
    expect(row.file_sha256).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/)]);
    expect(row.read_options).toBe('');
  });

  it('a ledger of schema 1 is read as it is, and migrated by the next record (its batches compared by file name)', async () => {
    const url = fresh();
    const db = new URL(url).pathname.slice(1);
    const dir = newDir();
    const feb = hireBatch(dir, 'feb.csv', 0, 2);
    await runCli(['ledger', 'record', feb, '--ledger', url, '--batch', '2020-02', ...AS_OF, '--quiet']);
    cluster().psql('ALTER TABLE batches DROP COLUMN file_sha256, DROP COLUMN read_options; UPDATE ledger_schema SET version = 1', db);
    const read = JSON.parse((await runCli(['ledger', 'batches', '--ledger', url, '--format', 'json'])).stdout);
    expect(read).toMatchObject([{ batch: '2020-02', file_sha256: null }]);
    const json = JSON.parse((await runCli(['evaluate', feb, '--ledger', url, '--format', 'json', ...AS_OF, '--quiet'])).stdout);
    expect(json.records[0].results[0].status).toBe('ineligible');
    expect(cluster().psql('SELECT version FROM ledger_schema', db).trim()).toBe('1');
    const again = await runCli(['ledger', 'record', feb, '--ledger', url, '--batch', '2020-02', ...AS_OF, '--quiet']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('its files compared by name only');
    expect(cluster().psql('SELECT version FROM ledger_schema', db).trim()).toBe('2');
    expect((await runCli(['ledger', 'record', hireBatch(dir, 'mar.csv', 5, 6), '--ledger', url, '--batch', '2020-03', ...AS_OF, '--quiet'])).code).toBe(0);
    expect(cluster().psql(`SELECT batch_id || ':' || COALESCE(length(file_sha256), 0) FROM batches ORDER BY batch_id`, db).trim().split('\n')).toEqual(['2020-02:0', '2020-03:64']);
  });

  it("a database whose tables of the ledger's names are another application's is refused, reading or writing (exit 4)", async () => {
    const url = fresh();
    const db = new URL(url).pathname.slice(1);
    cluster().psql('CREATE TABLE entries (x INTEGER); CREATE TABLE customers (id INTEGER)', db);
    const feb = hireBatch(newDir(), 'feb.csv', 0, 2);
    for (const args of [['ledger', 'record', feb, '--batch', 'b', ...AS_OF], ['ledger', 'list'], ['evaluate', feb, ...AS_OF]]) {
      const r = await runCli([...args, '--ledger', url]);
      expect(r.code, args.join(' ')).toBe(4);
      expect(r.stderr).toBe(`subsidy: ledger ${url.replace(/:[^:@]*@/, ':***@')}: not a ledger: it holds other tables (entries) and no ledger tables of its own; check the address, or give the ledger a database of its own\n`);
    }
    expect(cluster().psql(`SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE schemaname = 'public'`, db).trim()).toBe('customers,entries');
    // Other tables only: a database shared with other applications holds the ledger too.
    const shared = fresh();
    cluster().psql('CREATE TABLE customers (id INTEGER)', new URL(shared).pathname.slice(1));
    expect((await runCli(['ledger', 'record', feb, '--ledger', shared, '--batch', 'b', ...AS_OF, '--quiet'])).code).toBe(0);
  });
  it('voiding an empty database makes no tables in it (exit 4)', async () => {
    const url = fresh();
    const r = await runCli(['ledger', 'void', 'x', '--reason', 'r', '--ledger', url]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('holds no ledger tables yet');
    expect(cluster().psql(`SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'`, new URL(url).pathname.slice(1)).trim()).toBe('0');
  });
  it('a recorder waits for another one\'s open transaction no longer than SUBSIDY_LEDGER_BUSY_MS, then fails naming the ledger (exit 4, nothing written)', async () => {
    const url = fresh();
    const dir = newDir();
    await runCli(['ledger', 'record', hireBatch(dir, 'z.csv', 9000, 9001), '--ledger', url, '--batch', 'z', ...AS_OF, '--quiet']);
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query(`INSERT INTO batches (batch_id, as_of, recorded_at, pack_id, pack_version, params_hash, files) VALUES ('H', '2020-06-30', 't', 'p', '1', 'h', 'h.csv')`);
      await other.query(`INSERT INTO entries (entry, person_key, program, kind, amount_fen, case_id, source_file, source_line, as_of, batch_id, pack_id, pack_version, params_hash, recorded_at)
        VALUES ('payment', $1, 'hiring', 'grant', 600000, 'h', 'h.csv', 2, '2020-06-30', 'H', 'p', '1', 'h', 't')`, [personKey(person(0))]);
      const r = await runCli(['ledger', 'record', hireBatch(dir, 'b.csv', 0, 3), '--ledger', url, '--batch', 'B', ...AS_OF, '--quiet'], '', { SUBSIDY_LEDGER_BUSY_MS: '300' });
      expect(r.code).toBe(4);
      expect(r.stderr).toBe(`subsidy: ledger ${url.replace(/:[^:@]*@/, ':***@')}: locked by another recorder (waited 0.3 s): try again when it is done; nothing was written\n`);
    } finally {
      await other.query('ROLLBACK');
      await other.end();
    }
    expect(cluster().psql(`SELECT string_agg(batch_id, ',') FROM batches`, new URL(url).pathname.slice(1)).trim()).toBe('z');
  }, 15_000);
});
