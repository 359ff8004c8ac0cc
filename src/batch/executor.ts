/**
 * Runs batch jobs: in the main thread, or spread over worker threads. Results come back as
 * promises; the caller awaits them in submission order.
 */
import { Worker } from 'node:worker_threads';
import { SubsidyError } from '../errors.js';
import type { LoadOptions } from '../rules/load.js';
import type { RulesPack } from '../rules/load.js';
import { BatchProcessor, type BatchJob, type BatchOptions, type BatchResult } from './process.js';
import type { WorkerInit } from './worker.js';

export interface Executor {
  run(job: BatchJob): Promise<BatchResult>;
  /** How many jobs may be under way at once. */
  readonly capacity: number;
  close(): Promise<void>;
}

export function inThreadExecutor(pack: RulesPack, options: BatchOptions): Executor {
  const processor = new BatchProcessor(pack, options);
  return {
    capacity: 1,
    run: (job) => {
      try {
        return Promise.resolve(processor.run(job));
      } catch (e) {
        return Promise.reject(e);
      }
    },
    close: async () => {},
  };
}

interface Pending {
  resolve: (r: BatchResult) => void;
  reject: (e: Error) => void;
}

export function workerExecutor(count: number, rules: LoadOptions, options: BatchOptions): Executor {
  const init: WorkerInit = { rules, options };
  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: init, resourceLimits: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 48 } });
    const pending = new Map<number, Pending>();
    worker.on('message', (m: { ok: true; result: BatchResult } | { ok: false; seq: number; message: string; stack?: string; exitCode?: number }) => {
      if (m.ok) {
        pending.get(m.result.seq)?.resolve(m.result);
        pending.delete(m.result.seq);
      } else {
        const error = m.exitCode !== undefined ? new SubsidyError(m.message, m.exitCode) : Object.assign(new Error(m.message), { stack: m.stack });
        pending.get(m.seq)?.reject(error);
        pending.delete(m.seq);
      }
    });
    worker.on('error', (e) => {
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    });
    return { worker, pending };
  });
  return {
    capacity: count * 2,
    run(job) {
      const w = workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      return new Promise<BatchResult>((resolve, reject) => {
        w.pending.set(job.seq, { resolve, reject });
        w.worker.postMessage(job, [job.bytes.buffer as ArrayBuffer]);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
