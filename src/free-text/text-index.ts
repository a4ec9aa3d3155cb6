/**
 * What free-text screening adds to a name index, built once per index: which
 * listed units can start a hit (anchors), the listed words a run-together
 * word may be cut into, and a memo of what each word of a text is similar to.
 */
import type { IndexedName, NameHit, NameIndex } from '../search/name-index.js';
import { isInitial } from '../normalize/initial.js';
import type { MatchableName } from '../match/units.js';
import { foldName } from '../normalize/fold.js';
import { firstAtOrAfter } from '../text/sorted.js';
import { listedTitle } from './title-alias.js';

/**
 * Weighted share of a listed name a text must match for a hit (the
 * alignment's `listedCoverage`): a window that meets one word of a name of
 * three (Al Noor *Trading* against AL-NOOR TRADING ESTABLISHMENT's twin, a
 * name that shares `Relief` with a listed charity) is no hit, however high
 * its score (a cut-off name is scored as a name the payment shortened).
 */
export const MIN_LISTED_COVERAGE = 0.5;

/** Letters the one content word of a name must have for the name to alert alone inside a text. */
export const MIN_SINGLE_WORD_LETTERS = 6;

const CONTENT_CLASSES = new Set(['name', 'generic', 'legal']);

/**
 * The content words of a name, as a bit mask: name words, company words and
 * legal forms; not particles, titles, initials or numbers (`3` of Third Floor).
 *
 * @example
 * ```ts
 * contentTokens(toMatchable(prepareName('Abu Ali al-Kawari'), weigh)); // 0b1010: ali, kawari
 * ```
 */
export function contentTokens(matchable: MatchableName): number {
  let mask = 0;
  matchable.tokens.forEach((token, t) => {
    if (CONTENT_CLASSES.has(token.cls) && /\p{L}/u.test(token.form)) mask |= 1 << t;
  });
  return mask;
}

/** Number of bits set. */
export function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}

/**
 * Content words a window must match of a name before it is worth scoring (the
 * gate asks for them): 2, 3 of a Low-quality alias, 1 of a name of one.
 */
export function contentNeeded(name: IndexedName, content: number): number {
  return Math.min(bitCount(content), name.quality === 'Low' ? 3 : 2);
}

/**
 * Whether a listed name can alert inside a text at all (see gate.ts): not a
 * bracketed short form, and a name of one content word only as an entity's
 * name or a primary name, not a Low alias, of `MIN_SINGLE_WORD_LETTERS`
 * letters or more, or as a person's alias of a title and a name word of
 * weight `MIN_TITLED_WORD_WEIGHT` or more (title-alias.ts). The others start no window.
 */
export function alertsInText(name: IndexedName, content: number): boolean {
  if (name.source === 'short-form' || content === 0) return false;
  if (bitCount(content) >= 2) return true;
  if (name.quality === 'Low') return false;
  const word = name.matchable.tokens[Math.log2(content)]!.form;
  // A person's alias of a title and one name word (Mullah Naimullah, Ustad Talha), only beside that title (gate.ts).
  if (name.record.kind !== 'entity' && name.source !== 'primary') return listedTitle(name) !== undefined && name.matchable.weights[Math.log2(content)]! >= MIN_TITLED_WORD_WEIGHT;
  return word.length >= MIN_SINGLE_WORD_LETTERS;
}

/**
 * Weight (rarity on the list) the name word of a title alias (`listedTitle`)
 * must have to alert beside its title: not a word many listed names share,
 * nor one that follows a title as a word of address (Haji Sahib, Shaykh
 * Sahib: 0.62; Hafiz Muhammad 0.25, Sheikh Hassan 0.36).
 */
export const MIN_TITLED_WORD_WEIGHT = 0.7;

/** Letters a word cut off at the end of a window must keep to stand for the listed word it begins. */
export const MIN_CUT_WORD_LETTERS = 2;

/**
 * The first of the name's `tokens` (bit mask) that a word cut off (`piece`,
 * folded) begins, as folded or as written (a legal form is kept short: COMPA
 * begins Company, folded to co); undefined when there is none, or the piece
 * is shorter than `MIN_CUT_WORD_LETTERS` or not plain letters.
 *
 * @example
 * ```ts
 * tokenBegun(haqqaniNetwork, 'netwo', 0b10); // 1
 * ```
 */
export function tokenBegun(name: IndexedName, piece: string, tokens: number): number | undefined {
  if (piece.length < MIN_CUT_WORD_LETTERS || !/^[a-z]+$/.test(piece)) return undefined;
  return plainTokenBegun(name, piece, tokens);
}

/** `tokenBegun` of a piece known to be plain letters (a–z) of `MIN_CUT_WORD_LETTERS` or more. */
export function plainTokenBegun(name: IndexedName, piece: string, tokens: number): number | undefined {
  const listed = name.matchable.tokens;
  let written = writtenForms.get(name);
  if (written === undefined) {
    written = listed.map((token) => foldName(token.original).replace(/ /g, ''));
    writtenForms.set(name, written);
  }
  for (let t = 0; t < listed.length; t++) {
    if ((tokens & (1 << t)) === 0) continue;
    const form = listed[t]!.form;
    if (form.length > piece.length && form.startsWith(piece)) return t;
    if (written[t]!.length > piece.length && written[t]!.startsWith(piece)) return t;
  }
  return undefined;
}

/** Letters a word cut where a line or the text ends must keep to be met as the beginning of listed words (`TextIndex.lookUpCut`). */
export const MIN_COMPLETED_LETTERS = 3;
/** Most listed words a cut word may begin: a beginning shared by more says too little of the word it was. */
export const MAX_COMPLETIONS = 12;

/** The tokens of each name as written, folded (tokenBegun's; computed on first use). */
const writtenForms = new WeakMap<IndexedName, readonly string[]>();

/** What one word (or a few, run together or split by a line break) of a text is similar to on the list. */
export interface WordLookup {
  /** Vocabulary entries similar to any unit of the word, with the best similarity. */
  similar: ReadonlyMap<number, number>;
  /** Names for which the word matches an anchor unit: the names a window around the word is made for. */
  seeds: readonly number[];
  /** Tokens the name folding makes of the word (ABDULLAH: abd + ullah, 2). */
  tokens: number;
}

/** What a word a line or the text may have cut off stands for (`TextIndex.lookUpCut`). */
export interface CutLookup {
  /** The word folded: what begins the listed words. */
  piece: string;
  /** What the word and the listed words it begins are similar to, and the names they anchor. */
  lookup: WordLookup;
}

/** A word of the 26 letters only, either case. */
const PLAIN_LATIN = /^[A-Za-z]+$/;

const NOTHING: WordLookup = Object.freeze({ similar: new Map<number, number>(), seeds: Object.freeze([]) as readonly number[], tokens: 0 });

/** Text index per name index: a Screener's list state holds one name index per list version. */
const built = new WeakMap<NameIndex, TextIndex>();

/**
 * The anchors of the list: for each name that can alert inside a text (`alertsInText`), its heaviest tokens, taken until
 * the rest weighs less than `1 − MIN_LISTED_COVERAGE` of the name; a text
 * that matches none of them cannot reach the coverage a hit needs, so only
 * words similar to an anchor unit (one covering an anchor token, single or
 * joined) start a window. `Al`, `Trading`, `Bank`, and a Mohammed beside a
 * rare family name are anchors of no name (they are too light); a name of
 * common words only (Mohammad Ali) is anchored on its heavier word.
 *
 * @example
 * ```ts
 * const text = TextIndex.of(NameIndex.build(list));
 * text.lookUp('RASHID').seeds.length > 0; // true: Rashid anchors AL RASHID TRUST
 * text.lookUp('BANK').seeds.length;       // 0: no name is anchored on Bank
 * ```
 */
export class TextIndex {
  readonly names: NameIndex;
  /** Per vocabulary entry: the names in which it covers an anchor token. */
  readonly #anchorPostings: Array<number[] | undefined>;
  /** Per name: its content words (bit mask, see `contentTokens`). */
  readonly content: Int32Array;
  /** Per name: whether it can alert inside a text at all (`alertsInText`); searches of windows skip the others. */
  readonly eligible: Uint8Array;
  /** Per name: its heaviest content word (bit mask; 0 when it has none), which a hit must match. */
  readonly heaviest: Int32Array;
  /** Per name that can alert in a text: its anchor tokens (bit mask, `anchorTokens`), one of which a hit must match. */
  readonly anchors: Int32Array;
  /**
   * Every name's units, flat (what `TextReach` reads for every name a word anchors, some twenty per text):
   * name `id`'s are `unitStart[id]` to `unitStart[id + 1]`, with their vocabulary entry and the tokens they span.
   */
  readonly unitStart: Int32Array;
  readonly unitVocabulary: Int32Array;
  readonly unitSpan: Int32Array;
  /** Per name: the content words a hit needs (`contentNeeded`). */
  readonly needed: Uint8Array;
  /** Per name: the first letters (a–z, bit 0 for a) of its name words, which an initial may stand for. */
  readonly nameLetters: Int32Array;
  /** Folded single-token forms of the list and its words as written (2 letters or more): what a run-together word is cut into. */
  readonly #forms: Set<string>;
  /** `#forms` sorted (what a cut word may begin: `completions`), made on first use. */
  #sortedForms: string[] | undefined;
  readonly #longestForm: number;
  readonly #memo = new Map<string, WordLookup>();
  /** Memo of `lookUpCut` by word in lowercase (null: begins no listed word). */
  readonly #cutMemo = new Map<string, CutLookup | null>();
  /** Memo of `split` by word as written (null: cannot be cut). */
  readonly #splits = new Map<string, string | null>();
  /** Memo of `foldsToUnlisted` by word as written. */
  readonly #unlisted = new Map<string, boolean>();
  static readonly MEMO_CAPACITY = 50_000;
  /** Hits of window searches by `windowSearchKey` (screen-text.ts): names recur across payments. */
  readonly #windowSearches = new Map<string, NameHit[]>();
  static readonly WINDOW_MEMO_CAPACITY = 10_000;

  private constructor(names: NameIndex) {
    this.names = names;
    const entries = names.vocabulary.entries;
    this.#anchorPostings = new Array<number[] | undefined>(entries.length);
    this.content = new Int32Array(names.names.length);
    this.heaviest = new Int32Array(names.names.length);
    this.eligible = new Uint8Array(names.names.length);
    this.anchors = new Int32Array(names.names.length);
    this.needed = new Uint8Array(names.names.length);
    this.nameLetters = new Int32Array(names.names.length);
    this.unitStart = new Int32Array(names.names.length + 1);
    let units = 0;
    for (const name of names.names) {
      this.unitStart[name.id] = units;
      units += name.unitIds.length;
    }
    this.unitStart[names.names.length] = units;
    this.unitVocabulary = new Int32Array(units);
    this.unitSpan = new Int32Array(units);
    for (const name of names.names) {
      this.unitVocabulary.set(name.unitIds, this.unitStart[name.id]);
      this.unitSpan.set(name.matchable.unitSpans, this.unitStart[name.id]);
      const content = contentTokens(name.matchable);
      this.content[name.id] = content;
      this.needed[name.id] = contentNeeded(name, content);
      this.heaviest[name.id] = heaviestContent(name.matchable.weights, content);
      let letters = 0;
      for (const token of name.matchable.tokens) if (token.cls === 'name') letters |= letterBit(token.form);
      this.nameLetters[name.id] = letters;
      if (!alertsInText(name, content)) continue;
      this.eligible[name.id] = 1;
      const anchors = anchorTokens(name.matchable.weights);
      this.anchors[name.id] = anchors;
      const { unitSpans, units } = name.matchable;
      for (let u = 0; u < units.length; u++) {
        if ((unitSpans[u]! & anchors) === 0) continue;
        const id = name.unitIds[u]!;
        const postings = (this.#anchorPostings[id] ??= []);
        if (postings[postings.length - 1] !== name.id) postings.push(name.id);
      }
    }
    this.#forms = new Set();
    let longest = 0;
    for (const entry of entries) {
      if (entry.joined || entry.fromArabic || entry.form.length < 2 || !/^[a-z]+$/.test(entry.form)) continue;
      this.#forms.add(entry.form);
      longest = Math.max(longest, entry.form.length);
    }
    // And as the list writes them: a text runs together COMPANY and BEN, which the folding makes co and bin.
    for (const name of names.names) {
      if (name.source === 'original-script') continue;
      for (const token of name.matchable.tokens) {
        const written = foldName(token.original);
        if (written.length < 2 || !/^[a-z]+$/.test(written)) continue;
        this.#forms.add(written);
        longest = Math.max(longest, written.length);
      }
    }
    this.#longestForm = longest;
  }

  /** The text index of a name index (built on first use, then kept as long as the name index lives). */
  static of(names: NameIndex): TextIndex {
    let index = built.get(names);
    if (index === undefined) {
      index = new TextIndex(names);
      built.set(names, index);
    }
    return index;
  }

  /**
   * Whether a window may hold a hit on name `id` that the gate (gate.ts)
   * accepts, given the name's tokens its words may match (`reachable`, bit
   * mask): the name can alert in a text, an anchor is among them (else the
   * listed coverage stays below half), its heaviest content word too, and
   * enough content words written as enough words of the text. The word
   * after the window (`next`, folded) may complete a content word the line
   * cut off (`tokenBegun`).
   * Necessary, not sufficient: windows and searched names failing it are
   * not scored at all.
   *
   * @example
   * ```ts
   * // 'NOOR' alone, against a name of two content words (Noor Ahmad): never a hit
   * textIndex.mayBeHit(id, 0b01, 1, undefined); // false
   * ```
   */
  mayBeHit(id: number, reachable: number, written: number, next: string | undefined): boolean {
    if (this.eligible[id] === 0 || (reachable & this.anchors[id]!) === 0) return false;
    const content = this.content[id]!;
    const needed = this.needed[id]!;
    const matched = bitCount(reachable & content);
    const words = bitCount(content) < 2 ? 2 : written;
    if ((reachable & this.heaviest[id]!) !== 0 && matched >= needed && words >= 2) return true;
    // Else only with the next word standing for one more content word.
    if (matched + 1 < needed || words + 1 < 2 || next === undefined) return false;
    return tokenBegun(this.names.nameAt(id), next, content & ~reachable) !== undefined;
  }

  /**
   * What a word (or words: a run-together word cut up, two halves of a word
   * split by a line break) is similar to, and the names it anchors. Memoized:
   * payment text repeats its words (INV, PAYMENT, FOR, LTD).
   */
  lookUp(words: string): WordLookup {
    const key = words.toLowerCase();
    const known = this.#memo.get(key);
    if (known !== undefined) return known;
    const found = this.#lookUp(words);
    if (this.#memo.size >= TextIndex.MEMO_CAPACITY) this.#memo.clear();
    this.#memo.set(key, found);
    return found;
  }

  /** The hits a window search of this key (`windowSearchKey`) found in an earlier text, if it is remembered. */
  searchedWindow(key: string): NameHit[] | undefined {
    return this.#windowSearches.get(key);
  }

  /** Remembers a window search's hits (bounded: the memo starts over when full). */
  keepSearchedWindow(key: string, hits: NameHit[]): void {
    if (this.#windowSearches.size >= TextIndex.WINDOW_MEMO_CAPACITY) this.#windowSearches.clear();
    this.#windowSearches.set(key, hits);
  }

  /**
   * The listed words (folded single-token forms, and as written) that a
   * word cut off begins: longer than it, `MIN_COMPLETED_LETTERS` letters of
   * it or more, at most `MAX_COMPLETIONS` of them (else none).
   *
   * @example
   * ```ts
   * textIndex.completions('aviatr'); // ['aviatrans']
   * textIndex.completions('al');     // []: too short
   * ```
   */
  completions(piece: string): readonly string[] {
    if (piece.length < MIN_COMPLETED_LETTERS || !/^[a-z]+$/.test(piece)) return [];
    const sorted = (this.#sortedForms ??= [...this.#forms].sort());
    const lo = firstAtOrAfter(sorted, piece);
    const found: string[] = [];
    for (let i = lo; i < sorted.length && sorted[i]!.startsWith(piece); i++) {
      if (sorted[i]!.length === piece.length) continue;
      if (found.length === MAX_COMPLETIONS) return [];
      found.push(sorted[i]!);
    }
    return found;
  }

  /**
   * `lookUp` of a word a line or the text may have cut off (the last word
   * of either): what the word is similar to, and the listed words it begins
   * (`completions`), as listed (`BANK OF EAS`: east), with the word folded
   * (`piece`); undefined when it begins no listed word. Memoized.
   */
  lookUpCut(word: string): CutLookup | undefined {
    const key = word.toLowerCase();
    const known = this.#cutMemo.get(key);
    if (known !== undefined) return known === null ? undefined : known;
    const piece = foldName(word);
    const completions = this.completions(piece);
    let found: CutLookup | undefined;
    if (completions.length > 0) {
      const whole = this.lookUp(word);
      const similar = new Map(whole.similar);
      const seeds = new Set(whole.seeds);
      // The listed words it begins, as listed (not what sounds like them: the word is cut, not mistyped).
      for (const completion of completions) {
        for (const [id, score] of this.lookUp(completion).similar) {
          if (score < 1) continue;
          similar.set(id, 1);
          for (const name of this.#anchorPostings[id] ?? []) seeds.add(name);
        }
      }
      found = { piece, lookup: { similar, seeds: [...seeds], tokens: whole.tokens } };
    }
    if (this.#cutMemo.size >= TextIndex.MEMO_CAPACITY) this.#cutMemo.clear();
    this.#cutMemo.set(key, found ?? null);
    return found;
  }

  #lookUp(words: string): WordLookup {
    const matchable = this.names.prepareQuery(words);
    if (matchable.units.length === 0) return NOTHING;
    const similar = new Map<number, number>();
    let seeds: Set<number> | undefined;
    for (const unit of matchable.units) {
      if (isInitial(unit.form)) continue;
      for (const [id, similarity] of this.names.vocabulary.similarTo(unit)) {
        if (similarity.score <= (similar.get(id) ?? 0)) continue;
        similar.set(id, similarity.score);
        const anchored = this.#anchorPostings[id];
        if (anchored === undefined) continue;
        seeds ??= new Set();
        for (const name of anchored) seeds.add(name);
      }
    }
    if (similar.size === 0) return matchable.tokens.length <= 1 ? NOTHING : { ...NOTHING, tokens: matchable.tokens.length };
    return { similar, seeds: seeds === undefined ? NOTHING.seeds : [...seeds], tokens: matchable.tokens.length };
  }

  /**
   * A word written without its spaces (`ALRASHIDTRUST`, `WEIHAIWORLD`) cut
   * into listed words, fewest pieces first (at most 5), or undefined when it
   * cannot be: `al rashid trust`. Only words of 7 plain Latin letters (A–Z)
   * or more: names lose their spaces in fixed-width fields of the SWIFT
   * character set, which has no other letters; a word written with them is
   * a word of its language (`chochoł` is no Cho Ch'o'l).
   *
   * @example
   * ```ts
   * textIndex.split('ALRASHIDTRUST'); // 'al rashid trust'
   * ```
   */
  split(word: string): string | undefined {
    if (word.length < 7 || !PLAIN_LATIN.test(word)) return undefined;
    const known = this.#splits.get(word);
    if (known !== undefined) return known === null ? undefined : known;
    const found = this.#split(word);
    if (this.#splits.size >= TextIndex.MEMO_CAPACITY) this.#splits.clear();
    this.#splits.set(word, found ?? null);
    return found;
  }

  /**
   * Whether the name folding makes of a word a piece of 4 letters or more
   * that is no listed word, nor one mistyped (a listed word, not listed words
   * run together, `minSimilarity` or more alike: GUNWAAN is Gunawan): the
   * word is words run together (ABDULRAUFZAKIR: abd + raufzakir), which
   * `split` cuts better. Memoized (one `minSimilarity` per index in use).
   *
   * @example
   * ```ts
   * textIndex.foldsToUnlisted('ABDULRAUFZAKIR', 0.85); // true
   * textIndex.foldsToUnlisted('ABDULAZIZ', 0.85);      // false: abd + aziz
   * ```
   */
  foldsToUnlisted(word: string, minSimilarity: number): boolean {
    const known = this.#unlisted.get(word);
    if (known !== undefined) return known;
    const { entries } = this.names.vocabulary;
    const mistyped = (form: string): boolean => {
      for (const [id, similarity] of this.lookUp(form).similar) if (similarity >= minSimilarity && !entries[id]!.joined) return true;
      return false;
    };
    const found = this.names.prepareQuery(word).tokens.some((token) => token.form.length >= 4 && !this.#forms.has(token.form) && !mistyped(token.form));
    if (this.#unlisted.size >= TextIndex.MEMO_CAPACITY) this.#unlisted.clear();
    this.#unlisted.set(word, found);
    return found;
  }

  #split(word: string): string | undefined {
    const folded = foldName(word);
    const n = folded.length;
    if (n < 7 || n > 60 || !/^[a-z]+$/.test(folded)) return undefined;
    // pieces[i]: fewest pieces covering folded[0, i); from[i]: where the last one starts.
    const pieces = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
    const from = new Array<number>(n + 1).fill(-1);
    pieces[0] = 0;
    for (let i = 1; i <= n; i++) {
      for (let j = Math.max(0, i - this.#longestForm); j <= i - 2; j++) {
        if (pieces[j]! + 1 < pieces[i]! && this.#forms.has(folded.slice(j, i))) {
          pieces[i] = pieces[j]! + 1;
          from[i] = j;
        }
      }
    }
    if (pieces[n]! < 2 || pieces[n]! > 5) return undefined;
    const parts: string[] = [];
    for (let i = n; i > 0; i = from[i]!) parts.unshift(folded.slice(from[i]!, i));
    return parts.join(' ');
  }
}

/**
 * The bit of a word's first letter (a–z: bits 0–25), 0 for any other.
 *
 * @example
 * ```ts
 * letterBit('rukunda'); // 1 << 17
 * ```
 */
export function letterBit(word: string): number {
  const c = word.charCodeAt(0) - 97;
  return c >= 0 && c < 26 ? 1 << c : 0;
}

/** The heaviest of the content words (the first on ties), as a bit mask; 0 when there are none. */
export function heaviestContent(weights: readonly number[], content: number): number {
  let heaviest = -1;
  for (let t = 0; t < weights.length; t++) {
    if ((content & (1 << t)) !== 0 && (heaviest === -1 || weights[t]! > weights[heaviest]!)) heaviest = t;
  }
  return heaviest === -1 ? 0 : 1 << heaviest;
}

/**
 * The anchor tokens of a name, as a bit mask: heaviest first, until the
 * tokens left weigh less than `1 − MIN_LISTED_COVERAGE` of the name.
 */
export function anchorTokens(weights: readonly number[]): number {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const order = weights.map((_, i) => i).sort((a, b) => weights[b]! - weights[a]! || a - b);
  let mask = 0;
  let taken = 0;
  for (const i of order) {
    mask |= 1 << i;
    taken += weights[i]!;
    if (total - taken < MIN_LISTED_COVERAGE * total) break;
  }
  return mask;
}
