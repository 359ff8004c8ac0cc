/**
 * A worker thread that evaluates batches: it loads the same rules as the main thread, then
 * answers each job with its result (or the error that stopped it).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SubsidyError } from '../errors.js';
import { loadRules, type LoadOptions } from '../rules/load.js';
import { BatchProcessor, type BatchJob, type BatchOptions } from './process.js';

export interface WorkerInit {
  rules: LoadOptions;
  options: BatchOptions;
}

const init = workerData as WorkerInit;
const processor = new BatchProcessor(loadRules(init.rules), init.options);

parentPort!.on('message', (job: BatchJob) => {
  try {
    const result = processor.run(job);
    parentPort!.postMessage({ ok: true, result }, [result.bytes.buffer as ArrayBuffer]);
  } catch (e) {
    const exitCode = e instanceof SubsidyError ? e.exitCode : undefined;
    parentPort!.postMessage({ ok: false, seq: job.seq, message: (e as Error).message, stack: (e as Error).stack, exitCode });
  }
});
