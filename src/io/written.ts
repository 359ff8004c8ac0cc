import type { RecordType } from '../records/fields.js';
import type { FieldError, SourceRef } from '../records/record.js';

/** A record as an input file wrote it, before its fields are parsed. */
export interface WrittenRecord {
  type: RecordType;
  written: Readonly<Record<string, unknown>>;
  source: SourceRef;
  /** The line of each key, where the input knows it (case files), for errors that point at the field. */
  lines?: Readonly<Record<string, number>>;
  /** The type as written, where it is not the type's own name (安置 for placement, in a workbook's type cell): what output shows, as for a CSV row. */
  writtenType?: string;
  /** Values the record takes from around it (a case file's case_id). */
  defaults: { case_id?: string };
  /** What is wrong with the record as written, before its fields are read (a key given twice): it is invalid. */
  keyErrors?: FieldError[];
}
