#!/usr/bin/env node
// The command line as one file (built by `npm run build`: see rolldown.config.mjs).
import { setFlagsFromString } from 'node:v8';

// V8 inlines less into each function it optimizes (300 bytes of bytecode in all, not 920): its
// compiler, which compiles the batch code anew in each worker thread, then works about 40% less,
// and a million-row run takes about 5% less time (docs/performance.md). Only for the versions
// of V8 known to have the flag (Node 20 to 24): an unknown one would be reported on stderr.
if (/^1[1-3]\./.test(process.versions.v8)) setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
// With --debug, a stack trace names the modules tsc wrote in dist/ (from the bundle's source map).
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
const { main } = await import('../dist/bundle/cli.js');

process.exitCode = await main(process.argv.slice(2));
