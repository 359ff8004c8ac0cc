/**
 * The inputs of a batch, as the ledger keeps them: its files as named, and the SHA-256 of each
 * file's bytes. A batch ID recorded again is for the same inputs when the files' contents are the
 * same (however their paths are spelled), and the as-of date, rules and parameters too.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { InputError } from '../errors.js';
import type { Message } from '../i18n/messages.js';
import type { BatchInfo, BatchRow } from '../ledger/ledger.js';
import { say as sayLedger } from './ledger-messages.js';
import { READ_FAILURES, say } from './messages.js';

/** What a run would record of its batch, but its ID and time. */
export type BatchInputs = Omit<BatchInfo, 'batch' | 'recordedAt'>;

/** The SHA-256 of each file (hex), in order; a file named twice is read once. */
export async function fileSha256(files: readonly string[]): Promise<string[]> {
  const done = new Map<string, string>();
  for (const file of files) if (!done.has(file)) done.set(file, await sha256(file));
  return files.map((f) => done.get(f)!);
}

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new InputError(say('isFolder', { file }));
    throw new InputError(say('cannotRead', { file, why: (code && READ_FAILURES[code]) || (e as Error).message }));
  }
  return hash.digest('hex');
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** A hash as a message shows it: its first 12 digits. */
const short = (hash: string | undefined) => (hash ?? '').slice(0, 12);

/**
 * What differs between a batch recorded before and the one this run would record under its ID
 * (nothing: the same inputs). Files are compared by content; a batch recorded before the ledger
 * kept hashes (ledger schema 1), by name, as written.
 */
export function batchDifferences(b: BatchRow, mine: BatchInputs): Message[] {
  const out: Message[] = [];
  const sameNames = same(b.files, mine.files);
  const files = () => sayLedger('differ', { what: 'files', then: b.files.join(', '), now: mine.files.join(', ') });
  if (b.file_sha256 === null) {
    if (!sameNames) out.push(files());
  } else if (!same(b.file_sha256, mine.fileSha256)) {
    if (!sameNames) out.push(files());
    else b.files.forEach((file, i) => b.file_sha256![i] !== mine.fileSha256[i] && out.push(sayLedger('contentChanged', { file, then: short(b.file_sha256![i]), now: short(mine.fileSha256[i]) })));
  }
  if (b.as_of !== mine.asOf) out.push(sayLedger('differ', { what: 'asOf', then: b.as_of, now: mine.asOf }));
  if (b.pack !== mine.pack || b.pack_version !== mine.packVersion) out.push(sayLedger('differ', { what: 'rules', then: `${b.pack} ${b.pack_version}`, now: `${mine.pack} ${mine.packVersion}` }));
  if (b.params_hash !== mine.paramsHash) out.push(sayLedger('differ', { what: 'params', then: b.params_hash, now: mine.paramsHash }));
  return out;
}

/** What to add when a batch is the same inputs: its files named otherwise, or compared by name only. */
export function sameInputsNotes(b: BatchRow, mine: BatchInputs): Message[] {
  if (b.file_sha256 === null) return [sayLedger('namesOnly')];
  return same(b.files, mine.files) ? [] : [sayLedger('sameContent', { then: b.files.join(', '), now: mine.files.join(', ') })];
}
