/**
 * Where snapshots lie in the cache directory, and how they are read and
 * written: checked on read (a bad one is reported, never used), written
 * atomically (temporary file, fsync, rename, directory fsync).
 *
 *   versions/<date>-<sha12>.snapshot   next to a list `update` cached (written with it)
 *   snapshots/<sha256>.snapshot        the bundled list or a --list file, written on first use
 *
 * Nothing here loads the parser or the matcher: a batch's main thread checks
 * a snapshot with it and hands the bytes to its workers.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ErrorCodes, SnapshotError } from '../errors.js';
import { currentSnapshotKey, verifySnapshot } from './format.js';

/** The suffix of a snapshot next to a cached list's XML. */
export const SNAPSHOT_SUFFIX = '.snapshot';

/** Temporary files carry this (the list cache removes such leftovers in `versions/` when opened). */
const TEMP = '.tmp-';

/** A leftover temporary snapshot older than this was left by a crash. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/**
 * The snapshot path of a list that is not in the cache's versions (the
 * bundled list, a --list file): one file per list sha256.
 *
 * @example
 * ```ts
 * snapshotPathFor('/var/cache/unsc-screen', list.sha256); // '/var/cache/unsc-screen/snapshots/66b392a4….snapshot'
 * ```
 */
export function snapshotPathFor(cacheDir: string, listSha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(listSha256)) throw new RangeError(`Expected a sha256 in hex, got \`${listSha256}\``);
  return join(cacheDir, 'snapshots', `${listSha256}${SNAPSHOT_SUFFIX}`);
}

/**
 * The snapshot path next to a cached list's XML (`versions/<date>-<sha12>.xml`).
 *
 * @example
 * ```ts
 * cachedSnapshotPath('/c', 'versions/20260227-66b392a4e1f0.xml'); // '/c/versions/20260227-66b392a4e1f0.snapshot'
 * ```
 */
export function cachedSnapshotPath(cacheDir: string, xmlFile: string): string {
  return join(cacheDir, xmlFile.replace(/\.xml$/, '') + SNAPSHOT_SUFFIX);
}

/** What reading a snapshot file gave: its checked bytes, nothing (no file), or why it cannot be used. */
export type SnapshotRead = { bytes: Buffer } | { missing: true } | { error: SnapshotError };

/**
 * Reads a snapshot file and checks it (magic, checksum, key) for the list
 * `listSha256` and this package and scoring model.
 *
 * @example
 * ```ts
 * const read = readSnapshotFile(path, list.sha256);
 * if ('error' in read) console.warn(read.error.code, read.error.message); // then rebuild
 * ```
 */
export function readSnapshotFile(path: string, listSha256: string): SnapshotRead {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return { missing: true };
  }
  try {
    verifySnapshot(bytes, currentSnapshotKey(listSha256));
    return { bytes };
  } catch (error) {
    if (error instanceof SnapshotError) return { error };
    throw error;
  }
}

/**
 * Writes a file so that readers see the old file or the complete new one,
 * never a part: a temporary file in the same directory, fsync, rename, then
 * fsync of the directory. Creates the directory.
 *
 * @example
 * ```ts
 * writeFileAtomic(snapshotPathFor(cacheDir, list.sha256), prepared.toSnapshot());
 * ```
 */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  removeStaleTemporaries(dir, basename(path));
  replaceFile(path, bytes);
}

/**
 * The atomic replacement itself, in an existing directory: a temporary file
 * beside `path` (its name ends in `.tmp-<pid>-<random>`, so that a cache
 * knows whose it is), fsync, rename, fsync of the directory. The temporary
 * file is removed when the write fails. The list cache writes with it too.
 */
export function replaceFile(path: string, bytes: Uint8Array): void {
  const temporary = `${path}${TEMP}${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    const fd = openSync(temporary, 'w');
    try {
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  try {
    const fd = openSync(dirname(path), 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic.
  }
}

/** Removes temporary files of `name` a crash left (old enough that no writer still owns them). */
function removeStaleTemporaries(dir: string, name: string): void {
  const now = Date.now();
  for (const entry of readdirSync(dir)) {
    if (!entry.startsWith(`${name}${TEMP}`)) continue;
    try {
      if (now - statSync(join(dir, entry)).mtimeMs > STALE_TEMP_MS) rmSync(join(dir, entry), { force: true });
    } catch {
      // gone already
    }
  }
}

/** The warning for a snapshot that is not used: where, the code, why. */
export function snapshotIgnored(path: string, error: SnapshotError): string {
  return `the snapshot ${path} was ignored and is rebuilt from the list (${error.code}: ${error.message})`;
}

/** Writes a snapshot atomically; a failure is a warning (the screen goes on without one). */
export function writeSnapshot(path: string, bytes: Uint8Array, warn: (message: string) => void): void {
  try {
    writeFileAtomic(path, bytes);
  } catch (error) {
    warn(`cannot write the snapshot ${path} (${ErrorCodes.CACHE_FAILED}: ${(error as Error).message}); use --no-snapshot to skip it`);
  }
}

/** The sha256 of bytes, in hex (what `SanctionsList.sha256` holds). */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
