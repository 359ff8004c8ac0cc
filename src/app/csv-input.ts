/**
 * CSV inputs: finding the header (after any blank lines), deciding the encoding, and
 * streaming the rest in batches of whole records.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { InputError, UsageError } from '../errors.js';
import { detectEncoding, type Encoding, type EncodingChoice } from '../io/csv/encoding.js';
import { COMMA, sniffDelimiter, type Delimiter, type DelimiterChoice } from '../io/csv/delimiter.js';
import { csvLayout, type CsvLayout } from '../io/csv/header.js';
import { parseCsvBytes, quotedRecord, rowCells } from '../io/csv/parse.js';
import { countLines, scanQuotes } from '../io/csv/splitter.js';
import { fieldForKeyIn, isTypeKey, RECORD_TYPES, type FieldSpec, type RecordType } from '../records/fields.js';
import { binaryFormat } from '../io/xlsx/sniff.js';
import { STDIN_NAME } from '../io/messages.js';
import { READ_FAILURES, say } from './messages.js';

const HEAD_BYTES = 1 << 20;
const LF = 10;
const QUOTE = 34;

export interface CsvSource {
  /** The name in messages and output. */
  file: string;
  /** The file's path; undefined for standard input. */
  path?: string;
  /** Total bytes, when known (for progress). */
  size?: number;
  /** Roughly how many records, from the size and the lines of the first megabyte; when the size is known. */
  estimatedRows?: number;
  /** Undefined for a file with no header (empty). */
  layout?: CsvLayout;
  encoding: Encoding;
  /** Where the data after the header starts: byte offset and line. */
  dataOffset: number;
  dataLine: number;
  /** For standard input: the bytes already read past the header. */
  rest?: Buffer;
}

/** The first non-blank record: its start and the offset after its line break; undefined when not complete within `bytes`. */
function headerEnd(bytes: Buffer, final: boolean, delimiter: Delimiter): { start: number; end: number } | undefined {
  let start = 0;
  while (start < bytes.length) {
    // After a byte order mark, a quote at the start opens a quoted field, as it does after the decoder drops the mark.
    const from = start === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : start;
    // The record ends at the first line break outside quotes (as the parser reads quotes).
    let i = bytes.indexOf(LF, from);
    while (i !== -1 && scanQuotes(bytes.subarray(from, i + 1), delimiter).open !== -1) i = bytes.indexOf(LF, i + 1);
    if (i === -1 && !final) return undefined;
    if (i === -1) i = bytes.length;
    const end = Math.min(i + 1, bytes.length);
    let blank = true;
    let quoted = false;
    for (let k = from; k < i && blank; k++) {
      const b = bytes[k]!;
      if (b === QUOTE) quoted = true;
      else if (b !== 32 && b !== 9 && b !== 13 && b !== delimiter && b !== LF) blank = false;
    }
    // Empty quoted cells ("","", or a line break in quotes) are blank too, as the parser reads them (a quote left open is not).
    if (blank && quoted) blank = scanQuotes(bytes.subarray(from, i), delimiter).open === -1 && !quotedRecord(bytes.subarray(from, i), 0, 1, '', delimiter).anything;
    if (!blank) return { start, end };
    start = end;
  }
  return final ? { start: bytes.length, end: bytes.length } : undefined;
}

/** How to read a CSV input: the encoding and delimiter asked for, the record type given, the fields the rules add. */
export interface CsvReading {
  encoding: EncodingChoice;
  /** Undefined: auto, found in the header. */
  delimiter?: DelimiterChoice;
  type?: RecordType;
  facts?: Readonly<Record<RecordType, readonly FieldSpec[]>>;
}

/** A workbook, or another binary file, given as CSV: an error that names what it is (never a guess at its encoding). */
function notCsv(head: Buffer, file: string): InputError | UsageError | undefined {
  const found = binaryFormat(head);
  if (!found) return undefined;
  if (found === 'xlsx' && file === STDIN_NAME) return new UsageError(say('workbookFromStdin'));
  return new InputError(found === 'xlsx' ? say('workbookNotCsv', { file }) : say('notAnInput', { file, format: found }));
}

function readHead(head: Buffer, final: boolean, file: string, reading: CsvReading): Omit<CsvSource, 'file'> | undefined {
  const choice = reading.encoding;
  const binary = notCsv(head, file);
  if (binary) throw binary;
  // A UTF-8 byte order mark says what the file is: read as GB18030, every Chinese cell would be garbled.
  if (choice === 'gb18030' && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) throw new InputError(say('bomButGb18030', { file }));
  if (head.indexOf(LF) === -1 && head.indexOf(13) !== -1) {
    throw new InputError(say('macLineEnds', { file }));
  }
  const delimiter = delimiterOf(head, final, reading);
  const found = headerEnd(head, final, delimiter);
  if (!found) return undefined;
  const cut = final ? head.length : head.lastIndexOf(LF) + 1;
  const encoding = choice === 'auto' ? detectEncoding(head.subarray(0, Math.max(cut, found.end)), file) : choice;
  const dataLine = countLines(head, 0, found.end) + 1;
  if (found.start === found.end) return { encoding, dataOffset: head.length, dataLine };
  let text: string;
  try {
    text = new TextDecoder(encoding === 'gb18030' ? 'gb18030' : 'utf-8', { fatal: true }).decode(head.subarray(0, found.end));
  } catch {
    throw new InputError(say(encoding === 'utf8' ? 'headerNotUtf8' : 'headerNotGb18030', { file }));
  }
  let header: string[] | undefined;
  let line = 1;
  const bytes = Buffer.from(text, 'utf8');
  parseCsvBytes(
    bytes,
    1,
    file,
    (row) => {
      if (header) return;
      header = rowCells(bytes, row);
      line = row.line;
    },
    delimiter,
  );
  if (!header) return { encoding, dataOffset: found.end, dataLine };
  // (A header below blank lines is named by its own line.)
  return { layout: csvLayout(file, header, reading.type, reading.facts, delimiter, line > 1 ? line : undefined), encoding, dataOffset: found.end, dataLine };
}

/**
 * The delimiter given, or the one the header line holds (see sniffDelimiter): the header is
 * found as a comma's, and again as the delimiter found's if that is another.
 */
function delimiterOf(head: Buffer, final: boolean, reading: CsvReading): Delimiter {
  if (reading.delimiter !== undefined && reading.delimiter !== 'auto') return reading.delimiter;
  const found = headerEnd(head, final, COMMA);
  if (!found || found.start === found.end) return COMMA;
  const line = head.subarray(found.start, found.end);
  // How many cells of the line, split so, are a column of some record type.
  const known = (d: Delimiter) =>
    line
      .toString('utf8')
      .split(String.fromCharCode(d))
      .map((h) => h.replace(/^\uFEFF/, '').replace(/^"|"$/g, '').trim())
      .filter((h) => isTypeKey(h) || RECORD_TYPES.some((t) => fieldForKeyIn(t, h, reading.facts?.[t] ?? []) !== undefined)).length;
  return sniffDelimiter(line, 0, line.length, known);
}

/**
 * Reads a CSV file's header (synchronously, before any output), so that a bad header stops
 * the run early. Undefined for a path that is not a regular file (a pipe): read it as a stream.
 */
export function prepareCsvFile(path: string, reading: CsvReading): CsvSource | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(say('cannotRead', { file: path, why: READ_FAILURES[code ?? ''] ?? code ?? String(e) }));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(say('isFolder', { file: path }));
    if (!stat.isFile()) return undefined; // a pipe or device: read as a stream
    const size = stat.size;
    let length = Math.min(size, HEAD_BYTES);
    for (;;) {
      const head = Buffer.alloc(length);
      const read = readSync(fd, head, 0, length, 0);
      const final = read >= size;
      const found = readHead(head.subarray(0, read), final, path, reading);
      if (found) {
        const sample = head.subarray(found.dataOffset, read);
        const lines = countLines(sample);
        const estimatedRows = lines ? Math.ceil(((size - found.dataOffset) * lines) / sample.length) : size > found.dataOffset ? 1 : 0;
        return { file: path, path, size, estimatedRows, ...found };
      }
      if (length >= 64 * HEAD_BYTES) {
        throw new InputError(say('headerTooLong', { file: path }));
      }
      length = Math.min(size, length * 4);
    }
  } finally {
    closeSync(fd);
  }
}

/** Reads standard input until its header is complete. */
export async function prepareCsvStream(stream: Readable, file: string, reading: CsvReading): Promise<CsvSource> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Leave the stream open when the header is found: the rest of it is read after.
  for await (const chunk of stream.iterator({ destroyOnReturn: false })) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(b);
    size += b.length;
    const head = Buffer.concat(chunks, size);
    const found = readHead(head, false, file, reading);
    if (found) return { file, ...found, rest: head.subarray(found.dataOffset) };
  }
  const head = Buffer.concat(chunks, size);
  const found = readHead(head, true, file, reading)!;
  return { file, ...found, rest: head.subarray(found.dataOffset) };
}
