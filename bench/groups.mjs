// The measurement groups of bench/run.mjs in the order they run, and the batches they read.

import { stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT } from './child.mjs';
import { fmtS, log, plural } from './format.mjs';
import { CASE_SHAPES, ensureBatch, ensureCases, formatSize } from './generate.mjs';
import { JRE_MAX_ROWS, bareParsers, endToEnd, oneOffLoop, peerEngine } from './measurements.mjs';
import { ledgerRuns } from './ledger.mjs';
import { xlsxRuns } from './xlsx.mjs';

const PEER_FILE_MAX_ROWS = 1_000_000; // the peers' file: the largest requested size up to this
const CASE_FORMATS = ['csv', 'ndjson', 'json'];
/** The output-format groups and the format each measures. */
const OUTPUT_FORMATS = { ndjson: 'ndjson', json: 'json', 'xlsx-out': 'xlsx' };

const runsFor = (options, rows) => options.runs ?? (rows <= 100_000 ? 5 : 3);
const onceUnlessAsked = (options) => options.runs ?? 1;
/** How many times the repeats group gives the peers' file: twice, and ten times unless --quick. */
const repeatCopies = (options) => (options.quick ? [2] : [2, 10]);

/** The batches the asked-for groups read, each generated once into bench/data or found there. */
export async function prepareBatches(options) {
  const { sizes, groups } = options;
  const peerRows = sizes.filter((s) => s <= PEER_FILE_MAX_ROWS).pop() ?? PEER_FILE_MAX_ROWS;
  const needed = new Set(groups.has('csv') ? sizes : []);
  if ([...groups].some((g) => g !== 'csv' && g !== 'cases' && g !== 'xlsx')) needed.add(peerRows);
  if (groups.has('repeats')) for (const copies of repeatCopies(options)) needed.add(copies * peerRows);
  const list = [];
  log('');
  log('batches:');
  for (const rows of [...needed].sort((a, b) => a - b)) {
    const started = performance.now();
    const file = await ensureBatch(rows);
    const { size } = await stat(file);
    list.push({ rows, file: relative(ROOT, file), bytes: size });
    log(`  ${formatSize(rows).padStart(5)}: ${relative(ROOT, file)} (${(size / 2 ** 20).toFixed(1)} MiB, ready in ${fmtS(performance.now() - started)} s)`);
  }
  return { peerRows, list, fileOf: (rows) => join(ROOT, list.find((b) => b.rows === rows).file) };
}

/** End to end CSV → CSV at each size but the peers' (which runs in the peers' rounds). */
async function sizeRuns(options, batches, tmp) {
  const byRows = new Map();
  if (!options.groups.has('csv')) return byRows;
  for (const rows of options.sizes) {
    if (rows === batches.peerRows) continue;
    const runs = runsFor(options, rows);
    log('');
    log(`end-to-end, ${formatSize(rows)} rows, ${plural(runs, 'run')}:`);
    const m = endToEnd(options.cli, rows, [batches.fileOf(rows)], tmp);
    for (let i = 1; i <= runs; i++) await m.run(i);
    byRows.set(rows, await m.finish());
  }
  return byRows;
}

/**
 * On the peers' file, round by round: end to end, the one-off loop, each bare parser and
 * json-rules-engine (at most 3 rounds), so that a slower or faster spell of a shared machine
 * falls on all of them alike.
 */
async function peerRounds(options, batches, tmp, e2eByRows) {
  const { groups } = options, rows = batches.peerRows;
  const asked = groups.has('csv') && options.sizes.includes(rows);
  const e2e = asked ? endToEnd(options.cli, rows, [batches.fileOf(rows)], tmp) : null;
  const oneOff = groups.has('oneoff') ? oneOffLoop(rows, batches.fileOf(rows), tmp) : null;
  const bare = groups.has('parsers') ? bareParsers(rows, batches.fileOf(rows), tmp) : null;
  const jre = groups.has('engine') ? peerEngine(rows, batches.fileOf(rows), tmp) : null;
  if (!e2e && !oneOff && !bare && !jre) return { oneOff: null, parsers: [], engine: null };
  const rounds = runsFor(options, rows), engineRounds = Math.min(rounds, 3);
  const names = [e2e && 'end to end', oneOff && 'the one-off loop', bare && 'each bare parser', jre && `json-rules-engine (first ${formatSize(Math.min(rows, JRE_MAX_ROWS))} rows; ${plural(engineRounds, 'round')})`];
  log('');
  log(`${formatSize(rows)} rows, ${plural(rounds, 'round')} of: ${names.filter(Boolean).join(', ')}:`);
  for (let i = 1; i <= rounds; i++) {
    await e2e?.run(i);
    await oneOff?.run(i);
    await bare?.run(i);
    if (i <= engineRounds) await jre?.run(i);
  }
  if (e2e) e2eByRows.set(rows, await e2e.finish());
  return { oneOff: (await oneOff?.finish()) ?? null, parsers: bare?.finish() ?? [], engine: (await jre?.finish()) ?? null };
}

/** CSV → NDJSON, CSV → JSON and CSV → an xlsx workbook, of the peers' file. */
async function formatRuns(options, batches, tmp) {
  const formats = Object.entries(OUTPUT_FORMATS).filter(([group]) => options.groups.has(group)).map(([, format]) => format);
  const results = [];
  const runs = onceUnlessAsked(options), rows = batches.peerRows;
  for (const format of formats) {
    log('');
    log(`CSV → ${format}, ${formatSize(rows)} rows, ${plural(runs, 'run')}:`);
    const m = endToEnd(options.cli, rows, [batches.fileOf(rows)], tmp, { format, label: `csv → ${format}`, measurement: `CSV → ${format}` });
    for (let i = 1; i <= runs; i++) await m.run(i);
    results.push({ format, ...(await m.finish()) });
  }
  return results;
}

/**
 * The peers' file given twice and ten times (`evaluate F F …`), each after a batch of as many
 * distinct people, measured here unless end to end ran at that size already.
 */
async function repeatRuns(options, batches, tmp, e2eByRows) {
  if (!options.groups.has('repeats')) return [];
  const runs = onceUnlessAsked(options), rows = batches.peerRows, file = batches.fileOf(rows);
  const repeats = [];
  for (const copies of repeatCopies(options)) {
    const total = copies * rows;
    log('');
    log(`the ${formatSize(rows)} file given ${copies === 2 ? 'twice' : `${copies} times`}, and ${formatSize(total)} distinct people, ${plural(runs, 'run')} each:`);
    let reference = e2eByRows.get(total);
    if (reference) log(`  ${formatSize(total)} distinct people: end to end above, ${(reference.median_ms / 1000).toFixed(3)} s`);
    else {
      const m = endToEnd(options.cli, total, [batches.fileOf(total)], tmp, { label: `${formatSize(total)} distinct`, measurement: `end-to-end, distinct people` });
      for (let i = 1; i <= runs; i++) await m.run(i);
      reference = await m.finish();
    }
    const m = endToEnd(options.cli, total, Array(copies).fill(file), tmp, { label: `file ×${copies}`, measurement: `file given ${copies} times` });
    for (let i = 1; i <= runs; i++) await m.run(i);
    repeats.push({ copies, result: await m.finish(), reference });
  }
  return repeats;
}

/**
 * The peers' file to CSV with the batch report (--report) and without, round by round (so that a
 * spell of a shared machine falls on both alike): the time ratio and the peak RSS of each.
 */
async function reportRuns(options, batches, tmp) {
  if (!options.groups.has('report')) return null;
  const rows = batches.peerRows, file = batches.fileOf(rows), runs = runsFor(options, rows);
  log('');
  log(`CSV → csv with --report and without, ${formatSize(rows)} rows, ${plural(runs, 'round')}:`);
  const without = endToEnd(options.cli, rows, [file], tmp, { label: 'without --report', measurement: 'CSV → csv, without --report' });
  const withReport = endToEnd(options.cli, rows, [file], tmp, { label: 'with --report', measurement: 'CSV → csv, with --report', report: true });
  for (let i = 1; i <= runs; i++) {
    await without.run(i);
    await withReport.run(i);
  }
  return { without: await without.finish(), with: await withReport.finish() };
}

/** The peers' rows as case files, each shape to every output format. */
async function caseRuns(options, batches, tmp) {
  const cases = [], caseFiles = [];
  if (!options.groups.has('cases')) return { cases, caseFiles };
  const runs = onceUnlessAsked(options), rows = batches.peerRows;
  log('');
  log(`case files of ${formatSize(rows)} records (${Object.keys(CASE_SHAPES).join(', ')}), each to ${CASE_FORMATS.join(', ')} output, ${plural(runs, 'run')} each:`);
  for (const shape of Object.keys(CASE_SHAPES)) {
    const started = performance.now();
    const file = await ensureCases(rows, shape);
    const { size } = await stat(file);
    caseFiles.push({ shape, rows, file: relative(ROOT, file), bytes: size });
    log(`  ${shape}: ${relative(ROOT, file)} (${(size / 2 ** 20).toFixed(1)} MiB, ready in ${fmtS(performance.now() - started)} s)`);
    for (const format of CASE_FORMATS) {
      const m = endToEnd(options.cli, rows, [file], tmp, { format, label: `${shape} → ${format}`, measurement: `case file: ${shape} → ${format}` });
      for (let i = 1; i <= runs; i++) await m.run(i);
      cases.push({ shape, format, ...(await m.finish()) });
    }
  }
  return { cases, caseFiles };
}

/** Runs every asked-for group; the results as bench/targets.mjs and bench/report.mjs read them. */
export async function runGroups(options, batches, tmp) {
  const e2eByRows = await sizeRuns(options, batches, tmp);
  const { oneOff, parsers, engine } = await peerRounds(options, batches, tmp, e2eByRows);
  const e2e = options.groups.has('csv') ? options.sizes.map((rows) => e2eByRows.get(rows)).filter(Boolean) : [];
  const ref = e2eByRows.get(batches.peerRows);
  const formats = await formatRuns(options, batches, tmp);
  const repeats = await repeatRuns(options, batches, tmp, e2eByRows);
  const { cases, caseFiles } = await caseRuns(options, batches, tmp);
  const ledger = options.groups.has('ledger') ? await ledgerRuns(options, batches, tmp) : null;
  const report = await reportRuns(options, batches, tmp);
  const xlsx = await xlsxRuns(options, tmp);
  const results = { e2e, e2eRef: ref?.ok ? ref : null, oneOff, parsers, engine, formats, repeats, cases, ledger, report, xlsx: xlsx.results, workbooks: xlsx.files, peerRows: batches.peerRows };
  return { results, caseFiles };
}
