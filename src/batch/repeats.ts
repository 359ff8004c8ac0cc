/**
 * Which people occur more than once in a run: the first pass of a run over its files. Only
 * they can have duplicate claims, so only they need to be remembered while evaluating — which
 * keeps a run's memory the same whatever its number of rows.
 *
 * Keys are spread over partitions by hash. Each partition keeps a buffer of keys in memory;
 * a full buffer is appended to a temporary file. At the end each partition in turn is read
 * back and sorted, and its repeated keys collected. Memory: the buffers, one partition, and
 * the repeated keys.
 */
import { closeSync, fstatSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export class RepeatFinder {
  /** Each partition's keys in memory, made when it gets its first. */
  private readonly buffers: (Float64Array | undefined)[];
  private readonly counts: Int32Array;
  private readonly fds: number[];
  private dir: string | undefined;
  private readonly bits: number;

  /**
   * @param partitions a power of two
   * @param buffer keys per partition kept in memory before they go to disk
   */
  constructor(
    private readonly partitions = 64,
    private readonly buffer = 8192,
  ) {
    this.bits = Math.log2(partitions);
    this.buffers = new Array<Float64Array | undefined>(partitions).fill(undefined);
    this.counts = new Int32Array(partitions);
    this.fds = new Array<number>(partitions).fill(-1);
  }

  private partitionOf(key: number): number {
    if (this.bits === 0) return 0;
    return (Math.imul((key | 0) ^ ((key / 4294967296) | 0), 0x9e3779b1) >>> (32 - this.bits)) & (this.partitions - 1);
  }

  add(keys: Float64Array): void {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const p = this.partitionOf(key);
      const buf = (this.buffers[p] ??= new Float64Array(this.buffer));
      buf[this.counts[p]!] = key;
      if (++this.counts[p]! === this.buffer) this.spill(p);
    }
  }

  private spill(p: number): void {
    if (this.fds[p] === -1) {
      this.dir ??= mkdtempSync(join(tmpdir(), 'subsidy-'));
      this.fds[p] = openSync(join(this.dir, `${p}.keys`), 'w+');
    }
    const bytes = new Uint8Array(this.buffers[p]!.buffer, 0, this.counts[p]! * 8);
    for (let at = 0; at < bytes.length; ) at += writeSync(this.fds[p]!, bytes, at);
    this.counts[p] = 0;
  }

  /** The keys added more than once, each once, in no particular order. Removes the temporary files. */
  finish(): Float64Array {
    let out = new Float64Array(256);
    let n = 0;
    try {
      for (let p = 0; p < this.partitions; p++) {
        const fd = this.fds[p]!;
        const onDisk = fd === -1 ? 0 : fstatSync(fd).size / 8;
        const keys = new Float64Array(onDisk + this.counts[p]!);
        if (onDisk) {
          const bytes = new Uint8Array(keys.buffer, 0, onDisk * 8);
          for (let at = 0; at < bytes.length; ) {
            const read = readSync(fd, bytes, at, bytes.length - at, at);
            if (read === 0) throw new Error(`temporary file of partition ${p} ended early`);
            at += read;
          }
        }
        const buffered = this.buffers[p];
        if (buffered) keys.set(buffered.subarray(0, this.counts[p]!), onDisk);
        keys.sort();
        for (let i = 1; i < keys.length; i++) {
          if (keys[i] !== keys[i - 1] || (i > 1 && keys[i - 1] === keys[i - 2])) continue;
          if (n === out.length) {
            const more = new Float64Array(n * 2);
            more.set(out);
            out = more;
          }
          out[n++] = keys[i]!;
        }
      }
    } finally {
      this.discard();
    }
    return out.slice(0, n);
  }

  /** Removes the temporary files (also after a failure or an interruption). */
  discard(): void {
    for (let p = 0; p < this.partitions; p++) {
      if (this.fds[p] !== -1) closeSync(this.fds[p]!);
      this.fds[p] = -1;
      this.counts[p] = 0;
    }
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}
