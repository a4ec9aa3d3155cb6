/**
 * Counts in the CLI's summaries, with the noun in the right number.
 */

/**
 * `n` and the noun, singular for 1.
 *
 * @example
 * ```ts
 * counted(1, 'row'); // '1 row'
 * counted(3, 'alert'); // '3 alerts'
 * counted(2, 'match', 'matches'); // '2 matches'
 * ```
 */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/**
 * A rate for a summary: whole numbers from 10 up, one decimal below (a short run is not "0 rows/s").
 *
 * @example
 * ```ts
 * rate(0.4); // '0.4'
 * rate(10214.6); // '10215'
 * ```
 */
export function rate(perSecond: number): string {
  return perSecond >= 10 ? String(Math.round(perSecond)) : perSecond.toFixed(1);
}
