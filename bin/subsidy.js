#!/usr/bin/env node
// The command line as one file (built by `npm run build`: see rolldown.config.mjs). With
// --debug, a stack trace names the modules tsc wrote in dist/ (from the bundle's source map).
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
const { main } = await import('../dist/bundle/cli.js');

process.exitCode = await main(process.argv.slice(2));
