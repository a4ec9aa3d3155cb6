/**
 * Shared helpers for the benchmarks: options, data, heap measurement, reports.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Options every benchmark accepts. */
export interface BenchOptions {
  /** A short pass for CI: fewer iterations, same checks. */
  quick: boolean;
}

/** Reads `--quick` from argv. */
export function benchOptions(argv: string[] = process.argv.slice(2)): BenchOptions {
  return { quick: argv.includes('--quick') };
}

/** Absolute path of a file under the project root. */
export function projectPath(relative: string): string {
  return fileURLToPath(new URL(`../${relative}`, import.meta.url));
}

/** The newest real list's bytes. */
export function newestListBytes(): Buffer {
  return readFileSync(projectPath('fixtures/consolidated-2026-02-27.xml'));
}

/** Forces a full GC when node runs with --expose-gc; returns whether it could. */
export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return false;
  gc();
  gc();
  return true;
}

/**
 * Heap retained by what `build` returns: heap after minus heap before, with a
 * forced GC around it (needs --expose-gc, which `npm run bench` passes).
 */
export function retainedHeapBytes<T>(build: () => T): { value: T; bytes: number | undefined } {
  const exact = collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const value = build();
  collectGarbage();
  const after = process.memoryUsage().heapUsed;
  return { value, bytes: exact ? after - before : undefined };
}

/** Formats bytes as MB with one decimal. */
export function mb(bytes: number | undefined): string {
  return bytes === undefined ? 'n/a (run with --expose-gc)' : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Writes `bench/results/NAME.json` and `NAME.md`. */
export function writeReport(name: string, json: unknown, markdown: string): void {
  const dir = projectPath('bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/${name}.json`, `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(`${dir}/${name}.md`, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
}

/** Runs `main` when the file is executed directly (not imported by bench/run.ts). */
export function isMain(url: string): boolean {
  return process.argv[1] !== undefined && fileURLToPath(url) === process.argv[1];
}
