// The command line and its worker threads, each as one file with its dependencies, beside the
// modules tsc writes (which the library uses): Node then loads two modules where it would load
// about 150 (zod alone is 95), and a run starts about 80 ms sooner (docs/performance.md).
// The worker threads' file stays beside the command line's, where the code that starts them
// looks for it (`new URL('./worker.js', import.meta.url)`).
// The ledger's drivers stay outside the bundle, loaded from node_modules when a ledger is used:
// better-sqlite3 is a native addon (and optional), pg is loaded only for a PostgreSQL ledger.
import { defineConfig } from 'rolldown';

const bundle = (input, file) => ({
  input,
  platform: 'node',
  external: ['better-sqlite3', 'pg', 'exceljs'],
  output: {
    file,
    format: 'esm',
    inlineDynamicImports: true,
    // Read only with --debug (bin/subsidy.js): a stack trace then names the modules of dist/.
    sourcemap: true,
    banner: '// Built from src/ with its dependencies (commander, chalk, yaml, zod: their licenses are in node_modules/).',
  },
});

export default defineConfig([bundle('dist/cli/main.js', 'dist/bundle/cli.js'), bundle('dist/batch/worker.js', 'dist/bundle/worker.js')]);
