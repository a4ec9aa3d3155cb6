/**
 * `unsc-screen update` and `info` as a subprocess against a real local HTTP server.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureBytes } from './helpers/fixtures.js';
import { startServer, type TestServer } from './helpers/http-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

function run(args: string[], cacheDir: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'dist/cli/main.js'), ...args], {
      env: { ...process.env, UNSC_SCREEN_CACHE_DIR: cacheDir, HTTPS_PROXY: '', https_proxy: '', HTTP_PROXY: '', http_proxy: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('unsc-screen update', () => {
  it('fills the cache, reports the diff of the next update, and info and screen use the cache', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'unsc-update-'));
    server.handle((_, response) => response.writeHead(200, { etag: '"jan"' }).end(fixtureBytes('2026-01-28')));
    const first = await run(['update', '--url', server.url], cacheDir);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('updated: list of 2026-01-28T00:00:11.197Z (726 individuals, 273 entities');

    server.handle((request, response) =>
      request.headers['if-none-match'] === '"jan"' ? response.writeHead(304).end() : response.writeHead(500).end(),
    );
    const again = await run(['update', '--url', server.url], cacheDir);
    expect(again.stdout).toContain('not modified');

    server.handle((_, response) => response.writeHead(200, { etag: '"feb"' }).end(fixtureBytes('2026-02-27')));
    const next = await run(['update', '--url', server.url], cacheDir);
    expect(next.status).toBe(0);
    expect(next.stdout).toContain('4 added, 0 removed, 0 changed');
    expect(next.stdout).toContain('+ SDi.007');

    const info = await run(['info'], cacheDir);
    expect(info.stdout).toContain('source:      cache');
    expect(info.stdout).toContain('generated:   2026-02-27T00:00:09.554Z');
    expect(info.stdout).toContain(`fetched:     `);
  });

  it('exits 1 and keeps the last good list when the server sends junk', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'unsc-update-'));
    server.handle((_, response) => response.writeHead(200).end(fixtureBytes('2026-01-28')));
    expect((await run(['update', '--url', server.url], cacheDir)).status).toBe(0);
    server.handle((_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Maintenance</body></html>'));
    const failed = await run(['update', '--url', server.url, '--retries', '0'], cacheDir);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('UNSC_ERR_NOT_CONSOLIDATED_LIST');
    expect(failed.stderr).toContain('is unchanged');
    const info = await run(['info', '--json'], cacheDir);
    expect(JSON.parse(info.stdout)).toMatchObject({ source: 'cache', dateGenerated: '2026-01-28T00:00:11.197Z' });
  });

  it('exits 2 on bad usage', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'unsc-update-'));
    expect((await run(['update', '--timeout', 'soon'], cacheDir)).status).toBe(2);
  });
});
