/**
 * Token rarity: on the loaded list (a token shared by many listed names,
 * Mohammad, Ali, Company, weighs less than a rare family name) and among
 * ordinary people (a name part many people carry, Kim, Garcia, Maria, weighs
 * less than a rare one, however rare it is on the list).
 */
import type { NameToken } from '../normalize/tokens.js';
import { baseWeight, type TokenWeigher } from '../match/units.js';
import { SCORING_MODEL, type ScoringModel } from '../scoring-model.js';
import { populationFactor } from './name-frequency.js';

/** What a token's rarity is read from: its class, folded form and consonant key. */
export type RarityToken = Pick<NameToken, 'cls' | 'form' | 'consonantKey'>;

/**
 * Counts in how many names each consonant key appears, and weighs a token by
 * base weight (class, short tokens less) × rarity: what the token costs when
 * it is left unmatched, with
 *
 *   rarity = max(`weights.minRarity`, idf / idf of an unseen token),
 *   idf = ln((names + 1) / (names with the key + 1))
 *
 * (counting by consonant key makes all spellings of Mohammed share one
 * count). When the token is matched it counts base weight × `tokenRarity`:
 * the same rarity lowered by how common the name part is among ordinary
 * people (`weigh.matched`, see `TokenWeigher`), since a common name part that
 * agrees says little, while one that is missing says as much as a rare one.
 */
export class RarityTable {
  readonly #documentFrequency = new Map<string, number>();
  #names = 0;
  #maxIdf = 1;
  readonly #minRarity: number;
  /** The model whose class weights and lowest rarity this table weighs with. */
  readonly model: ScoringModel;
  /** The weigher that uses this table. */
  readonly weigh: TokenWeigher;

  constructor(model: ScoringModel = SCORING_MODEL) {
    this.model = model;
    this.#minRarity = model.weights.minRarity;
    const matched = (token: NameToken) => baseWeight(token, model) * this.tokenRarity(token);
    this.weigh = Object.assign((token: NameToken) => baseWeight(token, model) * this.rarity(token.consonantKey), { matched });
  }

  /** Counts the distinct keys of one name. */
  addName(tokens: readonly NameToken[]): void {
    this.#names++;
    for (const key of new Set(tokens.map((t) => t.consonantKey))) {
      this.#documentFrequency.set(key, (this.#documentFrequency.get(key) ?? 0) + 1);
    }
    this.#maxIdf = Math.log(this.#names + 1);
  }

  /** Rarity in [`weights.minRarity`, 1] of a key (1 for a key no listed name has). */
  rarity(consonantKey: string): number {
    const df = this.#documentFrequency.get(consonantKey) ?? 0;
    return Math.max(this.#minRarity, Math.log((this.#names + 1) / (df + 1)) / this.#maxIdf);
  }

  /**
   * Rarity in [`weights.minRarity`, 1] of a token when it is matched: its
   * key's rarity on the list × the population factor of a name part
   * (`populationFactor`, `weights.population` of the model; 1 for particles,
   * legal forms and other words that are not name parts), at least
   * `weights.minRarity`.
   *
   * @example
   * ```ts
   * table.tokenRarity(prepareName('Kim').tokens[0]!) <= table.rarity('km'); // true
   * ```
   */
  tokenRarity(token: RarityToken): number {
    const onList = this.rarity(token.consonantKey);
    if (token.cls !== 'name') return onList;
    return Math.max(this.#minRarity, onList * populationFactor(token.form, this.model));
  }

  /** How many names carry the key. */
  frequency(consonantKey: string): number {
    return this.#documentFrequency.get(consonantKey) ?? 0;
  }

  /** The counts as plain data, for a snapshot (`src/snapshot/`). */
  toData(): RarityTableData {
    return { documentFrequency: this.#documentFrequency, names: this.#names, maxIdf: this.#maxIdf };
  }

  /** A table from `toData`'s counts, weighing with `model`. */
  static fromData(data: RarityTableData, model: ScoringModel = SCORING_MODEL): RarityTable {
    const table = new RarityTable(model);
    for (const [key, count] of data.documentFrequency) table.#documentFrequency.set(key, count);
    table.#names = data.names;
    table.#maxIdf = data.maxIdf;
    return table;
  }
}

/** A {@link RarityTable}'s counts (see `toData`). */
export interface RarityTableData {
  documentFrequency: ReadonlyMap<string, number>;
  names: number;
  maxIdf: number;
}
