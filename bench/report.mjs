// The benchmark's report: the markdown written to stdout and bench/results/latest.md, with the
// notes that say how each measurement was taken.

import { relative } from 'node:path';
import { ROOT } from './child.mjs';
import { fmtInt, fmtMB, fmtS, plural } from './format.mjs';
import { CASE_SHAPES, describeBatch, formatSize } from './generate.mjs';
import { AS_OF } from './measurements.mjs';

const times = (copies) => (copies === 2 ? 'twice' : `${copies} times`);

/** One row of the measurements table. */
function tableRow(label, r) {
  if (!r.ok) return `| ${label} | ${fmtInt(r.rows)} | FAILED: ${(r.failure ?? 'no successful run').replace(/\|/g, '\\|')} | | |`;
  const rss = r.rss_median_mb === null ? 'n/a' : `${fmtMB(r.rss_median_mb)} (max ${fmtMB(r.rss_max_mb)})`;
  return `| ${label} | ${fmtInt(r.rows)} | ${fmtS(r.median_ms)} | ${fmtInt(r.rows_per_s)} | ${rss} |`;
}

function headerLines({ machine, batches, caseFiles, results }) {
  const lines = ['# subsidy benchmark', ''];
  lines.push(`- machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory_gb} GB RAM, ${machine.os}`);
  lines.push(`- Node ${machine.node}, ${machine.date}`);
  for (const b of batches) lines.push(`- batch ${formatSize(b.rows)}: \`${b.file}\`, ${(b.bytes / 2 ** 20).toFixed(1)} MiB`);
  for (const w of results.workbooks) lines.push(`- workbook ${formatSize(w.rows)}: \`${w.file}\`, ${(w.bytes / 2 ** 20).toFixed(1)} MiB (the batch's rows; amounts as number cells, dates as date cells)`);
  for (const c of caseFiles) lines.push(`- case file ${formatSize(c.rows)}, ${CASE_SHAPES[c.shape].describe}: \`${c.file}\`, ${(c.bytes / 2 ** 20).toFixed(1)} MiB`);
  const mix = describeBatch();
  lines.push(`- batch content: ${Object.entries(mix.mix).map(([t, s]) => `${t} ${s * 100}%`).join(', ')}; ${mix.invalid_share * 100}% invalid rows (${Object.keys(mix.invalid_kinds).join(', ')}); ~${(mix.quoted_row_share * 100).toFixed(0)}% of rows with a CSV-quoted field (names with a comma or quote, amounts like "1,200.50"); every resident ID once (distinct people)`);
  return lines;
}

function measurementLines(r) {
  const lines = ['| measurement | rows | median s | rows/s | peak RSS MB |', '| --- | ---: | ---: | ---: | ---: |'];
  for (const e of r.e2e) lines.push(tableRow('end-to-end `subsidy evaluate --format csv`', e));
  if (r.oneOff) lines.push(tableRow('one-off loop (udsv, 3 placement programs, CSV out; one thread)', r.oneOff));
  for (const p of r.parsers) lines.push(tableRow(`bare parse: ${p.variant && p.variant !== p.parser ? `${p.parser} (${p.variant.replace(/^papaparse-/, '')})` : p.parser}`, p));
  if (r.engine) lines.push(tableRow(`json-rules-engine, 6 programs (first ${formatSize(r.engine.rows)} rows of the ${formatSize(r.peerRows)} file)`, r.engine));
  for (const f of r.formats) lines.push(tableRow(`CSV → \`--format ${f.format}\``, f));
  for (const { copies, result, reference } of r.repeats) {
    if (reference && !r.e2e.includes(reference)) lines.push(tableRow(`end-to-end, ${formatSize(reference.rows)} distinct people (for the file given ${times(copies)})`, reference));
    lines.push(tableRow(`the ${formatSize(result.rows / copies)} file given ${times(copies)} (\`evaluate F${' F'.repeat(copies - 1)}\`)`, result));
  }
  for (const c of r.cases) lines.push(tableRow(`case file: ${c.shape} → \`--format ${c.format}\``, c));
  if (r.report) {
    lines.push(tableRow('CSV → `--format csv`, without `--report`', r.report.without));
    lines.push(tableRow('CSV → `--format csv`, with `--report FILE.html`', r.report.with));
  }
  for (const x of r.xlsx) lines.push(tableRow('workbook (.xlsx) → `--format csv`', x));
  return lines;
}

/** What each measurement is, for the notes under the tables. */
function notesOf(r, options) {
  const cmd = `node ${relative(ROOT, options.cli)} evaluate <file> --format <format> --output <tmp> --as-of ${AS_OF} --quiet`;
  const notes = [
    'Each measurement runs in a fresh `node` child process, one at a time; the median of the runs is reported, and peak RSS is the child\'s `process.resourceUsage().maxRSS`.',
    `End to end is wall time from spawn to exit of \`${cmd}\` (Node start-up included); exit 1 is expected, as 5% of rows are invalid. The output must hold every record (CSV lines after the header, NDJSON lines, the JSON summary's count).`,
  ];
  if (r.oneOff) notes.push('The one-off loop (bench/one-off.mjs) is a hand-written single-threaded script: 1 MiB reads through udsv\'s incremental parser, the recruitment, emergency and organization programs written out with the pack\'s defaults (dates, amounts in fen, categories, ID check characters checked), a CSV row out per row. Its time is wall time from spawn to exit, like end to end; it must read every row and write a line for each.');
  if (r.parsers.length) {
    const papa = r.parsers.find((p) => p.parser === 'papaparse');
    notes.push(`Bare parse times are the parser's own, from opening the file to its last record (start-up excluded); all parsers stream 1 MiB reads and must count the same rows and fields. papaparse runs as ${papa?.method ? `\`${papa.method}\`` : 'its step variant'} (see bench/parsers.mjs).`);
  }
  if (r.engine) notes.push(`json-rules-engine: ${r.engine.method ?? 'see bench/peer-engine.mjs'}. Only \`engine.run\` is timed; csv-parse reading, date/money/category normalisation and the 3-months-later date are computed beforehand, which favours json-rules-engine.`);
  if (r.e2eRef) notes.push(`The ratios use end to end on the peers' ${formatSize(r.peerRows)} file, whose runs go round by round with the one-off loop, each bare parser and json-rules-engine, so that a slower or faster spell of a shared machine falls on all of them alike.`);
  if (r.repeats.length) notes.push(`A file given N times is \`evaluate F … F\` (N arguments, every row after the first copy a duplicate claim), compared with a batch of the same row count in which every person is distinct; ${plural(options.runs ?? 1, 'run')} each.`);
  if (r.cases.length) notes.push(`Case files hold the rows of the ${formatSize(r.peerRows)} batch as records (the cells that are not empty; plain amounts as JSON numbers), each evaluated to every output format, ${plural(options.runs ?? 1, 'run')} each.`);
  if (r.report?.without.ok && r.report.with.ok) {
    const { without: a, with: b } = r.report;
    const rss = a.rss_median_mb && b.rss_median_mb ? `, peak RSS ${fmtMB(b.rss_median_mb)} MB against ${fmtMB(a.rss_median_mb)} MB` : '';
    notes.push(`The batch report: CSV → csv of the ${formatSize(r.peerRows)} file with \`--report\` takes ${(b.median_ms / a.median_ms).toFixed(2)}× the time without${rss} (${plural(b.runs.length, 'round')}, alternating).`);
  }
  if (r.xlsx.length) notes.push('A workbook is read through exceljs\'s streaming reader, one sheet, its rows evaluated in the main thread (as case files are).');
  const runs = [...r.e2e, r.oneOff, r.parsers[0] && { ...r.parsers[0], measurement: 'bare parsers' }, r.engine, ...r.formats, r.report?.without, r.report?.with].filter(Boolean);
  notes.push(`Runs: ${runs.map((m) => `${m.measurement} ${formatSize(m.rows)} ×${m.runs.length}`).join(', ')}.`);
  if (r.engine?.eligible) notes.push(`json-rules-engine eligible counts: ${Object.entries(r.engine.eligible).map(([k, v]) => `${k} ${fmtInt(v)}`).join(', ')}.`);
  if (r.oneOff?.eligible) notes.push(`one-off loop: ${fmtInt(r.oneOff.placements)} placements, ${fmtInt(r.oneOff.invalid)} invalid; eligible ${Object.entries(r.oneOff.eligible).map(([k, v]) => `${k} ${fmtInt(v)}`).join(', ')}; organization total ${r.oneOff.organization_total_yuan} yuan.`);
  return notes;
}

/** The whole report: the batches, the measurements table, the targets table and the notes. */
export function markdownReport({ machine, batches, caseFiles, results, targets, options }) {
  const lines = [...headerLines({ machine, batches, caseFiles, results }), '', ...measurementLines(results), ''];
  lines.push('| target | value | goal | result |', '| --- | ---: | --- | --- |');
  for (const t of targets) lines.push(`| ${t.target} | ${t.value ?? 'n/a'} | ${t.goal} | ${t.result} |`);
  lines.push('', 'Notes:');
  for (const n of notesOf(results, options)) lines.push(`- ${n}`);
  return lines.join('\n') + '\n';
}
