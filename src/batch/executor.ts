/**
 * Runs batch jobs: in the main thread, or spread over worker threads. Results come back as
 * promises; the caller awaits them in submission order. A batch with claims stays with whoever
 * ran it until released, so that rows found to be duplicates can be written again (patched).
 */
import { Worker } from 'node:worker_threads';
import type { ClaimRef } from '../engine/claims.js';
import { SubsidyError } from '../errors.js';
import type { RulesPack } from '../rules/load.js';
import { packData } from '../rules/pack.js';
import { BatchProcessor, type BatchJob, type BatchOptions, type BatchResult, type PatchResult } from './process.js';
import type { WorkerMessage } from './worker.js';

/** Rows of a batch with the programs (by index) that are duplicates, and the claims that came first. */
export type PatchRows = [number, [number, ClaimRef][]][];

export interface Executor {
  /** The first pass: the person keys of a batch's rows (see BatchProcessor.keys). */
  keys(job: BatchJob): Promise<Float64Array>;
  /** From now on, report only the claims of these people (undefined: of everyone). */
  track(keys: Float64Array | undefined): void;
  run(job: BatchJob): Promise<BatchResult>;
  patch(seq: number, rows: PatchRows): Promise<PatchResult>;
  /** The batch's claims are settled: it need not be kept. */
  release(seq: number): void;
  /** A result's bytes are written: their memory may serve another batch. */
  recycle(bytes: Uint8Array): void;
  /** How many jobs may be under way at once. */
  readonly capacity: number;
  close(): Promise<void>;
}

/** The rows to patch as the processor takes them: row → program index → first claim. */
export const patchMap = (rows: PatchRows) => new Map(rows.map(([row, programs]) => [row, new Map(programs)]));

export function inThreadExecutor(pack: RulesPack, options: BatchOptions): Executor {
  const processor = new BatchProcessor(pack, options);
  const kept = new Map<number, BatchJob>();
  const attempt = <T>(work: () => T): Promise<T> => {
    try {
      return Promise.resolve(work());
    } catch (e) {
      return Promise.reject(e);
    }
  };
  return {
    capacity: 1,
    keys: (job) => attempt(() => processor.keys(job)),
    track: (keys) => processor.track(keys),
    run: (job) =>
      attempt(() => {
        const result = processor.run(job);
        if (result.claims) kept.set(job.seq, job);
        return result;
      }),
    patch: (seq, rows) => attempt(() => processor.run(kept.get(seq)!, patchMap(rows))),
    release: (seq) => kept.delete(seq),
    recycle: (bytes) => processor.recycle(bytes.buffer as ArrayBuffer),
    close: async () => {},
  };
}

interface Pending {
  resolve: (r: never) => void;
  reject: (e: Error) => void;
}

type Reply =
  | { ok: true; keys: { seq: number; keys: Float64Array } }
  | { ok: true; result: BatchResult }
  | { ok: true; patch: PatchResult }
  | { ok: false; seq: number; message: string; stack?: string; exitCode?: number };

/**
 * Starts worker threads. Each loads its code at once, then waits for the rules and options
 * (see workerExecutor): started before the rules are loaded, they load both at the same time.
 * They do not keep the process alive until an executor takes them.
 */
export function startWorkers(count: number): Worker[] {
  return Array.from({ length: count }, () => {
    // Heap limits keep each worker's memory flat: batches are small, and nothing outlives one.
    const worker = new Worker(new URL('./worker.js', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: 40, maxYoungGenerationSizeMb: 12 },
    });
    worker.unref();
    // A thread that dies before an executor takes it: why waits for the executor.
    worker.once('error', (e) => failedEarly.set(worker, e));
    worker.once('exit', (code) => failedEarly.has(worker) || failedEarly.set(worker, stopped(code)));
    return worker;
  });
}

const failedEarly = new WeakMap<Worker, Error>();
const stopped = (code: number) => new Error(`a worker thread stopped (exit code ${code})`);

/** Runs batches on these worker threads (from startWorkers), which it terminates when closed. */
export function workerExecutor(threads: readonly Worker[], pack: RulesPack, options: BatchOptions): Executor {
  const init: WorkerMessage = { kind: 'init', init: { pack: packData(pack), options } };
  const workers = threads.map((worker) => {
    worker.ref();
    worker.postMessage(init);
    const pending = new Map<number, Pending>();
    const w = { worker, pending, dead: failedEarly.get(worker) };
    worker.on('message', (m: Reply) => {
      if (m.ok) {
        const [seq, value] = 'result' in m ? [m.result.seq, m.result] : 'patch' in m ? [m.patch.seq, m.patch] : [m.keys.seq, m.keys.keys];
        const p = pending.get(seq);
        pending.delete(seq);
        p?.resolve(value as never);
        return;
      }
      const p = pending.get(m.seq);
      pending.delete(m.seq);
      if (!p) return;
      p.reject(m.exitCode !== undefined ? new SubsidyError(m.message, m.exitCode) : Object.assign(new Error(m.message), { stack: m.stack }));
    });
    // A thread that died answers no more: what was sent to it, and what would be, fails.
    const died = (e: Error) => {
      w.dead ??= e;
      for (const p of pending.values()) p.reject(w.dead);
      pending.clear();
    };
    worker.on('error', died);
    worker.on('exit', (code) => died(stopped(code)));
    return w;
  });
  const owner = new Map<number, (typeof workers)[number]>();
  let recycled = 0;
  const send = <T>(w: (typeof workers)[number], seq: number, message: WorkerMessage, transfer: ArrayBuffer[] = []) =>
    new Promise<T>((resolve, reject) => {
      if (w.dead) return reject(w.dead);
      w.pending.set(seq, { resolve: resolve as (r: never) => void, reject });
      w.worker.postMessage(message, transfer);
    });
  return {
    capacity: workers.length * 3,
    keys(job) {
      const w = workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      return send<Float64Array>(w, job.seq, { kind: 'keys', job }, [job.bytes.buffer as ArrayBuffer]);
    },
    track(keys) {
      for (const w of workers) w.worker.postMessage({ kind: 'track', keys } satisfies WorkerMessage);
    },
    run(job) {
      const w = workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      owner.set(job.seq, w);
      return send<BatchResult>(w, job.seq, { kind: 'run', job }, [job.bytes.buffer as ArrayBuffer]);
    },
    patch(seq, rows) {
      return send<PatchResult>(owner.get(seq)!, seq, { kind: 'patch', seq, rows });
    },
    release(seq) {
      owner.get(seq)?.worker.postMessage({ kind: 'release', seq } satisfies WorkerMessage);
      owner.delete(seq);
    },
    recycle(bytes) {
      const buffer = bytes.buffer as ArrayBuffer;
      const w = workers[recycled++ % workers.length]!;
      w.worker.postMessage({ kind: 'recycle', buffer } satisfies WorkerMessage, [buffer]);
    },
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
