/**
 * For the ledger tests: people (distinct valid ID numbers) and CSV batches of hire rows that
 * claim the one-time job subsidy (6,000 yuan, once per person) for them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenOptions } from '../../src/ledger/ledger.js';
import type { SchemaDb } from '../../src/ledger/schema.js';
import { residentId } from './ids.js';

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** The i-th of many distinct valid ID numbers (area 500115). */
export function person(i: number): string {
  const d = Math.floor(i / 999);
  const year = 1960 + Math.floor(d / 336);
  const month = Math.floor((d % 336) / 28) + 1;
  const day = (d % 28) + 1;
  return residentId(`500115${year}${pad(month, 2)}${pad(day, 2)}${pad((i % 999) + 1, 3)}`);
}

export const HIRE_HEADER = 'type,case_id,enterprise_name,worker_name,worker_id,worker_group,contract_signed';

/** A CSV batch of hire rows for people from..to-1 (each eligible for 6,000 yuan), written to dir/name. */
export function hireBatch(dir: string, name: string, from: number, to: number, caseId = name.replace(/\.csv$/, '')): string {
  let text = `${HIRE_HEADER}\n`;
  for (let i = from; i < to; i++) text += `hire,${caseId},重庆长寿电子科技有限公司,worker ${i},${person(i)},poverty_registered,2020-03-01\n`;
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Live payments of one person and program held more than once (none, ever), and all live payments. */
export function liveCounts(query: (sql: string) => { n: number | string }[]): { twice: number; live: number } {
  const twice = query(`SELECT COUNT(*) AS n FROM (SELECT person_key, program FROM entries WHERE entry = 'payment' AND voided_at IS NULL GROUP BY person_key, program HAVING COUNT(*) > 1) AS t`);
  const live = query(`SELECT COUNT(*) AS n FROM entries WHERE entry = 'payment' AND voided_at IS NULL`);
  return { twice: Number(twice[0]!.n), live: Number(live[0]!.n) };
}

/**
 * A ledger's database as opening sees it, but with another recorder's tables made right after
 * its first look at the schema version: the window in which two recorders starting at once on a
 * new ledger each find no tables, then one finds the other's.
 */
export function racedSchemaDb(db: SchemaDb, makeTables: () => Promise<void>): SchemaDb {
  let looked = false;
  return {
    ...db,
    async version() {
      const v = await db.version();
      if (!looked) {
        looked = true;
        await makeTables();
      }
      return v;
    },
  };
}

/** Each way a command opens a ledger: recording, reading, a dry run of recording, voiding. */
export const OPENINGS: [string, OpenOptions][] = [
  ['a recorder', { write: true, busyMs: 5000 }],
  ['a reader', { write: false, busyMs: 5000 }],
  ['a dry run', { write: false, busyMs: 5000, missingIsEmpty: true }],
  ['a void', { write: true, busyMs: 5000, create: false }],
];
