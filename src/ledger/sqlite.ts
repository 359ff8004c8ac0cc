/**
 * The SQLite ledger (better-sqlite3, an optional dependency loaded only when a ledger is an
 * SQLite file). Synchronous: a batch's lookup answers at once. One writer at a time: a writer
 * waits up to busyMs for another, then fails naming the ledger.
 */
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import {
  batchOf,
  entryOf,
  ENTRY_COLUMNS,
  batchValues,
  INSERT_BATCH,
  INSERT_REVERSALS,
  listBatches,
  LIVE,
  MARK_BATCH_VOIDED,
  MARK_VOIDED,
  PAGE,
  PAID_COLUMNS,
  prepareSchema,
  selectBatch,
  SET_BATCH_PAYMENTS,
  STATS_SQL,
  statsOf,
  whereOf,
  type SchemaDb,
} from './schema.js';
import { insertionOrder, LedgerError, type BatchInfo, type EntryFilter, type EntryRow, type Ledger, type Lost, type Payments, type OpenOptions, type PaidRow, type RecordOutcome, type StatsRow, type VoidOutcome } from './ledger.js';
import { say } from './messages.js';

type Database = BetterSqlite3.Database;

async function loadDriver(name: string): Promise<typeof BetterSqlite3> {
  try {
    return (await import('better-sqlite3')).default;
  } catch (e) {
    throw driverError(name, e);
  }
}

/** The error of an SQLite ledger whose driver (better-sqlite3, optional) is missing, or was built for another Node. */
export function driverError(name: string, e: unknown): LedgerError {
  const code = (e as NodeJS.ErrnoException).code;
  const missing = code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
  return new LedgerError(name, say('noDriver', { missing, why: (e as Error).message.split('\n')[0]! }));
}

/** An SQLite error as one line naming the ledger. */
export function sqliteError(name: string, e: unknown, busyMs: number): Error {
  if (e instanceof LedgerError) return e;
  const code = (e as { code?: string }).code ?? '';
  const message = (e as Error).message ?? String(e);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new LedgerError(name, say('locked', { seconds: busyMs / 1000, recorder: false }));
  }
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return new LedgerError(name, say('notSqlite', { why: message }));
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_FULL' || code === 'SQLITE_PERM') {
    return new LedgerError(name, say('cannotUse', { why: `${code}: ${message}` }));
  }
  if (code.startsWith('SQLITE_')) return new LedgerError(name, say('dbSays', { why: `${code}: ${message}` }));
  // better-sqlite3's own check, before SQLite's (the folder went away since it was looked at).
  if (/directory does not exist/.test(message)) return new LedgerError(name, say('noFolder', { folder: dirname(name) }));
  return e as Error;
}

const statOf = (path: string) => {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
};

/**
 * Refuses a path where no SQLite ledger can be, before it is opened: a folder, or, for a ledger
 * to be made (by recording, or a dry run of it), a file whose folder does not exist. Returns
 * whether the ledger's file exists.
 */
function checkLedgerPath(path: string, o: OpenOptions): boolean {
  const stat = statOf(path);
  if (stat?.isDirectory()) throw new LedgerError(path, say('isFolder', { file: join(path, 'ledger.db') }));
  if (stat) return true;
  const made = o.write ? o.create !== false : o.missingIsEmpty === true;
  if (made && !statOf(dirname(path))?.isDirectory()) throw new LedgerError(path, say('noFolder', { folder: dirname(path) }));
  return false;
}

export async function openSqlite(path: string, o: OpenOptions): Promise<Ledger> {
  const Driver = await loadDriver(path);
  if (!checkLedgerPath(path, o) && (!o.write || o.create === false)) {
    if (o.missingIsEmpty) return new SqliteLedger(path, undefined, o.busyMs, 0);
    throw new LedgerError(path, say('noSuchLedger'));
  }
  let db: Database | undefined;
  try {
    // Reading opens it read-only and changes nothing (no journal mode set, no file made beside it).
    db = new Driver(path, { readonly: !o.write, fileMustExist: !o.write, timeout: o.busyMs });
    const version = await prepareSchema(sqliteSchemaDb(db), path, o);
    if (!version) {
      // No ledger tables yet, read for a dry run: as empty as a file that does not exist.
      db.close();
      return new SqliteLedger(path, undefined, o.busyMs, 0);
    }
    // A writer logs ahead (readers go on reading while it records) only once the version is accepted.
    if (o.write) db.pragma('journal_mode = WAL');
    return new SqliteLedger(path, db, o.busyMs, version, o.write);
  } catch (e) {
    db?.close();
    throw sqliteError(path, e, o.busyMs);
  }
}

/** The database as opening a ledger needs it (see prepareSchema): any table but SQLite's own rules a ledger out. */
export function sqliteSchemaDb(db: Database): SchemaDb {
  return {
    dialect: 'sqlite',
    async version() {
      const has = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ledger_schema'`).get();
      return has ? ((db.prepare('SELECT MAX(version) AS v FROM ledger_schema').get() as { v: number | null }).v ?? 0) : 0;
    },
    async otherTables() {
      return db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite^_%' ESCAPE '^' AND name <> 'ledger_schema' ORDER BY name`).pluck().all() as string[];
    },
    async exec(sql) {
      db.exec(sql);
    },
    async writing(work) {
      db.exec('BEGIN IMMEDIATE');
      try {
        const out = await work();
        db.exec('COMMIT');
        return out;
      } catch (e) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw e;
      }
    },
  };
}

class SqliteLedger implements Ledger {
  private paidStatement: BetterSqlite3.Statement | undefined;

  constructor(
    readonly name: string,
    /** Undefined: a ledger that does not exist yet, read as empty. */
    private readonly db: Database | undefined,
    private readonly busyMs: number,
    /** The schema version it is read as (a writer's: this build's). */
    private readonly version: number,
    private readonly writer = false,
  ) {}

  private guard<T>(work: (db: Database) => T, empty: T): T {
    if (!this.db) return empty;
    try {
      return work(this.db);
    } catch (e) {
      throw sqliteError(this.name, e, this.busyMs);
    }
  }

  paid(personKeys: readonly number[]): PaidRow[] {
    if (!personKeys.length) return [];
    return this.guard((db) => {
      this.paidStatement ??= db.prepare(`SELECT ${PAID_COLUMNS} FROM entries WHERE ${LIVE} AND person_key IN (SELECT value FROM json_each(?))`);
      return this.paidStatement.all(JSON.stringify(personKeys)) as PaidRow[];
    }, []);
  }

  async batch(id: string) {
    return this.guard((db) => {
      const r = db.prepare(selectBatch(this.version)).get(id) as Record<string, unknown> | undefined;
      return r && batchOf(r);
    }, undefined);
  }

  async batches() {
    return this.guard((db) => (db.prepare(listBatches(this.version)).all() as Record<string, unknown>[]).map(batchOf), []);
  }

  async record(info: BatchInfo, payments: Payments): Promise<RecordOutcome> {
    return this.guard((db) => {
      const insert = db.prepare(`INSERT INTO entries (entry, person_key, program, kind, amount_fen, case_id, source_file, source_line, as_of, batch_id, pack_id, pack_version, params_hash, recorded_at)
        VALUES ('payment', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`);
      const holder = db.prepare(`SELECT ${PAID_COLUMNS} FROM entries WHERE ${LIVE} AND person_key = ? AND program = ?`);
      const run = db.transaction((): RecordOutcome => {
        const b = db.prepare(INSERT_BATCH).run(...batchValues(info));
        if (!b.changes) return { status: 'already', existing: batchOf(db.prepare(selectBatch(this.version)).get(info.batch) as Record<string, unknown>) };
        let recorded = 0;
        const lost: Lost[] = [];
        for (const i of insertionOrder(payments)) {
          const p = payments.get(i);
          const r = insert.run(p.personKey, p.program, p.kind, p.fen, p.caseId, p.file, p.line, info.asOf, info.batch, info.pack, info.packVersion, info.paramsHash, info.recordedAt);
          if (r.changes) recorded++;
          else lost.push({ index: i, holder: holder.get(p.personKey, p.program) as PaidRow });
        }
        db.prepare(SET_BATCH_PAYMENTS).run(recorded, info.batch);
        return { status: 'recorded', recorded, lost };
      });
      return run.immediate();
    }, { status: 'recorded', recorded: 0, lost: [] });
  }

  async void(batch: string, reason: string, recordedAt: string): Promise<VoidOutcome> {
    return this.guard((db) => {
      const run = db.transaction((): VoidOutcome => {
        const existing = db.prepare(selectBatch(this.version)).get(batch) as Record<string, unknown> | undefined;
        if (!existing) return { status: 'unknown' };
        if (existing.voided_at) return { status: 'already', existing: batchOf(existing) };
        const r = db.prepare(INSERT_REVERSALS).run(recordedAt, reason, batch);
        db.prepare(MARK_VOIDED).run(recordedAt, batch);
        db.prepare(MARK_BATCH_VOIDED).run(recordedAt, reason, batch);
        return { status: 'voided', reversals: r.changes };
      });
      return run.immediate();
    }, { status: 'unknown' });
  }

  async *entries(filter: EntryFilter): AsyncIterable<EntryRow[]> {
    let after = 0;
    for (;;) {
      const page = this.guard((db) => {
        const { sql, values } = whereOf(filter, () => '?', after);
        return (db.prepare(`SELECT ${ENTRY_COLUMNS} FROM entries ${sql} ORDER BY id LIMIT ${PAGE}`).all(...values) as Record<string, unknown>[]).map(entryOf);
      }, []);
      if (!page.length) return;
      yield page;
      after = page.at(-1)!.id;
    }
  }

  async stats(filter: EntryFilter): Promise<StatsRow[]> {
    return this.guard((db) => {
      const { sql, values } = whereOf(filter, () => '?');
      return (db.prepare(STATS_SQL(sql)).all(...values) as Record<string, unknown>[]).map(statsOf);
    }, []);
  }

  /**
   * A writer leaves the file in rollback-journal mode, without -wal and -shm files, so that
   * readers open it read-only and make none (in a folder they cannot write, too). Not if another
   * process has it open: the last writer to close does it.
   */
  async close(): Promise<void> {
    if (this.db && this.writer) {
      try {
        this.db.pragma('busy_timeout = 0');
        this.db.pragma('journal_mode = DELETE');
      } catch {
        // Another connection has it open: it stays in WAL mode until the last writer closes.
      }
    }
    this.db?.close();
  }
}
