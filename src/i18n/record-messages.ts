/**
 * Notes on how a record's values were read, in both languages (the notes --explain shows beside
 * a record's results).
 */
import { FIELDS, type FieldSpec, type RecordType } from '../records/fields.js';
import { serialReadings } from '../records/excel-dates.js';
import type { Lang } from './lang.js';

/** A note on a field: how its value was read. */
export interface ReadingNote {
  field: string;
  value: string;
  message: string;
}

/** The notes on a record's fields (of its type, and those the rules pack adds): dates written as Excel serials. */
export function readingNotes(
  rec: { type: RecordType; raw: Readonly<Record<string, unknown>>; facts: Readonly<Record<string, unknown>> },
  extras: readonly FieldSpec[],
  lang: Lang,
): ReadingNote[] {
  return serialReadings([...FIELDS[rec.type], ...extras], rec.raw, rec.facts).map(({ field, serial, date }) => ({
    field,
    value: serial,
    message: lang === 'zh' ? `${serial} 按 Excel 日期序号读作 ${date}` : `${serial} read as the Excel date ${date}`,
  }));
}
