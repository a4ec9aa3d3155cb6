/**
 * How current the cache is: a list the UN has not replaced for months is
 * still current when the last check of its source (a download or a 304)
 * was recent. `update`, `info` and `serve` as subprocesses against a real
 * HTTP server on 127.0.0.1; the lists are the real January and February
 * 2026 fixtures (both more than 30 days old today).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListCache } from '../src/source/cache.js';
import { updateList } from '../src/source/update.js';
import { fixtureBytes } from './helpers/fixtures.js';
import { startServer, type TestServer } from './helpers/http-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const DAY_MS = 24 * 60 * 60 * 1000;
// Each test runs 3 or 4 CLI processes that parse the list: on the shared 2-core machine, a minute each at times.
const SLOW = { timeout: 180_000 };
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const env = (cacheDir: string) => ({ ...process.env, UNSC_SCREEN_CACHE_DIR: cacheDir, HTTPS_PROXY: '', https_proxy: '', HTTP_PROXY: '', http_proxy: '', UNSC_SCREEN_API_KEY: '' });

function run(args: string[], cacheDir: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'dist/cli/main.js'), ...args], { env: env(cacheDir) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** What `serve` prints on stderr up to "listening on", then stopped with SIGTERM. */
function serveStartup(args: string[], cacheDir: string): Promise<string> {
  const child = spawn(process.execPath, [join(root, 'dist/cli/main.js'), 'serve', '--port', '0', '--workers', '1', ...args], { env: env(cacheDir) });
  let stderr = '';
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (/listening on/.test(stderr)) {
        child.on('exit', () => resolve(stderr));
        child.kill('SIGTERM');
      }
    });
    child.on('exit', (code) => {
      if (!/listening on/.test(stderr)) reject(new Error(`serve exited (${code}) before listening: ${stderr}`));
    });
  });
}

function currentJson(cacheDir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(cacheDir, 'current.json'), 'utf8')) as Record<string, unknown>;
}

describe('the age of a cached list is judged by the last check of its source', () => {
  it('a 304 records the check (not a download); info, batch and serve then print no warning, and info shows the check', SLOW, async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'unsc-checked-'));
    server.handle((_, response) => response.writeHead(200, { etag: '"feb"' }).end(fixtureBytes('2026-02-27')));
    expect((await run(['update', '--url', server.url, '--no-snapshot'], cacheDir)).status).toBe(0);
    const downloaded = currentJson(cacheDir);
    expect(downloaded['checkedAt']).toBe(downloaded['fetchedAt']);

    server.handle((request, response) => (request.headers['if-none-match'] === '"feb"' ? response.writeHead(304).end() : response.writeHead(500).end()));
    const before = Date.now();
    const again = await run(['update', '--url', server.url, '--no-snapshot'], cacheDir);
    expect(again.stdout).toContain('not modified');
    const touched = currentJson(cacheDir);
    expect(touched['fetchedAt']).toBe(downloaded['fetchedAt']); // nothing was downloaded
    expect(Date.parse(touched['checkedAt'] as string)).toBeGreaterThanOrEqual(before - 1000);

    const info = await run(['info'], cacheDir);
    expect(info.status).toBe(0);
    expect(info.stderr).not.toContain('warning:');
    expect(info.stdout).toContain(`checked:     ${touched['checkedAt'] as string}`);

    const names = join(cacheDir, 'names.csv');
    writeFileSync(names, 'id,name\nn1,John Smith\n');
    const batch = await run(['batch', names, '--output', join(cacheDir, 'out.csv'), '--no-progress', '--workers', '1'], cacheDir);
    expect(batch.status).toBe(0);
    expect(batch.stderr).not.toContain('warning:');

    const served = await serveStartup(['--update-every', '1h', '--url', server.url], cacheDir);
    expect(served).not.toContain('The cached UN list');
  });

  it('asks for `unsc-screen update` when the last check is old, saying both dates', SLOW, async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'unsc-checked-'));
    server.handle((_, response) => response.writeHead(200, { etag: '"feb"' }).end(fixtureBytes('2026-02-27')));
    await updateList({ cacheDir, url: server.url, snapshot: false });
    const tenDaysAgo = new Date(Date.now() - 10 * DAY_MS).toISOString();
    writeFileSync(join(cacheDir, 'current.json'), JSON.stringify({ ...currentJson(cacheDir), fetchedAt: tenDaysAgo, checkedAt: tenDaysAgo }));
    const info = await run(['info'], cacheDir);
    expect(info.stderr).toContain(`last checked ${tenDaysAgo.slice(0, 16).replace('T', ' ')} UTC (10 days ago). Run \`unsc-screen update\`.`);
    expect(info.stderr).toMatch(/The cached UN list is from 2026-02-27 \(\d+ days old\)/);
    expect(await serveStartup([], cacheDir)).toContain('(10 days ago). Run `unsc-screen update`.');
  });

  it('update --json and info --json give the path of the previous version, for batch --since', SLOW, async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'unsc-checked-'));
    server.handle((_, response) => response.writeHead(200, { etag: '"jan"' }).end(fixtureBytes('2026-01-28')));
    const first = await updateList({ cacheDir, url: server.url, snapshot: false });
    server.handle((_, response) => response.writeHead(200, { etag: '"feb"' }).end(fixtureBytes('2026-02-27')));
    const second = JSON.parse((await run(['update', '--url', server.url, '--json', '--no-snapshot'], cacheDir)).stdout) as Record<string, any>;
    expect(second['status']).toBe('updated');
    const january = { path: new ListCache(cacheDir).pathOf(first.metadata), dateGenerated: '2026-01-28T00:00:11.197Z', sha256: first.metadata.sha256 };
    expect(second['previous']).toEqual(january);
    expect(readFileSync(second['previous'].path as string)).toEqual(fixtureBytes('2026-01-28'));

    // After a 304, the previous version is still the one before the current list.
    server.handle((_, response) => response.writeHead(304).end());
    const unchanged = JSON.parse((await run(['update', '--url', server.url, '--json', '--no-snapshot'], cacheDir)).stdout) as Record<string, any>;
    expect(unchanged).toMatchObject({ status: 'not-modified', previous: second['previous'] });
    const info = JSON.parse((await run(['info', '--json'], cacheDir)).stdout) as Record<string, any>;
    expect(info).toMatchObject({ previous: january, checkedAt: unchanged['metadata'].checkedAt, fetchedAt: second['metadata'].fetchedAt });
    expect(Date.parse(info['checkedAt'] as string)).toBeGreaterThan(Date.parse(info['fetchedAt'] as string));
  });

  it('a refused list names the CLI option that accepts it (--force)', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'unsc-checked-'));
    server.handle((_, response) => response.writeHead(200).end(fixtureBytes('2026-02-27')));
    await updateList({ cacheDir, url: server.url, snapshot: false });
    server.handle((_, response) => response.writeHead(200).end(fixtureBytes('2026-01-28')));
    await expect(updateList({ cacheDir, url: server.url, snapshot: false, retries: 0 })).rejects.toThrow(/older than the cached one .*: refused; use --force \(updateList: \{ force: true \}\) to accept it$/);
  });
});
