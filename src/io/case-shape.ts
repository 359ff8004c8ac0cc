/**
 * What case files of every format have in common: the record types they give, the records they
 * reject, the summary of a first pass, and the errors for input that is not a case.
 */
import { InputError } from '../errors.js';
import { asText, quoted } from '../core/excerpt.js';
import { fieldForKey, fieldsNamedBy, recordTypeOf, TYPE_WORDS, type RecordType } from '../records/fields.js';
import type { FieldError, SourceRef } from '../records/record.js';
import type { WrittenRecord } from './written.js';
import { say, STDIN_NAME } from './messages.js';

export type CaseFormat = 'json' | 'ndjson' | 'yaml';

/**
 * A record that is invalid before its fields are read: an NDJSON line that is not a record,
 * or an NDJSON record of no known type. (Other inputs stop with an error instead.)
 */
export interface RejectedRecord {
  /** The type the record is counted under (--type, or placement). */
  type: RecordType;
  /** The type as written: '' when none. */
  writtenType: string;
  written: Readonly<Record<string, unknown>>;
  source: { file: string; line: number };
  errors: FieldError[];
}

export type CaseRecord = WrittenRecord | RejectedRecord;

export const isRejected = (r: CaseRecord): r is RejectedRecord => 'errors' in r;

/** What a first pass over a case input finds. */
export interface CaseSummary {
  records: number;
  /** The record types of its records. */
  types: Set<RecordType>;
  /**
   * Every key of the records, each with the type of the first record that has it (undefined
   * for a rejected record), in order of first appearance: for the columns of CSV output. `own`:
   * the key was given beside another key naming the same field, in one record, and has a
   * column of its own (see KeyList).
   */
  keys: { type: RecordType | undefined; key: string; own?: true }[];
  /** Whether two records start on one line (their source then names each record's place). */
  sharedLines?: boolean;
  /** The case's case_id and type, wherever they are written. */
  caseId?: string;
  caseType?: RecordType;
  /** Keys of the case given twice (case_id, type): every record of the case is invalid with these errors. */
  caseKeyErrors?: FieldError[];
}

export const empty = (v: unknown) => v === undefined || v === null || v === '';

/**
 * The error of a key given twice, in a record or in the case around it (the record is then
 * invalid): both values quoted, at the line of the second.
 */
export function keyTwice(key: string, first: unknown, again: unknown, line: number): FieldError {
  return { field: key, value: again, message: `the key is given twice, as ${quoted(first)} and as ${quoted(again)}; keep one`, line };
}

/** A record's type as written, or an InputError naming `where` (a record's place, said in the run's language). */
export function typeOf(value: unknown, where: string | SourceRef): RecordType {
  const type = recordTypeOf(value);
  if (!type) {
    throw new InputError(say('noType', { where, value: value === undefined ? undefined : quoted(value), types: TYPE_WORDS }));
  }
  return type;
}

export function notACase(file: string, found: string): InputError {
  return new InputError(say('notACase', { file, found, stdin: file === STDIN_NAME }));
}

/** A case_id as records take it: text, or a number written as text. */
export const caseIdOf = (value: unknown): string | undefined => (value === undefined || value === null ? undefined : asText(value));

/** The fields a key names: in a record type, or (type null: not yet known) in any. */
function fieldsOf(type: RecordType | null, key: string): string[] {
  if (type !== null) {
    const field = fieldForKey(type, key);
    return field ? [field] : [];
  }
  return fieldsNamedBy(key);
}

/**
 * Gathers a summary's keys: each (type, key) once, in order. The type may be `null` until known
 * (a case's type comes at its end): see resolve.
 *
 * It also finds the keys given beside another key that names the same field, in one record
 * (worker_id and 身份证号): such a record is invalid, and keeps both values as written
 * (records/record.ts), so CSV output gives the second key a column of its own. Only keys that
 * share a field with another key of the input are looked at record by record.
 */
export class KeyList {
  /** For each type, its keys, each with whether another of them names the same field. */
  private readonly seen = new Map<RecordType | undefined | null, Map<string, boolean>>();
  /** For each type, the keys that name each field. */
  private readonly byField = new Map<RecordType | undefined | null, Map<string, string[]>>();
  private readonly keys: { type: RecordType | undefined | null; key: string }[] = [];
  /** The keys of the record being added. */
  private readonly current: string[] = [];
  /** Whether any two keys of a type name the same field. */
  private anyRivals = false;
  /** Two keys of one record that may name one field, by type: `a\u0000b`, a before b. */
  private readonly pairs = new Map<RecordType | null, Set<string>>();

  add(type: RecordType | undefined | null, key: string): void {
    let seen = this.seen.get(type);
    if (!seen) this.seen.set(type, (seen = new Map()));
    this.current.push(key);
    if (seen.has(key)) return;
    seen.set(key, false);
    if (this.isRival(type, key, seen)) this.anyRivals = true;
    this.keys.push({ type, key });
  }

  /** The keys of a record have been added (each with `type`). */
  endRecord(type: RecordType | undefined | null): void {
    if (this.anyRivals && type !== undefined) this.pairUp(type);
    this.current.length = 0;
  }

  /** Notes each two keys of the record that name one field. */
  private pairUp(type: RecordType | null): void {
    const seen = this.seen.get(type);
    const rivals = seen ? this.current.filter((key) => seen.get(key)) : [];
    if (rivals.length > 1) {
      let pairs = this.pairs.get(type);
      if (!pairs) this.pairs.set(type, (pairs = new Set()));
      for (let i = 0; i < rivals.length; i++) {
        for (let j = i + 1; j < rivals.length; j++) if (rivals[i] !== rivals[j]) pairs.add(`${rivals[i]}\u0000${rivals[j]}`);
      }
    }
  }

  /** Whether a new key names a field that another key of its type names (marking that one too). */
  private isRival(type: RecordType | undefined | null, key: string, seen: Map<string, boolean>): boolean {
    if (type === undefined) return false;
    let fields = this.byField.get(type);
    if (!fields) this.byField.set(type, (fields = new Map()));
    let rival = false;
    for (const field of fieldsOf(type, key)) {
      const others = fields.get(field);
      if (!others) {
        fields.set(field, [key]);
        continue;
      }
      for (const other of others) seen.set(other, true);
      others.push(key);
      seen.set(key, true);
      rival = true;
    }
    return rival;
  }

  /** The keys, `null` taken for `type`, each (type, key) once; `own` for a key that needs a column of its own. */
  resolve(type: RecordType | undefined): CaseSummary['keys'] {
    const own = new Set<string>();
    for (const [t, pairs] of this.pairs) {
      const recordType = t ?? type;
      if (!recordType) continue;
      for (const pair of pairs) {
        const [a, b] = pair.split('\u0000') as [string, string];
        const field = fieldForKey(recordType, a);
        if (field === undefined || field !== fieldForKey(recordType, b)) continue;
        own.add(`${recordType}\u0000${b === field ? a : b}`);
      }
    }
    const seen = new Set<string>();
    const keys: CaseSummary['keys'] = [];
    for (const k of this.keys) {
      const t = k.type === null ? type : k.type;
      const id = `${t}\u0000${k.key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      keys.push(own.has(id) ? { type: t, key: k.key, own: true } : { type: t, key: k.key });
    }
    return keys;
  }
}
