// The rows of a generated batch: a seeded model of placement / hire / startup records, with
// invalid rows and CSV-quoted fields mixed in. bench/generate.mjs writes them as CSV and as case
// files. Everything is drawn from one PRNG in row order, so a smaller batch is a prefix of a
// larger one, and every resident ID is issued once (bench/ids.mjs), so every row is a different
// person.

import { creditCode, residentIds } from './ids.mjs';

/**
 * Bump whenever the output of the generator changes, so stale cached batches are rebuilt.
 * 2: resident IDs are unique within a batch (a repeated draw moves on to the next free ID).
 */
export const GENERATOR_VERSION = 2;
export const SEED = 0x20200220;

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
    unique_people: true, // every resident ID (worker_id, applicant_id) occurs once in a batch
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

  const residentId = residentIds();
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

function pickFrom(rng, list) {
  return list[Math.floor(rng() * list.length)];
}
