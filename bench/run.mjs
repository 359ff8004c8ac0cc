// The benchmark: end-to-end `subsidy evaluate` on generated CSV batches, measured against a
// hand-written one-off loop, bare CSV parsers and json-rules-engine; CSV to NDJSON and JSON; a
// file given twice and ten times; case files. Run through `npm run bench` (which builds first) or:
//
//   node bench/run.mjs [--sizes 100k,1M,10M] [--runs N] [--quick] [--cli bin/subsidy.js]
//                      [--only GROUPS] [--skip GROUPS] [--skip-cases]
//
//   --sizes   batch sizes for the end-to-end CSV → CSV runs (default 100k,1M,10M)
//   --runs    runs per measurement (default: 5 for sizes up to 100k, 3 above, for end to end and
//             the measurements on the peers' file; 1 for NDJSON/JSON output, repeated files and
//             case files)
//   --quick   sizes 100k, 2 runs, everything on the 100k file, no file given ten times
//             (explicit --sizes / --runs still win)
//   --cli     the CLI entry point to run (default bin/subsidy.js), e.g. to compare two builds
//   --only    run only these groups, comma-separated; --skip: all but these. The groups:
//               csv      end to end CSV → CSV at each size
//               oneoff   the one-off loop (bench/one-off.mjs) on the peers' file
//               parsers  bare parse with csv-parse, papaparse, udsv on the peers' file
//               engine   json-rules-engine on the peers' file (at most its first 200k rows)
//               ndjson   CSV → NDJSON of the peers' file
//               json     CSV → JSON of the peers' file
//               xlsx-out CSV → an xlsx workbook (--format xlsx --output F.xlsx) of the peers' file
//               repeats  the peers' file given twice and ten times, and batches of as many
//                        distinct people (2× and 10× its rows) to compare with
//               cases    the peers' rows as case files (a JSON list, a JSON case, NDJSON), each
//                        to CSV, NDJSON and JSON output
//               ledger   recording the peers' file into an SQLite ledger; evaluating it against
//                        ledgers of 10M payments, SQLite and PostgreSQL (bench/ledger.mjs)
//               report   the peers' file to CSV with the batch report (--report) and without,
//                        round by round: the time ratio and peak RSS
//               xlsx     the batch as an .xlsx workbook at each size, to CSV (bench/xlsx.mjs)
//   --skip-cases  the same as --skip cases
//
// The peers' file is the 1M batch, or the largest requested size up to 1M. Batches are generated
// once into bench/data/ (bench/generate.mjs) and reused while the generator is unchanged.
// Every measurement runs in a fresh child process (no shared heap or JIT state), one at a time.
// Peak RSS comes from bench/rss-hook.mjs, preloaded into each child with --import.
// Results: a markdown table on stdout, and bench/results/latest.md + latest.json.
// Exit code: 0 when every measurement ran and checked out (targets are reported, not enforced);
// 1 when a measurement failed (the CLI erred, or row counts did not match); 2 on a usage error.

import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './child.mjs';
import { log } from './format.mjs';
import { describeBatch, formatSize, parseSize } from './generate.mjs';
import { prepareBatches, runGroups } from './groups.mjs';
import { markdownReport } from './report.mjs';
import { evaluateTargets } from './targets.mjs';

const RESULTS_DIR = join(ROOT, 'bench', 'results');
const DEFAULT_CLI = join(ROOT, 'bin', 'subsidy.js');
const GROUPS = ['csv', 'oneoff', 'parsers', 'engine', 'ndjson', 'json', 'xlsx-out', 'repeats', 'cases', 'ledger', 'report', 'xlsx'];
const USAGE = `usage: node bench/run.mjs [--sizes 100k,1M,10M] [--runs N] [--quick] [--cli bin/subsidy.js] [--only ${GROUPS.join(',')}] [--skip GROUPS] [--skip-cases]`;

// ---------------------------------------------------------------------------------------------
// Command line

/** The groups named in a comma-separated list, each checked. */
function groupList(text, flag) {
  const names = text.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !GROUPS.includes(n));
  if (unknown.length) throw new Error(`${flag}: unknown group ${unknown.join(', ')}; the groups are ${GROUPS.join(', ')}`);
  return names;
}

function readOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string' },
      quick: { type: 'boolean', default: false },
      cli: { type: 'string' },
      only: { type: 'string' },
      skip: { type: 'string' },
      'skip-cases': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const sizes = (values.sizes ?? (values.quick ? '100k' : '100k,1M,10M')).split(',').filter(Boolean).map(parseSize);
  let runs = null;
  if (values.runs !== undefined) {
    runs = Number(values.runs);
    if (!Number.isSafeInteger(runs) || runs <= 0) throw new Error(`--runs must be a positive integer, got ${values.runs}`);
  } else if (values.quick) {
    runs = 2;
  }
  if (values.only !== undefined && values.skip !== undefined) throw new Error('--only and --skip: give one of them');
  const skipped = new Set([...(values.skip ? groupList(values.skip, '--skip') : []), ...(values['skip-cases'] ? ['cases'] : [])]);
  const only = values.only !== undefined ? groupList(values.only, '--only') : GROUPS;
  if (!only.length) throw new Error('--only: name at least one group');
  const groups = new Set(only.filter((g) => !skipped.has(g)));
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    runs,
    quick: values.quick,
    cli: values.cli ? resolve(values.cli) : DEFAULT_CLI,
    groups,
  };
}

/** The machine the numbers come from, for the report. */
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
  log(`groups: ${[...options.groups].join(', ')}`);

  const batches = await prepareBatches(options);
  const tmp = await mkdtemp(join(os.tmpdir(), 'subsidy-bench-'));
  let results, caseFiles;
  try {
    ({ results, caseFiles } = await runGroups(options, batches, tmp));
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }

  const targets = evaluateTargets(results);
  const report = markdownReport({ machine, batches: batches.list, caseFiles, results, targets, options });
  log('');
  log(report);

  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(join(RESULTS_DIR, 'latest.md'), report);
  const raw = {
    machine,
    options: { sizes: options.sizes, runs: options.runs, quick: options.quick, cli: relative(ROOT, options.cli), groups: [...options.groups] },
    batch: { ...describeBatch(), files: batches.list, case_files: caseFiles },
    end_to_end: results.e2e,
    one_off: results.oneOff,
    parsers: results.parsers,
    json_rules_engine: results.engine,
    formats: results.formats,
    repeats: results.repeats,
    case_files: results.cases,
    ledger: results.ledger,
    report: results.report,
    xlsx: results.xlsx,
    workbooks: results.workbooks,
    targets,
  };
  await writeFile(join(RESULTS_DIR, 'latest.json'), JSON.stringify(raw, null, 2) + '\n');
  log(`saved ${relative(ROOT, join(RESULTS_DIR, 'latest.md'))} and ${relative(ROOT, join(RESULTS_DIR, 'latest.json'))}`);

  const all = [...results.e2e, results.oneOff, ...results.parsers, results.engine, ...results.formats,
    ...results.repeats.flatMap((r) => [r.result, r.reference]), ...results.cases, ...results.xlsx,
    ...(results.ledger ? [results.ledger.record, results.ledger.without, results.ledger.sqlite, results.ledger.postgres, results.ledger.recordPostgres] : []),
    ...(results.report ? [results.report.without, results.report.with] : [])].filter(Boolean);
  const failed = [...new Set(all)].filter((r) => !r.ok);
  if (failed.length) {
    log(`${failed.length} measurement(s) failed: ${failed.map((r) => `${r.measurement}${r.format ? ` ${r.format}` : ''} ${formatSize(r.rows)}`).join(', ')}`);
    return 1;
  }
  return 0;
}

process.exitCode = await main();
