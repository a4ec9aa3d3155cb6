/**
 * How old a list is, and where the bundled one lies: what the CLI's main
 * thread needs without loading the XML parser.
 */
import { fileURLToPath } from 'node:url';
import type { SanctionsList } from '../types.js';
import { expectDate, expectList } from '../validate.js';

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
  return ageInDays(expectDate(expectList(list).generatedAt, 'list.generatedAt'), expectDate(now, 'now'));
}

/** Whole days between `generatedAt` and `now` (never negative). */
export function ageInDays(generatedAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - generatedAt.getTime()) / DAY_MS));
}
