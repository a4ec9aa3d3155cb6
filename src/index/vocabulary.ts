/**
 * The distinct units of all indexed names, with the lookup tables that find,
 * for a query unit, every listed unit the similarity could score above 0 —
 * without scanning the vocabulary.
 */
import { collapseDoubles, deletions } from '../normalize/keys.js';
import { editBudget, MIN_VARIANT_LENGTH, unitSimilarity, type ComparableUnit, type UnitSimilarity } from '../match/similarity.js';

/** A distinct unit of the list and the names that contain it. */
export interface VocabularyEntry extends ComparableUnit {
  weight: number;
  /** Ids of the indexed names that contain this unit. */
  postings: number[];
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const ids = map.get(key);
  if (ids === undefined) map.set(key, [id]);
  else if (ids[ids.length - 1] !== id) ids.push(id);
}

/** Distinct units and lookup tables over them. */
export class Vocabulary {
  readonly entries: VocabularyEntry[] = [];
  readonly #byIdentity = new Map<string, number>();
  /** Deletion neighbourhoods of forms, up to each entry's own edit budget. */
  readonly #byDeletion = new Map<string, number[]>();
  readonly #byVowelKey = new Map<string, number[]>();
  /** Forms with doubled letters made single. */
  readonly #byCollapsed = new Map<string, number[]>();
  /** Consonant keys of all entries, and of the entries romanized from Arabic script. */
  readonly #byConsonantKey = new Map<string, number[]>();
  readonly #byArabicConsonantKey = new Map<string, number[]>();
  /** One-deletion neighbourhoods of consonant keys of 4 letters or more (all entries, Arabic ones). */
  readonly #byConsonantDeletion = new Map<string, number[]>();
  readonly #byArabicConsonantDeletion = new Map<string, number[]>();

  /** Returns the id of the unit, adding it when new. */
  intern(unit: ComparableUnit, weight: number): number {
    const identity = `${unit.form}|${unit.joined ? 1 : 0}|${unit.fromArabic ? 1 : 0}`;
    const known = this.#byIdentity.get(identity);
    if (known !== undefined) return known;
    const id = this.entries.length;
    this.entries.push({
      form: unit.form,
      vowelKey: unit.vowelKey,
      consonantKey: unit.consonantKey,
      consonantSource: unit.consonantSource,
      fromArabic: unit.fromArabic,
      joined: unit.joined,
      weight,
      postings: [],
    });
    this.#byIdentity.set(identity, id);
    for (const key of deletions(unit.form, editBudget(unit.form.length, unit.joined))) push(this.#byDeletion, key, id);
    if (unit.form.length >= MIN_VARIANT_LENGTH - 1) push(this.#byVowelKey, unit.vowelKey, id);
    push(this.#byCollapsed, collapseDoubles(unit.form), id);
    push(this.#byConsonantKey, unit.consonantKey, id);
    if (unit.fromArabic) push(this.#byArabicConsonantKey, unit.consonantKey, id);
    if (unit.consonantKey.length >= 4) {
      for (const key of deletions(unit.consonantKey, 1)) {
        push(this.#byConsonantDeletion, key, id);
        if (unit.fromArabic) push(this.#byArabicConsonantDeletion, key, id);
      }
    }
    return id;
  }

  /**
   * Every entry whose similarity with `query` is above 0, with that
   * similarity. Complete by construction: each rule of `unitSimilarity` has a
   * table here that finds all the entries it could accept (initials excepted:
   * they are scored per candidate).
   */
  similarTo(query: ComparableUnit): Map<number, UnitSimilarity> {
    const found = new Map<number, UnitSimilarity>();
    const tried = new Set<number>();
    const consider = (ids: readonly number[] | undefined): void => {
      if (ids === undefined) return;
      for (const id of ids) {
        if (tried.has(id)) continue;
        tried.add(id);
        const similarity = unitSimilarity(query, this.entries[id]!);
        if (similarity.score > 0) found.set(id, similarity);
      }
    };
    for (const key of deletions(query.form, editBudget(query.form.length, query.joined))) {
      consider(this.#byDeletion.get(key));
    }
    if (query.form.length >= MIN_VARIANT_LENGTH - 1) consider(this.#byVowelKey.get(query.vowelKey));
    consider(this.#byCollapsed.get(collapseDoubles(query.form)));
    // The consonant rules apply when either side is romanized Arabic: a Latin
    // query only needs the Arabic entries.
    const byKey = query.fromArabic ? this.#byConsonantKey : this.#byArabicConsonantKey;
    const byDeletion = query.fromArabic ? this.#byConsonantDeletion : this.#byArabicConsonantDeletion;
    consider(byKey.get(query.consonantKey));
    if (query.consonantKey.length >= 4) {
      for (const key of deletions(query.consonantKey, 1)) consider(byDeletion.get(key));
    }
    return found;
  }

  /** Number of keys in the lookup tables (for memory reports). */
  get tableSize(): number {
    return (
      this.#byDeletion.size +
      this.#byVowelKey.size +
      this.#byCollapsed.size +
      this.#byConsonantKey.size +
      this.#byArabicConsonantKey.size +
      this.#byConsonantDeletion.size +
      this.#byArabicConsonantDeletion.size
    );
  }
}
