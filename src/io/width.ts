/** Display width of text in a terminal: East Asian wide characters take two columns; colour codes none. */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/g;
const ANSI = /\u001b\[[0-9;]*m/g;

export function displayWidth(text: string): number {
  const plain = text.replace(ANSI, '');
  let width = 0;
  for (const ch of plain) width += ch.length === 2 ? 2 : 1;
  return width + (plain.match(WIDE)?.length ?? 0);
}
