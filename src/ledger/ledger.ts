/**
 * The ledger of paid claims: one interface, an SQLite file or a PostgreSQL database behind it
 * (sqlite.ts, postgres.ts, the same plain SQL where the dialects agree: schema.ts).
 *
 * A person is kept as the person key of person-key.ts (the ID number packed in an exact
 * integer: area, birth date, sequence; 15-digit IDs in their 18-digit form), a program by its id.
 * Payments are unique per (person, program) among live payments: a void appends reversal rows
 * and marks the payments it reverses, which then stop blocking; nothing is ever deleted.
 */
import { SubsidyError, EXIT } from '../errors.js';
import type { Message } from '../i18n/messages.js';
import { say } from './messages.js';

/** A live payment of a person and program, as a claim that repeats it names it. */
export interface PaidRow {
  person_key: number;
  program: string;
  paid_on: string;
  batch: string;
  case_id: string | null;
  file: string;
  line: number | null;
}

/** What a batch records, besides its payments. */
export interface BatchInfo {
  batch: string;
  asOf: string;
  recordedAt: string;
  pack: string;
  packVersion: string;
  paramsHash: string;
  files: string[];
  /** The SHA-256 of each file's bytes (hex), in the order of `files`: what makes two runs' inputs the same. */
  fileSha256: string[];
  /** The options that told how the files were read, in one canonical text ('' for none): the same inputs read alike. */
  readOptions: string;
}

/** A payment to record. */
export interface NewPayment {
  personKey: number;
  program: string;
  kind: 'grant' | 'loan';
  fen: number;
  caseId: string | null;
  file: string;
  line: number | null;
}

/** A batch as the ledger holds it. */
export interface BatchRow {
  batch: string;
  as_of: string;
  recorded_at: string;
  pack: string;
  pack_version: string;
  params_hash: string;
  files: string[];
  /** The SHA-256 of each file (hex); null for a batch recorded by a version that kept none (ledger schema 1). */
  file_sha256: string[] | null;
  /** The options its files were read with ('' for none); null for a batch recorded by a version that kept none (ledger schema 1). */
  read_options: string | null;
  payments: number;
  voided_at: string | null;
  void_reason: string | null;
}

/** One row of the ledger: a payment, or the reversal of one. */
export interface EntryRow {
  id: number;
  entry: 'payment' | 'reversal';
  person_key: number;
  program: string;
  kind: 'grant' | 'loan';
  amount_fen: number;
  case_id: string | null;
  source_file: string;
  source_line: number | null;
  as_of: string;
  batch: string;
  pack: string;
  pack_version: string;
  params_hash: string;
  recorded_at: string;
  voided_at: string | null;
  reason: string | null;
}

export interface EntryFilter {
  batch?: string;
  program?: string;
  /** As-of dates, inclusive. */
  from?: string;
  to?: string;
  case?: string;
  person?: number;
}

/** Totals of one batch and program, grants and loans apart. */
export interface StatsRow {
  batch: string;
  program: string;
  kind: 'grant' | 'loan';
  payments: number;
  reversals: number;
  paid_fen: number;
  reversed_fen: number;
}

/** The payments of a batch, one at a time (kept in columns: a batch may hold millions). */
export interface Payments {
  readonly count: number;
  get(i: number): NewPayment;
}

/**
 * The order to insert payments in: by person, then program. The index of live payments then
 * grows at one end rather than all over (several times faster in SQLite at a million payments),
 * and two PostgreSQL recorders take their row locks in the same order (neither waits for the
 * other while holding what the other waits for).
 */
export function insertionOrder(payments: Payments): Uint32Array {
  const keys = new Float64Array(payments.count);
  const programs: string[] = [];
  for (let i = 0; i < payments.count; i++) {
    const p = payments.get(i);
    keys[i] = p.personKey;
    programs.push(p.program);
  }
  return new Uint32Array(payments.count)
    .map((_, i) => i)
    .sort((a, b) => keys[a]! - keys[b]! || (programs[a]! < programs[b]! ? -1 : programs[a]! > programs[b]! ? 1 : 0));
}

/** A payment not recorded, because a live payment of the same person and program blocks it. */
export interface Lost {
  index: number;
  holder: PaidRow;
}

export type RecordOutcome =
  | { status: 'recorded'; recorded: number; lost: Lost[] }
  | { status: 'already'; existing: BatchRow };

export type VoidOutcome = { status: 'voided'; reversals: number } | { status: 'already'; existing: BatchRow } | { status: 'unknown' };

export interface Ledger {
  /** The ledger as named to the user (a PostgreSQL password masked). */
  readonly name: string;
  /** The live payments of these people (SQLite answers at once, PostgreSQL later). */
  paid(personKeys: readonly number[]): PaidRow[] | Promise<PaidRow[]>;
  batch(id: string): Promise<BatchRow | undefined>;
  /** Every batch, voided ones too, in the order they were recorded. */
  batches(): Promise<BatchRow[]>;
  /**
   * Records a batch and its payments in one transaction: nothing if the batch is there already;
   * payments that a live payment of the same person and program blocks are not recorded
   * (`lost`: the payments that block them).
   */
  record(info: BatchInfo, payments: Payments): Promise<RecordOutcome>;
  /** Voids a batch: a reversal row for each of its live payments, in one transaction. */
  void(batch: string, reason: string, recordedAt: string): Promise<VoidOutcome>;
  /** Entries in the order they were written, a page at a time. */
  entries(filter: EntryFilter): AsyncIterable<EntryRow[]>;
  stats(filter: EntryFilter): Promise<StatsRow[]>;
  close(): Promise<void>;
}

/** How long to wait for a ledger that another process is writing, by default (the command line's and the library's), in ms. */
export const LEDGER_BUSY_MS = 5000;

export interface OpenOptions {
  /** Whether the command writes (the ledger is made, or migrated, if need be). */
  write: boolean;
  /** How long to wait for a ledger another process is writing, in ms. */
  busyMs: number;
  /** Open for reading a ledger that does not exist yet as an empty one (a dry run). */
  missingIsEmpty?: boolean;
  /**
   * Writing: make a ledger that does not exist yet, an SQLite file or the tables (recording does;
   * voiding does not: false).
   */
  create?: boolean;
}

/** A ledger that cannot be used: named, with what is wrong and what to do (exit 4). */
export class LedgerError extends SubsidyError {
  constructor(ledger: string, message: string | Message) {
    super(say('ledger', { ledger, message }), EXIT.input);
  }
}

/** Whether a ledger is a PostgreSQL address rather than an SQLite file. */
export const isPostgres = (spec: string) => /^postgres(ql)?:\/\//i.test(spec);

/** The ledger as it may be shown: a PostgreSQL address with its password masked. */
export function ledgerName(spec: string): string {
  if (!isPostgres(spec)) return spec;
  try {
    const url = new URL(spec);
    if (url.password) url.password = '***';
    if (url.searchParams.has('password')) url.searchParams.set('password', '***');
    return url.toString();
  } catch {
    return spec.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@');
  }
}

/** Opens a ledger: an SQLite file, or a PostgreSQL database (postgres:// or postgresql://). */
export async function openLedger(spec: string, o: OpenOptions): Promise<Ledger> {
  if (!spec.trim()) throw new LedgerError('""', say('noLedgerNamed'));
  if (isPostgres(spec)) return (await import('./postgres.js')).openPostgres(spec, o);
  return (await import('./sqlite.js')).openSqlite(spec, o);
}
