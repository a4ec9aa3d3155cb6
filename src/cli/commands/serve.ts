/**
 * `unsc-screen serve`: screening over HTTP (see src/serve/). One process,
 * or with --workers N a node:cluster of N workers each holding the index.
 * Runs until SIGTERM or SIGINT, then drains the requests in flight and exits 0.
 */
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { updateList } from '../../source/update.js';
import { readCachedList } from '../../source/load.js';
import type { UpdateResult } from '../../source/update.js';
import { runPrimary, workerHooks } from '../../serve/cluster.js';
import { routePath } from '../../serve/route.js';
import { ROUTES } from '../../serve/routes/index.js';
import { startService, SERVICE_DEFAULTS, type RunningService } from '../../serve/service.js';
import { numberOption, parseOptions } from '../args.js';
import { cliCacheDir } from '../list-bytes.js';
import { loadCliList } from '../list-source.js';
import type { CliIo } from '../run.js';
import { UsageError } from '../usage.js';


/** Words joined by ", " into lines of at most `width` characters. */
function wrap(words: readonly string[], width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line === '' ? word : `${line}, ${word}`;
    if (next.length > width && line !== '') {
      lines.push(`${line},`);
      line = word;
    } else line = next;
  }
  return [...lines, line].join('\n');
}

export const SERVE_HELP = `unsc-screen serve [options]

  --port N            port to listen on (default ${SERVICE_DEFAULTS.port}; 0: any free port)
  --host H            address to listen on (default ${SERVICE_DEFAULTS.host}: this machine only; 0.0.0.0 for all)
  --list FILE         screen against this XML file (no updates)
  --cache-dir DIR     the list cache (default: $UNSC_SCREEN_CACHE_DIR, else $XDG_CACHE_HOME/unsc-screen, else
                      ~/.cache/unsc-screen): its newest good list, else the bundled one
  --update-every T    update the cache every T (e.g. 6h, 30m; s, m, h, d) and swap the new list in
  --url URL           where updates download the list (default: the UN's consolidated.xml)
  --api-key KEY       require this key (\`Authorization: Bearer KEY\` or \`X-API-Key: KEY\`) on every
                      route but ${ROUTES.filter((route) => route.public === true).map((route) => route.url).join(', ')}; or set UNSC_SCREEN_API_KEY
  --workers N         processes, each holding the index (default: the cores, ${availableParallelism()} here)

Routes (GET /openapi.json describes each):
${wrap(ROUTES.map((route) => `${route.method} ${routePath(route)}`), 100)}.
SIGTERM or SIGINT: stop accepting, finish the requests in flight, exit 0.
`;

/** How long a shutdown may take to drain before the process exits anyway. */
const DRAIN_TIMEOUT_MS = 30_000;

/** `6h`, `30m`, `45s`, `1d` → milliseconds. */
export function parseDuration(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?)(s|m|h|d)$/.exec(text.trim());
  const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match?.[2] as 's'] as number | undefined;
  const ms = match === null || unit === undefined ? NaN : Number(match[1]) * unit;
  if (!(ms >= 1_000 && ms <= 30 * 86_400_000)) throw new UsageError(`--update-every must be a duration from 1s to 30d such as 6h or 30m, got "${text}"`);
  return ms;
}

export async function serveCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, {
    port: { type: 'string' },
    host: { type: 'string' },
    list: { type: 'string' },
    'cache-dir': { type: 'string' },
    'update-every': { type: 'string' },
    url: { type: 'string' },
    'api-key': { type: 'string' },
    workers: { type: 'string' },
    help: { type: 'boolean' },
  });
  if (values.help === true) {
    io.stdout.write(SERVE_HELP);
    return 0;
  }
  const port = numberOption(values.port, 'port', 0, 65_535, true) ?? SERVICE_DEFAULTS.port;
  const host = values.host ?? SERVICE_DEFAULTS.host;
  const workers = numberOption(values.workers, 'workers', 1, 256, true) ?? availableParallelism();
  const everyMs = parseDuration(values['update-every']);
  if (everyMs !== undefined && values.list !== undefined) throw new UsageError('--update-every updates the cache: it cannot be used with --list FILE');
  if (values.url !== undefined && everyMs === undefined) throw new UsageError('--url is where updates download from: give --update-every too');
  const apiKey = values['api-key'] ?? (io.env['UNSC_SCREEN_API_KEY'] || undefined);
  const cacheDir = cliCacheDir(values['cache-dir'], io.env);
  const proxy = io.env['HTTPS_PROXY'] ?? io.env['https_proxy'] ?? io.env['HTTP_PROXY'] ?? io.env['http_proxy'];
  const run =
    everyMs === undefined
      ? undefined
      : (signal: AbortSignal): Promise<UpdateResult> =>
          updateList({ cacheDir, signal, ...(values.url === undefined ? {} : { url: values.url }), ...(proxy === undefined || proxy === '' ? {} : { proxy }) });

  if (workers > 1 && cluster.isPrimary) {
    return new Promise<number>((resolve) => {
      const primary = runPrimary({
        workers,
        ...(run === undefined || everyMs === undefined ? {} : { updates: { everyMs, run } }),
        onListening: (url) => io.stderr.write(`unsc-screen serve: listening on ${url} (${workers} workers)\n`),
        onStartFailure: (code) => {
          io.stderr.write(`unsc-screen serve: a worker could not start (exit status ${code ?? 'signal'})\n`);
          void primary.stop().then(() => resolve(2));
        },
      });
      onShutdown(() => primary.stop().then(() => resolve(0)));
    });
  }

  const hooks = cluster.isWorker ? workerHooks() : undefined;
  let service: RunningService;
  try {
    service = await startService({
      port,
      host,
      load: () => {
        const loaded = loadCliList(values.list, cacheDir);
        for (const warning of loaded.warnings) io.stderr.write(`warning: ${warning}\n`);
        return loaded;
      },
      ...(apiKey === undefined ? {} : { apiKey }),
      ...(everyMs === undefined ? {} : { updates: { everyMs, ...(hooks === undefined && run !== undefined ? { run } : {}) } }),
      ...(hooks === undefined ? {} : { metricsText: hooks.metricsText }),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      throw new UsageError(`cannot listen on ${host}:${port}: ${code}`);
    }
    throw error;
  }
  hooks?.follow(service, () => readCachedList(cacheDir)?.list);
  if (cluster.isPrimary) {
    const { dateGenerated, sha256 } = service.lists.screener.version;
    io.stderr.write(`unsc-screen serve: listening on ${service.url} (list of ${dateGenerated}, sha256 ${sha256.slice(0, 12)}…)\n`);
  }
  return new Promise<number>((resolve) =>
    onShutdown(async () => {
      await service.close();
      // A worker's channel to the primary would keep it alive.
      if (cluster.isWorker) process.disconnect();
      resolve(0);
    }),
  );
}

/** On SIGTERM or SIGINT, once: `drain`, with a deadline after which the process exits anyway. */
function onShutdown(drain: () => Promise<void>): void {
  let draining = false;
  const handler = () => {
    if (draining) return;
    draining = true;
    setTimeout(() => process.exit(1), DRAIN_TIMEOUT_MS).unref();
    void drain();
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
}
