/**
 * The cache under concurrent updates and tampered metadata: no rollback, no
 * file deleted outside it, no crash on a metadata file that lacks a field.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCodes } from '../src/errors.js';
import { ListCache, type CacheMetadata } from '../src/source/cache.js';
import { readCachedList } from '../src/source/load.js';
import { updateList } from '../src/source/update.js';
import { fixtureBytes, fixtureList } from './helpers/fixtures.js';
import { startServer, type TestServer } from './helpers/http-server.js';

const jan = fixtureBytes('2026-01-28');
const feb = fixtureBytes('2026-02-27');

let server: TestServer;
let root: string;
let cacheDir: string;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'unsc-cache-hostile-'));
  cacheDir = join(root, 'cache');
});

const fast = () => ({ cacheDir, url: server.url, retryMinDelayMs: 10, retryMaxDelayMs: 50, timeoutMs: 10_000 });
const serve = (body: Buffer) => server.handle((_, response) => response.writeHead(200, { 'content-type': 'application/xml' }).end(body));
async function failure(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected a failure');
}

/** Metadata as `updateList` writes it, for a list's bytes. */
function metadataOf(bytes: Buffer, date: '2026-01-28' | '2026-02-27'): Omit<CacheMetadata, 'file'> {
  const list = fixtureList(date);
  return { url: server.url, sha256: createHash('sha256').update(bytes).digest('hex'), dateGenerated: list.dateGenerated, fetchedAt: new Date().toISOString(), counts: list.counts, bytes: bytes.length };
}

/** A pid no process has: one that just exited. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe('concurrent updates', () => {
  it('re-check rollback under the lock: a newer list made current during a download is not rolled back', async () => {
    const cache = new ListCache(cacheDir);
    server.handle((_, response) => {
      // While this update downloads the January list, another one makes February current.
      cache.write(feb, metadataOf(feb, '2026-02-27'), 5);
      response.writeHead(200).end(jan);
    });
    expect(await failure(updateList(fast()))).toMatchObject({ code: ErrorCodes.LIST_ROLLBACK });
    expect(readCachedList(cacheDir)?.list.dateGenerated).toBe(fixtureList('2026-02-27').dateGenerated);
  });

  it('take turns on the lock file, which holds the holder pid', async () => {
    const cache = new ListCache(cacheDir);
    const order: string[] = [];
    let seen = '';
    const first = cache.withLock(async () => {
      seen = readFileSync(join(cacheDir, 'lock'), 'utf8');
      order.push('first in');
      await new Promise((resolve) => setTimeout(resolve, 100));
      order.push('first out');
    });
    const second = cache.withLock(() => order.push('second'));
    await Promise.all([first, second]);
    expect(order).toEqual(['first in', 'first out', 'second']);
    expect(seen.split(' ')[0]).toBe(String(process.pid));
    expect(existsSync(join(cacheDir, 'lock'))).toBe(false);
  });

  it('recover a stale lock left by a dead process, and wait for a live one', async () => {
    new ListCache(cacheDir);
    writeFileSync(join(cacheDir, 'lock'), `${deadPid()} x ${new Date().toISOString()}\n`);
    expect(await new ListCache(cacheDir).withLock(() => 'taken')).toBe('taken');
    writeFileSync(join(cacheDir, 'lock'), `${process.ppid} x ${new Date().toISOString()}\n`);
    expect(await failure(new ListCache(cacheDir).withLock(() => 'taken', 200))).toMatchObject({ code: ErrorCodes.CACHE_FAILED, message: expect.stringContaining(`locked by process ${process.ppid}`) });
  });

  it('opening the cache keeps the temporary files of a live update, and removes a dead one', () => {
    new ListCache(cacheDir);
    const live = join(cacheDir, 'versions', `x.xml.tmp-${process.pid}-abcd`);
    const dead = join(cacheDir, 'versions', `y.xml.tmp-${deadPid()}-abcd`);
    writeFileSync(live, 'in progress');
    writeFileSync(dead, 'left by a crash');
    new ListCache(cacheDir);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(dead)).toBe(false);
  });
});

describe('tampered metadata', () => {
  it('never makes pruning delete a file outside the cache', () => {
    const victims = join(root, 'victims');
    mkdirSync(victims);
    writeFileSync(join(victims, 'v1.xml'), 'precious');
    const cache = new ListCache(cacheDir);
    const evil = { ...metadataOf(jan, '2026-01-28'), file: '../victims/v1.xml' };
    writeFileSync(join(cacheDir, 'versions', 'evil.json'), JSON.stringify(evil));
    cache.write(feb, metadataOf(feb, '2026-02-27'), 1);
    expect(readFileSync(join(victims, 'v1.xml'), 'utf8')).toBe('precious');
    expect(cache.versions().map((v) => v.file)).not.toContain('../victims/v1.xml');
  });

  it('that lacks counts or fetchedAt, or has an unreadable date, is ignored: no TypeError, no rollback', async () => {
    serve(feb);
    await updateList(fast());
    const current = JSON.parse(readFileSync(join(cacheDir, 'current.json'), 'utf8')) as Record<string, unknown>;
    for (const broken of [{ ...current, counts: undefined }, { ...current, fetchedAt: undefined }, { ...current, dateGenerated: 'garbage' }]) {
      writeFileSync(join(cacheDir, 'current.json'), JSON.stringify(broken));
      writeFileSync(join(cacheDir, current['file'] as string).replace(/\.xml$/, '.json'), JSON.stringify(broken));
      expect(new ListCache(cacheDir).current()).toBeUndefined();
    }
    // With the only metadata unreadable, the next update is checked against nothing, without a crash.
    serve(jan);
    expect((await updateList(fast())).status).toBe('updated');
  });
});

describe('lists refused unless forced', () => {
  it('a list dated in the future', async () => {
    serve(Buffer.from(feb.toString('utf8').replace(/dateGenerated="[^"]+"/, 'dateGenerated="2099-01-01T00:00:00.000Z"')));
    expect(await failure(updateList(fast()))).toMatchObject({ code: ErrorCodes.LIST_FROM_FUTURE });
    expect(readCachedList(cacheDir)).toBeUndefined();
    expect((await updateList({ ...fast(), force: true })).status).toBe('updated');
  });

  it('an empty list, even into an empty cache', async () => {
    serve(Buffer.from('<?xml version="1.0"?><CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:00.000Z"><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>'));
    expect(await failure(updateList(fast()))).toMatchObject({ code: ErrorCodes.LIST_EMPTY });
    expect(readCachedList(cacheDir)).toBeUndefined();
  });
});
