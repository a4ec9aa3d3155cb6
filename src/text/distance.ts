/**
 * Bounded edit distance with transpositions (optimal string alignment).
 */

const row0: number[] = [];
const row1: number[] = [];
const row2: number[] = [];

/**
 * The optimal-string-alignment distance between `a` and `b` (insertions,
 * deletions, substitutions and swaps of adjacent letters each cost 1), or
 * `maxDistance + 1` as soon as it is certain to exceed `maxDistance`.
 * Typed-in names swap neighbours often (`Schloz`/`Scholz`), so a swap is one
 * edit, not two. Rows are reused between calls: this runs in the hot path.
 *
 * @example
 * ```ts
 * boundedEditDistance('scholz', 'schloz', 2) // 1
 * boundedEditDistance('omar', 'umar', 2) // 1
 * boundedEditDistance('mohammed', 'mahmoud', 2) // 3 (more than 2)
 * ```
 */
export function boundedEditDistance(a: string, b: string, maxDistance: number): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > maxDistance) return maxDistance + 1;
  if (la === 0 || lb === 0) return Math.max(la, lb);
  let prevPrev = row0;
  let prev = row1;
  let current = row2;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let value = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        value = Math.min(value, prevPrev[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > maxDistance) return maxDistance + 1;
    const recycled = prevPrev;
    prevPrev = prev;
    prev = current;
    current = recycled;
  }
  const distance = prev[lb]!;
  return distance > maxDistance ? maxDistance + 1 : distance;
}
