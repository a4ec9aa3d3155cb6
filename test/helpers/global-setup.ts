/**
 * Vitest global setup: the newest real list parsed and indexed once per run,
 * written as a snapshot that every test file reads (`newestPrepared()` in
 * `prepared.ts`) instead of parsing the 2 MB XML and building the name index
 * again (about 1.5 s of CPU per file). The same bytes, placed where the CLI
 * looks for the bundled list's snapshot, make a warm cache directory that
 * CLI tests copy (`warmCacheDir`), so that their first command does not
 * parse and build either. Made by this run's code, never kept across runs:
 * a changed parser or index cannot hide behind an old snapshot.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { parseList } from '../../src/parse/index.js';
import { PreparedList } from '../../src/snapshot/prepared-list.js';
import { sha256Hex, snapshotPathFor } from '../../src/snapshot/files.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The snapshot of fixtures/consolidated-2026-02-27.xml (the bundled list). */
    newestSnapshot: string;
    /** A cache directory holding the bundled list's snapshot where the CLI looks for it. */
    warmCache: string;
  }
}

/** One preparation per run, shared by the projects (each runs this setup). */
let made: Promise<{ dir: string; snapshot: string; warmCache: string }> | undefined;

async function make(): Promise<{ dir: string; snapshot: string; warmCache: string }> {
  const xml = readFileSync(fileURLToPath(new URL('../../fixtures/consolidated-2026-02-27.xml', import.meta.url)));
  const bytes = PreparedList.build(parseList(xml)).toSnapshot();
  const dir = mkdtempSync(join(tmpdir(), 'unsc-test-run-'));
  const snapshot = join(dir, 'newest.snapshot');
  writeFileSync(snapshot, bytes);
  const warmCache = join(dir, 'warm-cache');
  const cliSnapshot = snapshotPathFor(warmCache, sha256Hex(xml));
  mkdirSync(join(cliSnapshot, '..'), { recursive: true });
  writeFileSync(cliSnapshot, bytes);
  return { dir, snapshot, warmCache };
}

export default async function setup(project: TestProject): Promise<() => void> {
  const first = made === undefined;
  made ??= make();
  const { dir, snapshot, warmCache } = await made;
  project.provide('newestSnapshot', snapshot);
  project.provide('warmCache', warmCache);
  return () => {
    if (first) rmSync(dir, { recursive: true, force: true });
  };
}
