/**
 * One batch of CSV rows evaluated and written: each row read, evaluated and formatted, in the
 * fast lane (CSV output of a valid row: statuses, amounts and reason codes into reusable results,
 * nothing kept) or the slow way (invalid rows, rows written anew as duplicates, the other formats
 * and audits: the record as case files have it). See BatchProcessor.
 */
import { auditItems } from '../engine/audit.js';
import { claimsMask, duplicateResult } from '../engine/duplicates.js';
import { evaluateRecord } from '../engine/evaluate.js';
import { SummaryBuilder } from '../engine/summary.js';
import type { EvaluatedRecord, ProgramResult } from '../engine/types.js';
import { rawOf, type CsvLayout } from '../io/csv/header.js';
import { delimiterWord } from '../io/csv/delimiter.js';
import { cellText, parseCsvBytes, rowCells, type CsvRow } from '../io/csv/parse.js';
import type { InvalidRow } from '../io/formats/index.js';
import type { OutBuffer } from '../io/out-buffer.js';
import type { ByteRowReader } from '../records/byte-reader.js';
import { NO_TYPE_CELL, TYPE_CHOICES, typeIndex, type RecordType } from '../records/fields.js';
import type { FieldError } from '../records/record.js';
import type { ClaimRef } from '../engine/claims.js';
import { agencyOf, CaseTotals } from './cases.js';
import { ClaimList } from './claim-list.js';
import { mapFor, type BatchJob, type BatchResult, type ColumnMaps, type Patch, type PatchPiece, type PatchResult } from './job.js';
import type { BatchProcessor } from './process.js';
import { personColumnsOf, riskyRow } from './row-reading.js';
import { RowInput } from './row-input.js';

/** A row as read: its record type (undefined: unknown), facts, and errors (undefined: none). */
interface ReadRow {
  type: RecordType | undefined;
  facts: Record<string, unknown>;
  errors: FieldError[] | undefined;
}

const NO_PATCH: Patch = new Map();

export class BatchRun {
  private readonly layout: CsvLayout;
  private readonly file: string;
  /** The batch's bytes, and the same as a view, for copying rows through (OutBuffer.copy). */
  private readonly buf: Buffer;
  private readonly rows: DataView;
  private readonly readerFor: (type: RecordType) => ByteRowReader;
  private readonly caseColumn: number;
  /** The ID number's column of each record type, by typeIndex. */
  private readonly personColumns: number[];
  private readonly summary: SummaryBuilder;
  private readonly cases: CaseTotals | undefined;
  private readonly invalid: InvalidRow[] = [];
  private readonly claims: ClaimList | undefined;
  private readonly pieces: PatchPiece[] = [];
  private readonly width: number;
  /** Whether cells are separated by commas, as in CSV output: rows may be copied through. */
  private readonly commas: boolean;
  // The job's fields, read once: the row code never touches the job (whose shape, as a message,
  // may differ from batch to batch, which would make V8 throw that code away).
  private readonly maps: ColumnMaps | null;
  private readonly invalidLimit: number;
  /** CSV output may have more input columns than this file (other inputs add theirs): empty cells. */
  private readonly pad: string;
  private readonly out: OutBuffer;
  /**
   * A plain run looks its rows up in an empty patch: the code for the lookup then runs from the
   * first row (code first run by a patch, once V8 has optimized the row code, would make V8
   * discard it).
   */
  private readonly patch: Patch;
  private readonly patching: boolean;
  /** Pending results are counted by month (for the report). */
  private readonly pendingMonths: boolean;
  private index = -1;
  private readonly rowInput: RowInput | undefined;

  constructor(
    private readonly p: BatchProcessor,
    private readonly job: BatchJob,
    patch: Patch | undefined,
    buf: Buffer,
  ) {
    const layout = (this.layout = job.layout);
    this.file = layout.file;
    this.buf = buf;
    this.rows = new DataView(buf.buffer, buf.byteOffset, buf.length);
    this.readerFor = p.readers.readersFor(layout);
    this.caseColumn = layout.columns.placement.indexOf('case_id');
    this.personColumns = personColumnsOf(layout);
    this.summary = new SummaryBuilder(p.pack, p.audit, p.options.report === true);
    // The file is known before the first row: counting a row never has to look it up.
    this.summary.addFile(this.file);
    this.cases = p.options.caseTotals ? new CaseTotals() : undefined;
    this.claims = p.claimRules ? new ClaimList(this.file, p.claimWidth, job.claimsOut, p.options.report === true) : undefined;
    this.width = layout.headers.length;
    this.commas = layout.delimiter === undefined;
    this.maps = job.maps;
    this.invalidLimit = job.invalidLimit;
    this.pad = job.maps === null && p.csv ? ','.repeat(Math.max(0, p.csv.width - this.width)) : '';
    this.out = p.outFor(job, patch !== undefined);
    this.patch = patch ?? NO_PATCH;
    this.patching = patch !== undefined;
    this.pendingMonths = p.options.report === true;
    this.rowInput = p.jsonInput ? new RowInput(layout) : undefined;
  }

  run(): BatchResult | PatchResult {
    parseCsvBytes(this.buf, this.job.firstLine, this.file, (row) => this.row(row), this.layout.delimiter);
    const { summary, cases, claims } = this;
    if (this.patching) return { seq: this.job.seq, pieces: this.pieces, summary: summary.result(), cases: cases?.list() ?? [] };
    const rows = this.index + 1;
    const bytes = this.out.result();
    // Claims stay in the shared memory given only while the output stays in its own: the main
    // thread holds that until the batch is written (see workerExecutor).
    const inPlace = this.job.out !== undefined && bytes.buffer === this.job.out.buffer;
    return { seq: this.job.seq, bytes, summary: summary.result(), invalid: this.invalid, cases: cases?.list() ?? [], rows, ...(claims?.size ? { claims: claims.result(!inPlace) } : {}) };
  }

  private row(row: CsvRow): void {
    const index = ++this.index;
    const duplicates = this.patch.get(index);
    if (this.patching && !duplicates) return;
    const read = this.read(row);
    const recType = read.type ?? 'placement';
    const p = this.p;
    const copyable = p.copyRows && this.maps === null && this.commas && row.count === this.width && !row.decoded && !riskyRow(this.buf, row);
    if (p.copyRows && !read.errors && !this.patching && p.lanes) this.fast(row, index, recType, read.facts, copyable);
    else this.slow(row, index, read, recType, duplicates, copyable);
  }

  /** A row's record type, facts and errors. */
  private read(row: CsvRow): ReadRow {
    const line = row.line;
    const type = this.p.readers.typeOf(this.layout, this.buf, row);
    if (!type) {
      const value = cellText(this.buf, row, this.layout.typeColumn);
      const message = value.trim() ? `unknown record type; use ${TYPE_CHOICES}` : NO_TYPE_CELL;
      return { type, facts: {}, errors: [{ field: 'type', value, message, line }] };
    }
    if (row.count > this.width) {
      const message = `${row.count} cells, but the header has ${this.width} columns: a ${delimiterWord(this.layout.delimiter)} inside a value? Quote the value`;
      return { type, facts: {}, errors: [{ field: '(row)', value: null, message, line }] };
    }
    const read = this.readerFor(type)(this.buf, row);
    if (read.errors) for (const e of read.errors) e.line = line;
    return { type, facts: read.facts, errors: read.errors };
  }

  /** A case_id cell, trimmed; null when empty. */
  private caseOf(row: CsvRow): string | null {
    const c = this.caseColumn;
    if (c < 0 || c >= row.count) return null;
    const id = row.decoded ? row.decoded[c]!.trim() : this.p.caseOfCell(this.buf, row.starts[c]!, row.ends[c]!);
    return id === '' ? null : id;
  }

  /**
   * The row's input columns: its bytes as written (already valid CSV), or its cells written anew.
   * The cells of a row wider than its header fill no column (another input's, when this file's
   * columns come first): they follow the errors cell (see writeRecord).
   */
  private writeInput(row: CsvRow, copyable: boolean, type: RecordType | undefined, cells?: readonly string[]): void {
    if (copyable) {
      this.out.copy(this.rows, row.start, row.end);
      if (this.pad) this.out.ascii(this.pad);
    } else {
      const all = cells ?? rowCells(this.buf, row);
      this.out.text(this.p.csv!.cells(all.length > this.width ? all.slice(0, this.width) : all, mapFor(this.maps, type)));
    }
  }

  /**
   * The fast lane of CSV output: statuses, amounts and reason codes alone, into reusable
   * results, and the reasons rendered from the codes (see ReasonTexts); the row's input columns;
   * then its result columns. Nothing is kept of the record.
   */
  private fast(row: CsvRow, index: number, recType: RecordType, facts: Record<string, unknown>, copyable: boolean): void {
    const p = this.p;
    const t = typeIndex(recType);
    const lane = p.lanes![t]!;
    const results = lane.results;
    lane.statuses(facts, p.asOf, results, lane.codes);
    lane.reasons.fill(results, lane.codes, facts, lane.reasonCells);
    // The report counts pending results by the month they become claimable, which the lane's
    // results leave out: a row with one is counted (and claims) with the whole evaluation's.
    const counted = this.pendingMonths && hasPending(results) ? evaluateRecord(recType, facts, p.pack, p.asOf) : results;
    const mask = claimsMask(lane.perPerson, results);
    const key = mask ? p.claimKey(recType, this.personColumns[t]!, this.buf, row) : undefined;
    const caseId = key !== undefined || this.cases ? this.caseOf(row) : null;
    this.summary.addPlaced(this.file, lane.places, counted);
    this.cases?.add(caseId, counted, 1, true, agencyOf(recType, facts));
    this.writeInput(row, copyable, recType);
    if (key !== undefined) this.claims!.add(index, key, mask, row.line, caseId, counted, this.out.size);
    p.csv!.resultsInto(this.out, lane.slots, results, lane.reasonCells);
    this.claims?.end(this.out.size);
  }

  /**
   * Every row but the fast lane's: invalid rows, rows written anew as duplicates (`duplicates`:
   * the first claims of its duplicate programs) and the other formats.
   */
  private slow(row: CsvRow, index: number, read: ReadRow, recType: RecordType, duplicates: ReadonlyMap<number, ClaimRef> | undefined, copyable: boolean): void {
    const { facts, errors } = read;
    const p = this.p;
    let results = errors ? null : evaluateRecord(recType, facts, p.pack, p.asOf);
    let caseId: string | null | undefined;
    // A claim is added once the row's input columns are written: where its result columns begin.
    let claim = (): void => {};
    if (results && p.claimRules) {
      const mask = p.claimRules.claimsOf(recType, results);
      if (duplicates) {
        caseId = this.caseOf(row);
        results = this.unclaim(recType, facts, caseId, results, duplicates);
      } else {
        const key = mask ? p.claimKey(recType, this.personColumns[typeIndex(recType)]!, this.buf, row) : undefined;
        if (key !== undefined) {
          const claimed = results;
          const claimCase = (caseId = this.caseOf(row));
          claim = () => this.claims!.add(index, key, mask, row.line, claimCase, claimed, this.out.size);
        }
      }
    }
    if (duplicates) this.summary.addResults(results!);
    else this.summary.add(this.file, results);
    const start = this.out.size;
    if (copyable && results) {
      this.writeInput(row, true, recType);
      claim();
      this.out.text(p.csv!.results(recType, results));
    } else {
      this.writeRecord(row, read, recType, results, caseId, duplicates !== undefined, copyable, claim);
    }
    if (duplicates) this.pieces.push({ row: index, bytes: this.out.take(start) });
    else this.claims?.end(this.out.size);
  }

  /** A row written anew as a duplicate: its first results leave the summary; the same, duplicates made ineligible, come back. */
  private unclaim(recType: RecordType, facts: Record<string, unknown>, caseId: string | null, results: ProgramResult[], duplicates: ReadonlyMap<number, ClaimRef>): ProgramResult[] {
    const p = this.p;
    this.summary.addResults(results, -1);
    this.cases?.add(caseId, results, -1);
    if (p.audit) this.summary.addAudit(caseId, auditItems(p.pack.byType[recType], facts, {}, results), -1);
    return results.map((r, i) => (duplicates.has(i) ? duplicateResult(r, duplicates.get(i)!) : r));
  }

  /**
   * The record as case files have it, written: needed by the other formats, the audit, the
   * first invalid rows and a row written anew; an invalid row copied through does without.
   */
  private writeRecord(
    row: CsvRow,
    { type, facts, errors }: ReadRow,
    recType: RecordType,
    results: ProgramResult[] | null,
    knownCase: string | null | undefined,
    rewritten: boolean,
    copyable: boolean,
    claim: () => void,
  ): void {
    const p = this.p;
    const csv = p.csv;
    const listed = errors !== undefined && this.invalid.length < this.invalidLimit;
    const direct = this.rowInput !== undefined && !listed && row.count <= this.width;
    const needRecord = !direct && (!csv || p.audit || listed || this.cases !== undefined || !copyable);
    const caseId = knownCase === undefined && (needRecord || !csv) ? this.caseOf(row) : (knownCase ?? null);
    const cells = needRecord ? rowCells(this.buf, row) : [];
    const rec: EvaluatedRecord = {
      source: { file: this.file, line: row.line },
      type: recType,
      case_id: caseId,
      raw: needRecord ? rawOf(this.layout, type, cells) : {},
      ...(type ? {} : { writtenType: cellText(this.buf, row, this.layout.typeColumn) }),
      facts,
      extra: [],
      errors: errors ?? [],
      results,
    };
    this.cases?.add(rec.case_id, results, 1, !rewritten, agencyOf(type ?? '', facts));
    if (p.audit) {
      // A row of an unknown type: what it claims of any program (it is invalid).
      rec.audit = auditItems(type ? p.pack.byType[recType] : p.pack.programs, facts, rec.raw, results);
      this.summary.addAudit(rec.case_id, rec.audit);
    }
    if (errors && listed) {
      const writtenType = this.layout.fixedType ?? cellText(this.buf, row, this.layout.typeColumn);
      this.invalid.push({ file: this.file, line: row.line, type: writtenType, case_id: rec.case_id, errors, input: rec.raw, cells: [...cells] });
    }
    if (!csv) {
      claim();
      p.writeRecord(this.out, rec, direct ? this.rowInput!.of(this.buf, row, type) : undefined);
      return;
    }
    // A row with quotes is written anew: its quoting may be loose (a stray quote inside a cell).
    this.writeInput(row, copyable, type, cells);
    claim();
    this.out.text(csv.suffix(rec, cells.length > this.width ? cells.slice(this.width) : undefined));
  }
}

function hasPending(results: readonly ProgramResult[]): boolean {
  for (let i = 0; i < results.length; i++) if (results[i]!.status === 'pending') return true;
  return false;
}
