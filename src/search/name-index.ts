/**
 * `NameIndex`: every name of a list prepared once, and a search that scores
 * only the names that could reach the threshold.
 */
import { alignNames, MAX_PARTNER_UNITS, type Alignment, type PartnerMask, type UnitSimilarityLookup } from '../match/align.js';
import { unitSimilarity, type SimilarityRule, type UnitSimilarity } from '../match/similarity.js';
import { ArgumentRangeError, describeValue, ErrorCodes } from '../errors.js';
import { expectList, expectObject, expectString, validateLimit, validateThreshold } from '../validate.js';
import { validateScoringModel } from '../scoring-model.js';
import { SCORING_MODEL, type ScoringModel } from '../scoring-model.js';
import { keepMatchable, toMatchable, type MatchableName } from '../match/units.js';
import { prepareName } from '../normalize/tokens.js';
import type { RecordKind, SanctionsList, SanctionsRecord } from '../types.js';
import { namesOf, type NameEntry, type NameSource } from './names.js';
import { requiredTokens } from './candidate-bound.js';
import { RestTypoPartners } from './rest-typo-partners.js';
import { isInitial } from '../normalize/initial.js';
import { RarityTable, type RarityTableData } from './rarity.js';
import { Vocabulary, type VocabularyData } from './vocabulary.js';
import { HashMultimap, type HashMultimapData } from './hash-multimap.js';
import { forEachLettersKey } from '../match/letters.js';

/** One indexed name of a designation. */
export interface IndexedName {
  id: number;
  record: SanctionsRecord;
  text: string;
  source: NameSource;
  /** The list field the name comes from. */
  origin: NameEntry['origin'];
  quality?: string;
  matchable: MatchableName;
  /** Vocabulary id of each unit of `matchable.units`. */
  unitIds: Int32Array;
}

/**
 * Indexed names made when first asked for, one at a time: a snapshot's
 * (`src/snapshot/index-codec.ts`). A single screen touches a few dozen of the
 * list's ~9,000 names; making them all up front was most of a cold start.
 */
export interface LazyNames {
  /** How many names there are (ids 0 … count − 1). */
  readonly count: number;
  /** The name of this id, made once (each call for an id returns the same object). */
  at(id: number): IndexedName;
}

/** A {@link NameIndex} as plain data (see `NameIndex.toData`). */
export interface NameIndexData {
  names: IndexedName[];
  rarity: RarityTableData;
  vocabulary: VocabularyData;
  /** The table of the names' letters. */
  letters: HashMultimapData;
}

/** Options of {@link NameIndex.search}. */
export interface NameSearchOptions {
  /**
   * Lowest name score returned.
   * @default the model's `threshold` ({@link DEFAULT_THRESHOLD}). Range: (0, 1].
   */
  threshold?: number;
  /**
   * Most designations returned (best first).
   * @default 10. Range: a positive integer.
   */
  limit?: number;
  /** Only designations of this kind. @default both */
  kind?: RecordKind | undefined;
  /**
   * Leaves out indexed names for which this returns true (leave-one-out evaluation).
   * @internal For the accuracy harness; not part of the published API.
   */
  skip?: ((name: IndexedName) => boolean) | undefined;
  /**
   * Whether a name is worth scoring, asked per candidate name with the
   * tokens of the name (bit mask) that some unit of the query is similar to:
   * all that the alignment could match (every bit set when the query has
   * too many units to tell). With it, a name that shares no similar unit
   * with a word of the query (initials aside) is no candidate either. Scores
   * are unchanged; names are only left out.
   * @internal For screenText, whose gate asks a hit to match some of the listed name's words.
   */
  admits?: (name: IndexedName, reachable: number) => boolean;
}

/** A designation found by a name search: its best-scoring name. */
export interface NameHit {
  record: SanctionsRecord;
  name: IndexedName;
  score: number;
  alignment: Alignment;
}

/** The unit similarity lookup of one search, pointed at each candidate name in turn. */
interface CandidateSimilarity {
  name: IndexedName | undefined;
  lookup: UnitSimilarityLookup;
  /** Which query units each of the name's units may be similar to (undefined: ask about every pair). */
  partners: PartnerMask | undefined;
}

/** The query prepared for search: its units and, per unit, the similar vocabulary entries. */
interface PreparedQuery {
  matchable: MatchableName;
  similar: Array<ReadonlyMap<number, UnitSimilarity> | undefined>;
}

const NO_SIMILARITY: UnitSimilarity = Object.freeze({ score: 0, rule: 'exact' });
/** Rules by which a unit is the listed one as spelt (exactly, doubled letters, a slip, the whole name's letters): all a short form is met by. */
const SPELT: ReadonlySet<SimilarityRule> = new Set<SimilarityRule>(['exact', 'doubled', 'edit', 'letters']);

/**
 * The normalized name index of one list. Build it once per list version; it
 * is immutable, so searches may run while a newer index is being built.
 *
 * @example
 * ```ts
 * import { loadBundledList, NameIndex } from 'unsc-screen';
 * const index = NameIndex.build(loadBundledList().list);
 * index.search('Mukhtar Belmukhtar')[0]?.record.referenceNumber; // 'QDi.136'
 * ```
 */
export class NameIndex {
  /** The names made so far, by id (all of them unless they come from a snapshot). */
  readonly #names: (IndexedName | undefined)[];
  /** Makes the names not made yet (a snapshot's), else undefined. */
  #lazy: LazyNames | undefined;
  /** How many names are indexed. */
  readonly nameCount: number;
  /** @internal Token rarity on the list (the Screener's partial indexes weigh with it). */
  readonly rarity: RarityTable;
  /** @internal The lookup tables (tests and benchmarks read them). */
  readonly vocabulary: Vocabulary;
  /** The scoring numbers of every search (the rarity table's and the vocabulary's too). */
  readonly model: ScoringModel;
  /** The heaviest single (not joined) unit: bounds what an initial can pair with. */
  readonly #maxSingleWeight: number;
  /** The listed words within the rest-agrees rule's reach of a query word (made at the first search that needs them). */
  #restTypoPartners: RestTypoPartners | undefined;
  #stamp: Uint32Array;
  #generation = 0;
  /** Per vocabulary entry, in one search: the query units similar to it (a bit each), valid where the stamp is the search's. */
  readonly #partnerBits: Int32Array;
  readonly #partnerStamp: Uint32Array;
  #partnerGeneration = 0;
  /** The names' letters (`match/letters.ts`) by one-deletion neighbourhood: finds every name one slip from a query's letters. */
  readonly #byLetters: HashMultimap;

  private constructor(names: IndexedName[] | LazyNames, rarity: RarityTable, vocabulary: Vocabulary, letters?: HashMultimap) {
    this.model = vocabulary.model;
    if (Array.isArray(names)) {
      this.#names = names;
      this.nameCount = names.length;
    } else {
      this.#lazy = names as LazyNames;
      this.nameCount = this.#lazy.count;
      this.#names = new Array<IndexedName | undefined>(this.nameCount);
    }
    this.rarity = rarity;
    this.vocabulary = vocabulary;
    this.#maxSingleWeight = vocabulary.entries.reduce((max, e) => (e.joined ? max : Math.max(max, e.weight)), 0);
    this.#stamp = new Uint32Array(this.nameCount);
    this.#partnerBits = new Int32Array(vocabulary.entries.length);
    this.#partnerStamp = new Uint32Array(vocabulary.entries.length);
    if (letters === undefined) {
      letters = new HashMultimap();
      for (const name of this.names) forEachLettersKey(name.matchable.letters, this.model, (hash) => letters!.add(hash, name.id));
      letters.freeze();
    }
    this.#byLetters = letters;
  }

  /** Every indexed name, by id (a snapshot's are all made on the first call). */
  get names(): readonly IndexedName[] {
    if (this.#lazy !== undefined) {
      for (let id = 0; id < this.nameCount; id++) this.nameAt(id);
      this.#lazy = undefined;
    }
    return this.#names as IndexedName[];
  }

  /** The indexed name of this id (`0 ≤ id < nameCount`), without making the others. */
  nameAt(id: number): IndexedName {
    return this.#names[id] ?? (this.#names[id] = this.#lazy!.at(id));
  }

  /**
   * Indexes every primary name, alias (split on `;`), original-script name and
   * bracketed short form of the list.
   *
   * @param options.records - Index only these records (a diff's added and
   *   changed designations), in time proportional to their number.
   * @param options.rarity - Token rarity to weigh with (the full list's), so
   *   that a partial index scores exactly like the full one. It carries its model.
   * @param options.model - The scoring numbers. @default the rarity table's, else {@link SCORING_MODEL}
   */
  static build(list: SanctionsList, options: { records?: readonly SanctionsRecord[]; rarity?: RarityTable; model?: ScoringModel } = {}): NameIndex {
    expectList(list);
    expectObject(options, 'options', ErrorCodes.INVALID_OPTION, true);
    const records = options.records ?? list.records;
    const model = options.rarity?.model ?? (options.model === undefined ? SCORING_MODEL : validateScoringModel(options.model));
    // What the index keeps is copied out of what prepareName and toMatchable
    // make, here (see `keepMatchable`): their own objects must die young.
    const prepared = records.flatMap((record) =>
      namesOf(record).map((entry) => ({ record, entry, tokens: [...prepareName(entry.text).tokens] })),
    );
    let rarity = options.rarity;
    if (rarity === undefined) {
      rarity = new RarityTable(model);
      for (const { tokens } of prepared) rarity.addName(tokens);
    }
    const vocabulary = new Vocabulary(model);
    const names: IndexedName[] = [];
    for (const { record, entry, tokens } of prepared) {
      const matchable = keepMatchable(toMatchable({ text: entry.text, tokens }, rarity!.weigh, { korean: isKorean(record), entity: record.kind === 'entity' }));
      if (matchable.units.length === 0) continue;
      const id = names.length;
      const unitIds = new Int32Array(matchable.units.length);
      matchable.units.forEach((unit, i) => {
        const vocabularyId = vocabulary.intern(unit, unit.weight);
        unitIds[i] = vocabularyId;
        const postings = vocabulary.entries[vocabularyId]!.postings;
        if (postings[postings.length - 1] !== id) postings.push(id);
      });
      names.push({
        id,
        record,
        text: entry.text,
        source: entry.source,
        origin: entry.origin,
        ...(entry.quality === undefined ? {} : { quality: entry.quality }),
        matchable,
        unitIds,
      });
    }
    vocabulary.freeze();
    return new NameIndex(names, rarity, vocabulary);
  }

  /**
   * The index as plain data (arrays, maps, typed arrays; names point at the
   * list's records), for a snapshot (`src/snapshot/`): serialize it in one
   * graph with the list, and `NameIndex.fromData` gives the same index.
   */
  toData(): NameIndexData {
    return { names: this.names as IndexedName[], rarity: this.rarity.toData(), vocabulary: this.vocabulary.toData(), letters: this.#byLetters.toData() };
  }

  /**
   * The index `toData` described (its arrays are used as they are, not
   * copied); its names may be made on demand (a snapshot's, {@link LazyNames}).
   */
  static fromData(data: Omit<NameIndexData, 'names'> & { names: IndexedName[] | LazyNames }): NameIndex {
    return new NameIndex(data.names, RarityTable.fromData(data.rarity, SCORING_MODEL), new Vocabulary(SCORING_MODEL, data.vocabulary), HashMultimap.fromData(data.letters));
  }

  /**
   * The designations whose best name scores at or above the threshold, best
   * first. Only names that share a similar unit with the heaviest query
   * tokens are scored; the others provably cannot reach the threshold
   * (see docs/DESIGN.md, "How candidates are found").
   *
   * @throws {ArgumentTypeError} (`UNSC_ERR_INVALID_QUERY`) when `query` is not a string.
   * @throws {ArgumentRangeError} (`UNSC_ERR_INVALID_OPTION`) for a threshold outside (0, 1], a bad limit or kind.
   */
  search(query: string, options: NameSearchOptions = {}): NameHit[] {
    const { threshold, limit } = validateSearchOptions(options, this.model);
    const prepared = this.#prepare(query);
    if (prepared === undefined) return [];
    const candidates = this.#candidates(prepared, threshold, options.admits !== undefined);
    if (candidates.length === 0) return [];
    const best = new Map<SanctionsRecord, NameHit>();
    const similarity = this.#similarityFor(prepared);
    for (const id of candidates) this.#consider(this.nameAt(id), prepared, similarity, threshold, options, best);
    return [...best.values()].sort(byScore).slice(0, limit);
  }

  /**
   * The same search by scoring every indexed name: slow, for tests and
   * benchmarks that check the candidate step loses nothing.
   * @internal
   */
  searchExhaustive(query: string, options: NameSearchOptions = {}): NameHit[] {
    const { threshold, limit } = validateSearchOptions(options, this.model);
    const prepared = this.#prepare(query);
    if (prepared === undefined) return [];
    const best = new Map<SanctionsRecord, NameHit>();
    const similarity = this.#similarityFor(prepared, true);
    for (const name of this.names) this.#consider(name, prepared, similarity, threshold, options, best);
    return [...best.values()].sort(byScore).slice(0, limit);
  }

  /**
   * How many indexed names a search for `query` would score (for benchmarks:
   * the rest are left out by the candidate step).
   * @internal
   */
  candidateCount(query: string, threshold = this.model.threshold): number {
    const prepared = this.#prepare(query);
    return prepared === undefined ? 0 : this.#candidates(prepared, threshold).length;
  }

  /** @internal Prepares a query with this list's token weights. */
  prepareQuery(query: string): MatchableName {
    return toMatchable(prepareName(query), this.rarity.weigh);
  }

  #prepare(query: string): PreparedQuery | undefined {
    expectString(query, 'name', ErrorCodes.INVALID_QUERY);
    const matchable = this.prepareQuery(query);
    if (matchable.totalWeight <= 0) return undefined;
    // Initials are scored per candidate (they pair with any word that starts with them).
    const similar = matchable.units.map((unit) =>
      isInitial(unit.form) ? undefined : this.vocabulary.similarTo(unit),
    );
    return { matchable, similar };
  }

  /**
   * Picks the query tokens every result must match (P): heaviest first, until
   * a name matching none of them is bounded below the threshold:
   *   score ≤ X / (X + c·w(P)),  X = ½ Σ_{t∉P} (w_t + m_t),
   * (c: `alignment.middleName` of the model, the lowest cost of an unmatched
   * query token, see align.ts) where m_t is the heaviest listed unit any query unit containing t matches.
   * Returns the ids of the names that contain a unit similar to one touching P,
   * and of those whose letters share a key with the query's (`match/letters.ts`):
   * names one slip apart as letters, which may share no similar unit at all.
   */
  #candidates(query: PreparedQuery, threshold: number, wordsOnly = false): number[] {
    const { matchable, similar } = query;
    this.#generation++;
    if (this.#generation === 0xffffffff) {
      this.#stamp.fill(0);
      this.#generation = 1;
    }
    const generation = this.#generation;
    const stamp = this.#stamp;
    const ids: number[] = [];
    // Names compared as letters (one slip apart) are found by their own keys, after the others (ties keep the name found first).
    const byLetters = () => {
      forEachLettersKey(matchable.letters, this.model, (hash) =>
        this.#byLetters.forEach(hash, (id) => {
          if (stamp[id] !== generation) {
            stamp[id] = generation;
            ids.push(id);
          }
        }),
      );
      return ids;
    };
    // Most names screened share no unit with the list: nothing to pick from.
    if (similar.every((found) => found !== undefined && found.size === 0)) return byLetters();
    const tokenCount = matchable.tokens.length;
    const heaviestPartner = new Array<number>(tokenCount).fill(0);
    matchable.units.forEach((unit, u) => {
      const found = similar[u];
      let max = 0;
      if (found === undefined) max = this.#maxSingleWeight;
      else for (const id of found.keys()) max = Math.max(max, this.vocabulary.entries[id]!.weight);
      for (let t = unit.first; t <= unit.last; t++) heaviestPartner[t] = Math.max(heaviestPartner[t]!, max);
    });
    // A name part the rest of a name vouches for pairs listed words no lookup finds (match/rest-agrees.ts).
    if (this.model.editBudget.restAgrees > 0) {
      const partners = (this.#restTypoPartners ??= new RestTypoPartners(this.vocabulary.entries, this.model));
      matchable.tokens.forEach((token, t) => {
        if (token.cls === 'name' && !token.fromArabic) heaviestPartner[t] = Math.max(heaviestPartner[t]!, partners.partnerBound(token.form, matchable.weights[t]!));
      });
    }
    const required = requiredTokens(matchable, threshold, heaviestPartner, this.model);
    // e.g. a query of initials only: every name, or those that share a similar unit with a word of the query.
    if (required === undefined && !wordsOnly) return Array.from({ length: this.nameCount }, (_, id) => id);
    matchable.units.forEach((unit, u) => {
      let touches = false;
      for (let t = unit.first; t <= unit.last; t++) if (required === undefined || required.has(t)) touches = true;
      const found = similar[u];
      if (!touches || found === undefined) return;
      for (const vocabularyId of found.keys()) {
        for (const id of this.vocabulary.entries[vocabularyId]!.postings) {
          if (stamp[id] !== generation) {
            stamp[id] = generation;
            ids.push(id);
          }
        }
      }
    });
    return byLetters();
  }

  /**
   * The unit similarity of the query with the name being considered: read
   * from the query's lookups (or computed, `direct`, for the exhaustive scan
   * and for initials). One function per search; `name` is set per candidate.
   */
  #similarityFor(query: PreparedQuery, direct = false): CandidateSimilarity {
    const { matchable, similar } = query;
    const model = this.model;
    const directBits = direct ? undefined : this.#markPartners(query);
    const bits = this.#partnerBits;
    const stamp = this.#partnerStamp;
    const generation = this.#partnerGeneration;
    // The exhaustive scan computes each query unit's similarity with each distinct
    // listed unit once (by vocabulary id: names repeat their words): a quarter less time.
    const scanned = direct ? matchable.units.map(() => new Array<UnitSimilarity | undefined>(this.vocabulary.entries.length)) : undefined;
    const state: CandidateSimilarity = {
      name: undefined,
      lookup: (q, l) => {
        const name = state.name!;
        let similarity: UnitSimilarity;
        if (scanned !== undefined) {
          const row = scanned[q]!;
          const id = name.unitIds[l]!;
          similarity = row[id] ??= unitSimilarity(matchable.units[q]!, name.matchable.units[l]!, model);
        } else {
          const found = similar[q];
          similarity = found === undefined ? unitSimilarity(matchable.units[q]!, name.matchable.units[l]!, model) : (found.get(name.unitIds[l]!) ?? NO_SIMILARITY);
        }
        // A bracketed short form (AQMI, RGB) is read letter by letter: met as spelt, never as a word that sounds alike (ACME).
        return name.source === 'short-form' && !SPELT.has(similarity.rule) ? NO_SIMILARITY : similarity;
      },
      partners:
        directBits === undefined
          ? undefined
          : (l) => {
              const id = state.name!.unitIds[l]!;
              return stamp[id] === generation ? bits[id]! | directBits : directBits;
            },
    };
    return state;
  }

  /**
   * Marks the partners of one search: a listed unit may only be similar to
   * the query units whose lookup found it (their bits, stamped with this
   * search's generation), and to those scored directly (initials: the mask
   * returned). Most units of a candidate name are similar to no query unit,
   * and are then skipped whole instead of being asked about once per query
   * unit. Undefined when the query has too many units for a mask.
   */
  #markPartners(query: PreparedQuery): number | undefined {
    const { similar } = query;
    if (similar.length > MAX_PARTNER_UNITS) return undefined;
    if (++this.#partnerGeneration === 0xffffffff) {
      this.#partnerStamp.fill(0);
      this.#partnerGeneration = 1;
    }
    const generation = this.#partnerGeneration;
    const bits = this.#partnerBits;
    const stamp = this.#partnerStamp;
    let direct = 0;
    for (let q = 0; q < similar.length; q++) {
      const found = similar[q];
      if (found === undefined) {
        direct |= 1 << q;
        continue;
      }
      for (const id of found.keys()) {
        if (stamp[id] !== generation) {
          stamp[id] = generation;
          bits[id] = 0;
        }
        bits[id]! |= 1 << q;
      }
    }
    return direct;
  }

  #consider(
    name: IndexedName,
    query: PreparedQuery,
    similarity: CandidateSimilarity,
    threshold: number,
    options: NameSearchOptions,
    best: Map<SanctionsRecord, NameHit>,
  ): void {
    if (options.kind !== undefined && name.record.kind !== options.kind) return;
    if (options.skip?.(name) === true) return;
    // The UN marks aliases it holds less reliable `Low` (often a nickname or a single word).
    const factor = this.model.aliasQuality[name.quality ?? ''] ?? 1;
    similarity.name = name;
    if (options.admits !== undefined && !options.admits(name, reachableTokens(name, query, similarity))) return;
    // (pairs only for names that may be kept)
    const alignment = alignNames(query.matchable, name.matchable, similarity.lookup, threshold / factor - 1e-9, similarity.partners, this.model);
    const score = alignment.score * factor;
    if (score < threshold) return;
    const previous = best.get(name.record);
    if (previous === undefined || score > previous.score) {
      best.set(name.record, { record: name.record, name, score, alignment });
    }
  }
}

/**
 * Whether a designation is of a Korean person or entity, whose names are
 * Korean syllables in McCune–Reischauer: designated under the DPRK regime
 * (reference numbers KPi, KPe) or of Korean nationality.
 */
export function isKorean(record: SanctionsRecord): boolean {
  if (record.referenceNumber.startsWith('KP')) return true;
  return record.kind === 'individual' && record.nationality.some((nationality) => /korea/i.test(nationality));
}

/** The tokens of a name (bit mask) that a unit of the query is similar to (an initial: that it begins); every bit when that is not known. */
function reachableTokens(name: IndexedName, query: PreparedQuery, similarity: CandidateSimilarity): number {
  const { partners, lookup } = similarity;
  if (partners === undefined) return ~0;
  const { unitSpans } = name.matchable;
  let mask = 0;
  for (let l = 0; l < unitSpans.length; l++) {
    const bits = partners(l);
    if (bits === 0) continue;
    for (let q = 0; q < query.similar.length; q++) {
      if ((bits & (1 << q)) !== 0 && lookup(q, l).score > 0) {
        mask |= unitSpans[l]!;
        break;
      }
    }
  }
  return mask;
}

function byScore(a: NameHit, b: NameHit): number {
  return b.score - a.score || a.record.referenceNumber.localeCompare(b.record.referenceNumber);
}

function validateSearchOptions(options: NameSearchOptions, model: ScoringModel): { threshold: number; limit: number } {
  expectObject(options, 'options', ErrorCodes.INVALID_OPTION);
  const threshold = validateThreshold(options.threshold ?? model.threshold, { aboveZero: true });
  const limit = validateLimit(options.limit ?? 10);
  if (options.kind !== undefined && options.kind !== 'individual' && options.kind !== 'entity') {
    throw new ArgumentRangeError(ErrorCodes.INVALID_OPTION, `Expected \`kind\` to be "individual" or "entity", got ${describeValue(options.kind)}`);
  }
  return { threshold, limit };
}
