// Deterministic generator of mixed placement / hire / startup CSV batches for the benchmark,
// and of the same records as case files (a JSON list, a JSON case, NDJSON).
//
//   node bench/generate.mjs 100000      (also accepts 100k, 1M, 5M) → prints the file path
//   node bench/generate.mjs 1M ndjson   (list, case or ndjson) → the case file's path
//
// The same row count always yields the same bytes (seeded PRNG, no clock, no Math.random), and a
// smaller batch is a prefix of a larger one. Files are written to bench/data/ (gitignored) through
// a temporary name and renamed when complete, so an interrupted run never leaves a file that looks
// finished. A sidecar `batch-<rows>.meta.json` (`cases-<rows>-<shape>.meta.json`) records the
// generator version, row count and size; a file is reused only when all three still match.
// The rows themselves (types, people, dates, amounts, invalid rows) come from bench/rows.mjs.

import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COLUMNS, GENERATOR_VERSION, SEED, generateRows } from './rows.mjs';

export { COLUMNS, describeBatch } from './rows.mjs';

export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data');

// ---------------------------------------------------------------------------------------------
// Text

/** RFC 4180 quoting, applied only to fields that may contain a comma or a quote. */
const csvField = (s) => (/[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);

/** Yields CSV text in chunks of about `rowsPerChunk` rows, header first. */
export function* generateCsv(rows, rowsPerChunk = 8192) {
  let parts = [COLUMNS.join(',') + '\n'];
  for (const cells of generateRows(rows)) {
    parts.push(cells.map(csvField).join(',') + '\n');
    if (parts.length >= rowsPerChunk) {
      yield parts.join('');
      parts = [];
    }
  }
  if (parts.length) yield parts.join('');
}


// ---------------------------------------------------------------------------------------------
// Files

/** Parses 100000, 100k, 1M, 1.5m, 5M into a positive integer row count. */
export function parseSize(text) {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(String(text).trim().replace(/_/g, ''));
  if (!m) throw new Error(`not a row count: ${text}`);
  const n = Math.round(Number(m[1]) * (m[2] === '' ? 1 : /k/i.test(m[2]) ? 1e3 : 1e6));
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`not a positive row count: ${text}`);
  return n;
}

/** 100000 → "100k", 1000000 → "1M", 1234 → "1234". */
export function formatSize(rows) {
  if (rows >= 1e6 && rows % 1e6 === 0) return `${rows / 1e6}M`;
  if (rows >= 1e3 && rows % 1e3 === 0) return `${rows / 1e3}k`;
  return String(rows);
}

/**
 * Returns the path of bench/data/batch-<rows>.csv, generating it unless an up-to-date copy
 * (same generator version, row count and byte size, per the sidecar) already exists.
 */
export async function ensureBatch(rows) {
  return ensureFile(`batch-${rows}.csv`, rows, streamed(() => generateCsv(rows)));
}

/** The shapes of case file the benchmark reads: a bare list of records, a case with records, NDJSON. */
export const CASE_SHAPES = {
  list: { ext: 'json', describe: 'a JSON list of records, one a line' },
  case: { ext: 'json', describe: 'a JSON case {case_id, type, records}, records indented, a key a line' },
  ndjson: { ext: 'ndjson', describe: 'NDJSON, a record a line' },
};

/**
 * Returns the path of bench/data/cases-<rows>-<shape>.<ext>: the rows of batch-<rows>.csv as
 * case-file records (the cells that are not empty; amounts written as plain numbers are JSON
 * numbers), generated unless an up-to-date copy exists.
 */
export async function ensureCases(rows, shape) {
  const { ext } = CASE_SHAPES[shape] ?? {};
  if (!ext) throw new Error(`unknown case-file shape ${shape}; one of ${Object.keys(CASE_SHAPES).join(', ')}`);
  return ensureFile(`cases-${rows}-${shape}.${ext}`, rows, streamed(() => generateCaseFile(rows, shape)));
}

const NUMERIC = /^-?\d+(\.\d+)?$/;
const AMOUNTS = new Set(['organization_cost', 'loan_requested']);

function recordOf(cells) {
  const record = {};
  cells.forEach((cell, i) => {
    if (cell === '') return;
    record[COLUMNS[i]] = AMOUNTS.has(COLUMNS[i]) && NUMERIC.test(cell) ? Number(cell) : cell;
  });
  return record;
}

/** Yields a case file's text in chunks of about `rowsPerChunk` records. */
export function* generateCaseFile(rows, shape, rowsPerChunk = 8192) {
  const text = {
    list: (r, i) => `${i ? ',' : ''}\n  ${JSON.stringify(r)}`,
    case: (r, i) => `${i ? ',' : ''}\n    ${JSON.stringify(r, null, 2).replace(/\n/g, '\n    ')}`,
    ndjson: (r) => `${JSON.stringify(r)}\n`,
  }[shape];
  let parts = [shape === 'list' ? '[' : shape === 'case' ? '{\n  "case_id": "C2020-BENCH",\n  "type": "placement",\n  "records": [' : ''];
  let i = 0;
  for (const cells of generateRows(rows)) {
    parts.push(text(recordOf(cells), i++));
    if (parts.length >= rowsPerChunk) {
      yield parts.join('');
      parts = [];
    }
  }
  parts.push(shape === 'list' ? '\n]\n' : shape === 'case' ? '\n  ]\n}\n' : '');
  yield parts.join('');
}

/** A writer of a file from the text `chunks()` yields. */
const streamed = (chunks) => (tmp) =>
  // pipeline() handles backpressure: the generator is only pulled when the file stream drains.
  pipeline(Readable.from(chunks(), { objectMode: false }), createWriteStream(tmp, { highWaterMark: 1 << 22 }));

/**
 * Returns bench/data/<name>, written by `write(tmp)` unless an up-to-date copy (same generator
 * version, row count and byte size, per the sidecar `metaName`, by default <name without its
 * extension>.meta.json) exists.
 */
export async function ensureFile(name, rows, write, metaName = `${name.replace(/\.[a-z]+$/, '')}.meta.json`) {
  if (!Number.isSafeInteger(rows) || rows <= 0) throw new Error(`rows must be a positive integer, got ${rows}`);
  const file = join(DATA_DIR, name);
  const metaFile = join(DATA_DIR, metaName);

  try {
    const meta = JSON.parse(await readFile(metaFile, 'utf8'));
    const { size } = await stat(file);
    if (meta.generator_version === GENERATOR_VERSION && meta.rows === rows && meta.bytes === size) return file;
  } catch {
    // No usable cached copy: generate below.
  }

  await mkdir(DATA_DIR, { recursive: true });
  await rm(metaFile, { force: true });
  const tmp = `${file}.${process.pid}.partial`;
  try {
    await write(tmp);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  const { size } = await stat(file);
  await writeFile(metaFile, JSON.stringify({ generator_version: GENERATOR_VERSION, seed: SEED, rows, bytes: size }, null, 2) + '\n');
  return file;
}

// Run directly: node bench/generate.mjs <rows> [list|case|ndjson]
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [arg, shape] = process.argv.slice(2);
  if (!arg) {
    console.error('usage: node bench/generate.mjs <rows> [list|case|ndjson]   (e.g. 100000, 100k, 1M, 5M; a shape: a case file)');
    process.exit(2);
  }
  try {
    console.log(await (shape ? ensureCases(parseSize(arg), shape) : ensureBatch(parseSize(arg))));
  } catch (err) {
    console.error(`generate: ${err.message}`);
    process.exit(1);
  }
}
