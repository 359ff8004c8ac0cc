/**
 * Tuning from the environment: the one place that reads it. Tests set these to small sizes,
 * to run many batches, worker threads or a first pass over a few records.
 */
import type { Tuning } from '../app/options.js';
import { UsageError } from '../errors.js';
import { LEDGER_BUSY_MS } from '../ledger/ledger.js';
import { say } from './messages.js';

const VARIABLES: Record<keyof Tuning, string> = {
  workerBytes: 'SUBSIDY_WORKER_BYTES',
  batchBytes: 'SUBSIDY_BATCH_BYTES',
  twoPassRows: 'SUBSIDY_TWO_PASS_ROWS',
  spoolBytes: 'SUBSIDY_SPOOL_BYTES',
};


/** How long a command waits for a ledger that another process is writing: SUBSIDY_LEDGER_BUSY_MS, else LEDGER_BUSY_MS. */
export function ledgerBusyMs(env: NodeJS.ProcessEnv): number {
  const value = Number(env.SUBSIDY_LEDGER_BUSY_MS);
  return value > 0 ? value : LEDGER_BUSY_MS;
}

/**
 * The ledger a command uses: --ledger, else SUBSIDY_LEDGER (undefined: none). An empty or blank
 * --ledger is a usage error (it would otherwise turn the check off, or override the default);
 * an empty SUBSIDY_LEDGER names no default (as an unset one), and a blank one (only spaces) is a
 * usage error, as a blank --ledger is: it looks set, and would turn the check off unseen.
 */
export function ledgerOf(flag: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (flag !== undefined) {
    if (!flag.trim()) throw new UsageError(say('emptyLedger'));
    return flag;
  }
  const value = env.SUBSIDY_LEDGER;
  if (!value) return undefined;
  if (!value.trim()) throw new UsageError(say('blankLedgerVariable'));
  return value;
}

/** The sizes the environment sets (a positive number each); the others are left to their defaults. */
export function tuningFromEnv(env: NodeJS.ProcessEnv): Partial<Tuning> {
  const tuning: Partial<Tuning> = {};
  for (const [key, name] of Object.entries(VARIABLES) as [keyof Tuning, string][]) {
    const value = Number(env[name]);
    if (value > 0) tuning[key] = value;
  }
  return tuning;
}
