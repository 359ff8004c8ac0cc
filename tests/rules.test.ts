import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RulesError } from '../src/errors.js';
import { rulesShow } from '../src/app/rules.js';
import { parseDocument } from 'yaml';
import { BUILTIN_PACK_PATH, loadRules, readDoc } from '../src/rules/load.js';
import { readSnapshot, writeSnapshot } from '../src/rules/snapshot.js';
import { suiteDir, testDir } from './helpers/temp.js';

const squash = (s: string) => s.replace(/\s+/g, '');

describe('the built-in pack', () => {
  const pack = loadRules();

  it('has the six programs of the source', () => {
    expect(pack.programs.map((p) => p.id)).toEqual(['recruitment', 'emergency', 'organization', 'hiring', 'startup_grant', 'startup_loan']);
    expect(pack.programs.filter((p) => p.spec.kind === 'loan').map((p) => p.id)).toEqual(['startup_loan']);
  });

  it('quotes the source verbatim for every program, and for every condition that cites it', () => {
    const source = squash(readFileSync(new URL('../rules/source/000_35756e9d659a2ac9.txt', import.meta.url), 'utf8'));
    for (const p of pack.programs) {
      expect(source, p.id).toContain(squash(p.spec.citation.text));
      expect(p.spec.citation.gloss.length).toBeGreaterThan(20);
      for (const c of p.spec.conditions) if (c.citation) expect(source, `${p.id}.${c.id}`).toContain(squash(c.citation.text));
    }
  });

  it('makes the emergency and organization subsidies need the signed contract, citing 「其中」', () => {
    for (const id of ['emergency', 'organization']) {
      const contract = pack.programs.find((p) => p.id === id)!.spec.conditions.find((c) => c.id === 'contract')!;
      expect(contract).toMatchObject({ op: 'present', fact: 'contract_signed' });
      expect(contract.citation!.text).toContain('其中');
    }
    expect(pack.spec.interpretation.map((i) => i.id)).toEqual(expect.arrayContaining(['within_recruitment', 'named_groups', 'dated_facts']));
  });

  it('has the documented parameters and defaults', () => {
    const values = Object.fromEntries([...pack.params.values()].map((p) => [p.name, p.value]));
    expect(values).toEqual({
      recruitment_amount: null,
      emergency_amount: 60000,
      organization_cap: 100000,
      min_retention_months: 3,
      placement_enterprise_categories: ['key', 'electronics'],
      hiring_amount: 600000,
      hiring_extra_groups: [],
      startup_grant_amount: 800000,
      startup_loan_cap: 15000000,
      startup_districts: ['长寿区'],
      startup_groups: ['migrant_worker'],
    });
  });
});

describe('rules show hiring', () => {
  it('lists the group the source names apart from the groups the parameter adds, in words and in JSON', () => {
    const pack = loadRules({ flags: ['hiring_extra_groups=veteran'] });
    const text = rulesShow(pack, 'hiring', 'en', 'table');
    expect(text).toContain('worker_group is one of poverty_registered (named by the rule: always) or one that parameter hiring_extra_groups (now ["veteran"]) adds');
    const json = JSON.parse(rulesShow(pack, 'hiring', 'en', 'json')) as { program: { conditions: Record<string, unknown>[] } };
    expect(json.program.conditions[0]).toMatchObject({ named: ['poverty_registered'], added: { param: 'hiring_extra_groups', value: ['veteran'] } });
  });
});

describe('parameter overrides', () => {
  const dir = suiteDir('subsidy-params-');

  it('--param sets values of each type, and records where they came from', () => {
    const pack = loadRules({ flags: ['recruitment_amount=500', 'min_retention_months=6', 'placement_enterprise_categories=key'] });
    expect(pack.params.get('recruitment_amount')).toMatchObject({ value: 50000, source: '--param' });
    expect(pack.params.get('min_retention_months')!.value).toBe(6);
    expect(pack.params.get('placement_enterprise_categories')!.value).toEqual(['key']);
    expect(pack.params.get('emergency_amount')!.source).toBe('pack');
  });

  it('--params file values are overridden by --param', () => {
    const values = { recruitment_amount: 300, hiring_extra_groups: ['退役军人', '就业困难人员'] };
    const pack = loadRules({ file: { name: 'p.yaml', values }, flags: ['recruitment_amount=450.50'] });
    expect(pack.params.get('recruitment_amount')).toMatchObject({ value: 45050, source: '--param' });
    expect(pack.params.get('hiring_extra_groups')).toMatchObject({ value: ['veteran', 'hard_to_employ'], source: '--params' });
  });

  it('rejects an unknown name, listing the known parameters', () => {
    expect(() => loadRules({ flags: ['recruitment_amont=500'] })).toThrow(RulesError);
    expect(() => loadRules({ flags: ['recruitment_amont=500'] })).toThrow(/unknown parameter "recruitment_amont".*recruitment_amount \(money\)/);
  });

  it('rejects a value of the wrong type', () => {
    expect(() => loadRules({ flags: ['emergency_amount=abc'] })).toThrow(/emergency_amount.*expected an amount in yuan/);
    expect(() => loadRules({ flags: ['min_retention_months=2.5'] })).toThrow(/min_retention_months.*whole number/);
    expect(() => loadRules({ flags: ['placement_enterprise_categories=key,stateowned'] })).toThrow(/unknown enterprise category "stateowned"/);
    expect(() => loadRules({ file: { name: 'p.yaml', values: { startup_loan_cap: '-1' } } })).toThrow(/must not be negative/);
  });

  it('rejects a retention period whose end would fall past the calendar (over 100 years)', () => {
    expect(loadRules({ flags: ['min_retention_months=1200'] }).params.get('min_retention_months')!.value).toBe(1200);
    expect(() => loadRules({ flags: ['min_retention_months=1201'] })).toThrow(RulesError);
    // Said of the flag or file that gave it, not of the pack's line that reads it.
    expect(() => loadRules({ flags: ['min_retention_months=100000'] })).toThrow(
      /^--param min_retention_months=100000: parameter min_retention_months is 100000: a retention period of at most 1200 months/,
    );
    expect(() => loadRules({ file: { name: 'p.yaml', values: { min_retention_months: 5000 } } })).toThrow(/^p\.yaml: parameter min_retention_months is 5000: a retention/);
  });

  it('rejects none (无) in a list of groups that qualify: it is what a record says of a person in no group', () => {
    expect(() => loadRules({ flags: ['hiring_extra_groups=none'] })).toThrow(/hiring_extra_groups.*none \(无\) is no group/);
    expect(() => loadRules({ flags: ['startup_groups=migrant_worker,无'] })).toThrow(RulesError);
    expect(loadRules({ flags: ['hiring_extra_groups='] }).params.get('hiring_extra_groups')!.value).toEqual([]);
  });

  it('rejects a flag without =', () => {
    expect(() => loadRules({ flags: ['recruitment_amount'] })).toThrow(/name=value/);
  });

  it('reports a broken pack with its line and column', () => {
    const path = join(dir, 'broken.yaml');
    const text = readFileSync(BUILTIN_PACK_PATH, 'utf8').replace('kind: loan', 'kind: credit');
    writeFileSync(path, text);
    const line = text.split('\n').findIndex((l) => l.includes('kind: credit')) + 1;
    expect(() => loadRules({ path })).toThrow(new RegExp(`broken\\.yaml:${line}:\\d+: programs\\.5\\.kind`));
  });

  it('rejects a condition on a field the record type does not have', () => {
    const path = join(dir, 'badfact.yaml');
    writeFileSync(path, readFileSync(BUILTIN_PACK_PATH, 'utf8').replace('fact: worker_group', 'fact: worker_grop'));
    expect(() => loadRules({ path })).toThrow(/badfact\.yaml:\d+:\d+: programs\.3\.conditions\.0\.fact: unknown fact "worker_grop": no record type has such a field/);
  });
});

describe('pack snapshots', () => {
  const PACK = ['pack: p', 'version: 1', 'programs:', '  - id: a', '    name: A  # a comment', ''].join('\n');

  it('the built snapshot of the built-in pack holds what its YAML does (npm run build writes it)', () => {
    const source = readFileSync(BUILTIN_PACK_PATH, 'utf8');
    const data = readSnapshot(BUILTIN_PACK_PATH, source);
    expect(data).toBeDefined();
    expect(data).toEqual(parseDocument(source).toJS({ maxAliasCount: -1 }));
  });

  it('a pack is read from its snapshot only while its YAML is the one snapshotted, to the character', () => {
    const dir = testDir('subsidy-snap-');
    const pack = join(dir, 'p.yaml');
    const snapshots = join(dir, 'packs');
    writeFileSync(pack, PACK);
    expect(writeSnapshot(pack, snapshots)).toBe(true);
    // Mark the snapshot's data, to tell where the data came from.
    const file = join(snapshots, 'p.json');
    const snap = JSON.parse(readFileSync(file, 'utf8'));
    snap.data.marked = true;
    writeFileSync(file, JSON.stringify(snap));
    expect(readDoc(pack, snapshots).data).toEqual({ pack: 'p', version: 1, programs: [{ id: 'a', name: 'A' }], marked: true });
    writeFileSync(pack, PACK.replace('# a comment', '# another comment'));
    expect(readDoc(pack, snapshots).data).toEqual({ pack: 'p', version: 1, programs: [{ id: 'a', name: 'A' }] });
    expect(readDoc(pack, join(dir, 'none')).data).toEqual({ pack: 'p', version: 1, programs: [{ id: 'a', name: 'A' }] });
  });

  it('a pack read from its snapshot still tells the YAML line of a place in it (for problems)', () => {
    const dir = testDir('subsidy-snap-');
    const pack = join(dir, 'p.yaml');
    writeFileSync(pack, PACK);
    writeSnapshot(pack, dir);
    const doc = readDoc(pack, dir);
    const node = doc.doc.getIn(['programs', 0, 'name'], true) as { range: [number, number, number] };
    expect(doc.counter.linePos(node.range[0])).toEqual({ line: 5, col: 11 });
  });

  it('no snapshot is written for YAML that JSON cannot hold as it is (.inf), nor for YAML that does not parse', () => {
    const dir = testDir('subsidy-snap-');
    const inf = join(dir, 'inf.yaml');
    const broken = join(dir, 'broken.yaml');
    writeFileSync(inf, 'pack: p\nlimit: .inf\n');
    writeFileSync(broken, 'pack: [p\n');
    expect(writeSnapshot(inf, join(dir, 'packs'))).toBe(false);
    expect(writeSnapshot(broken, join(dir, 'packs'))).toBe(false);
    expect(existsSync(join(dir, 'packs'))).toBe(false);
  });
});
