/**
 * A CSV row's `input` object for JSON and NDJSON output, written from its cells' bytes (see
 * JsonOut.cell) rather than from the record's `raw`: the same keys, in the same order, as rawOf
 * gives the row's record type (found once per type, by giving rawOf each cell's column number).
 * Only for rows no wider than their header (rawOf names the cells beyond it).
 */
import { rawOf, type CsvLayout } from '../io/csv/header.js';
import type { CsvRow } from '../io/csv/parse.js';
import { jsonKey, type JsonKey, type JsonOut } from '../io/json-out.js';
import type { RecordType } from '../records/fields.js';

interface InputKeys {
  keys: JsonKey[];
  /** The column whose cell each key holds. */
  columns: number[];
}

export class RowInput {
  private readonly byType = new Map<RecordType | undefined, InputKeys>();
  private buf: Buffer = Buffer.alloc(0);
  private row: CsvRow | undefined;
  private current: InputKeys = { keys: [], columns: [] };
  /** Writes the row last given to `of`. */
  private readonly write = (w: JsonOut): void => this.writeInto(w);

  constructor(private readonly layout: CsvLayout) {}

  /** The writer of a row's input (valid while the row is: the next call replaces it). */
  of(buf: Buffer, row: CsvRow, type: RecordType | undefined): (w: JsonOut) => void {
    this.buf = buf;
    this.row = row;
    let keys = this.byType.get(type);
    if (!keys) {
      const raw = rawOf(this.layout, type, this.layout.headers.map((_, i) => i));
      this.byType.set(type, (keys = { keys: Object.keys(raw).map(jsonKey), columns: Object.values(raw) as number[] }));
    }
    this.current = keys;
    return this.write;
  }

  private writeInto(w: JsonOut): void {
    const row = this.row!;
    const { keys, columns } = this.current;
    w.open();
    for (let i = 0; i < keys.length; i++) {
      w.key(keys[i]!);
      const c = columns[i]!;
      if (row.decoded) w.string(row.decoded[c] ?? '');
      else if (c >= row.count) w.string('');
      else w.cell(this.buf, row.starts[c]!, row.ends[c]!);
    }
    w.close();
  }
}
