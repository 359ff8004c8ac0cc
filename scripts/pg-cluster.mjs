// A throwaway PostgreSQL cluster for the tests and the bench: initdb in a temporary folder (as
// the `postgres` system user when run as root), a free port on 127.0.0.1, password login over
// TCP, stopped and removed by stop(). Undefined when PostgreSQL is not installed.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const PASSWORD = 'ledger-secret';

/** The folder of initdb, pg_ctl and psql: initdb's on PATH (links followed), or Debian's /usr/lib/postgresql/N/bin. */
export function postgresBin() {
  const has = (dir) => ['initdb', 'pg_ctl', 'psql'].every((c) => existsSync(join(dir, c)));
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (!dir || !existsSync(join(dir, 'initdb'))) continue;
    const real = dirname(realpathSync(join(dir, 'initdb')));
    if (has(real)) return real;
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (has(join(root, v, 'bin'))) return join(root, v, 'bin');
  return undefined;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a cluster: { url (with the password), urlFor(database, password?), port, stop() }. */
export async function startCluster() {
  const bin = postgresBin();
  if (!bin) return undefined;
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'subsidy-pg-'));
  const as = (cmd, args) => {
    const [file, list] = root ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]] : [join(bin, cmd), args];
    return execFileSync(file, list, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  };
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const user = root ? 'postgres' : process.env.USER ?? 'postgres';
  as('initdb', ['-D', data, '-U', user, '--auth-local=trust', '--auth-host=scram-sha-256', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  as('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '30', 'start']);
  as('psql', ['-h', dir, '-p', String(port), '-U', user, '-d', 'postgres', '-qc', `ALTER USER "${user}" PASSWORD '${PASSWORD}'`]);
  const urlFor = (database, password = PASSWORD) => `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  const psql = (sql, database = 'postgres') => as('psql', ['-h', dir, '-p', String(port), '-U', user, '-d', database, '-qAtc', sql]);
  return {
    port,
    url: urlFor('postgres'),
    urlFor,
    /** Makes a database; its address. */
    database(name) {
      psql(`CREATE DATABASE "${name}"`);
      return urlFor(name);
    },
    psql,
    stop() {
      try {
        as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
