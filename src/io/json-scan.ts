/**
 * A streaming JSON scanner for case files: UTF-8 comes in chunks cut anywhere (inside a
 * character, a string, an escape, a number), and the records come out as they end — each as
 * its text (for JSON.parse), its line, and the keys of its top level with their lines and
 * values' texts. Memory is one chunk and the record being read, whatever the size of the file.
 *
 * It scans bytes: every byte of JSON's syntax is ASCII, and no byte of a character beyond ASCII
 * is. Text is decoded only where it is read (a record, a key), as decoding costs more than
 * scanning: a first pass over a file decodes almost nothing.
 *
 * Two shapes of input:
 * - `document`: one JSON value, a list of records `[...]` or a case `{..., "records": [...]}`,
 *   whose other keys (case_id, type) are reported as they end, before or after the records.
 * - `lines` (NDJSON): one value a line; a line that is not JSON is reported as a bad line and
 *   reading goes on at the next.
 *
 * The scanner checks the grammar of RFC 8259 as JSON.parse does, so that JSON.parse of a
 * record's text cannot fail; a syntax error says where, with line and column. It never
 * recurses: nesting is counted, and refused past MAX_DEPTH.
 */
import { cut, excerpt } from '../core/excerpt.js';
import { isUtf8 } from 'node:buffer';
import { firstNotUtf8, lineFeeds, NOT_UTF8, wholeUtf8 } from './utf8.js';


/** How deep values may nest, counting the list or case around the records. */
export const MAX_DEPTH = 32;
/** The longest a record (or an NDJSON line, or any one value outside the records) may be, in bytes. */
export const MAX_RECORD_CHARS = 16 << 20;

/** A syntax error at a line and column (in characters, from 1; 0: the line only). */
export class JsonScanError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly col: number,
    /** Valid JSON, but past a bound of this reader (nesting, length). */
    readonly limit = false,
  ) {
    super(message);
  }
}

/** A document that is JSON but neither a list of records nor a case; `found` says what it is. */
export class NotACaseError extends Error {
  constructor(readonly found: string) {
    super(`found ${found}`);
  }
}

export type ValueKind = 'mapping' | 'list' | 'text' | 'number' | 'true' | 'false' | 'null';

export interface ScanHandler {
  /** A record has ended: read it from the scanner (recordText, keyName, ...) before returning. */
  record(s: JsonScanner): void;
  /** NDJSON: a line that is not one JSON value (or past a limit); `start` is the start of the line (see cut). */
  badLine?(line: number, message: string, start: string): void;
  /** A case's `case_id` or `type` (the last one given wins, as in JSON.parse). */
  caseValue?(key: string, value: unknown, line: number): void;
}

const OBJECT = 1;
const ARRAY = 2;

// What the next token may be.
const VALUE = 0;
const VALUE_OR_CLOSE = 1; // after [
const KEY = 2; // after a comma in a mapping
const KEY_OR_CLOSE = 3; // after {
const COLON = 4;
const COMMA_OR_CLOSE = 5;
const END = 6; // after the top value (document), or after a line's value (lines)

const NEED_MORE = -1;
/** How much of a bad line's text is kept for its report, in bytes. */
const EXCERPT = 200;
/** How much text one call of scan() goes through, about. */
const SLICE = 1 << 16;
/** Keys of a case whose values are reported (caseValue). */
const CASE_KEYS = new Set(['case_id', 'type']);

const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

export class JsonScanner {
  /**
   * The bytes read and not yet let go (the record being read starts in them): the first `valid`
   * bytes of `store`, checked whole characters; after them, up to `stored`, a character cut short
   * at the end of the last chunk, waiting for the rest.
   */
  private buf: Buffer = Buffer.alloc(0);
  private store: Buffer = Buffer.alloc(0);
  private valid = 0;
  private stored = 0;
  /** Where scanning goes on in buf. */
  private pos = 0;
  /** The offset in the whole input of buf[0]. */
  private base = 0;
  private line = 1;
  /** Offset in the whole input where the current line starts (for columns). */
  private lineStart = 0;
  private ended = false;
  private expect = VALUE;
  private depth = 0;
  private readonly kinds = new Uint8Array(MAX_DEPTH + 2);
  private readonly openLines = new Float64Array(MAX_DEPTH + 2);
  /** The depth at which values are records: 0 for lines, 1 in a list, 2 in a case's records; -1: none. */
  private recordsDepth: number;
  private readonly lines: boolean;
  /** Document: whether the top value is a case (a mapping). */
  private isCase = false;
  /** Whether a case has had its records list. */
  private sawRecords = false;
  /** The case key whose value is being read (at depth 1), and where its value starts (-1: not kept). */
  private caseKey: string | undefined;
  private caseValueStart = -1;
  private caseValueLine = 0;
  /** Lines: skip to the end of the line (after a bad line). */
  private skipping = false;
  /** Lines: a bad line reported once its end comes, with the start of its text (up to EXCERPT bytes). */
  private badLine: { line: number; message: string; start: Buffer } | undefined;
  /** Whether a record is being read, and its start (an offset in the whole input), line and kind. */
  private inRecord = false;
  private recStart = 0;
  private recEnd = 0;
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
  private valueStarts = new Float64Array(32);
  private valueEnds = new Float64Array(32);
  /** Whether the last string scanned had an escape. */
  private escaped = false;
  /** A string cut short by the end of the text so far: its start, where its scan stopped, whether it had an escape (offsets in the whole input). */
  private partialString = -1;
  private partialAt = 0;
  private partialEscaped = false;

  constructor(
    mode: 'document' | 'lines',
    private readonly handler: ScanHandler,
  ) {
    this.lines = mode === 'lines';
    this.recordsDepth = this.lines ? 0 : -1;
  }

  /** Scans a chunk of UTF-8; records that end in it are reported before it returns. */
  push(chunk: Uint8Array): void {
    const { buffer, offset } = this.room(chunk.length);
    buffer.set(chunk, offset);
    this.pushed(chunk.length);
  }

  /**
   * Where to put up to `size` more bytes (then call pushed): after the bytes still needed, which
   * are moved to the start of the buffer. A file is read straight into it.
   */
  room(size: number): { buffer: Buffer; offset: number } {
    let keep = this.pos;
    if (this.inRecord) keep = Math.min(keep, this.recStart - this.base);
    if (this.caseValueStart >= 0) keep = Math.min(keep, this.caseValueStart - this.base);
    if (keep > 0) {
      this.store.copyWithin(0, keep, this.stored);
      this.stored -= keep;
      this.valid -= keep;
      this.pos -= keep;
      this.base += keep;
    }
    if (this.stored + size > this.store.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.store.length * 2, this.stored + size, 1 << 16));
      this.store.copy(bigger, 0, 0, this.stored);
      this.store = bigger;
    }
    this.buf = this.store.subarray(0, this.valid);
    return { buffer: this.store, offset: this.stored };
  }

  /** `count` bytes have been put where room() said: scans them; records that end in them are reported. */
  pushed(count: number): void {
    this.stored += count;
    // Checked whole characters only: one cut at the chunk's end waits for the next.
    const fresh = this.store.subarray(this.valid, this.stored);
    const bytes = fresh.subarray(0, wholeUtf8(fresh));
    if (!isUtf8(bytes)) throw new JsonScanError(NOT_UTF8, this.line + lineFeeds(bytes, firstNotUtf8(bytes)), 0, true);
    this.valid += bytes.length;
    this.buf = this.store.subarray(0, this.valid);
    if (this.base === 0 && this.pos === 0 && this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf) {
      // A byte order mark: not part of the JSON.
      this.pos = 3;
      this.lineStart = 3;
    }
    this.run();
    this.checkLength();
  }

  /** The input has ended: reports the last record, or what is left open. */
  end(): void {
    if (this.stored > this.valid) throw new JsonScanError(NOT_UTF8, this.line, 0, true);
    this.ended = true;
    this.run();
    if (this.lines) {
      if (!this.skipping && (this.depth > 0 || (this.expect !== VALUE && this.expect !== END))) {
        this.bad(this.recordLine, `not JSON: the line ends inside ${this.innermost()}`);
      } else if (!this.skipping && this.expect === END) {
        this.emit();
      }
      if (this.skipping) {
        this.skipLine(this.pos);
        this.reportBad();
      }
      return;
    }
    if (this.expect === END) {
      if (this.isCase && !this.sawRecords) throw new NotACaseError('a mapping without records');
      return;
    }
    if (this.depth === 0) throw new NotACaseError('nothing');
    throw this.error(this.buf.length, `the file ends inside ${this.innermost()}: close it, or check that the file is complete`);
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

  /** The JSON text of key i's value. */
  valueText(i: number): string {
    return this.buf.toString('utf8', this.valueStarts[i]! - this.base, this.valueEnds[i]! - this.base);
  }

  // -- scanning --------------------------------------------------------------------------------

  private run(): void {
    for (;;) {
      try {
        // A slice at a time: V8 optimizes a function called often better than one long loop.
        while (this.scan(Math.min(this.buf.length, this.pos + SLICE)));
        return;
      } catch (e) {
        if (!(e instanceof JsonScanError) || !this.lines) throw e;
        this.bad(e.line, `${e.limit ? '' : 'not JSON: '}${e.message}${e.col ? ` (column ${e.col})` : ''}`);
      }
    }
  }

  /** Lines: the current line is bad: skips the rest of it, and reports it when it ends. */
  private bad(line: number, message: string): void {
    const start = this.inRecord ? this.recStart - this.base : this.pos;
    this.badLine = { line, message, start: Buffer.alloc(0) };
    this.inRecord = false;
    this.depth = 0;
    this.expect = VALUE;
    this.skipping = true;
    this.pos = start;
  }

  /** Lines: skips a bad line from pos, keeping the start of its text; its end (reported), or -1 when not yet come. */
  private skipLine(pos: number): number {
    const buf = this.buf;
    const nl = buf.indexOf(10, pos);
    const end = nl < 0 ? buf.length : nl;
    const bad = this.badLine;
    if (bad && bad.start.length < EXCERPT) bad.start = Buffer.concat([bad.start, buf.subarray(pos, Math.min(end, pos + EXCERPT - bad.start.length))]);
    if (nl < 0) return -1;
    this.skipping = false;
    this.reportBad();
    return nl;
  }

  private reportBad(): void {
    const bad = this.badLine;
    if (!bad) return;
    this.badLine = undefined;
    this.handler.badLine?.(bad.line, bad.message, cut(bad.start.toString('utf8').replace(/\uFFFD$/, '').replace(/\r$/, '')));
  }

  /** Scans tokens until `stop` (true: more text to scan), or as far as the text goes (false). */
  private scan(stop: number): boolean {
    const buf = this.buf;
    const len = buf.length;
    let pos = this.pos;
    try {
      for (;;) {
        if (pos >= stop && pos < len) return true;
        if (this.skipping) {
          const nl = this.skipLine(pos);
          if (nl < 0) {
            pos = len;
            return false;
          }
          pos = nl;
        }
        // White space, and line ends.
        let c = 0;
        while (pos < len) {
          c = buf[pos]!;
          if (c === 32 || c === 9 || c === 13) {
            pos++;
          } else if (c === 10) {
            if (this.lines) this.lineEnd(pos);
            pos++;
            this.line++;
            this.lineStart = this.base + pos;
          } else {
            break;
          }
        }
        if (pos >= len) return false;
        const expect = this.expect;
        if (expect === COMMA_OR_CLOSE) {
          const kind = this.kinds[this.depth];
          if (c === 44) {
            this.expect = kind === OBJECT ? KEY : VALUE;
            pos++;
          } else if ((c === 93 && kind === ARRAY) || (c === 125 && kind === OBJECT)) {
            pos++;
            this.close(pos);
          } else {
            this.unexpected(pos, kind === OBJECT ? 'a comma or } after a value in a mapping' : 'a comma or ] after a value in a list');
          }
        } else if (expect === KEY || expect === KEY_OR_CLOSE) {
          if (c === 34) {
            const end = this.scanString(pos);
            if (end === NEED_MORE) return false;
            this.key(pos, end);
            this.expect = COLON;
            pos = end;
          } else if (c === 125 && expect === KEY_OR_CLOSE) {
            pos++;
            this.close(pos);
          } else if (c === 125) {
            throw this.error(pos, 'a } after a comma: remove the comma after the last value');
          } else {
            this.unexpected(pos, 'a key in double quotes');
          }
        } else if (expect === COLON) {
          if (c !== 58) this.unexpected(pos, 'a colon after the key');
          this.expect = VALUE;
          pos++;
        } else if (expect === END) {
          if (this.lines) this.unexpected(pos, 'the end of the line after the record (NDJSON: one record a line)');
          const hint = c === 123 || c === 91 ? '; for NDJSON (one record a line) name the file .ndjson or pass --input-format ndjson' : '';
          throw this.error(pos, `${excerpt(this.text(pos, 1))} after the end of the JSON value${hint}`);
        } else if (c === 93 && expect === VALUE_OR_CLOSE) {
          pos++;
          this.close(pos);
        } else if (c === 123 || c === 91) {
          this.open(c === 123 ? OBJECT : ARRAY, pos);
          pos++;
        } else {
          // A scalar value.
          let end: number;
          let kind: ValueKind;
          if (c === 34) {
            end = this.scanString(pos);
            kind = 'text';
          } else if (c === 45 || isDigit(c)) {
            end = this.scanNumber(pos);
            kind = 'number';
          } else if (c === 116) {
            end = this.scanWord(pos, 'true');
            kind = 'true';
          } else if (c === 102) {
            end = this.scanWord(pos, 'false');
            kind = 'false';
          } else if (c === 110) {
            end = this.scanWord(pos, 'null');
            kind = 'null';
          } else if (c === 93) {
            throw this.error(pos, 'a ] after a comma: remove the comma after the last value');
          } else {
            this.unexpected(pos, 'a value');
          }
          if (end === NEED_MORE) return false;
          this.scalar(kind, pos, end);
          pos = end;
        }
      }
    } finally {
      this.pos = pos;
    }
  }

  /** Lines: a line ends (pos is at its \n). */
  private lineEnd(pos: number): void {
    if (this.expect === END) {
      this.emit();
      this.expect = VALUE;
    } else if (this.depth > 0 || this.expect !== VALUE) {
      throw this.error(pos, `the line ends inside ${this.innermost()}; NDJSON has one record a line`);
    }
  }

  private open(kind: number, pos: number): void {
    this.valueStart(kind === OBJECT ? 'mapping' : 'list', pos);
    if (this.depth === MAX_DEPTH) throw new JsonScanError(TOO_DEEP, ...this.at(pos), true);
    this.depth++;
    this.kinds[this.depth] = kind;
    this.openLines[this.depth] = this.line;
    if (!this.lines && this.depth === 1) {
      this.isCase = kind === OBJECT;
      if (!this.isCase) this.recordsDepth = 1;
    } else if (this.isCase && this.depth === 2 && this.caseKey === 'records' && kind === ARRAY) {
      if (this.sawRecords) throw this.error(pos, 'a second "records" in the case; keep one list of records');
      this.sawRecords = true;
      this.recordsDepth = 2;
    }
    this.expect = kind === OBJECT ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
  }

  private close(end: number): void {
    if (this.isCase && this.depth === this.recordsDepth) this.recordsDepth = -1;
    this.depth--;
    this.valueEnd(end);
  }

  private scalar(kind: ValueKind, start: number, end: number): void {
    if (!this.lines && this.depth === 0) throw new NotACaseError(FOUND[kind]);
    this.valueStart(kind, start);
    this.valueEnd(end);
  }

  /** A value starts at pos (at the current depth). */
  private valueStart(kind: ValueKind, pos: number): void {
    const depth = this.depth;
    const abs = this.base + pos;
    if (depth === this.recordsDepth) {
      this.inRecord = true;
      this.recStart = abs;
      this.recordLine = this.line;
      this.recordKind = kind;
      this.keyCount = 0;
    } else if (this.inRecord && depth === this.recordsDepth + 1 && this.recordKind === 'mapping') {
      this.valueStarts[this.keyCount - 1] = abs;
    } else if (this.isCase && depth === 1) {
      if (this.caseKey !== undefined && CASE_KEYS.has(this.caseKey)) {
        this.caseValueStart = abs;
        this.caseValueLine = this.line;
      }
    }
  }

  /** A value has ended at pos; the depth is the one it started at. */
  private valueEnd(pos: number): void {
    const depth = this.depth;
    const abs = this.base + pos;
    this.expect = COMMA_OR_CLOSE;
    if (depth === this.recordsDepth) {
      this.recEnd = abs;
      if (abs - this.recStart > MAX_RECORD_CHARS) {
        const limit = `a record of over ${MAX_RECORD_CHARS >> 20} MB; a record may be at most ${MAX_RECORD_CHARS >> 20} MB`;
        throw new JsonScanError(this.lines ? `${limit}; NDJSON has one record a line` : limit, this.recordLine, 0, true);
      }
      if (this.lines) {
        this.expect = END;
      } else {
        this.emit();
      }
    } else if (this.inRecord && depth === this.recordsDepth + 1 && this.recordKind === 'mapping') {
      this.valueEnds[this.keyCount - 1] = abs;
    } else if (depth === 0) {
      this.expect = END;
    } else if (this.caseValueStart >= 0 && depth === 1) {
      const text = this.buf.toString('utf8', this.caseValueStart - this.base, pos);
      this.caseValueStart = -1;
      this.handler.caseValue?.(this.caseKey!, JSON.parse(text), this.caseValueLine);
    }
  }

  private emit(): void {
    this.inRecord = false;
    this.handler.record(this);
  }

  /** A key (the string from start to end) at the current depth. */
  private key(start: number, end: number): void {
    const depth = this.depth;
    if (this.inRecord && depth === this.recordsDepth + 1) {
      const n = this.keyCount++;
      if (n === this.keyStarts.length) this.growKeys();
      this.keyStarts[n] = this.base + start;
      this.keyEnds[n] = this.base + end;
      this.keyLines[n] = this.line;
      this.keyEscaped[n] = this.escaped ? 1 : 0;
      this.valueEnds[n] = this.valueStarts[n] = this.base + end;
    } else if (this.isCase && depth === 1) {
      this.caseKey = this.tokenText(start, end, this.escaped);
    }
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

  private tokenText(start: number, end: number, escaped: boolean): string {
    return escaped ? (JSON.parse(this.buf.toString('utf8', start, end)) as string) : this.buf.toString('utf8', start + 1, end - 1);
  }

  /** Up to `chars` characters of text from pos (for a message). */
  private text(pos: number, chars: number): string {
    chars = Math.min(chars, 41); // excerpt shows 40 and an ellipsis
    const text = this.buf.toString('utf8', pos, Math.min(this.buf.length, pos + chars * 4));
    return text.length > chars ? text.slice(0, chars) : text.replace(/\uFFFD+$/, '');
  }

  /** The end of the string that starts at pos (after its closing quote), or NEED_MORE. */
  private scanString(pos: number): number {
    const buf = this.buf;
    const len = buf.length;
    // A string cut by the end of the last chunk goes on where its scan stopped, not from its start.
    const resumed = this.partialString === this.base + pos;
    let escaped = resumed && this.partialEscaped;
    let i = resumed ? this.partialAt - this.base : pos + 1;
    const more = (at: number) => {
      this.partialString = this.base + pos;
      this.partialAt = this.base + at;
      this.partialEscaped = escaped;
      return NEED_MORE;
    };
    for (;;) {
      if (i >= len) {
        if (this.ended) throw this.error(pos, 'a string that is never closed (a missing ")');
        return more(i);
      }
      const c = buf[i]!;
      if (c === 34) break;
      if (c === 92) {
        escaped = true;
        if (i + 1 >= len) {
          if (this.ended) throw this.error(pos, 'a string that is never closed (a missing ")');
          return more(i);
        }
        const e = buf[i + 1]!;
        if (e === 117) {
          if (i + 6 > len) {
            if (this.ended) throw this.error(i, 'an escape \\u that needs four hex digits');
            return more(i);
          }
          for (let k = i + 2; k < i + 6; k++) if (!isHex(buf[k]!)) throw this.error(i, 'an escape \\u that needs four hex digits');
          i += 6;
        } else if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) {
          i += 2;
        } else {
          throw this.error(i, `an invalid escape ${excerpt(this.text(i, 2))} in a string; write a backslash as \\\\`);
        }
      } else if (c < 32) {
        throw this.error(i, c === 10 || c === 13 ? 'a line break inside a string (a missing "?)' : 'a control character inside a string; write it as an escape (\\t, \\u0001)');
      } else {
        i++;
      }
    }
    this.escaped = escaped;
    return i + 1;
  }

  /** The end of the number that starts at pos, or NEED_MORE. */
  private scanNumber(pos: number): number {
    const buf = this.buf;
    const len = buf.length;
    let i = pos;
    const more = () => {
      if (this.ended) throw this.error(pos, `a number that ends too soon: ${excerpt(this.text(pos, i - pos))}`);
      return NEED_MORE;
    };
    if (buf[i] === 45) i++;
    if (i >= len) return more();
    let c = buf[i]!;
    if (c === 48) {
      i++;
    } else if (isDigit(c)) {
      while (i < len && isDigit(buf[i]!)) i++;
    } else {
      throw this.error(pos, `a number that is not one: ${excerpt(this.text(pos, i + 1 - pos))}`);
    }
    if (i >= len) return this.ended ? i : NEED_MORE;
    c = buf[i]!;
    if (c === 46) {
      i++;
      const digits = i;
      while (i < len && isDigit(buf[i]!)) i++;
      if (i >= len) return this.ended && i > digits ? i : more();
      if (i === digits) throw this.error(pos, `a number with no digit after its point: ${excerpt(this.text(pos, i + 1 - pos))}`);
      c = buf[i]!;
    }
    if (c === 101 || c === 69) {
      i++;
      if (i < len && (buf[i] === 43 || buf[i] === 45)) i++;
      const digits = i;
      while (i < len && isDigit(buf[i]!)) i++;
      if (i >= len) return this.ended && i > digits ? i : more();
      if (i === digits) throw this.error(pos, `a number with no digit in its exponent: ${excerpt(this.text(pos, i + 1 - pos))}`);
    }
    return i;
  }

  private scanWord(pos: number, word: string): number {
    const have = this.buf.toString('latin1', pos, Math.min(this.buf.length, pos + word.length));
    if (have === word) return pos + word.length;
    if (have.length < word.length && word.startsWith(have) && !this.ended) return NEED_MORE;
    return this.unexpected(pos, 'a value');
  }

  /**
   * A record, a line of NDJSON or any one value that runs on and on (a quote or bracket never
   * closed): refused before it fills memory.
   */
  private checkLength(): void {
    let start = this.base + this.pos;
    if (this.inRecord) start = Math.min(start, this.recStart);
    if (this.caseValueStart >= 0) start = Math.min(start, this.caseValueStart);
    if (this.base + this.buf.length - start <= MAX_RECORD_CHARS) return;
    const message = `a ${this.inRecord ? 'record' : 'value'} runs over ${MAX_RECORD_CHARS >> 20} MB`;
    if (this.lines) {
      this.bad(this.inRecord ? this.recordLine : this.line, `${message}; NDJSON has one record a line`);
      this.skipLine(this.pos);
      this.pos = this.buf.length;
      return;
    }
    const line = this.inRecord ? this.recordLine : this.caseValueStart >= 0 ? this.caseValueLine : this.line;
    throw new JsonScanError(`${message}: is a quote or bracket never closed? A record is a mapping of field: value`, line, 0, true);
  }

  /** What is open where the input stops: the innermost list or mapping and its line. */
  private innermost(): string {
    if (this.depth === 0) return 'a value';
    return `the ${this.kinds[this.depth] === OBJECT ? 'mapping' : 'list'} opened at line ${this.openLines[this.depth]}`;
  }

  /** The line and column (in characters) of pos, on the current line. */
  private at(pos: number): [number, number] {
    const from = Math.max(0, this.lineStart - this.base);
    let col = this.lineStart < this.base ? this.base - this.lineStart + 1 : 1;
    for (let i = from; i < pos; i++) if ((this.buf[i]! & 0xc0) !== 0x80) col++;
    return [this.line, col];
  }

  private error(pos: number, message: string): JsonScanError {
    return new JsonScanError(message, ...this.at(pos));
  }

  private unexpected(pos: number, wanted: string): never {
    const found = excerpt(this.text(pos, 1));
    throw this.error(pos, `${found} where ${wanted} should be`);
  }
}

export const TOO_DEEP = `values nested more than ${MAX_DEPTH} deep; a record is a mapping of field: value, each value text, a number or a list of them`;

/** What a value of each kind is called in messages ("…, not a list"). */
export const FOUND: Record<ValueKind, string> = {
  mapping: 'a mapping',
  list: 'a list',
  text: 'text',
  number: 'a number',
  true: 'true',
  false: 'false',
  null: 'nothing',
};
