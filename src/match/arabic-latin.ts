/**
 * How well a romanized Arabic-script word fits a Latin transliteration.
 *
 * Arabic script writes consonants and long vowels but not short vowels, so a
 * Latin spelling may add vowels almost for free, while every Arabic letter
 * must find its counterpart. Consonant keys alone say only that two words
 * share consonants (Kamali / Gamel / Jamal do); this alignment also checks
 * the long vowels and what is left over.
 */

const ARABIC_VOWELS: Readonly<Record<string, string>> = { a: 'ae', i: 'iey', u: 'uo' };
const LATIN_VOWELS = 'aeiouy';

/** Costs of the alignment; see the file comment for why each is what it is. */
export const ARABIC_LATIN_COSTS = Object.freeze({
  /** A Latin vowel with no Arabic letter: a short vowel Arabic does not write. */
  latinVowel: 0.05,
  /** A Latin h, w or y with no Arabic letter (a glide, a final -ah). */
  latinGlide: 0.3,
  /** An Arabic long vowel or glide with no Latin letter. */
  arabicVowel: 0.6,
  /** The same at the end of the word: a suffix (Persian -i in Hamidi, Kamali) that makes another name. */
  arabicFinalVowel: 1,
  /** A Latin i or y added at the end of the word: the same suffix on the Latin side (Salimi / سالم). */
  latinFinalI: 0.6,
  /** An Arabic h with no Latin letter (a final ه read as -a). */
  arabicH: 0.4,
  /**
   * A word-initial alif met by any Latin vowel: at the start of a word alif
   * only carries the hamza and its short vowel, which may be a, i or u
   * (اسلام Islam, اتحاد Ittihad, اسامة Usama).
   */
  initialAlif: 0.05,
  /** A long vowel met by another vowel than its own. */
  otherVowel: 0.5,
  /** A glide (w, y) met by its vowel (u/o, i/e) or back. */
  glideVowel: 0.1,
  /** Anything else: a consonant missing, added or replaced. */
  other: 1,
});

const rows: number[][] = [[], []];

/**
 * Similarity in [0, 1] of an Arabic consonant source (`mhmt` for محمد,
 * `yasin` for ياسين) and a Latin consonant source (`mohamet`, `yasin`), both
 * in the consonant classes of keys.ts: 1 − alignment cost / Arabic length.
 *
 * @example
 * ```ts
 * arabicLatinSimilarity('mhmt', 'mohamet') // ≈ 0.96
 * arabicLatinSimilarity('kmali', 'kamel') // ≈ 0.87 (the final ی has no Latin vowel)
 * ```
 */
export function arabicLatinSimilarity(arabic: string, latin: string): number {
  const n = arabic.length;
  const m = latin.length;
  if (n === 0) return 0;
  let previous = rows[0]!;
  let current = rows[1]!;
  previous[0] = 0;
  for (let j = 1; j <= m; j++) previous[j] = previous[j - 1]! + insertCost(latin[j - 1]!, j === m);
  for (let i = 1; i <= n; i++) {
    const a = arabic[i - 1]!;
    const remove = deleteCost(a, i === n);
    current[0] = previous[0]! + remove;
    for (let j = 1; j <= m; j++) {
      const l = latin[j - 1]!;
      current[j] = Math.min(
        previous[j - 1]! + (i === 1 ? initialSubstituteCost(a, l) : substituteCost(a, l)),
        previous[j]! + remove,
        current[j - 1]! + insertCost(l, j === m),
      );
    }
    const swap = previous;
    previous = current;
    current = swap;
  }
  return Math.max(0, 1 - previous[m]! / n);
}

function insertCost(latin: string, last: boolean): number {
  if (last && (latin === 'i' || latin === 'y')) return ARABIC_LATIN_COSTS.latinFinalI;
  if (LATIN_VOWELS.includes(latin) && latin !== 'y') return ARABIC_LATIN_COSTS.latinVowel;
  if (latin === 'h' || latin === 'w' || latin === 'y') return ARABIC_LATIN_COSTS.latinGlide;
  return ARABIC_LATIN_COSTS.other;
}

function deleteCost(arabic: string, last: boolean): number {
  if (last && (arabic === 'i' || arabic === 'u')) return ARABIC_LATIN_COSTS.arabicFinalVowel;
  if (arabic in ARABIC_VOWELS || arabic === 'w' || arabic === 'y') return ARABIC_LATIN_COSTS.arabicVowel;
  if (arabic === 'h') return ARABIC_LATIN_COSTS.arabicH;
  return ARABIC_LATIN_COSTS.other;
}

/** The first letter: an alif there may stand for any short vowel. */
function initialSubstituteCost(arabic: string, latin: string): number {
  const cost = substituteCost(arabic, latin);
  return arabic === 'a' && LATIN_VOWELS.includes(latin) ? Math.min(cost, ARABIC_LATIN_COSTS.initialAlif) : cost;
}

function substituteCost(arabic: string, latin: string): number {
  if (arabic === latin) return 0;
  const vowels = ARABIC_VOWELS[arabic];
  const latinIsVowel = LATIN_VOWELS.includes(latin);
  if (vowels !== undefined) {
    if (vowels.includes(latin)) return 0;
    if (latin === 'w' && arabic === 'u') return ARABIC_LATIN_COSTS.glideVowel;
    return latinIsVowel ? ARABIC_LATIN_COSTS.otherVowel : ARABIC_LATIN_COSTS.other;
  }
  if (arabic === 'w' && (latin === 'u' || latin === 'o')) return ARABIC_LATIN_COSTS.glideVowel;
  if (arabic === 'y' && (latin === 'i' || latin === 'e')) return ARABIC_LATIN_COSTS.glideVowel;
  return ARABIC_LATIN_COSTS.other;
}
