/** Display width of text in a terminal: East Asian wide characters take two columns; colour codes none. */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/g;
const WIDE_ONE = new RegExp(`^${WIDE.source}$`);
const ANSI = /\u001b\[[0-9;]*m/g;

export function displayWidth(text: string): number {
  const plain = text.replace(ANSI, '');
  let width = 0;
  for (const ch of plain) width += ch.length === 2 ? 2 : 1;
  return width + (plain.match(WIDE)?.length ?? 0);
}

const charWidth = (ch: string) => (WIDE_ONE.test(ch) || ch.length === 2 ? 2 : 1);

/** Text without its colour codes. */
export function plainText(text: string): string {
  return text.replace(ANSI, '');
}

/**
 * Text cut to a display width with an ellipsis at the end when it is wider ("重庆市渝…").
 * Colour codes are dropped from text that is cut.
 */
export function abbreviate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of plainText(text)) {
    const w = charWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/**
 * Lines of at most `width` display columns: broken at spaces, or between wide (CJK)
 * characters, which need none; a word wider than the line is cut. Lines already in the text
 * are kept. Colour codes are dropped from a line that has to be broken.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (displayWidth(line) <= width) {
      lines.push(line);
      continue;
    }
    // Pieces: a run of spaces, a wide character, or a run of other characters.
    const pieces = plainText(line).match(/ +|[^ ]/gu) ?? [];
    const tokens: string[] = [];
    for (const p of pieces) {
      const last = tokens.at(-1);
      if (last !== undefined && p !== ' ' && !p.startsWith(' ') && charWidth(p) === 1 && !last.startsWith(' ') && charWidth([...last].at(-1)!) === 1) tokens[tokens.length - 1] = last + p;
      else tokens.push(p);
    }
    let current = '';
    for (const token of tokens) {
      if (displayWidth(current + token) <= width) {
        current += token;
        continue;
      }
      if (current.trim()) lines.push(current.trimEnd());
      current = token.startsWith(' ') ? '' : token;
      // A word wider than a line: cut it.
      while (displayWidth(current) > width) {
        const head = cutTo(current, width);
        lines.push(head);
        current = current.slice(head.length);
      }
    }
    if (current.trim() || !lines.length) lines.push(current.trimEnd());
  }
  return lines;
}

/** The longest start of text no wider than width (at least one character). */
function cutTo(text: string, width: number): string {
  let out = '';
  let used = 0;
  for (const ch of text) {
    if (out && used + charWidth(ch) > width) break;
    out += ch;
    used += charWidth(ch);
  }
  return out;
}
