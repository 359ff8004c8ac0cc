/**
 * The inputs of a batch, as the ledger keeps them: its files as named, the SHA-256 of each
 * file's bytes, and the options they were read with. A batch ID recorded again is for the same
 * inputs when the files' contents are the same (however their paths are spelled), read with the
 * same options, and the as-of date, rules and parameters are the same too.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { InputError } from '../errors.js';
import type { Message } from '../i18n/messages.js';
import { delimiterName } from '../io/csv/delimiter.js';
import type { BatchInfo, BatchRow } from '../ledger/ledger.js';
import { say as sayLedger } from './ledger-messages.js';
import { cannotRead } from './case-input.js';
import { say } from './messages.js';
import type { EvaluateOptions } from './options.js';

/** What a run would record of its batch, but its ID and time. */
export type BatchInputs = Omit<BatchInfo, 'batch' | 'recordedAt'>;

/**
 * The options of a run that tell how its files are read: every option of `withInputOptions`
 * (src/cli/evaluate.ts) but the rules and parameters, which a batch keeps apart (its pack and
 * parameter hash). The same bytes read with others are other records (another sheet, another
 * record type, another delimiter or encoding, another format).
 */
export type ReadOptions = Pick<EvaluateOptions, 'inputFormat' | 'type' | 'encoding' | 'delimiter' | 'sheet'>;

/** The flags of ReadOptions, in the order their canonical text lists them. */
export const READ_FLAGS = ['--input-format', '--type', '--encoding', '--delimiter', '--sheet'] as const;

/** A value as the canonical text writes it: as it is if plain, else quoted (JSON). */
const word = (v: string) => (/^[\p{L}\p{N}_.+@%/:,=-]+$/u.test(v) ? v : JSON.stringify(v));

/**
 * The reading options as one canonical text, as a batch keeps them: each one given, as its flag
 * and value (values as the options read them: gbk is gb18030, a Chinese record type its ID), in
 * the order of READ_FLAGS; defaults (encoding auto, delimiter found in the header) left out; ''
 * for none.
 */
export function readOptionsText(o: ReadOptions): string {
  const values: Record<(typeof READ_FLAGS)[number], string | undefined> = {
    '--input-format': o.inputFormat,
    '--type': o.type,
    '--encoding': o.encoding === 'auto' ? undefined : o.encoding,
    '--delimiter': o.delimiter === undefined ? undefined : delimiterName(o.delimiter),
    '--sheet': o.sheet,
  };
  return READ_FLAGS.flatMap((flag) => (values[flag] === undefined ? [] : [`${flag} ${word(values[flag])}`])).join(' ');
}

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
    if ((e as NodeJS.ErrnoException).code === 'EISDIR') throw new InputError(say('isFolder', { file }));
    throw cannotRead(file, e);
  }
  return hash.digest('hex');
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** A hash as a message shows it: its first 12 digits. */
const short = (hash: string | undefined) => (hash ?? '').slice(0, 12);

/**
 * What differs between a batch recorded before and the one this run would record under its ID
 * (nothing: the same inputs). Files are compared by content, and the options they are read with
 * as their canonical text; a batch recorded before the ledger kept them (ledger schema 1), its
 * files by name, as written, and its options not at all.
 */
export function batchDifferences(b: BatchRow, mine: BatchInputs): Message[] {
  const out: Message[] = [];
  const hashes = b.file_sha256;
  const files = () => sayLedger('differ', { what: 'files', then: b.files.join(', '), now: mine.files.join(', ') });
  if (hashes === null || !same(hashes, mine.fileSha256)) {
    if (!same(b.files, mine.files)) out.push(files());
    else if (hashes !== null) {
      // The same names: each file whose content changed.
      for (const [i, file] of b.files.entries()) {
        if (hashes[i] !== mine.fileSha256[i]) out.push(sayLedger('contentChanged', { file, then: short(hashes[i]), now: short(mine.fileSha256[i]) }));
      }
    }
  }
  if (b.read_options !== null && b.read_options !== mine.readOptions) out.push(sayLedger('readOptions', { then: b.read_options, now: mine.readOptions }));
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

/**
 * Refuses to record files whose content changed since they were hashed, before they were read:
 * the batch would name content other than the one evaluated. (A file changed and changed back
 * meanwhile is not seen.)
 */
export async function checkUnchanged(mine: BatchInputs): Promise<void> {
  const now = await fileSha256(mine.files);
  const i = now.findIndex((hash, j) => hash !== mine.fileSha256[j]);
  if (i >= 0) throw new InputError(sayLedger('changedDuringRun', { file: mine.files[i]!, then: short(mine.fileSha256[i]), now: short(now[i]) }));
}
