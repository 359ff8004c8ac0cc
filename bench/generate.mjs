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

import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Bump whenever the output of the generator changes, so stale cached batches are rebuilt. */
export const GENERATOR_VERSION = 1;
export const SEED = 0x20200220;
export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data');

export const COLUMNS = [
  'type', 'case_id', 'agency_name', 'agency_credit_code', 'worker_name', 'worker_id',
  'enterprise_name', 'enterprise_credit_code', 'enterprise_category', 'contract_signed',
  'employment_start', 'employment_end', 'organization_cost', 'worker_group', 'applicant_name',
  'applicant_id', 'applicant_group', 'business_district', 'business_registered', 'loan_requested',
];

/** Share of each record type (drawn per row) and of invalid rows (exactly every 20th row). */
export const MIX = { placement: 0.6, hire: 0.25, startup: 0.15 };
export const INVALID_SHARE = 0.05;
const INVALID_EVERY = Math.round(1 / INVALID_SHARE);

/** The ways a row is made invalid; each invalid row gets one kind that fits its type. */
export const INVALID_KINDS = {
  impossible_date: 'a date that does not exist, e.g. 2020-02-30',
  negative_amount: 'organization_cost or loan_requested of -5',
  third_decimal: 'an amount with three decimals, e.g. 1.005',
  unknown_category: 'enterprise_category "foo"',
};
const INVALID_KINDS_BY_TYPE = {
  placement: ['impossible_date', 'negative_amount', 'third_decimal', 'unknown_category'],
  hire: ['impossible_date'], // a hire row has no amount and no category
  startup: ['impossible_date', 'negative_amount', 'third_decimal'],
};

/** A human-readable description of what a generated batch contains (used by run.mjs). */
export function describeBatch() {
  return {
    generator_version: GENERATOR_VERSION,
    seed: SEED,
    columns: COLUMNS,
    mix: MIX,
    invalid_share: INVALID_SHARE,
    invalid_kinds: INVALID_KINDS,
    rows_per_case: 50,
    // Names with a comma or a quote (~1% of rows) and amounts with thousands separators (~1.3%).
    quoted_row_share: 0.023,
  };
}

// ---------------------------------------------------------------------------------------------
// Random numbers and small helpers

/** mulberry32: a tiny, fast 32-bit seeded PRNG returning floats in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad2 = (n) => (n < 10 ? '0' + n : String(n));
const pad3 = (n) => (n < 10 ? '00' + n : n < 100 ? '0' + n : String(n));

/** RFC 4180 quoting, applied only to fields that may contain a comma or a quote. */
const csvField = (s) => (/[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);

/** Builds a picker for weighted choices: [[value, weight], ...] → (rng) => value. */
function weighted(entries) {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  const cumulative = [];
  let acc = 0;
  for (const [value, w] of entries) cumulative.push([value, (acc += w) / total]);
  return (rng) => {
    const r = rng();
    for (const [value, upTo] of cumulative) if (r < upTo) return value;
    return cumulative[cumulative.length - 1][0];
  };
}

// ---------------------------------------------------------------------------------------------
// Identifiers

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643 resident ID check character (ISO 7064 MOD 11-2) of the first 17 digits. */
export function residentIdCheck(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * GB 32100 unified social credit code check character (mod 31) of the first 17 characters.
 * The brief allows any last character because codes are not validated yet; a correct one costs
 * nothing and keeps the batch valid once the CLI starts checking them.
 */
export function creditCodeCheck(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_ALPHABET.indexOf(first17[i]) * CREDIT_WEIGHTS[i];
  return CREDIT_ALPHABET[(31 - (sum % 31)) % 31];
}

function creditCode(rng) {
  let body = '91500000';
  for (let i = 0; i < 9; i++) body += CREDIT_ALPHABET[Math.floor(rng() * 31)];
  return body + creditCodeCheck(body);
}

// Area codes: mostly Chongqing districts (500115 is Changshou), a few from other provinces.
const AREA_CODES = ['500115', '500115', '500112', '500120', '500101', '500103', '500106', '500230', '510105', '420106'];

/** YYYYMMDD for every day from 1960-01-01 to 2002-12-31, the birth-date range. */
const BIRTH_DATES = (() => {
  const out = [];
  for (let t = Date.UTC(1960, 0, 1); t <= Date.UTC(2002, 11, 31); t += 86_400_000) {
    const d = new Date(t);
    out.push(String(d.getUTCFullYear()) + pad2(d.getUTCMonth() + 1) + pad2(d.getUTCDate()));
  }
  return out;
})();

function residentId(rng) {
  const first17 =
    AREA_CODES[Math.floor(rng() * AREA_CODES.length)] +
    BIRTH_DATES[Math.floor(rng() * BIRTH_DATES.length)] +
    pad3(1 + Math.floor(rng() * 999));
  return first17 + residentIdCheck(first17);
}

// ---------------------------------------------------------------------------------------------
// Names

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡',
  '郭', '何', '罗', '高', '林', '谭', '冉', '向', '邓', '唐', '欧阳', '司马', '秦', '蒋', '曾'];
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟',
  '涛', '明', '超', '秀兰', '霞', '平', '刚', '桂英', '建华', '小红', '志强', '春梅', '德明', '玉兰', '海燕'];
const PLACES = ['长寿', '渝北', '璧山', '江北', '沙坪坝', '九龙坡', '南岸', '巴南', '涪陵', '万州', '永川', '合川'];
const WORDS = ['华创', '瑞丰', '鑫源', '博远', '川渝', '嘉陵', '长江', '山城', '恒信', '宏达', '天成', '巴渝', '金桥', '远航'];
const INDUSTRIES = ['电子科技', '智能制造', '精密机械', '化工', '汽车零部件', '光电', '食品', '物流', '建材', '医药'];

function personName(rng) {
  const name = SURNAMES[Math.floor(rng() * SURNAMES.length)] + GIVEN[Math.floor(rng() * GIVEN.length)];
  // About 0.5% of people carry a quoted nickname, so the field must be CSV-quoted.
  return rng() < 0.005 ? `${name}"${GIVEN[Math.floor(rng() * GIVEN.length)]}"` : name;
}

/** About 0.5% of organisation names carry a branch suffix after a comma (CSV-quoted). */
const withBranch = (rng, name) => (rng() < 0.005 ? `${name},${PLACES[Math.floor(rng() * PLACES.length)]}分公司` : name);

// ---------------------------------------------------------------------------------------------
// Dates and money

const DAY_MS = 86_400_000;
/** Every day of 2020 in the three accepted forms, index 0 = 2020-01-01. */
const DAYS_2020 = (() => {
  const iso = [], slash = [], zh = [];
  for (let i = 0; i < 366; i++) {
    const d = new Date(Date.UTC(2020, 0, 1) + i * DAY_MS);
    const m = d.getUTCMonth() + 1, day = d.getUTCDate();
    iso.push(`2020-${pad2(m)}-${pad2(day)}`);
    slash.push(`2020/${m}/${day}`);
    zh.push(`2020年${m}月${day}日`);
  }
  return { iso, slash, zh };
})();
const FEB_1 = 31, JUN_30 = 181, DEC_31 = 365;

/** A 2020 day index formatted mostly as ISO, sometimes in Excel's slash or Chinese form. */
function formatDay(rng, index) {
  const r = rng();
  if (r < 0.85) return DAYS_2020.iso[index];
  if (r < 0.95) return DAYS_2020.slash[index];
  return DAYS_2020.zh[index];
}

const IMPOSSIBLE_DATES = ['2020-02-30', '2020-02-31', '2020-04-31', '2020-06-31'];

/** Formats an amount in fen as yuan text; `decimals` is 0, 1 or 2; optional thousands separator. */
function yuan(fen, decimals, grouped) {
  let int = String(Math.floor(fen / 100));
  if (grouped) int = int.replace(/\B(?=(\d{3})+$)/g, ',');
  if (decimals === 0) return int;
  if (decimals === 1) return `${int}.${Math.floor((fen % 100) / 10)}`;
  return `${int}.${pad2(fen % 100)}`;
}

function organizationCost(rng) {
  const r = rng();
  // Values around the 1000-yuan cap appear on purpose.
  if (r < 0.02) return '999.99';
  if (r < 0.04) return '1000';
  if (r < 0.06) return '1000.01';
  const fen = Math.floor(rng() * 150_001);
  const decimals = rng() < 0.4 ? 0 : rng() < 0.33 ? 1 : 2;
  const rounded = decimals === 0 ? fen - (fen % 100) : decimals === 1 ? fen - (fen % 10) : fen;
  return yuan(rounded, decimals, rounded >= 100_000 && rng() < 0.05);
}

function loanRequested(rng) {
  const r = rng();
  if (r < 0.1) return '150000'; // exactly the cap
  if (r < 0.7) return String((10 + Math.floor(rng() * 191)) * 1000); // whole thousands
  const fen = 1_000_000 + Math.floor(rng() * 19_000_001);
  return yuan(fen, 2, rng() < 0.05);
}

// ---------------------------------------------------------------------------------------------
// Value distributions

const pickType = weighted(Object.entries(MIX));
const pickCategory = weighted([
  ['key', 30], ['electronics', 25], ['key;electronics', 10], ['other', 20],
  ['重点企业', 6], ['电子企业', 5], ['其他', 4],
]);
const pickWorkerGroup = weighted([
  ['poverty_registered', 40], ['建档立卡贫困家庭成员', 15], ['hard_to_employ', 25], ['none', 20],
]);
const pickApplicantGroup = weighted([['migrant_worker', 50], ['农民工', 25], ['college_graduate', 25]]);
const pickDistrict = weighted([
  ['长寿区', 35], ['长寿', 10], ['Changshou', 10], ['500115', 10], ['璧山区', 20], ['渝北区', 15],
]);

// ---------------------------------------------------------------------------------------------
// Rows

/**
 * Yields the rows, each an array of cells (strings, in COLUMNS order, '' for an empty one).
 * Pools of agencies and enterprises are drawn first, then rows in order, all from one PRNG.
 */
export function* generateRows(rows) {
  const rng = mulberry32(SEED);
  const agencies = Array.from({ length: 300 }, () => ({
    name: `重庆${WORDS[Math.floor(rng() * WORDS.length)]}${PLACES[Math.floor(rng() * PLACES.length)]}人力资源服务有限公司`,
    code: creditCode(rng),
  }));
  const enterprises = Array.from({ length: 3000 }, () => ({
    name: `重庆${WORDS[Math.floor(rng() * WORDS.length)]}${INDUSTRIES[Math.floor(rng() * INDUSTRIES.length)]}有限公司`,
    code: creditCode(rng),
  }));

  let caseNo = 0, agency = agencies[0], enterprise = enterprises[0];

  for (let i = 0; i < rows; i++) {
    // A new case starts on average every 50 rows; its agency and enterprise are shared.
    if (i === 0 || rng() < 1 / 50) {
      caseNo++;
      agency = agencies[Math.floor(rng() * agencies.length)];
      enterprise = enterprises[Math.floor(rng() * enterprises.length)];
    }
    const caseId = 'C2020-' + String(caseNo).padStart(6, '0');
    const type = pickType(rng);
    const invalid = i % INVALID_EVERY === INVALID_EVERY / 2 ? pickFrom(rng, INVALID_KINDS_BY_TYPE[type]) : null;

    if (type === 'startup') {
      let registered = formatDay(rng, Math.floor(rng() * (DEC_31 + 1)));
      let loan = loanRequested(rng);
      if (invalid === 'impossible_date') registered = pickFrom(rng, IMPOSSIBLE_DATES);
      else if (invalid === 'negative_amount') loan = '-5';
      else if (invalid === 'third_decimal') loan = `${10 + Math.floor(rng() * 190)}000.005`;
      const applicant = personName(rng);
      yield ['startup', caseId, '', '', '', '', '', '', '', '', '', '', '', '', applicant, residentId(rng),
        pickApplicantGroup(rng), pickDistrict(rng), registered, loan];
    } else {
      const signedDay = FEB_1 + Math.floor(rng() * (JUN_30 - FEB_1 + 1));
      let signed = formatDay(rng, signedDay);
      const start = rng() < 0.7 ? formatDay(rng, signedDay) : '';
      if (invalid === 'impossible_date') signed = pickFrom(rng, IMPOSSIBLE_DATES);
      const workerName = personName(rng);
      const workerId = residentId(rng);
      const enterpriseName = withBranch(rng, enterprise.name);

      if (type === 'hire') {
        yield ['hire', caseId, '', '', workerName, workerId, enterpriseName, enterprise.code, '', signed, start, '', '',
          pickWorkerGroup(rng), '', '', '', '', '', ''];
      } else {
        let category = pickCategory(rng);
        let cost = organizationCost(rng);
        // End 30–200 days after the start, kept within 2020 so it never passes --as-of 2020-12-31.
        let end = '';
        if (rng() < 0.5) {
          const maxOffset = Math.min(200, DEC_31 - signedDay);
          end = formatDay(rng, signedDay + 30 + Math.floor(rng() * (maxOffset - 30 + 1)));
        }
        if (invalid === 'negative_amount') cost = '-5';
        else if (invalid === 'third_decimal') cost = `${Math.floor(rng() * 1500)}.005`;
        else if (invalid === 'unknown_category') category = 'foo';
        yield ['placement', caseId, withBranch(rng, agency.name), agency.code, workerName, workerId, enterpriseName,
          enterprise.code, category, signed, start, end, cost, '', '', '', '', '', '', ''];
      }
    }
  }
}

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

function pickFrom(rng, list) {
  return list[Math.floor(rng() * list.length)];
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
  return ensureFile(`batch-${rows}.csv`, rows, () => generateCsv(rows));
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
  return ensureFile(`cases-${rows}-${shape}.${ext}`, rows, () => generateCaseFile(rows, shape));
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

/**
 * Returns bench/data/<name>, writing it from `chunks()` unless an up-to-date copy (same
 * generator version, row count and byte size, per the sidecar <name>.meta.json) exists.
 */
async function ensureFile(name, rows, chunks) {
  if (!Number.isSafeInteger(rows) || rows <= 0) throw new Error(`rows must be a positive integer, got ${rows}`);
  const file = join(DATA_DIR, name);
  const metaFile = join(DATA_DIR, `${name.replace(/\.[a-z]+$/, '')}.meta.json`);

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
    // pipeline() handles backpressure: the generator is only pulled when the file stream drains.
    await pipeline(Readable.from(chunks(), { objectMode: false }),
      createWriteStream(tmp, { highWaterMark: 1 << 22 }));
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
