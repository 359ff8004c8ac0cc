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
  /**
   * Its keys are its type's field names already, settled from a table's header (a workbook's row:
   * see CsvLayout and rawOf); any other key is no field, whatever it names.
   */
  settled?: true;
  /**
   * Its errors where its fields are not read, as a CSV row's are not (see headerFit): a row wider
   * than its header, which is not read at all (`claims` false), or a row of a type whose required
   * column the header lacks (`claims` true: an audit still checks its claims of other types' programs).
   */
  unread?: { errors: FieldError[]; claims: boolean };
}
