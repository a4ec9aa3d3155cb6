/**
 * `compareNames`: two names, one score, and the alignment that explains it.
 */
import { prepareName } from '../normalize/tokens.js';
import { alignNames, type AlignedPair } from './align.js';
import { unitSimilarity } from './similarity.js';
import { classWeigher, toMatchable, type MatchableName, type TokenWeigher } from './units.js';
import { SCORING_MODEL, validateScoringModel, type ScoringModel } from '../scoring-model.js';
import { ArgumentTypeError, describeValue, ErrorCodes } from '../errors.js';
import { expectObject, expectOneOf, expectString, validateThreshold } from '../validate.js';

/** Options of {@link compareNames}. */
export interface CompareOptions {
  /**
   * Score at or above which the names are said to match.
   * @default the model's `threshold` ({@link DEFAULT_THRESHOLD})
   * Range: a number from 0 to 1.
   */
  threshold?: number;
  /**
   * Weight of each token. Defaults to the token class alone (the model's
   * `weights.classes`); a `NameIndex` weighs by rarity on the list as well.
   * Its `matched` function, when it has one, gives a matched token's weight
   * (at most its weight; see `TokenWeigher`).
   */
  weigh?: TokenWeigher;
  /** The scoring numbers. @default {@link SCORING_MODEL} */
  model?: ScoringModel;
  /**
   * Whether the listed name is an entity's: only then does a company word
   * the query adds or replaces cost little (`alignment.unmatchedGeneric`).
   * @default whether the listed name has a company word or a legal form (Trading, Ltd)
   */
  entity?: boolean;
}

/** One aligned pair, as shown to a person. */
export interface AlignmentEntry {
  /** Query token(s), as folded. */
  query: string;
  /** Listed token(s), as folded. */
  listed: string;
  similarity: number;
  rule: AlignedPair['rule'];
}

/** The result of {@link compareNames}. */
export interface NameComparison {
  /** In [0, 1]. */
  score: number;
  /** `score >= threshold`. */
  match: boolean;
  threshold: number;
  queryCoverage: number;
  listedCoverage: number;
  alignment: AlignmentEntry[];
  /** Tokens of each side that found no partner. */
  unmatched: { query: string[]; listed: string[] };
}

/**
 * Compares a name (as a payment carries it) with a listed name.
 * The score does not depend on word order, titles, particles' spelling,
 * accents, letter case, joined or split words, or the script (Arabic-script
 * and Cyrillic names are romanized).
 *
 * @param query - The name to screen.
 * @param listed - The name to compare it with (a listed name).
 * @returns The score in [0, 1], `match` (score ≥ threshold) and the alignment.
 * @throws {ArgumentTypeError} (`UNSC_ERR_INVALID_QUERY`) when a name is not a string.
 * @throws {ArgumentRangeError} (`UNSC_ERR_INVALID_OPTION`) when `threshold` is not a number between 0 and 1.
 *
 * @example
 * ```ts
 * import { compareNames } from 'unsc-screen';
 * compareNames('SALEK, ABDULHAI', 'ABDULHAI SALEK').match; // true
 * compareNames('Osama bin Laden', 'Usama ibn Laden').score > 0.8; // true
 * compareNames('Pol Pot', 'Paul Murphy').match; // false
 * ```
 */
export function compareNames(query: string, listed: string, options: CompareOptions = {}): NameComparison {
  expectString(query, 'query', ErrorCodes.INVALID_QUERY);
  expectString(listed, 'listed', ErrorCodes.INVALID_QUERY);
  expectObject(options, 'options', ErrorCodes.INVALID_OPTION, true);
  if (options.weigh !== undefined && typeof options.weigh !== 'function') {
    throw new ArgumentTypeError(ErrorCodes.INVALID_OPTION, `Expected \`weigh\` to be a function, got ${describeValue(options.weigh)}`);
  }
  if (options.weigh?.matched !== undefined && typeof options.weigh.matched !== 'function') {
    throw new ArgumentTypeError(ErrorCodes.INVALID_OPTION, `Expected \`weigh.matched\` to be a function, got ${describeValue(options.weigh.matched)}`);
  }
  const model = options.model === undefined ? SCORING_MODEL : validateScoringModel(options.model);
  const threshold = validateThreshold(options.threshold ?? model.threshold);
  const weigh = options.weigh ?? classWeigher(model);
  const entity = options.entity === undefined ? undefined : expectOneOf(options.entity, 'entity', [true, false]);
  const q = toMatchable(prepareName(query), weigh);
  const l = toMatchable(prepareName(listed), weigh, entity === undefined ? {} : { entity });
  return comparisonOf(q, l, threshold, model);
}

/**
 * The comparison of two prepared names (each weighed as the caller chose) under
 * a scoring model, the score multiplied by `factor` (an alias quality's, as a list search does).
 */
export function comparisonOf(q: MatchableName, l: MatchableName, threshold: number, model: ScoringModel = SCORING_MODEL, factor = 1): NameComparison {
  const alignment = alignNames(q, l, (qi, li) => unitSimilarity(q.units[qi]!, l.units[li]!, model), 0, undefined, model);
  const score = alignment.score * factor;
  const coveredQuery = new Set<number>();
  const coveredListed = new Set<number>();
  for (const pair of alignment.pairs) {
    for (let i = pair.query.first; i <= pair.query.last; i++) coveredQuery.add(i);
    for (let i = pair.listed.first; i <= pair.listed.last; i++) coveredListed.add(i);
  }
  return {
    score,
    match: score >= threshold,
    threshold,
    queryCoverage: alignment.queryCoverage,
    listedCoverage: alignment.listedCoverage,
    alignment: alignment.pairs.map((pair) => ({
      query: pair.query.form,
      listed: pair.listed.form,
      similarity: pair.similarity,
      rule: pair.rule,
    })),
    unmatched: {
      query: q.tokens.filter((_, i) => !coveredQuery.has(i)).map((t) => t.form),
      listed: l.tokens.filter((_, i) => !coveredListed.has(i)).map((t) => t.form),
    },
  };
}
