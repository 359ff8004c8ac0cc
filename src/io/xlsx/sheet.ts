/**
 * Reading one sheet of an .xlsx workbook as it streams (exceljs's streaming reader): the shared
 * strings and styles are kept (for text and for date cells), the rows come one at a time, so a
 * workbook of a million rows is read in bounded memory. exceljs is loaded only here, when a
 * workbook is read.
 */
import { posix } from 'node:path';
import type { Readable } from 'node:stream';
import { cellValue, type CellValue } from './cells.js';
import { ZipParts, type PartStream } from './zip.js';

/**
 * A sheet asked for: by name, or (digits that name no sheet) by its place among the tabs, from 1;
 * undefined: the first.
 */
export type SheetChoice = string | undefined;

/** The name of the sheet chosen among the tabs (in order), or undefined when none is. */
export function chosenSheet(tabs: readonly string[], choice: SheetChoice): string | undefined {
  if (choice === undefined) return tabs[0];
  if (tabs.includes(choice) || !/^\d+$/.test(choice)) return choice;
  return tabs[Number(choice) - 1];
}

/** A row of a sheet: its number (from 1, as the spreadsheet shows it) and its cells' values, column A first. */
export interface SheetRow {
  number: number;
  cells: CellValue[];
}

/** What a sheet asked for and not found leaves to say: the workbook's sheets, in tab order. */
export class NoSuchSheet extends Error {
  constructor(readonly sheets: string[]) {
    super('no such sheet');
  }
}

interface ExcelRow {
  number: number;
  values: unknown[] | Record<number, unknown>;
  getCell(col: number): { numFmt?: string };
}
interface ExcelSheet extends AsyncIterable<ExcelRow> {
  id: number | string;
  name?: string;
}
/** exceljs's streaming workbook reader, driven part by part (see SheetReader.open). */
interface ExcelBook {
  model?: { sheets?: { name: string; id: number; rId: string }[] };
  workbookRels?: { Id: string; Type?: string; Target: string }[];
  _parseRels(part: Readable): Promise<void>;
  _parseWorkbook(part: Readable): Promise<void>;
  _parseSharedStrings(part: Readable): AsyncIterable<unknown>;
  _parseStyles(part: Readable): Promise<void>;
  _parseWorksheet(part: Readable, sheetNo: string): Iterator<{ eventType: string; value: ExcelSheet }>;
}

const READER_OPTIONS = { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' } as const;

/** A sheet of a workbook file, open at its first row. */
export class SheetReader {
  private constructor(
    /** The sheet's name. */
    readonly name: string,
    private readonly sheet: ExcelSheet,
    private readonly part: PartStream,
  ) {}

  /** How far into the file the reading is, in bytes. */
  get bytes(): number {
    return this.part.at();
  }

  /**
   * Opens the workbook at `path` at the sheet chosen; NoSuchSheet when it has none such. The
   * parts a sheet needs are read first, through the archive's directory (ZipParts), each where
   * the workbook's relationships say it is: the list of sheets, the shared strings, the styles
   * (for dates); then the sheet's rows stream.
   */
  static async open(path: string, choice: SheetChoice): Promise<SheetReader> {
    const { default: ExcelJS } = await import('exceljs');
    const zip = await ZipParts.open(path);
    const book = new ExcelJS.stream.xlsx.WorkbookReader(path, READER_OPTIONS) as unknown as ExcelBook;
    const parse = async (name: string, parser: (part: Readable) => Promise<void>) => {
      const part = await zip.stream(name);
      try {
        await parser(part.data);
      } finally {
        part.close();
      }
    };
    // The package's relationships name the workbook's part; the workbook's, its other parts.
    if (zip.has('_rels/.rels')) await parse('_rels/.rels', (part) => book._parseRels(part));
    const workbook = related(book, '', 'officeDocument') ?? 'xl/workbook.xml';
    const dir = posix.dirname(workbook);
    const rels = posix.join(dir, '_rels', `${posix.basename(workbook)}.rels`);
    book.workbookRels = undefined;
    if (zip.has(rels)) await parse(rels, (part) => book._parseRels(part));
    await parse(workbook, (part) => book._parseWorkbook(part));
    const tabs = sheetParts(book, dir);
    const name = chosenSheet([...tabs.keys()], choice);
    const partName = name === undefined ? undefined : tabs.get(name);
    if (partName === undefined || !zip.has(partName)) throw new NoSuchSheet([...tabs.keys()]);
    const strings = related(book, dir, 'sharedStrings') ?? partOf(dir, 'sharedStrings.xml');
    if (zip.has(strings)) {
      await parse(strings, async (part) => {
        for await (const _ of book._parseSharedStrings(part));
      });
    }
    const styles = related(book, dir, 'styles') ?? partOf(dir, 'styles.xml');
    if (zip.has(styles)) await parse(styles, (part) => book._parseStyles(part));
    const part = await zip.stream(partName);
    try {
      const sheet = book._parseWorksheet(part.data, /(\d+)\.xml$/.exec(partName)?.[1] ?? '1').next().value!.value;
      return new SheetReader(name!, sheet, part);
    } catch (e) {
      part.close();
      throw e;
    }
  }

  /** The sheet's rows, in order, with at least one cell not blank. */
  async *rows(): AsyncGenerator<SheetRow> {
    try {
      for await (const row of this.sheet) {
        const values = row.values;
        const cells: CellValue[] = [];
        let any = false;
        for (const key in values) {
          const col = Number(key);
          let value = (values as Record<number, unknown>)[col];
          if (value === undefined || value === null) continue;
          if (typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) value = cellValue(value, row.getCell(col).numFmt);
          const cell = cellValue(value);
          if (cell === undefined || (typeof cell === 'string' && !cell.trim())) continue;
          while (cells.length < col - 1) cells.push(undefined);
          cells[col - 1] = cell;
          any = true;
        }
        if (any) yield { number: row.number, cells };
      }
    } finally {
      this.close();
    }
  }

  /** Stops reading the file. */
  close(): void {
    this.part.close();
  }
}

/** A relationship's target as a part's name: `/xl/a.xml` from the root, else from the folder `dir`. */
function partOf(dir: string, target: string): string {
  return target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(dir, target));
}

/** The part that the relationships parsed last give a type (by its last word: officeDocument, styles...); undefined: none. */
function related(book: ExcelBook, dir: string, type: string): string | undefined {
  const rel = book.workbookRels?.find((r) => r.Type?.endsWith(`/${type}`));
  return rel ? partOf(dir, rel.Target) : undefined;
}

/** The workbook's sheets, in tab order, each with its part (from the workbook's list and its relationships). */
function sheetParts(book: ExcelBook, dir: string): Map<string, string> {
  const tabs = new Map<string, string>();
  const rels = new Map((book.workbookRels ?? []).map((r) => [r.Id, r.Target]));
  for (const s of book.model?.sheets ?? []) {
    const target = rels.get(s.rId);
    if (target !== undefined) tabs.set(s.name, partOf(dir, target));
  }
  return tabs;
}
