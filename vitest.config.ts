import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Vitest's default in `run` mode is one worker per core minus one: on a 2-core CI machine, one
// worker, every file in turn. Most of the suite's time is spent in CLI subprocesses and their
// list-parsing worker threads, so a test file waiting on its subprocess leaves a core idle:
// one worker per core (at least 2) keeps both busy. The accuracy floor, the longest file, is
// its own project so that it starts at once beside the rest instead of after them.
// The global setup parses and indexes the newest list once for the run (test/helpers/global-setup.ts):
// test files read its snapshot instead of parsing the 2 MB XML and building the index each.
const shared = { testTimeout: 60_000, hookTimeout: 60_000, globalSetup: ['test/helpers/global-setup.ts'] };

export default defineConfig({
  test: {
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      { test: { ...shared, name: 'accuracy', include: ['test/accuracy.test.ts'] } },
      // isolate: false: a worker runs its files one after another in one module graph, instead of
      // importing the library (and vitest) again for each of the 50 files: measured on 15 files,
      // 23 s of CPU instead of 37. No test file mocks modules or changes globals.
      { test: { ...shared, name: 'unit', isolate: false, include: ['test/**/*.test.ts'], exclude: ['test/accuracy.test.ts'] } },
    ],
  },
});
