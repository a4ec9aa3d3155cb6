/**
 * One name screened against the whole list: NameIndex.search side by side
 * with the brute-force Jaro-Winkler baseline, in the same run; index build
 * time and heap. Reported, never asserted.
 */
import { Bench } from 'tinybench';
import { NameIndex } from '../src/search/name-index.js';
import { parseList } from '../src/parse/index.js';
import { BruteForceJaroWinkler } from './accuracy/baselines.js';
import { evalDir, loadNegatives, loadPersons } from './accuracy/data.js';
import { benchOptions, isMain, mb, newestListBytes, retainedHeapBytes, writeReport, type BenchOptions } from './lib.js';
import { seededShuffle } from './random.js';

export async function main(options: BenchOptions): Promise<void> {
  const list = parseList(newestListBytes());
  // The first build of the process (cold: nothing compiled yet), timed alone.
  const buildStart = performance.now();
  NameIndex.build(list);
  const coldBuildMs = performance.now() - buildStart;
  const { value: index, bytes: heap } = retainedHeapBytes(() => NameIndex.build(list));
  // Later builds (a list update in a running process) run warm.
  const warmBuilds: number[] = [];
  for (let i = 0; i < (options.quick ? 3 : 7); i++) {
    const start = performance.now();
    NameIndex.build(list);
    warmBuilds.push(performance.now() - start);
  }
  const buildMs = warmBuilds.sort((a, b) => a - b)[warmBuilds.length >> 1]!;
  const baseline = new BruteForceJaroWinkler(list);

  // Distinct realistic queries: negatives (not listed) and UN persons (listed, some with noise).
  const dir = evalDir();
  const pool = seededShuffle(
    [...loadNegatives(dir).map((c) => c.query), ...loadPersons(dir).map((c) => c.query)],
    20260227,
  );
  const warmup = pool.slice(0, 2000);
  const queries = pool.slice(2000, 2000 + (options.quick ? 3000 : 20_000));
  const baselineQueries = queries.slice(0, options.quick ? 20 : 100);

  // Check the results before timing them.
  const check = index.search('Mukhtar Belmukhtar')[0]?.record.referenceNumber;
  if (check !== 'QDi.136') throw new Error(`screen bench: expected QDi.136, got ${check}`);
  for (const query of warmup) index.search(query);

  // One iteration = one distinct name; each side runs its own number of names.
  let next = 0;
  let nextBaseline = 0;
  const ourBench = new Bench({ name: 'NameIndex', time: 0, iterations: queries.length, warmupIterations: 0 });
  ourBench.add('NameIndex.search', () => {
    index.search(queries[next++ % queries.length]!);
  });
  const baselineBench = new Bench({ name: 'baseline', time: 0, iterations: baselineQueries.length, warmupIterations: 0 });
  baselineBench.add('brute-force Jaro-Winkler', () => {
    baseline.bestScores(baselineQueries[nextBaseline++ % baselineQueries.length]!);
  });
  await ourBench.run();
  await baselineBench.run();

  const latency = (bench: Bench) => {
    const result = bench.tasks[0]?.result;
    return result !== undefined && 'latency' in result ? result.latency : undefined;
  };
  const ours = latency(ourBench);
  const theirs = latency(baselineBench);
  const µs = (ms: number | undefined) => (ms === undefined ? NaN : ms * 1000);
  const figures = {
    queries: queries.length,
    baselineQueries: baselineQueries.length,
    medianMicros: µs(ours?.p50),
    p99Micros: µs(ours?.p99),
    meanMicros: µs(ours?.mean),
    baselineMedianMicros: µs(theirs?.p50),
    speedupAtMedian: (theirs?.p50 ?? NaN) / (ours?.p50 ?? NaN),
    coldBuildMs,
    buildMs,
    heapBytes: heap,
    meanCandidates: queries.slice(0, 2000).reduce((sum, q) => sum + index.candidateCount(q), 0) / Math.min(2000, queries.length),
    names: index.names.length,
    vocabulary: index.vocabulary.entries.length,
  };
  console.log(`\n## screen: ${queries.length} distinct names (after ${warmup.length} warm-up names)`);
  console.table([...ourBench.table(), ...baselineBench.table()]);
  console.log(
    `NameIndex.search median ${figures.medianMicros.toFixed(1)} µs, p99 ${figures.p99Micros.toFixed(1)} µs; ` +
      `brute force median ${(figures.baselineMedianMicros / 1000).toFixed(2)} ms: ${figures.speedupAtMedian.toFixed(0)}× faster at the median`,
  );
  console.log(
    `index build ${coldBuildMs.toFixed(0)} ms cold (first in the process), ${buildMs.toFixed(0)} ms warm (median); ` +
      `heap ${mb(heap)}; ${index.names.length} names, ${index.vocabulary.entries.length} units; ` +
      `${figures.meanCandidates.toFixed(1)} names scored per query on average`,
  );
  writeReport(
    'screen',
    figures,
    [
      '# screen one name',
      '',
      '| measure | value |',
      '|---|---|',
      `| queries (distinct) | ${figures.queries} |`,
      `| median | ${figures.medianMicros.toFixed(1)} µs |`,
      `| p99 | ${figures.p99Micros.toFixed(1)} µs |`,
      `| brute-force JW median | ${(figures.baselineMedianMicros / 1000).toFixed(2)} ms |`,
      `| speed-up at the median | ${figures.speedupAtMedian.toFixed(0)}× |`,
      `| index build, cold / warm | ${coldBuildMs.toFixed(0)} ms / ${buildMs.toFixed(0)} ms |`,
      `| names scored per query (mean) | ${figures.meanCandidates.toFixed(1)} of ${index.names.length} |`,
      `| index heap | ${mb(heap)} |`,
    ].join('\n'),
  );
}

if (isMain(import.meta.url)) await main(benchOptions());
