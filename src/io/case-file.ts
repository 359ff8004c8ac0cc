/**
 * Case files: JSON, NDJSON or YAML, either `{case_id, type, records: [...]}` or a list of
 * records that each carry `type` (NDJSON: one record a line). Every record keeps the line it
 * starts on, and each of its keys its own line.
 *
 * JSON and NDJSON stream (see json-scan.ts): a first pass checks the whole input and finds what
 * the records need from around them (the case's case_id and type, wherever they are written);
 * later passes read the records, a chunk at a time. YAML is read whole, up to YAML_MAX_BYTES.
 *
 * Objects built here hold every key as their own property (`__proto__` too), and no value a
 * message quotes is longer than a short excerpt.
 */
import { Composer, isAlias, isMap, isScalar, isSeq, LineCounter, Parser, type CST, type Document, type Node } from 'yaml';
import { InputError } from '../errors.js';
import { isTypeKey, RECORD_TYPES, recordTypeOf, type RecordType } from '../records/fields.js';
import type { FieldError } from '../records/record.js';
import { asText, cut, quoted } from '../core/excerpt.js';
import { FOUND, JsonScanError, JsonScanner, MAX_DEPTH, NotACaseError, TOO_DEEP } from './json-scan.js';
import { setOwn } from '../records/own-keys.js';
import type { WrittenRecord } from './written.js';

export type CaseFormat = 'json' | 'ndjson' | 'yaml';

/**
 * YAML is read whole, and its parser needs some 50 times the file's size (a run over one of
 * 8 MB peaks at about 530 MB): above this size a YAML input is refused, so that a run stays
 * well within 1 GB (JSON, NDJSON and CSV stream, at any size).
 */
export const YAML_MAX_BYTES = 8 << 20;
/**
 * The most values a YAML input may hold, counted cheaply before it is parsed (its line breaks,
 * commas and colons): some 1.5 KB of memory each once read, so that a YAML input stays well under
 * 1 GB however short its values (8 MB of `[1,1,…]` would take some 4 GB).
 */
export const YAML_MAX_VALUES = 300_000;

/** About how many values a YAML text holds: its line breaks, commas and colons (at least as many). */
function roughValues(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 44 || c === 58) n++;
  }
  return n;
}

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

/** A file read straight into the scanner's buffer (no chunk to copy), and closed at the end. */
export interface FileBytes {
  read(into: Uint8Array, offset: number, length: number): Promise<number>;
  close(): Promise<void>;
}

/** An input's bytes: chunks as they come (standard input), or a file. */
export type CaseBytes = AsyncIterable<Uint8Array> | FileBytes;

const READ_BYTES = 1 << 20;

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

const empty = (v: unknown) => v === undefined || v === null || v === '';

function typeOf(value: unknown, where: string): RecordType {
  const type = recordTypeOf(value);
  if (!type) {
    throw new InputError(
      `${where}: ${value === undefined ? 'the record has no type' : `unknown record type ${quoted(value)}`}; ` +
        `use one of ${RECORD_TYPES.join(', ')} (in the record's "type", the case file's "type", or --type)`,
    );
  }
  return type;
}

function notACase(file: string, found: string): InputError {
  return new InputError(
    `${file}: expected a case {case_id, type, records: [...]} or a list of records each with a type; found ${found}${
      file === '<stdin>' ? '; for CSV on standard input, pass --input-format csv' : ''
    }`,
  );
}

/** A case_id as records take it: text, or a number written as text. */
const caseIdOf = (value: unknown): string | undefined => (value === undefined || value === null ? undefined : asText(value));

/**
 * Gathers a summary's keys: each (type, key) once, in order. The type may be `null` until known
 * (a case's type comes at its end): see resolve.
 */
class KeyList {
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

// ---------------------------------------------------------------------------------------------
// JSON and NDJSON

/** The type a scanned record gives itself: the first type key with a value (undefined: none). */
function ownType(s: JsonScanner): unknown {
  for (let i = 0; i < s.keyCount; i++) {
    if (!isTypeKeyCached(s.keyName(i))) continue;
    const value: unknown = JSON.parse(s.valueText(i));
    if (!empty(value)) return value;
  }
  return undefined;
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
    let caseType: unknown;
    let caseTypeLine = 0;
    let caseId: unknown;
    /** The first record without a type of its own (its type is the case's, which may come last). */
    let untyped: { line: number; index: number } | undefined;
    const scanner = new JsonScanner(lines ? 'lines' : 'document', {
      record: (s) => {
        const index = ++summary.records;
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
      },
      caseValue: (key, value, line) => {
        if (key === 'type') [caseType, caseTypeLine] = [value, line];
        else caseId = value;
      },
      badLine: () => {
        summary.records++;
      },
    });
    for await (const _ of this.feed(scanner, source));
    if (caseType !== undefined) summary.caseType = typeOf(caseType, `${file}:${caseTypeLine}`);
    const id = caseIdOf(caseId);
    if (id !== undefined) summary.caseId = id;
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
    const defaults = summary?.caseId !== undefined ? { case_id: summary.caseId } : {};
    let batch: CaseRecord[] = [];
    let index = 0;
    const reject = (line: number, writtenType: string, written: Record<string, unknown>, error: Omit<FieldError, 'line'>): RejectedRecord => ({
      type: defaultType ?? 'placement',
      writtenType,
      written,
      source: { file, line },
      errors: [{ ...error, line }],
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
        // Each key's line, when not all are on the record's (an error names the record's line then).
        let keyLines: Record<string, number> | undefined;
        if (!s.keysOnRecordLine()) {
          keyLines = {};
          for (let i = 0; i < s.keyCount; i++) setOwn(keyLines, s.keyName(i), s.keyLine(i));
        }
        const own = ownType(s);
        const type = own !== undefined ? recordTypeOf(own) : lines ? defaultType : (caseType ?? defaultType);
        if (!type) {
          if (!lines) typeOf(own, this.where(line, index)); // the first pass has stopped at it already
          const value = typeof own === 'string' ? own : own === undefined ? '' : JSON.stringify(own);
          const message =
            own === undefined ? 'the record has no type; give it a "type", or pass --type' : `unknown record type; use ${RECORD_TYPES.join(', ')} (or 送工, 吸纳就业, 创业)`;
          batch.push(reject(line, value, written, { field: 'type', value: own ?? null, message }));
          return;
        }
        batch.push({ type, written, source: { file, line }, lines: keyLines, defaults });
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
      return new InputError(e.limit ? `${where}: ${e.message}` : `${where}: invalid JSON: ${e.message}; fix the file or check it with a JSON validator`);
    }
    return e;
  }

  private where(line: number, index: number): string {
    return `${this.file}:${line} (record ${index})`;
  }

  private notMapping(s: JsonScanner, index: number): InputError {
    return new InputError(`${this.where(s.recordLine, index)}: a record is a mapping of field: value; found ${cut(s.recordText())}`);
  }
}

// ---------------------------------------------------------------------------------------------
// YAML

/**
 * What a YAML value was written as, where YAML reads digits as a number that loses some of
 * them: leading zeros (a case_id 00123), or more digits than a number holds exactly (an ID
 * number left unquoted). Other values as YAML reads them.
 */
function asWritten(node: Node, value: unknown): unknown {
  if (typeof value !== 'number' || !isScalar(node) || typeof node.source !== 'string') return value;
  return /^[0-9]+$/.test(node.source) && node.source !== String(value) ? node.source : value;
}

/** The deepest nesting of collections in a YAML syntax tree, and where it passes `limit`. */
function tooDeep(tokens: readonly CST.Token[], limit: number): number | undefined {
  const stack: [CST.Token, number][] = tokens.map((t) => [t, 0]);
  while (stack.length) {
    const [token, depth] = stack.pop()!;
    if (token.type === 'document') {
      if (token.value) stack.push([token.value, depth]);
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth + 1 > limit) return token.offset;
      for (const item of token.items) {
        if (item.key) stack.push([item.key, depth + 1]);
        if (item.value) stack.push([item.value, depth + 1]);
      }
    }
  }
  return undefined;
}

/** What a value read from YAML is, in the words of FOUND. */
function kindOf(value: unknown): string {
  if (Array.isArray(value)) return FOUND.list;
  if (ArrayBuffer.isView(value)) return 'binary data';
  if (typeof value === 'string') return FOUND.text;
  if (typeof value === 'number') return FOUND.number;
  if (typeof value === 'boolean') return value ? FOUND.true : FOUND.false;
  return typeof value === 'object' && value !== null ? FOUND.mapping : typeof value;
}

/**
 * Reads a YAML case file whole. Aliases are resolved here, not by the yaml package: an alias
 * that holds itself, or aliases that expand past a bound (a "billion laughs"), are refused.
 */
export function readYamlCase(text: string, file: string, defaultType?: RecordType): { records: WrittenRecord[]; summary: CaseSummary } {
  const counter = new LineCounter();
  const at = (offset: number) => {
    const pos = counter.linePos(offset);
    return `${file}:${pos.line}:${pos.col}`;
  };
  if (roughValues(text) > YAML_MAX_VALUES) {
    throw new InputError(`${file}: YAML of over ${YAML_MAX_VALUES.toLocaleString('en-US')} values (lines, commas, colons); YAML is read whole, so large inputs must be JSON, NDJSON or CSV, which stream`);
  }
  const tokens = Array.from(new Parser(counter.addNewLine).parse(text));
  const deep = tooDeep(tokens, MAX_DEPTH);
  if (deep !== undefined) throw new InputError(`${at(deep)}: ${TOO_DEEP}`);
  const docs = Array.from(new Composer({ uniqueKeys: true }).compose(tokens, true, text.length));
  const doc = docs[0]!;
  const error = doc.errors[0];
  if (error) {
    const message = error.message.split('\n')[0]!;
    throw new InputError(`${at(error.pos[0])}: invalid YAML: ${message.length > 120 ? `${message.slice(0, 120)}…` : message}; fix the file's indentation or quoting there`);
  }
  if (docs.length > 1) throw new InputError(`${at(docs[1]!.range[0])}: a second YAML document (after ---); a case file is one document`);

  const lineOf = (node: Node | null | undefined): number | undefined => (node?.range ? counter.linePos(node.range[0]).line : undefined);
  const values = new YamlValues(doc, at);

  let items: Node[];
  let caseType: RecordType | undefined;
  let caseId: string | undefined;
  const contents = values.resolve(doc.contents);
  const recordsNode = isMap(contents) ? values.resolve(contents.get('records', true) as Node | undefined) : undefined;
  if (isSeq(contents)) {
    items = contents.items as Node[];
  } else if (isMap(contents) && isSeq(recordsNode)) {
    items = recordsNode.items as Node[];
    const typeNode = contents.get('type', true) as Node | undefined;
    const type = typeNode === undefined ? undefined : values.of(typeNode);
    if (type !== undefined) caseType = typeOf(type, `${file}:${lineOf(typeNode)}`);
    const idNode = contents.get('case_id', true) as Node | undefined;
    caseId = idNode === undefined ? undefined : caseIdOf(values.of(idNode));
  } else {
    const value = contents === null || contents === undefined ? null : values.of(contents);
    throw notACase(file, value === null || value === undefined ? 'nothing' : isMap(contents) ? 'a mapping without records' : kindOf(value));
  }

  const summary: CaseSummary = { records: items.length, types: new Set(), keys: [], ...(caseId !== undefined ? { caseId } : {}), ...(caseType ? { caseType } : {}) };
  const keyList = new KeyList();
  const records = items.map((item, i): WrittenRecord => {
    const line = lineOf(item);
    const where = `${file}${line ? `:${line}` : ''} (record ${i + 1})`;
    const node = values.resolve(item);
    const written = values.of(item);
    if (!isMap(node) || written === null || typeof written !== 'object' || Array.isArray(written)) {
      throw new InputError(`${where}: a record is a mapping of field: value; found ${quoted(written)}`);
    }
    const fields = written as Record<string, unknown>;
    const lines: Record<string, number> = {};
    for (const pair of node.items) {
      const keyLine = lineOf(pair.key as Node);
      if (keyLine !== undefined) setOwn(lines, values.keyOf(pair.key as Node), keyLine);
    }
    const own = Object.entries(fields).find(([k, v]) => isTypeKey(k) && !empty(v))?.[1];
    const type = typeOf(own ?? caseType ?? defaultType, where);
    summary.types.add(type);
    for (const key of Object.keys(fields)) keyList.add(type, key);
    return {
      type,
      written: fields,
      source: line ? { file, line } : { file },
      lines,
      defaults: caseId !== undefined ? { case_id: caseId } : {},
    };
  });
  summary.keys = keyList.resolve(undefined);
  return { records, summary };
}

/**
 * Values of a YAML document's nodes, as JavaScript: every mapping an object of its own keys
 * (`__proto__` too), digits read as written (asWritten), aliases resolved with bounds.
 */
class YamlValues {
  /** The node each alias stands for: the last anchor of its name before it. */
  private readonly targets = new Map<Node, Node>();
  /** Values that aliases may add, beyond those written (a bound against "billion laughs"). */
  private budget: number;
  private readonly active = new Set<Node>();

  constructor(
    doc: Document.Parsed,
    private readonly at: (offset: number) => string,
  ) {
    const anchors = new Map<string, Node>();
    let nodes = 0;
    // Document order, without recursion: an alias refers to the last anchor of its name before it.
    const stack: unknown[] = [doc.contents];
    while (stack.length) {
      const node = stack.pop();
      if (!node || typeof node !== 'object') continue;
      nodes++;
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target) this.targets.set(node, target);
        continue;
      }
      const anchor = (node as { anchor?: string }).anchor;
      if (anchor) anchors.set(anchor, node as Node);
      if (isMap(node)) {
        for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]!.value, node.items[i]!.key);
      } else if (isSeq(node)) {
        for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
      }
    }
    this.budget = Math.max(10_000, nodes);
  }

  /** The node itself, or the one an alias stands for. */
  resolve(node: Node | null | undefined): Node | null | undefined {
    return node && isAlias(node) ? this.targets.get(node) : node;
  }

  /** A key as an object's property name: a scalar's text (a null key: ''). */
  keyOf(node: Node | null): string {
    const key = this.resolve(node);
    if (key === null || key === undefined) return '';
    if (!isScalar(key)) throw new InputError(`${this.at(node!.range?.[0] ?? 0)}: a key that is a list or mapping; a key is a field name`);
    const value = asWritten(key, key.value);
    return value === null || value === undefined ? '' : String(value);
  }

  /** The value of a node; `aliased`: inside an alias's value, where every value counts against the budget. */
  of(node: Node, depth = 0, aliased = false): unknown {
    let target = node;
    if (isAlias(node)) {
      aliased = true;
      const resolved = this.targets.get(node);
      if (!resolved) throw new InputError(`${this.at(node.range?.[0] ?? 0)}: the alias *${node.source} has no anchor &${node.source} before it`);
      if (this.active.has(resolved)) throw new InputError(`${this.at(node.range?.[0] ?? 0)}: the alias *${node.source} is inside the value it stands for (a loop); write the value out`);
      target = resolved;
    }
    if (depth > MAX_DEPTH) throw new InputError(`${this.at(node.range?.[0] ?? 0)}: aliases nest values more than ${MAX_DEPTH} deep; write the values out`);
    if (aliased && --this.budget < 0) throw this.expansion(node);
    if (isScalar(target)) return asWritten(target, target.value);
    this.active.add(target);
    try {
      if (isSeq(target)) {
        const list: unknown[] = [];
        for (const item of target.items) list.push(this.of(item as Node, depth + 1, aliased));
        return list;
      }
      if (isMap(target)) {
        const map: Record<string, unknown> = {};
        for (const pair of target.items) setOwn(map, this.keyOf(pair.key as Node), pair.value === null ? null : this.of(pair.value as Node, depth + 1, aliased));
        return map;
      }
      return null;
    } finally {
      this.active.delete(target);
    }
  }

  private expansion(node: Node): InputError {
    return new InputError(`${this.at(node.range?.[0] ?? 0)}: aliases expand to too many values (a "billion laughs"?); write the values out`);
  }
}
