/**
 * The grammar of JSON (RFC 8259), as JSON.parse checks it, over text that comes in chunks: a
 * state machine that never recurses (nesting is counted, and refused past MAX_DEPTH) and tells
 * the scanner where each value and key starts and ends (json-scan.ts keeps the records).
 */
import { excerpt } from '../../core/excerpt.js';
import { isDigit, JsonScanError, JsonText, NEED_MORE } from './text.js';

/** How deep values may nest, counting the list or case around the records. */
export const MAX_DEPTH = 32;

export const TOO_DEEP = `values nested more than ${MAX_DEPTH} deep; a record is a mapping of field: value, each value text, a number or a list of them`;
export const TOO_DEEP_ZH = `值嵌套超过 ${MAX_DEPTH} 层;一条记录是“字段: 值”的映射,每个值是文本、数字或它们的列表`;

export type ValueKind = 'mapping' | 'list' | 'text' | 'number' | 'true' | 'false' | 'null';

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

/** A document that is JSON but neither a list of records nor a case; `found` says what it is. */
export class NotACaseError extends Error {
  constructor(readonly found: string) {
    super(`found ${found}`);
  }
}

// What is open at a depth.
export const OBJECT = 1;
export const ARRAY = 2;

// What may come next.
export const VALUE = 0;
const VALUE_OR_CLOSE = 1; // after [
const KEY = 2; // after a comma in a mapping
const KEY_OR_CLOSE = 3; // after {
const COLON = 4;
export const COMMA_OR_CLOSE = 5;
export const END = 6; // after the top value (document), or after a line's value (lines)

export abstract class JsonGrammar extends JsonText {
  protected expect = VALUE;
  protected depth = 0;
  protected readonly kinds = new Uint8Array(MAX_DEPTH + 2);
  private readonly openLines = new Float64Array(MAX_DEPTH + 2);
  /** Lines: skip to the end of the line (after a bad line). */
  protected skipping = false;

  constructor(protected readonly lines: boolean) {
    super();
  }

  /** A value of `kind` starts at pos, at the current depth. */
  protected abstract valueStart(kind: ValueKind, pos: number): void;
  /** A value has ended at pos; the depth is the one it started at. */
  protected abstract valueEnd(pos: number): void;
  /** A key (the string from start to end) at the current depth. */
  protected abstract key(start: number, end: number): void;
  /** A list or mapping has been opened: the depth is its own. */
  protected abstract opened(kind: number, pos: number): void;
  /** A list or mapping is about to close: the depth is still its own. */
  protected abstract closing(): void;
  /** Lines: a line ends (pos is at its \n). */
  protected abstract lineEnd(pos: number): void;
  /** Lines: skips a bad line from pos; its end, or -1 when not yet come. */
  protected abstract skipLine(pos: number): number;

  /** Scans tokens until `stop` (true: more text to scan), or as far as the text goes (false). */
  protected scan(stop: number): boolean {
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
        const next =
          expect === COMMA_OR_CLOSE
            ? this.afterValue(c, pos)
            : expect === KEY || expect === KEY_OR_CLOSE
              ? this.keyOrClose(c, pos, expect)
              : expect === COLON
                ? this.colon(c, pos)
                : expect === END
                  ? this.afterEnd(c, pos)
                  : this.value(c, pos);
        if (next === NEED_MORE) return false;
        pos = next;
      }
    } finally {
      this.pos = pos;
    }
  }

  /** After a value in a list or mapping: a comma or the close. */
  private afterValue(c: number, pos: number): number {
    const kind = this.kinds[this.depth];
    if (c === 44) {
      this.expect = kind === OBJECT ? KEY : VALUE;
      return pos + 1;
    }
    if ((c === 93 && kind === ARRAY) || (c === 125 && kind === OBJECT)) {
      this.close(pos + 1);
      return pos + 1;
    }
    return this.unexpected(pos, kind === OBJECT ? 'a comma or } after a value in a mapping' : 'a comma or ] after a value in a list');
  }

  /** Where a key comes (or, right after {, the close). */
  private keyOrClose(c: number, pos: number, expect: number): number {
    if (c === 34) {
      const end = this.scanString(pos);
      if (end === NEED_MORE) return NEED_MORE;
      this.key(pos, end);
      this.expect = COLON;
      return end;
    }
    if (c === 125 && expect === KEY_OR_CLOSE) {
      this.close(pos + 1);
      return pos + 1;
    }
    if (c === 125) throw this.error(pos, 'a } after a comma: remove the comma after the last value');
    return this.unexpected(pos, 'a key in double quotes');
  }

  private colon(c: number, pos: number): number {
    if (c !== 58) this.unexpected(pos, 'a colon after the key');
    this.expect = VALUE;
    return pos + 1;
  }

  /** Anything after the top value of a document, or after a line's value. */
  private afterEnd(c: number, pos: number): never {
    if (this.lines) this.unexpected(pos, 'the end of the line after the record (NDJSON: one record a line)');
    const hint = c === 123 || c === 91 ? '; for NDJSON (one record a line) name the file .ndjson or pass --input-format ndjson' : '';
    throw this.error(pos, `${excerpt(this.text(pos, 1))} after the end of the JSON value${hint}`);
  }

  /** Where a value comes (or, right after [, the close): its end, or NEED_MORE. */
  private value(c: number, pos: number): number {
    if (c === 93 && this.expect === VALUE_OR_CLOSE) {
      this.close(pos + 1);
      return pos + 1;
    }
    if (c === 123 || c === 91) {
      this.open(c === 123 ? OBJECT : ARRAY, pos);
      return pos + 1;
    }
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
      return this.unexpected(pos, 'a value');
    }
    if (end === NEED_MORE) return NEED_MORE;
    this.scalar(kind, pos, end);
    return end;
  }

  private open(kind: number, pos: number): void {
    this.valueStart(kind === OBJECT ? 'mapping' : 'list', pos);
    if (this.depth === MAX_DEPTH) throw new JsonScanError(TOO_DEEP, ...this.at(pos), true, TOO_DEEP_ZH);
    this.depth++;
    this.kinds[this.depth] = kind;
    this.openLines[this.depth] = this.line;
    this.opened(kind, pos);
    this.expect = kind === OBJECT ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
  }

  private close(end: number): void {
    this.closing();
    this.depth--;
    this.valueEnd(end);
  }

  private scalar(kind: ValueKind, start: number, end: number): void {
    if (!this.lines && this.depth === 0) throw new NotACaseError(FOUND[kind]);
    this.valueStart(kind, start);
    this.valueEnd(end);
  }

  /** What is open where the input stops: the innermost list or mapping and its line. */
  protected innermost(): string {
    if (this.depth === 0) return 'a value';
    return `the ${this.kinds[this.depth] === OBJECT ? 'mapping' : 'list'} opened at line ${this.openLines[this.depth]}`;
  }
}
