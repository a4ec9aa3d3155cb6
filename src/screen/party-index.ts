/**
 * `PartyIndex`: a customer base indexed once, so that a list update is
 * re-screened from the designations' side — work in proportion to what
 * changed (and to the parties it concerns), not to the number of parties.
 */
import { missingRequiredExcludes, requiredTokens } from '../search/candidate-bound.js';
import { isInitial } from '../normalize/initial.js';
import { Vocabulary } from '../search/vocabulary.js';
import { classWeigher, toMatchable, type MatchableName } from '../match/units.js';
import { forEachLettersKey } from '../match/letters.js';
import { HashMultimap } from '../search/hash-multimap.js';
import { prepareName } from '../normalize/tokens.js';
import type { SanctionsRecord } from '../types.js';
import { documentKeys } from './documents.js';
import { nameThreshold } from './list-state.js';
import { validateScoringModel, type ScoringModel } from '../scoring-model.js';
import { ErrorCodes } from '../errors.js';
import { expectArray } from '../validate.js';
import type { NormalizedQuery } from './query.js';
import type { ScreenWarning } from './warnings.js';

/**
 * The heaviest listed unit a party's unit could pair with, whatever the list:
 * a joined pair of two tokens of the heaviest class (rarity is at most 1).
 */
function heaviestUnitOnAnyList(model: ScoringModel): number {
  return 2 * Math.max(...Object.values(model.weights.classes));
}

/**
 * Parties (validated queries) and a vocabulary of the name units a match must
 * go through. Build it with `Screener.indexParties`; re-screen it with
 * `Screener.rescreenParties` after each list update.
 *
 * Which units: a listed name scores at or above a party's name threshold
 * only if it pairs with one of the party's required tokens (see
 * `requiredTokens` in candidate-bound.ts). This index does not depend on a list,
 * so it takes every word (token but initials) as required, and checks that the
 * bound holds for any list's weights; a party is then found through any unit
 * of its words. The rare party no bound covers (initials only) is checked
 * against every diff. A name compared as letters (`match/letters.ts`) may
 * match a party through none of its words (a slip in the one it must
 * match): parties are also kept by the keys of their letters.
 */
export class PartyIndex {
  /** The parties, validated, in input order. */
  readonly queries: readonly NormalizedQuery[];
  /** Per party, what the screen could not use as given (see `ScreenResult.warnings`). */
  readonly warnings: ReadonlyArray<readonly ScreenWarning[]>;
  /** @internal Units of the parties' words (all but initials); postings are party positions. */
  readonly vocabulary: Vocabulary;
  /** The scoring numbers the parties are screened with. */
  readonly model: ScoringModel;
  /** @internal Parties that any designation could concern (no required token). */
  readonly unbounded: readonly number[];
  readonly #byDocument = new Map<string, number[]>();
  /** Parties by the keys of their names' letters (`match/letters.ts`): a name one slip away may match none of a party's words. */
  readonly #byLetters = new HashMultimap();
  /** Per party, what the finer check at re-screen time needs (undefined: no name, or unbounded). */
  readonly #names: Array<PartyName | undefined> = [];

  /** @internal Use `Screener.indexParties`. */
  constructor(model: ScoringModel, queries: readonly NormalizedQuery[], warnings: ReadonlyArray<readonly ScreenWarning[]> = []) {
    validateScoringModel(model);
    expectArray(queries, 'queries', ErrorCodes.INVALID_QUERY);
    expectArray(warnings, 'warnings', ErrorCodes.INVALID_ARGUMENT);
    this.queries = queries;
    this.warnings = warnings;
    this.model = model;
    this.vocabulary = new Vocabulary(model);
    const weigh = classWeigher(model);
    const unbounded: number[] = [];
    queries.forEach((query, party) => {
      for (const number of query.documents) push(this.#byDocument, number, party);
      const matchable = toMatchable(prepareName(query.name), weigh);
      if (matchable.totalWeight <= 0) return; // no name to match: only documents can alert
      forEachLettersKey(matchable.letters, model, (hash) => this.#byLetters.add(hash, party));
      if (!requiresAllWords(matchable, nameThreshold(query, model), model)) {
        unbounded.push(party);
        return;
      }
      const units = matchable.units.filter((unit) => unit.first !== unit.last || !isInitial(unit.form));
      const entries = new Int32Array(units.length);
      units.forEach((unit, u) => {
        entries[u] = this.vocabulary.intern(unit, 0);
        const postings = this.vocabulary.entries[entries[u]!]!.postings;
        if (postings[postings.length - 1] !== party) postings.push(party);
      });
      this.#names[party] = {
        tokens: matchable.tokens.map(({ form, consonantKey }) => ({ form, consonantKey })),
        classWeights: matchable.weights,
        entries,
        spans: units.map((unit) => [unit.first, unit.last] as const),
      };
    });
    this.vocabulary.freeze();
    this.#byLetters.freeze();
    this.unbounded = unbounded;
  }

  /** Number of parties. */
  get size(): number {
    return this.queries.length;
  }

  /**
   * The parties these designations could concern, ascending: those with one
   * of their document numbers, the unbounded ones, and those with a unit
   * similar to a unit of one of the designations' names — when that unit
   * touches a token the party's name must match on this list (its weights
   * now known: `requiredTokens` with `rarity` and the heaviest listed unit).
   *
   * @param listedNames - The designations' names, prepared with the list's weights.
   * @param rarity - The list's rarity of a consonant key (`RarityTable.rarity`).
   * @internal Used by `Screener.rescreenParties`.
   */
  partiesConcernedBy(listedNames: readonly MatchableName[], records: readonly SanctionsRecord[], rarity: (consonantKey: string) => number): number[] {
    const parties = new Set<number>(this.unbounded);
    for (const record of records) {
      if (record.kind !== 'individual') continue;
      for (const document of record.documents) {
        for (const key of documentKeys(document)) for (const party of this.#byDocument.get(key) ?? []) parties.add(party);
      }
    }
    const matched = new Set<number>();
    let heaviestListedUnit = 0;
    for (const name of listedNames) {
      forEachLettersKey(name.letters, this.model, (hash) => this.#byLetters.forEach(hash, (party) => parties.add(party)));
      for (const unit of name.units) {
        heaviestListedUnit = Math.max(heaviestListedUnit, unit.weight);
        for (const entry of this.vocabulary.queriesSimilarTo(unit).keys()) matched.add(entry);
      }
    }
    const found = new Set<number>();
    for (const entry of matched) for (const party of this.vocabulary.entries[entry]!.postings) found.add(party);
    for (const party of found) {
      if (!parties.has(party) && this.#mustMatchOneOf(party, matched, rarity, heaviestListedUnit)) parties.add(party);
    }
    return [...parties].sort((a, b) => a - b);
  }

  /** Whether one of the party's units in `matched` touches a token its name must match (see `requiredTokens`). */
  #mustMatchOneOf(party: number, matched: ReadonlySet<number>, rarity: (consonantKey: string) => number, heaviestListedUnit: number): boolean {
    const name = this.#names[party]!;
    const query = this.queries[party]!;
    const weights = name.tokens.map((token, t) => name.classWeights[t]! * rarity(token.consonantKey));
    const required = requiredTokens(
      { tokens: name.tokens, weights },
      nameThreshold(query, this.model),
      name.tokens.map(() => heaviestListedUnit),
      this.model,
    );
    if (required === undefined) return true;
    return name.spans.some(([first, last], u) => matched.has(name.entries[u]!) && (required.has(first) || required.has(last)));
  }
}

/** A party's name as the finer check needs it: tokens, class weights, units (vocabulary entry and token span). */
interface PartyName {
  tokens: ReadonlyArray<{ form: string; consonantKey: string }>;
  classWeights: readonly number[];
  entries: Int32Array;
  spans: ReadonlyArray<readonly [number, number]>;
}

/**
 * Whether, on any list, a listed name that pairs with none of the party's
 * words (tokens other than initials) stays below the threshold. Weights of
 * the class only (rarity ≤ 1) for the initials, which may go unmatched, plus
 * the heaviest listed unit each could pair with; the lowest rarity for the
 * words that must match.
 */
function requiresAllWords(matchable: MatchableName, threshold: number, model: ScoringModel): boolean {
  let rest = 0;
  let required = 0;
  const heaviest = heaviestUnitOnAnyList(model);
  matchable.tokens.forEach((token, t) => {
    const classOnly = matchable.weights[t]!; // built with the class weigher
    if (isInitial(token.form)) rest += classOnly + heaviest;
    else required += classOnly * model.weights.minRarity;
  });
  return missingRequiredExcludes(rest, required, threshold, model);
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const values = map.get(key);
  if (values === undefined) map.set(key, [value]);
  else if (values[values.length - 1] !== value) values.push(value);
}
