/**
 * The record being read by a JSON scanner: where it starts and ends, its line, and the keys of
 * its top level with their lines and where their values are; read by the scanner's handler
 * while the record is reported.
 */
import { JsonGrammar, type ValueKind } from './grammar.js';

export abstract class JsonRecords extends JsonGrammar {
  /** Whether a record is being read, and its start (an offset in the whole input), line and kind. */
  protected inRecord = false;
  protected recStart = 0;
  protected recEnd = 0;
  recordLine = 0;
  recordKind: ValueKind = 'mapping';
  /** Keys of the record's top level: count, then offsets in the whole input and lines. */
  keyCount = 0;
  /** Names of keys recently read, by a hash of their bytes (records repeat their keys). */
  private readonly names = new Map<number, { bytes: Buffer; name: string }>();
  private keyStarts = new Float64Array(32);
  private keyEnds = new Float64Array(32);
  private keyLines = new Float64Array(32);
  private keyEscaped = new Uint8Array(32);
  protected valueStarts = new Float64Array(32);
  protected valueEnds = new Float64Array(32);

  /** A key of the record's top level (the string from start to end), its value not yet read. */
  protected addKey(start: number, end: number): void {
    const n = this.keyCount++;
    if (n === this.keyStarts.length) this.growKeys();
    this.keyStarts[n] = this.base + start;
    this.keyEnds[n] = this.base + end;
    this.keyLines[n] = this.line;
    this.keyEscaped[n] = this.escaped ? 1 : 0;
    this.valueEnds[n] = this.valueStarts[n] = this.base + end;
  }

  // -- the record being reported (valid during ScanHandler.record) ---------------------------

  recordText(): string {
    return this.buf.toString('utf8', this.recStart - this.base, this.recEnd - this.base);
  }

  keyName(i: number): string {
    const start = this.keyStarts[i]! - this.base;
    const end = this.keyEnds[i]! - this.base;
    if (this.keyEscaped[i] === 1) return this.tokenText(start, end, true);
    // A key read before, found by a hash of its bytes.
    const buf = this.buf;
    const length = end - start - 2;
    const hash = (length * 31 + buf[start + 1]! * 7 + buf[end - 2]! * 131 + buf[start + 1 + (length >> 1)]! * 1031) | 0;
    const known = this.names.get(hash);
    if (known && known.bytes.length === length) {
      const bytes = known.bytes;
      let k = 0;
      while (k < length && bytes[k] === buf[start + 1 + k]) k++;
      if (k === length) return known.name;
    }
    const name = this.tokenText(start, end, false);
    if (this.names.size < 1024) this.names.set(hash, { bytes: Buffer.from(buf.subarray(start + 1, end - 1)), name });
    return name;
  }

  keyLine(i: number): number {
    return this.keyLines[i]!;
  }

  /** Whether every key of the record is on the record's first line. */
  keysOnRecordLine(): boolean {
    for (let i = 0; i < this.keyCount; i++) if (this.keyLines[i] !== this.recordLine) return false;
    return true;
  }

  /**
   * Keys given more than once in the record (JSON.parse keeps the last value): each later
   * occurrence, with its line and the JSON texts of the first value and of this one.
   */
  repeatedKeys(): { key: string; line: number; first: string; again: string }[] {
    const out: { key: string; line: number; first: string; again: string }[] = [];
    const names: string[] = [];
    for (let i = 0; i < this.keyCount; i++) {
      const name = this.keyName(i);
      const first = names.indexOf(name);
      if (first >= 0) out.push({ key: name, line: this.keyLines[i]!, first: this.valueText(first), again: this.valueText(i) });
      names.push(name);
    }
    return out;
  }

  /** The JSON text of key i's value. */
  valueText(i: number): string {
    return this.buf.toString('utf8', this.valueStarts[i]! - this.base, this.valueEnds[i]! - this.base);
  }

  private growKeys(): void {
    const grow = <T extends Float64Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2);
      b.set(a);
      return b;
    };
    this.keyStarts = grow(this.keyStarts);
    this.keyEnds = grow(this.keyEnds);
    this.keyLines = grow(this.keyLines);
    this.keyEscaped = grow(this.keyEscaped);
    this.valueStarts = grow(this.valueStarts);
    this.valueEnds = grow(this.valueEnds);
  }
}
