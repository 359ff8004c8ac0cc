/**
 * CSV output: the input columns in their order, then each program's status, amount and short
 * reason (as a table gives it; empty when eligible), then the record's grant and loan totals and
 * its errors. Cells that a spreadsheet would take for a formula (starting with = + - @, tab or
 * carriage return) are prefixed with ' .
 */
import { asText } from '../../core/excerpt.js';
import type { ProgramResult } from '../../engine/types.js';
import { shortReason } from '../../i18n/describe.js';
import { ReasonTexts } from '../../i18n/reasons.js';
import { risky } from '../csv/formula.js';
import { IDENTITY_FIELDS, maskId } from '../mask.js';
import type { OutBuffer } from '../out-buffer.js';
import { FIELDS, RECORD_TYPES, TYPE_FIELD, type RecordType } from '../../records/fields.js';
import { ownValue } from '../../core/own-keys.js';
import { formatFen } from '../../records/values.js';
import type { RulesPack } from '../../rules/load.js';
import type { EvaluatedRecord } from '../../engine/types.js';
import type { CsvColumns, DocumentFormat, FormatOptions } from './types.js';

const NEEDS_QUOTES = /[",\r\n]/;

/** One cell, escaped against formula injection and quoted where needed. */
export function csvCell(value: string): string {
  const v = risky(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function csvLine(cells: readonly string[]): string {
  let out = '';
  for (let i = 0; i < cells.length; i++) out += (i ? ',' : '') + csvCell(cells[i]!);
  return `${out}\n`;
}

const ZH_FIELD = new Map<string, readonly string[]>();
for (const t of RECORD_TYPES) for (const f of FIELDS[t]) ZH_FIELD.set(f.name, f.zh);
ZH_FIELD.set(TYPE_FIELD.name, TYPE_FIELD.zh);

/** Chinese headers for the input columns: each field's first Chinese name not already taken. */
function chineseHeaders(columns: CsvColumns): string[] {
  const used = new Set<string>();
  return columns.headers.map((h, i) => {
    const names = ZH_FIELD.get(columns.keys[i]!) ?? [];
    const name = names.find((n) => !used.has(n)) ?? h;
    used.add(name);
    return name;
  });
}

const WORDS = {
  status: { zh: '结果', en: 'status' },
  amount: { zh: '金额', en: 'amount' },
  reason: { zh: '原因', en: 'reason' },
  grants: { zh: '补贴合计', en: 'grants_total' },
  loans: { zh: '贷款合计', en: 'loans_total' },
  errors: { zh: '错误', en: 'errors' },
};

/** The pieces of a CSV output row, for the batch processor to assemble around a row's own bytes. */
export interface CsvRowParts {
  /** The input columns of a record from a case file (from its raw values). */
  input(rec: EvaluatedRecord): string;
  /** The input columns from a CSV row's cells, each escaped; `map` places them (null: as they are). */
  cells(cells: readonly string[], map: readonly number[] | null): string;
  /**
   * Everything after the input columns, with the line end. `beyond`: the cells of an invalid row
   * beyond its header's width, written after its errors cell, so that nothing of it is lost.
   */
  suffix(rec: EvaluatedRecord, beyond?: readonly string[]): string;
  /** The same, for a valid record, from its type and results: ASCII only. */
  results(type: RecordType, results: readonly ProgramResult[]): string;
  /** Where each output program's result is among a record type's results (-1: none): for resultsInto. */
  slotsOf(type: RecordType): readonly number[];
  /** The short reasons of a record type's results, from their codes, as cells' bytes (see resultsInto). */
  reasonsOf(type: RecordType): ReasonTexts<DataView>;
  /**
   * The same as results, written straight into a batch's output; `slots` are the type's
   * slotsOf, `reasons` the results' reason cells (from reasonsOf).
   */
  resultsInto(out: OutBuffer, slots: readonly number[], results: readonly ProgramResult[], reasons: readonly (DataView | string)[]): void;
  /**
   * A valid row's result columns written again with some of its results made duplicates: the
   * cells of the others copied from `old` (the row's result columns as written before, from its
   * first comma to its line end), the duplicates' and the totals written anew.
   */
  rewriteInto(out: OutBuffer, old: DataView, from: number, to: number, type: RecordType, results: readonly ProgramResult[]): void;
  /** How many input columns. */
  width: number;
}

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

export function csvRowParts(o: FormatOptions, pack: RulesPack): CsvRowParts {
  const columns: CsvColumns = o.csv!;
  const programs = columns.programs.map((id) => pack.programs.find((p) => p.id === id)!);
  // For each record type, where each output program's result is among the record's results (-1: none).
  const slotsByType = new Map(RECORD_TYPES.map((t) => [t, programs.map((p) => pack.byType[t].indexOf(p))]));
  const width = columns.headers.length;
  // With masking, the ID columns show only the first 6 and last 4 characters.
  const masked = columns.keys.map((k) => o.mask && IDENTITY_FIELDS.has(k));
  const cell = (i: number, value: string) => csvCell(masked[i] && value.trim() ? maskId(value.trim()) : value);
  // The empty result cells of an invalid record: each program's three, the two totals, then errors.
  const empty = ','.repeat(programs.length * 3 + 3);
  const reason = (r: ProgramResult, i: number) => (r.status === 'eligible' ? '' : csvCell(shortReason(programs[i]!, r, o.lang, pack)));
  return {
    width,
    input(rec) {
      let out = '';
      for (let i = 0; i < width; i++) out += (i ? ',' : '') + cell(i, asText(columns.keys[i] === 'type' ? (rec.writtenType ?? rec.type) : ownValue(rec.raw, columns.keys[i]!)));
      return out;
    },
    cells(cells, map) {
      let out = '';
      for (let i = 0; i < width; i++) out += (i ? ',' : '') + cell(i, (map === null ? cells[i] : cells[map[i]!]) ?? '');
      return out;
    },
    suffix(rec, beyond = []) {
      if (!rec.results) {
        const errors = rec.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
        return `${empty}${csvCell(errors)}${beyond.map((c) => `,${csvCell(c)}`).join('')}\n`;
      }
      return this.results(rec.type, rec.results);
    },
    results(type, results) {
      let grants = 0;
      let loans = 0;
      for (const r of results) {
        if (r.status === 'eligible' && r.amount !== null) {
          if (r.kind === 'loan') loans += r.amount;
          else grants += r.amount;
        }
      }
      const slots = slotsByType.get(type)!;
      let out = '';
      for (let i = 0; i < programs.length; i++) {
        const r = slots[i]! >= 0 ? results[slots[i]!] : undefined;
        out += r ? `,${r.status},${r.amount === null ? '' : formatFen(r.amount)},${reason(r, i)}` : ',,,';
      }
      return `${out},${formatFen(grants)},${formatFen(loans)},\n`;
    },
    rewriteInto(out, old, from, to, type, results) {
      const slots = slotsByType.get(type)!;
      let at = from;
      for (let i = 0; i < programs.length; i++) {
        const r = slots[i]! >= 0 ? results[slots[i]!] : undefined;
        const end = cellEnd(old, cellEnd(old, cellEnd(old, at, to), to), to);
        if (r?.duplicate_of) out.text(`,${r.status},${r.amount === null ? '' : formatFen(r.amount)},${reason(r, i)}`);
        else out.copy(old, at, end);
        at = end;
      }
      let grants = 0;
      let loans = 0;
      for (const r of results) {
        if (r.status === 'eligible' && r.amount !== null) {
          if (r.kind === 'loan') loans += r.amount;
          else grants += r.amount;
        }
      }
      out.text(`,${formatFen(grants)},${formatFen(loans)},\n`);
    },
    slotsOf: (type) => slotsByType.get(type)!,
    reasonsOf: (type) => new ReasonTexts(pack, type, o.lang, o.asOf, (text) => bytesOf(csvCell(text)), csvCell),
    resultsInto(out, slots, results, reasons) {
      let grants = 0;
      let loans = 0;
      for (let i = 0; i < programs.length; i++) {
        const slot = slots[i]!;
        const r = slot >= 0 ? results[slot] : undefined;
        if (r) {
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
        } else {
          out.reserve(3);
          out.char(44);
          out.char(44);
          out.char(44);
        }
      }
      out.reserve(48);
      out.char(44);
      out.fen(grants);
      out.char(44);
      out.fen(loans);
      out.char(44);
      out.char(10);
    },
  };
}

export function csvFormat(o: FormatOptions, pack: RulesPack): DocumentFormat {
  const columns: CsvColumns = o.csv!;
  const zh = o.lang === 'zh';
  const programs = columns.programs.map((id) => pack.programs.find((p) => p.id === id)!);
  const parts = csvRowParts(o, pack);
  return {
    head() {
      const headers = [
        ...(zh ? chineseHeaders(columns) : columns.headers),
        ...programs.flatMap((p) =>
          (['status', 'amount', 'reason'] as const).map((w) => (zh ? `${p.spec.name.zh}_${WORDS[w].zh}` : `${p.id}_${w}`)),
        ),
        WORDS.grants[o.lang],
        WORDS.loans[o.lang],
        WORDS.errors[o.lang],
      ];
      return `${o.bom ? '\uFEFF' : ''}${csvLine(headers)}`;
    },
    record(rec) {
      return parts.input(rec) + parts.suffix(rec);
    },
    tail() {
      return '';
    },
  };
}
