/** A growable byte buffer for a batch's output: row bytes copied through, text encoded as UTF-8. */
export class OutBuffer {
  private buf: Buffer;
  private length = 0;

  constructor(capacity = 1 << 21) {
    this.buf = Buffer.allocUnsafeSlow(capacity);
  }

  private ensure(extra: number): void {
    if (this.length + extra <= this.buf.length) return;
    const next = Buffer.allocUnsafeSlow(Math.max(this.buf.length * 2, this.length + extra));
    this.buf.copy(next, 0, 0, this.length);
    this.buf = next;
  }

  bytes(src: Buffer, start: number, end: number): void {
    this.ensure(end - start);
    this.length += src.copy(this.buf, this.length, start, end);
  }

  text(s: string): void {
    if (!s) return;
    this.ensure(s.length * 3);
    this.length += (this.buf as Buffer & { utf8Write(s: string, offset: number): number }).utf8Write(s, this.length);
  }

  /** Text known to be ASCII (no check). */
  ascii(s: string): void {
    this.ensure(s.length);
    this.length += (this.buf as Buffer & { latin1Write(s: string, offset: number): number }).latin1Write(s, this.length);
  }

  get size(): number {
    return this.length;
  }

  /** A copy of the bytes from `start` on, which are then dropped. */
  take(start: number): Uint8Array {
    const copy = new Uint8Array(this.buf.subarray(start, this.length));
    this.length = start;
    return copy;
  }

  /** The bytes written; their ArrayBuffer belongs to this output alone (it can be transferred). */
  result(): Uint8Array {
    return new Uint8Array(this.buf.buffer, this.buf.byteOffset, this.length);
  }
}
