/**
 * The ledger of paid claims on SQLite, through the command line in this process: recording a
 * batch (all or nothing, idempotent by batch ID, conflicts listed), evaluating against the
 * ledger (a claim paid before is ineligible, "already paid"), voiding (reversals appended, the
 * people payable again), reading it (show, list, stats, export) and its faults (exit 4).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idOfPersonKey, personKey } from '../src/engine/person-key.js';
import { evaluateRecords, LedgerClaims, loadRules, openLedger } from '../src/index.js';
import { ledgerName } from '../src/ledger/ledger.js';
import { driverError } from '../src/ledger/sqlite.js';
import { Recorder } from '../src/ledger/recorder.js';
import { hireBatch, person } from './helpers/ledger.js';
import { validResidentId } from './helpers/ids.js';
import { displayWidth } from '../src/io/width.js';
import { recordedText, voidText, type RecordReport } from '../src/app/ledger-text.js';
import { runCli } from './helpers/run.js';
import { suiteDirs } from './helpers/temp.js';

const newDir = suiteDirs('subsidy-ledger-');
const AS_OF = ['--as-of', '2020-06-30'];

/** A folder with February's batch (people 0–9) and March's (people 5–14). */
function setup() {
  const dir = newDir();
  return { dir, db: join(dir, 'ledger.db'), feb: hireBatch(dir, 'feb.csv', 0, 10), mar: hireBatch(dir, 'mar.csv', 5, 15) };
}

const record = (file: string, db: string, batch: string, ...more: string[]) => runCli(['ledger', 'record', file, '--ledger', db, '--batch', batch, ...AS_OF, '--quiet', ...more]);
const live = (db: string) => new Database(db, { readonly: true }).prepare(`SELECT COUNT(*) AS n FROM entries WHERE entry = 'payment' AND voided_at IS NULL`).get() as { n: number };
const rowsOf = (db: string) => (new Database(db, { readonly: true }).prepare('SELECT COUNT(*) AS n FROM entries').get() as { n: number }).n;

describe('recording a batch', () => {
  it('records every eligible claim, in fen, with its person, case, source, batch, pack and parameters', async () => {
    const { db, feb } = setup();
    const r = await record(feb, db, '2020-02');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('batch 2020-02 (as of 2020-06-30): 10 payments recorded');
    const rows = new Database(db, { readonly: true }).prepare('SELECT * FROM entries ORDER BY id').all() as Record<string, unknown>[];
    expect(rows).toHaveLength(10);
    expect(rows[0]).toMatchObject({ entry: 'payment', person_key: personKey(person(0)), program: 'hiring', kind: 'grant', amount_fen: 600000, case_id: 'feb', source_file: feb, source_line: 2, as_of: '2020-06-30', batch_id: '2020-02', pack_id: 'cq-2020-return-to-work', pack_version: '1', voided_at: null });
    expect(rows[0]!.params_hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('records nothing for a batch ID recorded before, and says so (exit 0)', async () => {
    const { db, feb } = setup();
    await record(feb, db, '2020-02');
    const again = await record(feb, db, '2020-02');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/batch 2020-02 is already in ledger .*: nothing recorded/);
    expect(rowsOf(db)).toBe(10);
  });

  it('refuses a batch ID recorded before for other files, as-of date or parameters, saying what differs (exit 1)', async () => {
    const { db, feb, mar } = setup();
    await record(feb, db, '2020-02');
    const other = await record(mar, db, '2020-02');
    expect(other.code).toBe(1);
    expect(other.stdout).toBe('');
    expect(other.stderr).toMatch(new RegExp(`^subsidy: batch ID 2020-02 was used for other inputs in ledger .*ledger\\.db \\(recorded .*; files ${feb} then, ${mar} now\\): nothing recorded; pick a new batch ID\n$`));
    const date = await runCli(['ledger', 'record', feb, '--ledger', db, '--batch', '2020-02', '--as-of', '2020-07-31', '--quiet']);
    expect(date.code).toBe(1);
    expect(date.stderr).toContain('as of 2020-06-30 then, 2020-07-31 now');
    const params = await record(feb, db, '2020-02', '--param', 'hiring_amount=5000', '--report', 'json');
    expect(params.code).toBe(1);
    expect(params.stderr).toMatch(/parameters hash [0-9a-f]{16} then, [0-9a-f]{16} now/);
    expect(JSON.parse(params.stdout).other_inputs).toHaveLength(1);
    expect(rowsOf(db)).toBe(10);
  });

  it('records the rest of a batch with claims paid before, and lists those (exit 1)', async () => {
    const { db, feb, mar } = setup();
    await record(feb, db, '2020-02');
    const r = await record(mar, db, '2020-03');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('5 payments recorded');
    expect(r.stdout).toContain('5 claims already paid, not recorded:');
    expect(r.stdout).toContain(`mar.csv:2 · mar · 500115********${person(5).slice(-4)} · hiring: already paid: paid to this person on 2020-06-30 in batch 2020-02 (${feb}:7, case feb)`);
    expect(live(db).n).toBe(15);
  });

  it('--dry-run shows what would be recorded and writes nothing, not even a new file', async () => {
    const { db, feb } = setup();
    const r = await record(feb, db, '2020-02', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('dry run: batch 2020-02 (as of 2020-06-30) would record 10 payments');
    expect(existsSync(db)).toBe(false);
  });

  it('is all or nothing: a failure amid the inserts leaves the ledger as it was', async () => {
    const { db, feb, mar } = setup();
    await record(feb, db, '2020-02');
    const d = new Database(db);
    d.exec(`CREATE TRIGGER fail AFTER INSERT ON entries WHEN (SELECT COUNT(*) FROM entries) > 12 BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    d.close();
    const r = await record(hireBatch(newDir(), 'apr.csv', 20, 30), db, '2020-04');
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^subsidy: ledger .*ledger\.db: .*disk trouble/);
    expect(rowsOf(db)).toBe(10);
    expect(new Database(db, { readonly: true }).prepare('SELECT batch_id FROM batches').all()).toEqual([{ batch_id: '2020-02' }]);
    void mar;
  });

  it('records case files too, and SUBSIDY_LEDGER names the ledger', async () => {
    const { db } = setup();
    const r = await runCli(['ledger', 'record', 'examples/enterprise-hires.json', '--batch', 'hires', ...AS_OF, '--quiet'], '', { SUBSIDY_LEDGER: db });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('1 payment recorded');
    const again = await runCli(['evaluate', 'examples/enterprise-hires.json', '--format', 'json', ...AS_OF, '--quiet'], '', { SUBSIDY_LEDGER: db });
    const first = JSON.parse(again.stdout).records[0].results[0];
    expect(first).toMatchObject({ status: 'ineligible', amount: 0, duplicate_of: { batch: 'hires', paid_on: '2020-06-30', case_id: 'QY-2020-0042', line: 5 } });
    expect(first.reasons[0]).toMatchObject({ condition: 'already_paid', outcome: 'not_met' });
  });
});

describe('evaluating against the ledger', () => {
  it('makes a claim paid before ineligible, "already paid" naming its date, batch and case, in every format and both languages', async () => {
    const { db, feb, mar } = setup();
    await record(feb, db, '2020-02');
    const json = JSON.parse((await runCli(['evaluate', mar, '--ledger', db, '--format', 'json', ...AS_OF, '--quiet'])).stdout);
    const statuses = json.records.map((r: { results: { status: string }[] }) => r.results[0]!.status);
    expect(statuses).toEqual([...Array(5).fill('ineligible'), ...Array(5).fill('eligible')]);
    expect(json.records[0].results[0].duplicate_of).toEqual({ file: feb, line: 7, case_id: 'feb', batch: '2020-02', paid_on: '2020-06-30' });
    expect(json.summary.grants.total).toBe(30000);
    const csv = (await runCli(['evaluate', mar, '--ledger', db, '--format', 'csv', '--jobs', '0', ...AS_OF, '--quiet'])).stdout.split('\n');
    expect(csv[1]).toContain(`ineligible,0.00,"already paid: paid to this person on 2020-06-30 in batch 2020-02 (${feb}:7, case feb); paid once per person"`);
    expect(csv[6]).toContain(',eligible,6000.00,');
    const zh = (await runCli(['evaluate', mar, '--ledger', db, '--format', 'csv', '--lang', 'zh', ...AS_OF, '--quiet'])).stdout;
    expect(zh).toContain('已发放:该人员已于 2020-06-30 在批次 2020-02 获发');
    const table = (await runCli(['evaluate', mar, '--ledger', db, '--format', 'table', ...AS_OF, '--quiet'])).stdout;
    expect(table).toMatch(/one-time job subsidy │ +5 │ +0 │ +0 │ +5 │ +30,000\.00 │/);
  });

  it('never writes the ledger', async () => {
    const { db, feb, mar } = setup();
    await record(feb, db, '2020-02');
    await runCli(['evaluate', mar, '--ledger', db, '--format', 'json', ...AS_OF, '--quiet']);
    await runCli(['audit', mar, '--ledger', db, '--format', 'json', ...AS_OF, '--quiet']);
    expect(rowsOf(db)).toBe(10);
    expect(new Database(db, { readonly: true }).prepare('SELECT COUNT(*) AS n FROM batches').get()).toEqual({ n: 1 });
  });

  it('finds repeats within the run besides those in the ledger, the ledger first', async () => {
    const { dir, db, feb } = setup();
    await record(feb, db, '2020-02');
    const both = hireBatch(dir, 'both.csv', 8, 12);
    const json = JSON.parse((await runCli(['evaluate', both, both, '--ledger', db, '--format', 'json', ...AS_OF, '--quiet'])).stdout);
    const refs = json.records.map((r: { results: { duplicate_of?: { batch?: string; file: string } }[] }) => r.results[0]!.duplicate_of);
    expect(refs.map((r: { batch?: string } | undefined) => r?.batch ?? (r ? 'run' : 'first'))).toEqual(['2020-02', '2020-02', 'first', 'first', '2020-02', '2020-02', 'run', 'run']);
  });
});

describe('a run that first reads its inputs for repeated people (two passes)', () => {
  it('still checks every claim against the ledger, and finds the repeats of the run', async () => {
    const { dir, db, feb } = setup();
    await record(feb, db, '2020-02');
    const both = hireBatch(dir, 'both.csv', 8, 12);
    const one = async () => JSON.parse((await runCli(['evaluate', both, both, '--ledger', db, '--format', 'json', '--jobs', '0', ...AS_OF, '--quiet'])).stdout);
    const expected = await one();
    process.env.SUBSIDY_TWO_PASS_ROWS = '1';
    try {
      const two = await one();
      expect(two.records.map((r: { results: unknown[] }) => r.results)).toEqual(expected.records.map((r: { results: unknown[] }) => r.results));
      expect(two.summary.duplicates).toBe(6);
      const recorded = await runCli(['ledger', 'record', both, both, '--ledger', db, '--batch', 'both', '--jobs', '0', ...AS_OF, '--quiet']);
      expect(recorded.stdout).toContain('2 payments recorded');
      expect(recorded.stdout).toContain('4 claims already paid, not recorded:');
    } finally {
      delete process.env.SUBSIDY_TWO_PASS_ROWS;
    }
  });
});

describe('voiding a batch', () => {
  it('appends a reversal for each payment (nothing deleted), and its people may be paid again', async () => {
    const { db, feb, mar } = setup();
    await record(feb, db, '2020-02');
    const v = await runCli(['ledger', 'void', '2020-02', '--reason', 'paid from the wrong budget', '--ledger', db]);
    expect(v.code, v.stderr).toBe(0);
    expect(v.stdout).toContain('batch 2020-02 voided in ledger');
    expect(v.stdout).toContain('10 payments reversed');
    expect(rowsOf(db)).toBe(20);
    expect((await runCli(['ledger', 'void', '2020-02', '--reason', 'again', '--ledger', db])).stdout).toContain('was voided before');
    expect(rowsOf(db)).toBe(20);
    const r = await record(mar, db, '2020-03');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('10 payments recorded');
    const show = await runCli(['ledger', 'show', person(5), '--ledger', db, '--format', 'table']);
    expect(show.stdout.split('\n').slice(1, 4).map((l) => l.split(/\s{2,}/).slice(1, 3))).toEqual([
      ['payment (voided)', `500115********${person(5).slice(-4)}`],
      ['reversal', `500115********${person(5).slice(-4)}`],
      ['payment', `500115********${person(5).slice(-4)}`],
    ]);
  });

  it('records files only: standard input has no name to trace a payment back to (exit 2)', async () => {
    const { dir, feb } = setup();
    const db = join(dir, 'stdin.db');
    const r = await runCli(['ledger', 'record', '-', '--input-format', 'csv', '--ledger', db, '--batch', 'x', ...AS_OF], readFileSync(feb, 'utf8'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('standard input has no name; save the input to a file and record that');
    expect(existsSync(db)).toBe(false);
  });

  it('batches lists every batch, voided ones and those that paid nothing too, with its files and its void', async () => {
    const { dir, db, feb, mar } = setup();
    await record(feb, db, '2020-02');
    await record(hireBatch(dir, 'none.csv', 0, 3), db, 'repeats'); // all paid before: records nothing
    await runCli(['ledger', 'void', '2020-02', '--reason', 'wrong budget', '--ledger', db]);
    await record(mar, db, '2020-03');
    const json = JSON.parse((await runCli(['ledger', 'batches', '--ledger', db, '--format', 'json'])).stdout);
    expect(json.map((b: { batch: string; payments: number; voided_at: string | null; void_reason: string | null; files: string[]; as_of: string }) => [b.batch, b.payments, b.voided_at !== null, b.void_reason, b.files, b.as_of])).toEqual([
      ['2020-02', 10, true, 'wrong budget', [feb], '2020-06-30'],
      ['repeats', 0, false, null, [join(dir, 'none.csv')], '2020-06-30'],
      ['2020-03', 10, false, null, [mar], '2020-06-30'],
    ]);
    const table = (await runCli(['ledger', 'batches', '--ledger', db, '--format', 'table'])).stdout.split('\n');
    expect(table[0]).toMatch(/^batch\s+as_of\s+payments\s+recorded_at\s+voided_at\s+void_reason\s+files$/);
    expect(table[1]).toMatch(/^2020-02 .* wrong budget /);
    const csv = (await runCli(['ledger', 'batches', '--ledger', db, '--format', 'csv'])).stdout.trim().split('\n');
    expect(csv).toHaveLength(4);
    expect(csv[2]!.startsWith('repeats,2020-06-30,0,')).toBe(true);
    const unknown = await runCli(['ledger', 'void', 'nope', '--reason', 'x', '--ledger', db]);
    expect(unknown.stderr).toContain('subsidy ledger batches lists them');
  });

  it('takes the batch ID trimmed, and a blank reason or batch ID is a usage error (exit 2)', async () => {
    const { db, feb } = setup();
    await record(feb, db, '2020-02');
    for (const [batch, reason] of [['2020-02', ' '], ['2020-02', ''], [' ', 'r']]) {
      const r = await runCli(['ledger', 'void', batch!, '--reason', reason!, '--ledger', db]);
      expect(r.code, `void '${batch}' --reason '${reason}'`).toBe(2);
      expect(r.stderr).toMatch(/^subsidy: ledger void: give the (reason|batch ID)/);
    }
    expect(rowsOf(db)).toBe(10);
    const v = await runCli(['ledger', 'void', ' 2020-02 ', '--reason', 'r', '--ledger', db]);
    expect(v.code, v.stderr).toBe(0);
    expect(v.stdout).toContain('batch 2020-02 voided in ledger');
  });

  it('says so for a batch the ledger does not hold (exit 4)', async () => {
    const { db, feb } = setup();
    await record(feb, db, '2020-02');
    const r = await runCli(['ledger', 'void', '2020-13', '--reason', 'x', '--ledger', db]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/no batch 2020-13 in it/);
  });
});

describe('reading the ledger', () => {
  it('lists, totals and exports, with filters, IDs masked in tables only', async () => {
    const { db, feb, mar } = setup();
    await record(feb, db, '2020-02');
    await runCli(['ledger', 'record', mar, '--ledger', db, '--batch', '2020-03', '--as-of', '2020-07-31', '--quiet']);
    const csv = (await runCli(['ledger', 'export', '--ledger', db])).stdout.trim().split('\n');
    expect(csv[0]).toBe('id,entry,person_id,program,kind,amount,case_id,source_file,source_line,as_of,batch,pack,pack_version,params_hash,recorded_at,voided_at,reason');
    expect(csv).toHaveLength(16);
    expect(csv[1]).toContain(`,payment,${person(0)},hiring,grant,6000.00,feb,`);
    const nd = (await runCli(['ledger', 'list', '--ledger', db, '--format', 'ndjson', '--from', '2020-07-01'])).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(nd.map((e) => e.batch)).toEqual(Array(5).fill('2020-03'));
    expect(nd[0]).toMatchObject({ person_id: person(10), amount: 6000, as_of: '2020-07-31' });
    const json = JSON.parse((await runCli(['ledger', 'list', '--ledger', db, '--format', 'json', '--batch', '2020-02', '--case', 'feb', '--to', '2020-06-30'])).stdout);
    expect(json).toHaveLength(10);
    const table = (await runCli(['ledger', 'list', '--ledger', db, '--format', 'table', '--program', 'hiring'])).stdout;
    expect(table).toContain(`500115********${person(0).slice(-4)}`);
    expect(table).not.toContain(person(0));
    const stats = JSON.parse((await runCli(['ledger', 'stats', '--ledger', db, '--format', 'json'])).stdout);
    expect(stats).toEqual([
      { batch: '2020-02', program: 'hiring', kind: 'grant', payments: 10, paid: 60000, reversals: 0, reversed: 0, net: 60000 },
      { batch: '2020-03', program: 'hiring', kind: 'grant', payments: 5, paid: 30000, reversals: 0, reversed: 0, net: 30000 },
      { batch: null, program: 'hiring', kind: 'grant', payments: 15, paid: 90000, reversals: 0, reversed: 0, net: 90000 },
      { batch: null, program: null, kind: 'grant', payments: 15, paid: 90000, reversals: 0, reversed: 0, net: 90000 },
    ]);
    expect((await runCli(['ledger', 'stats', '--ledger', db, '--format', 'table'])).stdout).toContain('grants by program (net 90,000.00 yuan)');
  });

  it('a table lists the first 1,000 entries under one header, then says how many more', async () => {
    const dir = newDir();
    const db = join(dir, 'l.db');
    expect((await record(hireBatch(dir, 'big.csv', 0, 1005), db, 'b')).code).toBe(0);
    const table = (await runCli(['ledger', 'list', '--ledger', db, '--format', 'table'])).stdout.trim().split('\n');
    expect(table.filter((l) => /^\s*id\s+entry\s+person/.test(l))).toHaveLength(1);
    expect(table.filter((l) => /^\s*\d+\s+payment/.test(l))).toHaveLength(1000);
    expect(table.at(-1)).toBe('… and 5 more entries: --format csv, or ledger export, lists them all');
    expect((await runCli(['ledger', 'list', '--ledger', db, '--format', 'csv'])).stdout.trim().split('\n')).toHaveLength(1006);
  });

  it('a table aligns its columns as a terminal shows them, Chinese (two columns a character) included', async () => {
    const dir = newDir();
    const db = join(dir, 'l.db');
    expect((await record(hireBatch(dir, 'zh.csv', 0, 2, '长寿区案件'), db, 'zh')).code).toBe(0);
    const lines = (await runCli(['ledger', 'list', '--ledger', db, '--format', 'table', '--no-mask'])).stdout.trim().split('\n');
    // Where the source column begins, in terminal columns: the same on every line.
    const sourceAt = (l: string) => displayWidth(l.slice(0, l.search(/\s(source|\S*zh\.csv)/) + 1));
    expect(new Set(lines.map(sourceAt)).size).toBe(1);
  });

  it('show takes a 15-digit ID in its 18-digit form, and refuses a bad one (exit 2, a usage error)', async () => {
    const { db } = setup();
    await runCli(['ledger', 'record', 'examples/batch-mixed.csv', '--ledger', db, '--batch', 'b', ...AS_OF, '--quiet']);
    // 张伟 of the example, 500115199001011238, as his ID was written before 1999.
    const r = await runCli(['ledger', 'show', '500115900101123', '--ledger', db, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const entries = JSON.parse(r.stdout) as { person_id: string; program: string; kind: string; amount: number }[];
    expect(entries.map((e) => [e.person_id, e.program, e.kind, e.amount])).toEqual([
      ['500115199001011238', 'emergency', 'grant', 600],
      ['500115199001011238', 'organization', 'grant', 850],
      ['500115199001011238', 'startup_grant', 'grant', 8000],
      ['500115199001011238', 'startup_loan', 'loan', 150000],
    ]);
    const bad = await runCli(['ledger', 'show', '500115199001011239', '--ledger', db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not a valid ID number: the check character/);
    const short = await runCli(['ledger', 'show', '123', '--ledger', db]);
    expect(short.code).toBe(2);
    expect(short.stderr).toBe('subsidy: ledger show 123: not a valid ID number: an ID number has 18 characters (or 15), this one 3\n');
    // In Chinese, the reason too; and an ID typed full-width is the same person.
    const zh = await runCli(['ledger', 'show', '123', '--ledger', db, '--lang', 'zh']);
    expect(zh.stderr).toBe('subsidy: ledger show 123:不是有效的身份证号:身份证号应为 18 位(或 15 位),此号码为 3 位\n');
    const wide = await runCli(['ledger', 'show', '５００１１５１９９００１０１１２３８', '--ledger', db, '--format', 'json']);
    expect(wide.code, wide.stderr).toBe(0);
    expect(wide.stdout).toBe((await runCli(['ledger', 'show', '500115199001011238', '--ledger', db, '--format', 'json'])).stdout);
  });

  it('stats in json, ndjson and csv total by program and by kind, grants and loans apart, csv amounts as export writes them', async () => {
    const { db } = setup();
    await runCli(['ledger', 'record', 'examples/batch-mixed.csv', '--ledger', db, '--batch', 'b', ...AS_OF, '--quiet']);
    const json = JSON.parse((await runCli(['ledger', 'stats', '--ledger', db, '--format', 'json'])).stdout) as { batch: string | null; program: string | null; kind: string; net: number }[];
    const kinds = json.filter((s) => s.program === null);
    expect(kinds.map((s) => s.kind)).toEqual(['grant', 'loan']);
    const byProgram = json.filter((s) => s.batch === null && s.program !== null);
    for (const k of kinds) expect(byProgram.filter((s) => s.kind === k.kind).reduce((n, s) => n + s.net, 0)).toBeCloseTo(k.net, 2);
    const nd = (await runCli(['ledger', 'stats', '--ledger', db, '--format', 'ndjson'])).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(nd).toEqual(json);
    const csv = (await runCli(['ledger', 'stats', '--ledger', db, '--format', 'csv'])).stdout.trim().split('\n');
    expect(csv[0]).toBe('batch,program,kind,payments,paid,reversals,reversed,net');
    expect(csv).toHaveLength(json.length + 1);
    expect(csv.at(-1)).toMatch(/^,,loan,\d+,\d+\.\d\d,0,0\.00,\d+\.\d\d$/);
    expect(csv.every((l, i) => !i || /,\d+\.\d\d,\d+,\d+\.\d\d,-?\d+\.\d\d$/.test(l))).toBe(true);
  });

  it('turns every person key back into its ID number', () => {
    fc.assert(fc.property(validResidentId, (id) => idOfPersonKey(personKey(id)!) === id));
  });
});

describe('the library', () => {
  it('evaluates records against an SQLite ledger through LedgerClaims', async () => {
    const { db, feb } = setup();
    await record(feb, db, '2020-02');
    const ledger = await openLedger(db, { write: false, busyMs: 1000 });
    try {
      const rules = loadRules({ asOf: '2020-06-30' });
      const records = [0, 10].map((i) => ({ type: 'hire', worker_id: person(i), worker_group: 'poverty_registered', contract_signed: '2020-03-01' }));
      const out = evaluateRecords(records, { asOf: '2020-06-30', rules, claims: new LedgerClaims(ledger, rules) });
      expect(out.records.map((r) => r.results[0]!.status)).toEqual(['ineligible', 'eligible']);
      expect(out.records[0]!.results[0]!.duplicate_of).toMatchObject({ batch: '2020-02', paid_on: '2020-06-30', case_id: 'feb' });
    } finally {
      await ledger.close();
    }
  });
});

describe('a ledger that cannot be used (exit 4, one line, nothing written)', () => {
  it('was written by a newer version', async () => {
    const { db, feb, mar } = setup();
    await record(feb, db, '2020-02');
    const d = new Database(db);
    d.exec('UPDATE ledger_schema SET version = 99');
    d.close();
    for (const args of [['evaluate', mar, '--ledger', db], ['ledger', 'record', mar, '--ledger', db, '--batch', 'x'], ['ledger', 'stats', '--ledger', db]]) {
      const r = await runCli([...args, ...(args[0] === 'ledger' && args[1] === 'stats' ? [] : AS_OF)]);
      expect(r.code).toBe(4);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`subsidy: ledger ${db}: written by a newer version of subsidy (ledger schema 99; this one knows up to 2): upgrade subsidy`);
    }
    expect(rowsOf(db)).toBe(10);
  });

  it('is locked by another process: waits, then fails naming it', async () => {
    const { db, feb, mar } = setup();
    await record(feb, db, '2020-02');
    const other = new Database(db);
    other.exec('BEGIN EXCLUSIVE');
    try {
      const r = await runCli(['ledger', 'record', mar, '--ledger', db, '--batch', '2020-03', ...AS_OF, '--quiet'], '', { SUBSIDY_LEDGER_BUSY_MS: '200' });
      expect(r.code).toBe(4);
      expect(r.stderr).toBe(`subsidy: ledger ${db}: locked by another process (waited 0.2 s): try again when it is done\n`);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(rowsOf(db)).toBe(10);
  });

  it('holds no ledger tables yet: reading says so; the first record makes them', async () => {
    const { db, feb, mar } = setup();
    new Database(db).close();
    const r = await runCli(['evaluate', mar, '--ledger', db, ...AS_OF]);
    expect(r.code).toBe(4);
    expect(r.stderr).toBe(`subsidy: ledger ${db}: holds no ledger tables yet: they are made by its first \`subsidy ledger record\`\n`);
    expect((await record(feb, db, '2020-02')).code).toBe(0);
    expect(new Database(db, { readonly: true }).prepare('SELECT version FROM ledger_schema').all()).toEqual([{ version: 2 }]);
    const bad = await runCli(['ledger', 'list', '--ledger', db, '--from', '2020-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^subsidy: --from 2020-02-30: /);
  });

  it('does not exist (evaluating), is not a database, or is not named', async () => {
    const { dir, mar } = setup();
    const missing = await runCli(['evaluate', mar, '--ledger', join(dir, 'nope.db'), ...AS_OF]);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toMatch(/nope\.db: no such file: a ledger is made by its first `subsidy ledger record`/);
    const voiding = await runCli(['ledger', 'void', '2020-02', '--reason', 'x', '--ledger', join(dir, 'nope.db')]);
    expect(voiding.code).toBe(4);
    expect(existsSync(join(dir, 'nope.db'))).toBe(false);
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'not a database at all, just some text that is long enough to be read as a header '.repeat(20));
    const r = await runCli(['ledger', 'record', mar, '--ledger', junk, '--batch', 'x', ...AS_OF]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/junk\.db: not an SQLite ledger/);
    const none = await runCli(['ledger', 'stats']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no ledger: give --ledger FILE/);
  });

  it('needs better-sqlite3, and says so when it is missing', () => {
    const missing = Object.assign(new Error("Cannot find package 'better-sqlite3'"), { code: 'ERR_MODULE_NOT_FOUND' });
    expect(driverError('ledger.db', missing).message).toBe('ledger ledger.db: the SQLite ledger needs the optional package better-sqlite3, which is not installed: run npm install better-sqlite3');
    expect(driverError('ledger.db', missing).exitCode).toBe(4);
    const built = new Error('The module was compiled against a different Node.js version\nmore');
    expect(driverError('ledger.db', built).message).toContain('which cannot be loaded (The module was compiled against a different Node.js version): run npm install better-sqlite3');
  });

  it('never shows a PostgreSQL password', () => {
    expect(ledgerName('postgres://office:s3cret@db.example:5432/ledger')).toBe('postgres://office:***@db.example:5432/ledger');
    expect(ledgerName('postgresql://db.example/ledger?password=s3cret')).toBe('postgresql://db.example/ledger?password=***');
  });
});

describe('an empty --ledger, or SUBSIDY_LEDGER', () => {
  it('--ledger "" or blank is a usage error (exit 2) everywhere, never a run without the ledger; an empty SUBSIDY_LEDGER names no default, a blank one is a usage error', async () => {
    const { db, feb, mar } = setup();
    await record(feb, db, '2020-02');
    for (const value of ['', ' ']) {
      for (const args of [['evaluate', mar, ...AS_OF], ['audit', mar, ...AS_OF], ['ledger', 'record', mar, '--batch', 'x', ...AS_OF], ['ledger', 'list'], ['ledger', 'void', '2020-02', '--reason', 'r']]) {
        const r = await runCli([...args, '--ledger', value, '--quiet'].filter((a) => args[0] !== 'ledger' || a !== '--quiet' || args[1] === 'record'), '', { SUBSIDY_LEDGER: db });
        expect(r.code, `${args.join(' ')} --ledger '${value}'`).toBe(2);
        expect(r.stderr).toMatch(/^subsidy: --ledger: give a file/);
      }
    }
    expect(live(db).n).toBe(10);
    const r = await runCli(['evaluate', mar, '--format', 'csv', ...AS_OF, '--quiet'], '', { SUBSIDY_LEDGER: '' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('already paid');
    const list = await runCli(['ledger', 'list'], '', { SUBSIDY_LEDGER: '' });
    expect(list.code).toBe(2);
    expect(list.stderr).toMatch(/no ledger: give --ledger FILE/);
    // Blank, it would turn the check off unseen: a usage error naming the variable, as a blank --ledger is.
    for (const env of [' ', '\t ']) {
      for (const args of [['evaluate', mar, '--format', 'csv', ...AS_OF, '--quiet'], ['audit', mar, ...AS_OF, '--quiet'], ['ledger', 'record', mar, '--batch', 'x', ...AS_OF, '--quiet'], ['ledger', 'list']]) {
        const blank = await runCli(args, '', { SUBSIDY_LEDGER: env });
        expect(blank.code, `${args.join(' ')} with SUBSIDY_LEDGER '${env}'`).toBe(2);
        expect(blank.stdout).toBe('');
        expect(blank.stderr).toBe('subsidy: SUBSIDY_LEDGER is blank (only spaces): set it to a file (SQLite) or postgres://…, or unset it (or make it empty) to use no ledger\n');
      }
      expect((await runCli(['evaluate', mar, ...AS_OF, '--lang', 'zh'], '', { SUBSIDY_LEDGER: env })).stderr).toMatch(/^subsidy: SUBSIDY_LEDGER 为空白/);
      // --ledger given, the variable is not looked at.
      expect((await runCli(['ledger', 'list', '--ledger', db, '--format', 'json'], '', { SUBSIDY_LEDGER: env })).code).toBe(0);
    }
    expect(live(db).n).toBe(10);
  });
});

describe('a recorder that loses a race', () => {
  it('reports the totals it recorded, not those it meant to', async () => {
    const { dir, db } = setup();
    await record(hireBatch(dir, 'z.csv', 100, 101), db, 'z');
    // Another recorder's batch A pays people 0–4 after this one evaluated, before it records.
    const d = new Database(db);
    const values = [0, 1, 2, 3, 4].map((i) => `('payment', ${personKey(person(i))}, 'hiring', 'grant', 600000, 'a', 'a.csv', ${i + 2}, '2020-06-30', 'A', 'p', '1', 'h', 't')`);
    d.exec(`CREATE TRIGGER race AFTER INSERT ON batches WHEN NEW.batch_id = 'B' BEGIN
      INSERT INTO batches (batch_id, as_of, recorded_at, pack_id, pack_version, params_hash, files) VALUES ('A', '2020-06-30', 't', 'p', '1', 'h', 'a.csv');
      INSERT INTO entries (entry, person_key, program, kind, amount_fen, case_id, source_file, source_line, as_of, batch_id, pack_id, pack_version, params_hash, recorded_at) VALUES ${values.join(', ')};
    END`);
    d.close();
    const r = await record(hireBatch(dir, 'b.csv', 0, 10), db, 'B');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('5 payments recorded');
    expect(r.stdout).toContain('grants: 30,000.00 yuan (hiring 5: 30,000.00)');
    expect(r.stdout).toContain('5 claims already paid, not recorded:');
    const json = JSON.parse((await runCli(['ledger', 'void', 'B', '--reason', 'again', '--ledger', db]), await record(hireBatch(dir, 'c.csv', 0, 10), db, 'C', '--report', 'json')).stdout);
    // The recorder's --report is its own (table or json): no batch report is written to a file so named.
    expect(existsSync('json')).toBe(false);
    expect(json).toMatchObject({ recorded: 5, programs: { hiring: { kind: 'grant', payments: 5, amount: 30000 } } });
    expect(json.conflicts).toHaveLength(5);
  });
});

describe('the recorder of a batch', () => {
  it('keeps the source file of each payment past 65,536 files', () => {
    const recorder = new Recorder(loadRules({ asOf: '2020-06-30' }) as unknown as ConstructorParameters<typeof Recorder>[0]);
    const n = 65_540;
    const records = Array.from({ length: n }, (_, i) => ({
      type: 'hire',
      facts: { worker_id: person(i) },
      case_id: `c${i}`,
      source: { file: `f${String(i).padStart(5, '0')}.ndjson`, line: 1 },
      results: [{ status: 'eligible', amount: 600000 }],
    }));
    const started = performance.now();
    recorder.onRecords(records as unknown as Parameters<Recorder['onRecords']>[0]);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(recorder.count).toBe(n);
    for (const i of [0, 65_535, 65_536, 65_539]) expect(recorder.get(i)).toMatchObject({ file: `f${String(i).padStart(5, '0')}.ndjson`, caseId: `c${i}`, program: 'hiring' });
  });
});

describe('a malformed PostgreSQL address', () => {
  it('is one line naming the ledger, its password masked (exit 4)', async () => {
    for (const url of ['postgres://u:SECRET@127.0.0.1:99999/a', 'postgres://u:SECRET@[::1:5432/a']) {
      for (const args of [['ledger', 'list'], ['ledger', 'void', 'x', '--reason', 'r'], ['evaluate', 'examples/enterprise-hires.json', ...AS_OF]]) {
        const r = await runCli([...args, '--ledger', url]);
        expect(r.code, `${args[1]} ${url}`).toBe(4);
        expect(r.stderr).toBe(`subsidy: ledger ${url.replace('SECRET', '***')}: not a valid PostgreSQL address (Invalid URL): write it postgres://user:password@host:port/database\n`);
      }
    }
  });
});

describe('reading an SQLite ledger changes nothing', () => {
  const state = (dir: string, db: string) => ({ files: readdirSync(dir).sort(), md5: createHash('md5').update(readFileSync(db)).digest('hex') });

  it('evaluate --ledger, list, show, stats and export leave the folder and the file as they were', async () => {
    const { dir, db, feb, mar } = setup();
    await record(feb, db, '2020-02');
    const before = state(dir, db);
    expect(before.files).toEqual(['feb.csv', 'ledger.db', 'mar.csv']);
    for (const args of [['evaluate', mar, ...AS_OF, '--quiet'], ['ledger', 'list'], ['ledger', 'show', person(0)], ['ledger', 'stats'], ['ledger', 'export']]) {
      const r = await runCli([...args, '--ledger', db]);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBeLessThan(2);
      expect(state(dir, db), args.join(' ')).toEqual(before);
    }
    // Opened read-only, as it would be in a folder the reader cannot write.
    const ledger = await openLedger(db, { write: false, busyMs: 1000 });
    expect(ledger.paid([personKey(person(0))!])).toHaveLength(1);
    await ledger.close();
    expect(state(dir, db)).toEqual(before);
  });

  it('a ledger refused as written by a newer version is left byte for byte as it was (journal mode too)', async () => {
    const { dir, db, feb, mar } = setup();
    const d = new Database(db);
    d.exec('CREATE TABLE ledger_schema (version INTEGER NOT NULL); INSERT INTO ledger_schema VALUES (3)');
    d.close();
    const before = state(dir, db);
    for (const args of [['ledger', 'record', mar, '--batch', 'z', ...AS_OF], ['ledger', 'void', 'z', '--reason', 'r'], ['evaluate', feb, ...AS_OF]]) {
      const r = await runCli([...args, '--ledger', db]);
      expect(r.code).toBe(4);
      expect(r.stderr).toContain('written by a newer version of subsidy (ledger schema 3');
      expect(state(dir, db), args.join(' ')).toEqual(before);
    }
    expect(new Database(db, { readonly: true }).pragma('journal_mode', { simple: true })).toBe('delete');
  });
});

describe('voiding where there is no ledger yet', () => {
  it('makes no tables in a foreign or empty SQLite file (exit 4, the file as it was)', async () => {
    const { dir } = setup();
    const foreign = join(dir, 'foreign.db');
    const d = new Database(foreign);
    d.exec('CREATE TABLE foo (x INTEGER)');
    d.close();
    const before = createHash('md5').update(readFileSync(foreign)).digest('hex');
    const r = await runCli(['ledger', 'void', 'x', '--reason', 'r', '--ledger', foreign]);
    expect(r.code).toBe(4);
    expect(r.stderr).toBe(`subsidy: ledger ${foreign}: not a ledger: it holds other tables (foo) and no ledger tables; check the path\n`);
    expect(createHash('md5').update(readFileSync(foreign)).digest('hex')).toBe(before);
    expect(new Database(foreign, { readonly: true }).prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all()).toEqual([{ name: 'foo' }]);
    expect(readdirSync(dir).sort()).toEqual(['feb.csv', 'foreign.db', 'mar.csv']);
  });
});

describe('filters that could match nothing', () => {
  it('an unknown --program, or --from after --to, is a usage error (exit 2); a program of the rules or of the ledger is not', async () => {
    const { db, feb } = setup();
    await record(feb, db, '2020-02');
    for (const command of ['list', 'stats', 'export']) {
      const program = await runCli(['ledger', command, '--ledger', db, '--program', 'nope']);
      expect(program.code, command).toBe(2);
      expect(program.stderr).toMatch(/^subsidy: --program nope: no such program in the rules or in ledger .*; the programs: .*hiring/);
      const dates = await runCli(['ledger', command, '--ledger', db, '--from', '2020-07-01', '--to', '2020-06-30']);
      expect(dates.code, command).toBe(2);
      expect(dates.stderr).toBe('subsidy: --from 2020-07-01 is after --to 2020-06-30: nothing could match\n');
    }
    const known = await runCli(['ledger', 'list', '--ledger', db, '--program', 'emergency', '--format', 'json']);
    expect([known.code, known.stdout]).toEqual([0, '[]\n']);
    const d = new Database(db);
    d.exec(`UPDATE entries SET program = 'custom' WHERE id = 1`);
    d.close();
    expect(JSON.parse((await runCli(['ledger', 'list', '--ledger', db, '--program', 'custom', '--format', 'json'])).stdout)).toHaveLength(1);
  });
});

describe('the words of record and void in Chinese', () => {
  it('--lang zh (or LANG) says "already recorded", "used for other inputs" and "voided" in Chinese', async () => {
    const { db, feb, mar } = setup();
    await record(feb, db, '2020-02');
    const again = await record(feb, db, '2020-02', '--lang', 'zh');
    expect(again.stdout).toMatch(/^批次 2020-02 已在台账 .*ledger\.db 中\(记录于 .*,截至 2020-06-30,10 笔发放\):未记录任何内容\n$/);
    const other = await record(mar, db, '2020-02', '--lang', 'zh');
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/^subsidy: 批次编号 2020-02 已在台账 .* 中用于其他输入\(.*;文件:当时 .*feb\.csv,现在 .*mar\.csv\):未记录任何内容;请另选批次编号\n$/);
    const v = await runCli(['ledger', 'void', '2020-02', '--reason', '预算错误', '--ledger', db, '--lang', 'zh']);
    expect(v.stdout).toMatch(/^批次 2020-02 已在台账 .* 中作废:冲销 10 笔发放\(预算错误\)\n$/);
    const before = await runCli(['ledger', 'void', '2020-02', '--reason', 'x', '--ledger', db], '', { LANG: 'zh_CN.UTF-8' });
    expect(before.stdout).toMatch(/^批次 2020-02 此前已作废\(.*:预算错误\):未写入任何内容\n$/);
    // The reading commands take --lang too, over LANG.
    const stats = await runCli(['ledger', 'stats', '--ledger', db, '--format', 'table', '--lang', 'zh'], '', { LANG: 'C' });
    expect(stats.code).toBe(0);
    expect(stats.stdout).toContain('补贴按项目合计');
    const list = await runCli(['ledger', 'list', '--ledger', db, '--format', 'table', '--lang', 'en', '--program', 'nope'], '', { LANG: 'zh_CN.UTF-8' });
    expect(list.stdout + list.stderr).not.toMatch(/[\u4e00-\u9fff]{2}/);
  });

  it('counts payments as "1 payment", "1,234 payments" and "1,234 笔发放", recorded, in a dry run, and reversed', () => {
    const report = (recorded: number, dry_run: boolean): RecordReport => ({ ledger: 'l.db', batch: 'b', as_of: '2020-06-30', dry_run, recorded, totals: new Map(), duplicates: 0, conflicts: [] });
    const voided = (reversals: number) => ({ status: 'voided' as const, reversals, reason: 'r' });
    expect(recordedText(report(1, false), 'en', true)).toBe('batch b (as of 2020-06-30): 1 payment recorded in ledger l.db\n');
    expect(recordedText(report(1234, false), 'zh', true)).toBe('批次 b(截至 2020-06-30)已在台账 l.db 中记录 1,234 笔发放\n');
    expect(recordedText(report(1234, true), 'en', true)).toBe('dry run: batch b (as of 2020-06-30) would record 1,234 payments in ledger l.db; nothing written\n');
    expect(recordedText(report(1, true), 'zh', true)).toBe('试运行:批次 b(截至 2020-06-30)将在台账 l.db 中记录 1 笔发放;未写入任何内容\n');
    expect(voidText('b', 'l.db', voided(1), 'en')).toBe('batch b voided in ledger l.db: 1 payment reversed (r)\n');
    expect(voidText('b', 'l.db', voided(1234), 'zh')).toBe('批次 b 已在台账 l.db 中作废:冲销 1,234 笔发放(r)\n');
  });
});

describe('a dry run on an empty SQLite file', () => {
  it('reads it as an empty ledger, as a file that does not exist, and leaves it empty', async () => {
    const { db, feb } = setup();
    writeFileSync(db, '');
    const r = await record(feb, db, '2020-02', '--dry-run');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('dry run: batch 2020-02 (as of 2020-06-30) would record 10 payments');
    expect(readFileSync(db)).toHaveLength(0);
  });
});
