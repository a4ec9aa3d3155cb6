/**
 * The distinct units of all indexed names, with the lookup tables that find,
 * for a query unit, every listed unit the similarity could score above 0 —
 * without scanning the vocabulary.
 */
import { deletions, forEachDeletionHash } from '../normalize/keys.js';
import { HashMultimap, type HashMultimapData } from './hash-multimap.js';
import { editBudget, shortestVariantForm, unitSimilarity, type ComparableUnit, type UnitSimilarity } from '../match/similarity.js';
import { SCORING_MODEL, type ScoringModel } from '../scoring-model.js';

/** A distinct unit of the list and the names that contain it. */
export interface VocabularyEntry extends ComparableUnit {
  weight: number;
  /** Ids of the indexed names that contain this unit. */
  postings: number[];
}

/** A unit's consonant keys: its own, and its Persian reading when it has one. */
function consonantKeys(unit: ComparableUnit): string[] {
  return unit.altConsonantKey === undefined ? [unit.consonantKey] : [unit.consonantKey, unit.altConsonantKey];
}

/** The lookup tables of one kind of entry (single tokens or joined pairs). */
interface LookupTables {
  /** Deletion neighbourhoods of forms, up to each entry's own edit budget, as 32-bit hashes. */
  byDeletion: HashMultimap;
  /**
   * The same up to a joined pair's edit budget (single entries only): what
   * a joined query unit needs, in a table a third the size.
   */
  byNearDeletion: HashMultimap;
  byVowelKey: Map<string, Ids>;
  /** Forms with doubled letters made single. */
  byCollapsed: Map<string, Ids>;
  /** Consonant keys of all entries, and of the entries romanized from Arabic script. */
  byConsonantKey: Map<string, Ids>;
  byArabicConsonantKey: Map<string, Ids>;
  /** One-deletion neighbourhoods of consonant keys of `ruleLengths.nearConsonantKey` letters or more (all entries, Arabic ones). */
  byConsonantDeletion: Map<string, Ids>;
  byArabicConsonantDeletion: Map<string, Ids>;
  /** Korean syllable keys (single entries that have one). */
  byKoreanKey: Map<string, Ids>;
}

function newTables(): LookupTables {
  return {
    byDeletion: new HashMultimap(),
    byNearDeletion: new HashMultimap(),
    byVowelKey: new Map(),
    byCollapsed: new Map(),
    byConsonantKey: new Map(),
    byArabicConsonantKey: new Map(),
    byConsonantDeletion: new Map(),
    byArabicConsonantDeletion: new Map(),
    byKoreanKey: new Map(),
  };
}

/** The lookup tables as plain data (see `Vocabulary.toData`). */
type LookupTablesData = Omit<LookupTables, 'byDeletion' | 'byNearDeletion'> & { byDeletion: HashMultimapData; byNearDeletion: HashMultimapData };

/** A frozen {@link Vocabulary} as plain data (see `toData`). */
export interface VocabularyData {
  entries: VocabularyEntry[];
  tables: [LookupTablesData, LookupTablesData];
}

/** Ids under one key: most keys hold one id, kept as a number to spare an array. */
type Ids = number | number[];

function push<K>(map: Map<K, Ids>, key: K, id: number): void {
  const ids = map.get(key);
  if (ids === undefined) map.set(key, id);
  else if (typeof ids === 'number') {
    if (ids !== id) map.set(key, [ids, id]);
  } else if (ids[ids.length - 1] !== id) ids.push(id);
}

/**
 * What makes two units one entry. A Latin unit's keys follow from its form
 * (and from whether it is a joined pair), so its form says it all unless it
 * has a Korean key; a unit romanized from Arabic has keys its form does not
 * tell (ض and د both read d). Forms never contain `|`.
 */
function unitIdentity(unit: ComparableUnit): string {
  if (!unit.fromArabic && unit.koreanKey === undefined) return unit.joined ? `${unit.form}|j` : unit.form;
  return `${unit.form}|${unit.joined ? 1 : 0}|${unit.fromArabic ? 1 : 0}|${unit.consonantSource}|${unit.altConsonantSource ?? ''}|${unit.koreanKey ?? ''}`;
}

/**
 * A joined unit by all it is looked up with: its form and every key (a pair
 * of the whole-word kind and an adjacent pair of the same letters may differ
 * in their collapsed form; an Arabic pair's consonant keys follow its sources).
 */
function joinedIdentity(unit: ComparableUnit): string {
  return `${unit.form}|${unit.collapsed}|${unit.vowelKey}|${unit.consonantKey}|${unit.altConsonantKey ?? ''}|${unit.consonantSource}|${unit.altConsonantSource ?? ''}|${unit.fromArabic ? 1 : 0}|${unit.koreanKey ?? ''}`;
}

/** One lookup in progress: the unit looked up, which side it is on, what was found so far. */
interface Lookup {
  query: ComparableUnit;
  reversed: boolean;
  found: Map<number, UnitSimilarity> | undefined;
}

/** What a lookup that finds nothing returns (most joined query units). */
const NOTHING_SIMILAR: ReadonlyMap<number, UnitSimilarity> = new Map();

/**
 * Distinct units and lookup tables over them. The tables are cut at the
 * lengths and edit budgets of the model the vocabulary is made with, the
 * same numbers the similarity rules read: change one and both follow.
 */
export class Vocabulary {
  readonly entries: VocabularyEntry[] = [];
  /** The scoring numbers the similarity and the tables' cuts read. */
  readonly model: ScoringModel;
  readonly #variantForm: number;
  readonly #vowelsForm: number;
  readonly #nearKey: number;

  readonly #byIdentity = new Map<string, number>();
  /**
   * The lookup tables, one set for single-token entries and one for joined
   * pairs: a joined query unit is only ever compared with single entries.
   */
  readonly #tables: readonly [LookupTables, LookupTables];

  /** An empty vocabulary, or a frozen one from `toData`'s tables (a snapshot's, `src/snapshot/`, made with the same model). */
  constructor(model: ScoringModel = SCORING_MODEL, data?: VocabularyData) {
    this.model = model;
    this.#variantForm = shortestVariantForm(model);
    this.#vowelsForm = model.ruleLengths.vowels;
    this.#nearKey = model.ruleLengths.nearConsonantKey;
    if (data === undefined) {
      this.#tables = [newTables(), newTables()];
      return;
    }
    this.entries = data.entries;
    const tables = data.tables.map((t): LookupTables => ({ ...t, byDeletion: HashMultimap.fromData(t.byDeletion), byNearDeletion: HashMultimap.fromData(t.byNearDeletion) }));
    this.#tables = [tables[0]!, tables[1]!];
  }

  /** Returns the id of the unit, adding it when new. */
  intern(unit: ComparableUnit, weight: number): number {
    const identity = unitIdentity(unit);
    const known = this.#byIdentity.get(identity);
    if (known !== undefined) return known;
    const id = this.entries.length;
    this.entries.push({
      form: unit.form,
      vowelKey: unit.vowelKey,
      consonantKey: unit.consonantKey,
      consonantSource: unit.consonantSource,
      altConsonantKey: unit.altConsonantKey,
      altConsonantSource: unit.altConsonantSource,
      collapsed: unit.collapsed,
      fromArabic: unit.fromArabic,
      koreanKey: unit.koreanKey,
      joined: unit.joined,
      weight,
      postings: [],
    });
    this.#byIdentity.set(identity, id);
    const tables = this.#tables[unit.joined ? 1 : 0];
    forEachDeletionHash(unit.form, editBudget(unit.form.length, unit.joined, this.model), (hash) => tables.byDeletion.add(hash, id));
    if (!unit.joined) forEachDeletionHash(unit.form, Math.min(this.model.editBudget.joined, editBudget(unit.form.length, false, this.model)), (hash) => tables.byNearDeletion.add(hash, id));
    if (!unit.joined && unit.form.length >= this.#variantForm) push(tables.byVowelKey, unit.vowelKey, id);
    push(tables.byCollapsed, unit.collapsed, id);
    if (unit.koreanKey !== undefined) push(tables.byKoreanKey, unit.koreanKey, id);
    for (const consonantKey of consonantKeys(unit)) {
      push(tables.byConsonantKey, consonantKey, id);
      if (unit.fromArabic) push(tables.byArabicConsonantKey, consonantKey, id);
      if (!unit.joined && consonantKey.length >= this.#nearKey) {
        for (const key of deletions(consonantKey, 1)) {
          push(tables.byConsonantDeletion, key, id);
          if (unit.fromArabic) push(tables.byArabicConsonantDeletion, key, id);
        }
      }
    }
    return id;
  }

  /** The deletion hashes of the unit being looked up (`#lookUp`; reused). */
  readonly #hashes: number[] = [];
  /** Visit stamps (one per entry) so that a lookup checks each entry once without a Set. */
  #stamp = new Uint32Array(1024);
  #generation = 0;
  /** Recent answers of similarTo by unit identity: names repeat their words. */
  readonly #recent = new Map<string, ReadonlyMap<number, UnitSimilarity>>();
  /** The same for joined units, by every key a lookup reads (`joinedIdentity`). */
  readonly #recentJoined = new Map<string, ReadonlyMap<number, UnitSimilarity>>();
  static readonly RECENT_CAPACITY = 20_000;

  /**
   * Every entry whose similarity with `query` is above 0, with that
   * similarity (memoized per unit; the vocabulary never changes). Complete by construction: each rule of `unitSimilarity` has a
   * table here that finds all the entries it could accept (initials excepted:
   * they are scored per candidate).
   */
  similarTo(query: ComparableUnit): ReadonlyMap<number, UnitSimilarity> {
    // Joined pairs recur less (about half of a text's do: the same window searched again, a name
    // repeated); they have their own memo, so that they never push out the words.
    if (query.joined) return this.#remembered(this.#recentJoined, joinedIdentity(query), query);
    // A Latin word's keys follow from its form; an Arabic word's do not (ض and د both read d).
    const identity = query.fromArabic ? `${query.form}|${query.consonantSource}|${query.altConsonantSource ?? ''}` : query.koreanKey === undefined ? query.form : `${query.form}|k`;
    return this.#remembered(this.#recent, identity, query);
  }

  /** `#lookUp` of a unit, kept in `memo` by its identity (the memo starts over when full). */
  #remembered(memo: Map<string, ReadonlyMap<number, UnitSimilarity>>, identity: string, query: ComparableUnit): ReadonlyMap<number, UnitSimilarity> {
    const known = memo.get(identity);
    if (known !== undefined) return known;
    const found = this.#lookUp(query);
    if (memo.size >= Vocabulary.RECENT_CAPACITY) memo.clear();
    memo.set(identity, found);
    return found;
  }

  /**
   * The other way round: every entry `e` for which `unitSimilarity(e, listed)`
   * is above 0 — the entries as queries against one listed unit. Used by a
   * vocabulary of parties' units to find the parties a new designation's
   * unit concerns. Complete for the same reason as `similarTo`: every table
   * relation (deletion neighbourhoods, vowel keys, collapsed forms, consonant
   * keys) is symmetric, and the similarity is checked in the query's order.
   */
  queriesSimilarTo(listed: ComparableUnit): ReadonlyMap<number, UnitSimilarity> {
    return this.#lookUp(listed, true);
  }

  #lookUp(query: ComparableUnit, reversed = false): ReadonlyMap<number, UnitSimilarity> {
    if (this.#stamp.length < this.entries.length) this.#stamp = new Uint32Array(this.entries.length * 2);
    if (++this.#generation === 0xffffffff) {
      this.#stamp.fill(0);
      this.#generation = 1;
    }
    const lookup: Lookup = { query, reversed, found: undefined };
    const check = this.#checker(lookup);
    const budget = editBudget(query.form.length, query.joined, this.model);
    // The form's deletion neighbourhood, hashed once for both kinds of table.
    const hashes = this.#hashes;
    let hashCount = 0;
    forEachDeletionHash(query.form, budget, (hash) => {
      hashes[hashCount++] = hash;
    });
    const keys = consonantKeys(query);
    // (computed once for both kinds of table, and only when a consonant rule may apply)
    let keyDeletions: string[] | undefined;
    // A joined query unit is compared with single entries only.
    for (let kind = 0; kind < (query.joined ? 1 : 2); kind++) {
      const tables = this.#tables[kind]!;
      // A joined query unit (edit budget 1) meets single entries within one deletion each.
      const byFormDeletion = query.joined ? tables.byNearDeletion : tables.byDeletion;
      for (let h = 0; h < hashCount; h++) byFormDeletion.forEach(hashes[h]!, check);
      if (!query.joined && query.form.length >= this.#variantForm) this.#consider(tables.byVowelKey.get(query.vowelKey), lookup);
      this.#consider(tables.byCollapsed.get(query.collapsed), lookup);
      if (query.koreanKey !== undefined) this.#consider(tables.byKoreanKey.get(query.koreanKey), lookup);
      // The vowels rule: single Latin tokens of the same consonant key (Sulayman / Salman).
      if (kind === 0 && !query.joined && !query.fromArabic && query.form.length >= this.#vowelsForm) this.#consider(tables.byConsonantKey.get(query.consonantKey), lookup);
      // The consonant rules apply when either side is romanized Arabic: a Latin
      // query only needs the Arabic entries.
      if (query.joined && !query.fromArabic) continue;
      const byKey = query.fromArabic ? tables.byConsonantKey : tables.byArabicConsonantKey;
      const byDeletion = query.fromArabic ? tables.byConsonantDeletion : tables.byArabicConsonantDeletion;
      for (const key of keys) this.#consider(byKey.get(key), lookup);
      keyDeletions ??= query.joined ? [] : keys.flatMap((key) => (key.length < this.#nearKey ? [] : deletions(key, 1)));
      for (const shorter of keyDeletions) this.#consider(byDeletion.get(shorter), lookup);
    }
    return lookup.found ?? NOTHING_SIMILAR;
  }

  /** The hash-table visitor of one lookup (made once per lookup: the deletion tables call it per id). */
  #checker(lookup: Lookup): (id: number) => void {
    return (id) => this.#check(id, lookup);
  }

  #consider(ids: Ids | undefined, lookup: Lookup): void {
    if (ids === undefined) return;
    if (typeof ids === 'number') this.#check(ids, lookup);
    else for (const id of ids) this.#check(id, lookup);
  }

  /** Scores entry `id` against the lookup's unit once, keeping it when similar. */
  #check(id: number, lookup: Lookup): void {
    if (this.#stamp[id] === this.#generation) return;
    this.#stamp[id] = this.#generation;
    const entry = this.entries[id]!;
    const similarity = lookup.reversed ? unitSimilarity(entry, lookup.query, this.model) : unitSimilarity(lookup.query, entry, this.model);
    if (similarity.score > 0) (lookup.found ??= new Map()).set(id, similarity);
  }

  /** Sorts the hashed tables: call once, after the last `intern`, before any lookup. */
  freeze(): void {
    for (const tables of this.#tables) {
      tables.byDeletion.freeze();
      tables.byNearDeletion.freeze();
    }
  }

  /**
   * The entries and lookup tables as plain data (maps, arrays, typed arrays),
   * for a snapshot: `new Vocabulary(SCORING_MODEL, data)` is the same frozen vocabulary.
   * Call after `freeze`; such a vocabulary takes no more `intern`.
   */
  toData(): VocabularyData {
    const [single, joined] = this.#tables;
    const data = (t: LookupTables): LookupTablesData => ({ ...t, byDeletion: t.byDeletion.toData(), byNearDeletion: t.byNearDeletion.toData() });
    return { entries: this.entries, tables: [data(single), data(joined)] };
  }

  /** Number of keys in the lookup tables (for memory reports). */
  get tableSize(): number {
    return this.#tables.reduce((sum, tables) => sum + Object.values(tables).reduce((n, map: { size: number }) => n + map.size, 0), 0);
  }
}
