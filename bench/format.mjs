// Numbers as the benchmark prints them, and its log line.

export const fmtInt = (n) => Math.round(n).toLocaleString('en-US');
export const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
export const fmtS = (ms) => (ms / 1000).toFixed(3);
export const fmtMB = (mb) => (mb === null || mb === undefined ? 'n/a' : mb.toFixed(0));
export const toMB = (kb) => (kb === null ? null : kb / 1024);
export const log = (line = '') => process.stdout.write(line + '\n');
