/**
 * Citations in JSON output, written once: each result of a record carries its program's
 * citation, the same for every record (some 40% of a record's JSON). A record is stringified
 * with a short token in each citation's place, and the token is then replaced by the citation's
 * JSON, made once per program (and indentation): as text, or as UTF-8 bytes copied into a
 * batch's output.
 */
import { randomBytes } from 'node:crypto';
import type { CompiledProgram } from '../../rules/compiled.js';
import type { OutBuffer } from '../out-buffer.js';

/** The citation of a program as JSON shows it. */
export type CitationJson = { source: string; text: string; gloss: string };

export class Citations {
  /** What starts a token as JSON writes it: a control character (escaped), then a nonce no input can guess. */
  private readonly start: string;
  private readonly nonce: string;
  private readonly citations = new Map<string, CitationJson>();
  /** Citation JSON by program id and indentation (-1: compact). */
  private readonly texts = new Map<string, string>();
  private readonly bytes = new Map<string, DataView>();

  constructor(
    private readonly citationOf: (program: CompiledProgram) => CitationJson,
    /** Indentation of pretty JSON (0: compact). */
    private readonly space: number,
  ) {
    this.nonce = `\u0001${randomBytes(6).toString('hex')}:`;
    this.start = JSON.stringify(this.nonce).slice(0, -1);
  }

  /** The token that stands for a program's citation until the record's JSON is written. */
  token(program: CompiledProgram): string {
    if (!this.citations.has(program.id)) this.citations.set(program.id, this.citationOf(program));
    return this.nonce + program.id;
  }

  private textOf(id: string, indent: string): string {
    const key = `${id}\u0000${indent}`;
    let text = this.texts.get(key);
    if (text === undefined) {
      const json = JSON.stringify(this.citations.get(id)!, null, this.space);
      this.texts.set(key, (text = this.space ? json.replace(/\n/g, `\n${indent}`) : json));
    }
    return text;
  }

  /** The indentation of the line `at` is on. */
  private indentAt(json: string, at: number): string {
    if (!this.space) return '';
    const line = json.lastIndexOf('\n', at) + 1;
    let end = line;
    while (json.charCodeAt(end) === 32) end++;
    return json.slice(line, end);
  }

  /** Calls `piece` with the text between tokens and `citation` for each token, in order. */
  private each(json: string, piece: (from: number, to: number) => void, citation: (id: string, indent: string) => void): void {
    let at = 0;
    for (let t = json.indexOf(this.start); t !== -1; t = json.indexOf(this.start, at)) {
      const end = json.indexOf('"', t + this.start.length);
      piece(at, t);
      citation(json.slice(t + this.start.length, end), this.indentAt(json, t));
      at = end + 1;
    }
    piece(at, json.length);
  }

  /** A record's JSON with its tokens replaced by the citations. */
  expand(json: string): string {
    let out = '';
    this.each(
      json,
      (from, to) => (out += json.slice(from, to)),
      (id, indent) => (out += this.textOf(id, indent)),
    );
    return out;
  }

  /** The same, written into a batch's output: the citations copied as bytes made once. */
  writeInto(out: OutBuffer, json: string): void {
    this.each(
      json,
      (from, to) => out.text(from === 0 && to === json.length ? json : json.slice(from, to)),
      (id, indent) => {
        const key = `${id}\u0000${indent}`;
        let bytes = this.bytes.get(key);
        if (!bytes) {
          const b = Buffer.from(this.textOf(id, indent), 'utf8');
          this.bytes.set(key, (bytes = new DataView(b.buffer, b.byteOffset, b.byteLength)));
        }
        out.copy(bytes, 0, bytes.byteLength);
      },
    );
  }
}
