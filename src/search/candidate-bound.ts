/**
 * The candidate bound: which query tokens every name at or above a threshold
 * must match, so that a search scores only the names that contain one of
 * them. Used by the name index (a query against the list) and by the party
 * index (the list's new names against a customer base); docs/DESIGN.md, "How
 * candidates are found", derives it.
 */
import { isInitial } from '../normalize/initial.js';
import { SCORING_MODEL, type ScoringModel } from '../scoring-model.js';

/**
 * The query tokens P that every name at or above `threshold` must match,
 * heaviest first, given `heaviestPartner[t]` (an upper bound of the weight of
 * the listed unit a query unit containing token t can pair with): stops as
 * soon as a name matching none of P is bounded below the threshold,
 *   score ≤ X / (X + c·w(P)),  X = ½ Σ_{t∉P} (w_t + m_t),
 * c = `alignment.middleName` of `model` (see {@link missingRequiredExcludes}).
 * `undefined` when no P bounds it (a query of initials only): score everything.
 *
 * @example
 * ```ts
 * const query = toMatchable(prepareName('Ali Mahmoud Jawad'), weigh);
 * requiredTokens(query, 0.8, [1, 1, 1]); // Set {2, 1} (say): the two heaviest tokens
 * ```
 */
export function requiredTokens(
  matchable: { tokens: ReadonlyArray<{ form: string }>; weights: readonly number[] },
  threshold: number,
  heaviestPartner: readonly number[],
  model: ScoringModel = SCORING_MODEL,
): Set<number> | undefined {
  const { tokens, weights } = matchable;
  let rest = 0;
  for (let t = 0; t < tokens.length; t++) rest += weights[t]! + heaviestPartner[t]!;
  const required = new Set<number>();
  let requiredWeight = 0;
  // Heaviest first (the earlier token on ties); initials are never required.
  while (!missingRequiredExcludes(rest, requiredWeight, threshold, model)) {
    let next = -1;
    for (let t = 0; t < tokens.length; t++) {
      if (required.has(t) || isInitial(tokens[t]!.form)) continue;
      if (next === -1 || weights[t]! > weights[next]!) next = t;
    }
    if (next === -1) return undefined;
    required.add(next);
    requiredWeight += weights[next]!;
    rest -= weights[next]! + heaviestPartner[next]!;
  }
  return required;
}

/**
 * True when a name that matches none of the required tokens P is bounded
 * below `threshold`: X / (X + c·w(P)) < threshold, with X = `rest` / 2,
 * `rest` = Σ_{t∉P} (w_t + m_t) and c = `alignment.middleName` of `model`
 * (or `alignment.unmatchedGeneric` when lower), the lowest cost of an
 * unmatched query token (see align.ts).
 */
export function missingRequiredExcludes(rest: number, requiredWeight: number, threshold: number, model: ScoringModel = SCORING_MODEL): boolean {
  return threshold > 0 && (rest / 2) * (1 - threshold) < threshold * lowestQueryCost(model) * requiredWeight;
}

/**
 * The lowest cost of an unmatched query token: `alignment.middleName`, or
 * `alignment.unmatchedGeneric` in a variant that sets it lower (a bound
 * made with the lowest cost holds whatever the token's class).
 */
function lowestQueryCost(model: ScoringModel): number {
  return Math.min(model.alignment.middleName, model.alignment.unmatchedGeneric);
}
