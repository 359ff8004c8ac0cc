import { createRequire } from 'node:module';
import type TableType from 'cli-table3';

/**
 * cli-table3, loaded on the first table: worker threads and the machine formats never draw one,
 * and it takes about 10 ms to load.
 */
let Table: typeof TableType | undefined;
const tableClass = (): typeof TableType => (Table ??= createRequire(import.meta.url)('cli-table3') as typeof TableType);

/** No lines between rows: tables of many rows stay compact. */
const NO_ROW_LINES = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

/** A table with our style: no colour on borders or headings (statuses bring their own), no lines between rows. */
export function plainTable(head: string[], colWidths?: number[]) {
  const Table = tableClass();
  return new Table({
    head,
    style: { head: [], border: [] },
    chars: NO_ROW_LINES,
    wordWrap: true,
    ...(colWidths ? { colWidths } : {}),
  });
}
