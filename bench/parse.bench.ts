/**
 * Parse time and retained heap of the newest (2 MB) real list.
 * Reported, not asserted: timing assertions belong nowhere.
 */
import { Bench } from 'tinybench';
import { parseList } from '../src/parse/index.js';
import { benchOptions, isMain, mb, newestListBytes, retainedHeapBytes, writeReport, type BenchOptions } from './lib.js';

export async function main(options: BenchOptions): Promise<void> {
  const bytes = newestListBytes();
  // Check the result before timing it.
  const { value: list, bytes: heap } = retainedHeapBytes(() => parseList(bytes));
  if (list.counts.individuals !== 730 || list.counts.entities !== 273) {
    throw new Error(`parse bench: unexpected counts ${JSON.stringify(list.counts)}`);
  }
  const bench = new Bench({ name: 'parseList', iterations: options.quick ? 5 : 30, time: 0, warmupIterations: 2 });
  bench.add(`parseList (${(bytes.length / 1e6).toFixed(2)} MB)`, () => {
    parseList(bytes);
  });
  await bench.run();
  console.log(`\n## parse: ${list.dateGenerated}, ${list.records.length} records`);
  console.table(bench.table());
  const task = bench.tasks[0];
  const latency = task?.result && 'latency' in task.result ? task.result.latency : undefined;
  console.log(`retained heap of the parsed list: ${mb(heap)}`);
  writeReport(
    'parse',
    { bytes: bytes.length, records: list.records.length, medianMs: latency?.p50, meanMs: latency?.mean, heapBytes: heap },
    `# parse\n\n| bytes | records | median ms | heap |\n|---|---|---|---|\n| ${bytes.length} | ${list.records.length} | ${latency?.p50?.toFixed(1)} | ${mb(heap)} |\n`,
  );
}

if (isMain(import.meta.url)) await main(benchOptions());
