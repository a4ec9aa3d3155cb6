/**
 * Snapshots as the CLI uses them, in subprocesses: `update` writes one beside
 * the cached list, `screen` writes one for the bundled list on first use, and
 * `screen` and the batch workers read them; a damaged one is reported with its
 * code and replaced.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serialize } from 'node:v8';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NameIndex } from '../src/search/name-index.js';
import { encodeIndex } from '../src/snapshot/index-codec.js';
import { currentSnapshotKey, encodeSnapshot } from '../src/snapshot/format.js';
import { readSnapshotFile, snapshotPathFor } from '../src/snapshot/files.js';
import { fixtureBytes, fixtureList } from './helpers/fixtures.js';
import { startServer, type TestServer } from './helpers/http-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const list = fixtureList('2026-02-27');
const older = fixtureList('2026-01-28');
/** The older list under the current list's key (valid checksum): whoever uses it screens the older list. */
const planted = encodeSnapshot(currentSnapshotKey(list.sha256), serialize({ list: older, index: encodeIndex(NameIndex.build(older).toData(), older.records) }));

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

function run(args: string[], cacheDir: string, input?: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'dist/cli/main.js'), ...args], {
      cwd: root,
      env: { ...process.env, UNSC_SCREEN_CACHE_DIR: cacheDir, UNSC_SCREEN_NO_SNAPSHOT: '', HTTPS_PROXY: '', https_proxy: '', HTTP_PROXY: '', http_proxy: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}

const listDate = (stdout: string) => (JSON.parse(stdout) as { list: { dateGenerated: string } }).list.dateGenerated;

describe('snapshots in the CLI', () => {
  it('update writes the snapshot beside the cached list, and screen reads it', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'unsc-snap-'));
    server.handle((_, response) => response.writeHead(200, { etag: '"feb"' }).end(fixtureBytes('2026-02-27')));
    expect((await run(['update', '--url', server.url], cacheDir)).status).toBe(0);
    const versions = readdirSync(join(cacheDir, 'versions')).sort();
    expect(versions.filter((name) => name.endsWith('.xml'))).toHaveLength(1);
    const snapshotFile = versions.find((name) => name.endsWith('.snapshot'));
    expect(snapshotFile).toBe(versions.find((name) => name.endsWith('.xml'))!.replace(/\.xml$/, '.snapshot'));
    const path = join(cacheDir, 'versions', snapshotFile!);
    expect('bytes' in readSnapshotFile(path, list.sha256)).toBe(true);

    writeFileSync(path, planted);
    const fromSnapshot = await run(['screen', 'John Smith', '--json'], cacheDir);
    expect(listDate(fromSnapshot.stdout)).toBe(older.dateGenerated); // read from the snapshot, not parsed
    const parsed = await run(['screen', 'John Smith', '--json', '--no-snapshot'], cacheDir);
    expect(listDate(parsed.stdout)).toBe(list.dateGenerated);
  });

  it('update --no-snapshot writes none', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'unsc-snap-'));
    server.handle((_, response) => response.writeHead(200).end(fixtureBytes('2026-02-27')));
    expect((await run(['update', '--url', server.url, '--no-snapshot'], cacheDir)).status).toBe(0);
    expect(readdirSync(join(cacheDir, 'versions')).filter((name) => name.endsWith('.snapshot'))).toEqual([]);
  });

  it('screen writes the bundled list snapshot on first use; a damaged one is reported with its code and replaced', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'unsc-snap-'));
    const path = snapshotPathFor(cacheDir, list.sha256);
    const first = await run(['screen', 'Mukhtar Belmukhtar', '--json'], cacheDir);
    expect(first.status).toBe(0);
    expect('bytes' in readSnapshotFile(path, list.sha256)).toBe(true);

    const damaged = readFileSync(path);
    damaged[damaged.length - 500]! ^= 0xff;
    writeFileSync(path, damaged);
    const second = await run(['screen', 'Mukhtar Belmukhtar', '--json'], cacheDir);
    expect(second.status).toBe(0);
    expect(second.stderr).toContain('UNSC_ERR_SNAPSHOT_CORRUPT');
    expect(second.stdout).toBe(first.stdout);
    expect('bytes' in readSnapshotFile(path, list.sha256)).toBe(true);
  });

  it('batch workers read the shared snapshot, with the same output as parsing', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'unsc-snap-'));
    const names = ['Mukhtar Belmukhtar', 'John Smith', 'Abdul Rahim Hamdan Dagalo', 'Kim Jong Un', 'Ri Song Hyok', 'Maria Lopez'];
    const csv = `id,name\n${Array.from({ length: 300 }, (_, i) => `${i},${names[i % names.length]}`).join('\n')}\n`;
    const withSnapshot = await run(['batch', '-', '--format', 'csv', '--workers', '2'], cacheDir, csv);
    expect(withSnapshot.status).toBe(0);
    expect(existsSync(snapshotPathFor(cacheDir, list.sha256))).toBe(true); // made once, for the next run
    const parsed = await run(['batch', '-', '--format', 'csv', '--workers', '2', '--no-snapshot'], cacheDir, csv);
    expect(withSnapshot.stdout).toContain('QDi.136');
    expect(withSnapshot.stdout).toBe(parsed.stdout);

    writeFileSync(snapshotPathFor(cacheDir, list.sha256), planted);
    const planted_ = await run(['batch', '-', '--format', 'csv', '--workers', '2'], cacheDir, csv);
    expect(planted_.stderr).toContain(`list ${older.dateGenerated}`); // the workers screened what the snapshot holds
  });
});
