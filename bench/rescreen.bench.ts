/**
 * Re-screening N parties against a diff of k designations: the time grows
 * with k, not with the list size. Real diff (2026-01-28 → 2026-02-27, k = 4)
 * and synthetic diffs (k seeded designations of the newest list taken as
 * "added"), side by side with a full screen of the same parties.
 */
import { Bench } from 'tinybench';
import { diffLists, type ListDiff } from '../src/diff/diff.js';
import { parseList } from '../src/parse/index.js';
import { Screener } from '../src/screen/screener.js';
import { evalDir, loadNegatives } from './accuracy/data.js';
import { benchOptions, isMain, newestListBytes, projectPath, writeReport, type BenchOptions } from './lib.js';
import { seededShuffle } from './random.js';
import { readFileSync } from 'node:fs';

export async function main(options: BenchOptions): Promise<void> {
  const newer = parseList(newestListBytes());
  const older = parseList(readFileSync(projectPath('fixtures/consolidated-2026-01-28.xml')));
  const screener = new Screener(newer);
  const parties = seededShuffle(loadNegatives(evalDir()), 7)
    .slice(0, options.quick ? 500 : 2000)
    .map((c) => ({ name: c.query }));
  const synthetic = (k: number): ListDiff => ({
    ...diffLists(newer, newer),
    added: seededShuffle(newer.records, k).slice(0, k),
  });
  const diffs: Array<[string, ListDiff]> = [
    ['real diff, k = 4', diffLists(older, newer)],
    ...[40, 400].map((k): [string, ListDiff] => [`synthetic, k = ${k}`, synthetic(k)]),
  ];
  // Check the results before timing them.
  const real = screener.rescreen([{ name: newer.records.find((r) => r.referenceNumber === 'SDi.007')!.name }], diffs[0]![1]);
  if (real.results[0]?.alerts[0]?.referenceNumber !== 'SDi.007') throw new Error('rescreen bench: SDi.007 not found');

  const bench = new Bench({ name: `re-screen ${parties.length} parties`, iterations: options.quick ? 3 : 10, time: 0, warmupIterations: 1 });
  for (const [name, diff] of diffs) bench.add(name, () => void screener.rescreen(parties, diff));
  bench.add(`full screen, k = ${newer.records.length}`, () => {
    for (const party of parties) screener.screen(party);
  });
  await bench.run();
  console.log(`\n## rescreen: ${parties.length} parties against diffs of k designations`);
  console.table(bench.table());
  const rows = bench.tasks.map((task) => {
    const result = task.result;
    const median = result !== undefined && 'latency' in result ? result.latency.p50 : NaN;
    return { task: task.name, medianMs: median, perPartyMicros: (median * 1000) / parties.length };
  });
  writeReport(
    'rescreen',
    rows,
    ['# rescreen', '', `${parties.length} parties`, '', '| diff | median ms | µs per party |', '|---|---|---|', ...rows.map((r) => `| ${r.task} | ${r.medianMs.toFixed(1)} | ${r.perPartyMicros.toFixed(1)} |`)].join('\n'),
  );
}

if (isMain(import.meta.url)) await main(benchOptions());
