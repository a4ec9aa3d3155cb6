/**
 * Comparing two names as a screen against a list does: tokens weighed by
 * their rarity on that list, and a listed name's alias quality counted, so
 * that the score is the `nameScore` of the alert it explains.
 */
import type { IndexedName, NameIndex } from '../search/name-index.js';
import type { NameSource } from '../search/names.js';
import { comparisonOf, type NameComparison } from '../match/compare.js';
import { validateThreshold } from '../validate.js';
import { foldName } from '../normalize/fold.js';
import { prepareName } from '../normalize/tokens.js';
import { toMatchable } from '../match/units.js';

/** A comparison on a list: the score as a screen gives it, and which listed name B is, when it is one. */
export interface ListComparison extends NameComparison {
  /** B as it stands on the list (the best-scoring designation's name with that text), when it does. */
  listed?: { referenceNumber: string; text: string; source: NameSource; quality?: string; factor: number };
}

/**
 * Compares `query` with `listed` using the list's token weights. When
 * `listed` is a name on the list (folded text equal), it is compared as the
 * index holds it (with its designation's Korean reading and its alias
 * quality's factor); otherwise as written.
 *
 * @example
 * ```ts
 * import { loadBundledList, NameIndex } from 'unsc-screen';
 * const index = NameIndex.build(loadBundledList().list);
 * compareOnList(index, 'Ali Saleh', 'Saleh').score; // the nameScore an alert via the alias "Saleh" shows
 * ```
 */
export function compareOnList(index: NameIndex, query: string, listed: string, options: { threshold?: number } = {}): ListComparison {
  const threshold = validateThreshold(options.threshold ?? index.model.threshold);
  const q = index.prepareQuery(query);
  let best: ListComparison | undefined;
  for (const name of namesByText(index).get(foldName(listed)) ?? []) {
    const comparison = compareIndexed(index, q, name, threshold);
    if (best === undefined || comparison.score > best.score) best = comparison;
  }
  return best ?? comparisonOf(q, toMatchable(prepareName(listed), index.rarity.weigh), threshold, index.model);
}

/** Each list's names by folded text, made once per index. */
const byText = new WeakMap<NameIndex, Map<string, IndexedName[]>>();

function namesByText(index: NameIndex): Map<string, IndexedName[]> {
  let map = byText.get(index);
  if (map === undefined) {
    map = new Map();
    for (const name of index.names) {
      const key = foldName(name.text);
      const names = map.get(key);
      if (names === undefined) map.set(key, [name]);
      else names.push(name);
    }
    byText.set(index, map);
  }
  return map;
}

function compareIndexed(index: NameIndex, q: ReturnType<NameIndex['prepareQuery']>, name: IndexedName, threshold: number): ListComparison {
  const factor = index.model.aliasQuality[name.quality ?? ''] ?? 1;
  return {
    ...comparisonOf(q, name.matchable, threshold, index.model, factor),
    listed: {
      referenceNumber: name.record.referenceNumber,
      text: name.text,
      source: name.source,
      ...(name.quality === undefined ? {} : { quality: name.quality }),
      factor,
    },
  };
}
