/**
 * Every name of one designation scored against a query, as the name search
 * scores it (alignment × alias-quality factor): for `Screener.explain`, and
 * for the designations the birth-date index brings in below the name search.
 *
 * @example
 * ```ts
 * const scored = scoreRecordNames(state.names.prepareQuery('Mokhtar Belmokhtar'), namesOf(record), model);
 * scored[0]?.score; // the designation's name score
 * ```
 */
import { alignNames, type Alignment } from '../match/align.js';
import { unitSimilarity } from '../match/similarity.js';
import type { MatchableName } from '../match/units.js';
import type { IndexedName } from '../search/name-index.js';
import type { ScoringModel } from '../scoring-model.js';

/** One name of a designation with its score and alignment for the query. */
export interface ScoredName {
  name: IndexedName;
  score: number;
  alignment: Alignment;
}

/** The names scored against `prepared`, best first. */
export function scoreRecordNames(prepared: MatchableName, names: readonly IndexedName[], model: ScoringModel): ScoredName[] {
  return names
    .map((name) => {
      const factor = model.aliasQuality[name.quality ?? ''] ?? 1;
      const alignment = alignNames(prepared, name.matchable, (a, b) => unitSimilarity(prepared.units[a]!, name.matchable.units[b]!, model), 0, undefined, model);
      return { name, score: alignment.score * factor, alignment };
    })
    .sort((a, b) => b.score - a.score);
}
