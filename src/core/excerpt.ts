/**
 * Values as messages quote them: never more than the first 40 characters, whatever an input
 * holds (a field of megabytes, a value nested deep).
 */

/** The start of a text: never more than `max` characters of it, and … when cut. */
export function cut(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** The start of a text, quoted. */
export const excerpt = (text: string, max = 40): string => JSON.stringify(cut(text, max));

/** Any value as JSON, cut short: text quoted, a list or mapping written out up to the cut. */
export function quoted(value: unknown): string {
  if (typeof value === 'string') return excerpt(value);
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined; // too deep, or a loop: say what it is instead
  }
  if (text === undefined) return Array.isArray(value) ? 'a list' : typeof value === 'object' && value !== null ? 'a mapping' : String(value);
  return cut(text);
}

/**
 * Any value as the text of one cell (CSV output, the --errors file, comparisons): text as it is,
 * numbers and booleans written out, a list's items joined by `;`, a mapping as JSON. Never
 * throws, whatever a JSON or YAML input holds (a mapping whose toString is not a function).
 */
export function asText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  // A whole number past the 15 digits a spreadsheet keeps (an ID number stored as a number) is
  // written as a spreadsheet shows it, 5.00115199001011E+17: read back, it is still known for what
  // it is, never 18 digits that may pass for an ID.
  if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) >= 1e15) return value.toExponential().toUpperCase();
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map(asText).join(';');
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return 'a mapping'; // too deep, or a loop
  }
}
