/**
 * CSV inputs stream: cut into batches of whole records, evaluated in the main thread or by
 * worker threads, their claims settled in input order (see Claims), and written in order.
 * Memory stays flat whatever the size: a bounded number of batches is under way at once.
 */
import { statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Readable } from 'node:stream';
import type { Worker } from 'node:worker_threads';
import { DuplicateRows, type RunTotals } from '../batch/duplicate-rows.js';
import { inThreadExecutor, startWorkers, workerExecutor, type Executor } from '../batch/executor.js';
import type { BatchJob, BatchOptions, BatchResult } from '../batch/process.js';
import type { ColumnMaps } from '../batch/job.js';
import type { BatchMemory } from '../batch/shared.js';
import type { BatchClaims } from '../batch/claim-list.js';
import type { Claims, Repeat } from '../engine/claims.js';
import type { KeySet } from '../engine/person-key.js';
import { BatchSplitter, type ByteBatch } from '../io/csv/splitter.js';
import type { RulesPack } from '../rules/load.js';
import type { CsvSource } from './csv-input.js';
import { inputFormatOf } from './inputs.js';
import { tuningOf, type InputFormat, type Tuning } from './options.js';
import type { RunOutput } from './report.js';

/** How many worker threads a run uses: --jobs, or one per core up to four. */
const workerCount = (jobs: number | undefined) => jobs ?? Math.min(4, availableParallelism());

/**
 * Worker threads for a run whose inputs include a CSV file large enough for them (as
 * CsvRun.executorFor decides), started at once: they load their code while the main thread
 * loads the rules, which takes about as long. Undefined for any other run.
 */
export function startEarly(files: readonly string[], o: { inputFormat?: InputFormat; jobs?: number; tuning?: Partial<Tuning> }): Worker[] | undefined {
  if (o.jobs === 0) return undefined;
  const threshold = tuningOf(o.tuning).workerBytes;
  const large = files.some((file) => {
    try {
      return file !== '-' && inputFormatOf(file, o.inputFormat) === 'csv' && statSync(file).size >= threshold;
    } catch {
      return false; // the run itself says what is wrong with the file
    }
  });
  return large ? startWorkers(workerCount(o.jobs)) : undefined;
}

/** A batch's result once its claims are settled: its bytes, those of its repeating rows written anew. */
interface Settled {
  result: BatchResult;
  bytes: Uint8Array;
  /** Who ran it. */
  executor: Executor;
  /** Whether its claims are settled as it is written (see DuplicateRows.rewritesLate). */
  late?: boolean;
}

export interface CsvRunOptions {
  jobs: number | undefined;
  threads: readonly Worker[] | undefined;
  tuning: Tuning;
  /** Called with each batch's claims and their repeats once settled, in input order (a ledger records them). */
  onSettled?: (claims: BatchClaims, repeats: readonly Repeat[]) => void;
}

/** The CSV inputs of a run, one after another, sharing their executors and claims. */
export class CsvRun {
  private inThread: Executor | undefined;
  private workers: Executor | undefined;
  private tracked: KeySet | undefined;
  private readonly rewriter: DuplicateRows;
  /** Records written so far (for progress). */
  rows = 0;

  constructor(
    private readonly pack: RulesPack,
    private readonly batchOptions: BatchOptions,
    private readonly o: CsvRunOptions,
    private readonly claims: Claims,
    private readonly totals: RunTotals,
    private readonly output: RunOutput,
  ) {
    this.rewriter = new DuplicateRows(pack, batchOptions);
  }

  /**
   * The size of a read. JSON and NDJSON are some 25 times their input (each result has its
   * citation and reasons): smaller batches keep the output in flight small.
   */
  private get batchBytes(): number {
    const { batchBytes } = this.o.tuning;
    const format = this.batchOptions.format.format;
    return format === 'json' || format === 'ndjson' ? Math.max(1 << 16, batchBytes >> 2) : batchBytes;
  }

  /**
   * Small inputs are evaluated here, large ones by worker threads (unless --jobs says). An
   * executor made after the first pass reports only the claims of the people it found repeated.
   */
  executorFor(source: CsvSource, offset: number): Executor {
    const small = (source.size ?? offset) < this.o.tuning.workerBytes;
    if (this.o.jobs === 0 || (this.o.jobs === undefined && small)) {
      if (!this.inThread) (this.inThread = inThreadExecutor(this.pack, this.batchOptions)).track(this.tracked);
      return this.inThread;
    }
    if (!this.workers) {
      const threads = this.o.threads ?? startWorkers(workerCount(this.o.jobs));
      this.workers = workerExecutor(threads, this.pack, this.batchOptions, this.batchBytes, this.rewriter.keepsJobs);
      this.workers.track(this.tracked);
    }
    return this.workers;
  }

  /** From now on, only these people's claims are reported (see BatchProcessor.track). */
  track(people: KeySet | undefined): void {
    this.tracked = people;
    this.inThread?.track(people);
    this.workers?.track(people);
  }

  /**
   * Settles a batch's claims, in input order: the rows that repeat a claim are written anew. In
   * CSV output that is done as the batch is written (see DuplicateRows.rewritesLate): the repeats
   * and rewritten bytes of one batch at a time are in memory, not those of every batch ahead.
   */
  private settle(r: BatchResult, executor: Executor, job: BatchJob): Settled | Promise<Settled> {
    if (!r.claims) return { result: r, bytes: r.bytes, executor };
    if (this.rewriter.rewritesLate) {
      executor.release(r.seq);
      return { result: r, bytes: r.bytes, executor, late: true };
    }
    const repeats = this.claims.claim(r.claims.batch);
    // A ledger on a server answers later.
    return repeats instanceof Promise ? repeats.then((later) => this.settled(r, executor, job, later)) : this.settled(r, executor, job, repeats);
  }

  private settled(r: BatchResult, executor: Executor, job: BatchJob, repeats: Repeat[]): Settled {
    this.o.onSettled?.(r.claims!, repeats);
    this.output.noteRepeats(r.claims!, repeats, this.pack);
    let bytes = r.bytes;
    if (repeats.length) {
      bytes = this.rewriter.rewrite(r, repeats, this.totals, job);
      executor.recycle(r.bytes);
    }
    executor.release(r.seq);
    return { result: r, bytes, executor };
  }

  private async write(s: Settled): Promise<void> {
    const { result: r, executor } = s;
    let bytes = s.bytes;
    let repeats = s.late ? this.claims.claim(r.claims!.batch) : [];
    if (repeats instanceof Promise) repeats = await repeats;
    if (s.late) {
      this.o.onSettled?.(r.claims!, repeats);
      this.output.noteRepeats(r.claims!, repeats, this.pack);
    }
    if (repeats.length) {
      bytes = this.rewriter.rewrite(r, repeats, this.totals);
      executor.recycle(r.bytes);
    }
    this.totals.summary.merge(r.summary);
    this.totals.cases.merge(r.cases);
    await this.output.noteInvalid(r.invalid);
    this.rows += r.rows;
    // Once written, the batch's memory goes back to whoever made it, to serve a later batch.
    await this.output.emitBytes(bytes, bytes === r.bytes ? () => executor.recycle(r.bytes) : () => this.rewriter.recycle(bytes));
  }

  /**
   * Streams one CSV input through the executors. Results are settled and written in input
   * order; reading goes on while earlier batches are evaluated. `onBytes`: the input's bytes
   * done, through the end of each batch written (not those read ahead, not yet evaluated).
   */
  async run(source: CsvSource, stream: Readable | undefined, maps: ColumnMaps | null, onBytes: (bytes: number) => void): Promise<void> {
    const layout = source.layout!;
    const inflight: { settled: Promise<Settled>; end: number }[] = [];
    let previous: Promise<unknown> = Promise.resolve();
    let seq = 0;
    let capacity = 1;
    const submit = (b: ByteBatch) => {
      const executor = this.executorFor(source, b.offset);
      capacity = executor.capacity;
      const job: BatchJob = { seq: seq++, bytes: b.bytes, firstLine: b.firstLine, encoding: source.encoding, layout, maps, invalidLimit: this.output.invalidLimit() };
      const settled = Promise.all([executor.run(job), previous]).then(([r]) => this.settle(r, executor, job));
      settled.catch(() => {}); // awaited in order below; this only keeps a later failure from going unhandled
      previous = settled;
      inflight.push({ settled, end: batchEnd(b) });
    };
    const drain = async (keep: number) => {
      while (inflight.length > keep) {
        const { settled, end } = inflight.shift()!;
        await this.write(await settled);
        onBytes(end);
      }
    };
    const memory = stream ? undefined : this.executorFor(source, source.dataOffset).memory;
    for await (const batches of batchesOf(source, stream, this.batchBytes, memory)) {
      for (const b of batches) submit(b);
      await drain(capacity);
    }
    await drain(0);
  }

  /** The first pass over a CSV file: the claim key of every row naming a valid ID number, batch by batch, with the bytes done through each. */
  async keys(source: CsvSource, add: (keys: Float64Array, bytes: number) => void): Promise<void> {
    const inflight: { keys: Promise<Float64Array>; end: number }[] = [];
    const take = async () => {
      const { keys, end } = inflight.shift()!;
      add(await keys, end);
    };
    let seq = 0;
    for await (const batches of batchesOf(source, undefined, this.batchBytes, this.executorFor(source, source.dataOffset).memory)) {
      for (const b of batches) {
        const executor = this.executorFor(source, b.offset);
        const keys = executor.keys({ seq: seq++, bytes: b.bytes, firstLine: b.firstLine, encoding: source.encoding, layout: source.layout!, maps: null, invalidLimit: 0 });
        keys.catch(() => {}); // awaited in order below; this only keeps a later failure from going unhandled
        inflight.push({ keys, end: batchEnd(b) });
        while (inflight.length > executor.capacity) await take();
      }
    }
    while (inflight.length) await take();
  }

  async close(): Promise<void> {
    await this.workers?.close();
  }
}

/** The input's bytes through the end of a batch (its offset is in the input, counting the header). */
const batchEnd = (b: ByteBatch) => b.offset + b.bytes.length;

/**
 * A CSV input's data in batches of whole records, as its chunks come.
 * `memory`: where to read a file's batches (see BatchMemory); undefined: memory of their own.
 */
async function* batchesOf(source: CsvSource, stream: Readable | undefined, batchBytes: number, memory?: BatchMemory): AsyncGenerator<ByteBatch[]> {
  const splitter = new BatchSplitter(source.file, batchBytes, 16 << 20, source.dataLine, source.dataOffset, source.layout?.delimiter);
  if (!stream) {
    const file = await open(source.path!, 'r');
    try {
      for await (const { batches } of splitter.readFile(file, source.dataOffset, batchBytes, memory)) yield batches;
    } finally {
      await file.close();
    }
  }
  if (source.rest?.length) yield splitter.push(source.rest);
  for await (const chunk of stream ?? []) yield splitter.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  const last = splitter.end();
  if (last) yield [last];
}
