/**
 * How well a romanized Arabic-script word fits a Latin transliteration.
 *
 * Arabic script writes consonants and long vowels but not short vowels, so a
 * Latin spelling may add vowels almost for free, while every Arabic letter
 * must find its counterpart. Consonant keys alone say only that two words
 * share consonants (Kamali / Gamel / Jamal do); this alignment also checks
 * the long vowels and what is left over.
 */

import { SCORING_MODEL, type ScoringModel } from '../scoring-model.js';

const ARABIC_VOWELS: Readonly<Record<string, string>> = { a: 'ae', i: 'iey', u: 'uo' };
const LATIN_VOWELS = 'aeiouy';
/** Last letters of an Arabic consonant source that may end in a vowel: vowels, glides and h (ه). */
const ARABIC_OPEN_ENDINGS = 'aiuwyh';

/** The costs of the alignment (`arabicLatin` in {@link SCORING_MODEL}, explained there). */
type Costs = ScoringModel['arabicLatin'];

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
export function arabicLatinSimilarity(arabic: string, latin: string, costs: Costs = SCORING_MODEL.arabicLatin): number {
  const n = arabic.length;
  const m = latin.length;
  if (n === 0) return 0;
  // An Arabic word that ends in a consonant has no final vowel (a final ه reads -a, -ah).
  const closed = !ARABIC_OPEN_ENDINGS.includes(arabic[n - 1]!);
  let previous = rows[0]!;
  let current = rows[1]!;
  previous[0] = 0;
  for (let j = 1; j <= m; j++) previous[j] = previous[j - 1]! + insertCost(latin[j - 1]!, j === m, closed, costs);
  for (let i = 1; i <= n; i++) {
    const a = arabic[i - 1]!;
    const remove = deleteCost(a, i === n, costs);
    current[0] = previous[0]! + remove;
    for (let j = 1; j <= m; j++) {
      const l = latin[j - 1]!;
      current[j] = Math.min(
        previous[j - 1]! + (i === 1 ? initialSubstituteCost(a, l, costs) : substituteCost(a, l, costs)),
        previous[j]! + remove,
        current[j - 1]! + insertCost(l, j === m, closed, costs),
      );
    }
    const swap = previous;
    previous = current;
    current = swap;
  }
  return Math.max(0, 1 - previous[m]! / n);
}

function insertCost(latin: string, last: boolean, closed: boolean, costs: Costs): number {
  if (last && (latin === 'i' || latin === 'y')) return costs.latinFinalI;
  if (last && closed && (latin === 'a' || latin === 'o' || latin === 'u')) return costs.latinFinalVowel;
  if (LATIN_VOWELS.includes(latin) && latin !== 'y') return costs.latinVowel;
  if (latin === 'h' || latin === 'w' || latin === 'y') return costs.latinGlide;
  return costs.other;
}

function deleteCost(arabic: string, last: boolean, costs: Costs): number {
  if (last && (arabic === 'i' || arabic === 'u')) return costs.arabicFinalVowel;
  if (arabic in ARABIC_VOWELS || arabic === 'w' || arabic === 'y') return costs.arabicVowel;
  if (arabic === 'h') return costs.arabicH;
  return costs.other;
}

/** The first letter: an alif there may stand for any short vowel. */
function initialSubstituteCost(arabic: string, latin: string, costs: Costs): number {
  const cost = substituteCost(arabic, latin, costs);
  return arabic === 'a' && LATIN_VOWELS.includes(latin) ? Math.min(cost, costs.initialAlif) : cost;
}

function substituteCost(arabic: string, latin: string, costs: Costs): number {
  if (arabic === latin) return 0;
  const vowels = ARABIC_VOWELS[arabic];
  const latinIsVowel = LATIN_VOWELS.includes(latin);
  if (vowels !== undefined) {
    if (vowels.includes(latin)) return 0;
    if (latin === 'w' && arabic === 'u') return costs.glideVowel;
    return latinIsVowel ? costs.otherVowel : costs.other;
  }
  if (arabic === 'w' && (latin === 'u' || latin === 'o')) return costs.glideVowel;
  if (arabic === 'y' && (latin === 'i' || latin === 'e')) return costs.glideVowel;
  return costs.other;
}
