/**
 * One service process: the application listening, the list loaded and
 * indexed, its scheduled updates, and a graceful close.
 */
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import type { LoadedList } from '../source/bundled.js';
import type { UpdateResult } from '../source/update.js';
import { buildApp, type AppOptions } from './app.js';
import { ListService, type UpdateOutcome } from './list-service.js';
import { ServiceMetrics } from './metrics.js';

/** Options of {@link startService}. */
export interface ServiceOptions extends Pick<AppOptions, 'apiKey' | 'bodyLimit' | 'requestTimeoutMs' | 'logger' | 'metricsText' | 'routes'> {
  /** @default 8080 (0: any free port) */
  port?: number;
  /** @default 127.0.0.1: reachable from this machine only, unless told otherwise. */
  host?: string;
  /** Reads the first list (the index is built after the server listens; /readyz says when it is). */
  load: () => LoadedList;
  /**
   * Keeps the list current: `run` every `everyMs` (the first right after start). A cluster
   * worker has no `run`: the primary updates and tells it (`ListService.record`).
   */
  updates?: { everyMs: number; run?: (signal: AbortSignal) => Promise<UpdateResult> };
}

/** A running service. */
export interface RunningService {
  /** `http://host:port` */
  url: string;
  app: FastifyInstance;
  lists: ListService;
  metrics: ServiceMetrics;
  /** Runs one update now (the scheduled ones call this); undefined when the service does not update. */
  updateNow(): Promise<UpdateOutcome> | undefined;
  /** Stops updates, stops accepting, finishes the requests in flight, then resolves. */
  close(): Promise<void>;
}

/** Defaults of {@link ServiceOptions}. */
export const SERVICE_DEFAULTS = Object.freeze({ port: 8080, host: '127.0.0.1' });

/**
 * Starts a service: listens, then builds the index of the first list.
 *
 * @example
 * ```ts
 * import { startService } from './service.js';
 * import { loadBundledList } from '../source/bundled.js';
 * const service = await startService({ port: 0, load: () => loadBundledList() });
 * const answer = await fetch(`${service.url}/v1/screen`, {
 *   method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Mukhtar Belmukhtar' }),
 * });
 * console.log((await answer.json()).alerts[0].referenceNumber); // QDi.136
 * await service.close();
 * ```
 */
export async function startService(options: ServiceOptions): Promise<RunningService> {
  const lists = new ListService(options.updates?.everyMs ?? null);
  const metrics = new ServiceMetrics(lists);
  const app = await buildApp({ ...options, lists, metrics });
  await app.listen({ port: options.port ?? SERVICE_DEFAULTS.port, host: options.host ?? SERVICE_DEFAULTS.host });
  try {
    // After listening, so that /healthz answers and /readyz says 503 while the index is built.
    await new Promise((resolve) => setImmediate(resolve));
    lists.load(options.load());
  } catch (error) {
    await app.close();
    throw error;
  }
  const address = app.server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  const aborter = new AbortController();
  let running: Promise<UpdateOutcome> | undefined;
  const run = options.updates?.run;
  const updateNow = (): Promise<UpdateOutcome> | undefined => {
    if (run === undefined) return undefined;
    // One at a time: a slow download is not started again by the next tick.
    running ??= lists.update(() => run(aborter.signal)).finally(() => (running = undefined));
    return running;
  };
  let timer: NodeJS.Timeout | undefined;
  if (run !== undefined && options.updates !== undefined) {
    timer = setInterval(() => void updateNow(), options.updates.everyMs);
    void updateNow();
  }
  return {
    url: `http://${host}:${address.port}`,
    app,
    lists,
    metrics,
    updateNow,
    async close() {
      clearInterval(timer);
      aborter.abort();
      await running?.catch(() => undefined);
      await app.close();
    },
  };
}
