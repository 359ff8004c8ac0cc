/**
 * Runs batch jobs: in the main thread, or spread over worker threads. Results come back as
 * promises; the caller awaits them in submission order. The input memory of a batch with
 * claims is kept until released: its rows may be read again, once its claims are settled.
 */
import { Worker } from 'node:worker_threads';
import type { KeySet } from '../engine/person-key.js';
import { SubsidyError } from '../errors.js';
import type { RulesPack } from '../rules/load.js';
import { packData } from '../rules/pack.js';
import { BatchProcessor, type BatchJob, type BatchOptions, type BatchResult } from './process.js';
import { resultsWidth } from './claim-list.js';
import { jobSlots, type JobSlots } from './job-slots.js';
import type { BatchMemory } from './shared.js';
import type { WorkerMessage } from './worker.js';
import type { Lang } from '../i18n/lang.js';
import { Message } from '../i18n/messages.js';

export interface Executor {
  /** The first pass: the person keys of a batch's rows (see BatchProcessor.keys). */
  keys(job: BatchJob): Promise<Float64Array>;
  /** From now on, report only the claims of these people (undefined: of everyone). */
  track(people: KeySet | undefined): void;
  run(job: BatchJob): Promise<BatchResult>;
  /** The batch's claims are settled: its input memory may serve another batch. */
  release(seq: number): void;
  /** A result's bytes are written: their memory may serve another batch. */
  recycle(bytes: Uint8Array): void;
  /** How many jobs may be under way at once. */
  readonly capacity: number;
  /** Memory to read batches into, if the executor has memory of its own for them (see BatchMemory). */
  readonly memory?: BatchMemory;
  close(): Promise<void>;
}

export function inThreadExecutor(pack: RulesPack, options: BatchOptions): Executor {
  const processor = new BatchProcessor(pack, options);
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
    track: (people) => processor.track(people),
    run: (job) => attempt(() => processor.run(job)),
    release: () => {},
    recycle: (bytes) => processor.recycle(bytes.buffer as ArrayBuffer),
    close: async () => {},
  };
}

interface Pending {
  resolve: (r: never) => void;
  reject: (e: Error) => void;
}

/**
 * A job as sent to a worker: its bytes transferred, or (`input`: offset and length) in the
 * shared input memory; `output`, the slot of the shared output memory to write into, if any.
 */
export type SentJob = Omit<BatchJob, 'bytes' | 'out' | 'claimsOut'> & { bytes?: Uint8Array; input?: [number, number]; output?: number };

/** The memory a worker executor shares with its threads (see SharedSlots), given in their first message. */
export interface SharedMemory {
  inputs: SharedArrayBuffer;
  /** For CSV output only (see workerExecutor): an output slot's bytes, and its claims'. */
  outputs?: SharedArrayBuffer;
  outputSize: number;
  claims?: SharedArrayBuffer;
  claimsSize: number;
}

type Reply =
  | { ok: true; keys: { seq: number; keys: Float64Array } }
  /** `output`: the result's bytes are this many bytes of its output slot. */
  | { ok: true; result: BatchResult; output?: number }
  | { ok: false; seq: number; message: string; stack?: string; exitCode?: number; texts?: Record<Lang, string> };

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

/**
 * Runs batches on these worker threads (from startWorkers), which it terminates when closed.
 * Batches are read into memory shared with the threads (see SharedSlots), and CSV output is
 * written into it too: up to about twice the size of its batch (with its reason cells), it fits
 * a slot of three times that. (A batch of 1 MB makes some 20 MB of JSON, which has memory of its
 * own, handed over.) `batchBytes` is the size of a read. `keepJobs`: a batch's bytes are read
 * again in the main thread once its claims are settled (see DuplicateRows), so those in memory of
 * their own are copied to the threads, not handed over.
 */
export function workerExecutor(threads: readonly Worker[], pack: RulesPack, options: BatchOptions, batchBytes = 1 << 20, keepJobs = false): Executor {
  const capacity = threads.length * 3;
  const slots = jobSlots(capacity, batchBytes, options.format.format === 'csv', resultsWidth(pack));
  const { inputs, outputs } = slots;
  const init: WorkerMessage = { kind: 'init', init: { pack: packData(pack), options, memory: slots.memory } };
  const workers = threads.map((worker) => connect(worker, init, slots));
  let recycled = 0;
  // A batch larger than an input slot holds a record of over a megabyte (up to 16): it is
  // evaluated here, in the main thread, whose heap has room for it. A worker's heap is kept
  // small (see startWorkers), and a record of 12 MB would exhaust it.
  const here = mainThreadPart(pack, options);
  const large = (job: BatchJob) => job.bytes.byteLength > inputs.size;
  return {
    capacity,
    memory: {
      take: async (size) => (size <= inputs.size ? inputs.view(await inputs.take(), size) : Buffer.allocUnsafeSlow(size)),
      drop: (bytes) => {
        const slot = inputs.slotOf(bytes);
        if (slot >= 0) inputs.give(slot);
      },
    },
    keys(job) {
      if (large(job)) return here.keys(job);
      const [message, transfer] = slots.sent(job, keepJobs);
      return send<Float64Array>(leastBusy(workers), job.seq, { kind: 'keys', job: message }, transfer);
    },
    track(people) {
      for (const w of workers) w.worker.postMessage({ kind: 'track', slots: people?.slots } satisfies WorkerMessage);
      here.track(people);
    },
    run(job) {
      if (large(job)) return here.run(job);
      here.forget(job.seq);
      const [message, transfer] = slots.sent(job, keepJobs);
      const output = slots.takeOutput(job.seq);
      if (output >= 0) message.output = output;
      return send<BatchResult>(leastBusy(workers), job.seq, { kind: 'run', job: message }, transfer);
    },
    release(seq) {
      if (!here.release(seq)) slots.giveInput(seq);
    },
    recycle(bytes) {
      if (here.recycle(bytes)) return;
      const slot = outputs?.slotOf(bytes) ?? -1;
      if (slot >= 0) return outputs!.give(slot);
      const buffer = bytes.buffer as ArrayBuffer;
      const w = workers[recycled++ % workers.length]!;
      w.worker.postMessage({ kind: 'recycle', buffer } satisfies WorkerMessage, [buffer]);
    },
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}

/** A worker thread taken by an executor, with the jobs it was sent and has not answered. */
interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
  dead: Error | undefined;
}

const leastBusy = (workers: readonly Thread[]) => workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));

function send<T>(w: Thread, seq: number, message: WorkerMessage, transfer: ArrayBuffer[] = []): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (w.dead) return reject(w.dead);
    w.pending.set(seq, { resolve: resolve as (r: never) => void, reject });
    w.worker.postMessage(message, transfer);
  });
}

/** Takes a thread: sends it the rules and options, then settles its jobs as it answers, or fails them when it dies. */
function connect(worker: Worker, init: WorkerMessage, slots: JobSlots): Thread {
  worker.ref();
  worker.postMessage(init);
  const pending = new Map<number, Pending>();
  const w: Thread = { worker, pending, dead: failedEarly.get(worker) };
  worker.on('message', (m: Reply) => answered(m, slots, pending));
  // A thread that died answers no more: what was sent to it, and what would be, fails; and
  // the memory it held is not given back, so whoever waits for memory fails too.
  const died = (e: Error) => {
    w.dead ??= e;
    for (const p of pending.values()) p.reject(w.dead);
    pending.clear();
    slots.inputs.fail(w.dead);
  };
  worker.on('error', died);
  worker.on('exit', (code) => died(stopped(code)));
  return w;
}

/** A thread's answer: the memory of its job given back (or kept, see release), and its promise settled. */
function answered(m: Reply, slots: JobSlots, pending: Map<number, Pending>): void {
  if (m.ok) {
    const [seq, value] = 'result' in m ? [m.result.seq, m.result] : [m.keys.seq, m.keys.keys];
    if ('result' in m) {
      // Given back once written (see recycle).
      if (m.output !== undefined) m.result.bytes = slots.outputBytes(seq, m.output);
      else slots.giveOutput(seq); // output that outgrew its slot came in memory of its own
      if (!m.result.claims) slots.giveInput(seq); // else kept until released
    } else if ('keys' in m) slots.giveInput(seq);
    const p = pending.get(seq);
    pending.delete(seq);
    p?.resolve(value as never);
    return;
  }
  slots.giveInput(m.seq);
  slots.giveOutput(m.seq);
  const p = pending.get(m.seq);
  pending.delete(m.seq);
  if (!p) return;
  const message = m.texts ? Message.fixed('worker', m.texts) : m.message;
  p.reject(m.exitCode !== undefined ? new SubsidyError(message, m.exitCode) : Object.assign(new Error(m.message), { stack: m.stack }));
}

/** Batches evaluated in the main thread (see workerExecutor), by an executor made when first needed. */
function mainThreadPart(pack: RulesPack, options: BatchOptions) {
  let here: Executor | undefined;
  let tracking: { people: KeySet | undefined } | undefined;
  const local = (): Executor => {
    if (!here) {
      here = inThreadExecutor(pack, options);
      if (tracking) here.track(tracking.people);
    }
    return here;
  };
  const ownedHere = new Set<number>();
  const madeHere = new WeakSet<ArrayBufferLike>();
  return {
    keys: (job: BatchJob) => local().keys(job),
    track(people: KeySet | undefined) {
      tracking = { people };
      here?.track(people);
    },
    run(job: BatchJob): Promise<BatchResult> {
      ownedHere.add(job.seq);
      return local()
        .run(job)
        .then((r) => {
          madeHere.add(r.bytes.buffer);
          return r;
        });
    },
    /** The job runs on a thread. */
    forget: (seq: number) => ownedHere.delete(seq),
    /** Whether the batch was evaluated here (nothing to give back). */
    release: (seq: number) => ownedHere.delete(seq),
    /** Whether the bytes were made here, and so given back here. */
    recycle(bytes: Uint8Array): boolean {
      if (!madeHere.has(bytes.buffer)) return false;
      here!.recycle(bytes);
      return true;
    },
  };
}
