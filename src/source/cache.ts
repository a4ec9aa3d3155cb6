/**
 * The list cache: accepted lists on disk, written so that a crash at any
 * point leaves the last good list readable.
 *
 * Layout of the directory:
 *   versions/<date>-<sha8>.xml    each accepted list, as downloaded
 *   versions/<date>-<sha8>.json   its metadata
 *   versions/<date>-<sha8>.snapshot  its prepared list + index (src/snapshot/), when written
 *   current.json                  the metadata of the list in use: the commit point
 * Every file is written to a temporary name, fsynced, then renamed. A new
 * list becomes current only when current.json is renamed into place, after
 * its XML is safely on disk; a crash before that leaves the previous list
 * current, and leftover temporary files of dead processes are removed on
 * the next open (an update in progress elsewhere keeps its own).
 *   lock                          held by the process changing the cache (its pid): see `withLock`
 * Every path read from metadata must be a version file of this directory
 * (`versions/<stamp>-<sha12>.xml`): anything else is refused, never read nor deleted.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CacheError, ErrorCodes } from '../errors.js';
import type { ListCounts } from '../types.js';
import { replaceFile, SNAPSHOT_SUFFIX } from '../snapshot/files.js';

/** What the cache knows of a list version. */
export interface CacheMetadata {
  url: string;
  etag?: string;
  lastModified?: string;
  sha256: string;
  dateGenerated: string;
  /** ISO time of the download. */
  fetchedAt: string;
  /**
   * ISO time of the last successful check of the source: a download, or a
   * 304 "not modified" (which leaves `fetchedAt` alone). How current the
   * cache is known to be; absent from metadata written before it existed
   * (`lastCheckedAt` then falls back to `fetchedAt`).
   */
  checkedAt?: string;
  counts: ListCounts;
  bytes: number;
  /** The XML file, relative to the cache directory. */
  file: string;
}

const TEMP = '.tmp-';
/** The only file names `write` makes for a version: a path from metadata must be one of them. */
const VERSION_FILE = /^versions\/[0-9A-Za-z]{1,64}-[0-9a-f]{12}\.xml$/;
const SHA256 = /^[0-9a-f]{64}$/;
const LOCK = 'lock';
/** A lock older than this is stale whatever its holder (a hung process): an update writes in seconds. */
const STALE_LOCK_MS = 10 * 60 * 1000;

/** Whether process `pid` is alive on this machine. */
function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

/** The pid a temporary file name carries (`…​.tmp-<pid>-<random>`), or undefined. */
function temporaryOwner(name: string): number | undefined {
  const match = /\.tmp-(\d+)-/.exec(name);
  return match === null ? undefined : Number(match[1]);
}

/**
 * Metadata as read from disk, checked field by field: a file that lacks one,
 * or names a path outside the versions folder, is not metadata.
 */
function validMetadata(value: unknown): value is CacheMetadata {
  if (value === null || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  const counts = m['counts'] as Record<string, unknown> | null | undefined;
  return (
    typeof m['sha256'] === 'string' && SHA256.test(m['sha256']) &&
    typeof m['file'] === 'string' && VERSION_FILE.test(m['file']) &&
    typeof m['url'] === 'string' &&
    typeof m['dateGenerated'] === 'string' && Number.isFinite(Date.parse(m['dateGenerated'])) &&
    typeof m['fetchedAt'] === 'string' && Number.isFinite(Date.parse(m['fetchedAt'])) &&
    (m['checkedAt'] === undefined || (typeof m['checkedAt'] === 'string' && Number.isFinite(Date.parse(m['checkedAt'])))) &&
    typeof m['bytes'] === 'number' &&
    counts !== null && typeof counts === 'object' &&
    typeof counts['individuals'] === 'number' && typeof counts['entities'] === 'number'
  );
}

/**
 * When the source was last checked successfully for this cached list (a
 * download or a 304): `checkedAt`, else `fetchedAt` for older metadata.
 *
 * @example
 * ```ts
 * lastCheckedAt({ ...metadata, fetchedAt: '2026-03-01T00:00:00Z', checkedAt: '2026-04-02T06:00:00Z' }); // Date 2026-04-02T06:00:00Z
 * ```
 */
export function lastCheckedAt(metadata: Pick<CacheMetadata, 'fetchedAt' | 'checkedAt'>): Date {
  return new Date(metadata.checkedAt ?? metadata.fetchedAt);
}

/** One cache directory. */
export class ListCache {
  readonly dir: string;

  /** Opens (and creates) the directory, removing the temporary files of processes that died. */
  constructor(dir: string) {
    this.dir = dir;
    try {
      mkdirSync(join(dir, 'versions'), { recursive: true });
      for (const folder of [dir, join(dir, 'versions')]) {
        for (const name of readdirSync(folder)) {
          if (!name.includes(TEMP)) continue;
          // Another update's file in progress is not a leftover: only a dead process's is.
          const owner = temporaryOwner(name);
          if (owner !== undefined && isAlive(owner)) continue;
          rmSync(join(folder, name), { force: true });
        }
      }
    } catch (error) {
      throw new CacheError(ErrorCodes.CACHE_FAILED, `cannot open the cache directory ${dir}: ${(error as Error).message}`, { cause: error });
    }
  }

  /** The metadata of the current list, or undefined for an empty cache (no parse, no read of the XML). */
  current(): CacheMetadata | undefined {
    const fromCurrent = this.#readMetadata(join(this.dir, 'current.json'));
    if (fromCurrent !== undefined) return fromCurrent;
    // current.json missing or unreadable: the newest complete version is the last good list.
    return this.versions()[0];
  }

  /** Every cached version with readable metadata, newest first. */
  versions(): CacheMetadata[] {
    let names: string[];
    try {
      names = readdirSync(join(this.dir, 'versions'));
    } catch {
      return [];
    }
    return names
      .filter((name) => name.endsWith('.json') && !name.includes(TEMP))
      .map((name) => this.#readMetadata(join(this.dir, 'versions', name)))
      .filter((metadata): metadata is CacheMetadata => metadata !== undefined)
      .sort((a, b) => Date.parse(b.dateGenerated) - Date.parse(a.dateGenerated) || b.fetchedAt.localeCompare(a.fetchedAt));
  }

  /**
   * The version that came before `current`: the newest other cached version
   * not dated after it (what `batch --since` re-screens against after an
   * update), or undefined when the cache holds no other.
   */
  previous(current: CacheMetadata): CacheMetadata | undefined {
    return this.versions().find((version) => version.file !== current.file && Date.parse(version.dateGenerated) <= Date.parse(current.dateGenerated));
  }

  /** The absolute path of a version's XML file (`metadata.file` inside this directory). */
  pathOf(metadata: CacheMetadata): string {
    return this.#versionPath(metadata.file);
  }

  /**
   * The bytes of the newest good list: the current one, else older versions
   * when a file is damaged (each one passed over is in `skipped`, newest
   * first, with why); undefined for an empty cache.
   * @throws {CacheError} when the cache holds versions but none is readable.
   */
  newest(): { bytes: Buffer; metadata: CacheMetadata; skipped: Array<{ metadata: CacheMetadata; error: CacheError }> } | undefined {
    const current = this.current();
    const candidates = [...(current === undefined ? [] : [current]), ...this.versions().filter((v) => v.file !== current?.file)];
    const skipped: Array<{ metadata: CacheMetadata; error: CacheError }> = [];
    for (const metadata of candidates) {
      try {
        return { bytes: this.read(metadata), metadata, skipped };
      } catch (error) {
        skipped.push({ metadata, error: error as CacheError });
      }
    }
    if (skipped.length > 0) {
      throw new CacheError(ErrorCodes.CACHE_FAILED, `no readable list in the cache ${this.dir} (${skipped[0]!.error.message})`, { cause: skipped[0]!.error });
    }
    return undefined;
  }

  /**
   * The bytes of a cached version, checked against its sha256.
   * @throws {CacheError} when the file is missing or does not match.
   */
  read(metadata: CacheMetadata): Buffer {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.#versionPath(metadata.file));
    } catch (error) {
      throw new CacheError(ErrorCodes.CACHE_FAILED, `cannot read the cached list ${metadata.file}: ${(error as Error).message}`, { cause: error });
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== metadata.sha256) {
      throw new CacheError(ErrorCodes.CACHE_FAILED, `the cached list ${metadata.file} does not match its sha256 (damaged on disk)`);
    }
    return bytes;
  }

  /**
   * Stores an accepted list and makes it current, atomically; keeps the
   * newest `keep` versions. Its `snapshot`, when given, is written beside
   * it before it becomes current.
   */
  write(bytes: Uint8Array, metadata: Omit<CacheMetadata, 'file'>, keep: number, snapshot?: Uint8Array): CacheMetadata {
    const stamp = metadata.dateGenerated.replace(/[^0-9A-Za-z]/g, '');
    const base = `versions/${stamp}-${metadata.sha256.slice(0, 12)}`;
    const complete: CacheMetadata = { ...metadata, file: `${base}.xml` };
    try {
      this.#writeAtomic(`${base}.xml`, bytes);
      if (snapshot !== undefined) this.#writeAtomic(`${base}${SNAPSHOT_SUFFIX}`, snapshot);
      this.#writeAtomic(`${base}.json`, Buffer.from(`${JSON.stringify(complete, null, 2)}\n`));
      this.#writeAtomic('current.json', Buffer.from(`${JSON.stringify(complete, null, 2)}\n`));
      this.#prune(keep, complete);
    } catch (error) {
      if (error instanceof CacheError) throw error;
      throw new CacheError(ErrorCodes.CACHE_FAILED, `cannot write the list to the cache ${this.dir}: ${(error as Error).message}`, { cause: error });
    }
    return complete;
  }

  /** Updates the validators and check (or fetch) time of the current list (after a 304, or the same bytes downloaded again). */
  touch(metadata: CacheMetadata): void {
    this.#writeAtomic('current.json', Buffer.from(`${JSON.stringify(metadata, null, 2)}\n`));
  }

  #writeAtomic(relative: string, bytes: Uint8Array): void {
    replaceFile(join(this.dir, relative), bytes);
  }

  #prune(keep: number, current: CacheMetadata): void {
    const versions = this.versions().filter((v) => v.file !== current.file);
    for (const old of versions.slice(Math.max(0, keep - 1))) {
      rmSync(this.#versionPath(old.file), { force: true });
      rmSync(this.#versionPath(old.file).replace(/\.xml$/, '.json'), { force: true });
      rmSync(this.#versionPath(old.file).replace(/\.xml$/, SNAPSHOT_SUFFIX), { force: true });
    }
  }

  /** The path of a version file named in metadata; anything but `versions/<name>.xml` is refused. */
  #versionPath(file: string): string {
    if (!VERSION_FILE.test(file)) {
      throw new CacheError(ErrorCodes.CACHE_FAILED, `the cache metadata names ${JSON.stringify(file)}, not a version file of ${this.dir}: refused`);
    }
    return join(this.dir, file);
  }

  #readMetadata(path: string): CacheMetadata | undefined {
    try {
      const metadata: unknown = JSON.parse(readFileSync(path, 'utf8'));
      return validMetadata(metadata) ? metadata : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Runs `change` holding the cache's lock: a `lock` file created
   * exclusively, holding this process's pid. A lock whose holder is dead, or
   * older than ten minutes, is stale and taken over; a live holder is waited
   * for, up to `waitMs`.
   *
   * @throws {CacheError} when the lock stays held by a live process for `waitMs`.
   */
  async withLock<T>(change: () => T | Promise<T>, waitMs = 60_000): Promise<T> {
    const path = join(this.dir, LOCK);
    const token = `${process.pid} ${randomBytes(8).toString('hex')} ${new Date().toISOString()}\n`;
    const deadline = Date.now() + waitMs;
    for (let delay = 10; ; delay = Math.min(delay * 2, 250)) {
      // Written aside, then linked into place: a lock file is never seen half-written, and link fails when one exists.
      const temporary = `${path}${TEMP}${process.pid}-${randomBytes(4).toString('hex')}`;
      try {
        const fd = openSync(temporary, 'w');
        try {
          writeSync(fd, token);
        } finally {
          closeSync(fd);
        }
        linkSync(temporary, path);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw new CacheError(ErrorCodes.CACHE_FAILED, `cannot take the cache lock ${path}: ${(error as Error).message}`, { cause: error });
        }
      } finally {
        rmSync(temporary, { force: true });
      }
      const holder = this.#lockHolder(path);
      if (holder !== undefined && (!isAlive(holder.pid) || Date.now() - holder.since > STALE_LOCK_MS)) {
        // Stale: removed only if it is still the same lock (another process may have taken it over meanwhile).
        if (this.#lockHolder(path)?.text === holder.text) rmSync(path, { force: true });
        continue;
      }
      if (Date.now() >= deadline) {
        throw new CacheError(ErrorCodes.CACHE_FAILED, `the cache ${this.dir} is locked by process ${holder?.pid ?? '?'} (another update): gave up after ${waitMs} ms`);
      }
      await sleep(delay);
    }
    try {
      return await change();
    } finally {
      // (only our own lock: a stale-lock takeover by another process is not ours to remove)
      if (this.#lockHolder(path)?.text === token) rmSync(path, { force: true });
    }
  }

  /** Who holds the lock, and since when (the lock file's time); undefined when there is none or it cannot be read. */
  #lockHolder(path: string): { pid: number; since: number; text: string } | undefined {
    try {
      const text = readFileSync(path, 'utf8');
      return { pid: Number(text.split(' ')[0]), since: statSync(path).mtimeMs, text };
    } catch {
      return undefined;
    }
  }
}
