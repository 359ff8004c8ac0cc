/**
 * A worker thread that evaluates batches. Its first message brings the rules as the main thread
 * loaded them (it may be started before they are loaded); then it answers each job with its
 * result (or the error that stopped it).
 */
import { parentPort } from 'node:worker_threads';
import { SubsidyError } from '../errors.js';
import { KeySet } from '../engine/person-key.js';
import { packFromData, type PackData } from '../rules/pack.js';
import type { SentJob, SharedMemory } from './executor.js';
import { BatchProcessor, type BatchJob, type BatchOptions } from './process.js';

export interface WorkerInit {
  /** The rules as the main thread loaded them: compiled here without reading the files again. */
  pack: PackData;
  options: BatchOptions;
  /** Where jobs' bytes are read from and their output written to, when they say so (see SentJob). */
  memory?: SharedMemory;
}

export type WorkerMessage =
  | { kind: 'init'; init: WorkerInit }
  | { kind: 'keys'; job: SentJob }
  /** The table of a KeySet (shared memory), or undefined. */
  | { kind: 'track'; slots: Uint32Array | undefined }
  | { kind: 'run'; job: SentJob }
  | { kind: 'recycle'; buffer: ArrayBuffer };

/** Made from the first message; a failure to make it is each job's answer. */
let processor: BatchProcessor | undefined;
let initError: unknown;
let memory: SharedMemory | undefined;

/** The job as sent, with its bytes and the memory for its output. */
function received(sent: SentJob): BatchJob {
  const { input, output, bytes, ...job } = sent;
  return {
    ...job,
    bytes: input ? new Uint8Array(memory!.inputs, input[0], input[1]) : bytes!,
    ...(output !== undefined ? { out: new Uint8Array(memory!.outputs!, output * memory!.outputSize, memory!.outputSize) } : {}),
    ...(output !== undefined && memory!.claims ? { claimsOut: new Uint8Array(memory!.claims, output * memory!.claimsSize, memory!.claimsSize) } : {}),
  };
}

function fail(seq: number, e: unknown): void {
  const exitCode = e instanceof SubsidyError ? e.exitCode : undefined;
  // An error's message in both languages: the main thread shows it in the run's.
  const texts = e instanceof SubsidyError ? { en: e.text('en'), zh: e.text('zh') } : undefined;
  parentPort!.postMessage({ ok: false, seq, message: (e as Error).message, stack: (e as Error).stack, exitCode, texts });
}

parentPort!.on('message', (m: WorkerMessage) => {
  if (m.kind === 'init') {
    try {
      processor = new BatchProcessor(packFromData(m.init.pack), m.init.options);
      memory = m.init.memory;
    } catch (e) {
      initError = e;
    }
    return;
  }
  const p = processor;
  if (!p) {
    if (m.kind === 'run' || m.kind === 'keys') fail(m.job.seq, initError);
    return;
  }
  if (m.kind === 'recycle') {
    p.recycle(m.buffer);
    return;
  }
  if (m.kind === 'track') {
    p.track(m.slots && new KeySet(m.slots));
    return;
  }
  if (m.kind === 'keys') {
    try {
      const keys = p.keys(received(m.job));
      parentPort!.postMessage({ ok: true, keys: { seq: m.job.seq, keys } });
    } catch (e) {
      fail(m.job.seq, e);
    }
    return;
  }
  try {
    const job = received(m.job);
    const result = p.run(job);
    // Output in the shared memory is named by its length, and its claims are there too (views of
    // shared memory go with a message as they are); other output is transferred, and its claims
    // copied: nothing of this thread's memory is detached, which would make V8 discard the code
    // it optimized assuming that none ever is.
    if (memory?.outputs && result.bytes.buffer === memory.outputs) {
      const { bytes, ...rest } = result;
      parentPort!.postMessage({ ok: true, result: rest, output: bytes.byteLength });
    } else {
      parentPort!.postMessage({ ok: true, result }, [result.bytes.buffer as ArrayBuffer]);
    }
  } catch (e) {
    fail(m.job.seq, e);
  }
});
