/**
 * `--report FILE.html`: the batch report, written once the run's output is, from what the run
 * gathered as its records went by (its summary, case and agency totals, the first invalid rows
 * and duplicates). The report's code, and ECharts with it, is loaded only then.
 */
import type { CaseTotals } from '../batch/cases.js';
import type { Summary } from '../engine/summary.js';
import { Sink } from '../io/sink.js';
import type { RulesPack } from '../rules/load.js';
import type { EvaluateOptions } from './options.js';
import type { RunOutput } from './report.js';

/** Writes the report of a run that began at `startedMs` (performance.now()). */
export async function writeReport(path: string, o: EvaluateOptions, pack: RulesPack, summary: Summary, cases: CaseTotals, output: RunOutput, startedMs: number): Promise<void> {
  const [{ renderReport }, { REPORT_TOP, largestDifferences }] = await Promise.all([import('../report/html.js'), import('../report/data.js')]);
  const agencies = cases.agencies(REPORT_TOP);
  const html = await renderReport({
    mode: o.mode,
    lang: o.lang,
    pack: { name: pack.name, version: String(pack.version) },
    asOf: o.asOf,
    inputs: o.inputs,
    generatedAt: new Date().toISOString(),
    seconds: (performance.now() - startedMs) / 1000,
    summary,
    programs: pack.programs.map((p) => ({ id: p.id, name: p.spec.name[o.lang], loan: p.spec.kind === 'loan' })),
    cases: cases.top(REPORT_TOP),
    casesCount: cases.size,
    agencies: agencies.top,
    agenciesCount: agencies.count,
    differences: summary.audit ? largestDifferences(summary.audit.by_case, REPORT_TOP) : [],
    invalid: output.tableInvalid,
    duplicates: output.duplicateRows,
    duplicatesCount: output.duplicateCount,
    mask: o.mask,
  });
  const sink = Sink.file(path);
  try {
    await sink.write(html);
    await sink.commit();
  } catch (e) {
    sink.abort();
    throw e;
  }
}
