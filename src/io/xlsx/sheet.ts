/**
 * Reading one sheet of an .xlsx workbook as it streams (exceljs's streaming reader): the shared
 * strings and styles are kept (for text and for date cells), the rows come one at a time, so a
 * workbook of a million rows is read in bounded memory. exceljs is loaded only here, when a
 * workbook is read.
 */
import { createReadStream, type ReadStream } from 'node:fs';
import { cellValue, type CellValue } from './cells.js';

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
interface ExcelBook {
  model?: { sheets?: { name: string; id: number }[] };
  [Symbol.asyncIterator](): AsyncIterator<ExcelSheet>;
}

/** A sheet of a workbook file, open at its first row. */
export class SheetReader {
  private constructor(
    /** The sheet's name. */
    readonly name: string,
    private readonly sheet: ExcelSheet,
    private readonly sheets: AsyncIterator<ExcelSheet>,
    private readonly stream: ReadStream,
  ) {}

  /** The bytes of the file read so far. */
  get bytes(): number {
    return this.stream.bytesRead;
  }

  /** Opens the workbook at `path` at the sheet chosen; NoSuchSheet when it has none such. */
  static async open(path: string, choice: SheetChoice): Promise<SheetReader> {
    const { default: ExcelJS } = await import('exceljs');
    const stream = createReadStream(path, { highWaterMark: 1 << 20 });
    const options = { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' } as const;
    const book = new ExcelJS.stream.xlsx.WorkbookReader(stream, options) as unknown as ExcelBook;
    const sheets = book[Symbol.asyncIterator]();
    const seen: string[] = [];
    try {
      for (let r = await sheets.next(); !r.done; r = await sheets.next()) {
        const sheet = r.value;
        const tabs = book.model?.sheets?.map((s) => s.name) ?? [];
        const name = sheet.name ?? `Sheet${sheet.id}`;
        seen.push(name);
        // The tabs' order where the workbook's list is known (it usually comes first), else the order of the parts.
        const wanted = chosenSheet(tabs.length ? tabs : seen, choice);
        if (name === wanted) return new SheetReader(name, sheet, sheets, stream);
      }
    } catch (e) {
      stream.destroy();
      throw e;
    }
    stream.destroy();
    throw new NoSuchSheet(book.model?.sheets?.map((s) => s.name) ?? seen);
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
    this.sheets.return?.(undefined).catch(() => undefined);
    this.stream.destroy();
  }
}
