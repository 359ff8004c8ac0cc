// Identifiers for generated rows: resident ID numbers (GB 11643), each issued once per batch,
// and unified social credit codes (GB 32100), both with correct check characters.

const pad2 = (n) => (n < 10 ? '0' + n : String(n));
const pad3 = (n) => (n < 10 ? '00' + n : n < 100 ? '0' + n : String(n));

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

export function creditCode(rng) {
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

/** The distinct area codes; AREA_INDEX maps a drawn AREA_CODES entry to its place here. */
const AREAS = [...new Set(AREA_CODES)];
const AREA_INDEX = AREA_CODES.map((code) => AREAS.indexOf(code));
/** How many distinct IDs the areas, birth dates and sequence numbers 001–999 make (≈141M). */
const ID_SPACE = AREAS.length * BIRTH_DATES.length * 999;

/**
 * A source of resident IDs, each issued once. An ID is drawn at random; one already issued moves
 * on to the next free one (the next sequence number, then birth date, then area), so the draws
 * and every ID that did not collide stay what they were. A bitset of ID_SPACE bits (18 MB) keeps
 * the issued ones.
 */
export function residentIds() {
  const issued = new Uint8Array(Math.ceil(ID_SPACE / 8));
  let count = 0;
  return (rng) => {
    if (++count > ID_SPACE) throw new Error(`more than ${ID_SPACE} people: resident IDs run out`);
    const area = AREA_INDEX[Math.floor(rng() * AREA_CODES.length)];
    const birth = Math.floor(rng() * BIRTH_DATES.length);
    let n = (area * BIRTH_DATES.length + birth) * 999 + Math.floor(rng() * 999);
    while (issued[n >> 3] & (1 << (n & 7))) n = (n + 1) % ID_SPACE;
    issued[n >> 3] |= 1 << (n & 7);
    const seq = n % 999, day = ((n - seq) / 999) % BIRTH_DATES.length;
    const first17 = AREAS[Math.floor(n / 999 / BIRTH_DATES.length)] + BIRTH_DATES[day] + pad3(1 + seq);
    return first17 + residentIdCheck(first17);
  };
}
