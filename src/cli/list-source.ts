/**
 * Which list the CLI screens against: `--list FILE`, else the newest good
 * list of the cache (`unsc-screen update` fills it), else the bundled list.
 * (The light helpers, for a batch's main thread, are in list-bytes.ts.)
 */
import { parseList } from '../parse/index.js';
import { loadBundledList, type LoadedList } from '../source/bundled.js';
import { listAgeDays } from '../source/list-age.js';
import { readCachedList } from '../source/load.js';
import { listWarning, readInputFile } from './list-bytes.js';

/** Loads the list to screen against (see the file comment), with warnings for an old list. */
export function loadCliList(listPath: string | undefined, cacheDir?: string): LoadedList {
  const now = new Date();
  if (listPath !== undefined) {
    const list = parseList(readInputFile(listPath, '--list'));
    const warning = listWarning('file', list.generatedAt);
    return { list, source: 'file', location: listPath, ageDays: listAgeDays(list, now), warnings: warning === undefined ? [] : [warning] };
  }
  const cached = cacheDir === undefined ? undefined : readCachedList(cacheDir);
  if (cached !== undefined) {
    const warning = listWarning('cache', cached.list.generatedAt);
    return { list: cached.list, source: 'cache', location: cacheDir!, ageDays: listAgeDays(cached.list, now), warnings: warning === undefined ? [] : [warning] };
  }
  return loadBundledList({ now });
}

