/**
 * Order-invariant alignment of a query name with a listed name, and the
 * score made from it.
 */
import type { SimilarityRule, UnitSimilarity } from './similarity.js';
import type { MatchableName, Unit } from './units.js';
import { lettersSimilarity } from './letters.js';
import { typoWhereRestAgrees } from './rest-agrees.js';
import { SCORING_MODEL, type ScoringModel } from '../scoring-model.js';

/** One aligned pair of units. */
export interface AlignedPair {
  query: Unit;
  listed: Unit;
  similarity: number;
  rule: SimilarityRule;
}

/** The alignment of two names and the score it gives. */
export interface Alignment {
  score: number;
  /** Weighted share of the query that found a partner, in [0, 1]. */
  queryCoverage: number;
  /** Weighted share of the listed name that found a partner, in [0, 1]. */
  listedCoverage: number;
  pairs: AlignedPair[];
}

/** Similarity of query unit `q` and listed unit `l` (indices into `units`). */
export type UnitSimilarityLookup = (q: number, l: number) => UnitSimilarity;

/**
 * For listed unit `l`, a bit mask of the query units that may be similar to
 * it (bit q for query unit q); the other pairs are not looked up. Only for
 * queries of at most `MAX_PARTNER_UNITS` units.
 */
export type PartnerMask = (l: number) => number;

/** Query units a `PartnerMask` can name (one bit each in a 32-bit integer). */
export const MAX_PARTNER_UNITS = 31;

/** The pairs of an alignment scored below what its caller keeps (not made). */
const NO_PAIRS = Object.freeze([]) as unknown as AlignedPair[];

const EMPTY: Alignment = Object.freeze({ score: 0, queryCoverage: 0, listedCoverage: 0, pairs: [] }) as Alignment;

/**
 * Candidate pairs of one alignment, in reusable arrays (alignment is
 * synchronous and not re-entrant): names are aligned millions of times, and
 * an object per candidate pair was most of what a screen allocated.
 */
const scratch = {
  q: new Int32Array(64),
  l: new Int32Array(64),
  similarity: new Float64Array(64),
  value: new Float64Array(64),
  rule: new Array<SimilarityRule>(64),
  order: new Int32Array(64),
  partners: new Int32Array(64),
  /**
   * What `choosePairs` chose: the tokens covered on each side (bit masks),
   * the similarity-weighted matched weight covered (the score's numerator)
   * and the similarity-weighted weight covered (the coverages).
   */
  queryMask: 0,
  listedMask: 0,
  queryCovered: 0,
  listedCovered: 0,
  queryCoverage: 0,
  listedCoverage: 0,
};

function reserve(size: number): void {
  if (size <= scratch.q.length) return;
  scratch.partners = new Int32Array(size * 2);
  const grown = (old: Int32Array) => Int32Array.from({ length: size * 2 }, (_, i) => old[i] ?? 0);
  scratch.q = grown(scratch.q);
  scratch.l = grown(scratch.l);
  scratch.order = grown(scratch.order);
  scratch.similarity = Float64Array.from({ length: size * 2 }, (_, i) => scratch.similarity[i] ?? 0);
  scratch.value = Float64Array.from({ length: size * 2 }, (_, i) => scratch.value[i] ?? 0);
}

/** Whether candidate a comes before b: higher similarity, then higher value, then input order (a stable sort). */
function before(a: number, b: number): boolean {
  const s = scratch.similarity;
  if (s[a] !== s[b]) return s[a]! > s[b]!;
  const v = scratch.value;
  if (v[a] !== v[b]) return v[a]! > v[b]!;
  return a < b;
}

/**
 * Aligns the units of two names greedily: pairs are taken best first by
 * similarity × (weight of both sides), each token used once, so that a joined
 * pair (`xalassad` ~ `alassad`) can win over two single tokens when it covers
 * more weight. Then, with w(pair) = (query matched weight + listed matched
 * weight) / 2 (a token's matched weight is at most its weight: lower for a
 * name part common among ordinary people, see `TokenWeigher`), unmatched
 * weights counted at the tokens' full weight, and the costs of
 * `model.alignment` ({@link SCORING_MODEL} by default),
 *
 *   score = Σ similarity × w(pair)
 *         / (Σ w(pair) + c × unmatched query weight + unmatchedListed × unmatched listed weight)
 *
 * with c = `unmatchedQuery` when the listed name has words left over too (the
 * names conflict), `extraQuery` when the listed name is fully matched (the
 * query only adds a name the list does not give), `middleName` when besides
 * the query's extra names lie between matched ones, in the listed order
 * (middle names); a generic company word of the query (Trading, Movement,
 * Army) left over against an entity's name (`MatchableName.entity`) costs
 * `unmatchedGeneric` instead of `unmatchedQuery`: a company word added or
 * replaced is no conflict of an entity's names, while against a person's
 * name it is a sign of another party (YUSUF TRADING is not Muhammad Yusuf). A query token with no partner costs much, a listed token
 * with no partner (a middle name the payment left out) little, but a listed
 * legal form (Ltd) costs `unmatchedLegalForm` when the query has none, and a
 * query initial left over while the listed name has a free initial too
 * (William G. Frost / William W. Frost) is charged `unmatchedQuery` as a full
 * name part. Weights are absolute (class × rarity), so a query made only of
 * common tokens cannot outweigh a rare listed token it misses; and a match
 * whose matched query weight (Σ similarity × query weight) is below
 * `minMatchedWeight` is scaled by that weight / `minMatchedWeight`, so that
 * common words alone ("Mohammed", "Trading Company") never alert.
 *
 * When the rest of the pairs agrees, the one name part left on each side
 * may pair one typo beyond its edit budget (`rest-agrees.ts`). When the only
 * pair of name parts is spelt otherwise and the query has a name part left
 * over, the score is at most `oneFuzzyPart` (Ayla Dias / Dass: one word like
 * the listed one is a weak match by name alone).
 *
 * Two names are also compared as letters (`letters.ts`: the same letters
 * with the spaces moved, or one slip apart): one pair covering both whole,
 * scored by the same formula; the better of the two alignments is returned.
 *
 * @param minScore - Below this score the alignment comes back without its
 *   pairs (the caller drops it anyway).
 * @param partners - Which query units may be similar to each listed unit
 *   (the index knows from its lookups): the others are not asked about.
 *   Ignored for queries of more than `MAX_PARTNER_UNITS` units.
 * @param model - The costs to score with.
 */
export function alignNames(
  query: MatchableName,
  listed: MatchableName,
  similarity: UnitSimilarityLookup,
  minScore = 0,
  partners?: PartnerMask,
  model: ScoringModel = SCORING_MODEL,
): Alignment {
  if (query.totalWeight <= 0 || listed.totalWeight <= 0) return EMPTY;
  const letters = lettersSimilarity(query.letters, listed.letters, model);
  const count = collectCandidates(query, listed, similarity, partners);
  if (count === 0) return letters > 0 ? asLetters(query, listed, letters, minScore, model) : EMPTY;
  const chosen = addTypoWhereRestAgrees(query, listed, count, choosePairs(query, listed, count), model);
  const score = Math.min(scoreChosen(query, listed, chosen, model), oneFuzzyPartCap(query, chosen, model));
  if (letters > 0 && lettersScore(query, letters, model) > score) return asLetters(query, listed, letters, minScore, model);
  const queryCoverage = Math.min(1, scratch.queryCoverage / query.totalWeight);
  const listedCoverage = Math.min(1, scratch.listedCoverage / listed.totalWeight);
  // Below what the caller keeps, the pairs are not made (most names scored are).
  if (score < minScore) return { score, queryCoverage, listedCoverage, pairs: NO_PAIRS };
  return { score, queryCoverage, listedCoverage, pairs: chosenPairs(query, listed, chosen) };
}

/**
 * The score of two names compared as letters (`letters.ts`) with similarity
 * `letters`: one pair covering both names whole, so the formula above gives
 * `letters`, scaled down when the matched query weight is below `minMatchedWeight`.
 */
function lettersScore(query: MatchableName, letters: number, model: ScoringModel): number {
  let matched = 0; // (every query token is matched: its matched weights count, as in scoreChosen)
  for (const weight of query.matchedWeights) matched += weight;
  return letters * Math.min(1, (letters * matched) / model.alignment.minMatchedWeight);
}

/** The alignment of two names compared as letters: one pair, `letters` rule, of units covering every token. */
function asLetters(query: MatchableName, listed: MatchableName, letters: number, minScore: number, model: ScoringModel): Alignment {
  const score = lettersScore(query, letters, model);
  if (score < minScore) return { score, queryCoverage: letters, listedCoverage: letters, pairs: NO_PAIRS };
  const whole = (name: MatchableName): Unit => ({
    form: name.letters.letters,
    vowelKey: '',
    consonantKey: '',
    consonantSource: '',
    altConsonantSource: undefined,
    altConsonantKey: undefined,
    collapsed: name.letters.letters,
    fromArabic: false,
    koreanKey: undefined,
    joined: true,
    first: 0,
    last: name.tokens.length - 1,
    weight: name.totalWeight,
  });
  return { score, queryCoverage: letters, listedCoverage: letters, pairs: [{ query: whole(query), listed: whole(listed), similarity: letters, rule: 'letters' }] };
}

/**
 * Puts every pair of units with a similarity above 0 in `scratch`, ordered
 * best first in `scratch.order` (see `before`); returns how many. Only the
 * pairs `partners` allows are looked up.
 */
function collectCandidates(query: MatchableName, listed: MatchableName, similarity: UnitSimilarityLookup, partners: PartnerMask | undefined): number {
  reserve(query.units.length * listed.units.length);
  const masks = scratch.partners;
  const filtered = partners !== undefined && query.units.length <= MAX_PARTNER_UNITS;
  if (filtered) for (let l = 0; l < listed.units.length; l++) masks[l] = partners(l);
  const listedWeights = listed.unitWeights;
  let count = 0;
  for (let q = 0; q < query.units.length; q++) {
    const queryWeight = query.unitWeights[q]!;
    const bit = 1 << q;
    for (let l = 0; l < listedWeights.length; l++) {
      if (filtered && (masks[l]! & bit) === 0) continue;
      const found = similarity(q, l);
      if (found.score <= 0) continue;
      scratch.q[count] = q;
      scratch.l[count] = l;
      scratch.similarity[count] = found.score;
      scratch.rule[count] = found.rule;
      scratch.value[count] = found.score * (queryWeight + listedWeights[l]!);
      // Insertion sort as they come: a few candidates per name.
      let at = count;
      while (at > 0 && before(count, scratch.order[at - 1]!)) {
        scratch.order[at] = scratch.order[at - 1]!;
        at--;
      }
      scratch.order[at] = count;
      count++;
    }
  }
  return count;
}

/**
 * Takes the candidates best first, each token used once; moves the chosen
 * ones to the front of `scratch.order` and records what they cover in
 * `scratch` (masks and covered weights). Returns how many were chosen.
 */
function choosePairs(query: MatchableName, listed: MatchableName, count: number): number {
  let queryMask = 0;
  let listedMask = 0;
  let queryCovered = 0;
  let listedCovered = 0;
  let queryCoverage = 0;
  let listedCoverage = 0;
  let chosen = 0;
  for (let k = 0; k < count; k++) {
    const c = scratch.order[k]!;
    const q = scratch.q[c]!;
    const l = scratch.l[c]!;
    const qBits = query.unitSpans[q]!;
    const lBits = listed.unitSpans[l]!;
    if ((queryMask & qBits) !== 0 || (listedMask & lBits) !== 0) continue;
    queryMask |= qBits;
    listedMask |= lBits;
    const pairSimilarity = scratch.similarity[c]!;
    queryCovered += pairSimilarity * query.unitMatchedWeights[q]!;
    listedCovered += pairSimilarity * listed.unitMatchedWeights[l]!;
    queryCoverage += pairSimilarity * query.unitWeights[q]!;
    listedCoverage += pairSimilarity * listed.unitWeights[l]!;
    scratch.order[chosen++] = c; // chosen ones move to the front (chosen ≤ k)
  }
  scratch.queryMask = queryMask;
  scratch.listedMask = listedMask;
  scratch.queryCovered = queryCovered;
  scratch.listedCovered = listedCovered;
  scratch.queryCoverage = queryCoverage;
  scratch.listedCoverage = listedCoverage;
  return chosen;
}

/**
 * Pairs the one name part left on each side when the rest of the chosen
 * pairs vouches for a typo beyond its budget (`rest-agrees.ts`): the pair
 * goes to the candidates (index `count`) and to the chosen ones, and
 * `scratch` covers it. Returns how many are chosen.
 */
function addTypoWhereRestAgrees(query: MatchableName, listed: MatchableName, count: number, chosen: number, model: ScoringModel): number {
  if (model.editBudget.restAgrees <= 0 || chosen === 0) return chosen;
  let weakest = 1;
  let nameParts = 0;
  let spelt = 0;
  for (let k = 0; k < chosen; k++) {
    const c = scratch.order[k]!;
    weakest = Math.min(weakest, scratch.similarity[c]!);
    const rule = scratch.rule[c];
    if (rule === 'exact' || rule === 'doubled' || rule === 'edit') spelt++;
    if (query.tokens[firstToken(query.unitSpans[scratch.q[c]!]!)]!.cls === 'name') nameParts++;
  }
  const typo = typoWhereRestAgrees(query, listed, scratch.queryMask, scratch.listedMask, { weakest, nameParts, spelt }, model);
  if (typo === undefined) return chosen;
  // A single token's unit has the token's index (units.ts: tokens first, in order).
  const { query: q, listed: l, similarity } = typo;
  reserve(count + 1);
  scratch.q[count] = q;
  scratch.l[count] = l;
  scratch.similarity[count] = similarity;
  scratch.value[count] = similarity * (query.unitWeights[q]! + listed.unitWeights[l]!);
  scratch.rule[count] = 'edit';
  scratch.order[chosen] = count;
  scratch.queryMask |= 1 << q;
  scratch.listedMask |= 1 << l;
  scratch.queryCovered += similarity * query.unitMatchedWeights[q]!;
  scratch.listedCovered += similarity * listed.unitMatchedWeights[l]!;
  scratch.queryCoverage += similarity * query.unitWeights[q]!;
  scratch.listedCoverage += similarity * listed.unitWeights[l]!;
  return chosen + 1;
}

/** The score of the `chosen` pairs (see {@link alignNames} for the formula), with the costs of `model.alignment`. */
function scoreChosen(query: MatchableName, listed: MatchableName, chosen: number, model: ScoringModel): number {
  const { queryMask, listedMask, queryCovered, listedCovered } = scratch;
  // Matched tokens count their matched weight; the rest their weight (what they cost left unmatched).
  let queryMatchedWeight = 0;
  let queryMatchedCost = 0;
  let queryGenericLeftOver = 0;
  for (let i = 0; i < query.tokens.length; i++) {
    if ((queryMask & (1 << i)) === 0) {
      if (query.tokens[i]!.cls === 'generic') queryGenericLeftOver += query.weights[i]!;
      continue;
    }
    queryMatchedWeight += query.matchedWeights[i]!;
    queryMatchedCost += query.weights[i]!;
  }
  let listedMatchedWeight = 0;
  let listedMatchedCost = 0;
  let listedLegalLeftOver = 0;
  const unmatchedLegalForms = query.legalTokens === 0 ? listed.legalTokens & ~listedMask : 0;
  for (let i = 0; i < listed.weights.length; i++) {
    if ((listedMask & (1 << i)) !== 0) {
      listedMatchedWeight += listed.matchedWeights[i]!;
      listedMatchedCost += listed.weights[i]!;
    } else if ((unmatchedLegalForms & (1 << i)) !== 0) listedLegalLeftOver += listed.weights[i]!;
  }
  const costs = model.alignment;
  const numerator = (queryCovered + listedCovered) / 2;
  const queryLeftOver = query.totalWeight - queryMatchedCost;
  const listedLeftOver = listed.totalWeight - listedMatchedCost;
  const fully = listedLeftOver <= costs.fullyMatchedSlack * listed.totalWeight;
  const queryCost = !fully ? costs.unmatchedQuery : queryLeftOver > 0 && insertsMiddleNames(query, listed, queryMask, chosen) ? costs.middleName : costs.extraQuery;
  // A company word the query adds (Trading, Movement, Army) is no conflict of an entity's names, even where the listed name has words left over;
  // against a person's name it is a sign of another party (YUSUF TRADING is not Muhammad Yusuf).
  const genericCost = !fully && listed.entity ? costs.unmatchedGeneric : queryCost;
  const denominator =
    (queryMatchedWeight + listedMatchedWeight) / 2 +
    queryCost * (queryLeftOver - queryGenericLeftOver) +
    genericCost * queryGenericLeftOver +
    costs.unmatchedListed * (listed.totalWeight - listedMatchedCost - listedLegalLeftOver) +
    costs.unmatchedLegalForm * listedLegalLeftOver +
    costs.unmatchedQuery * initialConflict(query, listed, queryMask, listedMask, model);
  const evidence = Math.min(1, queryCovered / costs.minMatchedWeight);
  return denominator > 0 ? Math.min(1, numerator / denominator) * evidence : 0;
}

/**
 * The most a score can be: `alignment.oneFuzzyPart` when the only pair of
 * name parts is spelt otherwise (similarity below `similarity.doubled`) and
 * the query has a name part left over: a name of two parts or more that
 * shares one word, and that only in a like spelling (Ayla Dias / Dass), is a
 * weak match by name alone; 1 otherwise. A cap, not a factor, so that the
 * low scores that evidence lifts (`screen/evidence.ts`) do not move. A listed
 * name part left over alone does not count: a short form of a listed name
 * (Al-Hebo / MOHAMMAD ALI AL HABBO, Taesong Bank / KOREA DAESONG BANK) is
 * how aliases are written.
 */
function oneFuzzyPartCap(query: MatchableName, chosen: number, model: ScoringModel): number {
  const cap = model.alignment.oneFuzzyPart;
  if (cap >= 1) return 1;
  let nameParts = 0;
  for (let i = 0; i < query.tokens.length; i++) if (query.tokens[i]!.cls === 'name' && query.weights[i]! > 0) nameParts |= 1 << i;
  if ((nameParts & ~scratch.queryMask) === 0) return 1;
  let pairs = 0;
  let fuzzy = false;
  for (let k = 0; k < chosen && pairs < 2; k++) {
    const c = scratch.order[k]!;
    if ((query.unitSpans[scratch.q[c]!]! & nameParts) === 0) continue;
    pairs++;
    fuzzy = scratch.similarity[c]! < model.similarity.doubled;
  }
  return pairs === 1 && fuzzy ? cap : 1;
}

/**
 * Middle initials that disagree (William G. Frost / William W. Frost) are a
 * conflict of names: the weight a query initial left over lacks to weigh as
 * a full name part, when the listed name has a free initial too.
 */
function initialConflict(query: MatchableName, listed: MatchableName, queryMask: number, listedMask: number, model: ScoringModel): number {
  let conflict = 0;
  if ((listed.initialTokens & ~listedMask) !== 0) {
    for (let i = 0; i < query.tokens.length; i++) {
      if ((query.initialTokens & ~queryMask & (1 << i)) !== 0) conflict += Math.max(0, model.weights.classes.name - query.weights[i]!);
    }
  }
  return conflict;
}

/** The aligned pairs of the `chosen` candidates (at the front of `scratch.order`). */
function chosenPairs(query: MatchableName, listed: MatchableName, chosen: number): AlignedPair[] {
  const pairs: AlignedPair[] = [];
  for (let k = 0; k < chosen; k++) {
    const c = scratch.order[k]!;
    pairs.push({ query: query.units[scratch.q[c]!]!, listed: listed.units[scratch.l[c]!]!, similarity: scratch.similarity[c]!, rule: scratch.rule[c]! });
  }
  return pairs;
}

/** Position of the lowest set bit: a unit's first token. */
function firstToken(span: number): number {
  return 31 - Math.clz32(span & -span);
}

/**
 * Whether the query only inserts middle names: every weighted query token
 * left unmatched lies between two matched ones, and the `chosen` pairs
 * (at the front of `scratch.order`) keep the listed name's order.
 */
function insertsMiddleNames(query: MatchableName, listed: MatchableName, queryMask: number, chosen: number): boolean {
  const first = firstToken(queryMask);
  const last = 31 - Math.clz32(queryMask);
  for (let i = 0; i < query.tokens.length; i++) {
    if ((queryMask & (1 << i)) === 0 && query.weights[i]! > 0 && (i < first || i > last)) return false;
  }
  for (let a = 0; a < chosen; a++) {
    const pairA = scratch.order[a]!;
    const queryA = firstToken(query.unitSpans[scratch.q[pairA]!]!);
    const listedA = firstToken(listed.unitSpans[scratch.l[pairA]!]!);
    for (let b = a + 1; b < chosen; b++) {
      const pairB = scratch.order[b]!;
      const queryB = firstToken(query.unitSpans[scratch.q[pairB]!]!);
      const listedB = firstToken(listed.unitSpans[scratch.l[pairB]!]!);
      if (queryA < queryB !== listedA < listedB) return false;
    }
  }
  return true;
}
