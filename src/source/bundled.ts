/**
 * The real UN list shipped inside the package, for offline use and as the
 * last resort when no download or cache is available.
 */
import { parseList } from '../parse/index.js';
import type { SanctionsList } from '../types.js';
import { bundledListWarning, listAgeDays, readBundledList } from './list-age.js';
import { expectDate, expectObject } from '../validate.js';

/** A list together with where it came from and how old it is. */
export interface LoadedList {
  list: SanctionsList;
  /** `bundled`, `cache`, `download` or `file`. */
  source: 'bundled' | 'cache' | 'download' | 'file';
  /** Where the bytes came from (a path or a URL). */
  location: string;
  /** Whole days between `dateGenerated` and `now`. */
  ageDays: number;
  /** Human-readable warnings for whoever uses this list (e.g. it is old). */
  warnings: string[];
}

/**
 * Parses the bundled list and says how old it is.
 *
 * @param options.now - The current time (for tests); defaults to `new Date()`.
 * @example
 * ```ts
 * import { loadBundledList } from 'unsc-screen';
 * const { list, ageDays, warnings } = loadBundledList();
 * console.log(list.dateGenerated, ageDays, warnings);
 * ```
 */
export function loadBundledList(options: { now?: Date } = {}): LoadedList {
  const now = expectDate(expectObject(options, 'options')['now'] ?? new Date(), 'now');
  const { bytes, location } = readBundledList();
  const list = parseList(bytes);
  const ageDays = listAgeDays(list, now);
  const warning = bundledListWarning(list.generatedAt, now);
  return { list, source: 'bundled', location, ageDays, warnings: warning === undefined ? [] : [warning] };
}
