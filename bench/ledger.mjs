// The ledger group of bench/run.mjs: recording a 1M-row batch into an SQLite ledger, and
// evaluating the 1M rows against ledgers of 10M payments (SQLite, then PostgreSQL on a
// throwaway local cluster), beside the same run without a ledger. The 10M payments are written
// straight with SQL (people from bench/ids.mjs, in chunks), not through `ledger record`.

import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT, firstErrorLine, runNode, summarize } from './child.mjs';
import { fmtMB, fmtS, log } from './format.mjs';
import { residentIds } from './ids.mjs';
import { AS_OF } from './measurements.mjs';
import { startCluster } from '../scripts/pg-cluster.mjs';

const LEDGER_PAYMENTS = 10_000_000;
const CHUNK = 50_000;
const PROGRAMS = [['emergency', 'grant', 60000], ['organization', 'grant', 85000], ['hiring', 'grant', 600000], ['startup_grant', 'grant', 800000], ['startup_loan', 'loan', 15000000]];
const TIMEOUT = 30 * 60_000;

/** A seeded PRNG (mulberry32), apart from the batch's. */
function rngOf(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Payments of `n` generated people, a chunk at a time: columns of person keys, programs, kinds,
 * fen. In the order of person keys, as `ledger record` inserts them (the indexes grow at one end).
 */
async function* paymentChunks(n) {
  const { personKey } = await import(join(ROOT, 'dist/engine/person-key.js'));
  const ids = residentIds();
  const rng = rngOf(0x1ed9e7);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = personKey(ids(rng));
  keys.sort();
  for (let at = 0; at < n; at += CHUNK) {
    const chunk = { keys: [], programs: [], kinds: [], fens: [] };
    for (let i = at; i < Math.min(n, at + CHUNK); i++) {
      const [program, kind, fen] = PROGRAMS[Math.floor(rng() * PROGRAMS.length)];
      chunk.keys.push(keys[i]);
      chunk.programs.push(program);
      chunk.kinds.push(kind);
      chunk.fens.push(fen);
    }
    yield chunk;
  }
}

const BATCH_ROW = ['bench-10m', '2020-03-31', '2020-04-01T00:00:00.000Z', 'cq-2020-return-to-work', '1', 'bench', 'generated'];

/** An SQLite ledger of n payments, written with plain SQL in one transaction per chunk. */
async function sqliteLedger(file, n) {
  const { openLedger } = await import(join(ROOT, 'dist/ledger/ledger.js'));
  await (await openLedger(file, { write: true, busyMs: 5000 })).close();
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.prepare('INSERT INTO batches (batch_id, as_of, recorded_at, pack_id, pack_version, params_hash, files) VALUES (?, ?, ?, ?, ?, ?, ?)').run(...BATCH_ROW);
  const insert = db.prepare(`INSERT INTO entries (entry, person_key, program, kind, amount_fen, source_file, source_line, as_of, batch_id, pack_id, pack_version, params_hash, recorded_at)
    VALUES ('payment', ?, ?, ?, ?, 'generated.csv', NULL, '2020-03-31', 'bench-10m', 'cq-2020-return-to-work', '1', 'bench', '2020-04-01T00:00:00.000Z') ON CONFLICT DO NOTHING`);
  for await (const c of paymentChunks(n)) {
    db.transaction(() => {
      for (let i = 0; i < c.keys.length; i++) insert.run(c.keys[i], c.programs[i], c.kinds[i], c.fens[i]);
    })();
  }
  db.close();
}

/** The same in PostgreSQL, a multi-row INSERT … SELECT FROM unnest per chunk. */
async function postgresLedger(url, n) {
  const { openLedger } = await import(join(ROOT, 'dist/ledger/ledger.js'));
  await (await openLedger(url, { write: true, busyMs: 5000 })).close();
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('INSERT INTO batches (batch_id, as_of, recorded_at, pack_id, pack_version, params_hash, files) VALUES ($1, $2, $3, $4, $5, $6, $7)', BATCH_ROW);
  for await (const c of paymentChunks(n)) {
    await client.query(
      `INSERT INTO entries (entry, person_key, program, kind, amount_fen, source_file, as_of, batch_id, pack_id, pack_version, params_hash, recorded_at)
       SELECT 'payment', k, p, t, f, 'generated.csv', '2020-03-31', 'bench-10m', 'cq-2020-return-to-work', '1', 'bench', '2020-04-01T00:00:00.000Z'
       FROM unnest($1::bigint[], $2::text[], $3::text[], $4::bigint[]) AS u(k, p, t, f) ON CONFLICT DO NOTHING`,
      [c.keys, c.programs, c.kinds, c.fens],
    );
  }
  await client.query('VACUUM ANALYZE entries');
  await client.end();
}

/** Runs the CLI `runs` times with these arguments; a result as child.mjs summarizes it. */
async function measure(cli, label, args, rows, runs, tmp, okCodes = [0, 1]) {
  const result = { measurement: label, rows, runs: [], ok: false, failure: null };
  for (let i = 1; i <= runs; i++) {
    const r = await runNode([cli, ...args], { timeoutMs: TIMEOUT, rssFile: join(tmp, `rss-ledger-${label.replace(/\W+/g, '-')}-${i}`) });
    if (r.error || !okCodes.includes(r.code)) {
      result.failure = r.error ?? `exit ${r.code}: ${firstErrorLine(r.stderr)}`;
      log(`  ${label} run ${i}: FAILED — ${result.failure}`);
      break;
    }
    result.runs.push({ ms: r.ms, rssKB: r.rssKB });
    log(`  ${label} run ${i}: ${fmtS(r.ms)} s, peak RSS ${fmtMB(r.rssKB / 1024)} MB`);
  }
  return summarize(result);
}

/** The ledger group: its measurements, as run.mjs saves them. */
export async function ledgerRuns(options, batches, tmp) {
  const rows = batches.peerRows, file = batches.fileOf(rows), cli = options.cli;
  const runs = options.runs ?? 3;
  const out = join(tmp, 'ledger-out.csv');
  const evaluate = (extra) => ['evaluate', file, '--format', 'csv', '--output', out, '--as-of', AS_OF, '--quiet', ...extra];
  const results = {};
  log('');
  log(`ledger: record ${rows} rows into a new SQLite ledger, ${runs} runs:`);
  const recordDb = join(tmp, 'record.db');
  const record = { measurement: 'ledger record, SQLite', rows, runs: [], ok: false, failure: null };
  for (let i = 1; i <= runs; i++) {
    for (const f of [recordDb, `${recordDb}-wal`, `${recordDb}-shm`]) await rm(f, { force: true });
    const r = await measure(cli, `record ${i}`, ['ledger', 'record', file, '--ledger', recordDb, '--batch', 'bench', '--as-of', AS_OF, '--quiet'], rows, 1, tmp);
    if (!r.ok) record.failure = r.failure;
    else record.runs.push(...r.runs);
  }
  results.record = summarize(record);

  log('');
  let started = performance.now();
  const sqlite = join(tmp, 'ledger-10m.db');
  await sqliteLedger(sqlite, LEDGER_PAYMENTS);
  log(`ledger: an SQLite ledger of ${LEDGER_PAYMENTS} payments written in ${fmtS(performance.now() - started)} s`);
  log(`ledger: evaluate ${rows} rows without a ledger and against it, ${runs} rounds:`);
  const without = [], withSqlite = [];
  for (let i = 1; i <= runs; i++) {
    without.push(await measure(cli, 'without a ledger', evaluate([]), rows, 1, tmp));
    withSqlite.push(await measure(cli, 'SQLite ledger of 10M', evaluate(['--ledger', sqlite]), rows, 1, tmp));
  }
  const merge = (label, list) => summarize({ measurement: label, rows, runs: list.flatMap((r) => r.runs), ok: false, failure: list.find((r) => r.failure)?.failure ?? null });
  results.without = merge('evaluate, no ledger', without);
  results.sqlite = merge('evaluate, SQLite ledger of 10M payments', withSqlite);
  await rm(sqlite, { force: true });

  const cluster = await startCluster();
  if (!cluster) log('ledger: PostgreSQL is not installed: its measurements are left out');
  else {
    try {
      const url = cluster.database('bench');
      started = performance.now();
      await postgresLedger(url, LEDGER_PAYMENTS);
      log(`ledger: a PostgreSQL ledger of ${LEDGER_PAYMENTS} payments written in ${fmtS(performance.now() - started)} s`);
      results.postgres = await measure(cli, 'PostgreSQL ledger of 10M', evaluate(['--ledger', url]), rows, runs, tmp);
      const recordUrl = cluster.database('record');
      results.recordPostgres = await measure(cli, 'record into PostgreSQL', ['ledger', 'record', file, '--ledger', recordUrl, '--batch', 'bench', '--as-of', AS_OF, '--quiet'], rows, 1, tmp);
    } finally {
      cluster.stop();
    }
  }
  const ratio = (r) => (r?.ok && results.without.ok ? r.median_ms / results.without.median_ms : null);
  results.targets = {
    record_s: results.record.ok ? results.record.median_ms / 1000 : null,
    sqlite_ratio: ratio(results.sqlite),
    sqlite_rss_mb: results.sqlite.rss_max_mb,
    postgres_ratio: ratio(results.postgres),
  };
  log('');
  log(`ledger: record ${fmtS(results.record.median_ms ?? NaN)} s (≤ 30 s); against 10M in SQLite ${results.targets.sqlite_ratio?.toFixed(2)}× the run without (≤ 5×), peak ${fmtMB(results.sqlite.rss_max_mb)} MB (≤ 256 MB); PostgreSQL ${results.targets.postgres_ratio?.toFixed(2) ?? 'n/a'}×`);
  return results;
}
