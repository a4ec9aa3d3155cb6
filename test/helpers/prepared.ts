/**
 * The newest real list with its name index, read from the snapshot the
 * global setup made (`global-setup.ts`) once per test file, and warm cache
 * directories for CLI tests.
 */
import { cpSync, readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { PreparedList } from '../../src/snapshot/prepared-list.js';

let prepared: PreparedList | undefined;

/** fixtures/consolidated-2026-02-27.xml parsed, with its name index: `new Screener(newestPrepared())`. */
export function newestPrepared(): PreparedList {
  prepared ??= PreparedList.fromSnapshot(readFileSync(inject('newestSnapshot')));
  return prepared;
}

/**
 * Makes `dir` a list cache that already holds the bundled list's snapshot,
 * and returns it: the CLI's first command there reads the snapshot instead
 * of parsing and building. (Tests of how snapshots are made use a bare directory.)
 */
export function warmCacheDir(dir: string): string {
  cpSync(inject('warmCache'), dir, { recursive: true });
  return dir;
}
