/**
 * Re-screening N parties against a diff of k designations: the time grows
 * with k, not with the list size nor N. Real diff (2026-01-28 → 2026-02-27,
 * k = 4) and synthetic diffs (k seeded designations of the newest list taken
 * as "added"), three ways side by side: an indexed customer base
 * (`rescreenParties`, built once), each party screened against the diff
 * (`rescreen`), and a full screen of every party.
 */
import { Bench } from 'tinybench';
import { diffLists, type ListDiff } from '../src/diff/diff.js';
import { parseList } from '../src/parse/index.js';
import { Screener } from '../src/screen/screener.js';
import { evalDir, loadNegatives } from '../harness/data.js';
import { benchOptions, isMain, newestListBytes, projectPath, writeReport, type BenchOptions } from './lib.js';
import { seededShuffle } from '../harness/random.js';
import { readFileSync } from 'node:fs';

export async function main(options: BenchOptions): Promise<void> {
  const newer = parseList(newestListBytes());
  const older = parseList(readFileSync(projectPath('fixtures/consolidated-2026-01-28.xml')));
  const screener = new Screener(newer);
  const parties = seededShuffle(loadNegatives(evalDir()), 7)
    .slice(0, options.quick ? 2000 : 20_000)
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

  const indexing = performance.now();
  const indexed = screener.indexParties(parties);
  const indexMs = performance.now() - indexing;
  const screened = new Map<string, number>();
  for (const [name, diff] of diffs) screened.set(name, screener.rescreenParties(indexed, diff).screened);

  const bench = new Bench({ name: `re-screen ${parties.length} parties`, iterations: options.quick ? 3 : 10, time: 0, warmupIterations: 1 });
  for (const [name, diff] of diffs) bench.add(`indexed parties, ${name}`, () => void screener.rescreenParties(indexed, diff));
  for (const [name, diff] of diffs) bench.add(`every party, ${name}`, () => void screener.rescreen(parties, diff));
  bench.add(`full screen, k = ${newer.records.length}`, () => {
    for (const party of parties) screener.screen(party);
  });
  await bench.run();
  console.log(`\n## rescreen: ${parties.length} parties against diffs of k designations (party index built once in ${indexMs.toFixed(0)} ms)`);
  const rows = bench.tasks.map((task) => {
    const result = task.result;
    const median = result !== undefined && 'latency' in result ? result.latency.p50 : NaN;
    const diff = diffs.find(([name]) => task.name.endsWith(name));
    const k = diff === undefined ? newer.records.length : diff[1].added.length + diff[1].changed.length + diff[1].removed.length;
    const partiesScreened = task.name.startsWith('indexed') ? screened.get(diff![0])! : parties.length;
    return { task: task.name, k, medianMs: Number(median.toFixed(2)), msPerDesignation: Number((median / k).toFixed(3)), partiesScreened };
  });
  console.table(rows);
  writeReport(
    'rescreen',
    { parties: parties.length, partyIndexMs: indexMs, rows },
    [
      '# rescreen',
      '',
      `${parties.length} parties; party index built once in ${indexMs.toFixed(0)} ms`,
      '',
      '| how | k | median ms | ms per designation | parties screened |',
      '|---|---|---|---|---|',
      ...rows.map((r) => `| ${r.task} | ${r.k} | ${r.medianMs} | ${r.msPerDesignation} | ${r.partiesScreened} |`),
    ].join('\n'),
  );
}

if (isMain(import.meta.url)) await main(benchOptions());
