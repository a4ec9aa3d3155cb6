/**
 * `loadList`: the list to screen against, whatever the network does: the
 * fresh download, else the last good cached list (stale, with its age and
 * the error), else the bundled list with a warning.
 */
import { ErrorCodes, StaleListError } from '../errors.js';
import { parseList } from '../parse/index.js';
import type { SanctionsList } from '../types.js';
import { loadBundledList, type LoadedList } from './bundled.js';
import { bundledListWarning, listAgeDays } from './list-age.js';
import { ListCache, type CacheMetadata } from './cache.js';
import type { UpdateOptions } from './options.js';
import { updateList, type UpdateResult } from './update.js';
import { expectDate, expectObject, expectString } from '../validate.js';

/** Options of {@link loadList}: those of `updateList`, plus: */
export interface LoadOptions extends UpdateOptions {
  /** Do not download; use the cache (or the bundled list). @default false */
  offline?: boolean;
  /**
   * Oldest list (in days since its dateGenerated) to fall back to when the
   * download fails; older is a StaleListError instead. @default no limit
   */
  maxAgeDays?: number;
  /** The current time (tests). */
  now?: Date;
}

/** The list to use, where it came from, and whether it is stale. */
export interface LoadListResult extends LoadedList {
  /** True when the download failed (or was skipped) and an older list is used. */
  stale: boolean;
  /** Why the download failed, when it did. */
  error?: Error;
  /** The update's outcome, when one ran. */
  update?: UpdateResult;
  /** The cache metadata of the list, when it comes from the cache. */
  metadata?: CacheMetadata;
}

/**
 * Reads the newest good list of a cache (checking its sha256, falling back
 * to older versions when a file is damaged), or undefined for an empty cache.
 */
export function readCachedList(cacheDir: string): { list: SanctionsList; metadata: CacheMetadata } | undefined {
  expectString(cacheDir, 'cacheDir', ErrorCodes.INVALID_OPTION);
  const newest = new ListCache(cacheDir).newest();
  return newest === undefined ? undefined : { list: parseList(newest.bytes), metadata: newest.metadata };
}

/**
 * Loads the list to screen against.
 *
 * @throws {StaleListError} when the download failed and the only list at hand is older than `maxAgeDays`.
 * @example
 * ```ts
 * import { loadList, Screener } from 'unsc-screen';
 * const { list, stale, ageDays, error } = await loadList({ cacheDir: '/var/cache/unsc-screen', maxAgeDays: 7 });
 * if (stale) console.warn(`screening against a list ${ageDays} days old: ${error?.message}`);
 * const screener = new Screener(list);
 * ```
 */
export async function loadList(options: LoadOptions): Promise<LoadListResult> {
  expectObject(options, 'options');
  expectString(options.cacheDir, 'cacheDir', ErrorCodes.INVALID_OPTION);
  const now = expectDate(options.now ?? new Date(), 'now');
  let error: Error | undefined;
  if (options.offline !== true) {
    try {
      const update = await updateList(options);
      if (update.status === 'updated') {
        return { list: update.list, source: 'download', location: update.metadata.url, ageDays: listAgeDays(update.list, now), warnings: [], stale: false, update, metadata: update.metadata };
      }
      const cached = readCachedList(options.cacheDir);
      if (cached !== undefined) {
        return { list: cached.list, source: 'cache', location: options.cacheDir, ageDays: listAgeDays(cached.list, now), warnings: [], stale: false, update, metadata: cached.metadata };
      }
    } catch (failure) {
      error = failure as Error;
    }
  }
  let fallback: LoadListResult;
  const cached = safeReadCache(options.cacheDir);
  if (cached !== undefined) {
    const ageDays = listAgeDays(cached.list, now);
    fallback = {
      list: cached.list,
      source: 'cache',
      location: options.cacheDir,
      ageDays,
      warnings: error === undefined ? [] : [`The download failed (${error.message}); using the cached list of ${cached.list.dateGenerated} (${ageDays} days old).`],
      stale: error !== undefined,
      metadata: cached.metadata,
    };
  } else {
    const bundled = loadBundledList({ now });
    fallback = {
      ...bundled,
      warnings: [
        ...(error === undefined ? [] : [`The download failed (${error.message}) and the cache is empty; using the bundled list.`]),
        ...(bundledListWarning(bundled.list.generatedAt, now) === undefined ? [] : bundled.warnings),
      ],
      stale: true,
    };
  }
  if (error !== undefined) fallback.error = error;
  if (options.maxAgeDays !== undefined && fallback.stale && fallback.ageDays > options.maxAgeDays) {
    throw new StaleListError(
      ErrorCodes.LIST_TOO_OLD,
      `the only list at hand (${fallback.source}, ${fallback.list.dateGenerated}) is ${fallback.ageDays} days old, more than maxAgeDays (${options.maxAgeDays})${error === undefined ? '' : `; the download failed: ${error.message}`}`,
      { cause: error },
    );
  }
  return fallback;
}

function safeReadCache(cacheDir: string): ReturnType<typeof readCachedList> {
  try {
    return readCachedList(cacheDir);
  } catch {
    return undefined;
  }
}
