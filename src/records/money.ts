/** Amounts of money: yuan as records write them, read into integer fen; fen written as yuan. */
import { digit, fail, isDigit, narrow, ok, trimmed, type Parsed } from './parsed.js';

/** An amount in yuan: digits, or digits in groups of three with commas; at most two decimals. */
const MONEY_NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?`;
const MONEY = new RegExp(`^${MONEY_NUMBER}$`);
const YUAN_SIGN = '[¥￥]';
const YUAN = '元';
const SIGN_BEFORE = new RegExp(`^${YUAN_SIGN}\\s*`);
const UNIT_AFTER = new RegExp(`\\s*${YUAN}$`);

/** An amount as parseMoney reads text, ¥ (or ￥) before it or 元 after it (whether it is too large is checked on evaluation). */
export const MONEY_PATTERN = trimmed(`(?:${YUAN_SIGN}\\s*)?${MONEY_NUMBER}(?:\\s*${YUAN})?`);

/** The forms of an amount, for messages. */
const MONEY_FORMS = 'yuan such as 1000, 1,000.50, 999.99, ¥1000 or 1000元';

/** The largest amount, in yuan, that integer fen hold exactly: parseMoney refuses a JSON number above it. */
export const MAX_YUAN = Number.MAX_SAFE_INTEGER / 100;

/**
 * Reads an amount in yuan with at most two decimals, optionally with thousands separators,
 * a leading ¥ or a trailing 元, and returns it in integer fen.
 */
export function parseMoney(raw: unknown): Parsed<number> {
  // The common case, plain digits with up to two decimals, without regular expressions.
  if (typeof raw === 'string' && raw.length > 0 && raw.length < 14) {
    let fen = 0;
    let i = 0;
    let c = 0;
    for (; i < raw.length; i++) {
      c = raw.charCodeAt(i);
      if (c < 48 || c > 57) break;
      fen = fen * 10 + (c - 48);
    }
    if (i > 0) {
      if (i === raw.length) return ok(fen * 100);
      if (c === 46 && raw.length - i - 1 <= 2 && raw.length - i - 1 >= 1) {
        let cents = 0;
        let j = i + 1;
        for (; j < raw.length && isDigit(raw, j); j++) cents = cents * 10 + digit(raw, j);
        if (j === raw.length) return ok(fen * 100 + (raw.length - i - 1 === 1 ? cents * 10 : cents));
      }
    }
  }
  let text: string;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return fail(`expected an amount in ${MONEY_FORMS}`);
    // The shortest decimal that round-trips is what the writer of the file typed.
    text = Math.abs(raw) < 1e15 ? String(raw) : raw.toFixed(0);
  } else if (typeof raw === 'string') {
    text = narrow(raw).trim();
  } else {
    return fail(`expected an amount in ${MONEY_FORMS}`);
  }
  const plain = text.replace(SIGN_BEFORE, '').replace(UNIT_AFTER, '');
  if (/^-/.test(plain)) return fail('an amount must not be negative');
  const m = MONEY.exec(plain);
  if (!m) {
    if (/^[\d,]*\.\d{3,}$/.test(plain)) return fail('an amount has at most two decimals (fen)');
    return fail(`expected an amount in ${MONEY_FORMS}`);
  }
  const [whole, decimals = ''] = plain.replace(/,/g, '').split('.') as [string, string?];
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) return fail('the amount is too large');
  return ok(fen);
}

/** Writes integer fen as yuan with two decimals: 99999 → "999.99". */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = abs % 100;
  return `${sign}${yuan}.${cents < 10 ? '0' : ''}${cents}`;
}

/** Integer fen as a yuan number for JSON: 99999 → 999.99 (exact to the printed digits). */
export function fenToYuan(fen: number): number {
  return fen / 100;
}
