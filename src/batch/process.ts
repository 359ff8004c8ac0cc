/**
 * Evaluates a batch of CSV rows: read each row, evaluate it, format it. Runs in a worker
 * thread for large inputs, or in the main thread; either way it is the same code.
 *
 * The batch stays in bytes: GB18030 is first re-encoded as UTF-8, rows are found as byte
 * ranges, only the cells the rules need become strings, and CSV output copies each row's
 * bytes through as they were (unless a cell must be escaped) before its result columns.
 */
import { isUtf8 } from 'node:buffer';
import { codedPack, evaluateRecord, reusableResults, statusesWriterOf, type StatusesWriter } from '../engine/evaluate.js';
import type { ReasonTexts } from '../i18n/reasons.js';
import type { ProgramResult } from '../engine/types.js';
import { placesOf, SummaryBuilder, type Summary } from '../engine/summary.js';
import { batchDecoder, decodes, type Encoding } from '../io/csv/encoding.js';
import { firstNotUtf8, lineFeeds } from '../core/utf8.js';
import { columnName, missingColumnError, typeMisfit, type CsvLayout } from '../io/csv/header.js';
import { cellText, parseCsvBytes, quotedRecord, rowCells, type CsvRow } from '../io/csv/parse.js';
import { FORMULA_START } from '../io/csv/formula.js';
import { csvRowParts, type CsvRowParts } from '../io/formats/csv.js';
import { makeFormat, type CaseTotal, type DocumentFormat, type FormatOptions, type InvalidRow } from '../io/formats/index.js';
import { OutBuffer } from '../io/out-buffer.js';
import { InputError } from '../errors.js';
import type { EvaluatedRecord } from '../engine/types.js';
import { auditItems } from '../engine/audit.js';
import { claimsMask, ClaimRules, duplicateResult, type ClaimRef } from '../engine/duplicates.js';
import { KeySet } from '../engine/person-key.js';
import { PERSON_FIELD, RECORD_TYPES, recordTypeOf, typeIndex, type RecordType } from '../records/fields.js';
import { setOwn } from '../core/own-keys.js';
import type { FieldError } from '../records/record.js';
import { bytesMemo, compileByteRowReader, lastValueMemo, type ByteRowReader } from '../records/byte-reader.js';
import type { RulesPack } from '../rules/load.js';
import { CaseTotals } from './cases.js';
import { ClaimList, resultsWidth, type BatchClaims } from './claim-list.js';

export interface BatchJob {
  seq: number;
  bytes: Uint8Array;
  firstLine: number;
  encoding: Encoding;
  layout: CsvLayout;
  /** For CSV output: where each output input-column's cell is in this file's rows; null when they begin with this file's own. */
  map: number[] | null;
  /** How many invalid rows to return in full. */
  invalidLimit: number;
  /** Memory to write the output into (shared with the main thread); undefined: memory of its own. */
  out?: Uint8Array;
}

export interface BatchResult {
  seq: number;
  /** The formatted records, UTF-8. */
  bytes: Uint8Array;
  summary: Summary;
  invalid: InvalidRow[];
  cases: CaseTotal[];
  rows: number;
  /** The records that claim per-person programs, in order (absent when none do). */
  claims?: BatchClaims;
}

/** A row's new text, after its duplicates were made ineligible. */
export interface PatchPiece {
  row: number;
  bytes: Uint8Array;
}

export interface PatchResult {
  seq: number;
  pieces: PatchPiece[];
  /** The change to the batch's summary (counts may be negative). */
  summary: Summary;
  cases: CaseTotal[];
}

export interface BatchOptions {
  asOf: string;
  format: FormatOptions;
  /** Keep totals per case_id (tables of batches). */
  caseTotals: boolean;
  /** Report claims of per-person programs, for duplicate checks. */
  duplicates: boolean;
}

/**
 * The raw record (field name or column name → cell) of a row, as case-file records have it: every
 * cell, those beyond the header's width of a row wider than it too (see columnName). A row of an
 * unknown type (undefined) has the fields of any type.
 */
function rawOf(layout: CsvLayout, type: RecordType | undefined, cells: readonly string[]): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (let i = 0; i < Math.max(layout.headers.length, cells.length); i++) {
    if (i === layout.typeColumn) continue;
    const field = type ? layout.columns[type][i] : RECORD_TYPES.map((t) => layout.columns[t][i]).find((f) => f !== undefined);
    setOwn(raw, field ?? columnName(layout, i), cells[i] ?? '');
  }
  return raw;
}

/** Whether a spreadsheet would take a cell of this row (one without quotes) for a formula. */
function riskyRow(buf: Buffer, row: CsvRow): boolean {
  const { starts, ends, count } = row;
  for (let i = 0; i < count; i++) {
    const s = starts[i]!;
    if (s !== ends[i] && FORMULA_START[buf[s]!]) return true;
  }
  return false;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** The column of each record type's person ID in a file (-1: none). */
function personColumnsOf(layout: CsvLayout): Record<RecordType, number> {
  return Object.fromEntries(RECORD_TYPES.map((t) => [t, layout.columns[t].indexOf(PERSON_FIELD[t])])) as Record<RecordType, number>;
}

/** The person key of a row's ID cell, read as the ID parser reads it; undefined for no valid ID. */
function personKeyOf(check: ClaimRules, type: RecordType, column: number, buf: Buffer, row: CsvRow): number | undefined {
  if (column < 0 || column >= row.count) return undefined;
  if (!row.decoded) {
    const key = check.keyOfBytes(type, buf, row.starts[column]!, row.ends[column]!);
    if (key !== undefined) return key;
  }
  return check.keyOf(type, cellText(buf, row, column).replace(/\s+/g, '').toUpperCase());
}

/** The facts the rules read. */
function referencedFacts(pack: RulesPack): Set<string> {
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

/** A record type's part in the fast lane (see BatchProcessor.run). */
interface Lane {
  /** Results filled again for each record. */
  results: ProgramResult[];
  /** Their reason codes, and the reason cells written from them. */
  codes: Int32Array;
  reasonCells: (DataView | string)[];
  reasons: ReasonTexts<DataView>;
  statuses: StatusesWriter;
  /** Its programs paid once per person (see ClaimRules.perPersonOf). */
  perPerson: number;
  /** Where its results are counted (placesOf) and written (CsvRowParts.slotsOf). */
  places: readonly number[];
  slots: readonly number[];
}

export class BatchProcessor {
  private readonly format: DocumentFormat;
  private readonly csv: CsvRowParts | undefined;
  private readonly readers = new Map<string, ByteRowReader>();
  private readonly needed: ReadonlySet<string> | 'all';
  /** The record type written in a type cell. */
  private readonly typeOfCell = bytesMemo((buf, s, e) => recordTypeOf(buf.toString('utf8', s, e)));
  /** A case_id cell, trimmed (case ids repeat from row to row). */
  private readonly caseOfCell = lastValueMemo((buf, s, e) => buf.toString('utf8', s, e).trim());
  private readonly duplicates: ClaimRules | undefined;
  /** How many results each claim keeps (see ClaimList). */
  private readonly claimWidth: number;
  private readonly audit: boolean;
  /** CSV output may copy a row's bytes through as they are. */
  private readonly copyRows: boolean;
  private tracked: KeySet | undefined;
  /** Output memory written and given back, to use again. */
  private readonly spare: ArrayBuffer[] = [];
  /** About how many times its input a batch's output is (JSON: each result has its citation and reasons), to make room for it at once. */
  private readonly outputRatio: number;
  /** What the fast lane needs of each record type (by typeIndex): found once, not for every row. */
  private readonly lanes: readonly Lane[] | undefined;

  constructor(
    private readonly pack: RulesPack,
    private readonly options: BatchOptions,
  ) {
    this.format = makeFormat(options.format, pack);
    this.csv = options.format.format === 'csv' && options.format.mode === 'evaluate' ? csvRowParts(options.format, pack) : undefined;
    this.audit = options.format.mode === 'audit';
    this.copyRows = this.csv !== undefined && !options.format.mask && !options.caseTotals;
    this.outputRatio = options.format.format === 'json' || options.format.format === 'ndjson' ? 32 : 3;
    this.duplicates = options.duplicates ? new ClaimRules(pack) : undefined;
    this.claimWidth = resultsWidth(pack);
    const csv = this.csv;
    // (A pack whose programs have more conditions than reason codes hold goes the slow way.)
    this.lanes =
      csv && codedPack(pack)
        ? RECORD_TYPES.map((t) => ({
            results: reusableResults(t, pack),
            codes: new Int32Array(pack.byType[t].length),
            reasonCells: pack.byType[t].map(() => new DataView(new ArrayBuffer(0))),
            reasons: csv.reasonsOf(t),
            statuses: statusesWriterOf(t, pack),
            perPerson: this.duplicates?.perPersonOf(t) ?? 0,
            places: placesOf(pack, t),
            slots: csv.slotsOf(t),
          }))
        : undefined;
    // CSV output copies the row through: the text fields need not become strings.
    this.needed = this.copyRows ? referencedFacts(pack) : 'all';
  }

  /** The row readers of a file layout, by record type, compiled on first use. */
  private readersFor(layout: CsvLayout): (type: RecordType) => ByteRowReader {
    const layoutKey = `${layout.file}\u0000${layout.headers.join('\u0001')}`;
    const local: Partial<Record<RecordType, ByteRowReader>> = {};
    return (type) => {
      let reader = local[type];
      if (reader) return reader;
      const key = `${type}\u0000${layoutKey}`;
      reader = this.readers.get(key);
      if (!reader) {
        // A type whose required columns the header lacks while another type's are there: the
        // rows are not of the type their cell says (or the header is not theirs); the file stops.
        const misfit = typeMisfit(layout, type, false);
        if (misfit) {
          const misfitRows: ByteRowReader = (_buf, row) => {
            throw new InputError(`${layout.file}:${row.line}: a ${type} record, but ${misfit.why}; correct its type cell, or the header`);
          };
          this.readers.set(key, misfitRows);
          return (local[type] = misfitRows);
        }
        // A type whose required column the file lacks: each of its rows is invalid, saying so.
        const missing = missingColumnError(layout, type);
        if (missing) {
          const error = { facts: {}, errors: [{ field: missing.field, value: null, message: missing.message.replace(/^[^:]*:\d+: /, '') }] };
          const rowsMissing: ByteRowReader = () => ({ facts: {}, errors: error.errors.map((e) => ({ ...e })) });
          this.readers.set(key, rowsMissing);
          return (local[type] = rowsMissing);
        }
        const skip = layout.typeColumn >= 0 ? [layout.typeColumn] : [];
        reader = compileByteRowReader(type, layout.columns[type], layout.names, skip, this.needed, this.pack.facts[type]);
        this.readers.set(key, reader);
      }
      return (local[type] = reader);
    };
  }

  /** The batch as UTF-8 bytes, checked. */
  private utf8(job: BatchJob): Buffer {
    const file = job.layout.file;
    const buf = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
    // A file whose first megabyte was ASCII: each batch tells, by its first other bytes.
    const gb = job.encoding === 'gb18030' || (job.encoding === 'undecided' && !isUtf8(buf) && decodes(buf, 'gb18030'));
    if (gb) return Buffer.from(batchDecoder('gb18030', file)(job.bytes, job.firstLine), 'utf8');
    if (!isUtf8(buf)) {
      const line = job.firstLine + lineFeeds(buf, firstNotUtf8(buf));
      throw new InputError(`${file}:${line}: not valid UTF-8; if Excel saved the file on a Chinese Windows, use --encoding gb18030`);
    }
    return buf;
  }

  /** A row's record type: its type cell's, the file's, or undefined for an unknown one. */
  private typeOf(layout: CsvLayout, buf: Buffer, row: CsvRow): RecordType | undefined {
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

  /** Takes back the memory of a batch's output once it is written. */
  recycle(buffer: ArrayBuffer): void {
    if (this.spare.length < 2) this.spare.push(buffer);
  }

  /**
   * Only these people's claims are reported (the others' ID numbers occur once in the run, so
   * they cannot be duplicates); undefined: every claim is.
   */
  track(people: KeySet | undefined): void {
    this.tracked = people;
  }

  /** The person key of a claiming row, if its claims are to be reported (see track). */
  private claimKey(type: RecordType, column: number, buf: Buffer, row: CsvRow): number | undefined {
    const key = personKeyOf(this.duplicates!, type, column, buf, row);
    return key === undefined || (this.tracked && !this.tracked.has(key)) ? undefined : key;
  }

  /**
   * The first pass over a batch: the claim key (see ClaimBatch) of every row that names a
   * valid ID number, whatever else the row holds.
   */
  keys(job: BatchJob): Float64Array {
    const { layout } = job;
    const buf = this.utf8(job);
    const personColumns = personColumnsOf(layout);
    const check = this.duplicates ?? new ClaimRules(this.pack);
    // Only the cells up to the last of the type and person columns are read.
    const last = Math.max(layout.typeColumn, ...Object.values(personColumns));
    const row: CsvRow = { line: 0, start: 0, end: 0, count: 0, starts: new Int32Array(last + 2), ends: new Int32Array(last + 2), decoded: null };
    const { starts, ends } = row;
    let keys = new Float64Array(1024);
    let count = 0;
    const end = buf.length;
    let pos = 0;
    let line = job.firstLine;
    let quote = buf.indexOf(QUOTE);
    while (pos < end) {
      let nl = buf.indexOf(LF, pos);
      if (nl === -1) nl = end;
      if (quote !== -1 && quote < pos) quote = buf.indexOf(QUOTE, pos);
      if (quote !== -1 && quote < nl) {
        // A line with quotes: the record is read as the parser reads it (it may run over lines).
        const record = quotedRecord(buf, pos, line, layout.file);
        row.decoded = record.cells;
        row.count = record.cells.length;
        pos = record.next;
        line = record.nextLine;
      } else {
        const lineEnd = nl > pos && buf[nl - 1] === CR ? nl - 1 : nl;
        let n = 0;
        let cellStart = pos;
        for (let i = pos; i < lineEnd && n <= last; i++) {
          if (buf[i] === COMMA) {
            starts[n] = cellStart;
            ends[n] = i;
            n++;
            cellStart = i + 1;
          }
        }
        if (n <= last) {
          starts[n] = cellStart;
          ends[n] = lineEnd;
          n++;
        }
        row.decoded = null;
        row.count = n;
        pos = nl + 1;
        line++;
      }
      const type = this.typeOf(layout, buf, row);
      if (!type) continue;
      const key = personKeyOf(check, type, personColumns[type], buf, row);
      if (key === undefined) continue;
      if (count === keys.length) {
        const more = new Float64Array(count * 2);
        more.set(keys);
        keys = more;
      }
      keys[count++] = key;
    }
    return keys.slice(0, count);
  }

  /**
   * Runs a batch. With `patch`, only the rows it names are evaluated again, their duplicate
   * programs made ineligible, and written anew: the result then holds those rows' new texts
   * (in `pieces`) and the change they make to the summary.
   */
  run(job: BatchJob): BatchResult;
  run(job: BatchJob, patch: ReadonlyMap<number, ReadonlyMap<number, ClaimRef>>): PatchResult;
  run(job: BatchJob, patch?: ReadonlyMap<number, ReadonlyMap<number, ClaimRef>>): BatchResult | PatchResult {
    const { layout } = job;
    const file = layout.file;
    const buf = this.utf8(job);
    // The batch's bytes, for copying rows through (OutBuffer.copy).
    const rows = new DataView(buf.buffer, buf.byteOffset, buf.length);
    const readerFor = this.readersFor(layout);
    const caseColumn = layout.columns.placement.indexOf('case_id');
    // The ID number's column of each record type, by typeIndex.
    const personColumns = personColumnsOf(layout);
    const personColumnAt = RECORD_TYPES.map((t) => personColumns[t]);
    const summary = new SummaryBuilder(this.pack, this.audit);
    // The file is known before the first row: counting a row never has to look it up.
    summary.addFile(file);
    const cases = this.options.caseTotals ? new CaseTotals() : undefined;
    const invalid: InvalidRow[] = [];
    const claims = this.duplicates ? new ClaimList(file, this.claimWidth) : undefined;
    const pieces: PatchPiece[] = [];
    const width = layout.headers.length;
    // CSV output may have more input columns than this file (other inputs add theirs): empty cells.
    // The job's fields, read once: the row callbacks below never touch the job (whose shape, as
    // a message, may differ from batch to batch, which would make V8 throw their code away).
    const { map, invalidLimit } = job;
    const pad = map === null && this.csv ? ','.repeat(Math.max(0, this.csv.width - width)) : '';
    const asOf = this.options.asOf;
    const csv = this.csv;
    const out = patch
      ? new OutBuffer(1 << 12)
      : job.out
        ? new OutBuffer(job.out.byteLength, job.out)
        : new OutBuffer(Math.max(3 << 20, job.bytes.byteLength * this.outputRatio), this.spare.pop());
    const caseOf = (row: CsvRow): string | null => {
      if (caseColumn < 0 || caseColumn >= row.count) return null;
      const c = row.decoded ? row.decoded[caseColumn]!.trim() : this.caseOfCell(buf, row.starts[caseColumn]!, row.ends[caseColumn]!);
      return c === '' ? null : c;
    };
    // Every row but the fast lane's: invalid rows, patches and the other formats. A closure of
    // its own, so that the row callback, optimized in each worker, stays small.
    const slow = (
      row: CsvRow,
      index: number,
      type: RecordType | undefined,
      recType: RecordType,
      facts: Record<string, unknown>,
      errors: FieldError[] | undefined,
      duplicates: ReadonlyMap<number, ClaimRef> | undefined,
      copyable: boolean,
    ): void => {
      const line = row.line;
      let results = errors ? null : evaluateRecord(recType, facts, this.pack, asOf);
      let caseId: string | null | undefined;
      // A claim is added once the row's input columns are written: where its result columns begin.
      let claim = (): void => {};
      if (results && this.duplicates) {
        const mask = this.duplicates.claimsOf(recType, results);
        const key = mask ? this.claimKey(recType, personColumnAt[typeIndex(recType)]!, buf, row) : undefined;
        if (duplicates) {
          // Patching: the row's first results leave the summary, its new ones join it.
          caseId = caseOf(row);
          summary.addResults(results, -1);
          cases?.add(caseId, results, -1);
          if (this.audit) summary.addAudit(caseId, auditItems(this.pack.byType[recType], facts, {}, results), -1);
          results = results.map((r, i) => (duplicates.has(i) ? duplicateResult(r, duplicates.get(i)!) : r));
        } else if (key !== undefined) {
          const claimed = results;
          const claimCase = (caseId = caseOf(row));
          claim = () => claims!.add(index, key, mask, line, claimCase, claimed, out.size);
        }
      }
      if (duplicates) summary.addResults(results!);
      else summary.add(file, results);
      const start = out.size;
      if (copyable && results) {
        // The fast path: the row as written (already valid CSV), then its results.
        out.copy(rows, row.start, row.end);
        if (pad) out.ascii(pad);
        claim();
        out.text(csv!.results(recType, results));
      } else {
        // The record as case files have it: needed by the other formats, the audit, the first
        // invalid rows and a row written anew; an invalid row copied through does without.
        const listed = errors !== undefined && invalid.length < invalidLimit;
        const needRecord = !csv || this.audit || listed || cases !== undefined || !copyable;
        if (needRecord && caseId === undefined) caseId = caseOf(row);
        const cells = needRecord ? rowCells(buf, row) : [];
        const rec: EvaluatedRecord = {
          source: { file, line },
          type: recType,
          case_id: caseId ?? null,
          raw: needRecord ? rawOf(layout, type, cells) : {},
          ...(type ? {} : { writtenType: cellText(buf, row, layout.typeColumn) }),
          facts,
          extra: [],
          errors: errors ?? [],
          results,
        };
        cases?.add(rec.case_id, results, 1, !duplicates);
        if (this.audit) {
          // A row of an unknown type: what it claims of any program (it is invalid).
          rec.audit = auditItems(type ? this.pack.byType[recType] : this.pack.programs, facts, rec.raw, results);
          summary.addAudit(rec.case_id, rec.audit);
        }
        if (errors && listed) {
          invalid.push({ file, line, type: layout.fixedType ?? cellText(buf, row, layout.typeColumn), case_id: rec.case_id, errors, input: rec.raw });
        }
        if (!csv) {
          claim();
          out.text(this.format.record(rec));
        } else {
          // A row with quotes is written anew: its quoting may be loose (a stray quote inside a cell).
          if (copyable) {
            out.copy(rows, row.start, row.end);
            if (pad) out.ascii(pad);
          } else {
            out.text(csv.cells(cells, map));
          }
          claim();
          out.text(csv.suffix(rec, cells.length > width ? cells.slice(width) : undefined));
        }
      }
      if (duplicates) pieces.push({ row: index, bytes: out.take(start) });
      else claims?.end(out.size);
    };

    let index = -1;
    // A plain run looks its rows up in an empty patch: the code for the lookup then runs from the
    // first row (code first run by a patch, once V8 has optimized this callback, would make V8
    // discard it).
    const patchRows = patch ?? NO_PATCH;
    const patching = patch !== undefined;
    parseCsvBytes(buf, job.firstLine, file, (row) => {
      index++;
      const duplicates = patchRows.get(index);
      if (patching && !duplicates) return;
      const line = row.line;
      const type = this.typeOf(layout, buf, row);

      let errors: FieldError[] | undefined;
      let facts: Record<string, unknown> = {};
      if (!type) {
        errors = [{ field: 'type', value: cellText(buf, row, layout.typeColumn), message: `unknown record type; use ${RECORD_TYPES.join(', ')} (or 送工, 吸纳就业, 创业)`, line }];
      } else if (row.count > width) {
        errors = [{ field: '(row)', value: null, message: `${row.count} cells, but the header has ${width} columns: a comma inside a value? Quote the value`, line }];
      } else {
        const read = readerFor(type)(buf, row);
        facts = read.facts;
        if (read.errors) {
          errors = read.errors;
          for (const e of errors) e.line = line;
        }
      }
      const recType = type ?? 'placement';
      const copyable = this.copyRows && map === null && row.count === width && !row.decoded && !riskyRow(buf, row);
      if (this.copyRows && !errors && !patching && this.lanes) {
        // The fast lane of CSV output: statuses, amounts and reason codes alone, into reusable
        // results, and the reasons rendered from the codes (see ReasonTexts); the
        // row's bytes as written (already valid CSV) or, for a row with quotes (its quoting may
        // be loose) or in other columns, its cells written anew; then its result columns.
        // Nothing is kept of the record.
        const t = typeIndex(recType);
        const lane = this.lanes![t]!;
        const results = lane.results;
        lane.statuses(facts, asOf, results, lane.codes);
        lane.reasons.fill(results, lane.codes, facts, lane.reasonCells);
        const mask = claimsMask(lane.perPerson, results);
        const key = mask ? this.claimKey(recType, personColumnAt[t]!, buf, row) : undefined;
        summary.addPlaced(file, lane.places, results);
        if (copyable) {
          out.copy(rows, row.start, row.end);
          if (pad) out.ascii(pad);
        } else {
          out.text(csv!.cells(rowCells(buf, row), map));
        }
        if (key !== undefined) claims!.add(index, key, mask, line, caseOf(row), results, out.size);
        csv!.resultsInto(out, lane.slots, results, lane.reasonCells);
        claims?.end(out.size);
        return;
      }
      slow(row, index, type, recType, facts, errors, duplicates, copyable);
    });
    if (patch) return { seq: job.seq, pieces, summary: summary.result(), cases: cases?.list() ?? [] };
    return { seq: job.seq, bytes: out.result(), summary: summary.result(), invalid, cases: cases?.list() ?? [], rows: index + 1, ...(claims?.size ? { claims: claims.result() } : {}) };
  }
}

const NO_PATCH: ReadonlyMap<number, ReadonlyMap<number, ClaimRef>> = new Map();
