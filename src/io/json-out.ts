/**
 * JSON written through one interface, so that each shape of the output contract
 * (src/io/present.ts) is written once and comes out either as plain objects (ObjectOut: the
 * library) or as UTF-8 bytes (BytesOut: JSON and NDJSON output). The bytes are
 * exactly what JSON.stringify writes of the objects, compact or indented by two spaces
 * (tests/json-out.test.ts holds them to it). Writing bytes straight saves building each record's
 * objects, stringifying them and encoding the text; text that is the same in every record (a
 * program's citation) is encoded once, and a CSV row's cells are copied as the bytes they are.
 */
import { setOwn } from '../core/own-keys.js';
import type { OutBuffer } from './out-buffer.js';

/** A member's name, with its bytes as BytesOut writes it: compact (first, and after a comma), and indented (see jsonKey). */
export interface JsonKey {
  readonly name: string;
  readonly compact: Uint8Array;
  readonly compactNext: Uint8Array;
  readonly indented: Uint8Array;
}

const keysMade = new Map<string, JsonKey>();

/** The key of a name: made once, so that writing it is copying its bytes. */
export function jsonKey(name: string): JsonKey {
  let key = keysMade.get(name);
  if (key === undefined) {
    const quoted = JSON.stringify(name);
    keysMade.set(name, (key = { name, compact: Buffer.from(`${quoted}:`), compactNext: Buffer.from(`,${quoted}:`), indented: Buffer.from(`${quoted}: `) }));
  }
  return key;
}

/** The keys of these names, by name. */
export function jsonKeys<const N extends string>(names: readonly N[]): Record<N, JsonKey> {
  return Object.fromEntries(names.map((n) => [n, jsonKey(n)])) as Record<N, JsonKey>;
}

export interface JsonOut {
  /** An object: `open()`, then `key(k)` and its value for each member, then `close()`. */
  open(): void;
  close(): void;
  /** A list: `openList()`, its values, `closeList()`. */
  openList(): void;
  closeList(): void;
  key(k: JsonKey): void;
  string(s: string): void;
  /**
   * A string of a closed set that recurs (a program, a status, a condition): its bytes are kept
   * for as long as the writer, so never a value from the input.
   */
  name(s: string): void;
  /** A number, or null. */
  number(n: number | null): void;
  /**
   * Any JSON data, written as JSON.stringify writes it (small or rare parts: a source, errors);
   * never undefined (a member without a value is left out, key and all).
   */
  value(v: unknown): void;
  /** Data that is the very same object on every record (a citation): its bytes are kept. */
  constant(v: object): void;
  /** A string that is the UTF-8 bytes `from[start, end)` (a CSV row's cell). */
  cell(from: Buffer, start: number, end: number): void;
}

/** Builds the plain objects (and lists) written. */
export class ObjectOut implements JsonOut {
  private readonly stack: (Record<string, unknown> | unknown[])[] = [];
  private pending = '';
  private top: unknown;

  private put(v: unknown): void {
    const into = this.stack[this.stack.length - 1];
    if (into === undefined) this.top = v;
    else if (Array.isArray(into)) into.push(v);
    else setOwn(into, this.pending, v);
  }

  open(): void {
    const o = {};
    this.put(o);
    this.stack.push(o);
  }

  close(): void {
    this.stack.pop();
  }

  openList(): void {
    const list: unknown[] = [];
    this.put(list);
    this.stack.push(list);
  }

  closeList(): void {
    this.stack.pop();
  }

  key(k: JsonKey): void {
    this.pending = k.name;
  }

  string(s: string): void {
    this.put(s);
  }

  name(s: string): void {
    this.put(s);
  }

  number(n: number | null): void {
    this.put(n);
  }

  value(v: unknown): void {
    this.put(v);
  }

  /** A copy: a caller may change what it is given. */
  constant(v: object): void {
    this.put({ ...v });
  }

  cell(from: Buffer, start: number, end: number): void {
    this.put(from.toString('utf8', start, end));
  }

  /** What was written (the first value). */
  result<T>(): T {
    return this.top as T;
  }
}

const OBJECT = 0;
const LIST = 1;
const MAX_DEPTH = 32;
const COMMA = 0x2c;
/** A string that JSON.stringify writes as it is, between quotes. */
const PLAIN = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

/**
 * Writes JSON as UTF-8 into an OutBuffer (given to `begin` before each value). Indented, each
 * line after the first begins with `margin` (the JSON document's records are indented within it).
 */
export class BytesOut implements JsonOut {
  private out: OutBuffer | undefined;
  private depth = 0;
  private readonly kinds = new Uint8Array(MAX_DEPTH);
  /** How many values each open container holds so far. */
  private readonly counts = new Uint32Array(MAX_DEPTH);
  private readonly names = new Map<string, Uint8Array>();
  private readonly constants = new Map<object, Uint8Array[]>();
  /** Indented: the line break and indent of each depth. */
  private readonly breaks: Uint8Array[] = [];
  private readonly indented: boolean;

  constructor(
    indent = false,
    private readonly margin = '',
  ) {
    this.indented = indent;
    if (indent) for (let d = 0; d < MAX_DEPTH; d++) this.breaks.push(Buffer.from(`\n${margin}${'  '.repeat(d)}`));
  }

  /** Writes the next value into `out`, from the top (whatever a value cut short by an error left). */
  begin(out: OutBuffer): void {
    this.out = out;
    this.depth = 0;
  }

  private get o(): OutBuffer {
    return this.out!;
  }

  /** Before a value: in a list, the comma and line break that come before it. */
  private item(): void {
    const d = this.depth;
    if (d === 0 || this.kinds[d] === OBJECT) return;
    if (this.counts[d]!++ > 0) this.byte(COMMA);
    if (this.indented) this.o.bytes(this.breaks[d]!);
  }

  private byte(b: number): void {
    this.o.byte(b);
  }

  private enter(kind: number, bracket: number): void {
    this.item();
    this.byte(bracket);
    if (++this.depth >= MAX_DEPTH) throw new Error('JSON nested too deep');
    this.kinds[this.depth] = kind;
    this.counts[this.depth] = 0;
  }

  private leave(bracket: number): void {
    const any = this.counts[this.depth]! > 0;
    this.depth--;
    if (any && this.indented) this.o.bytes(this.breaks[this.depth]!);
    this.byte(bracket);
  }

  open(): void {
    this.enter(OBJECT, 0x7b);
  }

  close(): void {
    this.leave(0x7d);
  }

  openList(): void {
    this.enter(LIST, 0x5b);
  }

  closeList(): void {
    this.leave(0x5d);
  }

  key(k: JsonKey): void {
    const d = this.depth;
    const next = this.counts[d]!++ > 0;
    if (!this.indented) return this.o.bytes(next ? k.compactNext : k.compact);
    if (next) this.byte(COMMA);
    this.o.bytes(this.breaks[d]!);
    this.o.bytes(k.indented);
  }

  string(s: string): void {
    this.item();
    this.quoted(s);
  }

  name(s: string): void {
    this.item();
    let bytes = this.names.get(s);
    if (bytes === undefined) this.names.set(s, (bytes = Buffer.from(JSON.stringify(s))));
    this.o.bytes(bytes);
  }

  private quoted(s: string): void {
    if (!PLAIN.test(s)) return this.o.text(JSON.stringify(s));
    this.byte(0x22);
    this.o.text(s);
    this.byte(0x22);
  }

  number(n: number | null): void {
    this.item();
    this.o.ascii(n === null || !Number.isFinite(n) ? 'null' : String(n));
  }

  value(v: unknown): void {
    this.item();
    if (v === null) return this.o.ascii('null');
    if (typeof v === 'string') return this.quoted(v);
    if (Array.isArray(v) && v.length === 0) return this.o.ascii('[]');
    this.o.text(this.stringify(v));
  }

  private stringify(v: unknown): string {
    const json = JSON.stringify(v, null, this.indented ? 2 : undefined) ?? 'null';
    return this.indented ? json.replace(/\n/g, `\n${this.margin}${'  '.repeat(this.depth)}`) : json;
  }

  constant(v: object): void {
    this.item();
    let byDepth = this.constants.get(v);
    if (byDepth === undefined) this.constants.set(v, (byDepth = []));
    const d = this.indented ? this.depth : 0;
    let bytes = byDepth[d];
    if (bytes === undefined) bytes = byDepth[d] = Buffer.from(this.stringify(v));
    this.o.bytes(bytes);
  }

  cell(from: Buffer, start: number, end: number): void {
    this.item();
    const o = this.o;
    const at = o.size;
    this.byte(0x22);
    if (o.jsonPlain(from, start, end)) return this.byte(0x22);
    o.take(at);
    o.text(JSON.stringify(from.toString('utf8', start, end)));
  }
}
