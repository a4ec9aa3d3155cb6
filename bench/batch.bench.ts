/**
 * Batch screening through the built CLI: rows per second and peak RSS on
 * generated rows (seeded), with 1 and 2 workers. Reported, never asserted.
 *
 *   npm run bench -- --quick     (100,000 rows)
 *   npm run bench                (1,000,000 rows)
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvField } from '../src/cli/batch/csv-line.js';
import { evalDir, loadNegatives, loadPersons } from './accuracy/data.js';
import { benchOptions, isMain, projectPath, writeReport, type BenchOptions } from './lib.js';
import { seededRandom } from './random.js';

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
    console.log(`\n## batch: ${rows.toLocaleString('en-US')} generated rows (seeded) through the built CLI`);
    console.table(figures);
    const speedup = figures[1]!.rowsPerSecond / figures[0]!.rowsPerSecond;
    console.log(`2 workers / 1 worker: ${speedup.toFixed(2)}× the rows/s (target ≥ 1.5× on 2 free cores)`);
    writeReport(
      'batch',
      figures,
      ['# batch', '', '| workers | rows | seconds | rows/s | peak RSS MB |', '|---|---|---|---|---|', ...figures.map((f) => `| ${f.workers} | ${f.rows} | ${f.seconds.toFixed(1)} | ${f.rowsPerSecond} | ${f.peakRssMB} |`), '', `2 workers / 1 worker: ${speedup.toFixed(2)}× the rows/s.`].join('\n'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) await main(benchOptions());
