/**
 * The statuses writer of CSV batches (statusesWriterOf, generated code, and its loop) against
 * evaluateRecord, and the reasons rendered from its codes (ReasonTexts) against shortReason:
 * facts drawn from every value the pack uses (every group, district and category its conditions
 * and parameters name, dates around every date it names and every retention period's end,
 * amounts around every cap), for every record type and program.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, type CalendarDate } from '../src/core/calendar.js';
import { evaluateRecord, reusableResults, statusesLoop, statusesWriterOf, type StatusesWriter } from '../src/engine/evaluate.js';
import type { ConditionResult, ProgramResult } from '../src/engine/types.js';
import { shortReason } from '../src/i18n/describe.js';
import { ReasonTexts } from '../src/i18n/reasons.js';
import { fieldSpec, RECORD_TYPES, type RecordType } from '../src/records/fields.js';
import { ENTERPRISE_CATEGORIES, GROUP_LABELS } from '../src/records/values.js';
import { loadRules, type RulesPack } from '../src/rules/load.js';
import type { ConditionSpec, ValueSpec } from '../src/rules/schema.js';

/** The pack as it comes, and with parameters set, unset (null) or changed, with and without an overlay. */
const unset = (values: Record<string, unknown>) => ({ name: 'test', values });
const PACKS = [
  loadRules(),
  loadRules({ flags: ['recruitment_amount=500', 'hiring_extra_groups=graduate', 'startup_groups=migrant_worker,veteran'], file: unset({ startup_loan_cap: null }) }),
  loadRules({ overlays: ['examples/overlays/local-social-insurance.yaml'], flags: ['organization_cap=0'], file: unset({ min_retention_months: null }) }),
  loadRules({ overlays: ['examples/overlays/local-social-insurance.yaml'], flags: ['startup_districts=长寿区,渝中区'], file: unset({ hiring_min_insurance_months: null, emergency_amount: null }) }),
];

function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const around = (date: CalendarDate) => [addDays(date, -1), date, addDays(date, 1)];
const near = (n: number) => [n - 1, n, n + 1].filter((v) => v >= 0);

/** The values a pack's conditions and amounts compare each fact of a record type with, and the dates it names. */
function valuesOf(pack: RulesPack, type: RecordType, asOfs: readonly CalendarDate[]) {
  const byFact = new Map<string, unknown[]>();
  const add = (fact: string, ...values: unknown[]) => byFact.set(fact, [...(byFact.get(fact) ?? []), ...values]);
  const valueOf = (v: ValueSpec): unknown[] => {
    if (Array.isArray(v)) return v.flatMap((item) => (typeof item === 'object' ? valueOf(item) : [item]));
    if (typeof v === 'object' && v !== null) return [pack.params.get(v.param)?.value].flat().filter((x) => x !== null && x !== undefined);
    return [v];
  };
  const dates = new Set<CalendarDate>(asOfs.flatMap(around));
  const retentions: { start: string; end: string; months: number | null }[] = [];
  for (const program of pack.byType[type]) {
    for (const d of [program.spec.from, program.spec.to]) if (d) around(d).forEach((x) => dates.add(x));
    for (const c of program.spec.conditions as ConditionSpec[]) {
      if (c.op === 'retained') {
        const months = typeof c.months === 'object' ? (pack.params.get(c.months.param)?.value as number | null) : c.months;
        retentions.push({ start: c.start, end: c.end, months });
      } else if ('value' in c) add(c.fact, ...valueOf(c.value));
      else add(c.fact);
    }
    const amount = program.spec.amount;
    if ('fact' in amount) {
      const cap = typeof amount.cap === 'object' ? pack.params.get(amount.cap.param)?.value : amount.cap !== undefined ? Math.round(amount.cap * 100) : undefined;
      add(amount.fact, 0, ...(typeof cap === 'number' ? near(cap) : []));
    }
  }
  // Retention: first days whose months end around each evaluation date, last days around those ends.
  for (const r of retentions) {
    const ends = asOfs.flatMap(around);
    const starts = r.months === null ? ['2020-02-01'] : ends.map((e) => addDays(addMonths(e, -r.months!), 0));
    add(r.start, ...starts.flatMap(around));
    add(r.end, ...ends, ...starts);
  }
  return { byFact, dates: [...dates] };
}

/** Facts of a record type as the CSV readers make them (a missing one undefined), from the pack's values. */
function factsArb(pack: RulesPack, type: RecordType, asOfs: readonly CalendarDate[]): fc.Arbitrary<Record<string, unknown>> {
  const { byFact, dates } = valuesOf(pack, type, asOfs);
  const districts = (pack.spec.districts ?? []).flatMap((d) => [d.name, ...d.aliases.map(String)]);
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [fact, values] of byFact) {
    const kind = fieldSpec(type, fact, pack.facts[type])!.kind;
    const own = [...new Set(values)];
    let arb: fc.Arbitrary<unknown>;
    if (kind === 'date') arb = fc.constantFrom(...new Set([...own.map(String), ...dates]));
    else if (kind === 'money') arb = fc.oneof(fc.constantFrom(...new Set([...(own as number[]), 0, 1])), fc.integer({ min: 0, max: 30_000_000 }));
    else if (kind === 'integer' || kind === 'number') arb = fc.constantFrom(...new Set([0, ...(own as number[]).flatMap(near)]));
    else if (kind === 'groups') arb = fc.subarray([...new Set([...own.map(String), ...Object.keys(GROUP_LABELS), 'other'])], { minLength: 1, maxLength: 3 });
    else if (kind === 'categories') arb = fc.subarray([...ENTERPRISE_CATEGORIES], { minLength: 1 });
    else if (kind === 'district') {
      // The districts the pack names, as any of their names, as often as all the others.
      const named = (pack.spec.districts ?? []).filter((d) => own.includes(d.name)).flatMap((d) => [d.name, ...d.aliases.map(String)]);
      arb = fc.oneof(fc.constantFrom(...new Set([...own.map(String), ...named])), fc.constantFrom(...districts, 'Nowhere'));
    }
    else arb = fc.constantFrom(...new Set([...own.map(String), 'other']));
    shape[fact] = fc.option(arb, { nil: undefined, freq: 6 });
  }
  return fc.record(shape);
}

/** The reason code of a full result: which conditions decided it (see reasonCode). */
function codeOf(r: ProgramResult): number {
  const bits = (outcome: ConditionResult['outcome']) => r.conditions.reduce((m, c, i) => (c.outcome === outcome ? m | (1 << i) : m), 0);
  if (r.status === 'ineligible') return bits('not_met');
  if (r.status === 'pending') return bits('pending');
  if (r.status === 'undetermined') return bits('unknown') | (r.amount_rule.fen === null ? 1 << r.conditions.length : 0);
  return 0;
}

const ASOFS: CalendarDate[] = ['2020-03-31', '2020-06-30', '2020-12-31', '2021-01-01'];

function check(name: string, writerOf: (type: RecordType, pack: RulesPack) => StatusesWriter) {
  it(name, () => {
    for (const rules of PACKS) {
      for (const type of RECORD_TYPES) {
        if (!rules.byType[type].length) continue;
        const write = writerOf(type, rules);
        const into = reusableResults(type, rules);
        const codes = new Int32Array(into.length);
        const texts = { en: new Map<string, ReasonTexts>(), zh: new Map<string, ReasonTexts>() };
        const textsOf = (lang: 'en' | 'zh', asOf: CalendarDate) => {
          let t = texts[lang].get(asOf);
          if (!t) texts[lang].set(asOf, (t = new ReasonTexts(rules, type, lang, asOf)));
          return t;
        };
        fc.assert(
          fc.property(fc.constantFrom(...ASOFS), factsArb(rules, type, ASOFS), (asOf, written) => {
            // Missing facts left out for evaluateRecord, present as undefined for the statuses writer.
            const facts = Object.fromEntries(Object.entries(written).filter(([, v]) => v !== undefined));
            const full = evaluateRecord(type, facts, rules, asOf);
            write(written, asOf, into, codes);
            expect(into.map((r, p) => [r.program, r.status, r.amount, codes[p]])).toEqual(full.map((r) => [r.program, r.status, r.amount, codeOf(r)]));
            for (const lang of ['en', 'zh'] as const) {
              const cells: string[] = [];
              textsOf(lang, asOf).fill(into, codes, written, cells);
              expect(cells).toEqual(full.map((r, p) => (r.status === 'eligible' ? '' : shortReason(rules.byType[type][p]!, r, lang, rules))));
            }
          }),
          { numRuns: 150 },
        );
      }
    }
  });
}

describe('statuses, amounts and reason codes alone (for CSV batches), against evaluateRecord', () => {
  check('the generated statuses writer', statusesWriterOf);
  check('the statuses loop', (type, pack) => statusesLoop(pack.compiled[type]));

  it('draw what the pack names: startup groups and the loan cap, among others', () => {
    const { byFact } = valuesOf(PACKS[0]!, 'startup', ASOFS);
    expect(byFact.get('applicant_group')).toContain('migrant_worker');
    expect(byFact.get('loan_requested')).toEqual(expect.arrayContaining([15_000_000 - 1, 15_000_000, 15_000_001]));
    expect(byFact.get('business_district')).toContain('长寿区');
  });

  it('reach eligible and not eligible in every program that can be, and pending in every record type', () => {
    for (const rules of [PACKS[0]!, loadRules({ flags: ['recruitment_amount=500'] })]) {
      for (const type of RECORD_TYPES) {
        const seen = rules.byType[type].map(() => new Set<string>());
        fc.assert(
          fc.property(fc.constantFrom(...ASOFS), factsArb(rules, type, ASOFS), (asOf, written) => {
            const facts = Object.fromEntries(Object.entries(written).filter(([, v]) => v !== undefined));
            evaluateRecord(type, facts, rules, asOf).forEach((r, p) => seen[p]!.add(r.status));
          }),
          { numRuns: 400, seed: 13 },
        );
        expect(seen.some((s) => s.has('pending')), `${type}: pending`).toBe(true);
        for (const [p, s] of seen.entries()) {
          const program = rules.byType[type][p]!;
          // Without recruitment_amount the recruitment subsidy is undetermined at best.
          if (program.id === 'recruitment' && rules.params.get('recruitment_amount')!.value === null) expect([...s]).toEqual(['undetermined']);
          else expect([...s], `${program.id}`).toEqual(expect.arrayContaining(['eligible', 'undetermined', ...(program.id === 'recruitment' ? [] : ['ineligible'])]));
        }
      }
    }
  });
});
