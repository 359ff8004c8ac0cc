/**
 * The text of a streaming JSON scanner: UTF-8 bytes that come in chunks cut anywhere, kept
 * from the first byte still needed, with the line and column of any position; and the tokens
 * that may be cut by a chunk's end (strings, numbers, true, false, null), scanned and checked
 * as RFC 8259 says. The grammar that strings them together is in grammar.ts.
 */
import { isUtf8 } from 'node:buffer';
import { excerpt } from '../../core/excerpt.js';
import { firstNotUtf8, lineFeeds, NOT_UTF8, NOT_UTF8_ZH, wholeUtf8 } from '../../core/utf8.js';

/** A syntax error at a line and column (in characters, from 1; 0: the line only). */
export class JsonScanError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly col: number,
    /** Valid JSON, but past a bound of this reader (nesting, length). */
    readonly limit = false,
    /** The message in Chinese, when it is a limit's (the others quote the JSON reader). */
    readonly zh?: string,
  ) {
    super(message);
  }
}

/** What a token scan returns when the text so far ends inside the token. */
export const NEED_MORE = -1;

export const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

export abstract class JsonText {
  /**
   * The bytes read and not yet let go (the record being read starts in them): the first `valid`
   * bytes of `store`, checked whole characters; after them, up to `stored`, a character cut short
   * at the end of the last chunk, waiting for the rest.
   */
  protected buf: Buffer = Buffer.alloc(0);
  private store: Buffer = Buffer.alloc(0);
  private valid = 0;
  private stored = 0;
  /** Where scanning goes on in buf. */
  protected pos = 0;
  /** The offset in the whole input of buf[0]. */
  protected base = 0;
  protected line = 1;
  /** Offset in the whole input where the current line starts (for columns). */
  protected lineStart = 0;
  /** Whether the input has ended: a token cut short is then an error. */
  protected ended = false;
  /** Whether the last string scanned had an escape. */
  protected escaped = false;
  /** A string cut short by the end of the text so far: its start, where its scan stopped, whether it had an escape (offsets in the whole input). */
  private partialString = -1;
  private partialAt = 0;
  private partialEscaped = false;

  /** Where in buf the bytes still needed start: room() lets go of those before it. */
  protected abstract keepFrom(): number;

  /** Whether a character is cut short at the end of the input so far. */
  protected get cutShort(): boolean {
    return this.stored > this.valid;
  }

  /**
   * Where to put up to `size` more bytes (then call pushed): after the bytes still needed, which
   * are moved to the start of the buffer. A file is read straight into it.
   */
  room(size: number): { buffer: Buffer; offset: number } {
    const keep = this.keepFrom();
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

  /** `count` bytes have been put where room() said: the whole characters among them join the text to scan. */
  protected accept(count: number): void {
    this.stored += count;
    // Checked whole characters only: one cut at the chunk's end waits for the next.
    const fresh = this.store.subarray(this.valid, this.stored);
    const bytes = fresh.subarray(0, wholeUtf8(fresh));
    if (!isUtf8(bytes)) throw new JsonScanError(NOT_UTF8, this.line + lineFeeds(bytes, firstNotUtf8(bytes)), 0, true, NOT_UTF8_ZH);
    this.valid += bytes.length;
    this.buf = this.store.subarray(0, this.valid);
    if (this.base === 0 && this.pos === 0 && this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf) {
      // A byte order mark: not part of the JSON.
      this.pos = 3;
      this.lineStart = 3;
    }
  }

  protected tokenText(start: number, end: number, escaped: boolean): string {
    return escaped ? (JSON.parse(this.buf.toString('utf8', start, end)) as string) : this.buf.toString('utf8', start + 1, end - 1);
  }

  /** Up to `chars` characters of text from pos (for a message). */
  protected text(pos: number, chars: number): string {
    chars = Math.min(chars, 41); // excerpt shows 40 and an ellipsis
    const text = this.buf.toString('utf8', pos, Math.min(this.buf.length, pos + chars * 4));
    return text.length > chars ? text.slice(0, chars) : text.replace(/\uFFFD+$/, '');
  }

  /** The end of the string that starts at pos (after its closing quote), or NEED_MORE. */
  protected scanString(pos: number): number {
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
  protected scanNumber(pos: number): number {
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

  protected scanWord(pos: number, word: string): number {
    const have = this.buf.toString('latin1', pos, Math.min(this.buf.length, pos + word.length));
    if (have === word) return pos + word.length;
    if (have.length < word.length && word.startsWith(have) && !this.ended) return NEED_MORE;
    return this.unexpected(pos, 'a value');
  }

  /** The line and column (in characters) of pos, on the current line. */
  protected at(pos: number): [number, number] {
    const from = Math.max(0, this.lineStart - this.base);
    let col = this.lineStart < this.base ? this.base - this.lineStart + 1 : 1;
    for (let i = from; i < pos; i++) if ((this.buf[i]! & 0xc0) !== 0x80) col++;
    return [this.line, col];
  }

  protected error(pos: number, message: string): JsonScanError {
    return new JsonScanError(message, ...this.at(pos));
  }

  protected unexpected(pos: number, wanted: string): never {
    const found = excerpt(this.text(pos, 1));
    throw this.error(pos, `${found} where ${wanted} should be`);
  }
}
