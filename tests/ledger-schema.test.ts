/**
 * Opening a new SQLite ledger while another recorder makes its tables (PostgreSQL:
 * ledger-postgres.test.ts): a recorder, a reader, a dry run or a void that found no tables, then
 * finds the other recorder's, takes them for the ledger they are, never for another
 * application's tables. The window between the two looks is made to happen every time
 * (racedSchemaDb), not left to chance as two processes started at once leave it.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../src/ledger/ledger.js';
import { prepareSchema, SCHEMA_VERSION } from '../src/ledger/schema.js';
import { sqliteSchemaDb } from '../src/ledger/sqlite.js';
import { OPENINGS, racedSchemaDb } from './helpers/ledger.js';
import { suiteDirs } from './helpers/temp.js';

const newDir = suiteDirs('subsidy-ledger-schema-');

describe('a new SQLite ledger whose tables another recorder makes while it is opened', () => {
  for (const [who, o] of OPENINGS) {
    it(`is opened by ${who} as the ledger it now is`, async () => {
      const path = join(newDir(), 'ledger.db');
      // An empty database (no tables): readers open it read-only.
      new Database(path).close();
      const db = new Database(path, { readonly: !o.write, timeout: o.busyMs });
      try {
        const raced = racedSchemaDb(sqliteSchemaDb(db), async () => (await openLedger(path, { write: true, busyMs: 5000 })).close());
        expect(await prepareSchema(raced, path, o)).toBe(SCHEMA_VERSION);
      } finally {
        db.close();
      }
      const made = new Database(path, { readonly: true });
      expect(made.prepare('SELECT version FROM ledger_schema').pluck().all()).toEqual([SCHEMA_VERSION]);
      made.close();
    });
  }
});
