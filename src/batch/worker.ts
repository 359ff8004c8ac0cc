/**
 * A worker thread that evaluates batches: it loads the same rules as the main thread, then
 * answers each job with its result (or the error that stopped it). It keeps a batch whose
 * records claim per-person programs until the main thread has checked them for duplicates,
 * to write again the rows that turn out to be duplicates.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SubsidyError } from '../errors.js';
import { packFromData, type PackData } from '../rules/pack.js';
import { patchMap, type PatchRows } from './executor.js';
import { BatchProcessor, claimBuffers, type BatchJob, type BatchOptions } from './process.js';

export interface WorkerInit {
  /** The rules as the main thread loaded them: compiled here without reading the files again. */
  pack: PackData;
  options: BatchOptions;
}

export type WorkerMessage =
  | { kind: 'keys'; job: BatchJob }
  | { kind: 'track'; keys: Float64Array | undefined }
  | { kind: 'run'; job: BatchJob }
  | { kind: 'patch'; seq: number; rows: PatchRows }
  | { kind: 'release'; seq: number }
  | { kind: 'recycle'; buffer: ArrayBuffer };

const init = workerData as WorkerInit;
const processor = new BatchProcessor(packFromData(init.pack), init.options);
const kept = new Map<number, BatchJob>();

function fail(seq: number, e: unknown): void {
  const exitCode = e instanceof SubsidyError ? e.exitCode : undefined;
  parentPort!.postMessage({ ok: false, seq, message: (e as Error).message, stack: (e as Error).stack, exitCode });
}

parentPort!.on('message', (m: WorkerMessage) => {
  if (m.kind === 'release') {
    kept.delete(m.seq);
    return;
  }
  if (m.kind === 'recycle') {
    processor.recycle(m.buffer);
    return;
  }
  if (m.kind === 'track') {
    processor.track(m.keys);
    return;
  }
  if (m.kind === 'keys') {
    try {
      const keys = processor.keys(m.job);
      parentPort!.postMessage({ ok: true, keys: { seq: m.job.seq, keys } }, [keys.buffer as ArrayBuffer]);
    } catch (e) {
      fail(m.job.seq, e);
    }
    return;
  }
  if (m.kind === 'patch') {
    try {
      const result = processor.run(kept.get(m.seq)!, patchMap(m.rows));
      parentPort!.postMessage({ ok: true, patch: result });
    } catch (e) {
      fail(m.seq, e);
    }
    return;
  }
  try {
    const result = processor.run(m.job);
    if (result.claims) kept.set(m.job.seq, m.job);
    parentPort!.postMessage({ ok: true, result }, [result.bytes.buffer as ArrayBuffer, ...(result.claims ? claimBuffers(result.claims) : [])]);
  } catch (e) {
    fail(m.job.seq, e);
  }
});
