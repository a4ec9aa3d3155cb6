import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readCachedList, loadList } from '../src/source/load.js';
import { updateList } from '../src/source/update.js';
import { fixtureBytes } from './helpers/fixtures.js';
import { startProxy, startServer, type TestServer } from './helpers/http-server.js';

const jan = fixtureBytes('2026-01-28');
const feb = fixtureBytes('2026-02-27');
const dec = fixtureBytes('2025-12-09');

let server: TestServer;
let cacheDir: string;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => {
  cacheDir = mkdtempSync(join(tmpdir(), 'unsc-cache-'));
  server.requests.length = 0;
});

const fast = () => ({ cacheDir, url: server.url, retryMinDelayMs: 10, retryMaxDelayMs: 50, timeoutMs: 10_000 });
const serve = (body: Buffer, headers: Record<string, string> = {}) =>
  server.handle((_, response) => response.writeHead(200, { 'content-type': 'application/xml', ...headers }).end(body));
async function failure(promise: Promise<unknown>): Promise<{ code?: string; name?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; name?: string; message: string };
  }
  throw new Error('expected a failure');
}

describe('updateList over HTTP', () => {
  it('downloads, verifies and caches a list (200)', async () => {
    serve(feb, { etag: '"v1"' });
    const result = await updateList(fast());
    expect(result.status).toBe('updated');
    if (result.status !== 'updated') return;
    expect(result.list.counts.individuals).toBe(730);
    expect(result.metadata).toMatchObject({ url: server.url, etag: '"v1"', sha256: result.list.sha256, dateGenerated: '2026-02-27T00:00:09.554Z' });
    expect(readCachedList(cacheDir)?.list.sha256).toBe(result.list.sha256);
    expect(server.requests[0]?.['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('sends the ETag back and costs nothing on a 304', async () => {
    serve(feb, { etag: '"v1"' });
    await updateList(fast());
    server.handle((request, response) => {
      if (request.headers['if-none-match'] === '"v1"') response.writeHead(304).end();
      else response.writeHead(200).end(feb);
    });
    const result = await updateList(fast());
    expect(result.status).toBe('not-modified');
    expect(server.requests[1]?.['if-none-match']).toBe('"v1"');
  });

  it('sends Last-Modified back as If-Modified-Since', async () => {
    const lastModified = 'Fri, 27 Feb 2026 00:05:00 GMT';
    serve(feb, { 'last-modified': lastModified });
    await updateList(fast());
    server.handle((request, response) => {
      if (request.headers['if-modified-since'] === lastModified) response.writeHead(304).end();
      else response.writeHead(200).end(feb);
    });
    expect((await updateList(fast())).status).toBe('not-modified');
  });

  it('retries a 500 and succeeds on the next 200', async () => {
    server.handle((_, response, index) => (index === 0 ? response.writeHead(500).end('oops') : response.writeHead(200).end(feb)));
    const result = await updateList(fast());
    expect(result.status).toBe('updated');
    expect(result.attempts).toBe(2);
  });

  it('honours Retry-After on a 429', async () => {
    server.handle((_, response, index) =>
      index === 0 ? response.writeHead(429, { 'retry-after': '1' }).end() : response.writeHead(200).end(feb),
    );
    const started = Date.now();
    const result = await updateList({ ...fast(), retryMaxDelayMs: 5_000 });
    expect(result.status).toBe('updated');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('does not retry a 404', async () => {
    server.handle((_, response) => response.writeHead(404).end());
    const error = await failure(updateList(fast()));
    expect(error).toMatchObject({ name: 'DownloadError', code: 'UNSC_ERR_DOWNLOAD_HTTP_STATUS' });
    expect(server.requests).toHaveLength(1);
  });

  it('times out on a server that stalls', async () => {
    server.handle(() => undefined); // never answers
    const error = await failure(updateList({ ...fast(), timeoutMs: 300, retries: 1 }));
    expect(error).toMatchObject({ name: 'DownloadError', code: 'UNSC_ERR_DOWNLOAD_TIMEOUT' });
  });

  it('fails on a body cut off mid-stream, and keeps the last good list', async () => {
    serve(jan);
    await updateList(fast());
    server.handle((_, response) => {
      response.writeHead(200, { 'content-length': String(feb.length) });
      response.write(feb.subarray(0, 500_000));
      setTimeout(() => response.socket?.destroy(), 20);
    });
    const error = await failure(updateList({ ...fast(), retries: 1 }));
    expect(error.name).toBe('DownloadError');
    expect(readCachedList(cacheDir)?.list.dateGenerated).toBe('2026-01-28T00:00:11.197Z');
  });

  it('refuses a body over the size limit', async () => {
    serve(feb);
    const error = await failure(updateList({ ...fast(), maxBytes: 1_000_000 }));
    expect(error).toMatchObject({ code: 'UNSC_ERR_DOWNLOAD_TOO_LARGE' });
  });

  it('refuses a gzip body that inflates over the size limit', async () => {
    serve(gzipSync(feb), { 'content-encoding': 'gzip' });
    const error = await failure(updateList({ ...fast(), maxBytes: 1_000_000 }));
    expect(error).toMatchObject({ code: 'UNSC_ERR_DOWNLOAD_TOO_LARGE' });
  });

  it('refuses malformed XML and an HTML error page served with 200', async () => {
    serve(Buffer.from(feb.toString('utf8').replace('<INDIVIDUALS>', '<INDIVIDUALS><BROKEN>')));
    expect(await failure(updateList(fast()))).toMatchObject({ name: 'ListFormatError', code: 'UNSC_ERR_NOT_XML' });
    serve(Buffer.from('<!DOCTYPE html><html><body><h1>Service Unavailable</h1></body></html>'), { 'content-type': 'text/html' });
    expect(await failure(updateList(fast()))).toMatchObject({ name: 'ListFormatError', code: 'UNSC_ERR_NOT_CONSOLIDATED_LIST' });
    expect(readCachedList(cacheDir)).toBeUndefined();
  });

  it('refuses an older dateGenerated (rollback) unless forced', async () => {
    serve(jan);
    await updateList(fast());
    serve(dec);
    expect(await failure(updateList(fast()))).toMatchObject({ name: 'ListVerificationError', code: 'UNSC_ERR_LIST_ROLLBACK' });
    expect(readCachedList(cacheDir)?.list.dateGenerated).toBe('2026-01-28T00:00:11.197Z');
    expect((await updateList({ ...fast(), force: true })).status).toBe('updated');
  });

  it('refuses a list that shrank by half', async () => {
    serve(jan);
    await updateList(fast());
    // Every other INDIVIDUAL and ENTITY left out: half the designations.
    let count = 0;
    const halved = feb
      .toString('utf8')
      .replace(/<(INDIVIDUAL|ENTITY)>[\s\S]*?<\/\1>/g, (record) => (count++ % 2 === 0 ? '' : record));
    serve(Buffer.from(halved));
    const error = await failure(updateList(fast()));
    expect(error).toMatchObject({ name: 'ListVerificationError', code: 'UNSC_ERR_LIST_SHRANK' });
    expect(error.message).toContain('has 501 designations where the cached one has 999');
    expect(readCachedList(cacheDir)?.list.counts.individuals).toBe(726);
  });

  it('decodes gzip, and reports the diff against the previous cached version', async () => {
    serve(jan);
    await updateList(fast());
    serve(gzipSync(feb), { 'content-encoding': 'gzip' });
    const result = await updateList(fast());
    expect(result.status).toBe('updated');
    if (result.status !== 'updated') return;
    expect(result.list.sha256).toBe('66b392a4090868d2d39161e8d748efd39138377b0e6e60b7921aa67a4f99c8bf');
    expect(result.diff?.added.map((r) => r.referenceNumber)).toEqual(['SDi.007', 'SDi.008', 'SDi.009', 'SDi.010']);
  });

  it('keeps the last good list when a process dies between write and rename', async () => {
    serve(jan);
    await updateList(fast());
    // What a crash leaves: half-written temporary files of the next version.
    writeFileSync(join(cacheDir, 'current.json.tmp-999-dead'), '{"sha256": "trunc');
    writeFileSync(join(cacheDir, 'versions', '20260227-66b392a40908.xml.tmp-999-dead'), feb.subarray(0, 1000));
    const cached = readCachedList(cacheDir);
    expect(cached?.list.dateGenerated).toBe('2026-01-28T00:00:11.197Z');
    expect(readdirSync(cacheDir).some((name) => name.includes('.tmp-'))).toBe(false);
    expect(readdirSync(join(cacheDir, 'versions')).some((name) => name.includes('.tmp-'))).toBe(false);
  });

  it('makes one request for two concurrent updates', async () => {
    server.handle((_, response) => setTimeout(() => response.writeHead(200).end(feb), 50));
    const [a, b] = await Promise.all([updateList(fast()), updateList(fast())]);
    expect(a).toBe(b);
    expect(server.requests).toHaveLength(1);
  });

  it('keeps the last few versions for diffing', async () => {
    for (const body of [dec, jan, feb]) {
      serve(body);
      await updateList({ ...fast(), keepVersions: 2 });
    }
    const files = readdirSync(join(cacheDir, 'versions')).filter((name) => name.endsWith('.xml'));
    expect(files).toHaveLength(2);
    expect(existsSync(join(cacheDir, 'current.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(cacheDir, 'current.json'), 'utf8')).dateGenerated).toBe('2026-02-27T00:00:09.554Z');
  });

  it('goes through a proxy when one is given', async () => {
    const proxy = await startProxy();
    try {
      serve(feb);
      const result = await updateList({ ...fast(), proxy: proxy.url });
      expect(result.status).toBe('updated');
      expect(proxy.forwarded.length).toBe(1);
      expect(proxy.forwarded[0]).toContain(new URL(server.url).host);
    } finally {
      await proxy.close();
    }
  });

  it('validates its options', async () => {
    await expect(updateList({ cacheDir: '' })).rejects.toThrow(TypeError);
    await expect(updateList({ cacheDir, url: 'ftp://x' })).rejects.toThrow(RangeError);
    await expect(updateList({ cacheDir, retries: -1 })).rejects.toMatchObject({ code: 'UNSC_ERR_INVALID_OPTION' });
  });
});

describe('loadList', () => {
  it('falls back to the last good cached list, stale, with its age and the error', async () => {
    serve(jan);
    await updateList(fast());
    server.handle((_, response) => response.writeHead(503).end());
    const result = await loadList({ ...fast(), retries: 0, now: new Date('2026-02-04T00:00:00Z') });
    expect(result).toMatchObject({ source: 'cache', stale: true, ageDays: 6 });
    expect(result.list.dateGenerated).toBe('2026-01-28T00:00:11.197Z');
    expect(result.error).toMatchObject({ code: 'UNSC_ERR_DOWNLOAD_HTTP_STATUS' });
  });

  it('falls back to the bundled list with a warning when there is no cache', async () => {
    server.handle((_, response) => response.writeHead(503).end());
    const result = await loadList({ ...fast(), retries: 0 });
    expect(result.source).toBe('bundled');
    expect(result.stale).toBe(true);
    expect(result.warnings[0]).toContain('the cache is empty; using the bundled list');
  });

  it('is an error instead when the fallback is older than maxAgeDays', async () => {
    server.handle((_, response) => response.writeHead(503).end());
    const error = await failure(loadList({ ...fast(), retries: 0, maxAgeDays: 7 }));
    expect(error).toMatchObject({ name: 'StaleListError', code: 'UNSC_ERR_LIST_TOO_OLD' });
  });

  it('uses the fresh download when there is one', async () => {
    serve(feb);
    const result = await loadList(fast());
    expect(result).toMatchObject({ source: 'download', stale: false });
  });
});
