/**
 * `loadList`: the list to screen against, whatever the network does: the
 * fresh download, else the last good cached list (stale, with its age and
 * the error), else the bundled list with a warning. `resolveList`: the same
 * without a download (a file, else the cache, else the bundled list). Both
 * fall back through `resolveListBytes` (list-resolution.ts), with its warnings.
 */
import { ErrorCodes, StaleListError } from '../errors.js';
import { parseList } from '../parse/index.js';
import type { SanctionsList } from '../types.js';
import type { LoadedList } from './bundled.js';
import { listAgeDays } from './list-age.js';
import { listAgeWarning, resolveListBytes, type ListResolutionOptions } from './list-resolution.js';
import { lastCheckedAt, ListCache, type CacheMetadata } from './cache.js';
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
 * (To know when it fell back, use `resolveList({ cacheDir })`: its warnings say.)
 * @throws {CacheError} when the cache holds versions but none is readable.
 */
export function readCachedList(cacheDir: string): { list: SanctionsList; metadata: CacheMetadata } | undefined {
  expectString(cacheDir, 'cacheDir', ErrorCodes.INVALID_OPTION);
  const newest = new ListCache(cacheDir).newest();
  return newest === undefined ? undefined : { list: parseList(newest.bytes), metadata: newest.metadata };
}

/**
 * The list to screen against without a download: `listPath`, else the
 * newest good list of `cacheDir`, else the bundled list (see
 * `resolveListBytes` for the fallbacks and their warnings), parsed, with the
 * warning for an old list. What every CLI command but `update` uses.
 *
 * @throws {ArgumentRangeError} when `listPath` cannot be read; {ListFormatError} when the list is broken.
 * @example
 * ```ts
 * import { resolveList, Screener } from 'unsc-screen';
 * const { list, source, warnings } = resolveList({ cacheDir: '/var/cache/unsc-screen' });
 * for (const warning of warnings) console.warn(warning);
 * const screener = new Screener(list);
 * ```
 */
export function resolveList(options: ListResolutionOptions & { now?: Date }): LoadedList & { metadata?: CacheMetadata } {
  const resolved = resolveListBytes(options);
  const now = expectDate(options.now ?? new Date(), 'now');
  const list = parseList(resolved.bytes);
  const ageWarning = listAgeWarning(resolved.source, list.generatedAt, now, resolved.metadata === undefined ? undefined : lastCheckedAt(resolved.metadata));
  return {
    list,
    source: resolved.source,
    location: resolved.location,
    ageDays: listAgeDays(list, now),
    warnings: ageWarning === undefined ? resolved.warnings : [...resolved.warnings, ageWarning],
    ...(resolved.metadata === undefined ? {} : { metadata: resolved.metadata }),
  };
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
      // Not modified: the cached list is current (unless it cannot be read, which the fallback says).
      const cached = resolveListBytes({ cacheDir: options.cacheDir });
      if (cached.source === 'cache' && cached.warnings.length === 0) {
        const list = parseList(cached.bytes);
        return { list, source: 'cache', location: options.cacheDir, ageDays: listAgeDays(list, now), warnings: [], stale: false, update, ...(cached.metadata === undefined ? {} : { metadata: cached.metadata }) };
      }
    } catch (failure) {
      error = failure as Error;
    }
  }
  const resolved = resolveListBytes({ cacheDir: options.cacheDir });
  const list = parseList(resolved.bytes);
  const ageDays = listAgeDays(list, now);
  const failed = error === undefined ? [] : [error.message];
  let fallback: LoadListResult;
  if (resolved.source === 'cache') {
    fallback = {
      list,
      source: 'cache',
      location: options.cacheDir,
      ageDays,
      warnings: [
        ...resolved.warnings,
        ...failed.map((message) => `The download failed (${message}); using the cached list of ${list.dateGenerated} (${ageDays} days old).`),
      ],
      stale: error !== undefined || resolved.warnings.length > 0,
      ...(resolved.metadata === undefined ? {} : { metadata: resolved.metadata }),
    };
  } else {
    const ageWarning = listAgeWarning('bundled', list.generatedAt, now);
    fallback = {
      list,
      source: 'bundled',
      location: resolved.location,
      ageDays,
      warnings: [
        ...resolved.warnings,
        ...failed.map((message) => `The download failed (${message}) and ${resolved.warnings.length === 0 ? 'the cache is empty' : 'no cached list can be read'}; using the bundled list.`),
        ...(ageWarning === undefined ? [] : [ageWarning]),
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
