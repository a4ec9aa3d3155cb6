/**
 * Which list the CLI screens against: `--list FILE`, else the newest good
 * list of the cache (`unsc-screen update` fills it), else the bundled list,
 * through the one chain of source/ (`resolveList`), with its fallback and age
 * warnings. (The light helpers, for a batch's main thread, are in list-bytes.ts.)
 */
import type { LoadedList } from '../source/bundled.js';
import type { CacheMetadata } from '../source/cache.js';
import { resolveList } from '../source/load.js';

/** Loads the list to screen against (see the file comment), with its warnings and, from the cache, the metadata of the version used. */
export function loadCliList(listPath: string | undefined, cacheDir?: string): LoadedList & { metadata?: CacheMetadata } {
  return resolveList({ ...(listPath === undefined ? {} : { listPath }), ...(cacheDir === undefined ? {} : { cacheDir }) });
}
