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
