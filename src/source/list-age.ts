/**
 * How old a list is, and where the bundled one lies: what the CLI's main
 * thread needs without loading the XML parser.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ErrorCodes, UnscScreenError } from '../errors.js';
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
  // (a CommonJS bundle has no import.meta.url: there is no package folder to find the file in)
  if (import.meta.url === undefined) throw bundledListMissing('this code runs from a CommonJS bundle, without the package\'s files');
  return fileURLToPath(new URL(`../../fixtures/consolidated-${BUNDLED_LIST_DATE}.xml`, import.meta.url));
}

/**
 * The bytes of the bundled list, and where they were read.
 *
 * @throws {UnscScreenError} `UNSC_ERR_BUNDLED_LIST_MISSING` when the file is
 *   not there: a bundle (esbuild, webpack, a Lambda zip) carries the code, not
 *   the package's files. Embed the list and parse it (README, "Bundlers").
 * @example
 * ```ts
 * const { bytes, location } = readBundledList(); // location: bundledListPath()
 * ```
 */
export function readBundledList(): { bytes: Buffer; location: string } {
  const location = bundledListPath();
  try {
    return { bytes: readFileSync(location), location };
  } catch (error) {
    throw bundledListMissing(`${location} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, error);
  }
}

function bundledListMissing(why: string, cause?: unknown): UnscScreenError {
  return new UnscScreenError(
    ErrorCodes.BUNDLED_LIST_MISSING,
    `the list bundled with unsc-screen is not available: ${why}. A bundle (esbuild, webpack, a zip) does not carry the package's files: ` +
      'embed the list\'s bytes and give them to parseList, or load a list file (Screener.fromFile, loadList); see the README, "Bundlers and serverless"',
    cause === undefined ? undefined : { cause },
  );
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
