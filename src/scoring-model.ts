/**
 * The scoring model: every number that decides a score, in one frozen,
 * versioned object. The matcher, the name index, the candidate bound and the
 * Screener read these numbers from the model they are given (the default is
 * {@link SCORING_MODEL}); nothing else in the code holds a scoring number.
 * docs/DESIGN.md explains each one and what it was measured to do, and
 * test/scoring-model.test.ts checks DESIGN.md's table against this object.
 *
 * A tuning run builds a variant with {@link withScoringModel} and passes it
 * as `model` to `Screener`, `NameIndex.build` or `compareNames` (the
 * accuracy bench does: `npm run bench:accuracy -- --model FILE.json`).
 *
 * @example
 * ```ts
 * import { Screener, SCORING_MODEL, withScoringModel } from 'unsc-screen';
 * SCORING_MODEL.version; // '1.24.0', named by every ScreenResult.options.model
 * const looser = withScoringModel({ version: 'try-low-alias', aliasQuality: { Low: 0.95 } });
 * const screener = Screener.fromBundledList({ model: looser });
 * ```
 */
import { ArgumentRangeError, ArgumentTypeError, describeValue, ErrorCodes } from './errors.js';

/** What a scoring model holds (see {@link SCORING_MODEL} for each field's meaning). */
export interface ScoringModel {
  /**
   * Names this set of numbers in every result (`ScreenResult.options.model`).
   * Changing any number changes the version.
   */
  readonly version: string;
  /** A score at or above this alerts, unless the caller sets a threshold. */
  readonly threshold: number;
  /** Similarity each unit rule gives (`match/similarity.ts`); the edit rule computes its own. */
  readonly similarity: {
    /** Same folded form. */
    readonly exact: number;
    /** The same but for a doubled letter: Essa / Esa. */
    readonly doubled: number;
    /** Same vowel key: Mohammed / Muhammad. */
    readonly variant: number;
    /** The same consonants, one edit beyond the budget: Sulayman / Salman. */
    readonly vowels: number;
    /** Most a consonant match gives, by the Arabic word's length: 2 letters or fewer, 3, 4, 5 or more. */
    readonly consonants: readonly [number, number, number, number];
    /** Lowest Arabic–Latin fit (`match/arabic-latin.ts`) for a consonant match. */
    readonly consonantsMinimumFit: number;
    /** The same Korean syllable in two romanizations. */
    readonly korean: number;
    /** A one-letter initial against a word that starts with it. */
    readonly initial: number;
    /** Most a name and the same name with the suffix -i (Hussein / Hosseini, Karim / Karami) give: another name, related. */
    readonly suffix: number;
  };
  /** Edits allowed between two tokens by the shorter one's length (`editBudget`). */
  readonly editBudget: {
    /** Up to this many letters, no edit. */
    readonly noEditUpTo: number;
    /** Up to this many letters, one edit; beyond, `beyond`. */
    readonly oneEditUpTo: number;
    /** Edits allowed beyond `oneEditUpTo` letters. */
    readonly beyond: number;
    /** Most edits for a joined pair of tokens. */
    readonly joined: number;
    /** One side romanized from Arabic: up to this many letters, no edit… */
    readonly arabicNoEditUpTo: number;
    /** …and at most this many beyond. */
    readonly arabic: number;
    /**
     * Most consonants an edit may replace by others where both words have as many consonants (`latinConsonants`): two
     * replaced make another name, not a spelling of it (Navros / Lavrov, two edits in a budget of two). A consonant
     * written for one of its transliteration class (`TRANSLITERATION_CLASSES`, match/similarity.ts) counts half.
     */
    readonly replacedConsonants: number;
    /** Edits a name part may be beyond its budget when the rest of the name agrees (`match/rest-agrees.ts`; 0: none)… */
    readonly restAgrees: number;
    /** …that is, when at least this many other pairs pair name parts… */
    readonly restParts: number;
    /** …and every other pair scores at least this. */
    readonly restSimilarity: number;
  };
  /** Shortest units a rule applies to. Candidate generation (`Vocabulary`) reads the same numbers, so it stays complete. */
  readonly ruleLengths: {
    /** The variant rule: both forms at least this long (or one shorter with one vowel: Pak / Paek). */
    readonly variant: number;
    /** The vowels rule: both forms at least this long. */
    readonly vowels: number;
    /** The consonants rule with the same key: keys and forms at least this long. */
    readonly consonantKey: number;
    /** The consonants rule with keys one edit apart: keys at least this long. */
    readonly nearConsonantKey: number;
  };
  /** Names compared as one string of letters (`match/letters.ts`): a slip or a moved space anywhere in a name of 2+ words. */
  readonly letters: {
    /** Both names have at least this many letters. */
    readonly minLength: number;
    /** Same letters in the same number of words: only the spaces moved (HASSAN ALI / HASSA NALI). */
    readonly sameLetters: number;
    /** One slip apart: two neighbours swapped or one letter dropped (KANG MNU KIL / KANG MUN KIL)… */
    readonly slip: number;
    /** …in names of at least this many words (Mohammad Ali is not Mohammad Wali). */
    readonly slipWords: number;
  };
  /** Costs of aligning a romanized Arabic word with a Latin one (`match/arabic-latin.ts`). */
  readonly arabicLatin: {
    /** A Latin vowel with no Arabic letter: a short vowel Arabic does not write. */
    readonly latinVowel: number;
    /** A Latin h, w or y with no Arabic letter (a glide, a final -ah). */
    readonly latinGlide: number;
    /** An Arabic long vowel or glide with no Latin letter. */
    readonly arabicVowel: number;
    /** The same at the end of the word: a suffix (Persian -i in Hamidi) that makes another name. */
    readonly arabicFinalVowel: number;
    /** A Latin i or y added at the end of the word (Salimi / سالم). */
    readonly latinFinalI: number;
    /** A Latin a, o or u at the end of the word with no Arabic letter: Arabic script writes a name's final vowel (ا ة ى و). */
    readonly latinFinalVowel: number;
    /** An Arabic h with no Latin letter (a final ه read as -a). */
    readonly arabicH: number;
    /** A word-initial alif met by any Latin vowel (اسلام Islam, اتحاد Ittihad). */
    readonly initialAlif: number;
    /** A long vowel met by another vowel than its own. */
    readonly otherVowel: number;
    /** A glide (w, y) met by its vowel (u/o, i/e) or back. */
    readonly glideVowel: number;
    /** Anything else: a consonant missing, added or replaced. */
    readonly other: number;
  };
  /** How much a token counts: class weight × short-name factor × rarity. */
  readonly weights: {
    /** By token class, before rarity. */
    readonly classes: {
      readonly name: number;
      readonly initial: number;
      readonly generic: number;
      readonly particle: number;
      readonly legal: number;
      readonly title: number;
    };
    /** Factor on a name part of at most `shortNameMaxLength` letters (Ali, Kim, Un). */
    readonly shortName: number;
    readonly shortNameMaxLength: number;
    /** The lowest rarity factor (the commonest token on the list, or a common one among people). */
    readonly minRarity: number;
    /**
     * How a name part's share of ordinary people (`search/name-frequency.ts`)
     * lowers its weight when it is matched (not when it is missing): factor 1
     * up to `rareShare`, `minFactor` from `commonShare` on, linear in the
     * logarithm between; matched rarity = max(`minRarity`, list rarity × factor).
     * `minFactor` 1 turns it off.
     */
    readonly population: {
      readonly rareShare: number;
      readonly commonShare: number;
      readonly minFactor: number;
    };
  };
  /** The alignment score (`match/align.ts`). */
  readonly alignment: {
    /** Cost per unit of weight of an unmatched query token when the listed name has words left over too (a conflict). */
    readonly unmatchedQuery: number;
    /** The same when the listed name is fully matched: the query only says more. */
    readonly extraQuery: number;
    /** The same when the query's extra words lie between matched ones, in the listed order (middle names); the lowest of the name-part costs, which the candidate bound relies on (with `unmatchedGeneric` when that is lower). */
    readonly middleName: number;
    /**
     * Cost per unit of weight of an unmatched generic company word of the query (Trading, Movement, Army) where `unmatchedQuery`
     * would apply and the listed name is an entity's: a company word added or replaced is no conflict of an entity's names (against
     * a person's name it costs a name part's cost: YUSUF TRADING is another party than Muhammad Yusuf). May be set below
     * `middleName`: the candidate bound takes the lower of the two.
     */
    readonly unmatchedGeneric: number;
    /** Cost per unit of weight of an unmatched listed token (a middle name the payment left out). */
    readonly unmatchedListed: number;
    /** Cost of an unmatched listed legal form when the query has none (a company's name met by a person's). */
    readonly unmatchedLegalForm: number;
    /** Share of the listed weight that may stay unmatched for the listed name to count as fully matched. */
    readonly fullyMatchedSlack: number;
    /** Matched query weight below which a score is scaled down in proportion (common words alone never alert). */
    readonly minMatchedWeight: number;
    /**
     * Most a score can be when its only pair of name parts is spelt otherwise (similarity below `similarity.doubled`) and the
     * query has a name part left over: a name that shares one word with the listed one, and that only in a like spelling (Ayla
     * Dias / Dass), is a weak match by name alone (evidence may still lift it). 1: no cap.
     */
    readonly oneFuzzyPart: number;
  };
  /** Factor on a name's score by alias quality (the UN's `Low`); qualities not named here count 1. */
  readonly aliasQuality: Readonly<Record<string, number>>;
  /** What each piece of evidence adds to the name score (`screen/evidence.ts`). */
  readonly evidence: {
    /** Same full birth date, on a day other than 1 January. */
    readonly birthDateSameDay: number;
    /**
     * Same full birth date, on 1 January: the day a record or a register
     * gives when only the year is known, so strangers born in the same year
     * share it far more often than another day.
     */
    readonly birthDateSameDayFirstJanuary: number;
    /** Same birth year, where the caller or the list gives only the year. */
    readonly birthYearMatch: number;
    /** Same year, both full dates, another day (a typo, or another person born that year). */
    readonly birthDateOtherDay: number;
    /** Inside a BETWEEN range or near an APPROXIMATELY year. */
    readonly birthDateInRange: number;
    /**
     * What a same year or a range adds falls by this times ln(N), N the
     * number of birth years that give that outcome against the designation
     * (`yearsGiving`: three listed years, a range of two, five around an
     * APPROXIMATELY year), since a stranger's year hits one of N years N
     * times as often; `birthYearMatch` and `birthDateInRange` are then the
     * weights at N = 1. 0 (the default model): measured held out and not
     * kept (docs/DESIGN.md); `npm run model:fit -- --year-count` fits it (into
     * bench/models/evidence-{fold}-year-count.json, never into this model).
     */
    readonly birthYearsCountWeight: number;
    /**
     * Factor on what a birth year, an other day or a range adds when the
     * nationality does not also agree (1: as alone; 0: a year alone lifts nothing).
     */
    readonly birthYearAloneFactor: number;
    /** A birth year, an other day or a range lifts only a name scoring at least this (a same-day date lifts any). */
    readonly birthYearMinNameScore: number;
    /** One year off: a typo or a rounded year. */
    readonly birthYearNear: number;
    /** Every listed birth date is further off. */
    readonly birthDateConflict: number;
    /** The party has a birth date, so it is a person, and the designation is an entity's. */
    readonly personAgainstEntity: number;
    /** A nationality the list gives. */
    readonly nationalityMatch: number;
    /**
     * The same by the caller's nationality (ISO code), where a shared
     * nationality is commoner or rarer than `nationalityMatch` says; a code
     * not named here counts `nationalityMatch`. Data of the fit, not typed.
     */
    readonly nationalityMatchByCountry: Readonly<Record<string, number>>;
    /** Factor on what a shared nationality adds when no birth date agrees (1: as alone). */
    readonly nationalityAloneFactor: number;
    /** The list gives nationalities, birth and address countries, and none is the caller's. */
    readonly nationalityConflict: number;
    /** A country of the listed addresses, birth places or nationalities. */
    readonly countryMatch: number;
  };
  /** How birth dates are compared (`screen/birth-dates.ts`). */
  readonly birthDates: {
    /** Years of tolerance around an APPROXIMATELY year. */
    readonly approximateYears: number;
    /** Years apart that are neither for nor against (a typed-in or rounded year). */
    readonly nearYears: number;
  };
  /** How far the Screener's name search reaches before evidence is weighed (`screen/list-state.ts`). */
  readonly search: {
    /** The name search never goes below this threshold, whatever evidence could add. */
    readonly minNameThreshold: number;
    /** Names searched per alert asked for… */
    readonly namesPerAlert: number;
    /** …and at least this many. */
    readonly minNames: number;
  };
}

/** A partial model: what {@link withScoringModel} changes. */
export type ScoringModelChanges = { version: string } & {
  [K in Exclude<keyof ScoringModel, 'version'>]?: ScoringModel[K] extends readonly number[]
    ? ScoringModel[K]
    : ScoringModel[K] extends Readonly<Record<string, number>>
      ? Partial<ScoringModel[K]>
      : { [L in keyof ScoringModel[K]]?: ScoringModel[K][L] extends Readonly<Record<string, number>> ? Partial<ScoringModel[K][L]> : ScoringModel[K][L] };
};

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * The scoring model of this release. Frozen to the last number; its values
 * are explained, with what each was measured to do on the dev sets, in
 * docs/DESIGN.md ("The scoring model").
 */
export const SCORING_MODEL: ScoringModel = deepFreeze({
  version: '1.24.0',
  threshold: 0.8,
  similarity: {
    exact: 1,
    doubled: 0.95,
    variant: 0.92,
    vowels: 0.85,
    consonants: [0.8, 0.85, 0.9, 0.95],
    consonantsMinimumFit: 0.75,
    korean: 0.9,
    initial: 0.6,
    suffix: 0.6,
  },
  editBudget: { noEditUpTo: 3, oneEditUpTo: 5, beyond: 2, joined: 1, arabicNoEditUpTo: 5, arabic: 1, replacedConsonants: 1, restAgrees: 1, restParts: 2, restSimilarity: 0.9 },
  ruleLengths: { variant: 4, vowels: 5, consonantKey: 1, nearConsonantKey: 4 },
  letters: { minLength: 6, sameLetters: 0.95, slip: 0.9, slipWords: 3 },
  arabicLatin: {
    latinVowel: 0.05,
    latinGlide: 0.3,
    arabicVowel: 0.6,
    arabicFinalVowel: 1,
    latinFinalI: 0.6,
    latinFinalVowel: 0.5,
    arabicH: 0.4,
    initialAlif: 0.05,
    otherVowel: 0.5,
    glideVowel: 0.1,
    other: 1,
  },
  weights: {
    classes: { name: 1, initial: 0.3, generic: 0.35, particle: 0.15, legal: 0.15, title: 0 },
    shortName: 0.6,
    shortNameMaxLength: 3,
    minRarity: 0.2,
    population: { rareShare: 1e-4, commonShare: 1e-2, minFactor: 1 },
  },
  alignment: {
    unmatchedQuery: 0.8,
    extraQuery: 0.5,
    middleName: 0.4,
    unmatchedGeneric: 0.5,
    unmatchedListed: 0.2,
    unmatchedLegalForm: 1,
    fullyMatchedSlack: 0.1,
    minMatchedWeight: 0.4,
    oneFuzzyPart: 0.75,
  },
  aliasQuality: { Low: 0.9 },
  evidence: {
    // evidence:begin (written by `npm run model:fit` from the fit on both folds)
    birthDateSameDay: 0.556,
    birthDateSameDayFirstJanuary: 0.375,
    birthYearMatch: 0.195,
    birthDateOtherDay: 0,
    birthDateInRange: 0.149,
    birthYearsCountWeight: 0,
    birthYearAloneFactor: 0.5,
    birthYearMinNameScore: 0.5,
    birthYearNear: 0,
    birthDateConflict: -0.296,
    nationalityMatch: 0.108,
    nationalityMatchByCountry: { AF: 0.05, CD: 0.132, CY: 0.162, DZ: 0.14, EG: 0.161, FR: 0.171, GB: 0.166, GW: 0.164, ID: 0.121, IQ: 0.028, IR: 0.197, JO: 0.162, KE: 0.158, KH: 0.172, KP: 0.004, KW: 0.129, LY: 0.165, MM: 0.2, PH: 0.115, PK: 0.112, PS: 0.159, QA: 0.159, RU: 0.154, SA: 0.162, SD: 0.173, SO: 0.153, SY: 0.22, TN: 0.114, UG: 0.159, US: 0.177, YE: 0.171 },
    nationalityAloneFactor: 0.5,
    nationalityConflict: -0.294,
    // evidence:end
    personAgainstEntity: -0.15,
    countryMatch: 0.02,
  },
  birthDates: { approximateYears: 2, nearYears: 1 },
  search: { minNameThreshold: 0.01, namesPerAlert: 3, minNames: 30 },
});

/**
 * Every number of a model with its path (`alignment.middleName`,
 * `similarity.consonants.2`), in the model's order: what DESIGN.md's table lists.
 */
export function scoringModelEntries(model: ScoringModel = SCORING_MODEL): Array<[path: string, value: number]> {
  validateScoringModel(model);
  const entries: Array<[string, number]> = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'number') entries.push([path, value]);
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, path === '' ? key : `${path}.${key}`);
    }
  };
  walk({ ...model, version: undefined }, '');
  return entries;
}

/**
 * A model made of {@link SCORING_MODEL} with some numbers changed, checked
 * and frozen: for tuning runs and sweeps (a sweep is data, not an edit of
 * the code). It needs a `version` of its own, so that its results say which
 * numbers made them.
 *
 * @throws {ArgumentTypeError} (`UNSC_ERR_INVALID_OPTION`) when `changes` is not an object with a version string.
 * @throws {ArgumentRangeError} (`UNSC_ERR_INVALID_OPTION`) for an unknown field or a number that is not finite.
 */
export function withScoringModel(changes: ScoringModelChanges, base: ScoringModel = SCORING_MODEL): ScoringModel {
  if (changes === null || typeof changes !== 'object' || typeof changes.version !== 'string' || changes.version === '') {
    throw new ArgumentTypeError(ErrorCodes.INVALID_OPTION, `Expected the model changes to be an object with a non-empty \`version\`, got ${describeValue(changes)}`);
  }
  const merge = (from: unknown, change: unknown, path: string): unknown => {
    if (change === undefined) return from;
    if (typeof from === 'number' || Array.isArray(from)) return change;
    if (change === null || typeof change !== 'object') {
      throw new ArgumentRangeError(ErrorCodes.INVALID_OPTION, `Expected \`model.${path}\` to be an object, got ${describeValue(change)}`);
    }
    // A fitted table replaces the base's whole (a country the variant leaves out falls back to `nationalityMatch`).
    const table = path === 'evidence.nationalityMatchByCountry';
    const merged: Record<string, unknown> = table ? {} : { ...(from as Record<string, unknown>) };
    const open = path === 'aliasQuality' || table;
    for (const [key, value] of Object.entries(change)) {
      if (!open && !(key in merged)) throw new ArgumentRangeError(ErrorCodes.INVALID_OPTION, `Unknown scoring model field \`model.${path}.${key}\``);
      merged[key] = merge(merged[key] ?? 1, value, `${path}.${key}`);
    }
    return merged;
  };
  const merged: Record<string, unknown> = { ...base, version: changes.version };
  for (const [key, value] of Object.entries(changes)) {
    if (key === 'version') continue;
    if (!(key in base)) throw new ArgumentRangeError(ErrorCodes.INVALID_OPTION, `Unknown scoring model field \`model.${key}\``);
    merged[key] = merge(base[key as keyof ScoringModel], value, key);
  }
  return deepFreeze(validateScoringModel(merged, 'model'));
}

/**
 * Returns `value` when it is a whole scoring model: the fields of
 * {@link SCORING_MODEL}, each a finite number (arrays of the same length),
 * and a version string.
 *
 * @throws {ArgumentTypeError} or {ArgumentRangeError} (`UNSC_ERR_INVALID_OPTION`) otherwise.
 */
export function validateScoringModel(value: unknown, name = 'model'): ScoringModel {
  if (value === SCORING_MODEL) return SCORING_MODEL;
  if (value === null || typeof value !== 'object') {
    throw new ArgumentTypeError(ErrorCodes.INVALID_OPTION, `Expected \`${name}\` to be a scoring model (see SCORING_MODEL), got ${describeValue(value)}`);
  }
  const version = (value as { version?: unknown }).version;
  if (typeof version !== 'string' || version === '') {
    throw new ArgumentTypeError(ErrorCodes.INVALID_OPTION, `Expected \`${name}.version\` to be a non-empty string, got ${describeValue(version)}`);
  }
  const check = (reference: unknown, actual: unknown, path: string): void => {
    if (typeof reference === 'number') {
      if (typeof actual !== 'number' || !Number.isFinite(actual)) {
        throw new ArgumentRangeError(ErrorCodes.INVALID_OPTION, `Expected \`${path}\` to be a finite number, got ${describeValue(actual)}`);
      }
      return;
    }
    if (actual === null || typeof actual !== 'object' || Array.isArray(reference) !== Array.isArray(actual)) {
      throw new ArgumentTypeError(ErrorCodes.INVALID_OPTION, `Expected \`${path}\` to be ${Array.isArray(reference) ? 'an array' : 'an object'}, got ${describeValue(actual)}`);
    }
    if (path === `${name}.aliasQuality` || path === `${name}.evidence.nationalityMatchByCountry`) {
      for (const [key, child] of Object.entries(actual)) check(1, child, `${path}.${key}`);
      return;
    }
    if (Array.isArray(reference) && reference.length !== (actual as unknown[]).length) {
      throw new ArgumentRangeError(ErrorCodes.INVALID_OPTION, `Expected \`${path}\` to have ${reference.length} numbers, got ${describeValue(actual)}`);
    }
    for (const [key, child] of Object.entries(reference as object)) check(child, (actual as Record<string, unknown>)[key], `${path}.${key}`);
  };
  for (const [key, child] of Object.entries(SCORING_MODEL)) if (key !== 'version') check(child, (value as Record<string, unknown>)[key], `${name}.${key}`);
  return value as ScoringModel;
}
