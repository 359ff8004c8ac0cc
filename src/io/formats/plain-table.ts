import Table from 'cli-table3';

/** No lines between rows: tables of many rows stay compact. */
const NO_ROW_LINES = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

/** A table with our style: no colour on borders or headings (statuses bring their own), no lines between rows. */
export function plainTable(head: string[], colWidths?: number[]) {
  return new Table({
    head,
    style: { head: [], border: [] },
    chars: NO_ROW_LINES,
    wordWrap: true,
    ...(colWidths ? { colWidths } : {}),
  });
}
