/**
 * The prepared list (list + name index) the CLI screens against: the list
 * chosen as everywhere (--list FILE, else the cache, else the bundled list),
 * taken from its snapshot when a good one is there, else parsed and built,
 * and its snapshot written for the next run (unless --no-snapshot).
 * Only the CLI reads UNSC_SCREEN_NO_SNAPSHOT.
 */
import { cachedSnapshotPath, sha256Hex, snapshotPathFor } from '../snapshot/files.js';
import { prepareListFrom } from '../snapshot/prepare.js';
import type { PreparedList } from '../snapshot/prepared-list.js';
import { ListCache } from '../source/cache.js';
import { listWarning, readCliListBytes } from './list-bytes.js';

/** Whether the CLI uses snapshots: not with --no-snapshot, nor with UNSC_SCREEN_NO_SNAPSHOT set (to anything but '' or 0). */
export function cliUsesSnapshot(noSnapshotOption: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  const fromEnv = env['UNSC_SCREEN_NO_SNAPSHOT'];
  return noSnapshotOption !== true && (fromEnv === undefined || fromEnv === '' || fromEnv === '0');
}

/**
 * Where the snapshot of a list lies: next to it when it is a cached version,
 * else `snapshots/<sha256>.snapshot` in the cache directory.
 */
export function cliSnapshotPath(cacheDir: string, source: 'file' | 'cache' | 'bundled', listSha256: string): string {
  if (source === 'cache') {
    const version = new ListCache(cacheDir).versions().find((metadata) => metadata.sha256 === listSha256);
    if (version !== undefined) return cachedSnapshotPath(cacheDir, version.file);
  }
  return snapshotPathFor(cacheDir, listSha256);
}

/** The prepared list to screen against, with the warnings due (an old list, also as `ageWarning`; a snapshot ignored or not written). */
export function loadCliPrepared(
  listPath: string | undefined,
  cacheDir: string,
  useSnapshot: boolean,
): { prepared: PreparedList; warnings: string[]; ageWarning: string | undefined } {
  const { bytes, source, warnings: fallbacks, metadata } = readCliListBytes(listPath, cacheDir);
  const warnings: string[] = [...fallbacks];
  const snapshotPath = useSnapshot ? cliSnapshotPath(cacheDir, source, sha256Hex(bytes)) : undefined;
  const prepared = prepareListFrom(bytes, snapshotPath, (warning) => warnings.push(warning));
  const age = listWarning(source, prepared.list.generatedAt, metadata);
  return { prepared, warnings: age === undefined ? warnings : [age, ...warnings], ageWarning: age };
}
