/**
 * The pieces of a CSV output row, for the batch processor to assemble around a row's own bytes:
 * the input columns (from a record's raw values or a row's cells), then each output program's
 * status, amount and short reason, the grant and loan totals, and the errors cell.
 */
import { asText } from '../../core/excerpt.js';
import { ownValue } from '../../core/own-keys.js';
import type { CompiledProgram } from '../../rules/compiled.js';
import type { ClaimRef } from '../../engine/claims.js';
import type { EvaluatedRecord, ProgramResult } from '../../engine/types.js';
import { describeDuplicate, shortReason } from '../../i18n/describe.js';
import { ReasonTexts } from '../../i18n/reasons.js';
import { recordMessage } from '../../i18n/record-messages.js';
import { RECORD_TYPES, type RecordType } from '../../records/fields.js';
import { isBlank } from '../../records/kinds.js';
import { formatFen } from '../../records/values.js';
import type { RulesPack } from '../../rules/load.js';
import { isIdentityKey, maskErrors, maskId } from '../mask.js';
import type { OutBuffer } from '../out-buffer.js';
import { csvCell } from './csv-cell.js';
import type { CsvColumns, FormatOptions } from './types.js';

const QUOTE = 34;
const COMMA = 44;

/** The end of the cell that begins after the comma at `at` (our own output: quotes are paired). */
function cellEnd(bytes: DataView, at: number, to: number): number {
  let i = at + 1;
  let quoted = false;
  for (; i < to; i++) {
    const b = bytes.getUint8(i);
    if (b === QUOTE) quoted = !quoted;
    else if (b === COMMA && !quoted) break;
  }
  return i;
}

/** Text as UTF-8 bytes, for OutBuffer.copy. */
function bytesOf(text: string): DataView {
  const bytes = Buffer.from(text, 'utf8');
  return new DataView(new Uint8Array(bytes).buffer);
}

/** The grant and loan totals of a record's eligible results, as their two cells and the line end. */
function totalsCells(results: readonly ProgramResult[]): string {
  let grants = 0;
  let loans = 0;
  for (const r of results) {
    if (r.status === 'eligible' && r.amount !== null) {
      if (r.kind === 'loan') loans += r.amount;
      else grants += r.amount;
    }
  }
  return `,${formatFen(grants)},${formatFen(loans)},\n`;
}

/**
 * A case-file record's value for the input column of `key`: its type as written, its case_id (the
 * case's where it gives none), else its value under the key. CSV output and the --errors file
 * write a case-file record's input columns so.
 */
export function inputValue(raw: Readonly<Record<string, unknown>>, key: string, type: string, caseId: string | null): unknown {
  if (key === 'type') return type;
  const value = ownValue(raw, key);
  return key === 'case_id' && isBlank(value) ? caseId : value;
}

export class CsvRowParts {
  /** How many input columns. */
  readonly width: number;
  private readonly columns: CsvColumns;
  private readonly programs: CompiledProgram[];
  /** For each record type, where each output program's result is among the record's results (-1: none). */
  private readonly slotsByType: Map<RecordType, number[]>;
  /** With masking, the ID columns show only the first 6 and last 4 characters. */
  private readonly masked: boolean[];
  /** The empty result cells of an invalid record: each program's three, the two totals, then errors. */
  private readonly empty: string;

  constructor(
    private readonly o: FormatOptions,
    private readonly pack: RulesPack,
  ) {
    this.columns = o.csv!;
    this.programs = this.columns.programs.map((id) => pack.programs.find((p) => p.id === id)!);
    this.slotsByType = new Map(RECORD_TYPES.map((t) => [t, this.programs.map((p) => pack.byType[t].indexOf(p))]));
    this.width = this.columns.headers.length;
    this.masked = this.columns.keys.map((k) => o.mask && isIdentityKey(k));
    this.empty = ','.repeat(this.programs.length * 3 + 3);
  }

  private cell(i: number, value: string): string {
    return csvCell(this.masked[i] && value.trim() ? maskId(value.trim()) : value);
  }

  /** A result's three cells: status, amount, reason (empty when eligible). */
  private resultCells(r: ProgramResult, i: number): string {
    const reason = r.status === 'eligible' ? '' : r.duplicate_of ? this.duplicateCell(r.duplicate_of) : csvCell(shortReason(this.programs[i]!, r, this.o.lang, this.pack));
    return `,${r.status},${r.amount === null ? '' : formatFen(r.amount)},${reason}`;
  }

  /** The last duplicate's first claim and its reason cell: a row's duplicate programs repeat one claim. */
  private lastFirst: ClaimRef = { file: '', case_id: null };
  private lastDuplicate = '';

  /** The reason cell of a duplicate of `first` (what shortReason says of it). */
  private duplicateCell(first: ClaimRef): string {
    const last = this.lastFirst;
    if (first.file !== last.file || first.line !== last.line || first.case_id !== last.case_id || first.batch !== last.batch || !this.lastDuplicate) {
      this.lastFirst = first;
      this.lastDuplicate = csvCell(describeDuplicate(first, this.o.lang));
    }
    return this.lastDuplicate;
  }

  /**
   * The input columns of a record from a case file (from its raw values): its type and case_id
   * as it takes them, from the case where it gives none.
   */
  input(rec: EvaluatedRecord): string {
    const { keys } = this.columns;
    let out = '';
    for (let i = 0; i < this.width; i++) out += (i ? ',' : '') + this.cell(i, asText(this.inputValue(rec, keys[i]!)));
    return out;
  }

  private inputValue(rec: EvaluatedRecord, key: string): unknown {
    return inputValue(rec.raw, key, rec.writtenType ?? rec.type, rec.case_id);
  }

  /** The input columns from a CSV row's cells, each escaped; `map` places them (null: as they are). */
  cells(cells: readonly string[], map: readonly number[] | null): string {
    let out = '';
    for (let i = 0; i < this.width; i++) out += (i ? ',' : '') + this.cell(i, (map === null ? cells[i] : cells[map[i]!]) ?? '');
    return out;
  }

  /**
   * Everything after the input columns, with the line end. `beyond`: the cells of an invalid row
   * beyond its header's width, written after its errors cell, so that nothing of it is lost.
   */
  suffix(rec: EvaluatedRecord, beyond: readonly string[] = []): string {
    if (rec.results) return this.results(rec.type, rec.results);
    const errors = (this.o.mask ? maskErrors(rec.errors) : rec.errors).map((e) => `${e.field}: ${recordMessage(e.message, this.o.lang)}`).join('; ');
    return `${this.empty}${csvCell(errors)}${beyond.map((c) => `,${csvCell(c)}`).join('')}\n`;
  }

  /** The same, for a valid record, from its type and results. */
  results(type: RecordType, results: readonly ProgramResult[]): string {
    const slots = this.slotsByType.get(type)!;
    let out = '';
    for (let i = 0; i < this.programs.length; i++) {
      const r = slots[i]! >= 0 ? results[slots[i]!] : undefined;
      out += r ? this.resultCells(r, i) : ',,,';
    }
    return out + totalsCells(results);
  }

  /**
   * A valid row's result columns written again with some of its results made duplicates: the
   * cells of the others copied from `old` (the row's result columns as written before, from its
   * first comma to its line end), the duplicates' and the totals written anew.
   */
  rewriteInto(out: OutBuffer, old: DataView, from: number, to: number, type: RecordType, results: readonly ProgramResult[]): void {
    const slots = this.slotsByType.get(type)!;
    let at = from;
    for (let i = 0; i < this.programs.length; i++) {
      const r = slots[i]! >= 0 ? results[slots[i]!] : undefined;
      const end = cellEnd(old, cellEnd(old, cellEnd(old, at, to), to), to);
      if (r?.duplicate_of) out.text(this.resultCells(r, i));
      else out.copy(old, at, end);
      at = end;
    }
    out.text(totalsCells(results));
  }

  /** Where each output program's result is among a record type's results (-1: none): for resultsInto. */
  slotsOf(type: RecordType): readonly number[] {
    return this.slotsByType.get(type)!;
  }

  /** The short reasons of a record type's results, from their codes, as cells' bytes (see resultsInto). */
  reasonsOf(type: RecordType): ReasonTexts<DataView> {
    return new ReasonTexts(this.pack, type, this.o.lang, this.o.asOf, (text) => bytesOf(csvCell(text)), csvCell);
  }

  /**
   * The same as results, written straight into a batch's output; `slots` are the type's
   * slotsOf, `reasons` the results' reason cells (from reasonsOf).
   */
  resultsInto(out: OutBuffer, slots: readonly number[], results: readonly ProgramResult[], reasons: readonly (DataView | string)[]): void {
    let grants = 0;
    let loans = 0;
    for (let i = 0; i < this.programs.length; i++) {
      const slot = slots[i]!;
      const r = slot >= 0 ? results[slot] : undefined;
      if (!r) {
        out.reserve(3);
        out.char(44);
        out.char(44);
        out.char(44);
        continue;
      }
      const reason = reasons[slot]!;
      // Room for the status and the amount (the reason makes its own).
      out.reserve(48);
      out.char(44);
      out.chars(r.status);
      out.char(44);
      if (r.amount !== null) out.fen(r.amount);
      out.char(44);
      if (typeof reason === 'string') out.text(reason);
      else out.copy(reason, 0, reason.byteLength);
      if (r.status === 'eligible' && r.amount !== null) {
        if (r.kind === 'loan') loans += r.amount;
        else grants += r.amount;
      }
    }
    out.reserve(48);
    out.char(44);
    out.fen(grants);
    out.char(44);
    out.fen(loans);
    out.char(44);
    out.char(10);
  }
}

export function csvRowParts(o: FormatOptions, pack: RulesPack): CsvRowParts {
  return new CsvRowParts(o, pack);
}
