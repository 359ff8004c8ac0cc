import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20000,
    // Test files share their workers' loaded modules (no file changes another's state), and run
    // on every core: the suite takes about two thirds of the time it takes isolated.
    isolate: false,
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
