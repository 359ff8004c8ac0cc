/**
 * A row of CSV cells as byte ranges of its batch's bytes, with the line it starts on: what the
 * byte reader reads facts from, and what CSV output passes through as it was.
 */

/** One row. Valid only during the callback: the arrays are reused for the next row. */
export interface CsvRow {
  /** The physical line the row starts on. */
  line: number;
  /** The row's bytes, without its line end. */
  start: number;
  end: number;
  /** How many cells. */
  count: number;
  /** Byte ranges of the cells of a row without quotes. */
  starts: Int32Array;
  ends: Int32Array;
  /** For a row with quotes: every cell, decoded; null otherwise. */
  decoded: string[] | null;
}

/** A cell of a row as text. */
export function cellText(buf: Buffer, row: CsvRow, i: number): string {
  if (row.decoded) return row.decoded[i] ?? '';
  if (i >= row.count) return '';
  const s = row.starts[i]!;
  const e = row.ends[i]!;
  return s === e ? '' : buf.toString('utf8', s, e);
}

/** All cells of a row as text. */
export function rowCells(buf: Buffer, row: CsvRow): string[] {
  if (row.decoded) return row.decoded;
  const cells = new Array<string>(row.count);
  for (let i = 0; i < row.count; i++) cells[i] = cellText(buf, row, i);
  return cells;
}
