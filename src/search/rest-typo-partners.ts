/**
 * The listed words a query word could pair by the rest-agrees rule
 * (`match/rest-agrees.ts`: one typo beyond a part's budget when the rest of
 * the name agrees), which the vocabulary's lookups do not find: for the
 * candidate bound, which must know the heaviest listed word each query word
 * can pair with (`requiredTokens`).
 */
import { boundedEditDistance } from '../text/distance.js';
import { editBudget } from '../match/similarity.js';
import type { ComparableUnit } from '../match/similarity.js';
import type { ScoringModel } from '../scoring-model.js';

interface Word {
  form: string;
  weight: number;
  /** How many of each letter a–z it has (for the bag distance). */
  counts: Uint8Array;
  /** Which letters it has (bit c for letter c). */
  letters: number;
}

const LETTERS = /^[a-z]+$/;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
const NONE: ReadonlyMap<number, number> = new Map();
/** Words remembered (query words repeat: given names, company words). */
const MEMO_CAPACITY = 20_000;

/**
 * The listed words within the rest-agrees rule's reach of a query word, per
 * word (memoized), as a bound for the candidate step: words of Latin letters, one slip apart when the
 * shorter has at most `editBudget.noEditUpTo` letters, else (at most
 * `editBudget.oneEditUpTo` letters) beyond its own budget by at most
 * `editBudget.restAgrees` edits, the lengths differing by at least as many, first
 * letters the same (the rule's conditions; the rule also asks the listed
 * word to be a name part, which only makes this bound looser).
 *
 * @example
 * ```ts
 * const partners = new RestTypoPartners(index.vocabulary.entries, SCORING_MODEL);
 * partners.partnerBound('yun', 0.28); // 0.75 × the weight of yung (one letter added) − 0.25 × 0.28, or more for a heavier slip
 * ```
 */
export class RestTypoPartners {
  readonly #model: ScoringModel;
  /** Listed single words of Latin letters: the heaviest weight of each form, and the words by length and first letter. */
  readonly #weightOf = new Map<string, number>();
  readonly #byLengthAndFirst = new Map<string, Word[]>();
  readonly #memo = new Map<string, ReadonlyMap<number, number>>();
  /** The longest length difference the rule allows (a part's own budget plus `restAgrees`). */
  readonly #reach: number;

  constructor(entries: readonly (ComparableUnit & { weight: number })[], model: ScoringModel) {
    this.#model = model;
    const budget = model.editBudget;
    this.#reach = Math.max(1, Math.max(budget.beyond, 1) + budget.restAgrees);
    for (const entry of entries) {
      if (entry.joined || entry.fromArabic || !LETTERS.test(entry.form)) continue;
      const counts = new Uint8Array(26);
      for (let i = 0; i < entry.form.length; i++) counts[entry.form.charCodeAt(i) - 97]!++;
      const word = { form: entry.form, weight: entry.weight, counts, letters: letterMask(entry.form) };
      this.#weightOf.set(entry.form, Math.max(this.#weightOf.get(entry.form) ?? 0, entry.weight));
      push(this.#byLengthAndFirst, `${entry.form.length}|${entry.form[0]}`, word);
    }
  }

  /** The listed words one slip from `form` (neighbours swapped, a letter dropped or added) whose shorter side has at most `shortest` letters, to `keep` with the rule's similarity. */
  #slips(form: string, shortest: number, keep: (similarity: number, weight: number) => void): void {
    const consider = (slip: string) => {
      const shorter = Math.min(slip.length, form.length);
      if (slip.length < 2 || shorter > shortest) return;
      const weight = this.#weightOf.get(slip);
      if (weight !== undefined) keep(1 - 1 / (shorter + 1), weight);
    };
    for (let i = 0; i + 1 < form.length; i++) if (form[i] !== form[i + 1]) consider(form.slice(0, i) + form[i + 1] + form[i] + form.slice(i + 2));
    for (let i = 0; i < form.length; i++) consider(form.slice(0, i) + form.slice(i + 1));
    for (let i = 0; i <= form.length; i++) for (const letter of ALPHABET) consider(form.slice(0, i) + letter + form.slice(i));
  }

  /**
   * What a listed word the rule could pair `form` (of weight `weight`) with
   * can add to the candidate bound's X beyond the word's own weight: the
   * largest s·w − (1 − s)·`weight` over those words (w their weight, s the
   * similarity the rule would give), 0 when none or the rule is off. Then
   * ½ (weight + that) bounds what the pair adds to a score's numerator,
   * s·½(weight + w), as ½ (weight + m) does for a pair of similarity 1.
   */
  partnerBound(form: string, weight: number): number {
    let bound = 0;
    for (const [similarity, heaviest] of this.#partners(form)) bound = Math.max(bound, similarity * heaviest - (1 - similarity) * weight);
    return bound;
  }

  /** For each similarity the rule could give `form`'s partners, the heaviest such partner (memoized). */
  #partners(form: string): ReadonlyMap<number, number> {
    const budget = this.#model.editBudget;
    if (budget.restAgrees <= 0 || form.length < 2 || !LETTERS.test(form)) return NONE;
    const known = this.#memo.get(form);
    if (known !== undefined) return known;
    const found = new Map<number, number>();
    const keep = (similarity: number, weight: number) => {
      if (weight > (found.get(similarity) ?? 0)) found.set(similarity, weight);
    };
    const n = form.length;
    // Short words: their slips, looked up (a slip may move the first letter: Cali / Ali).
    if (n - 1 <= budget.noEditUpTo) this.#slips(form, budget.noEditUpTo, keep);
    countLetters(form, QUERY_COUNTS);
    const letters = letterMask(form);
    for (let length = Math.max(budget.noEditUpTo + 1, n - this.#reach); length <= n + this.#reach; length++) {
      const shorter = Math.min(n, length);
      if (shorter <= budget.noEditUpTo || shorter > budget.oneEditUpTo || length === n) continue;
      const own = editBudget(shorter, false, this.#model);
      const most = own + budget.restAgrees;
      if (Math.abs(n - length) > most) continue;
      for (const word of this.#byLengthAndFirst.get(`${length}|${form[0]}`) ?? []) {
        // (letters one has and the other lacks bound the edits from below: cheap tests first)
        if (bitCount(word.letters & ~letters) > most || bitCount(letters & ~word.letters) > most || bagDistance(word.counts) > most) continue;
        const edits = boundedEditDistance(form, word.form, most);
        if (edits > own && edits <= most && Math.abs(n - length) >= edits - own) keep(1 - edits / (shorter + 1), word.weight);
      }
    }
    if (this.#memo.size >= MEMO_CAPACITY) this.#memo.clear();
    this.#memo.set(form, found);
    return found;
  }
}

/** Letter counts of the query word (reused: lookups are synchronous). */
const QUERY_COUNTS = new Int32Array(26);

function countLetters(form: string, counts: Int32Array): void {
  counts.fill(0);
  for (let i = 0; i < form.length; i++) counts[form.charCodeAt(i) - 97]!++;
}

/** Which letters a–z a word has (bit c for letter c). */
function letterMask(form: string): number {
  let mask = 0;
  for (let i = 0; i < form.length; i++) mask |= 1 << (form.charCodeAt(i) - 97);
  return mask;
}

function bitCount(mask: number): number {
  let n = mask - ((mask >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** The bag distance of a word (its letter counts) from the query word counted in `QUERY_COUNTS`: a lower bound of their edit distance. */
function bagDistance(counts: Uint8Array): number {
  let more = 0;
  let fewer = 0;
  for (let c = 0; c < 26; c++) {
    const d = counts[c]! - QUERY_COUNTS[c]!;
    if (d > 0) more += d;
    else fewer -= d;
  }
  return Math.max(more, fewer);
}

function push<K>(map: Map<K, Word[]>, key: K, word: Word): void {
  const words = map.get(key);
  if (words === undefined) map.set(key, [word]);
  else words.push(word);
}
