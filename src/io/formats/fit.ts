/**
 * Tables that fit the terminal: each column as wide as its widest cell, and when the whole is
 * wider than the terminal, the column of running text (a reason, a message) wraps, as narrow as
 * needed down to a few characters; then the widest other columns shrink, their long cells (names,
 * files) cut with an ellipsis. Widths are display widths: a CJK character takes two columns.
 */
import { abbreviate, displayWidth, wrapText } from '../width.js';
import { plainTable } from './plain-table.js';

/** The narrowest a wrapped column gets, and any other that shrinks (in characters of content). */
const MIN_WRAP = 16;
const MIN_CELL = 6;

export interface FitOptions {
  /** The column of running text, wrapped to fit (default: none). */
  wrap?: number;
  /** Columns never cut (numbers, dates, IDs). */
  keep?: ReadonlySet<number>;
  /** Columns taken around each column's content (cli-table3: a space either side and a border). */
  around: number;
  /** Columns taken by the table as a whole besides (cli-table3: the left border). */
  extra: number;
}

/**
 * The content widths of a table's columns that fit `columns` (Infinity: as wide as the cells).
 * In turn, as far as needed: the wrapped column down to MIN_WRAP; the headings of kept columns
 * cut to their widest value; the widest other columns down to MIN_CELL; the wrapped column down
 * to MIN_CELL; then headings and other columns down to a few characters. A table that cannot
 * fit even so is left as narrow as that.
 */
export function fitWidths(rows: readonly (readonly string[])[], columns: number, o: FitOptions): number[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => cellWidth(r[i] ?? ''))));
  if (!Number.isFinite(columns)) return widths;
  const budget = columns - o.extra - widths.length * o.around;
  const over = () => widths.reduce((a, b) => a + b, 0) - budget;
  const narrowWrap = (least: number) => {
    if (o.wrap !== undefined && over() > 0) widths[o.wrap] = Math.max(Math.min(least, widths[o.wrap]!), widths[o.wrap]! - over());
  };
  narrowWrap(MIN_WRAP);
  const values = (i: number) => Math.max(...rows.slice(1).map((r) => cellWidth(r[i] ?? '')));
  // Kept columns: their headings cut (their values never are).
  const cutHeadings = (least: number) => {
    for (const i of o.keep ?? []) {
      if (over() <= 0) break;
      widths[i] = Math.max(Math.min(Math.max(least, values(i)), widths[i]!), widths[i]! - over());
    }
  };
  cutHeadings(MIN_CELL);
  shrinkWidest(widths, over, (i) => i !== o.wrap && !o.keep?.has(i), MIN_CELL);
  narrowWrap(MIN_CELL);
  // A table of many columns on a narrow terminal: down to a few characters a column.
  cutHeadings(4);
  shrinkWidest(widths, over, (i) => i !== o.wrap && !o.keep?.has(i), 3);
  return widths;
}

/** The width of a cell: of its widest line. */
const cellWidth = (text: string) => Math.max(...text.split('\n').map(displayWidth));

/**
 * The widest columns that may shrink, down to the next widest (not below `least`), until the
 * table fits: columns of the same width shrink together, so none is cut much more than another.
 */
function shrinkWidest(widths: number[], over: () => number, shrinkable: (i: number) => boolean, least: number): void {
  while (over() > 0) {
    const candidates = widths.map((w, i) => [w, i] as const).filter(([w, i]) => shrinkable(i) && w > least);
    if (!candidates.length) return;
    const top = Math.max(...candidates.map(([w]) => w));
    const widest = candidates.filter(([w]) => w === top).map(([, i]) => i);
    const next = Math.max(least, ...candidates.filter(([w]) => w < top).map(([w]) => w));
    const each = Math.min(top - next, Math.ceil(over() / widest.length));
    for (const i of widest) widths[i] = top - each;
  }
}

/** A cell in its column's width: wrapped in the column of running text, else cut with an ellipsis. */
export function fitCell(text: string, width: number, wrap: boolean): string {
  if (cellWidth(text) <= width) return text;
  return wrap ? wrapText(text, width).join('\n') : abbreviate(text, width);
}

type Cell = string | { content: string; hAlign: 'right' | 'left' };
const cellText = (c: Cell) => (typeof c === 'string' ? c : c.content);

/** What cli-table3's borders take: a space either side and a border a column, and the left border. */
const BORDERS = { around: 3, extra: 1 } as const;

/** A bordered table (cli-table3) that fits `columns`: see fitWidths. */
export function fittedTable(head: readonly string[], rows: readonly (readonly Cell[])[], columns: number, o: Pick<FitOptions, 'wrap' | 'keep'> = {}): string {
  const widths = fitWidths([head, ...rows.map((r) => r.map(cellText))], columns, { ...o, ...BORDERS });
  const fit = (c: Cell, i: number): Cell => {
    const content = fitCell(cellText(c), widths[i]!, i === o.wrap);
    return typeof c === 'string' ? content : { ...c, content };
  };
  const table = plainTable(
    head.map((h, i) => fitCell(h, widths[i]!, false)),
    widths.map((w) => w + 2),
  );
  for (const row of rows) table.push(row.map(fit));
  return table.toString();
}

/** Whether a table fits `columns` with only its column of running text wrapped (no other cell or heading cut). */
export function fitsWrapped(head: readonly string[], rows: readonly (readonly string[])[], columns: number, wrap: number): boolean {
  const all = [head, ...rows];
  const natural = fitWidths(all, Infinity, { wrap, ...BORDERS });
  const fitted = fitWidths(all, columns, { wrap, ...BORDERS });
  const width = fitted.reduce((a, b) => a + b, 0) + BORDERS.around * fitted.length + BORDERS.extra;
  return width <= columns && fitted.every((w, i) => (i === wrap ? w >= Math.min(MIN_WRAP, natural[i]!) : w >= natural[i]!));
}

/** A row of a table of counts by category (statuses, verdicts): see countsTable. */
export interface CountsRow {
  name: string;
  /** A shorter name that tells the rows apart (a program's id), for a terminal too narrow for the names whole. */
  id?: string;
  /** A cell for each category, in the order of the headings. */
  counts: readonly Cell[];
  /** The categories the row has, each in words with its count ("pending 2"). */
  listed: readonly string[];
  /** The last cell: an amount. */
  last: Cell;
}

/**
 * A table of counts by category, the first of these that fits `columns` whole (no heading,
 * name, category or amount cut): the categories as columns; else one column (headed `head[1]`)
 * of the categories each row has, with their counts, on one line (joined by `separator`); else a
 * line each; else so, with the rows' ids for their names. Else, on a terminal narrower still,
 * each row as a block of lines (see blocks).
 */
export function countsTable(head: readonly [name: string, listed: string, last: string], categories: readonly string[], rows: readonly CountsRow[], separator: string, columns: number): string {
  const listed = (joint: string, named = true) => rows.map((r) => [named ? r.name : (r.id ?? r.name), r.listed.join(joint), r.last]);
  const byCategory = rows.map((r) => [r.name, ...r.counts, r.last]);
  const tables: Table[] = [
    [[head[0], ...categories, head[2]], byCategory],
    [head, listed(separator)],
    [head, listed('\n')],
    [head, listed('\n', false)],
  ];
  // Each with its headings on one line; then the same with headings on several.
  const stacked = tables.flatMap(([heads, cells]) => stackings(heads, cells).slice(1).map((h): Table => [h, cells]));
  return firstFitting([...tables, ...stacked], columns) ?? blocks(head, listed('\n').map((r) => r.map(cellText)), columns);
}

/** Whether every line of a table (or any text) is within `columns`. */
export function fits(text: string, columns: number): boolean {
  return text.split('\n').every((line) => displayWidth(line) <= columns);
}

/** A line of running text within `columns`: wrapped, its further lines indented by `indent`. */
export function wrapLine(line: string, columns: number, indent: number): string[] {
  if (!Number.isFinite(columns) || displayWidth(line) <= columns) return [line];
  const [first, ...rest] = wrapText(line, Math.max(MIN_WRAP, columns - indent));
  return [first!, ...rest.map((l) => `${' '.repeat(indent)}${l.trimStart()}`)];
}

/**
 * A bordered table when it fits `columns` whole (no heading or cell cut), its headings on one line
 * or, if that is what it takes, some on several (see stackings); else each row as a block that
 * does (see blocks).
 */
export function tableOrBlocks(head: readonly string[], rows: readonly (readonly Cell[])[], columns: number): string {
  const tables = stackings(head, rows).map((h): Table => [h, rows]);
  return firstFitting(tables, columns) ?? blocks(head, rows.map((r) => r.map(cellText)), columns);
}

/** A table's headings and rows. */
type Table = [head: readonly string[], rows: readonly (readonly Cell[])[]];

/** The first of these tables that fits `columns` whole (as wide as its cells), if any. */
function firstFitting(tables: readonly Table[], columns: number): string | undefined {
  for (const [head, rows] of tables) {
    const text = fittedTable(head, rows, Infinity);
    if (fits(text, columns)) return text;
  }
  return undefined;
}

/**
 * The headings as they are, then with those wider than their column's cells broken at spaces onto
 * more and more lines, each down to the width of its cells (or of its longest word), the widest
 * heading first: "loans total (not part of grants)" over a column of amounts. The first of these
 * that fits breaks no heading more than it must.
 */
function stackings(head: readonly string[], rows: readonly (readonly Cell[])[]): string[][] {
  const out = [[...head]];
  const least = head.map((h, i) => Math.max(0, ...rows.flatMap((r) => (r[i] === undefined ? [] : cellText(r[i]!).split('\n').map(displayWidth))), ...h.split(' ').map(displayWidth)));
  const order = head.map((_, i) => i).filter((i) => displayWidth(head[i]!) > least[i]!);
  order.sort((a, b) => displayWidth(head[b]!) - least[b]! - (displayWidth(head[a]!) - least[a]!));
  for (const i of order) {
    const base = out.at(-1)!;
    for (let width = displayWidth(head[i]!) - 1; width >= least[i]!; width--) {
      const text = spaced(head[i]!, width);
      if (text !== out.at(-1)![i]) out.push(base.map((h, j) => (j === i ? text : h)));
    }
  }
  return out;
}

/** Text on lines of at most `width` columns, broken only at spaces (a word wider stays whole). */
function spaced(text: string, width: number): string {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && displayWidth(`${last} ${word}`) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

/**
 * Each row of a table as a block of lines within `columns` (a narrow terminal): its first cell,
 * then `heading: value` for each other cell, wrapped and indented; a value of several lines (a
 * list) below its heading, a line each. Words are broken only where one is wider than a line,
 * but for the first cell's: it names the row (a parameter, a case), and a name is copied whole.
 */
function blocks(head: readonly string[], rows: readonly (readonly string[])[], columns: number): string {
  const field = (heading: string, value: string) => {
    const lines = value.split('\n');
    if (lines.length === 1) return wrapLine(`  ${heading}: ${value}`, columns, 4);
    return [`  ${heading}:`, ...lines.flatMap((line) => wrapLine(`    ${line}`, columns, 6))];
  };
  const title = (name: string) => (name.includes(' ') ? wrapLine(name, columns, 2) : [name]);
  return rows.flatMap((r) => [...title(r[0] ?? ''), ...r.slice(1).flatMap((cell, i) => field(head[i + 1]!, cell))]).join('\n');
}

/**
 * A record's title within `columns`: its parts joined by ` · `, then its place (file:line); where
 * that is too wide, the place on a line of its own below, and the parts wrapped, never cut (ID
 * numbers and places are never cut).
 */
export function titleLine(parts: readonly string[], place: string, columns: number): string {
  const whole = [...parts, place].join(' · ');
  if (displayWidth(whole) <= columns) return whole;
  return [...(parts.length ? wrapLine(parts.join(' · '), columns, 2) : []), ...wrapLine(`  ${place}`, columns, 2)].join('\n');
}
