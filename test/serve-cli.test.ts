/**
 * `unsc-screen serve` as a subprocess: the API key, a graceful SIGTERM, and
 * --workers with a list update spread to every worker. Real servers on
 * 127.0.0.1, a real client (undici).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateList } from '../src/source/update.js';
import { fixtureBytes, fixtureList, fixturePath } from './helpers/fixtures.js';
import { startServer, type TestServer } from './helpers/http-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Served {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  exit: Promise<number | null>;
}

/** Starts `unsc-screen serve ARGS --port 0` and resolves once it says where it listens. */
function serve(args: string[], env: Record<string, string> = {}): Promise<Served> {
  const child = spawn(process.execPath, [join(root, 'dist/cli/main.js'), 'serve', '--port', '0', ...args], {
    env: { ...process.env, HTTPS_PROXY: '', https_proxy: '', HTTP_PROXY: '', http_proxy: '', UNSC_SCREEN_API_KEY: '', ...env },
  });
  let stderr = '';
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(stderr)?.[1];
      if (url !== undefined) resolve({ child, url, stderr: () => stderr, exit });
    });
    void exit.then((code) => reject(new Error(`serve exited (${code}) before listening: ${stderr}`)));
  });
}

/** Runs `unsc-screen serve ARGS` to its end (usage errors end at once). */
function serveUsage(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'dist/cli/main.js'), 'serve', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('unsc-screen serve', () => {
  it('prints its options with --help', async () => {
    const help = await serveUsage(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--update-every T');
    expect(help.stdout).toContain('UNSC_SCREEN_API_KEY');
  });

  it.each([
    [['--update-every', '6 hours'], /--update-every must be a duration/],
    [['--list', 'x.xml', '--update-every', '6h'], /cannot be used with --list/],
    [['--url', 'http://127.0.0.1/x.xml'], /give --update-every too/],
    [['--port', '70000'], /--port must be a whole number from 0 to 65535/],
    [['--list', '/nonexistent.xml', '--workers', '1'], /cannot read the list file \/nonexistent.xml/],
  ])('exits 2 with a clear message for %j', async (args, message) => {
    const result = await serveUsage(['--port', '0', ...args]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('listens on 127.0.0.1, requires the API key from the environment on all but the probes, and drains a request in flight on SIGTERM', async () => {
    const served = await serve(['--workers', '1', '--list', fixturePath('2026-02-27')], { UNSC_SCREEN_API_KEY: 'k3y-of-the-day' });
    try {
      expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const screen = (headers: Record<string, string>) =>
        request(`${served.url}/v1/screen`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"name":"Mukhtar Belmukhtar"}' });
      const none = await screen({});
      expect(none.statusCode).toBe(401);
      expect(await none.body.json()).toMatchObject({ code: 'UNSC_ERR_UNAUTHORIZED' });
      const wrong = await screen({ authorization: 'Bearer k3y-of-the-dax' });
      expect(wrong.statusCode).toBe(401);
      await wrong.body.dump();
      for (const headers of [{ authorization: 'Bearer k3y-of-the-day' }, { 'x-api-key': 'k3y-of-the-day' }]) {
        const answer = await screen(headers);
        expect(answer.statusCode).toBe(200);
        expect(((await answer.body.json()) as { alerts: Array<{ referenceNumber: string }> }).alerts[0]?.referenceNumber).toBe('QDi.136');
      }
      const health = await request(`${served.url}/healthz`);
      expect(health.statusCode).toBe(200);
      await health.body.dump();

      // A request whose body is still arriving when SIGTERM comes is answered, then the process exits 0.
      const body = new Readable({ read() {} });
      const inFlight = request(`${served.url}/v1/screen`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': 'k3y-of-the-day', 'content-length': '29' },
        body,
      });
      body.push('{"name":"Mukhtar ');
      await new Promise((resolve) => setTimeout(resolve, 500));
      served.child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 300));
      body.push('Belmukhtar"}');
      body.push(null);
      const answer = await inFlight;
      expect(answer.statusCode).toBe(200);
      expect(((await answer.body.json()) as { alerts: Array<{ referenceNumber: string }> }).alerts[0]?.referenceNumber).toBe('QDi.136');
      expect(await served.exit).toBe(0);
    } finally {
      served.child.kill('SIGKILL');
    }
  });

  describe('--workers 2 --update-every', () => {
    let origin: TestServer;
    beforeAll(async () => {
      origin = await startServer();
    });
    afterAll(() => origin.close());

    it('starts every worker on the cached list, and the primary\'s update reaches every worker', async () => {
      const cacheDir = mkdtempSync(join(tmpdir(), 'unsc-serve-cli-'));
      origin.handle((_, response) => response.writeHead(200, { etag: '"jan"' }).end(fixtureBytes('2026-01-28')));
      await updateList({ cacheDir, url: origin.url });
      // The primary's first update, right after start, finds February's list.
      let served: Served | undefined;
      origin.handle((_, response) => response.writeHead(200, { etag: '"feb"' }).end(fixtureBytes('2026-02-27')));
      try {
        served = await serve(['--workers', '2', '--cache-dir', cacheDir, '--update-every', '1h', '--url', origin.url]);
        expect(served.stderr()).toContain('(2 workers)');
        const february = fixtureList('2026-02-27').sha256;
        const seen = new Set<number>();
        // Requests are spread over the workers; each must come to February's list.
        for (let attempt = 0; attempt < 400; attempt += 1) {
          const answer = await request(`${served.url}/v1/list`, { reset: true });
          const info = (await answer.body.json()) as { sha256: string; updates: { last: { status: string } | null } };
          if (info.sha256 === february && info.updates.last?.status === 'updated') seen.add(attempt);
          if (seen.size >= 6) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(seen.size).toBeGreaterThanOrEqual(6);
        const metrics = await (await request(`${served.url}/metrics`)).body.text();
        // Every worker's requests, gathered by the primary.
        const listed = /unsc_screen_http_requests_total\{method="GET",route="\/v1\/list",status="200"\} (\d+)/.exec(metrics);
        expect(Number(listed?.[1])).toBeGreaterThanOrEqual(6);
        expect(metrics).toContain('unsc_screen_list_updates_total{outcome="updated"} 1');
        served.child.kill('SIGTERM');
        expect(await served.exit).toBe(0);
      } finally {
        served?.child.kill('SIGKILL');
      }
    }, 180_000); // three processes each parse and index the list twice
  });
});
