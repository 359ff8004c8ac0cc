/**
 * The PostgreSQL ledger (pg), shared by many offices. Its lookups answer later (a promise).
 * Two recorders may run at once: the unique index of live payments makes the later one's
 * conflicting insert wait for the earlier to commit, then do nothing. Payments are inserted in
 * the order of (person, program), so that two recorders take their locks in the same order.
 */
import type pg from 'pg';
import {
  batchOf,
  CREATE_VERSION_TABLE,
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
import { insertionOrder, ledgerName, LedgerError, type BatchInfo, type EntryFilter, type EntryRow, type Ledger, type Lost, type NewPayment, type Payments, type OpenOptions, type PaidRow, type RecordOutcome, type StatsRow, type VoidOutcome } from './ledger.js';
import { serverFault, say } from './messages.js';

/** A lock that makes two first writers create the tables one after the other. */
const SCHEMA_LOCK = 0x5ec1ed9e;
/** Payments inserted by one statement. */
const CHUNK = 5_000;

/** `?` placeholders as PostgreSQL numbers them. */
const numbered = (sql: string) => {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
};

/** A PostgreSQL error as one line naming the ledger (its password masked). */
export function postgresError(name: string, e: unknown, busyMs = 0): Error {
  if (e instanceof LedgerError) return e;
  const err = e as { code?: string; message?: string; errors?: { code?: string }[] };
  const code = err.code ?? err.errors?.[0]?.code ?? '';
  const message = (err.message ?? String(e)).split('\n')[0];
  const fault = serverFault(code);
  if (fault) return new LedgerError(name, say('server', { why: fault, code, seconds: 0 }));
  if (code === '55P03') return new LedgerError(name, say('locked', { seconds: busyMs / 1000, recorder: true }));
  if (code === '40P01' || code === '40001') return new LedgerError(name, say('interfered', { why: message ?? '' }));
  return new LedgerError(name, say('dbSays', { why: `${code ? `${code}: ` : ''}${message || 'the connection failed'}` }));
}

/**
 * Connects, or fails naming what to check. pg's own words for a connection that ends before a
 * server answers ("Connection terminated unexpectedly", "timeout expired") say neither.
 */
async function connect(client: pg.Client, name: string, timeoutMs: number): Promise<void> {
  const started = performance.now();
  try {
    await client.connect();
  } catch (e) {
    if ((e as { code?: string }).code) throw postgresError(name, e);
    const waited = performance.now() - started >= timeoutMs - 50 || /timeout/i.test((e as Error).message);
    throw new LedgerError(name, say('server', { why: waited ? 'noAnswer' : 'cutOff', code: '', seconds: timeoutMs / 1000 }));
  }
}

export async function openPostgres(spec: string, o: OpenOptions): Promise<Ledger> {
  const name = ledgerName(spec);
  // Loaded only for a PostgreSQL ledger (the bundle keeps it outside: see rolldown.config.mjs).
  const { Client } = (await import('pg')).default;
  const timeoutMs = Math.max(o.busyMs, 1000);
  let client: pg.Client;
  try {
    client = new Client({ connectionString: spec, connectionTimeoutMillis: timeoutMs });
  } catch (e) {
    // Its message never repeats the address (nor so its password).
    throw new LedgerError(name, say('badAddress', { invalid: e instanceof TypeError }));
  }
  client.on('error', () => {}); // a dropped connection fails the query under way, which says so
  try {
    await connect(client, name, timeoutMs);
    return new PostgresLedger(name, client, o.busyMs, await prepareSchema(postgresSchemaDb(client), name, o));
  } catch (e) {
    await client.end().catch(() => {});
    throw postgresError(name, e);
  }
}

/**
 * The database as opening a ledger needs it (see prepareSchema). A database shared with other
 * applications is ordinary in PostgreSQL: only tables of the ledger's names rule a ledger out.
 */
export function postgresSchemaDb(client: pg.Client): SchemaDb {
  return {
    dialect: 'postgres',
    async version() {
      const has = await client.query(`SELECT to_regclass('ledger_schema') AS t`);
      if (!has.rows[0].t) return 0;
      return Number((await client.query('SELECT MAX(version) AS v FROM ledger_schema')).rows[0].v ?? 0);
    },
    async otherTables() {
      return (await client.query(`SELECT t FROM unnest(ARRAY['batches', 'entries']) AS t WHERE to_regclass(t) IS NOT NULL`)).rows.map((r) => String(r.t));
    },
    async exec(sql) {
      await client.query(sql);
    },
    writing: (work) =>
      inTransaction(client, async () => {
        await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
        // First a statement that locks the schema: it makes this session see the tables another
        // writer committed while this one waited for the lock (a lookup by name, as to_regclass,
        // may answer from the session's cache of the catalog, which taking such a lock refreshes;
        // tests/ledger-postgres.test.ts makes that happen).
        await client.query(CREATE_VERSION_TABLE);
        return work();
      }),
  };
}

async function inTransaction<T>(client: pg.Client, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const out = await work();
    await client.query('COMMIT');
    return out;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  }
}

class PostgresLedger implements Ledger {
  constructor(
    readonly name: string,
    private readonly client: pg.Client,
    /** How long a writer waits for a lock another session holds (a racing recorder's open transaction), in ms. */
    private readonly busyMs: number,
    /** The schema version it is read as (a writer's: this build's). */
    private readonly version: number,
  ) {}

  /** Work in a transaction that waits up to busyMs for a lock, then fails naming the ledger. */
  private async writing<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await inTransaction(this.client, async () => {
        await this.client.query(`SET LOCAL lock_timeout = ${Math.max(1, Math.round(this.busyMs))}`);
        return work();
      });
    } catch (e) {
      throw postgresError(this.name, e, this.busyMs);
    }
  }

  private async query(sql: string, values: unknown[] = []): Promise<Record<string, unknown>[]> {
    try {
      return (await this.client.query(sql, values)).rows as Record<string, unknown>[];
    } catch (e) {
      // A ledger with no tables yet (a dry run before the first record) reads as empty.
      if ((e as { code?: string }).code === '42P01') return [];
      throw postgresError(this.name, e);
    }
  }

  async paid(personKeys: readonly number[]): Promise<PaidRow[]> {
    if (!personKeys.length) return [];
    const rows = await this.query(`SELECT ${PAID_COLUMNS} FROM entries WHERE ${LIVE} AND person_key = ANY($1::bigint[])`, [personKeys]);
    return rows.map((r) => ({ ...(r as unknown as PaidRow), person_key: Number(r.person_key) }));
  }

  async batch(id: string) {
    const [r] = await this.query(numbered(selectBatch(this.version)), [id]);
    return r && batchOf(r);
  }

  async batches() {
    return (await this.query(listBatches(this.version), [])).map(batchOf);
  }

  async record(info: BatchInfo, payments: Payments): Promise<RecordOutcome> {
    return this.writing(() => this.recordIn(info, payments));
  }

  private async recordIn(info: BatchInfo, payments: Payments): Promise<RecordOutcome> {
    const c = this.client;
    const b = await c.query(numbered(INSERT_BATCH), batchValues(info));
    if (!b.rowCount) {
      const existing = (await c.query(numbered(selectBatch(this.version)), [info.batch])).rows[0];
      return { status: 'already', existing: batchOf(existing) };
    }
    const order = insertionOrder(payments);
    let recorded = 0;
    const lost: Lost[] = [];
    for (let at = 0; at < order.length; at += CHUNK) {
      const indexes = order.subarray(at, at + CHUNK);
      const chunk = Array.from(indexes, (i) => payments.get(i));
      const col = <T>(f: (p: NewPayment) => T) => chunk.map(f);
      const r = await c.query(
        `INSERT INTO entries (entry, person_key, program, kind, amount_fen, case_id, source_file, source_line, as_of, batch_id, pack_id, pack_version, params_hash, recorded_at)
         SELECT 'payment', k, p, t, f, cs, sf, sl, $8, $9, $10, $11, $12, $13
         FROM unnest($1::bigint[], $2::text[], $3::text[], $4::bigint[], $5::text[], $6::text[], $7::int[]) AS u(k, p, t, f, cs, sf, sl)
         ON CONFLICT DO NOTHING RETURNING person_key, program`,
        [col((p) => p.personKey), col((p) => p.program), col((p) => p.kind), col((p) => p.fen), col((p) => p.caseId), col((p) => p.file), col((p) => p.line), info.asOf, info.batch, info.pack, info.packVersion, info.paramsHash, info.recordedAt],
      );
      recorded += r.rowCount ?? 0;
      if ((r.rowCount ?? 0) < chunk.length) lost.push(...(await this.holders(chunk, indexes, r.rows)));
    }
    await c.query(numbered(SET_BATCH_PAYMENTS), [recorded, info.batch]);
    return { status: 'recorded', recorded, lost };
  }

  /**
   * The payments of a chunk that were not inserted, each with the payment that blocks it: the
   * live one, or, if another session voided it since it blocked the insert, that payment (the
   * latest of the person and program), so that no payment is dropped without being reported.
   */
  private async holders(chunk: NewPayment[], indexes: Uint32Array, inserted: { person_key: string; program: string }[]): Promise<Lost[]> {
    const done = new Set(inserted.map((x) => `${x.person_key}:${x.program}`));
    const missed = chunk.map((p, j) => ({ p, i: indexes[j]! })).filter(({ p }) => !done.has(`${p.personKey}:${p.program}`));
    const held = await this.client.query(
      `SELECT DISTINCT ON (person_key, program) ${PAID_COLUMNS} FROM entries
       WHERE entry = 'payment' AND (person_key, program) IN (SELECT * FROM unnest($1::bigint[], $2::text[]))
       ORDER BY person_key, program, (voided_at IS NULL) DESC, id DESC`,
      [missed.map(({ p }) => p.personKey), missed.map(({ p }) => p.program)],
    );
    const holders = new Map(held.rows.map((h) => [`${h.person_key}:${h.program}`, { ...h, person_key: Number(h.person_key) } as PaidRow]));
    return missed.map(({ i, p }) => {
      const holder = holders.get(`${p.personKey}:${p.program}`);
      if (!holder) throw new LedgerError(this.name, say('notBlocked', { program: p.program }));
      return { index: i, holder };
    });
  }

  async void(batch: string, reason: string, recordedAt: string): Promise<VoidOutcome> {
    const c = this.client;
    return this.writing(async (): Promise<VoidOutcome> => {
      const existing = (await c.query(`${numbered(selectBatch(this.version))} FOR UPDATE`, [batch])).rows[0];
      if (!existing) return { status: 'unknown' };
      if (existing.voided_at) return { status: 'already', existing: batchOf(existing) };
      const r = await c.query(numbered(INSERT_REVERSALS), [recordedAt, reason, batch]);
      await c.query(numbered(MARK_VOIDED), [recordedAt, batch]);
      await c.query(numbered(MARK_BATCH_VOIDED), [recordedAt, reason, batch]);
      return { status: 'voided', reversals: r.rowCount ?? 0 };
    });
  }

  async *entries(filter: EntryFilter): AsyncIterable<EntryRow[]> {
    let after = 0;
    for (;;) {
      const { sql, values } = whereOf(filter, (i) => `$${i}`, after);
      const page = (await this.query(`SELECT ${ENTRY_COLUMNS} FROM entries ${sql} ORDER BY id LIMIT ${PAGE}`, values)).map(entryOf);
      if (!page.length) return;
      yield page;
      after = page.at(-1)!.id;
    }
  }

  async stats(filter: EntryFilter): Promise<StatsRow[]> {
    const { sql, values } = whereOf(filter, (i) => `$${i}`);
    return (await this.query(STATS_SQL(sql), values)).map(statsOf);
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => {});
  }
}
