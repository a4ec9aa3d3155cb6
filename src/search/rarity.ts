/**
 * Token rarity on the loaded list: a token shared by many listed names
 * (Mohammad, Ali, Company) weighs less than a rare family name.
 */
import type { NameToken } from '../normalize/tokens.js';
import { baseWeight, type TokenWeigher } from '../match/units.js';
import { SCORING_MODEL, type ScoringModel } from '../scoring-model.js';

/**
 * Counts in how many names each consonant key appears, and weighs a token by
 * base weight (class, short tokens less) × rarity, rarity = max(`weights.minRarity`
 * of the model, idf / idf of an unseen token),
 * idf = ln((names + 1) / (names with the key + 1)). Counting by consonant key
 * makes all spellings of Mohammed share one count.
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
    this.weigh = (token) => baseWeight(token, model) * this.rarity(token.consonantKey);
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
