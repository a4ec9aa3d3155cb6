/**
 * Token rarity on the loaded list: a token shared by many listed names
 * (Mohammad, Ali, Company) weighs less than a rare family name.
 */
import type { NameToken } from '../normalize/tokens.js';
import { baseWeight, type TokenWeigher } from '../match/units.js';

/** The lowest rarity factor a token can get (the most common token on the list). */
export const MIN_RARITY = 0.2;

/**
 * Counts in how many names each consonant key appears, and weighs a token by
 * base weight (class, short tokens less) × rarity, rarity = max(0.2, idf / idf of an unseen token),
 * idf = ln((names + 1) / (names with the key + 1)). Counting by consonant key
 * makes all spellings of Mohammed share one count.
 */
export class RarityTable {
  readonly #documentFrequency = new Map<string, number>();
  #names = 0;
  #maxIdf = 1;

  /** Counts the distinct keys of one name. */
  addName(tokens: readonly NameToken[]): void {
    this.#names++;
    for (const key of new Set(tokens.map((t) => t.consonantKey))) {
      this.#documentFrequency.set(key, (this.#documentFrequency.get(key) ?? 0) + 1);
    }
    this.#maxIdf = Math.log(this.#names + 1);
  }

  /** Rarity in [0.2, 1] of a key (1 for a key no listed name has). */
  rarity(consonantKey: string): number {
    const df = this.#documentFrequency.get(consonantKey) ?? 0;
    return Math.max(MIN_RARITY, Math.log((this.#names + 1) / (df + 1)) / this.#maxIdf);
  }

  /** How many names carry the key. */
  frequency(consonantKey: string): number {
    return this.#documentFrequency.get(consonantKey) ?? 0;
  }

  /** The weigher that uses this table. */
  readonly weigh: TokenWeigher = (token) => baseWeight(token) * this.rarity(token.consonantKey);

  /** The counts as plain data, for a snapshot (`src/snapshot/`). */
  toData(): RarityTableData {
    return { documentFrequency: this.#documentFrequency, names: this.#names, maxIdf: this.#maxIdf };
  }

  /** A table from `toData`'s counts. */
  static fromData(data: RarityTableData): RarityTable {
    const table = new RarityTable();
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
