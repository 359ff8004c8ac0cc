/**
 * `subsidy ledger void|show|list|stats|batches|export`: correcting and reading the ledger. Tables mask
 * ID numbers unless told not to; json, ndjson and csv show them in full unless told to mask.
 */
import { personKey } from '../engine/person-key.js';
import { UsageError } from '../errors.js';
import { openLedger, LedgerError, type EntryFilter, type Ledger } from '../ledger/ledger.js';
import { upgradeResidentId, residentIdProblem } from '../records/id-number.js';
import { idNumberText } from '../records/values.js';
import { loadRules } from '../rules/load.js';
import { Sink } from '../io/sink.js';
import { tableWidth, type CommandIO } from './io.js';
import type { Lang } from '../i18n/lang.js';
import { count } from '../i18n/messages.js';
import { BATCH_HEADER, batchCsv, batchTable, ENTRY_HEADER, entryCsv, entryJson, entryTable, STATS_CSV_HEADER, statsCsv, statsRecords, statsTable, voidText } from './ledger-text.js';
import { say } from './messages.js';
import { say as sayLedger } from './ledger-messages.js';

export type LedgerFormat = 'table' | 'json' | 'ndjson' | 'csv';

export interface ReadOptions {
  ledger: string;
  busyMs: number;
  format: LedgerFormat;
  mask: boolean;
  output?: string;
  filter: EntryFilter;
  /** The language of a table's words (the locale's; English when not given). */
  lang?: Lang;
}

/** A table's words when there is nothing to list, or more than it lists. */
const NONE = { entries: { en: 'no entries\n', zh: '没有条目\n' }, batches: { en: 'no batches\n', zh: '没有批次\n' } } as const;
const moreEntries = (n: string, lang: Lang) =>
  lang === 'zh' ? `……另有 ${n} 条:用 --format csv 或 ledger export 列出全部\n` : `… and ${n} more entries: --format csv, or ledger export, lists them all\n`;

async function withLedger<T>(spec: string, busyMs: number, write: boolean, work: (l: Ledger) => Promise<T>): Promise<T> {
  const ledger = await openLedger(spec, { write, busyMs, create: false });
  try {
    return await work(ledger);
  } finally {
    await ledger.close();
  }
}

/** Voids a batch (appends its reversals); exit 0, also when it was voided before. */
export async function runVoid(spec: string, busyMs: number, batchId: string, reason: string, lang: Lang, io: CommandIO): Promise<number> {
  // As record trims --batch.
  const batch = batchId.trim();
  if (!batch) throw new UsageError(say('voidNoBatch'));
  if (!reason.trim()) throw new UsageError(say('voidNoReason'));
  return withLedger(spec, busyMs, true, async (ledger) => {
    const out = await ledger.void(batch, reason.trim(), new Date().toISOString());
    if (out.status === 'unknown') throw new LedgerError(ledger.name, sayLedger('noBatch', { batch }));
    io.stdout.write(voidText(batch, ledger.name, out.status === 'voided' ? { ...out, reason: reason.trim() } : out, lang));
    return 0;
  });
}

/** The person key of an ID number given on the command line (15-digit IDs in their 18-digit form). */
export function personOf(id: string): number {
  const trimmed = idNumberText(id);
  const full = /^\d{15}$/.test(trimmed) ? upgradeResidentId(trimmed) : trimmed;
  const problem = full.length === 18 ? residentIdProblem(full) : `an ID number has 18 characters (or 15), this one ${trimmed.length}`;
  const key = problem ? undefined : personKey(full);
  if (key === undefined) throw new UsageError(say('showBadId', { id, why: problem ?? 'its birth date is out of range' }));
  return key;
}

/** A --program filter names a program of the built-in rules or one the ledger holds; else a usage error (exit 2). */
async function checkProgram(ledger: Ledger, program: string | undefined): Promise<void> {
  if (program === undefined) return;
  const known = new Set(loadRules().programs.map((p) => p.id));
  if (known.has(program)) return;
  for (const s of await ledger.stats({})) known.add(s.program);
  if (!known.has(program)) throw new UsageError(say('unknownLedgerProgram', { program, ledger: ledger.name, known: [...known] }));
}

/** The most entries a table lists (one table, one header); the other formats list them all. */
export const TABLE_ROWS = 1000;

/** Entries (show, list, export) in the format asked, streamed a page at a time. */
export async function runEntries(o: ReadOptions, io: CommandIO): Promise<number> {
  return withLedger(o.ledger, o.busyMs, false, async (ledger) => {
    await checkProgram(ledger, o.filter.program);
    const sink = o.output ? Sink.file(o.output) : Sink.stdout(io.stdout);
    try {
      let n = 0;
      if (o.format === 'csv') await sink.write(`${ENTRY_HEADER.join(',')}\n`);
      if (o.format === 'json') await sink.write('[');
      for await (const page of ledger.entries(o.filter)) {
        if (o.format === 'table') {
          if (n < TABLE_ROWS) await sink.write(entryTable(page.slice(0, TABLE_ROWS - n), o.mask, tableWidth(io, o.output)));
        } else if (o.format === 'csv') await sink.write(page.map((e) => entryCsv(e, o.mask)).join(''));
        else if (o.format === 'ndjson') await sink.write(page.map((e) => `${JSON.stringify(entryJson(e, o.mask))}\n`).join(''));
        else await sink.write(page.map((e, i) => `${n + i ? ',' : ''}\n  ${JSON.stringify(entryJson(e, o.mask))}`).join(''));
        n += page.length;
      }
      if (o.format === 'json') await sink.write(n ? '\n]\n' : ']\n');
      if (o.format === 'table' && !n) await sink.write(NONE.entries[o.lang ?? 'en']);
      if (o.format === 'table' && n > TABLE_ROWS) await sink.write(moreEntries(count(n - TABLE_ROWS), o.lang ?? 'en'));
      await sink.commit();
    } catch (e) {
      sink.abort();
      throw e;
    }
    return 0;
  });
}

/** Totals by batch and program, grants and loans apart. */
export async function runStats(o: ReadOptions, io: CommandIO): Promise<number> {
  return withLedger(o.ledger, o.busyMs, false, async (ledger) => {
    await checkProgram(ledger, o.filter.program);
    const rows = await ledger.stats(o.filter);
    let text: string;
    if (o.format === 'table') text = rows.length ? statsTable(rows, tableWidth(io, o.output), o.lang) : NONE.entries[o.lang ?? 'en'];
    else {
      const records = statsRecords(rows);
      const json = records.map(({ fen: _fen, ...j }) => j);
      if (o.format === 'csv') text = [STATS_CSV_HEADER, ...records.map(statsCsv)].join('\n') + '\n';
      else text = o.format === 'ndjson' ? json.map((j) => `${JSON.stringify(j)}\n`).join('') : `${JSON.stringify(json, null, 2)}\n`;
    }
    await writeOut(o, io, text);
    return 0;
  });
}

/** A command's whole output, to --output (atomically) or standard output. */
async function writeOut(o: { output?: string }, io: CommandIO, text: string): Promise<void> {
  const sink = o.output ? Sink.file(o.output) : Sink.stdout(io.stdout);
  await sink.write(text);
  await sink.commit();
}

/** Every batch, voided ones too, with what it paid and its void. */
export async function runBatches(o: Omit<ReadOptions, 'filter' | 'mask'>, io: CommandIO): Promise<number> {
  return withLedger(o.ledger, o.busyMs, false, async (ledger) => {
    const rows = await ledger.batches();
    let text: string;
    if (o.format === 'table') text = rows.length ? batchTable(rows, tableWidth(io, o.output)) : NONE.batches[o.lang ?? 'en'];
    else if (o.format === 'csv') text = `${BATCH_HEADER.join(',')}\n${rows.map(batchCsv).join('')}`;
    else if (o.format === 'ndjson') text = rows.map((b) => `${JSON.stringify(b)}\n`).join('');
    else text = `${JSON.stringify(rows, null, 2)}\n`;
    await writeOut(o, io, text);
    return 0;
  });
}
