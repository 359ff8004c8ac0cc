// The targets the benchmark reports (never enforces): each a value from this run's results, the
// goal, and PASS, FAIL or n/a (a measurement it needs failed). Targets of measurement groups
// that were not asked for are left out.

import { formatSize } from './generate.mjs';

export const TARGETS = {
  oneOffRatio: 0.7, // end-to-end CSV → CSV time ÷ the one-off loop's time, same file
  parseRatio: 0.4, // end-to-end rows/s ÷ fastest bare parse rows/s
  engineRatio: 10, // end-to-end rows/s ÷ json-rules-engine rows/s
  rssMB: 256, // peak RSS end to end at 1M and the largest size, NDJSON and JSON output, repeated files
  rssDrift: { fraction: 0.25, floorMB: 32 }, // "about the same": the largest size's peak within max(25%, 32 MB) of 1M's
  ndjsonRowsPerS: 100_000, // CSV → NDJSON rows/s
  repeatRatio: 2.5, // a file given N times ÷ a batch of as many distinct people
  caseRssMB: 1024, // peak RSS of a case-file run, any shape and output
};

const mb = (r) => (r?.ok ? r.rss_max_mb : null);
const verdict = (value, pass) => (value === null || value === undefined ? 'n/a' : pass ? 'PASS' : 'FAIL');

/** A peak-RSS target row for one measurement. */
function rssTarget(label, r, limit = TARGETS.rssMB) {
  const v = mb(r);
  return { target: `peak RSS, ${label}`, value: v === null ? null : `${v.toFixed(0)} MB`, goal: `≤ ${limit} MB`, result: verdict(v, v <= limit) };
}

/** Ratios against the end-to-end run on the peers' file: the one-off loop, the parsers, json-rules-engine. */
function ratioTargets({ e2eRef, oneOff, parsers, engine, peerRows }) {
  const targets = [];
  const at = formatSize(peerRows);
  if (oneOff) {
    const v = e2eRef && oneOff.ok ? e2eRef.median_ms / oneOff.median_ms : null;
    targets.push({ target: `end-to-end ${at} CSV → CSV time ÷ one-off loop time`, value: v?.toFixed(2), goal: `≤ ${TARGETS.oneOffRatio}`, result: verdict(v, v <= TARGETS.oneOffRatio) });
  }
  if (parsers.length) {
    const fastest = parsers.filter((p) => p.ok).sort((a, b) => b.rows_per_s - a.rows_per_s)[0] ?? null;
    const v = e2eRef && fastest ? e2eRef.rows_per_s / fastest.rows_per_s : null;
    targets.push({ target: `end-to-end ${at} rows/s ÷ fastest bare parse${fastest ? ` (${fastest.parser}, ${formatSize(fastest.rows)})` : ''}`, value: v?.toFixed(2), goal: `≥ ${TARGETS.parseRatio}`, result: verdict(v, v >= TARGETS.parseRatio) });
  }
  if (engine) {
    const v = e2eRef && engine.ok ? e2eRef.rows_per_s / engine.rows_per_s : null;
    targets.push({ target: `end-to-end ${at} rows/s ÷ json-rules-engine rows/s`, value: v?.toFixed(1), goal: `≥ ${TARGETS.engineRatio}`, result: verdict(v, v >= TARGETS.engineRatio) });
  }
  return targets;
}

/** Peak RSS end to end at 1M and at the largest size, and the largest size's against 1M's. */
function sizeTargets(e2e) {
  const targets = [];
  const byRows = new Map(e2e.map((r) => [r.rows, r]));
  const largest = Math.max(...e2e.map((r) => r.rows));
  for (const rows of new Set([1_000_000, largest])) {
    if (byRows.has(rows)) targets.push(rssTarget(`end-to-end ${formatSize(rows)}`, byRows.get(rows)));
  }
  const r1 = byRows.get(1_000_000), rn = byRows.get(largest);
  if (r1 && largest > 1_000_000) {
    const both = mb(r1) !== null && mb(rn) !== null;
    const growth = both ? mb(rn) - mb(r1) : null;
    const allowed = both ? Math.max(TARGETS.rssDrift.floorMB, TARGETS.rssDrift.fraction * mb(r1)) : null;
    targets.push({
      target: `peak RSS ${formatSize(largest)} vs 1M (constant memory)`,
      value: both ? `${growth >= 0 ? '+' : ''}${growth.toFixed(0)} MB` : null,
      goal: `within max(${TARGETS.rssDrift.fraction * 100}%, ${TARGETS.rssDrift.floorMB} MB)`,
      result: verdict(growth, growth <= allowed),
    });
  }
  return targets;
}

/** CSV → NDJSON and CSV → JSON: NDJSON's rows/s, and both formats' peak RSS. */
function formatTargets(formats) {
  const targets = [];
  for (const r of formats) {
    const at = formatSize(r.rows);
    if (r.format === 'ndjson') {
      const v = r.ok ? r.rows_per_s : null;
      targets.push({ target: `CSV → NDJSON ${at} rows/s`, value: v === null ? null : `${Math.round(v / 1000)}K`, goal: `≥ ${TARGETS.ndjsonRowsPerS / 1000}K`, result: verdict(v, v >= TARGETS.ndjsonRowsPerS) });
    }
    targets.push(rssTarget(`CSV → ${r.format.toUpperCase()} ${at}`, r));
  }
  return targets;
}

/** A file given N times: its time against a batch of as many distinct people, and its peak RSS. */
function repeatTargets(repeats) {
  const targets = [];
  for (const { copies, result, reference } of repeats) {
    const v = result.ok && reference?.ok ? result.median_ms / reference.median_ms : null;
    const what = `the ${formatSize(result.rows / copies)} file given ${copies === 2 ? 'twice' : `${copies} times`}`;
    targets.push({ target: `${what}: time ÷ ${formatSize(result.rows)} distinct people`, value: v?.toFixed(2), goal: `≤ ${TARGETS.repeatRatio}`, result: verdict(v, v <= TARGETS.repeatRatio) });
    targets.push(rssTarget(what, result));
  }
  return targets;
}

/**
 * Every target of the groups that ran. `e2eRef` is the end-to-end run the ratios use (on the
 * peers' file); groups not asked for are null (one-off, engine) or empty lists.
 */
export function evaluateTargets({ e2e, e2eRef, oneOff, parsers, engine, formats, repeats, cases, peerRows }) {
  const targets = [...ratioTargets({ e2eRef, oneOff, parsers, engine, peerRows })];
  if (e2e.length) targets.push(...sizeTargets(e2e));
  targets.push(...formatTargets(formats), ...repeatTargets(repeats));
  if (cases.length) {
    const ran = cases.filter((r) => r.ok && r.rss_max_mb !== null);
    const peak = ran.length === cases.length ? Math.max(...ran.map((r) => r.rss_max_mb)) : null;
    targets.push({
      target: `peak RSS, case files of ${formatSize(cases[0].rows)} records (the largest of ${cases.length} runs)`,
      value: peak === null ? null : `${peak.toFixed(0)} MB`, goal: `≤ ${TARGETS.caseRssMB} MB`,
      result: verdict(peak, peak <= TARGETS.caseRssMB),
    });
  }
  return targets;
}
