/**
 * The HTTP service under load (autocannon, 32 connections) side by side with
 * `screen()` in process on the same names: requests per second and latency
 * (p50, p99) for POST /v1/screen, and names per second for batches of 100.
 * The server runs as `unsc-screen serve` in its own processes (--workers N),
 * the load generator in this one, on the same machine. Reported, never asserted
 * (the targets are printed with the figures).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import autocannon from 'autocannon';
import { parseList } from '../src/parse/index.js';
import { Screener } from '../src/screen/screener.js';
import { evalDir, loadNegatives, loadPersons } from './accuracy/data.js';
import { benchOptions, isMain, newestListBytes, projectPath, writeReport, type BenchOptions } from './lib.js';
import { seededShuffle } from './random.js';

/** The targets of issue 21, on 2 cores: HTTP at ≥ 0.15× one in-process thread's names/s, p99 ≤ 10× the median. */
const TARGETS = Object.freeze({ ratio: 0.15, tailFactor: 10 });
const CONNECTIONS = 32;

interface Server {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `unsc-screen serve --port 0` on the newest fixture list (from src/, through tsx). */
function startServer(workers: number): Promise<Server> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', projectPath('src/cli/main.ts'), 'serve', '--port', '0', '--workers', String(workers), '--list', projectPath('fixtures/consolidated-2026-02-27.xml')],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, UNSC_SCREEN_API_KEY: '' } },
  );
  let stderr = '';
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(stderr)?.[1];
      if (url !== undefined) {
        resolve({
          url,
          child,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    void exited.then(() => reject(new Error(`serve exited before listening: ${stderr}`)));
  });
}

/** Names per second of `screen()` on one thread, cycling over `names` for `seconds`. */
function inProcessRate(screener: Screener, names: string[], seconds: number): number {
  let screened = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (let k = 0; k < 100; k += 1) screener.screen({ name: names[screened++ % names.length]! });
  }
  return (screened / (performance.now() - start)) * 1000;
}

/** autocannon against one route, each request a new body from `body(i)`. */
async function load(url: string, path: string, seconds: number, body: (i: number) => unknown): Promise<autocannon.Result> {
  let i = 0;
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: JSON.stringify(body(i++)) }),
      },
    ],
  });
}

export async function main(options: BenchOptions): Promise<void> {
  const list = parseList(newestListBytes());
  const screener = new Screener(list);
  const dir = evalDir();
  const names = seededShuffle([...loadNegatives(dir).map((c) => c.query), ...loadPersons(dir).map((c) => c.query)], 20260227).slice(0, options.quick ? 3_000 : 10_000);
  const workerCounts = options.quick ? [availableParallelism()] : [...new Set([1, availableParallelism()])];
  const seconds = options.quick ? 2 : 4;

  for (const name of names) screener.screen({ name }); // warm: compiled code, memo tables
  const rows: Array<Record<string, string | number>> = [];
  const figures: Record<string, unknown>[] = [];
  for (const workers of workerCounts) {
    const server = await startServer(workers);
    try {
      // Check the answer before timing it.
      const check = (await (await fetch(`${server.url}/v1/screen`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"Mukhtar Belmukhtar"}' })).json()) as {
        alerts: Array<{ referenceNumber: string }>;
      };
      if (check.alerts[0]?.referenceNumber !== 'QDi.136') throw new Error(`serve bench: expected QDi.136, got ${JSON.stringify(check.alerts[0])}`);
      await load(server.url, '/v1/screen', 2, (i) => ({ name: names[i % names.length] })); // warm-up
      // The machine's speed drifts (it is shared): rounds alternate one thread of screen() in process
      // and the HTTP load, and each round's ratio compares the two taken a second apart.
      const rounds: Array<{ inProcess: number; http: autocannon.Result }> = [];
      for (let round = 0; round < (options.quick ? 2 : 5); round += 1) {
        const inProcess = inProcessRate(screener, names, 1);
        const http = await load(server.url, '/v1/screen', seconds, (i) => ({ name: names[(round * 7919 + i) % names.length] }));
        rounds.push({ inProcess: (inProcess + inProcessRate(screener, names, 1)) / 2, http });
      }
      const ratios = rounds.map((r) => r.http.requests.average / r.inProcess);
      const median = <T>(values: T[], key: (value: T) => number): T => [...values].sort((a, b) => key(a) - key(b))[values.length >> 1]!;
      const { inProcess, http: single } = median(rounds, (r) => r.http.requests.average / r.inProcess);
      // The HTTP stack alone, for scale: a route that does nothing.
      const health = await autocannon({ url: `${server.url}/healthz`, connections: CONNECTIONS, duration: seconds });
      const batch = options.quick
        ? undefined
        : await load(server.url, '/v1/screen/batch', seconds, (i) => ({ queries: Array.from({ length: 100 }, (_, k) => ({ name: names[(i * 100 + k) % names.length] })) }));
      const metrics = await (await fetch(`${server.url}/metrics`)).text();
      const rss = Number(/^unsc_screen_process_resident_memory_bytes (\d+)/m.exec(metrics)?.[1] ?? NaN);
      const result = {
        workers,
        inProcessNamesPerSecond: inProcess,
        ratio: single.requests.average / inProcess,
        roundRatios: ratios,
        healthzRequestsPerSecond: health.requests.average,
        requestsPerSecond: single.requests.average,
        p50Ms: single.latency.p50,
        p99Ms: single.latency.p99,
        errors: single.errors + single.non2xx,
        batchNamesPerSecond: batch === undefined ? undefined : batch.requests.average * 100,
        batchP50Ms: batch?.latency.p50,
        batchP99Ms: batch?.latency.p99,
        residentMbPerWorker: rss / workers / 1024 / 1024,
      };
      figures.push(result);
      rows.push({
        workers,
        'in process names/s': Math.round(result.inProcessNamesPerSecond),
        'req/s': Math.round(result.requestsPerSecond),
        ratio: Number(result.ratio.toFixed(2)),
        'ratio per round': ratios.map((r) => r.toFixed(2)).join(' '),
        'p50 ms': result.p50Ms,
        'p99 ms': result.p99Ms,
        errors: result.errors,
        'healthz req/s': Math.round(result.healthzRequestsPerSecond),
        'batch names/s': result.batchNamesPerSecond === undefined ? '-' : Math.round(result.batchNamesPerSecond),
        'RSS/worker MB': Math.round(result.residentMbPerWorker),
      });
    } finally {
      await server.stop();
    }
  }

  console.log(`\n## serve: POST /v1/screen at ${CONNECTIONS} connections, ${seconds} s, ${names.length} distinct names (server and load generator on the same ${availableParallelism()} cores)`);
  console.table(rows);
  const best = figures.reduce((a, b) => ((b['requestsPerSecond'] as number) > (a['requestsPerSecond'] as number) ? b : a));
  const inProcess = best['inProcessNamesPerSecond'] as number;
  const ratio = best['ratio'] as number;
  const tail = (best['p99Ms'] as number) / Math.max(best['p50Ms'] as number, 1);
  console.log(`each row: the median round (by ratio) of ${options.quick ? 2 : 5} rounds of ${seconds} s; in process: one thread of screen() just before and after each round`);
  console.log(
    `HTTP / in process: ${ratio.toFixed(2)}× (target ≥ ${TARGETS.ratio}×: ${ratio >= TARGETS.ratio ? 'met' : 'NOT met'}); ` +
      `p99 / p50: ${tail.toFixed(1)}× (target ≤ ${TARGETS.tailFactor}×: ${tail <= TARGETS.tailFactor ? 'met' : 'NOT met'})`,
  );
  writeReport(
    'serve',
    { connections: CONNECTIONS, seconds, names: names.length, cores: availableParallelism(), inProcessNamesPerSecond: inProcess, ratio, tailFactor: tail, runs: figures },
    [
      `# serve: POST /v1/screen at ${CONNECTIONS} connections`,
      '',
      `Server and load generator share ${availableParallelism()} cores. Each row is the median of ${options.quick ? 2 : 5} rounds of ${seconds} s (by ratio); in process: one thread of screen(), measured just before and after each round.`,
      '',
      '| workers | in process names/s | HTTP req/s | ratio | ratio per round | p50 ms | p99 ms | errors | GET /healthz req/s | batch of 100: names/s | RSS per worker |',
      '|---|---|---|---|---|---|---|---|---|---|---|',
      ...rows.map(
        (r) =>
          `| ${r['workers']} | ${r['in process names/s']} | ${r['req/s']} | ${r['ratio']} | ${r['ratio per round']} | ${r['p50 ms']} | ${r['p99 ms']} | ${r['errors']} | ${r['healthz req/s']} | ${r['batch names/s']} | ${r['RSS/worker MB']} MB |`,
      ),
      '',
      `HTTP / in process: ${ratio.toFixed(2)}× (target ≥ ${TARGETS.ratio}×); p99 / p50: ${tail.toFixed(1)}× (target ≤ ${TARGETS.tailFactor}×).`,
    ].join('\n'),
  );
}

if (isMain(import.meta.url)) await main(benchOptions());
