// The benchmark: end-to-end `subsidy evaluate` on generated CSV batches, bare CSV parsers, and
// json-rules-engine as a peer rules engine. Run through `npm run bench` (which builds first) or:
//
//   node bench/run.mjs [--sizes 100k,1M,5M] [--runs N] [--quick] [--skip-cases]
//
//   --sizes   batch sizes for the end-to-end runs (default 100k,1M,5M)
//   --runs    runs per measurement (default 5 for sizes up to 100k, 3 above)
//   --quick   sizes 100k, 2 runs, parsers and json-rules-engine on the 100k file
//             (explicit --sizes / --runs still win)
//   --cli     the CLI entry point to run (default bin/subsidy.js), e.g. to compare two builds
//   --skip-cases  no case-file runs (by default: the peers' rows as a JSON list, a JSON case and
//             NDJSON, each to CSV, NDJSON and JSON output, one run each)
//
// Every measurement runs in a fresh child process (no shared heap or JIT state), one at a time.
// Peak RSS comes from bench/rss-hook.mjs, preloaded into each child with --import.
// Results: a markdown table on stdout, and bench/results/latest.md + latest.json.
// Exit code: 0 when every measurement ran and checked out (targets are reported, not enforced);
// 1 when a measurement failed (the CLI erred, or row counts did not match); 2 on a usage error.

import { spawn } from 'node:child_process';
import { createReadStream, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CASE_SHAPES, COLUMNS, describeBatch, ensureBatch, ensureCases, formatSize, parseSize } from './generate.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, '..');
const RSS_HOOK = join(BENCH_DIR, 'rss-hook.mjs');
const RESULTS_DIR = join(BENCH_DIR, 'results');
const DEFAULT_CLI = join(ROOT, 'bin', 'subsidy.js');
const AS_OF = '2020-12-31';

const PARSERS = ['csv-parse', 'papaparse', 'udsv'];
const CASE_FORMATS = ['csv', 'ndjson', 'json'];
const PEER_FILE_MAX_ROWS = 1_000_000; // parsers run on the largest requested size up to this
const JRE_MAX_ROWS = 200_000;

const TARGETS = {
  caseRssMB: 1024, // peak RSS of a case-file run, any shape and output
  parseRatio: 0.4, // end-to-end rows/s ÷ fastest bare parse rows/s
  engineRatio: 10, // end-to-end rows/s ÷ json-rules-engine rows/s
  rssMB: 256, // peak RSS at 1M and 5M
  rssDrift: { fraction: 0.25, floorMB: 32 }, // "about the same": 5M peak within max(25%, 32 MB) of 1M
};

const TIMEOUT = { e2e: 30 * 60_000, parser: 10 * 60_000, engine: 30 * 60_000 };
const STDERR_KEEP = 64 * 1024;

// ---------------------------------------------------------------------------------------------
// Command line

const USAGE = 'usage: node bench/run.mjs [--sizes 100k,1M,5M] [--runs N] [--quick] [--cli bin/subsidy.js] [--skip-cases]';

function readOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string' },
      quick: { type: 'boolean', default: false },
      cli: { type: 'string' },
      'skip-cases': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const sizes = (values.sizes ?? (values.quick ? '100k' : '100k,1M,5M')).split(',').filter(Boolean).map(parseSize);
  const sorted = [...new Set(sizes)].sort((a, b) => a - b);
  let runs = null;
  if (values.runs !== undefined) {
    runs = Number(values.runs);
    if (!Number.isSafeInteger(runs) || runs <= 0) throw new Error(`--runs must be a positive integer, got ${values.runs}`);
  } else if (values.quick) {
    runs = 2;
  }
  const cli = values.cli ? resolve(values.cli) : DEFAULT_CLI;
  return { sizes: sorted, runs, quick: values.quick, cli, cases: !values['skip-cases'] };
}

const runsFor = (options, rows) => options.runs ?? (rows <= 100_000 ? 5 : 3);

// ---------------------------------------------------------------------------------------------
// Small utilities

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const fmtInt = (n) => Math.round(n).toLocaleString('en-US');
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const fmtS = (ms) => (ms / 1000).toFixed(3);
const fmtMB = (mb) => (mb === null || mb === undefined ? 'n/a' : mb.toFixed(0));
const toMB = (kb) => (kb === null ? null : kb / 1024);
const log = (line = '') => process.stdout.write(line + '\n');

/**
 * The line of stderr that best says what went wrong: a Node uncaught-error line
 * ("Error [ERR_…]: …", "TypeError: …") when there is one, else the first non-empty line
 * (the CLI's own errors are one line each).
 */
function firstErrorLine(stderr) {
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /^[A-Za-z]*Error\b/.test(l)) ?? lines[0] ?? '(no stderr)';
}

/** Counts lines (LF-terminated, plus a final unterminated one) without reading the file whole. */
async function countLines(file) {
  let lines = 0, last = 10;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 22 })) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    if (chunk.length) last = chunk[chunk.length - 1];
  }
  return last === 10 ? lines : lines + 1;
}

/**
 * Runs `node [--import rss-hook] ...args` in ROOT, stdin closed. Resolves (never rejects) with
 * { code, signal, ms, stdout, stderr, rssKB, error }. Output is captured up to a cap so a chatty
 * child cannot exhaust the harness's memory; wall time runs from spawn to exit.
 */
function runNode(args, { timeoutMs, rssFile }) {
  return new Promise((resolvePromise) => {
    const env = { ...process.env, SUBSIDY_BENCH_RSS_FILE: rssFile, NO_COLOR: '1' };
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', RSS_HOOK, ...args], {
      cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (cap) => {
      const buf = { text: '', dropped: 0 };
      return [buf, (chunk) => {
        if (buf.text.length < cap) buf.text += chunk.toString('utf8');
        else buf.dropped += chunk.length;
      }];
    };
    const [out, onOut] = keep(1 << 20);
    const [err, onErr] = keep(STDERR_KEEP);
    child.stdout.on('data', onOut);
    child.stderr.on('data', onErr);

    let exited = null, timedOut = false, spawnError = null;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.on('error', (e) => { spawnError = e; });
    child.on('exit', (code, signal) => { exited = { code, signal, ms: performance.now() - started }; });
    child.on('close', async () => {
      clearTimeout(timer);
      let rssKB = null;
      try {
        rssKB = Number.parseInt(await readFile(rssFile, 'utf8'), 10);
        if (!Number.isFinite(rssKB)) rssKB = null;
      } catch { /* the child died before its exit hook ran */ }
      await rm(rssFile, { force: true });
      const stderr = err.text + (err.dropped ? `\n… ${err.dropped} more bytes of stderr not kept` : '');
      resolvePromise({
        code: exited?.code ?? null,
        signal: exited?.signal ?? null,
        ms: exited?.ms ?? performance.now() - started,
        stdout: out.text,
        stderr,
        rssKB,
        error: spawnError ? spawnError.message : timedOut ? `timed out after ${timeoutMs / 60_000} min` : null,
      });
    });
  });
}

function machineInfo() {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1].trim();
  } catch { /* not Linux: os.cpus() it is */ }
  return {
    cpu,
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memory_gb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString(),
  };
}

// ---------------------------------------------------------------------------------------------
// Measurements

/** How many records an output file holds: CSV lines after the header, NDJSON lines, or the JSON summary's count. */
async function recordsIn(file, format) {
  if (format === 'csv') return (await countLines(file)) - 1;
  if (format === 'ndjson') return countLines(file);
  const { size } = await stat(file);
  const handle = await open(file, 'r');
  try {
    const tail = Buffer.alloc(Math.min(size, 1 << 16));
    await handle.read(tail, 0, tail.length, size - tail.length);
    const m = /"summary": \{\s*"records": (\d+)/.exec(tail.toString('utf8'));
    return m ? Number(m[1]) : null;
  } finally {
    await handle.close();
  }
}

/**
 * End to end: `subsidy evaluate <file> --format <format>` (CSV by default), one run at a time
 * (`run(i)`), then `finish()` for the result; the output must hold every record.
 */
function endToEnd(cli, rows, file, tmp, { format = 'csv', label = 'end-to-end', measurement = 'end-to-end' } = {}) {
  const result = { measurement, rows, runs: [], ok: false, failure: null };
  const outFile = join(tmp, `out-${rows}.${format}`);
  return {
    async run(i) {
      if (result.failure) return;
      await rm(outFile, { force: true });
      const args = [cli, 'evaluate', file, '--format', format, '--output', outFile, '--as-of', AS_OF, '--quiet'];
      const r = await runNode(args, { timeoutMs: TIMEOUT.e2e, rssFile: join(tmp, `rss-e2e-${rows}-${format}-${i}`) });

      let problem = null;
      if (r.error) problem = r.error;
      else if (r.code !== 0 && r.code !== 1) problem = `exit ${r.code ?? r.signal}: ${firstErrorLine(r.stderr)}`;
      else {
        const size = await stat(outFile).catch(() => null);
        if (!size) problem = `exit ${r.code} without writing the output file: ${firstErrorLine(r.stderr)}`;
        else {
          const records = await recordsIn(outFile, format);
          if (records !== rows) problem = `OUTPUT MISMATCH: ${records === null ? 'no' : fmtInt(records)} records in the ${format} output, expected ${fmtInt(rows)}`;
        }
      }
      if (problem) {
        result.failure = problem;
        log(`  ${label} run ${i}: FAILED — ${problem}`);
        if (r.stderr.trim()) {
          log('  ── CLI stderr ──');
          log(r.stderr.trimEnd().split('\n').slice(0, 40).map((l) => '  │ ' + l).join('\n'));
        }
        return;
      }
      result.runs.push({ ms: r.ms, rssKB: r.rssKB, exit: r.code });
      log(`  ${label} run ${i}: ${fmtS(r.ms)} s, exit ${r.code}, peak RSS ${fmtMB(toMB(r.rssKB))} MB`);
    },
    async finish() {
      await rm(outFile, { force: true });
      return summarize(result);
    },
  };
}

/** Fills in median time, rows/s and RSS from the successful runs. */
function summarize(result) {
  const times = result.runs.map((r) => r.ms);
  const rss = result.runs.map((r) => r.rssKB).filter((kb) => kb !== null);
  result.ok = result.failure === null && times.length > 0;
  if (times.length) {
    result.median_ms = median(times);
    result.rows_per_s = result.rows / (result.median_ms / 1000);
  }
  result.rss_median_mb = rss.length ? toMB(median(rss)) : null;
  result.rss_max_mb = rss.length ? toMB(Math.max(...rss)) : null;
  return result;
}

/** The bare parsers, round-robin over runs so drift on the machine hits them alike. */
/** The bare parsers: one run of each at a time (`run(i)`), then `finish()` for the results. */
function bareParsers(rows, file, tmp) {
  const results = Object.fromEntries(PARSERS.map((p) => [p, { measurement: `bare parse: ${p}`, parser: p, rows, runs: [], failure: null }]));
  return {
    async run(i) {
      for (const p of PARSERS) {
        const res = results[p];
        if (res.failure) continue;
        const r = await runNode([join(BENCH_DIR, 'parsers.mjs'), p, file], { timeoutMs: TIMEOUT.parser, rssFile: join(tmp, `rss-${p}-${i}`) });
        let out = null;
        try { out = JSON.parse(r.stdout.trim().split('\n').pop()); } catch { /* reported below */ }
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

/** json-rules-engine: one run at a time (`run(i)`), then `finish()` for the result. */
function peerEngine(rows, file, tmp) {
  const n = Math.min(rows, JRE_MAX_ROWS);
  const res = { measurement: 'json-rules-engine (6 programs)', rows: n, of_file_rows: rows, runs: [], failure: null };
  return {
    async run(i) {
      if (res.failure) return;
      const r = await runNode([join(BENCH_DIR, 'peer-engine.mjs'), file, String(n)], { timeoutMs: TIMEOUT.engine, rssFile: join(tmp, `rss-jre-${i}`) });
      let out = null;
      try { out = JSON.parse(r.stdout.trim().split('\n').pop()); } catch { /* reported below */ }
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

// ---------------------------------------------------------------------------------------------
// Report

function evaluateTargets(e2e, parsers, engine, peerRows, cases) {
  const byRows = new Map(e2e.map((r) => [r.rows, r]));
  // The ratios compare like with like: end to end on the same file the peers read when possible.
  const e2eRef = byRows.get(1_000_000)?.ok ? byRows.get(1_000_000) : byRows.get(peerRows)?.ok ? byRows.get(peerRows) : null;
  const fastest = parsers.filter((p) => p.ok).sort((a, b) => b.rows_per_s - a.rows_per_s)[0] ?? null;
  const targets = [];
  const ratio = (a, b) => (a && b ? a.rows_per_s / b.rows_per_s : null);

  const pr = ratio(e2eRef, fastest);
  targets.push({
    target: `end-to-end ${e2eRef ? formatSize(e2eRef.rows) : '1M'} rows/s ÷ fastest bare parse${fastest ? ` (${fastest.parser}, ${formatSize(fastest.rows)})` : ''}`,
    value: pr === null ? null : pr.toFixed(2), goal: `≥ ${TARGETS.parseRatio}`,
    result: pr === null ? 'n/a' : pr >= TARGETS.parseRatio ? 'PASS' : 'FAIL',
  });

  const er = engine.ok ? ratio(e2eRef, engine) : null;
  targets.push({
    target: `end-to-end ${e2eRef ? formatSize(e2eRef.rows) : '1M'} rows/s ÷ json-rules-engine rows/s`,
    value: er === null ? null : er.toFixed(1), goal: `≥ ${TARGETS.engineRatio}`,
    result: er === null ? 'n/a' : er >= TARGETS.engineRatio ? 'PASS' : 'FAIL',
  });

  for (const rows of [1_000_000, 5_000_000]) {
    const r = byRows.get(rows);
    const mb = r?.ok ? r.rss_max_mb : null;
    targets.push({
      target: `peak RSS, end-to-end ${formatSize(rows)}`,
      value: mb === null ? null : `${mb.toFixed(0)} MB`, goal: `≤ ${TARGETS.rssMB} MB`,
      result: mb === null ? 'n/a' : mb <= TARGETS.rssMB ? 'PASS' : 'FAIL',
    });
  }
  const r1 = byRows.get(1_000_000), r5 = byRows.get(5_000_000);
  const flat = r1?.ok && r5?.ok && r1.rss_max_mb !== null && r5.rss_max_mb !== null;
  const allowed = flat ? Math.max(TARGETS.rssDrift.floorMB, TARGETS.rssDrift.fraction * r1.rss_max_mb) : null;
  targets.push({
    target: 'peak RSS 5M vs 1M (constant memory)',
    value: flat ? `${(r5.rss_max_mb - r1.rss_max_mb >= 0 ? '+' : '')}${(r5.rss_max_mb - r1.rss_max_mb).toFixed(0)} MB` : null,
    goal: `within max(${TARGETS.rssDrift.fraction * 100}%, ${TARGETS.rssDrift.floorMB} MB)`,
    result: !flat ? 'n/a' : r5.rss_max_mb - r1.rss_max_mb <= allowed ? 'PASS' : 'FAIL',
  });
  const ranCases = cases.filter((r) => r.ok && r.rss_max_mb !== null);
  if (cases.length) {
    const mb = ranCases.length ? Math.max(...ranCases.map((r) => r.rss_max_mb)) : null;
    targets.push({
      target: `peak RSS, case files of ${formatSize(cases[0].rows)} records (the largest of ${cases.length} runs)`,
      value: mb === null ? null : `${mb.toFixed(0)} MB`, goal: `≤ ${TARGETS.caseRssMB} MB`,
      result: mb === null || ranCases.length < cases.length ? 'n/a' : mb <= TARGETS.caseRssMB ? 'PASS' : 'FAIL',
    });
  }
  return targets;
}

function markdownReport({ machine, batches, caseFiles, e2e, parsers, engine, cases, targets, peerRows, notes }) {
  const lines = [];
  lines.push('# subsidy benchmark', '');
  lines.push(`- machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory_gb} GB RAM, ${machine.os}`);
  lines.push(`- Node ${machine.node}, ${machine.date}`);
  for (const b of batches) lines.push(`- batch ${formatSize(b.rows)}: \`${b.file}\`, ${(b.bytes / 2 ** 20).toFixed(1)} MiB`);
  for (const c of caseFiles) lines.push(`- case file ${formatSize(c.rows)}, ${CASE_SHAPES[c.shape].describe}: \`${c.file}\`, ${(c.bytes / 2 ** 20).toFixed(1)} MiB`);
  const mix = describeBatch();
  lines.push(`- batch content: ${Object.entries(mix.mix).map(([t, s]) => `${t} ${s * 100}%`).join(', ')}; ${mix.invalid_share * 100}% invalid rows (${Object.keys(mix.invalid_kinds).join(', ')}); ~${(mix.quoted_row_share * 100).toFixed(0)}% of rows with a CSV-quoted field (names with a comma or quote, amounts like "1,200.50")`);
  lines.push('');
  lines.push('| measurement | rows | median s | rows/s | peak RSS MB |');
  lines.push('| --- | ---: | ---: | ---: | ---: |');
  const row = (label, r) => {
    if (!r.ok) return `| ${label} | ${fmtInt(r.rows)} | FAILED: ${(r.failure ?? 'no successful run').replace(/\|/g, '\\|')} | | |`;
    const rss = r.rss_median_mb === null ? 'n/a' : `${fmtMB(r.rss_median_mb)} (max ${fmtMB(r.rss_max_mb)})`;
    return `| ${label} | ${fmtInt(r.rows)} | ${fmtS(r.median_ms)} | ${fmtInt(r.rows_per_s)} | ${rss} |`;
  };
  for (const r of e2e) lines.push(row('end-to-end `subsidy evaluate --format csv`', r));
  for (const p of parsers) lines.push(row(`bare parse: ${p.variant && p.variant !== p.parser ? `${p.parser} (${p.variant.replace(/^papaparse-/, '')})` : p.parser}`, p));
  lines.push(row(`json-rules-engine, 6 programs (first ${formatSize(engine.rows)} rows of the ${formatSize(peerRows)} file)`, engine));
  for (const r of cases) lines.push(row(`case file: ${r.shape} → \`--format ${r.format}\``, r));
  lines.push('');
  lines.push('| target | value | goal | result |');
  lines.push('| --- | ---: | --- | --- |');
  for (const t of targets) lines.push(`| ${t.target} | ${t.value ?? 'n/a'} | ${t.goal} | ${t.result} |`);
  lines.push('');
  lines.push('Notes:');
  for (const n of notes) lines.push(`- ${n}`);
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------

async function main() {
  let options;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (err) {
    console.error(`bench: ${err.message}`);
    console.error(USAGE);
    return 2;
  }

  const machine = machineInfo();
  log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory_gb} GB RAM, ${machine.os}`);
  log(`node ${machine.node}, ${machine.date}`);

  // The parsers and json-rules-engine read the 1M file, or the largest requested size up to 1M.
  const peerRows = options.sizes.filter((s) => s <= PEER_FILE_MAX_ROWS).pop() ?? PEER_FILE_MAX_ROWS;
  const batchRows = [...new Set([...options.sizes, peerRows])].sort((a, b) => a - b);
  const batches = [];
  log('');
  log('batches:');
  for (const rows of batchRows) {
    const started = performance.now();
    const file = await ensureBatch(rows);
    const { size } = await stat(file);
    batches.push({ rows, file: relative(ROOT, file), bytes: size });
    log(`  ${formatSize(rows).padStart(5)}: ${relative(ROOT, file)} (${(size / 2 ** 20).toFixed(1)} MiB, ready in ${fmtS(performance.now() - started)} s)`);
  }
  const fileOf = (rows) => join(ROOT, batches.find((b) => b.rows === rows).file);

  const tmp = await mkdtemp(join(os.tmpdir(), 'subsidy-bench-'));
  let e2e, parsers, engine;
  const cases = [];
  const caseFiles = [];
  try {
    // The end-to-end runs on the peers' file alternate with the peers' runs, round by round, so
    // that a slower or faster spell of a shared machine falls on both alike.
    const peerRuns = runsFor(options, peerRows);
    const engineRuns = Math.min(peerRuns, 3);
    const e2eByRows = new Map();
    for (const rows of options.sizes) {
      if (rows === peerRows) continue;
      const runs = runsFor(options, rows);
      log('');
      log(`end-to-end, ${formatSize(rows)} rows, ${plural(runs, 'run')}:`);
      const m = endToEnd(options.cli, rows, fileOf(rows), tmp);
      for (let i = 1; i <= runs; i++) await m.run(i);
      e2eByRows.set(rows, await m.finish());
    }
    log('');
    log(`${formatSize(peerRows)} rows, ${plural(peerRuns, 'round')} of: end to end${options.sizes.includes(peerRows) ? '' : ' (not asked)'}, each bare parser, json-rules-engine (first ${formatSize(Math.min(peerRows, JRE_MAX_ROWS))} rows; ${plural(engineRuns, 'round')}):`);
    const e2ePeer = options.sizes.includes(peerRows) ? endToEnd(options.cli, peerRows, fileOf(peerRows), tmp) : null;
    const bare = bareParsers(peerRows, fileOf(peerRows), tmp);
    const jre = peerEngine(peerRows, fileOf(peerRows), tmp);
    for (let i = 1; i <= peerRuns; i++) {
      await e2ePeer?.run(i);
      await bare.run(i);
      if (i <= engineRuns) await jre.run(i);
    }
    if (e2ePeer) e2eByRows.set(peerRows, await e2ePeer.finish());
    parsers = bare.finish();
    engine = jre.finish();
    e2e = options.sizes.map((rows) => e2eByRows.get(rows));

    // Case files: the peers' rows as case files, each to every output format.
    if (options.cases) {
      const runs = options.runs ?? 1;
      log('');
      log(`case files of ${formatSize(peerRows)} records (${Object.keys(CASE_SHAPES).join(', ')}), each to ${CASE_FORMATS.join(', ')} output, ${plural(runs, 'run')} each:`);
      for (const shape of Object.keys(CASE_SHAPES)) {
        const started = performance.now();
        const file = await ensureCases(peerRows, shape);
        const { size } = await stat(file);
        caseFiles.push({ shape, rows: peerRows, file: relative(ROOT, file), bytes: size });
        log(`  ${shape}: ${relative(ROOT, file)} (${(size / 2 ** 20).toFixed(1)} MiB, ready in ${fmtS(performance.now() - started)} s)`);
        for (const format of CASE_FORMATS) {
          const m = endToEnd(options.cli, peerRows, file, tmp, { format, label: `${shape} → ${format}`, measurement: `case file: ${shape} → ${format}` });
          for (let i = 1; i <= runs; i++) await m.run(i);
          cases.push({ shape, format, ...(await m.finish()) });
        }
      }
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }

  const targets = evaluateTargets(e2e, parsers, engine, peerRows, cases);
  const papa = parsers.find((p) => p.parser === 'papaparse');
  const notes = [
    'Each measurement runs in a fresh `node` child process, one at a time; the median of the runs is reported, and peak RSS is the child\'s `process.resourceUsage().maxRSS`.',
    `End to end is wall time from spawn to exit of \`node bin/subsidy.js evaluate <file> --format csv --output <tmp> --as-of ${AS_OF} --quiet\` (Node start-up included); exit 1 is expected, as 5% of rows are invalid. The output must have rows + 1 lines.`,
    'Bare parse times are the parser\'s own, from opening the file to its last record (start-up excluded); all parsers stream 1 MiB reads and must count the same rows and fields.',
    `papaparse runs as ${papa?.method ? `\`${papa.method}\`` : 'its step variant'}: the fastest of the step, chunk and NODE_STREAM_INPUT variants on this data (see bench/parsers.mjs).`,
    `json-rules-engine: ${engine.method ?? 'see bench/peer-engine.mjs'}. Only \`engine.run\` is timed; csv-parse reading, date/money/category normalisation and the 3-months-later date are computed beforehand, which favours json-rules-engine.`,
    `Runs: ${[...e2e.map((r) => `end-to-end ${formatSize(r.rows)} ×${r.runs.length}${r.ok ? '' : ' (stopped at the failure)'}`), `parsers ×${parsers[0]?.runs.length ?? 0}`, `json-rules-engine ×${engine.runs.length}`].join(', ')}.`,
    `The ratios use end to end at 1M rows when it ran, otherwise at the peers' ${formatSize(peerRows)} file.`,
    `On the peers' ${formatSize(peerRows)} file the runs go round by round (end to end, each bare parser, json-rules-engine), so that a slower or faster spell of a shared machine falls on all of them alike.`,
  ];
  if (cases.length) {
    notes.push(
      `Case files hold the rows of the ${formatSize(peerRows)} batch as records (the cells that are not empty; plain amounts as JSON numbers): \`node bin/subsidy.js evaluate <file> --format <csv|ndjson|json> --output <tmp> --as-of ${AS_OF} --quiet\`, ${plural(options.runs ?? 1, 'run')} each; the output must hold every record (CSV lines after the header, NDJSON lines, the JSON summary's count).`,
    );
  }
  if (engine.eligible) notes.push(`json-rules-engine eligible counts: ${Object.entries(engine.eligible).map(([k, v]) => `${k} ${fmtInt(v)}`).join(', ')}.`);

  const report = markdownReport({ machine, batches, caseFiles, e2e, parsers, engine, cases, targets, peerRows, notes });
  log('');
  log(report);

  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(join(RESULTS_DIR, 'latest.md'), report);
  const raw = {
    machine,
    options: { sizes: options.sizes, runs: options.runs, quick: options.quick, cli: relative(ROOT, options.cli), cases: options.cases },
    batch: { ...describeBatch(), files: batches, case_files: caseFiles },
    end_to_end: e2e,
    parsers,
    json_rules_engine: engine,
    case_files: cases,
    targets,
  };
  await writeFile(join(RESULTS_DIR, 'latest.json'), JSON.stringify(raw, null, 2) + '\n');
  log(`saved ${relative(ROOT, join(RESULTS_DIR, 'latest.md'))} and ${relative(ROOT, join(RESULTS_DIR, 'latest.json'))}`);

  const failed = [...e2e, ...parsers, engine, ...cases].filter((r) => !r.ok);
  if (failed.length) {
    log(`${failed.length} measurement(s) failed: ${failed.map((r) => `${r.measurement} ${formatSize(r.rows)}`).join(', ')}`);
    return 1;
  }
  return 0;
}

process.exitCode = await main();
