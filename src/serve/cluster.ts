/**
 * `--workers N`: node:cluster. Each worker is a whole service holding its own
 * index (the connections are spread over them by the primary); the primary
 * holds no index: it forks the workers, replaces one that crashes, runs the
 * list updates and tells the workers, who re-read the updated cache and swap,
 * and it gathers every worker's metrics for /metrics.
 */
import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry } from 'prom-client';
import type { UpdateResult } from '../source/update.js';
import { failure, type UpdateOutcome } from './list-service.js';
import type { RunningService } from './service.js';

const LIST_UPDATE = 'unsc-screen:list-update';
const METRICS_REQUEST = 'unsc-screen:metrics-request';
const METRICS_ANSWER = 'unsc-screen:metrics';

type Message =
  | { type: typeof LIST_UPDATE; outcome: UpdateOutcome }
  | { type: typeof METRICS_REQUEST; id: number }
  | { type: typeof METRICS_ANSWER; id: number; text?: string; error?: string };

/** Options of {@link runPrimary}. */
export interface PrimaryOptions {
  workers: number;
  /** Runs the updates (the first right away) and tells the workers. */
  updates?: { everyMs: number; run: (signal: AbortSignal) => Promise<UpdateResult> };
  /** Called once every worker listens, with the address. */
  onListening(url: string): void;
  /** Called when a worker stops before it ever listened (it printed why): the service cannot start. */
  onStartFailure(code: number | null): void;
}

/**
 * Forks the workers and keeps them running until `stop()`, which sends each
 * SIGTERM (each drains its requests in flight) and resolves when all have exited.
 */
export function runPrimary(options: PrimaryOptions): { stop(): Promise<void> } {
  const aggregator = new AggregatorRegistry();
  const listening = new Set<number>();
  let announced = false;
  let stopping = false;
  let last: UpdateOutcome | undefined;

  const fork = (): Worker => {
    const worker = cluster.fork();
    worker.on('message', (message: Message) => {
      if (message.type !== METRICS_REQUEST) return;
      aggregator.clusterMetrics().then(
        (text) => worker.send({ type: METRICS_ANSWER, id: message.id, text } satisfies Message),
        (error: Error) => worker.send({ type: METRICS_ANSWER, id: message.id, error: error.message } satisfies Message),
      );
    });
    return worker;
  };
  cluster.on('listening', (worker, address) => {
    listening.add(worker.id);
    if (last !== undefined) worker.send({ type: LIST_UPDATE, outcome: last } satisfies Message);
    if (!announced && listening.size === options.workers) {
      announced = true;
      const host = address.address === undefined || address.address === null ? '127.0.0.1' : address.address;
      options.onListening(`http://${host.includes(':') ? `[${host}]` : host}:${address.port}`);
    }
  });
  cluster.on('exit', (worker, code) => {
    const started = listening.delete(worker.id);
    if (stopping) return;
    if (!started && !announced) {
      // A worker that cannot start (an unreadable --list, a port in use) would fail again.
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
      options.onStartFailure(code);
      return;
    }
    fork(); // a crash: replace it (it reloads the newest list of the cache)
  });
  for (let i = 0; i < options.workers; i += 1) fork();

  const aborter = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const update = options.updates;
  if (update !== undefined) {
    const tick = () => {
      running ??= update
        .run(aborter.signal)
        .then(
          (result): UpdateOutcome => ({ at: new Date().toISOString(), status: result.status }),
          (error: unknown) => failure(error),
        )
        .then((outcome) => {
          last = outcome;
          for (const worker of Object.values(cluster.workers ?? {})) worker?.send({ type: LIST_UPDATE, outcome } satisfies Message);
        })
        .finally(() => (running = undefined));
    };
    timer = setInterval(tick, update.everyMs);
    tick();
  }

  return {
    async stop() {
      stopping = true;
      clearInterval(timer);
      aborter.abort();
      await running?.catch(() => undefined);
      const workers = Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined);
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve) => {
              if (worker.isDead()) return resolve();
              worker.once('exit', () => resolve());
              worker.process.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}

/**
 * What a worker needs from the primary: its metrics served for all workers,
 * and the primary's list updates applied (`reload` reads the updated cache).
 */
export function workerHooks(): {
  metricsText(): Promise<{ contentType: string; text: string }>;
  follow(service: RunningService, reload: () => Parameters<RunningService['lists']['record']>[1]): void;
} {
  let next = 0;
  const waiting = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();
  process.on('message', (message: Message) => {
    if (message.type !== METRICS_ANSWER) return;
    const pending = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.text !== undefined) pending?.resolve(message.text);
    else pending?.reject(new Error(message.error ?? 'no metrics'));
  });
  return {
    async metricsText() {
      const id = next++;
      const text = await new Promise<string>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        process.send?.({ type: METRICS_REQUEST, id } satisfies Message);
      });
      return { contentType: AggregatorRegistry.PROMETHEUS_CONTENT_TYPE, text };
    },
    follow(service, reload) {
      // Answer the primary's metrics requests with this worker's registry.
      AggregatorRegistry.setRegistries([service.metrics.registry]);
      new AggregatorRegistry();
      process.on('message', (message: Message) => {
        if (message.type !== LIST_UPDATE) return;
        let list;
        try {
          list = message.outcome.status === 'updated' ? reload() : undefined;
        } catch (error) {
          service.lists.record(failure(error));
          return;
        }
        service.lists.record(message.outcome, list);
      });
    },
  };
}
