/**
 * What a batch pays, gathered as its claims are settled: every eligible result of a program
 * paid once per person (grants and loans alike, each with its kind), in columns; and the claims
 * that a payment in the ledger blocks (the conflicts). CSV batches report their claims with
 * their results in short (BatchClaims); case files report evaluated records.
 */
import type { BatchClaims } from '../batch/claim-list.js';
import type { ClaimRef, Repeat } from '../engine/claims.js';
import { personKey } from '../engine/person-key.js';
import { STATUSES, type EvaluatedRecord } from '../engine/types.js';
import { PERSON_FIELD, RECORD_TYPES } from '../records/fields.js';
import type { RulesPack } from '../rules/load.js';
import { grown } from '../engine/claims.js';
import type { NewPayment, Payments } from './ledger.js';

/** A claim that a payment recorded before blocks. */
export interface Conflict {
  file: string;
  line: number | null;
  case_id: string | null;
  person_key: number;
  program: string;
  paid: ClaimRef;
}

interface Program {
  id: string;
  kind: 'grant' | 'loan';
  perPerson: boolean;
}

const ELIGIBLE = STATUSES.indexOf('eligible');

export class Recorder implements Payments {
  private capacity = 1 << 12;
  count = 0;
  private people = new Float64Array(this.capacity);
  private fens = new Float64Array(this.capacity);
  private lines = new Uint32Array(this.capacity);
  /** Program (an index into `list`) and file (an index into `files`). */
  private programIndexes = new Uint16Array(this.capacity);
  private fileIndexes = new Uint32Array(this.capacity);
  private readonly caseIds: (string | null)[] = [];
  private readonly files: string[] = [];
  private readonly fileIndex = new Map<string, number>();
  /** Every program of the pack, and those of each record type (by type index) as indexes into it. */
  private readonly list: Program[];
  private readonly byType: number[][];
  readonly conflicts: Conflict[] = [];
  /** Claims that repeat an earlier claim of the same batch (not recorded: the first one is). */
  duplicates = 0;

  constructor(pack: RulesPack) {
    this.list = pack.programs.map((p) => ({ id: p.id, kind: p.spec.kind, perPerson: p.spec.per_person === true }));
    this.byType = RECORD_TYPES.map((t) => pack.byType[t].map((p) => pack.programs.indexOf(p)));
  }

  get(i: number): NewPayment {
    const program = this.list[this.programIndexes[i]!]!;
    const line = this.lines[i]!;
    return { personKey: this.people[i]!, program: program.id, kind: program.kind, fen: this.fens[i]!, caseId: this.caseIds[i]!, file: this.files[this.fileIndexes[i]!]!, line: line || null };
  }

  /** Fen paid by program id, grants and loans each under their programs (but the payments `skip` names: those not recorded). */
  totals(skip: ReadonlySet<number> = new Set()): Map<string, { kind: 'grant' | 'loan'; count: number; fen: number }> {
    const out = new Map<string, { kind: 'grant' | 'loan'; count: number; fen: number }>();
    for (let i = 0; i < this.count; i++) {
      if (skip.has(i)) continue;
      const p = this.list[this.programIndexes[i]!]!;
      const t = out.get(p.id) ?? { kind: p.kind, count: 0, fen: 0 };
      t.count++;
      t.fen += this.fens[i]!;
      out.set(p.id, t);
    }
    return out;
  }

  /** A CSV batch's claims, once settled. */
  onSettled(c: BatchClaims, repeats: readonly Repeat[]): void {
    const b = c.batch;
    const file = this.fileOf(b.file);
    let r = 0;
    for (let j = 0; j < b.count; j++) {
      const mask = b.masks[j]!;
      if (!mask) continue;
      const firsts = repeats[r]?.[0] === j ? repeats[r++]![1] : undefined;
      const key = b.keys[j]!;
      const programs = this.byType[key % 4]!;
      const person = Math.floor(key / 4);
      const caseId = b.caseNames[b.cases[j]!] ?? null;
      for (let p = 0; mask >>> p; p++) {
        if (!((mask >>> p) & 1)) continue;
        const first = firsts?.get(p);
        if (first) {
          this.repeat(first, b.file, b.lines[j]! || null, caseId, person, this.list[programs[p]!]!.id);
          continue;
        }
        if (c.statuses[j * c.width + p] !== ELIGIBLE) continue;
        this.add(person, programs[p]!, c.amounts[j * c.width + p]!, b.lines[j]!, caseId, file);
      }
    }
  }

  /** Records of case files, once evaluated and claimed. */
  onRecords(recs: readonly EvaluatedRecord[]): void {
    for (const rec of recs) {
      if (!rec.results) continue;
      const id = rec.facts[PERSON_FIELD[rec.type]];
      const person = typeof id === 'string' ? personKey(id) : undefined;
      if (person === undefined) continue;
      const programs = this.byType[RECORD_TYPES.indexOf(rec.type)]!;
      rec.results.forEach((result, p) => {
        const program = this.list[programs[p]!]!;
        if (!program.perPerson) return;
        if (result.duplicate_of) this.repeat(result.duplicate_of, rec.source.file, rec.source.line ?? null, rec.case_id, person, program.id);
        else if (result.status === 'eligible' && result.amount !== null) this.add(person, programs[p]!, result.amount, rec.source.line ?? 0, rec.case_id, this.fileOf(rec.source.file));
      });
    }
  }

  private repeat(first: ClaimRef, file: string, line: number | null, caseId: string | null, person: number, program: string): void {
    if (first.batch === undefined) this.duplicates++;
    else this.conflicts.push({ file, line, case_id: caseId, person_key: person, program, paid: first });
  }

  private add(person: number, program: number, fen: number, line: number, caseId: string | null, file: number): void {
    if (this.count === this.capacity) this.grow();
    const i = this.count++;
    this.people[i] = person;
    this.programIndexes[i] = program;
    this.fens[i] = fen;
    this.lines[i] = line;
    this.fileIndexes[i] = file;
    this.caseIds[i] = caseId;
  }

  private fileOf(file: string): number {
    let i = this.fileIndex.get(file);
    if (i === undefined) this.fileIndex.set(file, (i = this.files.push(file) - 1));
    return i;
  }

  private grow(): void {
    this.capacity *= 2;
    this.people = grown(this.people, new Float64Array(this.capacity));
    this.fens = grown(this.fens, new Float64Array(this.capacity));
    this.lines = grown(this.lines, new Uint32Array(this.capacity));
    this.programIndexes = grown(this.programIndexes, new Uint16Array(this.capacity));
    this.fileIndexes = grown(this.fileIndexes, new Uint32Array(this.capacity));
  }
}
