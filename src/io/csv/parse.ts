/**
 * CSV bytes (UTF-8) → rows, for bytes that hold whole records (the splitter cuts input only
 * between records). RFC 4180 quoting: a quoted field may hold commas, quotes written "", and
 * line breaks. LF or CRLF line ends. Blank lines, and rows of empty cells (quoted or not: only
 * spaces, tabs and line breaks), are skipped but counted: every row keeps the physical line it
 * starts on. A cell guarded against formulas (`'=…`: see formula.ts) is read without its `'`.
 *
 * Rows are handed over as byte ranges, not strings: a batch decodes only the cells it needs,
 * and CSV output passes a row's bytes through as they were.
 */
import { bilingual, InputError } from '../../errors.js';
import { COMMA, type Delimiter } from './delimiter.js';
import { guardedStart, unguarded } from './formula.js';
import type { CsvRow } from '../../records/row.js';

export { cellText, rowCells, type CsvRow } from '../../records/row.js';

export class CsvSyntaxError extends InputError {
  constructor(
    readonly file: string,
    readonly line: number,
    what: { en: string; zh: string },
  ) {
    super(bilingual(`${file}:${line}: ${what.en}`, `${file}:${line}:${what.zh}`));
  }
}

/** What is wrong with a record's quoting or size, in both languages (`limit`: the most a record may hold). */
export const CSV_SYNTAX = {
  unclosed: { en: 'a quoted field is never closed (an unmatched "); close the quote or remove it', zh: '引号括起的字段没有结束(有一个不成对的 ");请补上或删去该引号' },
  tooLong: (limit: string) => ({
    en: `the record here runs over ${limit}, the most a record may hold; shorten its cells, or split it where a line break is missing`,
    zh: `此处的记录超过了 ${limit}(一条记录的上限);请缩短单元格,或在缺少换行处把它分开`,
  }),
  unclosedLong: (limit: string) => ({
    en: `a record runs over ${limit}: a quoted field opened here is never closed (an unmatched "); close the quote or remove it`,
    zh: `一条记录超过了 ${limit}:此处开始的引号字段没有结束(有一个不成对的 ");请补上或删去该引号`,
  }),
};

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const APOSTROPHE = 39;

/**
 * The row that parseCsvBytes gives its callback, the same object for every row of every call
 * (rows are read one at a time): a new one for each call made V8 discard the code of every
 * function that reads rows when the second batch began. Its cell ranges are replaced by longer
 * ones when a row has more cells (rare: once a store past the end has been dropped, V8's code
 * for these stores is slower for the rest of the run).
 */
const ROW: CsvRow = { line: 0, start: 0, end: 0, count: 0, starts: new Int32Array(256), ends: new Int32Array(256), decoded: null };

/**
 * Where a sweep from `at` must look byte by byte: four bytes at a time while none of them is
 * `top` (the delimiter, or the comma if higher) or below (most bytes are digits, letters or
 * UTF-8, all above). The test finds whether any byte of a word is below top + 1 (`below`: that
 * byte in each of four); the word it stops at is then read byte by byte.
 */
function pastPlainWords(words: DataView, at: number, stop: number, below: number): number {
  while (at + 4 <= stop) {
    const w = words.getUint32(at, true);
    if ((w - below) & ~w & 0x80808080) break;
    at += 4;
  }
  return at;
}

/** Whether a line holds nothing but delimiters and blanks (a data row stops this at its first byte). */
function blankLine(bytes: Buffer, from: number, to: number, delimiter: Delimiter): boolean {
  for (let i = from; i < to; i++) {
    const b = bytes[i]!;
    if (b !== delimiter && b !== SPACE && b !== TAB && b !== CR) return false;
  }
  return true;
}

/** The row object, set to the row found (its cells' ranges already in starts and ends, or decoded). */
function rowAt(row: CsvRow, line: number, start: number, end: number, count: number, decoded: string[] | null): CsvRow {
  row.line = line;
  row.start = start;
  row.end = end;
  row.count = count;
  row.decoded = decoded;
  return row;
}

/**
 * Parses `buf`, whose first byte is on line `firstLine`, calling `onRow` for each row (the same
 * row object each time: read it during the call, copy what is kept; not to be called again from
 * `onRow`). Cells are separated by `delimiter`. Throws CsvSyntaxError, with the line where the
 * quote opened, for a quoted field that is never closed.
 */
export function parseCsvBytes(bytes: Buffer, firstLine: number, file: string, onRow: (row: CsvRow) => void, delimiter: Delimiter = COMMA): void {
  const end = bytes.length;
  // Bytes above `top` are ordinary characters (the apostrophe and the line end are below it).
  const [top, below] = delimiter > COMMA ? [delimiter, (delimiter + 1) * 0x01010101] : [COMMA, 0x2d2d2d2d];
  const words = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const row = ROW;
  let { starts, ends } = row;
  let [pos, line] = [0, firstLine];
  // The next quote at or after `pos`: found once and reused, since most lines have none.
  let quote = bytes.indexOf(QUOTE);
  while (pos < end) {
    if (quote !== -1 && quote < pos) quote = bytes.indexOf(QUOTE, pos);
    // The common case, a line without quotes: its commas and its end, in one sweep.
    const stop = quote === -1 ? end : quote;
    let count = 0;
    let apostrophe = false; // whether the line has a ' (a cell may start with the formula guard)
    let cellStart = pos;
    let nl = pos;
    for (; nl < stop; nl++) {
      nl = pastPlainWords(words, nl, stop, below);
      if (nl === stop) break;
      const b = bytes[nl]!;
      if (b > top) continue;
      if (b === delimiter) {
        // A store past the end of a typed array is dropped: a row with more cells than there is
        // room for is read again below, with room.
        starts[count] = cellStart;
        ends[count] = nl;
        count++;
        cellStart = nl + 1;
      } else if (b === LF) break;
      else if (b === APOSTROPHE) apostrophe = true;
    }
    if (count >= starts.length) {
      starts = row.starts = new Int32Array(count * 2 + 2);
      ends = row.ends = new Int32Array(count * 2 + 2);
      continue;
    }
    // Unless the sweep stopped at a quote (then on this line, as no line break came first).
    if (nl !== stop || stop === end) {
      const lineEnd = nl > pos && bytes[nl - 1] === CR ? nl - 1 : nl;
      starts[count] = cellStart;
      ends[count] = lineEnd;
      count++;
      // Blank lines and rows of empty cells are skipped.
      if (!blankLine(bytes, pos, lineEnd, delimiter)) {
        if (apostrophe) for (let i = 0; i < count; i++) starts[i] = guardedStart(bytes, starts[i]!, ends[i]!);
        onRow(rowAt(row, line, pos, lineEnd, count, null));
      }
      if (nl < end) line++;
      pos = nl + 1;
      continue;
    }
    // A row with quotes: field by field, decoding as it goes; it may run over several lines.
    const record = quotedRecord(bytes, pos, line, file, delimiter);
    if (record.anything) onRow(rowAt(row, line, pos, record.textEnd, record.cells.length, record.cells));
    pos = record.next;
    line = record.nextLine;
  }
}

/** A record read field by field from `pos` (the start of a line on `line`), its cells decoded. */
export interface QuotedRecord {
  cells: string[];
  /** Whether any cell holds more than blanks (spaces, tabs, line breaks). */
  anything: boolean;
  /** The end of its text (before the line end), where the next record starts, and that one's line. */
  textEnd: number;
  next: number;
  nextLine: number;
}

/** A cell that counts as empty: as the rows without quotes have them, with the line breaks a quoted cell may hold. */
const BLANK_TEXT = /^[ \t\r\n]*$/;

/** Reads one record that may hold quoted fields (with delimiters, quotes written "", and line breaks). */
export function quotedRecord(bytes: Buffer, pos: number, line: number, file: string, delimiter: Delimiter = COMMA): QuotedRecord {
  const end = bytes.length;
  const cells: string[] = [];
  let anything = false;
  for (;;) {
    let value: string;
    if (bytes[pos] === QUOTE) {
      const opened = line;
      value = '';
      let from = pos + 1;
      for (;;) {
        const close = bytes.indexOf(QUOTE, from);
        if (close === -1) {
          throw new CsvSyntaxError(file, opened, CSV_SYNTAX.unclosed);
        }
        for (let i = bytes.indexOf(LF, from); i !== -1 && i < close; i = bytes.indexOf(LF, i + 1)) line++;
        value += bytes.toString('utf8', from, close);
        if (bytes[close + 1] === QUOTE) {
          value += '"';
          from = close + 2;
        } else {
          pos = close + 1;
          break;
        }
      }
      // Anything between the closing quote and the next separator is kept as written.
      const stop = fieldEnd(bytes, pos, delimiter);
      if (stop > pos) value += bytes.toString('utf8', pos, stop);
      pos = stop;
    } else {
      const stop = fieldEnd(bytes, pos, delimiter);
      value = stop > pos ? bytes.toString('utf8', pos, stop) : '';
      pos = stop;
    }
    if (!anything && !BLANK_TEXT.test(value)) anything = true;
    cells.push(unguarded(value));
    if (pos < end && bytes[pos] === delimiter) {
      pos++;
      continue;
    }
    const textEnd = pos;
    if (pos < end) {
      pos += bytes[pos] === CR ? 2 : 1;
      line++;
    }
    return { cells, anything, textEnd, next: pos, nextLine: line };
  }
}

/** Where an unquoted field (or the rest of a quoted one) that starts at `pos` ends: a delimiter, a line end, or the end. */
function fieldEnd(bytes: Buffer, pos: number, delimiter: Delimiter): number {
  const end = bytes.length;
  while (pos < end) {
    const c = bytes[pos]!;
    if (c === delimiter || c === LF || (c === CR && bytes[pos + 1] === LF)) return pos;
    pos++;
  }
  return pos;
}
