// Running one measurement in a fresh `node` child process, with its peak RSS, and checking what
// it wrote: how many records an output file holds.

import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { open, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { toMB } from './format.mjs';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(BENCH_DIR, '..');
const RSS_HOOK = join(BENCH_DIR, 'rss-hook.mjs');
const STDERR_KEEP = 64 * 1024;

/**
 * The line of stderr that best says what went wrong: a Node uncaught-error line
 * ("Error [ERR_…]: …", "TypeError: …") when there is one, else the first non-empty line
 * (the CLI's own errors are one line each).
 */
export function firstErrorLine(stderr) {
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /^[A-Za-z]*Error\b/.test(l)) ?? lines[0] ?? '(no stderr)';
}

/** Counts lines (LF-terminated, plus a final unterminated one) without reading the file whole. */
export async function countLines(file) {
  let lines = 0, last = 10;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 22 })) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    if (chunk.length) last = chunk[chunk.length - 1];
  }
  return last === 10 ? lines : lines + 1;
}

/** How many records an output file holds: CSV lines after the header, NDJSON lines, or the JSON summary's count. */
/** The rows of a workbook's first sheet but its header, counted in its XML as unzip streams it. */
async function workbookRows(file) {
  const unzip = spawn('unzip', ['-p', file, 'xl/worksheets/sheet1.xml'], { stdio: ['ignore', 'pipe', 'ignore'] });
  let rows = 0;
  let carry = '';
  for await (const chunk of unzip.stdout) {
    const text = carry + chunk.toString('latin1');
    rows += text.split('<row ').length - 1;
    carry = text.slice(-4); // too short to hold a whole '<row ', long enough for one cut in two
  }
  return rows > 0 ? rows - 1 : null;
}

export async function recordsIn(file, format) {
  if (format === 'csv') return (await countLines(file)) - 1;
  if (format === 'ndjson') return countLines(file);
  if (format === 'xlsx') return workbookRows(file);
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

/** Output kept up to a cap, so a chatty child cannot exhaust the harness's memory. */
function keep(cap) {
  const buf = { text: '', dropped: 0 };
  return [buf, (chunk) => {
    if (buf.text.length < cap) buf.text += chunk.toString('utf8');
    else buf.dropped += chunk.length;
  }];
}

/**
 * Runs `node --import rss-hook ...args` in ROOT, stdin closed. Resolves (never rejects) with
 * { code, signal, ms, stdout, stderr, rssKB, error }; wall time runs from spawn to exit.
 */
export function runNode(args, { timeoutMs, rssFile }) {
  return new Promise((resolvePromise) => {
    const env = { ...process.env, SUBSIDY_BENCH_RSS_FILE: rssFile, NO_COLOR: '1' };
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', RSS_HOOK, ...args], {
      cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'],
    });
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
      const rssKB = await readRss(rssFile);
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

/** The peak RSS in KB the child's exit hook wrote, or null when it died before the hook ran. */
async function readRss(rssFile) {
  let rssKB = null;
  try {
    rssKB = Number.parseInt(await readFile(rssFile, 'utf8'), 10);
    if (!Number.isFinite(rssKB)) rssKB = null;
  } catch { /* no file: the child died before its exit hook ran */ }
  await rm(rssFile, { force: true });
  return rssKB;
}

/** The last line of a child's stdout as JSON, or null. */
export function lastJsonLine(stdout) {
  try {
    return JSON.parse(stdout.trim().split('\n').pop());
  } catch {
    return null;
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Fills in median time, rows/s and RSS from the successful runs. */
export function summarize(result) {
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
