import type { RecordType } from '../records/fields.js';
import type { SourceRef } from '../records/record.js';

/** A record as an input file wrote it, before its fields are parsed. */
export interface WrittenRecord {
  type: RecordType;
  written: Readonly<Record<string, unknown>>;
  source: SourceRef;
  /** Values the record takes from around it (a case file's case_id). */
  defaults: { case_id?: string };
}
