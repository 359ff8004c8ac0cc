/**
 * A throwaway PostgreSQL cluster for a test file (scripts/pg-cluster.mjs): started in beforeAll,
 * stopped and removed in afterAll. Without PostgreSQL the file's tests are skipped, and the skip
 * is announced; in CI (CI=true) a missing PostgreSQL is a failure instead.
 */
import { afterAll, beforeAll } from 'vitest';
// @ts-expect-error: a script of plain JavaScript, without types
import { postgresBin, startCluster } from '../../scripts/pg-cluster.mjs';

export interface Cluster {
  port: number;
  url: string;
  urlFor(database: string, password?: string): string;
  database(name: string): string;
  psql(sql: string, database?: string): string;
  stop(): void;
}

/** Whether PostgreSQL is there to test against (announces the skip, or fails in CI, when not). */
export function postgresAvailable(): boolean {
  if (postgresBin()) return true;
  if (process.env.CI === 'true') throw new Error('PostgreSQL is not installed (no initdb on PATH or in /usr/lib/postgresql/*/bin), and CI=true: the PostgreSQL tests must run; .ci/run installs it');
  console.warn('PostgreSQL is not installed (no initdb): the PostgreSQL ledger tests are skipped');
  return false;
}

/** The cluster of a test file: `cluster()` in its tests. */
export function useCluster(): () => Cluster {
  let c: Cluster | undefined;
  beforeAll(async () => {
    c = (await startCluster()) as Cluster;
  }, 60_000);
  afterAll(() => c?.stop());
  return () => c!;
}
