/**
 * Reading a batch's rows: its bytes as checked UTF-8, each row's record type, the compiled
 * reader of each record type for a file's header, and the pieces of a row that the slow ways of
 * writing it need (whether a spreadsheet would take a cell for a formula).
 */
import { isUtf8 } from 'node:buffer';
import { firstNotUtf8, lineFeeds } from '../core/utf8.js';
import type { ClaimRules } from '../engine/duplicates.js';
import { foreignClaimError, foreignClaimOf } from '../engine/foreign-claims.js';
import { InputError } from '../errors.js';
import { batchDecoder, decodes } from '../io/csv/encoding.js';
import { FORMULA_START } from '../io/csv/formula.js';
import { headerFit, type CsvLayout } from '../io/csv/header.js';
import { cellText, type CsvRow } from '../io/csv/parse.js';
import { bytesMemo, compileByteRowReader, type ByteRowReader } from '../records/byte-reader.js';
import { PERSON_FIELD, RECORD_TYPES, recordTypeOf, type RecordType } from '../records/fields.js';
import { idNumberText } from '../records/values.js';
import type { RulesPack } from '../rules/load.js';
import type { BatchJob } from './job.js';
import { say } from '../io/messages.js';

/** The batch as UTF-8 bytes, checked (GB18030 re-encoded). */
export function batchUtf8(job: BatchJob): Buffer {
  const file = job.layout.file;
  const buf = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  // A file whose first megabyte was ASCII: each batch tells, by its first other bytes.
  const gb = job.encoding === 'gb18030' || (job.encoding === 'undecided' && !isUtf8(buf) && decodes(buf, 'gb18030'));
  if (gb) return Buffer.from(batchDecoder('gb18030', file)(job.bytes, job.firstLine), 'utf8');
  if (!isUtf8(buf)) {
    const line = job.firstLine + lineFeeds(buf, firstNotUtf8(buf));
    throw new InputError(say('notUtf8Line', { file, line }));
  }
  return buf;
}

/** Whether a spreadsheet would take a cell of this row (one without quotes) for a formula. */
export function riskyRow(buf: Buffer, row: CsvRow): boolean {
  const { starts, ends, count } = row;
  for (let i = 0; i < count; i++) {
    const s = starts[i]!;
    if (s !== ends[i] && FORMULA_START[buf[s]!]) return true;
  }
  return false;
}

/** The column of each record type's person ID in a file (-1: none), by typeIndex. */
export function personColumnsOf(layout: CsvLayout): number[] {
  return RECORD_TYPES.map((t) => layout.columns[t].indexOf(PERSON_FIELD[t]));
}

/** The person key of a row's ID cell, read as the ID parser reads it; undefined for no valid ID. */
export function personKeyOf(check: ClaimRules, type: RecordType, column: number, buf: Buffer, row: CsvRow): number | undefined {
  if (column < 0 || column >= row.count) return undefined;
  if (!row.decoded) {
    const key = check.keyOfBytes(type, buf, row.starts[column]!, row.ends[column]!);
    if (key !== undefined) return key;
  }
  return check.keyOf(type, idNumberText(cellText(buf, row, column)));
}

/** The facts the rules read. */
export function referencedFacts(pack: RulesPack): Set<string> {
  const names = new Set<string>();
  for (const p of pack.programs) {
    for (const c of p.spec.conditions) {
      if ('fact' in c) names.add(c.fact);
      if (c.op === 'retained') names.add(c.start).add(c.end);
    }
    if ('fact' in p.spec.amount) names.add(p.spec.amount.fact);
  }
  return names;
}

/** The record types of rows and their readers, compiled once per file header and record type. */
export class RowReaders {
  private readonly readers = new Map<string, ByteRowReader>();
  /** The record type written in a type cell. */
  private readonly typeOfCell = bytesMemo((buf, s, e) => recordTypeOf(buf.toString('utf8', s, e)));

  constructor(
    private readonly pack: RulesPack,
    /** The facts to read ('all': every field, as text too). */
    private readonly needed: ReadonlySet<string> | 'all',
    /** An audit's readers: a row that claims a program of another record type is invalid (see withForeignClaims). */
    private readonly audit = false,
  ) {}

  /** A row's record type: its type cell's, the file's, or undefined for an unknown one. */
  typeOf(layout: CsvLayout, buf: Buffer, row: CsvRow): RecordType | undefined {
    const t = layout.typeColumn;
    return (
      layout.fixedType ??
      (row.decoded
        ? recordTypeOf(row.decoded[t])
        : t < row.count && row.starts[t] !== row.ends[t]
          ? this.typeOfCell(buf, row.starts[t]!, row.ends[t]!)
          : undefined) ??
      (cellText(buf, row, t).trim() === '' ? layout.defaultType : undefined)
    );
  }

  /** The row readers of a file layout, by record type, compiled on first use. */
  readersFor(layout: CsvLayout): (type: RecordType) => ByteRowReader {
    const layoutKey = `${layout.file}\u0000${layout.headers.join('\u0001')}`;
    const local: Partial<Record<RecordType, ByteRowReader>> = {};
    return (type) => {
      let reader = local[type];
      if (reader) return reader;
      const key = `${type}\u0000${layoutKey}`;
      reader = this.readers.get(key);
      if (!reader) this.readers.set(key, (reader = this.compile(layout, type)));
      return (local[type] = reader);
    };
  }

  private compile(layout: CsvLayout, type: RecordType): ByteRowReader {
    // A header that does not serve the type: its rows stop the file, or are each invalid (see headerFit).
    const fit = headerFit(layout, type);
    if (fit && 'stop' in fit) {
      return (_buf, row) => {
        throw fit.stop(row.line);
      };
    }
    let reader: ByteRowReader;
    if (fit) {
      reader = () => ({ facts: {}, errors: fit.errors() });
    } else {
      const skip = layout.typeColumn >= 0 ? [layout.typeColumn] : [];
      reader = compileByteRowReader(type, layout.columns[type], layout.names, skip, this.needed, this.pack.facts[type]);
    }
    return this.audit ? withForeignClaims(reader, layout, type, this.pack) : reader;
  }
}

/**
 * An audit's reader of a record type's rows: also an error for each claim of another record
 * type's program that a row fills in (see engine/foreign-claims.ts). The reader itself when the
 * header has no such column.
 */
function withForeignClaims(reader: ByteRowReader, layout: CsvLayout, type: RecordType, pack: RulesPack): ByteRowReader {
  const claims = layout.headers.flatMap((header, i) => {
    const claim = i === layout.typeColumn ? undefined : foreignClaimOf(header, type, pack);
    return claim ? [{ column: i, claim }] : [];
  });
  if (!claims.length) return reader;
  return (buf, row) => {
    const read = reader(buf, row);
    const errors = read.errors ? [...read.errors] : [];
    for (const { column, claim } of claims) {
      const error = column < row.count ? foreignClaimError(claim, type, cellText(buf, row, column)) : undefined;
      if (error) errors.push(error);
    }
    return errors.length ? { facts: read.facts, errors } : read;
  };
}
