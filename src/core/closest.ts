/**
 * The name most like a mistyped one: for messages that say "did you mean …".
 */

/** The edit distance of two strings: insertions, deletions and substitutions. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** Whether two names are close enough to take one for a typing of the other. */
export function near(name: string, candidate: string, d = distance(name, candidate)): boolean {
  return d <= Math.max(2, Math.floor(candidate.length / 3));
}

/**
 * The candidate closest to `name`: one whose words (split at `_`) include all of the name's
 * (hiring_groups → hiring_extra_groups, not hiring_amount), or else the nearest within a few
 * edits (near). Undefined when none is.
 */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: { candidate: string; d: number } | undefined;
  const words = name.toLowerCase().split('_').filter(Boolean);
  let containing: string | undefined;
  for (const candidate of candidates) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (near(name, candidate, d) && (!best || d < best.d)) best = { candidate, d };
    const theirs = candidate.toLowerCase().split('_');
    if (!containing && words.length > 1 && words.every((w) => theirs.includes(w))) containing = candidate;
  }
  return containing ?? best?.candidate;
}
