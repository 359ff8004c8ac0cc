/**
 * Resident ID numbers and unified social credit codes for tests. The check characters are
 * computed here as the standards state them (not by src/), so that tests hold src/ to them.
 */
import fc from 'fast-check';

/** GB 11643 (ISO 7064 MOD 11-2): weights 2^(17-i) mod 11; check (12 - sum mod 11) mod 11, 10 written X. */
export function mod11_2(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const v = (12 - (sum % 11)) % 11;
  return v === 10 ? 'X' : String(v);
}

/** GB 32100: character values 0-30 in 0-9A-Z without I O S V Z; weights 3^i mod 31; check 31 - sum mod 31 (31 → 0). */
export const GB32100 = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export function mod31(first17: string): string {
  let sum = 0;
  let w = 1;
  for (let i = 0; i < 17; i++) {
    sum += GB32100.indexOf(first17[i]!) * w;
    w = (w * 3) % 31;
  }
  return GB32100[(31 - (sum % 31)) % 31]!;
}

/** A resident ID number: its first 17 digits and their check character. */
export const residentId = (first17: string): string => first17 + mod11_2(first17);

/** A credit code: its first 17 characters and their check character. */
export const creditCode = (first17: string): string => first17 + mod31(first17);

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Valid resident ID numbers: any area and sequence, a birth date from 1800 to 2099. */
export const validResidentId: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 0, max: 999_999 }), fc.date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }), fc.integer({ min: 0, max: 999 }))
  .map(([area, date, seq]) => residentId(`${pad(area, 6)}${date.toISOString().slice(0, 10).replace(/-/g, '')}${pad(seq, 3)}`));

/** Valid credit codes: any 17 characters of the set, and their check character. */
export const validCreditCode: fc.Arbitrary<string> = fc.array(fc.constantFrom(...GB32100), { minLength: 17, maxLength: 17 }).map((a) => creditCode(a.join('')));
