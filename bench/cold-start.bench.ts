/**
 * Cold start: what a user waits for before the first answer. Each figure is
 * measured in fresh processes (or threads), the two variants alternating in
 * the same run, so that the ratio holds on a busy machine:
 * - the CLI `screen` wall time with the snapshot and with --no-snapshot
 *   (target: with ≤ 0.3× without);
 * - a batch worker's start-up (spawn to ready) from the shared snapshot and
 *   from the XML;
 * - the import time of the package root.
 *
 *   npm run bench -- --quick     (2 rounds each)
 *   npm run bench                (9 rounds each)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchOptions, isMain, newestListBytes, projectPath, writeReport, type BenchOptions } from './lib.js';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Wall time of one fresh `node` process, in ms; throws when it fails. */
function timeProcess(args: string[], env: NodeJS.ProcessEnv): { ms: number; stdout: string } {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return { ms, stdout: result.stdout };
}

/** Spawn-to-ready of one batch worker, in ms, measured in a fresh process (printed by the script). */
const WORKER_START = `
import { WorkerPool } from ${JSON.stringify(pathToFileURL(projectPath('dist/cli/batch/pool.js')).href)};
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
const xml = readFileSync(process.argv[2]);
const snapshotPath = process.argv[3];
let snapshot;
if (snapshotPath !== '-') {
  const bytes = readFileSync(snapshotPath);
  snapshot = new SharedArrayBuffer(bytes.length);
  new Uint8Array(snapshot).set(bytes);
}
const listSha256 = createHash('sha256').update(xml).digest('hex');
const started = performance.now();
const pool = new WorkerPool(1, { xml, snapshot, listSha256, sinceXml: undefined, format: 'jsonl', threshold: undefined, input: { format: 'csv', columns: { name: 'name' } }, heapMb: undefined }, () => {});
await pool.ready();
const ms = performance.now() - started;
await pool.close();
console.log(ms);
`;

export async function main(options: BenchOptions): Promise<void> {
  const rounds = options.quick ? 2 : 9;
  const cacheDir = mkdtempSync(join(tmpdir(), 'unsc-cold-'));
  const env = { ...process.env, UNSC_SCREEN_CACHE_DIR: cacheDir, UNSC_SCREEN_NO_SNAPSHOT: '' };
  const cli = projectPath('dist/cli/main.js');
  try {
    // The first run writes the bundled list's snapshot; both outputs must agree before anything is timed.
    const first = timeProcess([cli, 'screen', 'Mukhtar Belmukhtar', '--json'], env);
    const fresh = timeProcess([cli, 'screen', 'Mukhtar Belmukhtar', '--json', '--no-snapshot'], env);
    if (first.stdout !== fresh.stdout || !first.stdout.includes('QDi.136')) throw new Error('screen from the snapshot differs from a fresh build');

    const screen = { snapshot: [] as number[], noSnapshot: [] as number[] };
    const worker = { snapshot: [] as number[], xml: [] as number[] };
    const imports: number[] = [];
    const listPath = projectPath('fixtures/consolidated-2026-02-27.xml');
    const { sha256Hex, snapshotPathFor } = await import('../src/snapshot/files.js');
    const snapshotPath = snapshotPathFor(cacheDir, sha256Hex(newestListBytes()));
    readFileSync(snapshotPath); // written by the first run
    // Scripts in files, not -e: a worker would inherit --input-type and refuse to start.
    const importScript = join(cacheDir, 'import.mjs');
    writeFileSync(importScript, `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(projectPath('dist/index.js')).href)}); console.log(performance.now() - t);`);
    const workerScript = join(cacheDir, 'worker-start.mjs');
    writeFileSync(workerScript, WORKER_START);
    for (let round = 0; round < rounds; round++) {
      // Alternate which variant goes first, so that neither always meets a warmer disk cache.
      const order = round % 2 === 0 ? ['snapshot', 'noSnapshot'] : ['noSnapshot', 'snapshot'];
      for (const variant of order) {
        const args = [cli, 'screen', 'John Smith', ...(variant === 'snapshot' ? [] : ['--no-snapshot'])];
        screen[variant as keyof typeof screen].push(timeProcess(args, env).ms);
      }
      for (const variant of round % 2 === 0 ? ['snapshot', 'xml'] : ['xml', 'snapshot']) {
        const out = timeProcess([workerScript, listPath, variant === 'snapshot' ? snapshotPath : '-'], env);
        worker[variant as keyof typeof worker].push(Number(out.stdout.trim()));
      }
      imports.push(Number(timeProcess([importScript], env).stdout.trim()));
    }
    const figures = {
      rounds,
      screenWithSnapshotMs: Math.round(median(screen.snapshot)),
      screenWithoutSnapshotMs: Math.round(median(screen.noSnapshot)),
      screenRatio: Number((median(screen.snapshot) / median(screen.noSnapshot)).toFixed(3)),
      workerStartFromSnapshotMs: Math.round(median(worker.snapshot)),
      workerStartFromXmlMs: Math.round(median(worker.xml)),
      workerRatio: Number((median(worker.snapshot) / median(worker.xml)).toFixed(3)),
      importPackageRootMs: Math.round(median(imports)),
      snapshotBytes: readFileSync(snapshotPath).length,
    };
    console.log(`\n## cold start: medians of ${rounds} fresh processes per variant, alternating (target: screen ratio ≤ 0.3)`);
    console.table([
      { measure: 'CLI screen wall time', 'with snapshot ms': figures.screenWithSnapshotMs, 'without ms': figures.screenWithoutSnapshotMs, ratio: figures.screenRatio },
      { measure: 'batch worker start-up', 'with snapshot ms': figures.workerStartFromSnapshotMs, 'without ms': figures.workerStartFromXmlMs, ratio: figures.workerRatio },
    ]);
    console.log(`import of the package root: ${figures.importPackageRootMs} ms (median); snapshot file: ${(figures.snapshotBytes / 1e6).toFixed(1)} MB`);
    writeReport(
      'cold-start',
      { figures, samples: { screen, worker, imports } },
      [
        '# cold start',
        '',
        `Medians of ${rounds} fresh processes per variant, alternating.`,
        '',
        '| measure | with snapshot ms | without ms | ratio |',
        '|---|---|---|---|',
        `| CLI screen wall time | ${figures.screenWithSnapshotMs} | ${figures.screenWithoutSnapshotMs} | ${figures.screenRatio} |`,
        `| batch worker start-up | ${figures.workerStartFromSnapshotMs} | ${figures.workerStartFromXmlMs} | ${figures.workerRatio} |`,
        '',
        `Import of the package root: ${figures.importPackageRootMs} ms. Snapshot: ${(figures.snapshotBytes / 1e6).toFixed(1)} MB.`,
      ].join('\n'),
    );
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) await main(benchOptions());
