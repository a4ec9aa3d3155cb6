/**
 * How alike two tokens (or two joined token pairs) are: one number in [0, 1]
 * and the rule that gave it, so that every alignment explains itself.
 */
import type { TokenKeys } from '../normalize/tokens.js';
import { latinConsonants } from '../normalize/keys.js';
import { isInitial } from '../normalize/initial.js';
import { arabicLatinSimilarity } from './arabic-latin.js';
import { boundedEditDistance } from '../text/distance.js';
import { SCORING_MODEL, type ScoringModel } from '../scoring-model.js';

/** The part of a prepared token (or of two joined tokens) the similarity reads. */
export interface ComparableUnit extends TokenKeys {
  /** True for a joined pair of adjacent tokens. */
  joined: boolean;
}

/** Which rule made two units alike (`letters`: two whole names compared as letters, `letters.ts`). */
export type SimilarityRule = 'exact' | 'doubled' | 'variant' | 'edit' | 'vowels' | 'consonants' | 'korean' | 'initial' | 'letters' | 'suffix';

/** Similarity of two units. */
export interface UnitSimilarity {
  score: number;
  rule: SimilarityRule;
}

/**
 * Edits allowed between two tokens, by the length of the shorter: none up to
 * `editBudget.noEditUpTo` letters (Ali/Ala are different names), 1 up to
 * `editBudget.oneEditUpTo`, `editBudget.beyond` after; joined pairs allow
 * `editBudget.joined` (numbers of {@link SCORING_MODEL}).
 */
export function editBudget(shorterLength: number, joined: boolean, model: ScoringModel = SCORING_MODEL): number {
  const budget = model.editBudget;
  if (shorterLength <= budget.noEditUpTo) return 0;
  if (joined) return budget.joined;
  return shorterLength <= budget.oneEditUpTo ? 1 : budget.beyond;
}

/**
 * Length of the short syllables the `variant` rule also accepts when they
 * have one vowel between two consonants (`pak` / `paek`, `sok` / `suk`,
 * `wol` / `wuol`: Korean, Nilotic syllables).
 */
export const SYLLABLE_VARIANT_LENGTH = 3;

function isConsonantVowelConsonant(form: string): boolean {
  return form.length === SYLLABLE_VARIANT_LENGTH && CONSONANT_VOWEL_CONSONANT.test(form);
}
const CONSONANT_VOWEL_CONSONANT = /^[b-df-hj-np-tv-z][aeiouy][b-df-hj-np-tv-z]$/;

/**
 * Shortest form the `variant` rule compares: what the vocabulary indexes by
 * vowel key, so that candidate generation finds every pair the rule accepts.
 */
export function shortestVariantForm(model: ScoringModel): number {
  return Math.min(model.ruleLengths.variant, SYLLABLE_VARIANT_LENGTH);
}

const NO_MATCH: UnitSimilarity = Object.freeze({ score: 0, rule: 'exact' });

/**
 * The similarity of a query unit and a listed unit: the best of the rules
 * below, each scoring what `model.similarity` ({@link SCORING_MODEL} by
 * default) says, with the shortest lengths of `model.ruleLengths`:
 * - `exact`: same folded form;
 * - `doubled`: the same once doubled letters are single;
 * - `edit`: within the edit budget ({@link editBudget}), 1 − edits / (shorter length + 1),
 *   unless two edits or more replace more than `editBudget.replacedConsonants`
 *   consonants ({@link replacedConsonants}: Navros is not Lavrov; a consonant
 *   of the same transliteration class does not count: Wladimirow is Vladimirov);
 * - `variant`: same vowel key, both single Latin tokens of at least
 *   `ruleLengths.variant` letters, or of 3 with one vowel between two
 *   consonants (Pak / Paek);
 * - `vowels`: both single Latin tokens of at least `ruleLengths.vowels`
 *   letters that differ in their vowels only (the same consonant key, and the
 *   same consonants in the same order: `latinConsonants`), at most one edit
 *   beyond the edit budget: transliterations that write an Arabic name's
 *   short vowels differently (Sulayman / Salman, Husari / Hasri, Daras / Darassa);
 * - `consonants`: one side from Arabic script, the same consonant key (both
 *   forms and keys of `ruleLengths.consonantKey` letters or more, and a
 *   consonant in the key) or, for
 *   single tokens, keys of `ruleLengths.nearConsonantKey` letters or more one
 *   edit apart with the same first letter; then the score is how well the
 *   Arabic word fits the Latin one (arabic-latin.ts, at least
 *   `similarity.consonantsMinimumFit`) times `similarity.consonants[…]` by the
 *   Arabic word's length;
 * - `korean`: both single tokens are one Korean syllable with the same key in
 *   McCune–Reischauer and Revised Romanization (korean.ts);
 * - `initial`: the query is one letter and the listed token starts with it;
 * - `suffix`: single Latin tokens one of which ends in -i or -y after a
 *   consonant where the other ends in a consonant (`addsNisba`: Hosseini /
 *   Hussein, Karami / Karim): another name made of the first, not another
 *   spelling of it, so the variant and vowels rules and edits beyond the one
 *   dropped letter give `similarity.suffix` at most.
 * Two joined pairs, and anything else, give 0.
 *
 * @example
 * ```ts
 * unitSimilarity(unit('scholz'), unit('scholze')).score // ≈ 0.857 (edit)
 * unitSimilarity(unit('mohammed'), unit('muhammad')).rule // 'variant'
 * ```
 */
export function unitSimilarity(query: ComparableUnit, listed: ComparableUnit, model: ScoringModel = SCORING_MODEL): UnitSimilarity {
  const scores = model.similarity;
  const a = query.form;
  const b = listed.form;
  // Two joined pairs are never compared: their words are compared one by one
  // (same coverage, same similarity), and an edit across a joined pair could
  // fall inside a short word, where none is allowed (Mohammad Ali / Mohammad Wali).
  if (query.joined && listed.joined) return NO_MATCH;
  if (a === b) return { score: scores.exact, rule: 'exact' };
  const shorter = Math.min(a.length, b.length);
  if (isInitial(a)) {
    return b.startsWith(a) && !listed.joined ? { score: scores.initial, rule: 'initial' } : NO_MATCH;
  }
  if (query.collapsed === listed.collapsed) return { score: scores.doubled, rule: 'doubled' };
  let best = NO_MATCH;
  // Romanized Arabic script writes no short vowels, so each letter of it is a
  // consonant or a long vowel: an edit there changes the name more.
  const arabic = query.fromArabic || listed.fromArabic;
  const nisba = !arabic && !query.joined && !listed.joined && addsNisba(a, b);
  const budget = arabic
    ? Math.min(shorter <= model.editBudget.arabicNoEditUpTo ? 0 : model.editBudget.arabic, editBudget(shorter, query.joined || listed.joined, model))
    : editBudget(shorter, query.joined || listed.joined, model);
  // A number tells two vessels, offices or series apart: edits may touch letters only.
  // (Lengths further apart than the budget cannot be within it: the cheap test first.)
  if (budget > 0 && Math.abs(a.length - b.length) <= budget && sameDigits(a, b)) {
    const distance = boundedEditDistance(a, b, budget);
    if (distance <= budget && (!nisba || distance <= SUFFIX_EDITS) && (distance < 2 || replacedConsonants(a, b) <= model.editBudget.replacedConsonants)) {
      best = { score: 1 - distance / (shorter + 1), rule: 'edit' };
    }
  }
  // Another name made by a suffix: related, never a variant spelling.
  if (nisba) return relatedBySuffix(query, listed, shorter, best, model);
  // The looser rules compare single tokens only: on a joined pair they would
  // let a heavy word hide behind a light one (Sarah Hill / Sarah al-…).
  const joined = query.joined || listed.joined;
  if (
    !joined &&
    !arabic &&
    best.score < scores.variant &&
    (shorter >= model.ruleLengths.variant || (shorter === SYLLABLE_VARIANT_LENGTH && isConsonantVowelConsonant(a.length === 3 ? a : b))) &&
    query.vowelKey === listed.vowelKey
  ) {
    best = { score: scores.variant, rule: 'variant' };
  }
  if (!joined && !arabic && best.score < scores.vowels && differInVowelsOnly(query, listed, shorter, budget, model)) {
    best = { score: scores.vowels, rule: 'vowels' };
  }
  if (!joined && best.score < scores.korean && query.koreanKey !== undefined && query.koreanKey === listed.koreanKey) {
    best = { score: scores.korean, rule: 'korean' };
  }
  // A Latin joined pair never meets Arabic script by consonants: long
  // skeletons of two Latin words collide with unrelated Arabic words.
  const latinJoined = (query.joined && !query.fromArabic) || (listed.joined && !listed.fromArabic);
  if (!latinJoined && arabic) {
    for (const [ka, sa] of readings(query)) {
      for (const [kb, sb] of readings(listed)) {
        const score = consonantScore(ka, sa, kb, sb, query.fromArabic, shorter, joined, model);
        if (score > best.score) best = { score, rule: 'consonants' };
      }
    }
  }
  return best;
}

/**
 * How many consonants of one form stand where the other has another, when
 * both have as many consonants (`latinConsonants`, in order; 0 when their
 * counts differ, as where a typo drops a letter): replaced, or one dropped
 * and another added (Matiullah / Atiqullah: `mtlh` / `tklh`, two). A
 * consonant that stands for one of its own transliteration class
 * ({@link TRANSLITERATION_CLASSES}: Fakhrizadeh / Fachrisadeh, Vakhitov /
 * Wakhitow) is likely the same sound spelled another way and counts half.
 * One is a typo or a transliteration (Qasim / Kazim); two make another name
 * (Navros / Lavrov), which an edit budget of two would accept; so do one of
 * another class and one of the same (Zahedi / Sajedi, Jahani / Haqani: two
 * surnames), while two of the same class stay one spelling (Wladimirow).
 *
 * @example
 * ```ts
 * replacedConsonants('navros', 'lavrov') // 2 ('nvrs' / 'lvrv')
 * replacedConsonants('mohammed', 'muhamad') // 0
 * replacedConsonants('vladimirov', 'wladimirow') // 1 (v / w, twice: half each)
 * replacedConsonants('zahedi', 'sajedi') // 1.5 (z / s half, h / j one)
 * ```
 */
export function replacedConsonants(a: string, b: string): number {
  const x = latinConsonants(a);
  const y = latinConsonants(b);
  if (x.length !== y.length) return 0;
  let replaced = 0;
  for (let i = 0; i < x.length; i++) {
    if (x.charCodeAt(i) !== y.charCodeAt(i)) replaced += sameTransliterationClass(x[i]!, y[i]!) ? 0.5 : 1;
  }
  return replaced;
}

/**
 * Consonants that transliterations of one name write for one another, as
 * `latinConsonants` leaves them (`kh`, `gh`, `sh`, `zh`, `th`, `dh` are their
 * first letter; `ch` is `c`; `q` is `k`; `c` before e, i, y is `s`, else `k`;
 * `ph` is `f`; `dj` is `j`; `y` is a vowel). A letter may be in two classes
 * (`c`, that is `ch`; `g`). From the languages the list's names come from:
 * - `k g h c`: Arabic qaf written q, k or g (Gaddafi / Qadhafi), kha written kh,
 *   German ch or h (Akhunzada / Achunsada, Khairkhwah / Hairhwah), and the
 *   Russian г that writes an Arabic or Turkic h (Gasan / Hasan, Khozhakhmed / Hozhahmed);
 * - `s z c`: zay and sin, з and с, a German s that sounds z (Fakhrizadeh /
 *   Fachrisadeh, Zelimkhan / Selimchan), the French ch that is sh (Chamil / Shamil);
 * - `v w f`: German w for v and English w for a Persian or Turkic v (Vladimirov /
 *   Wladimirow, Vahid / Wahid), the f that Arabic writes for v, the Russian final в said f (-off);
 * - `b p`: Arabic has no p and writes b, Korean romanizations write p or b (Pak / Bak);
 * - `t d`: Russian and German final devoicing, Korean t or d, Arabic emphatic t and d;
 * - `j g`: the Egyptian jim said g (Gamal / Jamal), Persian and Russian dzh / j / g.
 * Left out: b with v (Spanish and Greek, not the list's languages, and in
 * Arabic b is not v); y, which `latinConsonants` drops as a vowel (Yusuf /
 * Jusuf differ in how many consonants they have, so nothing counts as replaced).
 */
export const TRANSLITERATION_CLASSES: readonly string[] = ['kghc', 'szc', 'vwf', 'bp', 'td', 'jg'];

/** For each letter, a bit per class of {@link TRANSLITERATION_CLASSES} it belongs to. */
const CLASS_BITS: ReadonlyMap<string, number> = (() => {
  const bits = new Map<string, number>();
  TRANSLITERATION_CLASSES.forEach((letters, i) => {
    for (const letter of letters) bits.set(letter, (bits.get(letter) ?? 0) | (1 << i));
  });
  return bits;
})();

/**
 * Whether two consonants (as `latinConsonants` leaves them) share a class of
 * {@link TRANSLITERATION_CLASSES}: one written for the other is a spelling, not another name.
 *
 * @example
 * ```ts
 * sameTransliterationClass('k', 'c') // true (kh / ch)
 * sameTransliterationClass('n', 'l') // false
 * ```
 */
export function sameTransliterationClass(a: string, b: string): boolean {
  return ((CLASS_BITS.get(a) ?? 0) & (CLASS_BITS.get(b) ?? 0)) !== 0;
}

/** Edits a form and its suffixed form may still be apart by as a typo: the dropped suffix itself. */
const SUFFIX_EDITS = 1;
const ENDS_IN_CONSONANT = /[b-df-hj-np-tv-xz]$/;
const ENDS_IN_SUFFIX = /[b-df-hj-np-tv-xz][iy]$/;

/**
 * Whether one form ends in -i (or -y) after a consonant where the other ends
 * in a consonant: the suffix that makes a family name of a given name or of
 * a place (Hosseini of Hussein, Karami of Karam, Abdollahi of Abdollah).
 */
export function addsNisba(a: string, b: string): boolean {
  return (ENDS_IN_SUFFIX.test(a) && ENDS_IN_CONSONANT.test(b)) || (ENDS_IN_SUFFIX.test(b) && ENDS_IN_CONSONANT.test(a));
}

/**
 * Two forms one of which adds the suffix: what the spelling rules (variant,
 * vowels, edits beyond the dropped suffix) would call alike is a related
 * name, scored `similarity.suffix` at most.
 */
function relatedBySuffix(query: ComparableUnit, listed: ComparableUnit, shorter: number, best: UnitSimilarity, model: ScoringModel): UnitSimilarity {
  const scores = model.similarity;
  if (best.score >= scores.suffix) return best;
  const full = editBudget(shorter, false, model);
  const related =
    (shorter >= model.ruleLengths.variant && query.vowelKey === listed.vowelKey) ||
    differInVowelsOnly(query, listed, shorter, full, model) ||
    boundedEditDistance(query.form, listed.form, full) <= full;
  return related ? { score: scores.suffix, rule: 'suffix' } : best;
}

/** The `vowels` rule's test for two single Latin units (see unitSimilarity). */
function differInVowelsOnly(query: ComparableUnit, listed: ComparableUnit, shorter: number, budget: number, model: ScoringModel): boolean {
  // (shorter ones share consonants by chance: Olga / Oleg)
  if (shorter < model.ruleLengths.vowels || query.consonantKey !== listed.consonantKey) return false;
  if (latinConsonants(query.form) !== latinConsonants(listed.form)) return false;
  return boundedEditDistance(query.form, listed.form, budget + 1) <= budget + 1;
}

/**
 * Whether two forms carry the same digits (0-9) in the same order (`bong5` and
 * `bong` do not). One pass over both, no copy: it runs for nearly every pair
 * of units a screen compares.
 */
function sameDigits(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && !isDigit(a.charCodeAt(i))) i++;
    while (j < b.length && !isDigit(b.charCodeAt(j))) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a.charCodeAt(i++) !== b.charCodeAt(j++)) return false;
  }
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The consonant key and source of a unit, and its Persian reading when it has one. */
function readings(unit: ComparableUnit): Array<readonly [string, string]> {
  return unit.altConsonantKey === undefined
    ? [[unit.consonantKey, unit.consonantSource]]
    : [
        [unit.consonantKey, unit.consonantSource],
        [unit.altConsonantKey, unit.altConsonantSource!],
      ];
}

/** The consonant key of a word without consonants (keys.ts: a first vowel is `a`). */
const VOWELS_ONLY_KEY = 'a';

/** The consonants rule for one reading of each side (see unitSimilarity). */
function consonantScore(
  ka: string,
  sa: string,
  kb: string,
  sb: string,
  queryIsArabic: boolean,
  shorter: number,
  joined: boolean,
  model: ScoringModel,
): number {
  const keyLength = Math.min(ka.length, kb.length);
  const lengths = model.ruleLengths;
  // (a key of vowels only, `a`, has no consonant to share)
  const sameKey = keyLength >= lengths.consonantKey && shorter >= lengths.consonantKey && ka === kb && ka !== VOWELS_ONLY_KEY;
  const nearKey = !sameKey && !joined && keyLength >= lengths.nearConsonantKey && ka[0] === kb[0] && boundedEditDistance(ka, kb, 1) <= 1;
  if (!sameKey && !nearKey) return 0;
  const [arabic, latin] = queryIsArabic ? [sa, sb] : [sb, sa];
  const fit = arabicLatinSimilarity(arabic, latin, model.arabicLatin);
  const scores = model.similarity;
  const cap = scores.consonants[Math.min(3, Math.max(0, arabic.length - 2))]!;
  return fit >= scores.consonantsMinimumFit ? cap * fit : 0;
}
