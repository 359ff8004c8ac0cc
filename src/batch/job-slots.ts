/**
 * The memory a worker executor shares with its threads (see SharedSlots): batches are read into
 * its input slots, CSV output is written into its output slots. Each job holds its slots until
 * done with them.
 */
import type { SentJob, SharedMemory } from './executor.js';
import type { BatchJob } from './process.js';
import { claimsMemorySize } from './claim-list.js';
import { SharedSlots } from './shared.js';

export type JobSlots = ReturnType<typeof jobSlots>;

/**
 * The memory shared with the threads, and the slots of each job under way (or whose claims are to
 * settle). `claimWidth`: the results a claim keeps (see ClaimList).
 */
export function jobSlots(capacity: number, batchBytes: number, csv: boolean, claimWidth: number) {
  // Inputs: the batches under way, one being read and those waiting for their claims to settle;
  // a read holds the rest of the batch before it too. Outputs: also those being written. Each
  // output slot has room for the claims of a batch of rows of 32 bytes on average (64 at least;
  // a batch of more gathers its claims in memory of its own); they are read in place, and the
  // slot is held until the batch is written.
  const inputs = new SharedSlots(capacity + 3, batchBytes + (batchBytes >> 2));
  const outputs = csv ? new SharedSlots(capacity + 4, batchBytes * 3) : undefined;
  const claimsSize = claimsMemorySize(Math.max(64, Math.ceil(batchBytes / 32)), claimWidth);
  const claims = outputs ? new SharedArrayBuffer(outputs.count * claimsSize) : undefined;
  const memory: SharedMemory = { inputs: inputs.buffer, ...(outputs ? { outputs: outputs.buffer, claims } : {}), outputSize: outputs?.size ?? 0, claimsSize };
  // Given back when done with.
  const inputOf = new Map<number, number>();
  const outputOf = new Map<number, number>();
  return {
    inputs,
    outputs,
    memory,
    giveInput(seq: number) {
      const slot = inputOf.get(seq);
      if (slot === undefined) return;
      inputOf.delete(seq);
      inputs.give(slot);
    },
    giveOutput(seq: number) {
      const slot = outputOf.get(seq);
      if (slot === undefined) return;
      outputOf.delete(seq);
      outputs!.give(slot);
    },
    /** The job as sent, its bytes named in the shared input memory when they are there. */
    sent(job: BatchJob, keepJobs: boolean): [SentJob, ArrayBuffer[]] {
      const slot = inputs.slotOf(job.bytes);
      if (slot < 0) return [job, keepJobs ? [] : [job.bytes.buffer as ArrayBuffer]];
      inputOf.set(job.seq, slot);
      return [{ ...job, bytes: undefined, input: [job.bytes.byteOffset, job.bytes.byteLength] }, []];
    },
    /** An output slot for the job, if one is free (-1 if not). */
    takeOutput(seq: number): number {
      const output = outputs?.tryTake() ?? -1;
      if (output >= 0) outputOf.set(seq, output);
      return output;
    },
    /** The job's output, written into its slot: the slot is no longer the job's. */
    outputBytes(seq: number, length: number): Uint8Array {
      const bytes = outputs!.view(outputOf.get(seq)!, length);
      outputOf.delete(seq);
      return bytes;
    },
  };
}
