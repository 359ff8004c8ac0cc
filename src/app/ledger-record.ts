/**
 * `subsidy ledger record`: evaluate a batch against the ledger (as `evaluate --ledger` does),
 * then record its eligible grants and loans in one transaction. The same batch ID again records
 * nothing: for the same inputs (exit 0), or for others (refused, exit 1); claims already paid
 * are not recorded and are listed (exit 1). A file rewritten during the run is refused (exit 4).
 */
import { createHash } from 'node:crypto';
import { UsageError } from '../errors.js';
import { Writable } from 'node:stream';
import { LedgerClaims, paidRef } from '../ledger/claims.js';
import { openLedger, type BatchInfo, type BatchRow, type Ledger, type PaidRow } from '../ledger/ledger.js';
import { batchDifferences, checkUnchanged, fileSha256, readOptionsText, sameInputsNotes, type BatchInputs } from './batch-inputs.js';
import { say as sayLedger } from './ledger-messages.js';
import { Recorder, type Conflict } from '../ledger/recorder.js';
import type { RulesPack } from '../rules/load.js';
import { runEvaluate } from './evaluate.js';
import type { CommandIO } from './io.js';
import type { EvaluateOptions } from './options.js';
import type { Lang } from '../i18n/lang.js';
import { conflictLines, recordedText, type RecordReport } from './ledger-text.js';
import { say } from './messages.js';

export interface RecordOptions {
  ledger: string;
  batch: string;
  dryRun: boolean;
  /** How long to wait for a ledger another process writes (ms). */
  busyMs: number;
  /** table (text) or json: the report of what was (or would be) recorded. */
  report: 'table' | 'json';
  /** Mask ID numbers in the report's text. */
  mask: boolean;
}

/** The rules pack and its overlays, their versions, and a hash of the parameter values in force. */
export function packInfo(pack: RulesPack): Pick<BatchInfo, 'pack' | 'packVersion' | 'paramsHash'> {
  const values = [...pack.params.values()].map((p) => [p.name, p.value] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    pack: [pack.name, ...pack.overlays.map((o) => o.name)].join('+'),
    packVersion: [pack.version, ...pack.overlays.map((o) => o.version)].join('+'),
    paramsHash: createHash('sha256').update(JSON.stringify(values)).digest('hex').slice(0, 16),
  };
}

const discard = () => new Writable({ write: (_chunk, _encoding, done) => done() });

/** What a run records of its batch but its ID and time: its files hashed as they are now. */
async function batchInputs(e: EvaluateOptions, pack: RulesPack): Promise<BatchInputs> {
  return { files: e.inputs, fileSha256: await fileSha256(e.inputs), readOptions: readOptionsText(e), asOf: e.asOf, ...packInfo(pack) };
}

/** Records a batch; returns the exit code. `e`: the evaluation's options (its output only with --output). */
export async function runRecord(r: RecordOptions, e: EvaluateOptions, pack: RulesPack, io: CommandIO): Promise<number> {
  // A payment names the file it came from, to be traced back to it.
  if (e.inputs.includes('-')) throw new UsageError(say('recordStdin'));
  const ledger = await openLedger(r.ledger, { write: !r.dryRun, busyMs: r.busyMs, missingIsEmpty: r.dryRun });
  try {
    const existing = await ledger.batch(r.batch);
    // The files' contents (and the options they are read with) are what a batch ID recorded again is compared by.
    if (existing) return already(r, ledger, existing, await batchInputs(e, pack), e.lang, io);
    // Hashed before they are read, and again before recording: the hashes recorded are those of what was evaluated.
    const mine = r.dryRun ? undefined : await batchInputs(e, pack);
    const recorder = new Recorder(pack);
    const claims = new LedgerClaims(ledger, pack);
    const runIO = e.output ? io : { ...io, stdout: discard() };
    const evaluated = await runEvaluate({ ...e, ledger: { claims, recorder } }, pack, runIO);
    const conflicts = [...recorder.conflicts];
    let recorded = recorder.count;
    const lost = new Set<number>();
    if (mine) {
      await checkUnchanged(mine);
      const outcome = await ledger.record({ batch: r.batch, recordedAt: new Date().toISOString(), ...mine }, recorder);
      if (outcome.status === 'already') return already(r, ledger, outcome.existing, mine, e.lang, io);
      recorded = outcome.recorded;
      for (const { index, holder } of outcome.lost) {
        lost.add(index);
        conflicts.push(lostConflict(recorder, index, holder));
      }
    }
    // What was recorded: a racing recorder's payments took those lost.
    const totals = recorder.totals(lost);
    const report: RecordReport = { ledger: ledger.name, batch: r.batch, as_of: e.asOf, dry_run: r.dryRun, recorded, totals, duplicates: recorder.duplicates, conflicts };
    io.stdout.write(r.report === 'json' ? `${JSON.stringify(reportJson(report), null, 2)}\n` : recordedText(report, e.lang, r.mask));
    return conflicts.length ? 1 : evaluated;
  } finally {
    await ledger.close();
  }
}

/** A batch ID recorded before: nothing recorded (exit 0) if for the same inputs, refused (exit 1) if for others. */
function already(r: RecordOptions, ledger: Ledger, b: BatchRow, mine: BatchInputs, lang: Lang, io: CommandIO): number {
  const differs = batchDifferences(b, mine);
  if (differs.length) {
    io.stderr.write(`subsidy: ${sayLedger('otherInputs', { b, ledger: ledger.name, differs }).text(lang)}\n`);
    if (r.report === 'json') io.stdout.write(`${JSON.stringify({ ledger: ledger.name, batch: b.batch, other_inputs: differs.map((d) => d.text(lang)), already_recorded: b }, null, 2)}\n`);
    return 1;
  }
  const text = sayLedger('already', { b, ledger: ledger.name, notes: sameInputsNotes(b, mine) }).text(lang);
  io.stdout.write(r.report === 'json' ? `${JSON.stringify({ ledger: ledger.name, batch: b.batch, already_recorded: b }, null, 2)}\n` : `${text}\n`);
  return 0;
}

/** A payment that a racing recorder's payment blocked, as a conflict. */
function lostConflict(recorder: Recorder, index: number, holder: PaidRow): Conflict {
  const p = recorder.get(index);
  return { file: p.file, line: p.line, case_id: p.caseId, person_key: p.personKey, program: p.program, paid: paidRef(holder) };
}

function reportJson(r: RecordReport) {
  return {
    ledger: r.ledger,
    batch: r.batch,
    as_of: r.as_of,
    dry_run: r.dry_run,
    recorded: r.recorded,
    programs: Object.fromEntries([...r.totals].map(([id, t]) => [id, { kind: t.kind, payments: t.count, amount: t.fen / 100 }])),
    duplicates: r.duplicates,
    conflicts: conflictLines(r.conflicts).map((c) => c.json),
  };
}
