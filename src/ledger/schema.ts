/**
 * The ledger's tables, in the SQL that SQLite and PostgreSQL share, and their versions. A
 * ledger holds its schema version in `ledger_schema`; each migration takes it one version up,
 * in the transaction that opens a ledger for writing. A ledger of a later version than this
 * build knows is refused, never written.
 */
import { LedgerError, type BatchInfo, type BatchRow, type EntryFilter, type EntryRow, type OpenOptions, type StatsRow } from './ledger.js';
import { say } from './messages.js';

export type Dialect = 'sqlite' | 'postgres';

/** The version this build writes (2: a batch keeps the SHA-256 of each of its files, and the options they were read with). */
export const SCHEMA_VERSION = 2;

/** The statements that take a ledger from version i to i + 1 (MIGRATIONS[0]: from nothing to 1). */
export function migrations(d: Dialect): string[][] {
  const id = d === 'sqlite' ? 'INTEGER PRIMARY KEY' : 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY';
  const big = d === 'sqlite' ? 'INTEGER' : 'BIGINT';
  return [
    [
      `CREATE TABLE batches (
        batch_id TEXT PRIMARY KEY,
        as_of TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        pack_id TEXT NOT NULL,
        pack_version TEXT NOT NULL,
        params_hash TEXT NOT NULL,
        files TEXT NOT NULL,
        payments ${big} NOT NULL DEFAULT 0,
        voided_at TEXT,
        void_reason TEXT
      )`,
      `CREATE TABLE entries (
        id ${id},
        entry TEXT NOT NULL CHECK (entry IN ('payment', 'reversal')),
        person_key ${big} NOT NULL,
        program TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('grant', 'loan')),
        amount_fen ${big} NOT NULL,
        case_id TEXT,
        source_file TEXT NOT NULL,
        source_line INTEGER,
        as_of TEXT NOT NULL,
        batch_id TEXT NOT NULL REFERENCES batches (batch_id),
        pack_id TEXT NOT NULL,
        pack_version TEXT NOT NULL,
        params_hash TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        voided_at TEXT,
        reverses ${big},
        reason TEXT
      )`,
      // The rule itself: one live payment per person and program.
      `CREATE UNIQUE INDEX entries_live ON entries (person_key, program) WHERE entry = 'payment' AND voided_at IS NULL`,
      `CREATE UNIQUE INDEX entries_reverses ON entries (reverses) WHERE reverses IS NOT NULL`,
      `CREATE INDEX entries_person ON entries (person_key)`,
      `CREATE INDEX entries_batch ON entries (batch_id)`,
    ],
    // 1 → 2: the SHA-256 of each file of a batch (hex, a line each, in the order of its files),
    // and the options that told how they were read (as --sheet Feb --type hire, '' for none);
    // null for a batch recorded before (its files are then compared by name, its options not at all).
    [`ALTER TABLE batches ADD COLUMN file_sha256 TEXT`, `ALTER TABLE batches ADD COLUMN read_options TEXT`],
  ];
}

export const CREATE_VERSION_TABLE = 'CREATE TABLE IF NOT EXISTS ledger_schema (version INTEGER NOT NULL)';

/** The columns of an entry, as EntryRow names them. */
export const ENTRY_COLUMNS =
  'id, entry, person_key, program, kind, amount_fen, case_id, source_file, source_line, as_of, batch_id AS batch, pack_id AS pack, pack_version, params_hash, recorded_at, voided_at, reason';

/** A batch's columns, as BatchRow names them, in a ledger of version v (one of version 1 has no hashes nor options: read as null). */
const batchColumns = (v: number) =>
  `batch_id AS batch, as_of, recorded_at, pack_id AS pack, pack_version, params_hash, files, ${v >= 2 ? 'file_sha256, read_options' : 'NULL AS file_sha256, NULL AS read_options'}, payments, voided_at, void_reason`;

/** Live payments' columns, as PaidRow names them. */
export const PAID_COLUMNS = 'person_key, program, as_of AS paid_on, batch_id AS batch, case_id, source_file AS file, source_line AS line';

export const LIVE = `entry = 'payment' AND voided_at IS NULL`;

export const INSERT_BATCH = `INSERT INTO batches (batch_id, as_of, recorded_at, pack_id, pack_version, params_hash, files, file_sha256, read_options) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`;

/** A batch's row as INSERT_BATCH takes it. */
export const batchValues = (b: BatchInfo) => [b.batch, b.asOf, b.recordedAt, b.pack, b.packVersion, b.paramsHash, linesText(b.files), linesText(b.fileSha256), b.readOptions];

/** The reversals of a batch's live payments, appended. */
export const INSERT_REVERSALS = `INSERT INTO entries (entry, person_key, program, kind, amount_fen, case_id, source_file, source_line, as_of, batch_id, pack_id, pack_version, params_hash, recorded_at, reverses, reason)
  SELECT 'reversal', person_key, program, kind, -amount_fen, case_id, source_file, source_line, as_of, batch_id, pack_id, pack_version, params_hash, ?, id, ?
  FROM entries WHERE batch_id = ? AND ${LIVE} ORDER BY id`;

export const MARK_VOIDED = `UPDATE entries SET voided_at = ? WHERE batch_id = ? AND ${LIVE}`;

/** A WHERE clause and its values for a filter; `p(i)` writes the i-th placeholder (from 1). */
export function whereOf(f: EntryFilter, p: (i: number) => string, after?: number): { sql: string; values: (string | number)[] } {
  const parts: string[] = [];
  const values: (string | number)[] = [];
  const add = (sql: string, v: string | number) => {
    values.push(v);
    parts.push(sql.replace('?', p(values.length)));
  };
  if (f.batch !== undefined) add('batch_id = ?', f.batch);
  if (f.program !== undefined) add('program = ?', f.program);
  if (f.from !== undefined) add('as_of >= ?', f.from);
  if (f.to !== undefined) add('as_of <= ?', f.to);
  if (f.case !== undefined) add('case_id = ?', f.case);
  if (f.person !== undefined) add('person_key = ?', f.person);
  if (after !== undefined) add('id > ?', after);
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', values };
}

export const STATS_SQL = (where: string) => `SELECT batch_id AS batch, program, kind,
    SUM(CASE WHEN entry = 'payment' THEN 1 ELSE 0 END) AS payments,
    SUM(CASE WHEN entry = 'reversal' THEN 1 ELSE 0 END) AS reversals,
    SUM(CASE WHEN entry = 'payment' THEN amount_fen ELSE 0 END) AS paid_fen,
    SUM(CASE WHEN entry = 'reversal' THEN -amount_fen ELSE 0 END) AS reversed_fen
  FROM entries ${where} GROUP BY batch_id, program, kind ORDER BY MIN(id), program`;

/** Rows as the database gives them, numbers as numbers (PostgreSQL gives BIGINT and SUM as text). */
export function entryOf(r: Record<string, unknown>): EntryRow {
  return { ...(r as unknown as EntryRow), id: Number(r.id), person_key: Number(r.person_key), amount_fen: Number(r.amount_fen) };
}

/** A batch's files, and their hashes, as its row holds them: one text, a file a line. */
const linesText = (lines: readonly string[]) => lines.join('\n');

export function batchOf(r: Record<string, unknown>): BatchRow {
  const hashes = r.file_sha256;
  return {
    ...(r as unknown as BatchRow),
    payments: Number(r.payments),
    files: String(r.files).split('\n'),
    file_sha256: typeof hashes === 'string' ? hashes.split('\n') : null,
    read_options: typeof r.read_options === 'string' ? r.read_options : null,
  };
}

/** A batch by its ID, in a ledger of version v. */
export const selectBatch = (v: number) => `SELECT ${batchColumns(v)} FROM batches WHERE batch_id = ?`;

/** Every batch, in the order they were recorded, in a ledger of version v. */
export const listBatches = (v: number) => `SELECT ${batchColumns(v)} FROM batches ORDER BY recorded_at, batch_id`;

/** A batch's count of payments, once they are inserted. */
export const SET_BATCH_PAYMENTS = 'UPDATE batches SET payments = ? WHERE batch_id = ?';

/** A batch marked voided (its payments: MARK_VOIDED; their reversals: INSERT_REVERSALS). */
export const MARK_BATCH_VOIDED = 'UPDATE batches SET voided_at = ?, void_reason = ? WHERE batch_id = ?';

/** Entries read a page at a time. */
export const PAGE = 10_000;

export const statsOf = (r: Record<string, unknown>): StatsRow => ({
  batch: String(r.batch),
  program: String(r.program),
  kind: r.kind as 'grant' | 'loan',
  payments: Number(r.payments),
  reversals: Number(r.reversals),
  paid_fen: Number(r.paid_fen),
  reversed_fen: Number(r.reversed_fen),
});

/**
 * What opening a ledger needs of its database, in its dialect. Each method is one statement (or
 * a few) on the connection; `writing` runs work in a transaction that holds the ledger's write
 * lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock), so that two first writers make
 * the tables one after the other.
 */
export interface SchemaDb {
  readonly dialect: Dialect;
  /** The schema version its tables hold (0: no ledger_schema table, or an empty one). */
  version(): Promise<number>;
  /** Tables of other applications that rule out a ledger here (SQLite: any; PostgreSQL: those of the ledger's names). */
  otherTables(): Promise<string[]>;
  exec(sql: string): Promise<void>;
  writing<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * Checks the schema version; for writing, makes or migrates the tables, in one transaction under
 * the write lock. Returns the version to read it as: an older one is read as it is; 0, no tables,
 * read as empty (missingIsEmpty). A database whose tables are another application's is refused,
 * read or written. Race-free: the tables of a recorder that makes them meanwhile (in one
 * transaction, ledger_schema with them) are never taken for another application's.
 */
export async function prepareSchema(db: SchemaDb, name: string, o: OpenOptions): Promise<number> {
  const makes = o.write && o.create !== false;
  let v = await db.version();
  // A writer that makes the tables looks at what is there under the lock (below).
  if (v === 0 && !makes) v = await versionUnlessOthers(db, name);
  if (v > SCHEMA_VERSION) throw new LedgerError(name, say('newerSchema', { v, known: SCHEMA_VERSION }));
  if (v === SCHEMA_VERSION || (v > 0 && !o.write)) return v;
  if (v === 0 && !makes) {
    if (!o.write && o.missingIsEmpty) return 0;
    // Voiding makes no tables where there are none (it has no batch to void).
    throw new LedgerError(name, say('noTables'));
  }
  return db.writing(async () => {
    const now = await db.version();
    if (now > SCHEMA_VERSION) throw new LedgerError(name, say('newerSchema', { v: now, known: SCHEMA_VERSION }));
    if (now === 0) await versionUnlessOthers(db, name);
    await db.exec(CREATE_VERSION_TABLE);
    for (const step of migrations(db.dialect).slice(now)) for (const sql of step) await db.exec(sql);
    await db.exec('DELETE FROM ledger_schema');
    await db.exec(`INSERT INTO ledger_schema (version) VALUES (${SCHEMA_VERSION})`);
    return SCHEMA_VERSION;
  });
}

/**
 * The schema version of a database whose version read 0: still 0 if it holds no other tables,
 * the version a recorder made its tables with meanwhile (they and ledger_schema appear at once),
 * else refused: another application's tables.
 */
async function versionUnlessOthers(db: SchemaDb, name: string): Promise<number> {
  const others = await db.otherTables();
  if (!others.length) return 0;
  const now = await db.version();
  if (now > 0) return now;
  throw new LedgerError(name, say('notLedger', { tables: others, postgres: db.dialect === 'postgres' }));
}
