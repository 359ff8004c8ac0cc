/**
 * Packaging: `npm pack` makes a tarball that, installed into an empty folder, gives a working
 * `subsidy` command with the built-in rules pack inside it. It is installed without its optional
 * dependency (better-sqlite3, built from source where it is installed): everything but an SQLite
 * ledger works, and an SQLite ledger says what is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDir } from './helpers/temp.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the npm package', () => {
  it('installs into an empty folder and runs', { timeout: 180_000 }, () => {
    const work = testDir('subsidy-pack-');
    // dist/ is already built (npm test builds first); pack without running the build again.
    execFileSync(npm, ['pack', '--ignore-scripts', '--pack-destination', work], { cwd: resolve('.'), stdio: 'pipe' });
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
    const app = join(work, 'app');
    cpSync(resolve('examples/enterprise-hires.json'), join(work, 'case.json'));
    writeFileSync(join(work, 'package.json'), '{}');
    execFileSync(npm, ['install', '--prefix', app, join(work, tarball), '--omit=optional', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: work,
      stdio: 'pipe',
    });
    const bin = join(app, 'node_modules', '.bin', 'subsidy');
    const run = spawnSync(bin, ['evaluate', join(work, 'case.json'), '--as-of', '2020-06-30', '--format', 'json', '--quiet'], { cwd: work, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.rules.pack).toBe('cq-2020-return-to-work');
    expect(out.summary.grants.total).toBe(6000);
    const list = spawnSync(bin, ['rules', 'list', '--format', 'json'], { cwd: work, encoding: 'utf8' });
    expect(JSON.parse(list.stdout).programs).toHaveLength(6);
    const ledger = spawnSync(bin, ['ledger', 'list', '--ledger', join(work, 'paid.db')], { cwd: work, encoding: 'utf8' });
    expect(ledger.status).toBe(4);
    expect(ledger.stderr).toMatch(/needs the optional package better-sqlite3, which .*: run npm install better-sqlite3/);
  });
});
