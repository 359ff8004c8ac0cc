/**
 * The ledger's words: the report of a recorded batch, its conflicts, and the rows of the ledger
 * as tables (ID numbers masked unless told not to), CSV, JSON and NDJSON.
 */
import type { ClaimRef } from '../engine/claims.js';
import { idOfPersonKey } from '../engine/person-key.js';
import { describeDuplicate, formatYuan } from '../i18n/describe.js';
import type { Lang } from '../i18n/lang.js';
import { csvCell } from '../io/formats/csv.js';
import { maskId } from '../io/mask.js';
import { displayWidth } from '../io/width.js';
import { fitCell, fitWidths } from '../io/formats/fit.js';
import type { BatchRow, EntryRow, StatsRow } from '../ledger/ledger.js';
import type { Conflict } from '../ledger/recorder.js';
import { formatFen } from '../records/money.js';
import { count, counted } from '../i18n/messages.js';
import { PAYMENTS } from './ledger-messages.js';

export interface RecordReport {
  ledger: string;
  batch: string;
  as_of: string;
  dry_run: boolean;
  recorded: number;
  totals: Map<string, { kind: 'grant' | 'loan'; count: number; fen: number }>;
  duplicates: number;
  conflicts: Conflict[];
}

/** Conflicts listed in the text report; JSON lists them all. */
const MAX_CONFLICT_LINES = 50;

/**
 * An English count and its noun, the count with thousands separators: 1 payment, 2 payments,
 * 1,000 payments. (The Chinese sentences place their counts and measure words themselves.)
 */
const plural = (n: number, noun: string) => `${count(n)} ${n === 1 ? noun : `${noun}s`}`;

const where = (file: string, line: number | null) => `${file}${line ? `:${line}` : ''}`;

/** Conflicts in input order, each as a line of text and as JSON. */
export function conflictLines(conflicts: readonly Conflict[]): { text: (lang: Lang, mask: boolean) => string; json: object }[] {
  const sorted = [...conflicts].sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
  return sorted.map((c) => {
    const id = idOfPersonKey(c.person_key);
    return {
      text: (lang, mask) => `${where(c.file, c.line)}${c.case_id ? ` · ${c.case_id}` : ''} · ${mask ? maskId(id) : id} · ${c.program}: ${describeDuplicate(c.paid, lang)}`,
      json: { source: { file: c.file, line: c.line }, case_id: c.case_id, person_id: id, program: c.program, paid: c.paid satisfies ClaimRef },
    };
  });
}

/** What a batch recorded (or would record), with its conflicts. */
export function recordedText(r: RecordReport, lang: Lang, mask: boolean): string {
  const zh = lang === 'zh';
  const lines: string[] = [];
  const paid = counted(r.recorded, lang, PAYMENTS);
  const head = r.dry_run
    ? zh ? `试运行:批次 ${r.batch}(截至 ${r.as_of})将在台账 ${r.ledger} 中记录 ${paid};未写入任何内容` : `dry run: batch ${r.batch} (as of ${r.as_of}) would record ${paid} in ledger ${r.ledger}; nothing written`
    : zh ? `批次 ${r.batch}(截至 ${r.as_of})已在台账 ${r.ledger} 中记录 ${paid}` : `batch ${r.batch} (as of ${r.as_of}): ${paid} recorded in ledger ${r.ledger}`;
  lines.push(head);
  for (const kind of ['grant', 'loan'] as const) {
    const rows = [...r.totals].filter(([, t]) => t.kind === kind);
    if (!rows.length) continue;
    const total = rows.reduce((n, [, t]) => n + t.fen, 0);
    const label = kind === 'grant' ? (zh ? '补贴' : 'grants') : zh ? '贷款' : 'loans';
    lines.push(`  ${label}: ${formatYuan(total)} ${zh ? '元' : 'yuan'} (${rows.map(([id, t]) => `${id} ${t.count}: ${formatYuan(t.fen)}`).join(', ')})`);
  }
  if (r.duplicates) lines.push(zh ? `  本批次内重复申领 ${count(r.duplicates)} 项(只记录首次申领)` : `  ${plural(r.duplicates, 'duplicate claim')} within the batch (only the first is recorded)`);
  if (r.conflicts.length) {
    lines.push(zh ? `${count(r.conflicts.length)} 项申领此前已发放,未记录:` : `${plural(r.conflicts.length, 'claim')} already paid, not recorded:`);
    const shown = conflictLines(r.conflicts).slice(0, MAX_CONFLICT_LINES);
    for (const c of shown) lines.push(`  ${c.text(lang, mask)}`);
    const more = r.conflicts.length - shown.length;
    if (more > 0) lines.push(zh ? `  ……另有 ${count(more)} 项(--report json 列出全部)` : `  … and ${count(more)} more (--report json lists them all)`);
  }
  return `${lines.join('\n')}\n`;
}

/** What `ledger void` says: the batch voided, or voided before. */
export function voidText(batch: string, ledger: string, out: { status: 'voided'; reversals: number; reason: string } | { status: 'already'; existing: BatchRow }, lang: Lang): string {
  const zh = lang === 'zh';
  if (out.status === 'already') {
    const { voided_at: at, void_reason: why } = out.existing;
    return zh ? `批次 ${batch} 此前已作废(${at}:${why}):未写入任何内容\n` : `batch ${batch} was voided before (${at}: ${why}): nothing written\n`;
  }
  const reversed = counted(out.reversals, lang, PAYMENTS);
  return zh ? `批次 ${batch} 已在台账 ${ledger} 中作废:冲销 ${reversed}(${out.reason})\n` : `batch ${batch} voided in ledger ${ledger}: ${reversed} reversed (${out.reason})\n`;
}

/** The columns of an entry, as CSV and tables name them. */
export const ENTRY_HEADER = ['id', 'entry', 'person_id', 'program', 'kind', 'amount', 'case_id', 'source_file', 'source_line', 'as_of', 'batch', 'pack', 'pack_version', 'params_hash', 'recorded_at', 'voided_at', 'reason'] as const;

/** An entry as JSON: the person's ID number (masked or not), the amount in yuan. */
export function entryJson(e: EntryRow, mask: boolean) {
  const id = idOfPersonKey(e.person_key);
  const { id: entryId, entry, program, kind, person_key: _key, amount_fen, ...rest } = e;
  return { id: entryId, entry, person_id: mask ? maskId(id) : id, program, kind, amount: amount_fen / 100, ...rest };
}

export function entryCsv(e: EntryRow, mask: boolean): string {
  const j = entryJson(e, mask);
  const cells = ENTRY_HEADER.map((k) => (k === 'amount' ? formatFen(e.amount_fen) : csvCell(j[k] === null || j[k] === undefined ? '' : String(j[k]))));
  return `${cells.join(',')}\n`;
}

/**
 * Plain columns, aligned (numbers to the right), within `columns` of a terminal: the widest
 * cells that may be cut (not numbers, nor those in `keep`) are cut with an ellipsis (see fit.ts).
 */
export function columns(header: readonly string[], rows: readonly string[][], right: ReadonlySet<number> = new Set(), columns = Infinity, keep: ReadonlySet<number> = right): string {
  // By the width on a terminal: a Chinese character takes two columns.
  const width = fitWidths([header, ...rows], columns, { keep, around: 2, extra: -2 });
  const pad = (cell: string, i: number) => {
    const c = fitCell(cell, width[i]!, false);
    const fill = ' '.repeat(width[i]! - displayWidth(c));
    return right.has(i) ? fill + c : c + fill;
  };
  const line = (cells: readonly string[]) => cells.map(pad).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].map((l) => `${l}\n`).join('');
}

/** The table of entries: the columns a reader needs, IDs masked unless told not to. */
export function entryTable(entries: readonly EntryRow[], mask: boolean, width = Infinity): string {
  const header = ['id', 'entry', 'person', 'program', 'kind', 'amount', 'case', 'source', 'as_of', 'batch'];
  const rows = entries.map((e) => {
    const id = idOfPersonKey(e.person_key);
    const entry = e.entry === 'payment' && e.voided_at ? 'payment (voided)' : e.entry;
    return [String(e.id), entry, mask ? maskId(id) : id, e.program, e.kind, formatYuan(e.amount_fen), e.case_id ?? '', where(e.source_file, e.source_line), e.as_of, e.batch];
  });
  return columns(header, rows, new Set([0, 5]), width, new Set([0, 2, 5, 8]));
}

/** Totals by program (batch ''), each kind's programs together, and by kind (batch and program ''): grants and loans apart. */
export function statsTotals(rows: readonly StatsRow[]): { kind: 'grant' | 'loan'; programs: StatsRow[]; total: StatsRow }[] {
  const out: { kind: 'grant' | 'loan'; programs: StatsRow[]; total: StatsRow }[] = [];
  const add = (t: StatsRow, s: StatsRow) => {
    t.payments += s.payments;
    t.reversals += s.reversals;
    t.paid_fen += s.paid_fen;
    t.reversed_fen += s.reversed_fen;
  };
  for (const kind of ['grant', 'loan'] as const) {
    const mine = rows.filter((s) => s.kind === kind);
    if (!mine.length) continue;
    const byProgram = new Map<string, StatsRow>();
    const total: StatsRow = { batch: '', program: '', kind, payments: 0, reversals: 0, paid_fen: 0, reversed_fen: 0 };
    for (const s of mine) {
      const t = byProgram.get(s.program) ?? { ...s, batch: '', payments: 0, reversals: 0, paid_fen: 0, reversed_fen: 0 };
      add(t, s);
      add(total, s);
      byProgram.set(s.program, t);
    }
    out.push({ kind, programs: [...byProgram.values()], total });
  }
  return out;
}

/** Totals by batch and program, then by program, grants and loans apart. */
export function statsTable(rows: readonly StatsRow[], width = Infinity, lang: Lang = 'en'): string {
  const header = ['batch', 'program', 'kind', 'payments', 'paid', 'reversals', 'reversed', 'net'];
  const line = (s: StatsRow) => [s.batch, s.program, s.kind, count(s.payments), formatYuan(s.paid_fen), count(s.reversals), formatYuan(s.reversed_fen), formatYuan(s.paid_fen - s.reversed_fen)];
  const right = new Set([3, 4, 5, 6, 7]);
  let out = columns(header, rows.map(line), right, width);
  for (const { kind, programs, total } of statsTotals(rows)) {
    const net = formatYuan(total.paid_fen - total.reversed_fen);
    out += lang === 'zh' ? `\n${kind === 'grant' ? '补贴' : '贷款'}按项目合计(净额 ${net} 元):\n` : `\n${kind === 'grant' ? 'grants' : 'loans'} by program (net ${net} yuan):\n`;
    out += columns(header.slice(1), programs.map((s) => line(s).slice(1)), new Set([2, 3, 4, 5, 6]), width);
  }
  return out;
}

/**
 * Totals as rows for json, ndjson and csv: by batch and program, then by program (batch null),
 * then grants and loans each in all (batch and program null). Amounts in yuan: numbers in JSON,
 * two decimals in CSV (as export writes them).
 */
export function statsRecords(rows: readonly StatsRow[]): { batch: string | null; program: string | null; kind: string; payments: number; paid: number; reversals: number; reversed: number; net: number; fen: [number, number, number] }[] {
  const all = [...rows, ...statsTotals(rows).flatMap(({ programs, total }) => [...programs.map((p) => ({ ...p, batch: null })), { ...total, batch: null, program: null }])];
  return all.map((s) => ({
    batch: s.batch,
    program: s.program,
    kind: s.kind,
    payments: s.payments,
    paid: s.paid_fen / 100,
    reversals: s.reversals,
    reversed: s.reversed_fen / 100,
    net: (s.paid_fen - s.reversed_fen) / 100,
    fen: [s.paid_fen, s.reversed_fen, s.paid_fen - s.reversed_fen],
  }));
}

export const STATS_CSV_HEADER = 'batch,program,kind,payments,paid,reversals,reversed,net';

export function statsCsv(r: ReturnType<typeof statsRecords>[number]): string {
  const [paid, reversed, net] = r.fen;
  return [csvCell(r.batch ?? ''), csvCell(r.program ?? ''), r.kind, r.payments, formatFen(paid), r.reversals, formatFen(reversed), formatFen(net)].join(',');
}

/** The columns of `ledger batches`, in json, ndjson and csv (a table shows the first seven). */
export const BATCH_HEADER = ['batch', 'as_of', 'payments', 'recorded_at', 'voided_at', 'void_reason', 'files', 'pack', 'pack_version', 'params_hash', 'file_sha256', 'read_options'] as const;

/** A batch's cell: its files (and their hashes) a line each in CSV, listed with commas in a table, where counts have thousands separators. */
const batchCell = (b: BatchRow, k: (typeof BATCH_HEADER)[number], table: boolean) => {
  const v = b[k];
  if (Array.isArray(v)) return v.join(table ? ', ' : '\n');
  if (typeof v === 'number') return table ? count(v) : String(v);
  return v ?? '';
};

/** The batches as a table: what each paid, when, and whether it was voided and why. */
export function batchTable(rows: readonly BatchRow[], width = Infinity): string {
  const header = BATCH_HEADER.slice(0, 7);
  return columns(header, rows.map((b) => header.map((k) => batchCell(b, k, true))), new Set([2]), width, new Set([0, 1, 2, 3, 4]));
}

/** A batch as a CSV row (the columns of BATCH_HEADER; its files a line each, in one cell). */
export const batchCsv = (b: BatchRow) => `${BATCH_HEADER.map((k) => csvCell(batchCell(b, k, false))).join(',')}\n`;
