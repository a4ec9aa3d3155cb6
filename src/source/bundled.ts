/**
 * The real UN list shipped inside the package, for offline use and as the
 * last resort when no download or cache is available.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseList } from '../parse/index.js';
import type { SanctionsList } from '../types.js';

/** The `dateGenerated` day of the bundled list. */
export const BUNDLED_LIST_DATE = '2026-02-27';

/** A bundled list older than this many days is reported as stale. */
export const BUNDLED_LIST_MAX_AGE_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Absolute path of the bundled XML (works from `src/` and from `dist/`).
 *
 * @example
 * ```ts
 * import { bundledListPath } from 'unsc-screen';
 * bundledListPath(); // '/…/node_modules/unsc-screen/fixtures/consolidated-2026-02-27.xml'
 * ```
 */
export function bundledListPath(): string {
  return fileURLToPath(new URL(`../../fixtures/consolidated-${BUNDLED_LIST_DATE}.xml`, import.meta.url));
}

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
  const location = bundledListPath();
  const list = parseList(readFileSync(location));
  const ageDays = listAgeDays(list, options.now ?? new Date());
  const warning = bundledListWarning(list.generatedAt, options.now ?? new Date());
  return { list, source: 'bundled', location, ageDays, warnings: warning === undefined ? [] : [warning] };
}

/** The warning due when the bundled list, generated at `generatedAt`, is used after 30 days. */
export function bundledListWarning(generatedAt: Date, now: Date): string | undefined {
  const ageDays = ageInDays(generatedAt, now);
  if (ageDays <= BUNDLED_LIST_MAX_AGE_DAYS) return undefined;
  return (
    `The bundled UN list is from ${generatedAt.toISOString().slice(0, 10)} (${ageDays} days old): ` +
    'designations made since then are missing. Run `unsc-screen update` to fetch the current list.'
  );
}

/** Whole days between the list's `dateGenerated` and `now` (never negative). */
export function listAgeDays(list: SanctionsList, now: Date): number {
  return ageInDays(list.generatedAt, now);
}

/** Whole days between `generatedAt` and `now` (never negative). */
export function ageInDays(generatedAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - generatedAt.getTime()) / DAY_MS));
}
