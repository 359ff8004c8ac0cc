// The one-off loop: what a hand-written, single-purpose script does with a batch, as the limit
// the end-to-end pipeline is measured against.
//
//   node bench/one-off.mjs <in.csv> <out.csv> [as-of, default 2020-12-31]
//
// One thread, streaming: 1 MiB reads parsed by udsv's incremental API, and each chunk's rows
// written to <out.csv> before the next chunk is read. The three placement programs of the
// built-in pack (rules/cq-2020-return-to-work.yaml) are written out by hand with the pack's
// default parameters: recruitment (a contract was signed; its amount is a parameter with no
// default, so an eligible row is undetermined), emergency (600 yuan) and organization (the
// organizing cost capped at 1000 yuan), both for a signed contract at a key or electronics
// enterprise and a worker retained three calendar months (民法典 articles 201–202). A placement
// row's dates (ISO, 2020/2/20, 2020年2月20日), amount, category and worker ID check character are
// read and checked; a bad one empties the row's results and names the field in `errors`.
// Rows of other types are written through with empty results. Amounts are integer fen.
//
// Out: the input columns, then <program>_status and <program>_amount for the three programs,
// then errors. Prints one JSON line: { rows, placements, invalid, eligible, organization_total_yuan, ms }.
// `ms` runs from opening the input to closing the output. What it leaves out that the CLI does:
// the other three programs, the other record types' checks, credit codes, duplicate claims,
// reasons, totals, a formula guard.

import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { inferSchema, initParser } from 'udsv';

const READ_CHUNK = 1 << 20;

// The pack's default parameters, written out.
const EMERGENCY_FEN = 60_000;
const ORGANIZATION_CAP_FEN = 100_000;
const RETENTION_MONTHS = 3;
const CATEGORIES = { key: 'key', electronics: 'electronics', other: 'other', 重点企业: 'key', 电子企业: 'electronics', 其他: 'other' };
const QUALIFYING = new Set(['key', 'electronics']);
const PROGRAMS = ['recruitment', 'emergency', 'organization'];
const OUT_COLUMNS = [...PROGRAMS.flatMap((p) => [`${p}_status`, `${p}_amount`]), 'errors'];
/** The columns the loop reads. */
const READS = ['type', 'worker_id', 'enterprise_category', 'contract_signed', 'employment_start', 'employment_end', 'organization_cost'];
const NO_RESULTS = ','.repeat(OUT_COLUMNS.length); // every output cell empty

// ---------------------------------------------------------------------------------------------
// Values

const DATE = /^(\d{4})(?:-(\d{2})-(\d{2})|\/(\d{1,2})\/(\d{1,2})|年(\d{1,2})月(\d{1,2})日)$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (y, m) => (m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1]);

/** A date as the number yyyymmdd (so that dates compare as numbers), or -1 if it is not one. */
function dateOf(text) {
  const m = DATE.exec(text);
  if (m === null) return -1;
  const y = +m[1], mo = +(m[2] ?? m[4] ?? m[6]), d = +(m[3] ?? m[5] ?? m[7]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo) ? y * 10000 + mo * 100 + d : -1;
}

/** The day n calendar months after a yyyymmdd date, or the month's last day where it has none. */
function addMonths(ymd, n) {
  const months = Math.floor(ymd / 100) % 100 - 1 + n;
  const y = Math.floor(ymd / 10000) + Math.floor(months / 12), m = (months % 12) + 1;
  return y * 10000 + m * 100 + Math.min(ymd % 100, daysIn(y, m));
}

const MONEY = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/** Yuan (at most two decimals, thousands separators allowed) as integer fen, or -1. */
function fenOf(text) {
  const m = MONEY.exec(text);
  if (m === null) return -1;
  const yuan = Number(m[1].length > 3 ? m[1].replaceAll(',', '') : m[1]);
  const cents = m[2] === undefined ? 0 : m[2].length === 1 ? +m[2] * 10 : +m[2];
  return yuan * 100 + cents;
}

const yuanText = (fen) => `${Math.floor(fen / 100)}.${fen % 100 < 10 ? '0' : ''}${fen % 100}`;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** An 18-character resident ID with its GB 11643 check character right. */
function idOk(id) {
  if (id.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const digit = id.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
    sum += digit * ID_WEIGHTS[i];
  }
  return id[17] === ID_CHECK[sum % 11] || (id[17] === 'x' && ID_CHECK[sum % 11] === 'X');
}

/** RFC 4180: a cell with a comma, quote or line break is quoted. */
function csvCell(s) {
  return s.includes('"') ? `"${s.replaceAll('"', '""')}"` : s.includes(',') || s.includes('\n') || s.includes('\r') ? `"${s}"` : s;
}

// ---------------------------------------------------------------------------------------------
// The three placement programs

/** Decides a placement row: its seven output cells after a leading comma, and the tallies. */
function placement(row, col, asOf, tally) {
  const errors = [];
  if (!idOk(row[col.worker_id])) errors.push(`worker_id: ${row[col.worker_id]} is not a valid resident ID number`);
  const signedText = row[col.contract_signed], startText = row[col.employment_start], endText = row[col.employment_end];
  const signed = signedText === '' ? 0 : dateOf(signedText);
  const start = startText === '' ? signed : dateOf(startText);
  const end = endText === '' ? 0 : dateOf(endText);
  if (signed < 0) errors.push(`contract_signed: ${signedText} is not a date`);
  if (startText !== '' && start < 0) errors.push(`employment_start: ${startText} is not a date`);
  if (end < 0) errors.push(`employment_end: ${endText} is not a date`);
  const costText = row[col.organization_cost];
  const cost = costText === '' ? 0 : fenOf(costText);
  if (cost < 0) errors.push(`organization_cost: ${costText} is not an amount of yuan`);
  let qualifying = 0; // 0 unknown, 1 no, 2 yes
  const categoryText = row[col.enterprise_category];
  if (categoryText !== '') {
    qualifying = 1;
    for (const part of categoryText.split(';')) {
      const category = CATEGORIES[part.trim()];
      if (category === undefined) errors.push(`enterprise_category: unknown category ${part}`);
      else if (QUALIFYING.has(category)) qualifying = 2;
    }
  }
  if (errors.length) {
    tally.invalid++;
    return `${NO_RESULTS}${csvCell(errors.join('; '))}`;
  }

  // Each condition: 'met', 'not', 'unknown' or 'pending'.
  const contract = signed === 0 ? 'unknown' : signed > asOf ? 'pending' : 'met';
  const enterprise = qualifying === 0 ? 'unknown' : qualifying === 2 ? 'met' : 'not';
  let retention = 'unknown';
  if (start !== 0) {
    const due = addMonths(start, RETENTION_MONTHS);
    const through = end !== 0 && end < asOf ? end : asOf;
    retention = through >= due ? 'met' : end !== 0 && end < due ? 'not' : 'pending';
  }
  const recruitment = contract === 'met' ? 'undetermined' : statusOf([contract]); // no amount is set
  const addOn = statusOf([contract, enterprise, retention]);
  const organization = addOn === 'eligible' && costText === '' ? 'undetermined' : addOn;
  const organizationFen = Math.min(cost, ORGANIZATION_CAP_FEN);
  if (addOn === 'eligible') tally.eligible.emergency++;
  if (organization === 'eligible') {
    tally.eligible.organization++;
    tally.organizationFen += organizationFen;
  }
  return `,${recruitment},,${addOn},${amountText(addOn, EMERGENCY_FEN)},${organization},${amountText(organization, organizationFen)},`;
}

/** The status from its conditions: any not met → ineligible, then unknown → undetermined, then pending. */
function statusOf(conditions) {
  if (conditions.includes('not')) return 'ineligible';
  if (conditions.includes('unknown')) return 'undetermined';
  return conditions.includes('pending') ? 'pending' : 'eligible';
}

const amountText = (status, fen) => (status === 'eligible' ? yuanText(fen) : status === 'ineligible' ? '0.00' : '');

// ---------------------------------------------------------------------------------------------

async function main() {
  const [input, output, asOfText = '2020-12-31'] = process.argv.slice(2);
  const asOf = dateOf(asOfText);
  if (!input || !output || asOf < 0) {
    console.error('usage: node bench/one-off.mjs <in.csv> <out.csv> [as-of YYYY-MM-DD]');
    process.exit(2);
  }
  const started = performance.now();
  const tally = { rows: 0, placements: 0, invalid: 0, eligible: { emergency: 0, organization: 0 }, organizationFen: 0 };
  const fd = openSync(output, 'w');
  let parser = null, col = null, lines = [];
  const onRow = (row) => {
    tally.rows++;
    let results = NO_RESULTS;
    if (row[col.type] === 'placement') {
      tally.placements++;
      results = placement(row, col, asOf, tally);
    }
    lines.push(row.map(csvCell).join(',') + results + '\n');
  };
  for await (const chunk of createReadStream(input, { highWaterMark: READ_CHUNK, encoding: 'utf8' })) {
    if (parser === null) {
      parser = initParser(inferSchema(chunk, { col: ',', row: '\n', encl: '"' }));
      const names = parser.schema.cols.map((c) => c.name);
      col = Object.fromEntries(names.map((name, i) => [name, i]));
      const missing = READS.filter((name) => col[name] === undefined);
      if (missing.length) throw new Error(`${input}: no ${missing.join(', ')} column in the header`);
      writeSync(fd, [...names, ...OUT_COLUMNS].join(',') + '\n');
    }
    parser.chunk(chunk, parser.stringArrs, onRow);
    writeSync(fd, lines.join(''));
    lines = [];
  }
  parser?.end();
  writeSync(fd, lines.join(''));
  closeSync(fd);
  const ms = performance.now() - started;
  const { rows, placements, invalid, eligible, organizationFen } = tally;
  console.log(JSON.stringify({ rows, placements, invalid, eligible, organization_total_yuan: organizationFen / 100, ms: Math.round(ms * 10) / 10 }));
}

main().catch((err) => {
  console.error(`one-off: ${err.stack ?? err}`);
  process.exit(1);
});
