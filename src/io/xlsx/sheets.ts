/**
 * What each column of a workbook we write holds, and how a CSV cell of ours becomes a typed
 * cell: text stays text (ID numbers above all), amounts are numbers with two decimals, dates
 * are dates, statuses and verdicts are filled with their table colour. The columns are those
 * of CSV output (csv.ts, audit.ts): the kinds below follow their definitions.
 */
import type { CalendarDate } from '../../core/calendar.js';
import { RECORD_TYPES, TYPE_FIELD, fieldSpec, type FieldKind, type FieldSpec } from '../../records/fields.js';
import { isInvalid, parseDate, parseMoney, parseNumber } from '../../records/values.js';
import type { RulesPack } from '../../rules/load.js';
import { STATUS_WORDS } from '../../i18n/describe.js';
import type { Lang } from '../../i18n/lang.js';
import { AUDIT_CSV_COLUMNS, VERDICT_COLORS, VERDICT_WORDS } from '../formats/audit.js';
import { STATUS_COLORS } from '../formats/table.js';
import type { CsvColumns } from '../formats/types.js';
import { displayWidth } from '../width.js';

/** What a column holds: its cells' type, and whether they are coloured by their word. */
export type CellKind = 'text' | 'date' | 'money' | 'number' | 'amount' | 'status' | 'verdict' | 'errors';

/** A typed cell: its value, number format and colours (ARGB). */
export interface TypedCell {
  value: string | number | Date | null;
  /** A name for its number format and colours together (one style object each: see writer.ts). */
  look?: string;
  numFmt?: string;
  fill?: string;
  font?: string;
}

export const MONEY_FORMAT = '#,##0.00';
export const DATE_FORMAT = 'yyyy-mm-dd';

/** The terminal's colours as cell fills (light, for dark text on them); invalid: white on red. */
const FILLS: Record<string, string> = { green: 'FFC6EFCE', cyan: 'FFCCF0F4', yellow: 'FFFFEB9C', red: 'FFFFC7CE', dim: 'FFE7E6E6' };
const INVALID = { fill: 'FFC00000', font: 'FFFFFFFF', look: 'invalid' };
const MONEY = { numFmt: MONEY_FORMAT, look: 'money' };
const DATE = { numFmt: DATE_FORMAT, look: 'date' };
const filled = (color: string) => ({ fill: FILLS[color]!, look: color });

/** A calendar date as the Date a workbook stores: midnight UTC, so no time zone shifts it. */
export function utcDate(date: CalendarDate): Date {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));
}

const INPUT_KINDS: Partial<Record<FieldKind, CellKind>> = { date: 'date', money: 'money', integer: 'number', number: 'number' };

/** The kind of a column of a field's values. */
export const fieldCellKind = (spec: FieldSpec): CellKind => INPUT_KINDS[spec.kind] ?? 'text';

/** The kind of an input column: by its field (of any record type), text when it is none. */
function inputKind(key: string, pack: RulesPack): CellKind {
  if (key === TYPE_FIELD.name) return 'text';
  for (const t of RECORD_TYPES) {
    const spec = fieldSpec(t, key, pack.facts[t]);
    if (spec) return fieldCellKind(spec);
  }
  return 'text';
}

/** The kinds of evaluate's columns: the input columns, each program's status, amount and reason, the totals and the errors. */
export function evaluateKinds(columns: CsvColumns, pack: RulesPack): CellKind[] {
  return [
    ...columns.keys.map((k) => inputKind(k, pack)),
    ...columns.programs.flatMap((): CellKind[] => ['status', 'amount', 'text']),
    'amount',
    'amount',
    'errors',
  ];
}

const AUDIT_KINDS: Partial<Record<(typeof AUDIT_CSV_COLUMNS)[number], CellKind>> = {
  line: 'number',
  status: 'status',
  claimed: 'amount',
  computed: 'amount',
  difference: 'amount',
  verdict: 'verdict',
  eligibleOn: 'date',
};

/** The kinds of audit's columns (see auditCsvFormat). */
export function auditKinds(): CellKind[] {
  return AUDIT_CSV_COLUMNS.map((c) => AUDIT_KINDS[c] ?? 'text');
}

/** A status or verdict as a word of `lang` (the codes of CSV output are English words). */
function word(words: Record<string, Record<Lang, string>>, code: string, lang: Lang): string {
  return Object.hasOwn(words, code) ? words[code]![lang] : code;
}

/**
 * A cell of kind `kind` from its CSV text. Text that does not read as its kind stays text, as
 * written; statuses and verdicts are words of `lang`.
 */
export function typedCell(kind: CellKind, text: string, lang: Lang = 'en'): TypedCell {
  if (text === '') return { value: null };
  switch (kind) {
    case 'amount':
      return { value: Number(text), ...MONEY };
    case 'money': {
      const fen = parseMoney(text);
      return isInvalid(fen) ? { value: text } : { value: fen / 100, ...MONEY };
    }
    case 'number': {
      const n = parseNumber(text);
      return isInvalid(n) ? { value: text } : { value: n };
    }
    case 'date': {
      const d = parseDate(text);
      return isInvalid(d) ? { value: text } : { value: utcDate(d), ...DATE };
    }
    case 'status': {
      const color = STATUS_COLORS[text as keyof typeof STATUS_COLORS];
      const value = word(STATUS_WORDS, text, lang);
      return color ? { value, ...filled(color) } : { value };
    }
    case 'verdict': {
      const color = VERDICT_COLORS[text as keyof typeof VERDICT_COLORS];
      const value = word(VERDICT_WORDS, text, lang);
      return text === 'invalid' ? { value, ...INVALID } : color ? { value, ...filled(color) } : { value };
    }
    case 'errors':
      return { value: text, ...INVALID };
    default:
      return { value: text };
  }
}

/** Width of a column: its header's and its typical cell's (wide characters count double), from 6 to 50. */
export function columnWidths(header: readonly string[], rows: readonly (readonly string[])[], kinds: readonly CellKind[]): number[] {
  return header.map((h, i) => {
    const cells = rows.map((r) => displayWidth(r[i] ?? '')).sort((a, b) => a - b);
    // Typical: the 90th percentile, so that a stray long reason does not widen the column.
    const typical = cells.length ? cells[Math.floor(cells.length * 0.9)]! : 0;
    const content = kinds[i] === 'date' ? 10 : kinds[i] === 'amount' || kinds[i] === 'money' ? Math.max(typical + 2, 10) : typical;
    return Math.min(50, Math.max(6, displayWidth(h) + 3, content + 2));
  });
}
