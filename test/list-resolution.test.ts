/**
 * The one list-resolution chain (source/list-resolution.ts): a file, else
 * the newest good cached list, else the bundled list; each fallback says so
 * with a warning naming the version used, the same way in the library and
 * in every CLI command (screen, batch, info).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ListCache, type CacheMetadata } from '../src/source/cache.js';
import { resolveList } from '../src/source/load.js';
import { resolveListBytes } from '../src/source/list-resolution.js';
import { fixtureBytes, fixtureList } from './helpers/fixtures.js';

const jan = fixtureList('2026-01-28');
const feb = fixtureList('2026-02-27');

/** A cache holding January's list, then February's as current. */
function cacheOfTwo(): { dir: string; older: CacheMetadata; current: CacheMetadata } {
  const dir = mkdtempSync(join(tmpdir(), 'unsc-resolve-'));
  const cache = new ListCache(dir);
  const store = (date: '2026-01-28' | '2026-02-27') => {
    const list = fixtureList(date);
    const bytes = fixtureBytes(date);
    return cache.write(bytes, { url: `https://example.test/${date}.xml`, sha256: list.sha256, dateGenerated: list.dateGenerated, fetchedAt: `${date}T12:00:00.000Z`, counts: list.counts, bytes: bytes.length }, 5);
  };
  const older = store('2026-01-28');
  return { dir, older, current: store('2026-02-27') };
}

describe('resolveListBytes', () => {
  it('uses the current cached list, with no warning', () => {
    const { dir, current } = cacheOfTwo();
    const resolved = resolveListBytes({ cacheDir: dir });
    expect(resolved).toMatchObject({ source: 'cache', location: dir, metadata: current, warnings: [] });
  });

  it('falls back to the older cached version when the current one is damaged, and says which version it uses', () => {
    const { dir, older, current } = cacheOfTwo();
    writeFileSync(join(dir, current.file), '<CONSOLIDATED_LIST>damaged');
    const resolved = resolveListBytes({ cacheDir: dir });
    expect(resolved.source).toBe('cache');
    expect(resolved.metadata).toEqual(older);
    expect(resolved.warnings).toEqual([
      `The cached list of 2026-02-27 (${current.file}) cannot be read (the cached list ${current.file} does not match its sha256 (damaged on disk)); using the older cached list of 2026-01-28 (sha256 ${jan.sha256.slice(0, 12)}…)`,
    ]);
    expect(resolveList({ cacheDir: dir }).list.sha256).toBe(jan.sha256);
  });

  it('falls back to the bundled list when no cached list can be read, and says so', () => {
    const { dir, older, current } = cacheOfTwo();
    writeFileSync(join(dir, current.file), 'damaged');
    writeFileSync(join(dir, older.file), 'damaged');
    const resolved = resolveListBytes({ cacheDir: dir });
    expect(resolved.source).toBe('bundled');
    expect(resolved.metadata).toBeUndefined();
    expect(resolved.warnings).toHaveLength(1);
    expect(resolved.warnings[0]).toMatch(/^No cached list in .* can be read \(no readable list in the cache .*\); using the bundled list of 2026-02-27$/);
  });

  it('uses the bundled list without a warning when the cache is empty, and a file when given one', () => {
    expect(resolveListBytes({ cacheDir: mkdtempSync(join(tmpdir(), 'unsc-empty-')) })).toMatchObject({ source: 'bundled', warnings: [] });
    expect(resolveListBytes({})).toMatchObject({ source: 'bundled', warnings: [] });
    const path = fileURLToPath(new URL('../fixtures/consolidated-2026-01-28.xml', import.meta.url));
    expect(resolveListBytes({ listPath: path, cacheDir: '/nonexistent' })).toMatchObject({ source: 'file', location: path, warnings: [] });
    expect(() => resolveListBytes({ listPath: '/nonexistent.xml' })).toThrow(expect.objectContaining({ code: 'UNSC_ERR_INVALID_OPTION' }));
  });
});

describe('every CLI command falls back the same way', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const run = (args: string[], cacheDir: string, input?: string) => {
    const result = spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, UNSC_SCREEN_CACHE_DIR: cacheDir } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const warningsOf = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('warning: '));

  it('screen, batch and info warn alike and use the older version, whose metadata info shows', () => {
    const { dir, older, current } = cacheOfTwo();
    writeFileSync(join(dir, current.file), 'damaged');
    const expected = resolveListBytes({ cacheDir: dir }).warnings.map((warning) => `warning: ${warning}`);
    expect(expected).toHaveLength(1);
    const screen = run(['screen', 'Mukhtar Belmukhtar', '--json'], dir);
    expect(screen.status).toBe(0);
    expect(JSON.parse(screen.stdout).list.sha256).toBe(jan.sha256);
    const batch = run(['batch', '-', '--workers', '1', '--no-progress'], dir, 'name\nMukhtar Belmukhtar\n');
    expect(batch.status).toBe(0);
    const info = run(['info', '--json'], dir);
    expect(info.status).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ sha256: jan.sha256, dateGenerated: jan.dateGenerated, fetchedAt: older.fetchedAt, url: older.url });
    for (const { stderr } of [screen, batch, info]) expect(warningsOf(stderr).filter((line) => !line.includes('days old'))).toEqual(expected);
  });

  it('screen and batch both fall back to the bundled list, with a warning, when no cached list reads', () => {
    const { dir, older, current } = cacheOfTwo();
    writeFileSync(join(dir, current.file), 'damaged');
    writeFileSync(join(dir, older.file), 'damaged');
    const screen = run(['screen', 'Mukhtar Belmukhtar', '--json'], dir);
    const batch = run(['batch', '-', '--workers', '1', '--no-progress'], dir, 'name\nMukhtar Belmukhtar\n');
    for (const result of [screen, batch]) {
      expect(result.status).toBe(0);
      expect(warningsOf(result.stderr).some((line) => /No cached list in .* can be read .*; using the bundled list of 2026-02-27$/.test(line))).toBe(true);
    }
    expect(JSON.parse(screen.stdout).list.sha256).toBe(feb.sha256);
  });
});
