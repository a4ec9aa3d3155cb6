/**
 * Reading the list's dates: ISO days with optional offsets, years, timestamps.
 */
import type { ListDate } from '../types.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:Z|[+-]\d{2}:\d{2})?$/;

/**
 * Reads `YYYY-MM-DD`, optionally followed by `Z` or an offset (`2015-04-07-04:00`),
 * and returns the ISO day, or `undefined` when the text is not such a date
 * or names a day that does not exist.
 *
 * @example
 * ```ts
 * parseIsoDay('2015-04-07-04:00') // '2015-04-07'
 * parseIsoDay('Nov. 1973') // undefined
 * ```
 */
export function parseIsoDay(text: string): string | undefined {
  const match = ISO_DAY.exec(text);
  if (!match) return undefined;
  const [, y, m, d] = match as unknown as [string, string, string, string];
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${y}-${m}-${d}`;
}

/**
 * Reads a four-digit year, or returns `undefined`.
 *
 * @example
 * ```ts
 * parseYear('1965') // 1965
 * parseYear('circa 1965') // undefined
 * ```
 */
export function parseYear(text: string): number | undefined {
  return /^\d{4}$/.test(text) ? Number(text) : undefined;
}

/**
 * Builds a {@link ListDate}: the raw text, plus its ISO day when it has one.
 *
 * @example
 * ```ts
 * toListDate('2015-04-07-04:00') // { raw: '2015-04-07-04:00', iso: '2015-04-07' }
 * ```
 */
export function toListDate(raw: string): ListDate {
  const iso = parseIsoDay(raw);
  return iso === undefined ? { raw } : { raw, iso };
}

/**
 * Reads the `dateGenerated` timestamp (`2026-02-27T00:00:09.554Z`,
 * `2020-11-23T19:10:17.6-05:00`), or returns `undefined`.
 */
export function parseTimestamp(text: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+)?(?:Z|[+-]\d{2}:\d{2})?$/.test(text)) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
