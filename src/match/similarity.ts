/**
 * How alike two tokens (or two joined token pairs) are: one number in [0, 1]
 * and the rule that gave it, so that every alignment explains itself.
 */
import type { TokenKeys } from '../normalize/tokens.js';
import { latinConsonants } from '../normalize/keys.js';
import { arabicLatinSimilarity } from './arabic-latin.js';
import { boundedEditDistance } from './distance.js';

/** The part of a prepared token (or of two joined tokens) the similarity reads. */
export interface ComparableUnit extends TokenKeys {
  /** True for a joined pair of adjacent tokens. */
  joined: boolean;
}

/** Which rule made two units alike. */
export type SimilarityRule = 'exact' | 'doubled' | 'variant' | 'edit' | 'vowels' | 'consonants' | 'korean' | 'initial';

/** Similarity of two units. */
export interface UnitSimilarity {
  score: number;
  rule: SimilarityRule;
}

/** Similarity given by each rule (the edit rule computes its own). */
export const RULE_SCORES = Object.freeze({
  exact: 1,
  /** The same but for a doubled letter: Essa / Esa, Jong-uun / Jong-un. */
  doubled: 0.95,
  /** Same vowel key: Mohammed / Muhammad, Hejazi / Hijazi. */
  variant: 0.92,
  /** The same consonants, one edit more than the budget: Sulayman / Salman, Daras / Darassa. */
  vowels: 0.85,
  /**
   * Most a consonant match can give, one side romanized from Arabic script
   * (محمد / Mohammed), by the length of the Arabic word: 2 letters or fewer,
   * 3, 4, 5 or more. Short words share consonants by chance.
   */
  consonants: [0.7, 0.8, 0.9, 0.95] as const,
  /** Lowest alignment (arabic-latin.ts) for a consonant match. */
  consonantsMinimumFit: 0.75,
  /** The same Korean syllable in two romanizations: Cho'ng / Jong, Gyu / Kyu (korean.ts). */
  korean: 0.9,
  /** A one-letter initial against a word that starts with it. */
  initial: 0.6,
});

/**
 * Edits allowed between two tokens, by the length of the shorter: none up to
 * 3 letters (Ali/Ala are different names), 1 up to 5, 2 beyond; joined pairs
 * allow 1.
 */
export function editBudget(shorterLength: number, joined: boolean): number {
  if (shorterLength <= 3) return 0;
  if (shorterLength <= 5 || joined) return 1;
  return 2;
}

/** `pak` / `paek`, `sok` / `suk`, `wol` / `wuol`: one vowel between two consonants (Korean, Nilotic syllables). */
function isConsonantVowelConsonant(form: string): boolean {
  return form.length === 3 && CONSONANT_VOWEL_CONSONANT.test(form);
}
const CONSONANT_VOWEL_CONSONANT = /^[b-df-hj-np-tv-z][aeiouy][b-df-hj-np-tv-z]$/;

/** The smallest vowel-key and consonant-key lengths for which those rules apply. */
export const MIN_VARIANT_LENGTH = 4;
export const MIN_CONSONANT_KEY_LENGTH = 2;

const NO_MATCH: UnitSimilarity = Object.freeze({ score: 0, rule: 'exact' });

/**
 * The similarity of a query unit and a listed unit: the best of
 * - `exact`: same folded form (1);
 * - `doubled`: the same once doubled letters are single (0.95);
 * - `edit`: within the edit budget, 1 − edits / (shorter length + 1);
 * - `variant`: same vowel key (0.92), both single Latin tokens of at least 4
 *   letters, or of 3 with one vowel between two consonants (Pak / Paek);
 * - `vowels`: both single Latin tokens of at least 5 letters that differ in
 *   their vowels only (the same consonant key, and the same consonants in the
 *   same order: `latinConsonants`), at most one edit beyond the edit budget
 *   (0.85): transliterations that write an Arabic name's short vowels
 *   differently (Sulayman / Salman, Husari / Hasri, Daras / Darassa);
 * - `consonants`: one side from Arabic script, the same consonant key (both
 *   forms and keys of 2 letters or more) or, for single tokens,
 *   keys of 4 letters or more one edit apart with the same first letter; then
 *   the score is how well the Arabic word fits the Latin one (arabic-latin.ts,
 *   at least 0.75) times 0.7, 0.8, 0.9 or 0.95 by the Arabic word's length;
 * - `korean`: both single tokens are one Korean syllable with the same key in
 *   McCune–Reischauer and Revised Romanization (0.9; korean.ts);
 * - `initial`: the query is one letter and the listed token starts with it (0.6).
 * Two joined pairs, and anything else, give 0.
 *
 * @example
 * ```ts
 * unitSimilarity(unit('scholz'), unit('scholze')).score // ≈ 0.857 (edit)
 * unitSimilarity(unit('mohammed'), unit('muhammad')).rule // 'variant'
 * ```
 */
export function unitSimilarity(query: ComparableUnit, listed: ComparableUnit): UnitSimilarity {
  const a = query.form;
  const b = listed.form;
  // Two joined pairs are never compared: their words are compared one by one
  // (same coverage, same similarity), and an edit across a joined pair could
  // fall inside a short word, where none is allowed (Mohammad Ali / Mohammad Wali).
  if (query.joined && listed.joined) return NO_MATCH;
  if (a === b) return { score: RULE_SCORES.exact, rule: 'exact' };
  const shorter = Math.min(a.length, b.length);
  if (a.length === 1 && a >= 'a' && a <= 'z') {
    return b.startsWith(a) && !listed.joined ? { score: RULE_SCORES.initial, rule: 'initial' } : NO_MATCH;
  }
  if (query.collapsed === listed.collapsed) return { score: RULE_SCORES.doubled, rule: 'doubled' };
  let best = NO_MATCH;
  // Romanized Arabic script writes no short vowels, so each letter of it is a
  // consonant or a long vowel: an edit there changes the name more.
  const arabic = query.fromArabic || listed.fromArabic;
  const budget = arabic
    ? Math.min(shorter <= 5 ? 0 : 1, editBudget(shorter, query.joined || listed.joined))
    : editBudget(shorter, query.joined || listed.joined);
  // A number tells two vessels, offices or series apart: edits may touch letters only.
  if (budget > 0 && sameDigits(a, b)) {
    const distance = boundedEditDistance(a, b, budget);
    if (distance <= budget) best = { score: 1 - distance / (shorter + 1), rule: 'edit' };
  }
  // The looser rules compare single tokens only: on a joined pair they would
  // let a heavy word hide behind a light one (Sarah Hill / Sarah al-…).
  const joined = query.joined || listed.joined;
  if (
    !joined &&
    !arabic &&
    best.score < RULE_SCORES.variant &&
    (shorter >= MIN_VARIANT_LENGTH || (shorter === 3 && isConsonantVowelConsonant(a.length === 3 ? a : b))) &&
    query.vowelKey === listed.vowelKey
  ) {
    best = { score: RULE_SCORES.variant, rule: 'variant' };
  }
  if (!joined && !arabic && best.score < RULE_SCORES.vowels && differInVowelsOnly(query, listed, shorter, budget)) {
    best = { score: RULE_SCORES.vowels, rule: 'vowels' };
  }
  if (!joined && best.score < RULE_SCORES.korean && query.koreanKey !== undefined && query.koreanKey === listed.koreanKey) {
    best = { score: RULE_SCORES.korean, rule: 'korean' };
  }
  // A Latin joined pair never meets Arabic script by consonants: long
  // skeletons of two Latin words collide with unrelated Arabic words.
  const latinJoined = (query.joined && !query.fromArabic) || (listed.joined && !listed.fromArabic);
  if (!latinJoined && arabic) {
    for (const [ka, sa] of readings(query)) {
      for (const [kb, sb] of readings(listed)) {
        const score = consonantScore(ka, sa, kb, sb, query.fromArabic, shorter, joined);
        if (score > best.score) best = { score, rule: 'consonants' };
      }
    }
  }
  return best;
}

/** Shortest single Latin tokens the `vowels` rule compares: shorter ones share consonants by chance (Olga / Oleg). */
export const MIN_VOWELS_LENGTH = 5;

/** The `vowels` rule's test for two single Latin units (see unitSimilarity). */
function differInVowelsOnly(query: ComparableUnit, listed: ComparableUnit, shorter: number, budget: number): boolean {
  if (shorter < MIN_VOWELS_LENGTH || query.consonantKey !== listed.consonantKey) return false;
  if (latinConsonants(query.form) !== latinConsonants(listed.form)) return false;
  return boundedEditDistance(query.form, listed.form, budget + 1) <= budget + 1;
}

/** Whether two forms carry the same digits in the same order (`bong5` and `bong` do not). */
function sameDigits(a: string, b: string): boolean {
  const digitsA = a.replace(NOT_DIGIT, '');
  return digitsA === b.replace(NOT_DIGIT, '');
}
const NOT_DIGIT = /\D+/g;

/** The consonant key and source of a unit, and its Persian reading when it has one. */
function readings(unit: ComparableUnit): Array<readonly [string, string]> {
  return unit.altConsonantKey === undefined
    ? [[unit.consonantKey, unit.consonantSource]]
    : [
        [unit.consonantKey, unit.consonantSource],
        [unit.altConsonantKey, unit.altConsonantSource!],
      ];
}

/** The consonants rule for one reading of each side (see unitSimilarity). */
function consonantScore(
  ka: string,
  sa: string,
  kb: string,
  sb: string,
  queryIsArabic: boolean,
  shorter: number,
  joined: boolean,
): number {
  const keyLength = Math.min(ka.length, kb.length);
  const sameKey = keyLength >= MIN_CONSONANT_KEY_LENGTH && shorter >= 2 && ka === kb;
  const nearKey = !sameKey && !joined && keyLength >= 4 && ka[0] === kb[0] && boundedEditDistance(ka, kb, 1) <= 1;
  if (!sameKey && !nearKey) return 0;
  const [arabic, latin] = queryIsArabic ? [sa, sb] : [sb, sa];
  const fit = arabicLatinSimilarity(arabic, latin);
  const cap = RULE_SCORES.consonants[Math.min(3, Math.max(0, arabic.length - 2))]!;
  return fit >= RULE_SCORES.consonantsMinimumFit ? cap * fit : 0;
}
