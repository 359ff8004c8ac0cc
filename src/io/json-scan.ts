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
import { cut } from '../core/excerpt.js';
import { ARRAY, COMMA_OR_CLOSE, END, NotACaseError, OBJECT, VALUE, type ValueKind } from './json/grammar.js';
import { JsonRecords } from './json/records.js';
import { JsonScanError } from './json/text.js';
import { NOT_UTF8, NOT_UTF8_ZH } from '../core/utf8.js';

export { FOUND, MAX_DEPTH, NotACaseError, TOO_DEEP, TOO_DEEP_ZH, type ValueKind } from './json/grammar.js';
export { JsonScanError } from './json/text.js';

/** The longest a record (or an NDJSON line, or any one value outside the records) may be, in bytes. */
export const MAX_RECORD_CHARS = 16 << 20;

export interface ScanHandler {
  /** A record has ended: read it from the scanner (recordText, keyName, ...) before returning. */
  record(s: JsonScanner): void;
  /** NDJSON: a line that is not one JSON value (or past a limit); `start` is the start of the line (see cut). */
  badLine?(line: number, message: string, start: string): void;
  /** A case's `case_id` or `type`, each time it is given (JSON.parse keeps the last; the reader makes a key given twice an error). */
  caseValue?(key: string, value: unknown, line: number): void;
}

/** How much of a bad line's text is kept for its report, in bytes. */
const EXCERPT = 200;
/** How much text one call of scan() goes through, about. */
const SLICE = 1 << 16;
/** Keys of a case whose values are reported (caseValue). */
const CASE_KEYS = new Set(['case_id', 'type']);

export class JsonScanner extends JsonRecords {
  /** The depth at which values are records: 0 for lines, 1 in a list, 2 in a case's records; -1: none. */
  private recordsDepth: number;
  /** Document: whether the top value is a case (a mapping). */
  private isCase = false;
  /** Whether a case has had its records list. */
  private sawRecords = false;
  /** The line of a case's "records" key (0: none yet). */
  private recordsKeyLine = 0;
  /** The case key whose value is being read (at depth 1), and where its value starts (-1: not kept). */
  private caseKey: string | undefined;
  private caseValueStart = -1;
  private caseValueLine = 0;
  /** Lines: a bad line reported once its end comes, with the start of its text (up to EXCERPT bytes). */
  private badLine: { line: number; message: string; start: Buffer } | undefined;

  constructor(
    mode: 'document' | 'lines',
    private readonly handler: ScanHandler,
  ) {
    super(mode === 'lines');
    this.recordsDepth = this.lines ? 0 : -1;
  }

  /** Scans a chunk of UTF-8; records that end in it are reported before it returns. */
  push(chunk: Uint8Array): void {
    const { buffer, offset } = this.room(chunk.length);
    buffer.set(chunk, offset);
    this.pushed(chunk.length);
  }

  /** `count` bytes have been put where room() said: scans them; records that end in them are reported. */
  pushed(count: number): void {
    this.accept(count);
    this.run();
    this.checkLength();
  }

  /** Where the bytes still needed start: the record being read, or a case value being read. */
  protected keepFrom(): number {
    let keep = this.pos;
    if (this.inRecord) keep = Math.min(keep, this.recStart - this.base);
    if (this.caseValueStart >= 0) keep = Math.min(keep, this.caseValueStart - this.base);
    return keep;
  }

  /** The input has ended: reports the last record, or what is left open. */
  end(): void {
    if (this.cutShort) throw new JsonScanError(NOT_UTF8, this.line, 0, true, NOT_UTF8_ZH);
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
  protected skipLine(pos: number): number {
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

  /** Lines: a line ends (pos is at its \n). */
  protected lineEnd(pos: number): void {
    if (this.expect === END) {
      this.emit();
      this.expect = VALUE;
    } else if (this.depth > 0 || this.expect !== VALUE) {
      throw this.error(pos, `the line ends inside ${this.innermost()}; NDJSON has one record a line`);
    }
  }

  protected opened(kind: number): void {
    if (!this.lines && this.depth === 1) {
      this.isCase = kind === OBJECT;
      if (!this.isCase) this.recordsDepth = 1;
    } else if (this.isCase && this.depth === 2 && this.caseKey === 'records' && kind === ARRAY) {
      this.sawRecords = true;
      this.recordsDepth = 2;
    }
  }

  protected closing(): void {
    if (this.isCase && this.depth === this.recordsDepth) this.recordsDepth = -1;
  }

  /** A value starts at pos (at the current depth). */
  protected valueStart(kind: ValueKind, pos: number): void {
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
  protected valueEnd(pos: number): void {
    const depth = this.depth;
    const abs = this.base + pos;
    this.expect = COMMA_OR_CLOSE;
    if (depth === this.recordsDepth) {
      this.recEnd = abs;
      if (abs - this.recStart > MAX_RECORD_CHARS) {
        const mb = MAX_RECORD_CHARS >> 20;
        const limit = `a record of over ${mb} MB; a record may be at most ${mb} MB`;
        const zh = `一条记录超过 ${mb} MB;一条记录最多 ${mb} MB`;
        throw new JsonScanError(this.lines ? `${limit}; NDJSON has one record a line` : limit, this.recordLine, 0, true, this.lines ? `${zh};NDJSON 每行一条记录` : zh);
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
  protected key(start: number, end: number): void {
    const depth = this.depth;
    if (this.inRecord && depth === this.recordsDepth + 1) {
      this.addKey(start, end);
    } else if (this.isCase && depth === 1) {
      this.caseKey = this.tokenText(start, end, this.escaped);
      if (this.caseKey === 'records') this.recordsKey(start);
    }
  }

  /** A case's "records" key: a second one is refused, whatever either holds (which would be the records?). */
  private recordsKey(pos: number): void {
    const first = this.recordsKeyLine;
    if (first) {
      const [line, col] = this.at(pos);
      const en = `"records" is given twice in the case (first on line ${first}); keep one list of records`;
      throw new JsonScanError(en, line, col, true, `案件中 "records" 重复给出(第一次在第 ${first} 行);请只保留一个记录列表`);
    }
    this.recordsKeyLine = this.line;
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
}
