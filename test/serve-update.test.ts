/**
 * The service keeps its list current: updates from a real local HTTP server
 * swap the index in, a failed update keeps the last good list and shows in
 * /v1/list and /metrics, and the service stays ready throughout.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateList } from '../src/source/update.js';
import { startService, type RunningService } from '../src/serve/service.js';
import { fixtureBytes, fixtureList } from './helpers/fixtures.js';
import { startServer, type TestServer } from './helpers/http-server.js';

const january = fixtureList('2026-01-28');
const february = fixtureList('2026-02-27');
let origin: TestServer;
let service: RunningService;
let cacheDir: string;

async function getJson(path: string): Promise<{ status: number; body: any }> {
  const answer = await request(`${service.url}${path}`);
  return { status: answer.statusCode, body: await answer.body.json() };
}

async function screen(name: string): Promise<string[]> {
  const answer = await request(`${service.url}/v1/screen`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name }) });
  const result = (await answer.body.json()) as { alerts: Array<{ referenceNumber: string }> };
  return result.alerts.map((alert) => alert.referenceNumber);
}

beforeAll(async () => {
  origin = await startServer();
  cacheDir = mkdtempSync(join(tmpdir(), 'unsc-serve-'));
  origin.handle((_, response) => response.writeHead(200, { etag: '"jan"' }).end(fixtureBytes('2026-01-28')));
  await updateList({ cacheDir, url: origin.url }); // the cache holds January's list
});
afterAll(async () => {
  await service?.close();
  await origin.close();
});

describe('serve --update-every', () => {
  it('swaps in the list an update brings, keeps the last good one when an update fails, and stays ready', async () => {
    // The next update finds February's list, slowly, to be seen in flight.
    origin.handle((_, response) => {
      setTimeout(() => response.writeHead(200, { etag: '"feb"' }).end(fixtureBytes('2026-02-27')), 1000);
    });
    service = await startService({
      port: 0,
      load: () => ({ list: january, source: 'cache', location: cacheDir, ageDays: 0, warnings: [] }),
      updates: { everyMs: 3_600_000, run: (signal) => updateList({ cacheDir, url: origin.url, signal, retries: 0 }) },
    });
    // The first update starts at once; while it runs, the service screens on January's list.
    expect((await getJson('/readyz')).status).toBe(200);
    expect(await screen('Abdul Rahim Hamdan Dagalo')).toEqual([]); // SDi.008 was designated in February
    const updated = await service.updateNow();
    expect(updated).toMatchObject({ status: 'updated' });
    expect(await screen('Abdul Rahim Hamdan Dagalo')).toEqual(['SDi.008']);
    const info = (await getJson('/v1/list')).body;
    expect(info).toMatchObject({ sha256: february.sha256, source: 'cache', updates: { everyMs: 3_600_000, last: { status: 'updated' }, failures: 0 } });

    // The origin fails: the last good list stays, and the failure shows.
    origin.handle((_, response) => response.writeHead(503).end('down for maintenance'));
    const failed = await service.updateNow();
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'UNSC_ERR_DOWNLOAD_HTTP_STATUS' } });
    expect((await getJson('/readyz')).status).toBe(200);
    expect(await screen('Abdul Rahim Hamdan Dagalo')).toEqual(['SDi.008']);
    const after = (await getJson('/v1/list')).body;
    expect(after).toMatchObject({
      sha256: february.sha256,
      updates: { last: { status: 'failed', error: { code: 'UNSC_ERR_DOWNLOAD_HTTP_STATUS' } }, lastSuccess: { status: 'updated' }, consecutiveFailures: 1, failures: 1 },
    });
    const metrics = await (await request(`${service.url}/metrics`)).body.text();
    expect(metrics).toContain('unsc_screen_list_update_failures_total 1');
    expect(metrics).toContain('unsc_screen_list_updates_total{outcome="updated"} 1');
    expect(metrics).toContain('unsc_screen_list_update_consecutive_failures 1');
    expect(metrics).toContain(`sha256="${february.sha256}"} 1`);
    expect(metrics).not.toContain(january.sha256);

    // The origin is back and has nothing new: not modified, the failure streak ends.
    origin.handle((request, response) => (request.headers['if-none-match'] === '"feb"' ? response.writeHead(304).end() : response.writeHead(500).end()));
    expect(await service.updateNow()).toMatchObject({ status: 'not-modified' });
    expect((await getJson('/v1/list')).body.updates).toMatchObject({ consecutiveFailures: 0, failures: 1 });
  });
});
