/**
 * Our own CSV output cut back into rows of cells, as its text comes in pieces: the xlsx writer
 * receives what the CSV format writes (see writer.ts). Cells are quoted where they hold a comma,
 * quote or line end (quotes doubled); the formula guard's ' is taken off (see formula.ts): a
 * workbook's cells are typed, and a text cell never becomes a formula.
 */
import { unguarded } from '../csv/formula.js';

export class CsvRows {
  private pending = '';
  private readonly decoder = new TextDecoder('utf-8');

  /** The whole rows in `text` and what came before it; a row cut short waits for the next piece. */
  push(text: string | Uint8Array): string[][] {
    const piece = typeof text === 'string' ? text : this.decoder.decode(text, { stream: true });
    const all = this.pending + piece;
    const rows: string[][] = [];
    let at = 0;
    for (;;) {
      const row = this.row(all, at);
      if (!row) break;
      rows.push(row.cells);
      at = row.next;
    }
    this.pending = all.slice(at);
    return rows;
  }

  /** What is left at the end (a last row without its line end). */
  end(): string[][] {
    const rest = this.pending + this.decoder.decode();
    this.pending = '';
    return rest ? this.push(`${rest}\n`) : [];
  }

  /** The row that starts at `at`, if its line end has come. */
  private row(text: string, at: number): { cells: string[]; next: number } | undefined {
    const cells: string[] = [];
    let i = at;
    for (;;) {
      let cell: string;
      if (text.charCodeAt(i) === 34) {
        let end = i + 1;
        let value = '';
        for (;;) {
          const q = text.indexOf('"', end);
          if (q < 0 || q + 1 >= text.length) return undefined;
          value += text.slice(end, q);
          if (text.charCodeAt(q + 1) === 34) {
            value += '"';
            end = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        cell = value;
      } else {
        let end = i;
        while (end < text.length) {
          const c = text.charCodeAt(end);
          if (c === 44 || c === 10) break;
          end++;
        }
        if (end >= text.length) return undefined;
        cell = text.slice(i, end);
        if (cell.endsWith('\r')) cell = cell.slice(0, -1);
        i = end;
      }
      cells.push(unguarded(cell));
      if (i >= text.length) return undefined;
      const c = text.charCodeAt(i);
      if (c === 10) return { cells, next: i + 1 };
      if (c === 13 && text.charCodeAt(i + 1) === 10) return { cells, next: i + 2 };
      i++; // the comma
    }
  }
}
