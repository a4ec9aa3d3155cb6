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
 * current, and leftover temporary files are removed on the next open.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { CacheError, ErrorCodes } from '../errors.js';
import type { ListCounts } from '../types.js';
import { SNAPSHOT_SUFFIX } from '../snapshot/files.js';

/** What the cache knows of a list version. */
export interface CacheMetadata {
  url: string;
  etag?: string;
  lastModified?: string;
  sha256: string;
  dateGenerated: string;
  /** ISO time of the download. */
  fetchedAt: string;
  counts: ListCounts;
  bytes: number;
  /** The XML file, relative to the cache directory. */
  file: string;
}

const TEMP = '.tmp-';

/** One cache directory. */
export class ListCache {
  readonly dir: string;

  /** Opens (and creates) the directory, removing temporary files a crash left behind. */
  constructor(dir: string) {
    this.dir = dir;
    try {
      mkdirSync(join(dir, 'versions'), { recursive: true });
      for (const folder of [dir, join(dir, 'versions')]) {
        for (const name of readdirSync(folder)) if (name.includes(TEMP)) rmSync(join(folder, name), { force: true });
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
      bytes = readFileSync(join(this.dir, metadata.file));
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

  /** Updates the validators and fetch time of the current list (after a 304). */
  touch(metadata: CacheMetadata): void {
    this.#writeAtomic('current.json', Buffer.from(`${JSON.stringify(metadata, null, 2)}\n`));
  }

  #writeAtomic(relative: string, bytes: Uint8Array): void {
    const target = join(this.dir, relative);
    const temporary = `${target}${TEMP}${process.pid}-${randomBytes(4).toString('hex')}`;
    const fd = openSync(temporary, 'w');
    try {
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
    this.#syncDirectory(join(target, '..'));
  }

  #syncDirectory(dir: string): void {
    try {
      const fd = openSync(dir, 'r');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    } catch {
      // Some platforms cannot fsync a directory; the rename is still atomic.
    }
  }

  #prune(keep: number, current: CacheMetadata): void {
    const versions = this.versions().filter((v) => v.file !== current.file);
    for (const old of versions.slice(Math.max(0, keep - 1))) {
      rmSync(join(this.dir, old.file), { force: true });
      rmSync(join(this.dir, old.file.replace(/\.xml$/, '.json')), { force: true });
      rmSync(join(this.dir, old.file.replace(/\.xml$/, SNAPSHOT_SUFFIX)), { force: true });
    }
  }

  #readMetadata(path: string): CacheMetadata | undefined {
    try {
      const metadata = JSON.parse(readFileSync(path, 'utf8')) as CacheMetadata;
      return typeof metadata.sha256 === 'string' && typeof metadata.file === 'string' ? metadata : undefined;
    } catch {
      return undefined;
    }
  }
}
