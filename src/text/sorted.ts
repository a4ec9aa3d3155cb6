/**
 * Searching a sorted array.
 */

/**
 * The first position in `sorted` (ascending) of a value `from` or more, or
 * its length when there is none: a binary search (a text's cut words near a
 * window, the listed words a cut word begins, the places of a letter in a
 * name), so not all are read.
 *
 * @example
 * firstAtOrAfter([2, 5, 9], 4); // 1
 * firstAtOrAfter([2, 5, 9], 10); // 3
 */
export function firstAtOrAfter<T extends number | string>(sorted: ArrayLike<T>, from: T): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return low;
}
