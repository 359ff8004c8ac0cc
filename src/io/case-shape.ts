/**
 * What case files of every format have in common: the record types they give, the records they
 * reject, the summary of a first pass, and the errors for input that is not a case.
 */
import { InputError } from '../errors.js';
import { asText, quoted } from '../core/excerpt.js';
import { recordTypeOf, TYPE_WORDS, type RecordType } from '../records/fields.js';
import type { FieldError } from '../records/record.js';
import type { WrittenRecord } from './written.js';
import { say } from './messages.js';

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
   * for a rejected record), in order of first appearance: for the columns of CSV output.
   */
  keys: { type: RecordType | undefined; key: string }[];
  /** The case's case_id and type, wherever they are written. */
  caseId?: string;
  caseType?: RecordType;
}

export const empty = (v: unknown) => v === undefined || v === null || v === '';

export function typeOf(value: unknown, where: string): RecordType {
  const type = recordTypeOf(value);
  if (!type) {
    throw new InputError(say('noType', { where, value: value === undefined ? undefined : quoted(value), types: TYPE_WORDS }));
  }
  return type;
}

export function notACase(file: string, found: string): InputError {
  return new InputError(say('notACase', { file, found, stdin: file === '<stdin>' }));
}

/** A case_id as records take it: text, or a number written as text. */
export const caseIdOf = (value: unknown): string | undefined => (value === undefined || value === null ? undefined : asText(value));

/**
 * Gathers a summary's keys: each (type, key) once, in order. The type may be `null` until known
 * (a case's type comes at its end): see resolve.
 */
export class KeyList {
  private readonly seen = new Map<RecordType | undefined | null, Set<string>>();
  private readonly keys: { type: RecordType | undefined | null; key: string }[] = [];
  add(type: RecordType | undefined | null, key: string): void {
    let seen = this.seen.get(type);
    if (!seen) this.seen.set(type, (seen = new Set()));
    if (seen.has(key)) return;
    seen.add(key);
    this.keys.push({ type, key });
  }

  /** The keys, `null` taken for `type`, each (type, key) once. */
  resolve(type: RecordType | undefined): CaseSummary['keys'] {
    const list = new KeyList();
    for (const k of this.keys) list.add(k.type === null ? type : k.type, k.key);
    return list.keys as CaseSummary['keys'];
  }
}
