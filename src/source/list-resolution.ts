/**
 * Which list to screen against, as bytes: the one chain "a file, else the
 * newest good list of the cache, else the bundled list", for the library
 * (`loadList`, `resolveList`) and every CLI command alike. When it falls
 * back (the current cached list cannot be read, so an older version or the
 * bundled list is used) it says so in a warning that names the version used,
 * the same way everywhere.
 *
 * Nothing here loads the XML parser or the HTTP client: a batch's main
 * thread resolves the bytes and leaves parsing to its workers.
 */
import { readFileSync } from 'node:fs';
import { ArgumentRangeError, ErrorCodes, type CacheError } from '../errors.js';
import { expectObject } from '../validate.js';
import { ListCache, type CacheMetadata } from './cache.js';
import { ageInDays, BUNDLED_LIST_DATE, BUNDLED_LIST_MAX_AGE_DAYS, bundledListWarning, readBundledList } from './list-age.js';

/** Where a resolved list comes from. */
export type ResolvedListSource = 'file' | 'cache' | 'bundled';

/** What {@link resolveListBytes} looks at, in this order. */
export interface ListResolutionOptions {
  /** A list XML file: used as it is, and an error when it cannot be read. */
  listPath?: string;
  /** A cache directory (`updateList` fills it): its newest good list. */
  cacheDir?: string;
}

/** The bytes of the list to use, where they come from, and why it is not the one expected. */
export interface ResolvedListBytes {
  bytes: Uint8Array;
  source: ResolvedListSource;
  /** The file, the cache directory, or the bundled file. */
  location: string;
  /** The cache's record of the version used (source `cache` only): never another version's. */
  metadata?: CacheMetadata;
  /** One warning per fallback, naming the version used instead. */
  warnings: string[];
}

/**
 * Resolves the list to use: `listPath`, else the newest good list of
 * `cacheDir`, else the bundled list. A damaged current cached list falls
 * back to the newest older version that reads, and a cache that cannot be
 * read at all to the bundled list, each with a warning naming the version
 * used; an empty (or absent) cache is not a fallback and warns nothing.
 *
 * @throws {ArgumentRangeError} (`UNSC_ERR_INVALID_OPTION`) when `listPath` cannot be read.
 * @example
 * ```ts
 * const { bytes, source, warnings } = resolveListBytes({ cacheDir: '/var/cache/unsc-screen' });
 * for (const warning of warnings) console.warn(warning);
 * // The cached list of 2026-03-02 (versions/2026-03-02-ab12….xml) cannot be read (… damaged on disk);
 * // using the older cached list of 2026-02-27 (sha256 5b1e…)
 * ```
 */
export function resolveListBytes(options: ListResolutionOptions): ResolvedListBytes {
  const { listPath, cacheDir } = expectObject(options, 'options') as ListResolutionOptions;
  if (listPath !== undefined) return { bytes: readListFile(listPath), source: 'file', location: listPath, warnings: [] };
  const warnings: string[] = [];
  if (cacheDir !== undefined) {
    try {
      const newest = new ListCache(cacheDir).newest();
      if (newest !== undefined) {
        const [first] = newest.skipped;
        if (first !== undefined) warnings.push(`${cannotRead(first)}; using the older cached list of ${versionOf(newest.metadata)}`);
        return { bytes: newest.bytes, source: 'cache', location: cacheDir, metadata: newest.metadata, warnings };
      }
    } catch (error) {
      warnings.push(`No cached list in ${cacheDir} can be read (${(error as Error).message}); using the bundled list of ${BUNDLED_LIST_DATE}`);
    }
  }
  const { bytes, location } = readBundledList();
  return { bytes, source: 'bundled', location, warnings };
}

/**
 * A last check of the source at most this many whole days old is recent: the
 * cache held the current list then, however old the list itself is.
 */
export const RECENT_CHECK_DAYS = 1;

/**
 * The warning due for a list of this age: the bundled list after
 * `BUNDLED_LIST_MAX_AGE_DAYS`, a cached one after as long; none for a file.
 * A cached list is judged by the last successful check of its source too
 * (`lastChecked`: a download or a 304, see `lastCheckedAt`): none while that
 * check is at most `RECENT_CHECK_DAYS` old (the UN may publish nothing for
 * weeks; a daily `update` cron must not make every run print a warning), else
 * the warning says both dates and asks for `unsc-screen update`.
 *
 * @example
 * ```ts
 * listAgeWarning('cache', new Date('2026-02-27'), new Date('2026-04-30'), new Date('2026-04-30T06:00Z')); // undefined
 * listAgeWarning('cache', new Date('2026-02-27'), new Date('2026-04-30'), new Date('2026-04-20T06:00Z'));
 * // 'The cached UN list is from 2026-02-27 (62 days old); last checked 2026-04-20 06:00 UTC (10 days ago). Run `unsc-screen update`.'
 * ```
 */
export function listAgeWarning(source: ResolvedListSource | 'download', generatedAt: Date, now: Date = new Date(), lastChecked?: Date): string | undefined {
  if (source === 'bundled') return bundledListWarning(generatedAt, now);
  const ageDays = ageInDays(generatedAt, now);
  if (source === 'download' || ageDays <= BUNDLED_LIST_MAX_AGE_DAYS) return undefined;
  const generated = `is from ${generatedAt.toISOString().slice(0, 10)} (${ageDays} days old)`;
  if (source === 'file') return `The --list UN list ${generated}. Designations made since are not in it.`;
  if (lastChecked === undefined || !Number.isFinite(lastChecked.getTime())) return `The cached UN list ${generated}. Run \`unsc-screen update\`.`;
  const checkedDays = ageInDays(lastChecked, now);
  if (checkedDays <= RECENT_CHECK_DAYS) return undefined; // checked recently: the list is the current one
  const checked = `last checked ${lastChecked.toISOString().slice(0, 16).replace('T', ' ')} UTC (${checkedDays} days ago)`;
  return `The cached UN list ${generated}; ${checked}. Run \`unsc-screen update\`.`;
}

function cannotRead({ metadata, error }: { metadata: CacheMetadata; error: CacheError }): string {
  return `The cached list of ${metadata.dateGenerated.slice(0, 10)} (${metadata.file}) cannot be read (${error.message})`;
}

function versionOf(metadata: CacheMetadata): string {
  return `${metadata.dateGenerated.slice(0, 10)} (sha256 ${metadata.sha256.slice(0, 12)}…)`;
}

function readListFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new ArgumentRangeError(
      ErrorCodes.INVALID_OPTION,
      `cannot read the list file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}
