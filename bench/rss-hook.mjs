// Preloaded into a benchmarked child with `node --import <abs path>/bench/rss-hook.mjs ...`.
// When the process exits (normally, through process.exit(), or after an uncaught error) it writes
// its peak resident set size in kilobytes (process.resourceUsage().maxRSS) to the file named by
// SUBSIDY_BENCH_RSS_FILE. Without that variable it does nothing.

import { writeFileSync } from 'node:fs';

const target = process.env.SUBSIDY_BENCH_RSS_FILE;

if (target) {
  process.on('exit', () => {
    try {
      writeFileSync(target, String(process.resourceUsage().maxRSS));
    } catch {
      // Never change the child's exit code or output because the measurement could not be saved;
      // the harness reports a missing RSS value instead.
    }
  });
}
