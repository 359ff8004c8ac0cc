/**
 * The ledger across processes, on SQLite (PostgreSQL: ledger-postgres.test.ts): two recorders
 * racing on one ledger never pay a person twice, and a recorder killed amid its transaction
 * leaves the ledger as it was. These spawn the built binary (dist/, built by `npm test`).
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { hireBatch, liveCounts } from './helpers/ledger.js';
import { ROOT, spawnBuilt } from './helpers/spawn.js';
import { suiteDirs } from './helpers/temp.js';

const newDir = suiteDirs('subsidy-ledger-processes-');
const record = (file: string, ledger: string, batch: string) => ['ledger', 'record', file, '--ledger', ledger, '--batch', batch, '--as-of', '2020-06-30', '--quiet'];

describe('two recorders racing on one SQLite ledger', () => {
  it('pay each person once: one records its batch, the other the rest of its own and lists the conflicts', async () => {
    const dir = newDir();
    const db = join(dir, 'ledger.db');
    const a = hireBatch(dir, 'a.csv', 0, 1000);
    const b = hireBatch(dir, 'b.csv', 500, 1500);
    // Made first, so that neither racer makes the tables.
    expect((await spawnBuilt(record(hireBatch(dir, 'z.csv', 9000, 9001), db, 'z'))).code).toBe(0);
    const [ra, rb] = await Promise.all([spawnBuilt(record(a, db, 'A')), spawnBuilt(record(b, db, 'B'))]);
    expect([ra.code, rb.code].sort(), ra.stderr + rb.stderr).toEqual([0, 1]);
    const loser = ra.code === 1 ? ra : rb;
    expect(loser.stdout).toContain('500 payments recorded');
    // The totals of what it recorded, not of what it meant to.
    expect(loser.stdout).toContain('grants: 3,000,000.00 yuan (hiring 500: 3,000,000.00)');
    expect(loser.stdout).toContain('500 claims already paid, not recorded:');
    const d = new Database(db, { readonly: true });
    expect(liveCounts((sql) => d.prepare(sql).all() as { n: number }[])).toEqual({ twice: 0, live: 1501 });
    d.close();
  });
});

describe('two recorders starting at once on a new SQLite ledger', () => {
  it('make its tables one after the other, and pay each person once', async () => {
    const dir = newDir();
    const db = join(dir, 'ledger.db');
    const a = hireBatch(dir, 'a.csv', 0, 100);
    const b = hireBatch(dir, 'b.csv', 50, 150);
    const [ra, rb] = await Promise.all([spawnBuilt(record(a, db, 'A')), spawnBuilt(record(b, db, 'B'))]);
    expect([ra.code, rb.code].sort(), ra.stderr + rb.stderr).toEqual([0, 1]);
    expect((ra.code === 1 ? ra : rb).stdout).toContain('50 claims already paid, not recorded:');
    const d = new Database(db, { readonly: true });
    expect(liveCounts((sql) => d.prepare(sql).all() as { n: number }[])).toEqual({ twice: 0, live: 150 });
    d.close();
  });
});

describe('a recorder killed amid its transaction', () => {
  it('leaves the ledger as it was before the batch', async () => {
    const dir = newDir();
    const db = join(dir, 'ledger.db');
    expect((await spawnBuilt(record(hireBatch(dir, 'first.csv', 0, 100), db, 'first'))).code).toBe(0);
    const big = hireBatch(dir, 'big.csv', 1000, 81_000);
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'subsidy.js'), ...record(big, db, 'big')], { cwd: ROOT, stdio: 'ignore' });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    // The transaction writes its pages into the write-ahead log before it commits: kill it then.
    let killed = false;
    while (!killed && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 5));
      if (existsSync(`${db}-wal`) && statSync(`${db}-wal`).size > 1 << 20) killed = child.kill('SIGKILL');
    }
    await exited;
    expect(killed, 'the recorder finished before it could be killed').toBe(true);
    // (Opened to write, as the next recorder would: it rolls the log back; nothing is written here.)
    const d = new Database(db);
    expect(d.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    expect(d.prepare('SELECT batch_id FROM batches').all()).toEqual([{ batch_id: 'first' }]);
    expect(liveCounts((sql) => d.prepare(sql).all() as { n: number }[])).toEqual({ twice: 0, live: 100 });
    d.close();
  }, 60_000);
});
