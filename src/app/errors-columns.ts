/**
 * The input columns of the --errors file, after its own (file, line, errors): the input columns
 * of CSV output (csvColumns: every input's, in order of first appearance, each key once), headed
 * as their inputs head them (a CSV file's or a sheet's header as written), so that the file reads
 * back as the same records. Each invalid row's values go under them: a CSV row's or a sheet row's
 * own cells as written, a case-file record's values by key (inputValue: its type and case_id as
 * it takes them), each under the column that holds its field when the file is read back (the
 * header settled as an input's is: csvLayout); the cells beyond a row's header after every column.
 */
import { asText } from '../core/excerpt.js';
import type { CsvLayout } from '../io/csv/header.js';
import { inputValue } from '../io/formats/csv-row.js';
import type { CsvColumns, InvalidRow } from '../io/formats/types.js';
import type { Lang } from '../i18n/lang.js';
import { recordTypeOf, type RecordType } from '../records/fields.js';
import type { RulesPack } from '../rules/load.js';
import { columnKey, columnMap, csvColumns, readBackFields } from './columns.js';
import type { Source, SourceColumn } from './sources.js';

/** The errors file's own columns: before the input's, and `record` (see RECORD_HEAD) after the line where some record has one. */
export const ERRORS_HEAD = { zh: ['文件', '行', '错误'], en: ['file', 'line', 'errors'] } as const;
/** The column of a record's place in its file, after the line: only where some record has one (records sharing a line). */
export const RECORD_HEAD = { zh: '记录', en: 'record' } as const;
/** The header of the type column, where no input has one (a CSV file read with --type). */
const TYPE_HEAD = { zh: '类型', en: 'type' } as const;

/** How many of a header's first columns are an errors file's own (file, line, [record,] errors: an errors file submitted again). */
function ownHeadWidth(headers: readonly string[]): number {
  for (const lang of ['en', 'zh'] as const) {
    const [file, line, errors] = ERRORS_HEAD[lang];
    for (const head of [[file, line, errors], [file, line, RECORD_HEAD[lang], errors]]) {
      if (head.every((h, i) => headers[i] === h)) return head.length;
    }
  }
  return 0;
}

/** What the errors file gathers of the case-file rows it holds (whose keys its input's columns name already, but for a row that is not a record). */
export interface CaseKeys {
  /** Whether some row has a case_id. */
  caseId: boolean;
  /** Their keys, in order of first appearance. */
  keys: string[];
}

/** A CSV file's or a sheet's header, as its rows are placed: worked out once, when its columns are. */
interface Header {
  layout: CsvLayout;
  /** How many of its first columns are an errors file's own (see ownHeadWidth): left out, written afresh. */
  own: number;
  /** The key of each of its columns (see columnKey). */
  keys: readonly string[];
}

/** A value of a row for the errors file: the field it is in the row's record type (if any), the key of its column, and the value as text. */
type Item = [field: string | undefined, key: string, value: string];

/** The errors file's input columns and how each of its rows fills them. */
export class ErrorsColumns {
  readonly columns: CsvColumns;
  /** The header of each CSV file and sheet, by its name in rows (InvalidRow.file). */
  private readonly layouts = new Map<string, Header>();
  /** Where each column's cell is in a row of a CSV file or a sheet, by its name (see columnMap). */
  private readonly maps = new Map<string, readonly number[] | null>();
  /** The column of each key. */
  private readonly byKey = new Map<string, number>();
  /** For each record type, the column that holds each field when the file is read back (see fieldColumns). */
  private readonly byField: ReadonlyMap<RecordType, ReadonlyMap<string, number>>;

  constructor(inputs: readonly Source[], pack: RulesPack, type: RecordType | undefined, cases: CaseKeys, lang: Lang) {
    const sources = inputs.map((s) => ({ columns: () => this.columnsOf(s, pack), types: () => [] }));
    // Any key of a case-file row that its input's columns do not name.
    const rows: SourceColumn[] = [...(cases.caseId ? [['case_id', 'case_id'] as SourceColumn] : []), ...cases.keys.map((k): SourceColumn => [k, k])];
    const columns = csvColumns([...sources, { columns: () => rows, types: () => [] }], pack, type);
    // A type column first where no input has one (CSV files read with --type; case-file rows alone).
    if (!columns.keys.includes('type')) {
      columns.keys.unshift('type');
      columns.headers.unshift(TYPE_HEAD[lang]);
      columns.fields?.unshift(['type']);
    }
    this.columns = columns;
    columns.keys.forEach((k, i) => this.byKey.set(k, i));
    this.byField = fieldColumns(columns.headers, pack);
  }

  /** An input's columns; a CSV file's or a sheet's without those of an errors file submitted again (they are written afresh). */
  private columnsOf(source: Source, pack: RulesPack): SourceColumn[] {
    const layout = source.layout;
    if (!layout) return source.columns(pack);
    const own = ownHeadWidth(layout.headers);
    this.layouts.set(layout.file, { layout, own, keys: layout.headers.map((_, i) => columnKey(layout, i)) });
    return source.columns(pack).slice(own);
  }

  get headers(): readonly string[] {
    return this.columns.headers;
  }

  /**
   * A row's cells under the input columns, then (a row wider than its header) its cells beyond
   * its header. Each value goes under the column that holds its field in the row's record type
   * when the file is read back (a startup's 身份证号 under another input's applicant_id, which
   * 身份证号 yields to); a value of no field, or of a row of no known type, under its own column.
   */
  cells(row: InvalidRow): string[] {
    const header = this.layouts.get(row.file);
    const type = recordTypeOf(row.type);
    if (!row.cells || !header) {
      const value = (k: string) => asText(inputValue(row.input, k, row.type, row.case_id));
      const keys = new Set(['type', 'case_id', ...Object.keys(row.input)]);
      return this.place(type, [...keys].map((k): Item => [k, k, value(k)])) ?? this.columns.keys.map(value);
    }
    const { layout, keys } = header;
    const width = layout.headers.length;
    const own = row.cells.slice(0, width);
    const items = own.flatMap((value, i): Item[] => (i < header.own ? [] : [[i === layout.typeColumn ? 'type' : type && layout.columns[type][i], keys[i]!, value]]));
    if (layout.fixedType) items.push(['type', 'type', row.type]);
    return [...(this.place(type, items) ?? this.byPlace(row, layout, own)), ...row.cells.slice(width)];
  }

  /** Each value under the column of its field, else of its key; undefined where a value has no column, or two would share one. */
  private place(type: RecordType | undefined, items: readonly Item[]): string[] | undefined {
    const out = Array<string | undefined>(this.columns.keys.length).fill(undefined);
    for (const [field, key, value] of items) {
      const at = (type && field !== undefined ? this.byField.get(type)?.get(field) : undefined) ?? this.byKey.get(key);
      if (value === '') continue;
      if (at === undefined || out[at] !== undefined) return undefined;
      out[at] = value;
    }
    return out.map((v) => v ?? '');
  }

  /** A CSV row's or a sheet row's cells where CSV output puts them (see columnMap). */
  private byPlace(row: InvalidRow, layout: CsvLayout, own: readonly string[]): string[] {
    let map = this.maps.get(row.file);
    if (map === undefined) this.maps.set(row.file, (map = columnMap(this.columns, layout)));
    return this.columns.keys.map((key, i) => {
      const at = map === null ? i : map[i]!;
      // The type of a file read with --type, which has no type column.
      return at >= 0 ? (own[at] ?? '') : key === 'type' ? row.type : '';
    });
  }
}

/**
 * For each record type, the column of each field when the errors file is read back: its header
 * read as an input's is (csvLayout, which settles which column holds a field that two name). None
 * when the header does not read (two columns that hold one field: a case-file record that gives
 * a field under two keys), and its rows are placed as CSV output places them.
 */
function fieldColumns(headers: readonly string[], pack: RulesPack): Map<RecordType, Map<string, number>> {
  const byField = new Map<RecordType, Map<string, number>>();
  for (const [t, fields] of readBackFields(headers, pack, undefined)) {
    const at = new Map<string, number>();
    fields.forEach((f, i) => f !== undefined && !at.has(f) && at.set(f, i));
    byField.set(t, at);
  }
  return byField;
}
