/**
 * Case files: JSON, NDJSON or YAML, either `{case_id, type, records: [...]}` or a list of
 * records that each carry `type` (NDJSON: one record a line). Every record keeps the line it
 * starts on, and each of its keys its own line.
 *
 * JSON and NDJSON stream (see json-scan.ts): a first pass checks the whole input and finds what
 * the records need from around them (the case's case_id and type, wherever they are written);
 * later passes read the records, a chunk at a time. YAML is read whole (yaml-case.ts).
 *
 * Objects built here hold every key as their own property (`__proto__` too), and no value a
 * message quotes is longer than a short excerpt.
 */
import { bilingual, InputError } from '../errors.js';
import { isTypeKey, recordTypeOf, TYPE_CHOICES, type RecordType } from '../records/fields.js';
import type { FieldError, SourceRef } from '../records/record.js';
import { setOwn } from '../core/own-keys.js';
import { cut } from '../core/excerpt.js';
import { caseIdOf, empty, KeyList, keyTwice, notACase, typeOf, type CaseRecord, type CaseSummary, type RejectedRecord } from './case-shape.js';
import { FOUND, JsonScanError, JsonScanner, NotACaseError } from './json-scan.js';
import { say } from './messages.js';

export { isRejected, type CaseFormat, type CaseRecord, type CaseSummary, type RejectedRecord } from './case-shape.js';
export { readYamlCase, YAML_MAX_BYTES } from './yaml-case.js';

/** A file read straight into the scanner's buffer (no chunk to copy), and closed at the end. */
export interface FileBytes {
  read(into: Uint8Array, offset: number, length: number): Promise<number>;
  close(): Promise<void>;
}

/** An input's bytes: chunks as they come (standard input), or a file. */
export type CaseBytes = AsyncIterable<Uint8Array> | FileBytes;

const READ_BYTES = 1 << 20;

const typeKeys = new Map<string, boolean>();
/** isTypeKey, remembered for the first thousand keys (records repeat their keys). */
function isTypeKeyCached(key: string): boolean {
  let known = typeKeys.get(key);
  if (known === undefined) {
    known = isTypeKey(key);
    if (typeKeys.size < 1000) typeKeys.set(key, known);
  }
  return known;
}

/** The type a scanned record gives itself: the first type key with a value (undefined: none). */
function ownType(s: JsonScanner): unknown {
  for (let i = 0; i < s.keyCount; i++) {
    if (!isTypeKeyCached(s.keyName(i))) continue;
    const value: unknown = JSON.parse(s.valueText(i));
    if (!empty(value)) return value;
  }
  return undefined;
}

/** Each key's line, when not all are on the record's (an error names the record's line then). */
function keyLinesOf(s: JsonScanner): Record<string, number> | undefined {
  if (s.keysOnRecordLine()) return undefined;
  const keyLines: Record<string, number> = {};
  for (let i = 0; i < s.keyCount; i++) setOwn(keyLines, s.keyName(i), s.keyLine(i));
  return keyLines;
}

/** How many keys an object of JSON.parse has (its own, enumerable, none inherited), without a list of them. */
function keyCount(o: object): number {
  let n = 0;
  for (const _ in o) n++;
  return n;
}

/**
 * What makes a scanned record invalid before its fields are read: the keys its case gives twice,
 * then those it gives twice itself (JSON.parse keeps the last value), each at its second line.
 */
function keyErrorsOf(s: JsonScanner, written: object, caseErrors: readonly FieldError[] | undefined): FieldError[] | undefined {
  const repeated = keyCount(written) < s.keyCount ? s.repeatedKeys().map((k) => keyTwice(k.key, JSON.parse(k.first), JSON.parse(k.again), k.line)) : undefined;
  // Each record its own copies of the case's errors (a record's errors are its own to change).
  return caseErrors ? [...caseErrors.map((e) => ({ ...e })), ...(repeated ?? [])] : repeated;
}

/**
 * A case's values (case_id, type) as a first pass finds them: the last one given of each, as
 * JSON.parse keeps it, and for each given again the error that makes every record invalid.
 */
class CaseValues {
  private readonly given = new Map<string, { first: unknown; value: unknown; line: number }>();
  readonly twice: FieldError[] = [];

  add(key: string, value: unknown, line: number): void {
    const earlier = this.given.get(key);
    if (earlier) this.twice.push(keyTwice(key, earlier.first, value, line));
    this.given.set(key, { first: earlier ? earlier.first : value, value, line });
  }

  get(key: string): { value: unknown; line: number } | undefined {
    return this.given.get(key);
  }
}

/**
 * Reads a JSON or NDJSON case input from its text, in chunks. `scan` is the first pass; `records`
 * a later one (or the only one, for NDJSON read once).
 */
export class CaseReader {
  constructor(
    private readonly file: string,
    private readonly format: 'json' | 'ndjson',
    private readonly defaultType: RecordType | undefined,
  ) {}

  /**
   * The first pass: checks the whole input (a syntax error, a record of no known type stop it
   * with an InputError), finds the case's case_id and type, counts the records and, with
   * `keys`, gathers their keys.
   */
  async scan(source: CaseBytes, keys: boolean): Promise<CaseSummary> {
    const { file, defaultType } = this;
    const lines = this.format === 'ndjson';
    const summary: CaseSummary = { records: 0, types: new Set(), keys: [] };
    const keyList = new KeyList();
    const caseValues = new CaseValues();
    /** The first record without a type of its own (its type is the case's, which may come last). */
    let untyped: { line: number; index: number } | undefined;
    let lastLine = 0;
    const scanner = new JsonScanner(lines ? 'lines' : 'document', {
      record: (s) => {
        const index = ++summary.records;
        if (s.recordLine === lastLine) summary.sharedLines = true;
        lastLine = s.recordLine;
        if (s.recordKind !== 'mapping') {
          if (!lines) throw this.notMapping(s, index);
          return;
        }
        const own = ownType(s);
        let type: RecordType | undefined;
        if (own !== undefined) {
          type = recordTypeOf(own);
          if (!type && !lines) typeOf(own, this.where(s.recordLine, index));
        } else if (lines) {
          type = defaultType;
        } else {
          untyped ??= { line: s.recordLine, index };
        }
        if (type) summary.types.add(type);
        if (!keys) return;
        const keyType = own === undefined && !lines ? null : type;
        for (let i = 0; i < s.keyCount; i++) keyList.add(keyType, s.keyName(i));
        keyList.endRecord(keyType);
      },
      caseValue: (key, value, line) => caseValues.add(key, value, line),
      badLine: () => {
        summary.records++;
      },
    });
    for await (const _ of this.feed(scanner, source));
    const caseType = caseValues.get('type');
    if (caseType) summary.caseType = typeOf(caseType.value, `${file}:${caseType.line}`);
    const id = caseIdOf(caseValues.get('case_id')?.value);
    if (id !== undefined) summary.caseId = id;
    if (caseValues.twice.length) summary.caseKeyErrors = caseValues.twice;
    let untypedType: RecordType | undefined;
    if (untyped) {
      untypedType = typeOf(summary.caseType ?? defaultType, this.where(untyped.line, untyped.index));
      summary.types.add(untypedType);
    }
    summary.keys = keyList.resolve(untypedType);
    return summary;
  }

  /**
   * The records, in batches (those that end in a chunk), each with the bytes read so far. For
   * JSON, `summary` is the first pass's (the case's case_id and type); NDJSON needs none.
   */
  async *records(source: CaseBytes, summary?: CaseSummary): AsyncGenerator<{ records: CaseRecord[]; bytes: number }> {
    const { file, defaultType } = this;
    const lines = this.format === 'ndjson';
    const caseType = summary?.caseType;
    const caseErrors = summary?.caseKeyErrors;
    const defaults = summary?.caseId !== undefined ? { case_id: summary.caseId } : {};
    // Where records share a line (a list on one line), each is named by its place in the file too.
    const numbered = summary?.sharedLines === true;
    let batch: CaseRecord[] = [];
    let index = 0;
    const sourceAt = (line: number) => (numbered ? { file, line, record: index } : { file, line });
    const reject = (line: number, writtenType: string, written: Record<string, unknown>, error: Omit<FieldError, 'line'>, more: FieldError[] = []): RejectedRecord => ({
      type: defaultType ?? 'placement',
      writtenType,
      written,
      source: sourceAt(line),
      errors: [{ ...error, line }, ...more],
    });
    const scanner = new JsonScanner(lines ? 'lines' : 'document', {
      record: (s) => {
        index++;
        const line = s.recordLine;
        if (s.recordKind !== 'mapping') {
          if (!lines) throw this.notMapping(s, index);
          batch.push(reject(line, '', {}, { field: '(line)', value: cut(s.recordText()), message: `a record is a JSON mapping of field: value, not ${FOUND[s.recordKind]}` }));
          return;
        }
        const written = JSON.parse(s.recordText()) as Record<string, unknown>;
        // A key given twice, by the record or its case: JSON.parse has kept its last value; the record is invalid.
        const repeated = keyErrorsOf(s, written, caseErrors);
        const keyLines = keyLinesOf(s);
        const own = ownType(s);
        const type = own !== undefined ? recordTypeOf(own) : lines ? defaultType : (caseType ?? defaultType);
        if (!type) {
          if (!lines) typeOf(own, this.where(line, index)); // the first pass has stopped at it already
          const value = typeof own === 'string' ? own : own === undefined ? '' : JSON.stringify(own);
          const message =
            own === undefined ? 'the record has no type; give it a "type", or pass --type' : `unknown record type; use ${TYPE_CHOICES}`;
          batch.push(reject(line, value, written, { field: 'type', value: own ?? null, message }, repeated));
          return;
        }
        const source = sourceAt(line);
        batch.push(repeated ? { type, written, source, lines: keyLines, defaults, keyErrors: repeated } : { type, written, source, lines: keyLines, defaults });
      },
      badLine: (line, message, text) => {
        index++;
        batch.push(reject(line, '', {}, { field: '(line)', value: text, message }));
      },
    });
    let bytes = 0;
    for await (bytes of this.feed(scanner, source)) {
      if (batch.length) {
        yield { records: batch, bytes };
        batch = [];
      }
    }
    if (batch.length) yield { records: batch, bytes };
  }

  /** Scans the input, chunk by chunk (yielding the bytes read so far), to its end. */
  private async *feed(scanner: JsonScanner, source: CaseBytes): AsyncGenerator<number> {
    let bytes = 0;
    try {
      if (Symbol.asyncIterator in source) {
        for await (const chunk of source) {
          scanner.push(chunk);
          yield (bytes += chunk.length);
        }
      } else {
        try {
          for (;;) {
            const { buffer, offset } = scanner.room(READ_BYTES);
            const read = await source.read(buffer, offset, READ_BYTES);
            if (!read) break;
            scanner.pushed(read);
            yield (bytes += read);
          }
        } finally {
          await source.close();
        }
      }
      scanner.end();
    } catch (e) {
      throw this.failure(e);
    }
  }

  private failure(e: unknown): unknown {
    if (e instanceof NotACaseError) return notACase(this.file, e.found);
    if (e instanceof JsonScanError) {
      const where = e.col ? `${this.file}:${e.line}:${e.col}` : `${this.file}:${e.line}`;
      return new InputError(e.limit ? bilingual(`${where}: ${e.message}`, `${where}:${e.zh ?? e.message}`) : say('invalidJson', { where, why: e.message }));
    }
    return e;
  }

  /** A record's place, its place in the file too (said in the run's language). */
  private where(line: number, index: number): SourceRef {
    return { file: this.file, line, record: index };
  }

  private notMapping(s: JsonScanner, index: number): InputError {
    return new InputError(say('notMapping', { where: this.where(s.recordLine, index), found: cut(s.recordText().replace(/\s+/g, ' ')) }));
  }
}
