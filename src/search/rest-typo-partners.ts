/**
 * The listed words a query word could pair by the rest-agrees rule
 * (`match/rest-agrees.ts`: one typo beyond a part's budget when the rest of
 * the name agrees), which the vocabulary's lookups do not find: for the
 * candidate bound, which must know the heaviest listed word each query word
 * can pair with (`requiredTokens`).
 */
import { editBudget } from '../match/similarity.js';
import { oneK, restTypoEdits } from '../match/rest-agrees.js';
import type { ComparableUnit } from '../match/similarity.js';
import type { ScoringModel } from '../scoring-model.js';
import { HashMultimap } from './hash-multimap.js';

interface Word {
  form: string;
  weight: number;
}

const LETTERS = /^[a-z]+$/;
const NONE: ReadonlyMap<number, number> = new Map();
/** Words remembered (query words repeat: given names, company words). */
const MEMO_CAPACITY = 20_000;

/**
 * The listed words within the rest-agrees rule's reach of a query word, per
 * word (memoized), as a bound for the candidate step: words of Latin letters
 * the rule's conditions on the two parts accept (`restTypoEdits`: one slip
 * apart when the shorter has at most `editBudget.noEditUpTo` letters, else,
 * up to `editBudget.oneEditUpTo` letters, only letters added or dropped
 * once q and c are written k); the rule also asks the listed word to be a
 * name part, which only makes this bound looser. Found by lookups, never by
 * a scan: the slips of a short word, and for a longer one its form and its
 * form with letters left out (q and c written k) against the listed words'
 * forms and theirs with letters left out, which holds every such pair.
 *
 * @example
 * ```ts
 * const partners = new RestTypoPartners(index.vocabulary.entries, SCORING_MODEL);
 * partners.partnerBound('yun', 0.28); // 0.75 × the weight of yung (one letter added) − 0.25 × 0.28, or more for a heavier slip
 * ```
 */
export class RestTypoPartners {
  readonly #model: ScoringModel;
  /** Listed single words of Latin letters: the heaviest weight of each form. */
  readonly #weightOf = new Map<string, number>();
  /** For a short word, the heaviest listed word that is it with one letter added (by the word: the listed words' deletions). */
  readonly #withLetterAdded = new Map<string, number>();
  /** Listed single words of Latin letters whose length the rule's second case takes as the shorter (by id). */
  readonly #words: Word[] = [];
  /** Their forms, q and c written k, by hash: the shorter of a pair, looked up by the longer with letters left out. */
  readonly #whole = new HashMultimap();
  /** Their forms, q and c written k, with as many letters left out as the rule's second case allows, by hash: the longer of a pair, looked up by the shorter. */
  readonly #leftOut = new HashMultimap();
  readonly #memo = new Map<string, ReadonlyMap<number, number>>();
  /** The word being looked up and its partners found so far, by similarity (lookups are synchronous). */
  #form = '';
  #found = new Map<number, number>();
  /** The most letters the shorter of a pair in the rule's second case can lack (a part's own budget plus `restAgrees`). */
  readonly #mostLeftOut: number;

  constructor(entries: readonly (ComparableUnit & { weight: number })[], model: ScoringModel) {
    this.#model = model;
    const budget = model.editBudget;
    this.#mostLeftOut = editBudget(budget.oneEditUpTo, false, model) + budget.restAgrees;
    for (const entry of entries) {
      if (entry.joined || entry.fromArabic || !LETTERS.test(entry.form)) continue;
      this.#weightOf.set(entry.form, Math.max(this.#weightOf.get(entry.form) ?? 0, entry.weight));
      const form = oneK(entry.form);
      const id = this.#words.length;
      let indexed = false;
      if (this.#takesAsShorter(form.length)) {
        forEachHashLeavingOut(form, 0, (hash) => this.#whole.add(hash, id));
        indexed = true;
      }
      for (let count = 1; count <= this.#mostLeftOut; count++) {
        if (!this.#takesAsShorter(form.length - count)) continue;
        forEachHashLeavingOut(form, count, (hash) => this.#leftOut.add(hash, id));
        indexed = true;
      }
      if (indexed) this.#words.push({ form: entry.form, weight: entry.weight });
    }
    this.#whole.freeze();
    this.#leftOut.freeze();
    // A query word of 2 to `noEditUpTo` letters with a letter added: a listed word of one letter more.
    for (const [form, weight] of this.#weightOf) {
      if (form.length < 3 || form.length > budget.noEditUpTo + 1) continue;
      for (let i = 0; i < form.length; i++) {
        const dropped = form.slice(0, i) + form.slice(i + 1);
        this.#withLetterAdded.set(dropped, Math.max(this.#withLetterAdded.get(dropped) ?? 0, weight));
      }
    }
  }

  /** Whether the rule's second case (letters added or dropped beyond a budget of one edit) takes a part of `length` letters as the shorter. */
  #takesAsShorter(length: number): boolean {
    const budget = this.#model.editBudget;
    return length > budget.noEditUpTo && length <= budget.oneEditUpTo;
  }

  /** The listed words one slip from `form` (neighbours swapped, a letter dropped or added) whose shorter side has at most `noEditUpTo` letters. */
  #slips(form: string): void {
    for (let i = 0; i + 1 < form.length; i++) if (form[i] !== form[i + 1]) this.#slip(form, form.slice(0, i) + form[i + 1] + form[i] + form.slice(i + 2));
    for (let i = 0; i < form.length; i++) this.#slip(form, form.slice(0, i) + form.slice(i + 1));
    if (form.length <= this.#model.editBudget.noEditUpTo) {
      const added = this.#withLetterAdded.get(form);
      if (added !== undefined) this.#keep(1 - 1 / (form.length + 1), added);
    }
  }

  #slip(form: string, slip: string): void {
    const shorter = Math.min(slip.length, form.length);
    if (slip.length < 2 || shorter > this.#model.editBudget.noEditUpTo) return;
    const weight = this.#weightOf.get(slip);
    if (weight !== undefined) this.#keep(1 - 1 / (shorter + 1), weight);
  }

  /** A listed word the second case may pair with the word looked up (`#form`): kept when the rule does. */
  readonly #consider = (id: number): void => {
    const word = this.#words[id]!;
    const edits = restTypoEdits(this.#form, word.form, this.#model);
    if (edits !== undefined) this.#keep(1 - edits / (Math.min(this.#form.length, word.form.length) + 1), word.weight);
  };
  readonly #considerLonger = (hash: number): void => this.#leftOut.forEach(hash, this.#consider);
  readonly #considerShorter = (hash: number): void => this.#whole.forEach(hash, this.#consider);

  /** Keeps the heaviest partner of each similarity for the word looked up. */
  #keep(similarity: number, weight: number): void {
    if (weight > (this.#found.get(similarity) ?? 0)) this.#found.set(similarity, weight);
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
    this.#form = form;
    this.#found = found;
    const n = form.length;
    // Short words: their slips, looked up (a slip may move the first letter: Cali / Ali).
    if (n - 1 <= budget.noEditUpTo) this.#slips(form);
    // Longer words: the listed words the rule pairs with it (`restTypoEdits`) among those that share its form with letters left out.
    const kForm = oneK(form);
    if (this.#takesAsShorter(n)) forEachHashLeavingOut(kForm, 0, this.#considerLonger);
    for (let count = 1; count <= this.#mostLeftOut; count++) {
      if (this.#takesAsShorter(n - count)) forEachHashLeavingOut(kForm, count, this.#considerShorter);
    }
    if (this.#memo.size >= MEMO_CAPACITY) this.#memo.clear();
    this.#memo.set(form, found);
    return found;
  }
}

/**
 * Calls `visit` with an FNV-1a hash of `token` with each set of `count`
 * letters left out (a string twice when two sets leave the same letters).
 */
function forEachHashLeavingOut(token: string, count: number, visit: (hash: number) => void, from = 0, hash = 0x811c9dc5): void {
  if (from === token.length) {
    if (count === 0) visit(hash);
    return;
  }
  if (token.length - from > count) forEachHashLeavingOut(token, count, visit, from + 1, Math.imul(hash ^ token.charCodeAt(from), 0x01000193) >>> 0);
  if (count > 0) forEachHashLeavingOut(token, count - 1, visit, from + 1, hash);
}
