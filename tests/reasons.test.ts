/**
 * The reason columns of CSV output: a result's short reason (as a table gives it), in --lang,
 * empty when eligible, for programs of another record type and for invalid rows; the same from
 * every path that writes CSV (the main thread, worker threads in small batches, rows written
 * anew as duplicates, --mask-ids, case files).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run.js';
import { spawnBuilt } from './helpers/spawn.js';
import { suiteDir } from './helpers/temp.js';

const dir = suiteDir('subsidy-reasons-');
const AS_OF = '2020-06-30';
const HEADER = 'type,case_id,worker_id,enterprise_category,contract_signed,employment_start,employment_end,organization_cost,worker_group';
const ROWS = [
  'placement,C1,500115199001011238,electronics,2020-02-20,2020-02-20,,850,', // emergency eligible, recruitment undetermined
  'placement,C1,500115198506120048,other,2020-02-20,2020-02-20,,850,', // ineligible: the category
  'placement,C2,50010319920315002X,key,2020-05-01,2020-05-01,,600,', // pending: three months on 2020-08-01
  'hire,C3,500229199707070030,,2020-03-01,2020-03-01,,,poverty_registered', // eligible; no placement programs
  'placement,C4,500231198811200058,key,2020-02-30,,,600,', // invalid
  'placement,C5,500115199001011238,key,2020-03-01,2020-03-01,,700,', // the person of line 2 again: duplicates
  'hire,C6,500102198309090079,,2020-03-05,2020-03-05,,,hard_to_employ', // ineligible: the group
];
const csvPath = join(dir, 'reasons.csv');
writeFileSync(csvPath, `${HEADER}\n${ROWS.join('\n')}\n`);

/** Each row's reason cells, by program (by the name its columns begin with). */
function reasons(csv: string): Record<string, string>[] {
  const [header, ...rows] = parse(csv.replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][];
  const columns = header!.flatMap((h, i) => (/_(reason|原因)$/.test(h) ? [[h.replace(/_(reason|原因)$/, ''), i] as const] : []));
  // Each right after its program's amount.
  for (const [name, i] of columns) expect(header![i - 1]).toMatch(new RegExp(`^${name}_(amount|金额)$`));
  return rows.map((row) => Object.fromEntries(columns.map(([name, i]) => [name, row[i]!])));
}

const evaluate = (args: string[]) => runCli(['evaluate', ...args, '--as-of', AS_OF, '--format', 'csv', '--quiet']);

const UNSET_EN = 'parameter recruitment_amount is not set; set it with --param recruitment_amount=VALUE';
const CATEGORY_EN = 'enterprise_category other is not in [key, electronics] (placement_enterprise_categories)';
const none = { recruitment: '', emergency: '', organization: '', hiring: '', startup_grant: '', startup_loan: '' };

describe('reasons in CSV output', () => {
  it('says why, for each status, in English; nothing when eligible, for another type, or for an invalid row', async () => {
    const run = await evaluate([csvPath, '--jobs', '0']);
    expect(run.code).toBe(1); // the invalid row
    const duplicate = `duplicate: already claimed for this person at ${csvPath}:2, case C1; paid once per person`;
    expect(reasons(run.stdout)).toEqual([
      { ...none, recruitment: UNSET_EN },
      { ...none, recruitment: UNSET_EN, emergency: CATEGORY_EN, organization: CATEGORY_EN },
      { ...none, recruitment: UNSET_EN, emergency: 'claimable from 2020-08-01', organization: 'claimable from 2020-08-01' },
      none,
      none,
      { ...none, recruitment: duplicate, emergency: duplicate, organization: duplicate },
      { ...none, hiring: 'worker_group hard_to_employ is not in [poverty_registered] (named by the rule); hiring_extra_groups adds none' },
    ]);
  });

  it('says it in Chinese with --lang zh', async () => {
    const run = await evaluate([csvPath, '--jobs', '0', '--lang', 'zh']);
    const rows = reasons(run.stdout);
    expect(rows[0]!['招聘补贴']).toBe('参数 recruitment_amount 未设定;用 --param recruitment_amount=值 设定');
    expect(rows[1]!['应急补贴']).toBe('企业类别 其他 不属于 重点企业、电子企业(参数 placement_enterprise_categories)');
    expect(rows[2]!['紧急组织补贴']).toBe('2020-08-01 起可申领');
    expect(rows[5]!['应急补贴']).toBe(`重复申领:该人员已在 ${csvPath}:2,案件 C1 申领,同一项目每人只补贴一次`);
    expect(rows[6]!['一次性岗位补贴']).toBe('人员类别 就业困难人员 不属于 建档立卡贫困家庭成员(条文列明);参数 hiring_extra_groups 未增加类别');
    expect([rows[0]!['应急补贴'], rows[3]!['一次性岗位补贴'], rows[3]!['应急补贴'], rows[4]!['招聘补贴']]).toEqual(['', '', '', '']);
  });

  it('are the same from worker threads in small batches, from --mask-ids, and from a case file', async () => {
    for (const lang of ['en', 'zh']) {
      const main = reasons((await evaluate([csvPath, '--jobs', '0', '--lang', lang])).stdout);
      // Batches of a row or two: the duplicate is found across batches and its row written anew.
      const workers = await spawnBuilt(['evaluate', csvPath, '--as-of', AS_OF, '--format', 'csv', '--quiet', '--jobs', '2', '--lang', lang], { SUBSIDY_BATCH_BYTES: '150' });
      expect(reasons(workers.stdout)).toEqual(main);
      // Every row the slow way (the record as case files have it).
      expect(reasons((await evaluate([csvPath, '--jobs', '0', '--lang', lang, '--mask-ids'])).stdout)).toEqual(main);
      // The same records as NDJSON: the duplicate names the case file's line.
      const keys = HEADER.split(',');
      const ndjson = join(dir, `reasons-${lang}.ndjson`);
      writeFileSync(ndjson, ROWS.map((r) => JSON.stringify(Object.fromEntries(r.split(',').map((v, i) => [keys[i], v]).filter(([, v]) => v !== '')))).join('\n'));
      const cases = reasons((await evaluate([ndjson, '--lang', lang])).stdout);
      // (Its columns are those of the record types it holds: no startup programs.)
      const fromCsv = main.map((row) => Object.fromEntries(Object.keys(cases[0]!).map((p) => [p, row[p]!.replace(`${csvPath}:2`, `${ndjson}:1`)])));
      expect(cases).toEqual(fromCsv);
    }
  });
});
