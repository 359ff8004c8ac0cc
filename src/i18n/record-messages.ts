/**
 * Record-level messages in both languages (see records/messages-zh.ts for how a message made in
 * English gets its Chinese), and notes on how a value was read.
 */
import { FIELDS, type FieldSpec, type RecordType } from '../records/fields.js';
import { serialReadings } from '../records/excel-dates.js';
import type { Lang } from './lang.js';
import { recordMessage } from '../records/messages-zh.js';

export { recordMessage };

/** Field errors with their messages in a language (the same errors, for English). */
export function errorsIn<E extends { message: string }>(errors: E[], lang: Lang): E[] {
  return lang === 'en' ? errors : errors.map((e) => ({ ...e, message: recordMessage(e.message, lang) }));
}

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
