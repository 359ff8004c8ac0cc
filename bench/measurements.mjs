// The measurements, each run one at a time through `run(i)` (so that several can take turns,
// round by round) and closed with `finish()` for the result: end to end through the CLI, the
// one-off loop, the bare parsers and json-rules-engine. Every run is a fresh child process.

import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BENCH_DIR, countLines, firstErrorLine, lastJsonLine, recordsIn, runNode, summarize } from './child.mjs';
import { fmtInt, fmtMB, fmtS, log, toMB } from './format.mjs';
import { COLUMNS } from './generate.mjs';

export const AS_OF = '2020-12-31';
export const PARSERS = ['csv-parse', 'papaparse', 'udsv'];
export const JRE_MAX_ROWS = 200_000;
const TIMEOUT = { e2e: 30 * 60_000, parser: 10 * 60_000, engine: 30 * 60_000 };

let outputs = 0;

/** Logs a failed run with the first lines of the child's stderr. */
function logFailure(label, i, problem, stderr = '') {
  log(`  ${label} run ${i}: FAILED — ${problem}`);
  if (stderr.trim()) {
    log('  ── stderr ──');
    log(stderr.trimEnd().split('\n').slice(0, 40).map((l) => '  │ ' + l).join('\n'));
  }
}

/**
 * End to end: `subsidy evaluate <files…> --format <format>` (CSV by default); `rows` is the
 * records of all the files together, and the output must hold every one of them.
 */
export function endToEnd(cli, rows, files, tmp, { format = 'csv', label = 'end-to-end', measurement = 'end-to-end', report = false } = {}) {
  const result = { measurement, rows, inputs: files.length, runs: [], ok: false, failure: null };
  const outFile = join(tmp, `out-${++outputs}.${format}`);
  // With `report`, the run also writes the batch report (--report), which must then exist.
  const reportFile = report ? join(tmp, `report-${outputs}.html`) : null;
  return {
    async run(i) {
      if (result.failure) return;
      await rm(outFile, { force: true });
      if (reportFile) await rm(reportFile, { force: true });
      const args = [cli, 'evaluate', ...files, '--format', format, '--output', outFile, '--as-of', AS_OF, '--quiet', ...(reportFile ? ['--report', reportFile] : [])];
      const r = await runNode(args, { timeoutMs: TIMEOUT.e2e, rssFile: join(tmp, `rss-e2e-${outputs}-${i}`) });
      let problem = null;
      if (r.error) problem = r.error;
      else if (r.code !== 0 && r.code !== 1) problem = `exit ${r.code ?? r.signal}: ${firstErrorLine(r.stderr)}`;
      else if (!(await stat(outFile).catch(() => null))) problem = `exit ${r.code} without writing the output file: ${firstErrorLine(r.stderr)}`;
      else if (reportFile && !(await stat(reportFile).catch(() => null))) problem = `exit ${r.code} without writing the report: ${firstErrorLine(r.stderr)}`;
      else {
        const records = await recordsIn(outFile, format);
        if (records !== rows) problem = `OUTPUT MISMATCH: ${records === null ? 'no' : fmtInt(records)} records in the ${format} output, expected ${fmtInt(rows)}`;
      }
      if (problem) {
        result.failure = problem;
        logFailure(label, i, problem, r.stderr);
        return;
      }
      result.runs.push({ ms: r.ms, rssKB: r.rssKB, exit: r.code });
      log(`  ${label} run ${i}: ${fmtS(r.ms)} s, exit ${r.code}, peak RSS ${fmtMB(toMB(r.rssKB))} MB`);
    },
    async finish() {
      await rm(outFile, { force: true });
      if (reportFile) await rm(reportFile, { force: true });
      return summarize(result);
    },
  };
}

/**
 * The one-off loop (bench/one-off.mjs) on a batch: its time is the wall time of its process,
 * as end to end's is; it must report every row, and its CSV output must hold one line per row.
 */
export function oneOffLoop(rows, file, tmp) {
  const result = { measurement: 'one-off loop', rows, runs: [], ok: false, failure: null };
  const outFile = join(tmp, `out-${++outputs}-one-off.csv`);
  return {
    async run(i) {
      if (result.failure) return;
      const r = await runNode([join(BENCH_DIR, 'one-off.mjs'), file, outFile, AS_OF], { timeoutMs: TIMEOUT.e2e, rssFile: join(tmp, `rss-one-off-${i}`) });
      const out = lastJsonLine(r.stdout);
      let problem = null;
      if (r.error || r.code !== 0 || !out) problem = r.error ?? `exit ${r.code ?? r.signal}: ${firstErrorLine(r.stderr)}`;
      else if (out.rows !== rows) problem = `ROW COUNT MISMATCH: the loop read ${fmtInt(out.rows)} rows, the file has ${fmtInt(rows)}`;
      else {
        const lines = await countLines(outFile);
        if (lines - 1 !== rows) problem = `OUTPUT MISMATCH: ${fmtInt(lines - 1)} rows in the loop's CSV output, expected ${fmtInt(rows)}`;
      }
      await rm(outFile, { force: true });
      if (problem) {
        result.failure = problem;
        logFailure('one-off loop', i, problem, r.stderr);
        return;
      }
      Object.assign(result, { placements: out.placements, invalid: out.invalid, eligible: out.eligible, organization_total_yuan: out.organization_total_yuan });
      result.runs.push({ ms: r.ms, loop_ms: out.ms, rssKB: r.rssKB, output_rows: rows });
      log(`  one-off loop run ${i}: ${fmtS(r.ms)} s (loop ${fmtS(out.ms)} s), ${fmtInt(out.rows)} rows in and out, peak RSS ${fmtMB(toMB(r.rssKB))} MB`);
    },
    finish: () => summarize(result),
  };
}

/** The bare parsers, each run in turn within a round. */
export function bareParsers(rows, file, tmp) {
  const results = Object.fromEntries(PARSERS.map((p) => [p, { measurement: `bare parse: ${p}`, parser: p, rows, runs: [], failure: null }]));
  return {
    async run(i) {
      for (const p of PARSERS) {
        const res = results[p];
        if (res.failure) continue;
        const r = await runNode([join(BENCH_DIR, 'parsers.mjs'), p, file], { timeoutMs: TIMEOUT.parser, rssFile: join(tmp, `rss-${p}-${i}`) });
        const out = lastJsonLine(r.stdout);
        if (r.error || r.code !== 0 || !out) {
          res.failure = r.error ?? `exit ${r.code ?? r.signal}: ${firstErrorLine(r.stderr)}`;
          log(`  ${p} run ${i}: FAILED — ${res.failure}`);
          continue;
        }
        res.method = out.method;
        res.variant = out.parser;
        res.runs.push({ ms: out.ms, rssKB: r.rssKB, rows: out.rows, fields: out.fields });
        log(`  ${p.padEnd(9)} run ${i}: ${fmtS(out.ms)} s, ${fmtInt(out.rows)} rows, peak RSS ${fmtMB(toMB(r.rssKB))} MB`);
      }
    },
    finish() {
      // Every parser, every run, must see exactly the rows and fields the generator wrote.
      const expectedFields = rows * COLUMNS.length;
      for (const res of Object.values(results)) {
        const counts = new Set(res.runs.map((r) => `${r.rows} rows/${r.fields} fields`));
        res.counted_rows = res.runs[0]?.rows ?? null;
        res.counted_fields = res.runs[0]?.fields ?? null;
        if (res.failure) { /* already failed */ }
        else if (counts.size > 1) res.failure = `ROW COUNT MISMATCH between runs: ${[...counts].join(', ')}`;
        else if (res.counted_rows !== rows) res.failure = `ROW COUNT MISMATCH: counted ${fmtInt(res.counted_rows)} rows, the file has ${fmtInt(rows)}`;
        else if (res.counted_fields !== expectedFields) res.failure = `FIELD COUNT MISMATCH: counted ${fmtInt(res.counted_fields)} fields, the file has ${fmtInt(expectedFields)}`;
        if (res.failure?.includes('MISMATCH')) log(`  !!! ${res.parser}: ${res.failure}`);
        // Time is the parser's own, from opening the file to the last record, start-up excluded.
        summarize(res);
      }
      return Object.values(results);
    },
  };
}

/** json-rules-engine on the first JRE_MAX_ROWS rows of a batch. */
export function peerEngine(rows, file, tmp) {
  const n = Math.min(rows, JRE_MAX_ROWS);
  const res = { measurement: 'json-rules-engine (6 programs)', rows: n, of_file_rows: rows, runs: [], failure: null };
  return {
    async run(i) {
      if (res.failure) return;
      const r = await runNode([join(BENCH_DIR, 'peer-engine.mjs'), file, String(n)], { timeoutMs: TIMEOUT.engine, rssFile: join(tmp, `rss-jre-${i}`) });
      const out = lastJsonLine(r.stdout);
      if (r.error || r.code !== 0 || !out) {
        res.failure = r.error ?? `exit ${r.code ?? r.signal}: ${firstErrorLine(r.stderr)}`;
        log(`  json-rules-engine run ${i}: FAILED — ${res.failure}`);
        return;
      }
      if (out.rows !== n) res.failure = `ROW COUNT MISMATCH: evaluated ${out.rows} rows, expected ${n}`;
      Object.assign(res, { method: out.method, rows_by_type: out.rows_by_type, eligible: out.eligible, organization_total_yuan: out.organization_total_yuan });
      res.runs.push({ ms: out.ms, prep_ms: out.prep_ms, rssKB: r.rssKB });
      log(`  json-rules-engine run ${i}: ${fmtS(out.ms)} s for ${fmtInt(out.rows)} rows (pre-parse ${fmtS(out.prep_ms)} s, untimed), peak RSS ${fmtMB(toMB(r.rssKB))} MB`);
    },
    finish: () => summarize(res),
  };
}
