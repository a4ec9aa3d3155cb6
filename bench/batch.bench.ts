/**
 * Batch screening through the built CLI: rows per second and peak RSS on
 * generated rows (seeded), with 1 and 2 workers. Reported, never asserted.
 *
 *   npm run bench -- --quick     (100,000 rows)
 *   npm run bench                (1,000,000 rows)
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvField } from '../src/cli/batch/csv-line.js';
import { evalDir, loadNegatives, loadPersons } from '../harness/data.js';
import { benchOptions, isMain, projectPath, writeReport, type BenchOptions } from './lib.js';
import { seededRandom } from '../harness/random.js';

/**
 * Writes `rows` seeded rows: 2% UN persons (primary or noisy), the rest
 * ordinary names made by crossing the given and family names of two
 * negatives (so that most rows are distinct names, as in a customer file),
 * half of them with a birth date and nationality.
 */
async function generate(path: string, rows: number): Promise<void> {
  const dir = evalDir();
  const negatives = loadNegatives(dir);
  const persons = loadPersons(dir);
  const random = seededRandom(1_000_000);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  const out = createWriteStream(path);
  out.write('id,name,date_of_birth,nationality\n');
  for (let i = 0; i < rows; i++) {
    const listed = random() < 0.02;
    const row = listed ? pick(persons) : pick(negatives);
    const given = pick(negatives).query.split(' ');
    const family = pick(negatives).query.split(' ');
    const name = listed
      ? (row as (typeof persons)[number]).query
      : `${given.slice(0, Math.max(1, given.length - 1)).join(' ')} ${family[family.length - 1]}`;
    const withEvidence = random() < 0.5;
    const line = `c${i},${csvField(name)},${withEvidence ? row.dateOfBirth : ''},${withEvidence ? csvField(row.nationality) : ''}\n`;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

interface RunFigures {
  workers: number;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMB: number;
  alerts: number;
  rejected: number;
}

export async function main(options: BenchOptions): Promise<void> {
  const rows = options.quick ? 100_000 : 1_000_000;
  const dir = mkdtempSync(join(tmpdir(), 'unsc-batch-'));
  try {
    const input = join(dir, 'rows.csv');
    await generate(input, rows);
    const cli = projectPath('dist/cli/main.js');
    // A cache of its own, its snapshot made before timing: both runs start the same way.
    const env = { ...process.env, UNSC_SCREEN_CACHE_DIR: join(dir, 'cache'), UNSC_SCREEN_NO_SNAPSHOT: '' };
    execFileSync(process.execPath, [cli, 'screen', 'John Smith'], { env, stdio: 'ignore' });
    const figures: RunFigures[] = [];
    for (const workers of [1, 2]) {
      const summaryPath = join(dir, `summary-${workers}.json`);
      execFileSync(
        process.execPath,
        [cli, 'batch', input, '--workers', String(workers), '--output', join(dir, 'out.jsonl'), '--rejects', join(dir, 'rejects.jsonl'), '--summary', summaryPath, '--no-progress'],
        { stdio: ['ignore', 'ignore', 'ignore'], env },
      );
      const summary = JSON.parse(readFileSync(summaryPath, 'utf8')) as { rows: number; seconds: number; rowsPerSecond: number; peakRssBytes: number; alerts: number; rejected: number };
      figures.push({
        workers,
        rows: summary.rows,
        seconds: summary.seconds,
        rowsPerSecond: Math.round(summary.rowsPerSecond),
        peakRssMB: Math.round(summary.peakRssBytes / 1024 / 1024),
        alerts: summary.alerts,
        rejected: summary.rejected,
      });
    }
    // The machine's own ceiling for two workers: two separate 1-worker runs of the same input at
    // the same time, sharing nothing. What two processes get together is the most two threads can.
    const pair = await Promise.all(
      [1, 2].map(async (copy) => {
        const summaryPath = join(dir, `summary-pair-${copy}.json`);
        await promisify(execFile)(
          process.execPath,
          [cli, 'batch', input, '--workers', '1', '--output', join(dir, `pair-${copy}.jsonl`), '--summary', summaryPath, '--no-progress'],
          { env, maxBuffer: 64 * 1024 * 1024 },
        );
        return JSON.parse(readFileSync(summaryPath, 'utf8')) as { rows: number; seconds: number };
      }),
    );
    const pairRowsPerSecond = (pair[0]!.rows + pair[1]!.rows) / Math.max(pair[0]!.seconds, pair[1]!.seconds);
    const ceiling = pairRowsPerSecond / figures[0]!.rowsPerSecond;
    console.log(`\n## batch: ${rows.toLocaleString('en-US')} generated rows (seeded) through the built CLI`);
    console.table(figures);
    const speedup = figures[1]!.rowsPerSecond / figures[0]!.rowsPerSecond;
    console.log(`2 workers / 1 worker: ${speedup.toFixed(2)}× the rows/s (target ≥ 1.5× on 2 free cores)`);
    console.log(
      `machine ceiling: two separate 1-worker runs at once give ${ceiling.toFixed(2)}× one run's rows/s together (${Math.round(pairRowsPerSecond)} rows/s); ` +
        `2 workers reach ${((speedup / ceiling) * 100).toFixed(0)}% of it`,
    );
    writeReport(
      'batch',
      { figures, pairRowsPerSecond: Math.round(pairRowsPerSecond), ceiling },
      ['# batch', '', '| workers | rows | seconds | rows/s | peak RSS MB |', '|---|---|---|---|---|', ...figures.map((f) => `| ${f.workers} | ${f.rows} | ${f.seconds.toFixed(1)} | ${f.rowsPerSecond} | ${f.peakRssMB} |`), '', `2 workers / 1 worker: ${speedup.toFixed(2)}× the rows/s.`, `Two separate 1-worker runs at once: ${ceiling.toFixed(2)}× one run's rows/s together (the machine's ceiling for two).`].join('\n'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) await main(benchOptions());
