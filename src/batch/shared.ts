/**
 * Memory the main thread and the worker threads share: batches are read into it and their
 * output is written into it, so no memory changes hands between threads.
 *
 * Memory that does change hands (a transferred ArrayBuffer) is new memory to the thread that
 * receives it, as far as V8 can tell, and V8 runs a full garbage collection every few dozen
 * megabytes of it: a million rows would pass almost a gigabyte through the threads, and cost
 * dozens of collections. Shared memory is given to each thread once; messages then name a slot.
 */

/** (Where a batch's bytes come from: the splitter reads into it.) */
export type { BatchMemory } from '../io/csv/splitter.js';

/** Fixed-size slots of one SharedArrayBuffer, taken and given back. */
export class SharedSlots {
  readonly buffer: SharedArrayBuffer;
  private readonly free: number[] = [];
  private readonly waiting: { resolve: (slot: number) => void; reject: (e: Error) => void }[] = [];
  private failure: Error | undefined;

  constructor(
    readonly count: number,
    readonly size: number,
  ) {
    this.buffer = new SharedArrayBuffer(count * size);
    for (let i = count - 1; i >= 0; i--) this.free.push(i);
  }

  /** A free slot, or -1. */
  tryTake(): number {
    return this.free.pop() ?? -1;
  }

  /** A free slot, once there is one; rejects once the slots have failed (see fail). */
  take(): Promise<number> {
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.tryTake();
    if (slot >= 0) return Promise.resolve(slot);
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  give(slot: number): void {
    const next = this.waiting.shift();
    if (next) next.resolve(slot);
    else this.free.push(slot);
  }

  /** No slot will be given back (the threads that held them stopped): whoever waits fails. */
  fail(e: Error): void {
    this.failure ??= e;
    for (const w of this.waiting.splice(0)) w.reject(this.failure);
  }

  /** The slot's memory, its first `length` bytes. */
  view(slot: number, length = this.size): Buffer {
    return Buffer.from(this.buffer, slot * this.size, length);
  }

  /** The slot that bytes lie in, or -1 for bytes not in these slots. */
  slotOf(bytes: Uint8Array): number {
    return bytes.buffer === this.buffer ? Math.floor(bytes.byteOffset / this.size) : -1;
  }
}
