/**
 * A bounded memo for pure functions of a string: names repeat their words
 * (Mohammed, Ali, Trading), so folding and key-making are done once per word.
 */

/**
 * Wraps `compute` with a cache of at most `capacity` entries; when full, the
 * cache starts over (cheaper than LRU bookkeeping, and words recur quickly).
 *
 * @example
 * ```ts
 * const fold = memoize((word: string) => word.toLowerCase(), 10_000);
 * fold('ALI'); // computed
 * fold('ALI'); // from the cache
 * ```
 */
export function memoize<V>(compute: (key: string) => V, capacity: number): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= capacity) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
