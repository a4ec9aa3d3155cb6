/**
 * The windows of a text scored against the list: for each listed name that a
 * word of the text anchors, the run of neighbouring words that match its
 * other words.
 */
import type { IndexedName } from '../search/name-index.js';
import { writtenForm, type TextWord } from './words.js';
import { bitCount, MIN_COMPLETED_LETTERS, MIN_LISTED_COVERAGE, type TextIndex, type WordLookup } from './text-index.js';
import { PARTICLES } from '../normalize/tables.js';
import { populationShare } from '../search/name-frequency.js';
import { MIN_SPELT_SIMILARITY } from './gate.js';

/** A run of words of a text, `first` to `last` (word positions, inclusive). */
export interface TextWindow {
  first: number;
  last: number;
  /** The name's tokens its words match (bit mask). */
  covered: number;
  /** The names the window was made for and what its words match of each (`covered`), flat (id, covered, id, covered…): set once it is kept. */
  madeFor?: number[];
  /** The window written out as the listed name writes the words it shortened, when it did (`completeWindow`). */
  completed?: WindowCompletion;
}

/**
 * A window scored with some of its words written out in full: the last one
 * when a line or the text cut it off (`EAS` of `BANK OF EAS`: `EAST`), and
 * initials (`H.` of `H. GAYE`: `HAROUN`), as the listed name writes them.
 */
export interface WindowCompletion {
  /** The window's words, those written out replaced: what is scored. */
  query: string;
  /** The listed words (as written) put in. */
  words: readonly string[];
  /** The one put in for a cut-off last word, if any. */
  cutLast: string | undefined;
  /**
   * The listed words put in after the window's last word, when the text ends
   * inside the name (`IBRAHIM ALI MUHA` for Ibrahim Ali Muhammad Abu Bakr:
   * `ABU`, `BAKR`; see `unwrittenTail`), else none. They were not written:
   * the hit scores them below exact (`unwrittenScore`).
   */
  tail?: readonly string[];
}

/** The words of a text as looked up on the list. */
export interface LookedUpText {
  words: readonly TextWord[];
  /** Per word: what it is similar to (a run-together word: its pieces). */
  lookups: readonly WordLookup[];
  /** Per word after a line break: the word joined to the one before it (a word the line cut), when similar to anything. */
  joinedBefore: ReadonlyArray<WordLookup | undefined>;
  /** Per word: the text it stands for in a window (a run-together word cut up). */
  queryTexts: readonly string[];
  /** Per word: how many words it was written for (more than 1 when run together). */
  pieces: readonly number[];
  /** Per word that a line or the text may have cut off (`TextWord.endsLine`, letters only): the word folded, which may begin a listed word. */
  cut: ReadonlyArray<string | undefined>;
  /**
   * The same text with each cut word also standing for the listed words it
   * begins (`TextIndex.lookUpCut`), when it has such a word; else undefined.
   * Windows made on it are scored with the cut word completed (`completionOf`),
   * beside those made on the words as written.
   */
  completing: LookedUpText | undefined;
}

const HAS_DIGIT = /\p{N}/u;
const NO_WORD: WordLookup = Object.freeze({ similar: new Map<number, number>(), seeds: Object.freeze([]) as readonly number[], tokens: 1 });

/** Words a window may hold beyond the name's own token count (a word cut by a line, one word between). */
export const WINDOW_SLACK = 2;

/**
 * Looks every word of a text up once: the word, or a run-together word cut
 * into listed words when the whole finds no name, and each pair of halves a line
 * break separates.
 */
export function lookUpText(index: TextIndex, words: readonly TextWord[]): LookedUpText {
  const lookups: WordLookup[] = new Array<WordLookup>(words.length);
  const queryTexts: string[] = new Array<string>(words.length);
  const pieces: number[] = new Array<number>(words.length).fill(1);
  const joinedBefore: Array<WordLookup | undefined> = new Array<WordLookup | undefined>(words.length).fill(undefined);
  const cutOff: Array<string | undefined> = new Array<string | undefined>(words.length).fill(undefined);
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    // References, amounts and dates (FT2609925790, 14MAR26) are no name words: not looked up.
    if (HAS_DIGIT.test(word.text)) {
      lookups[k] = NO_WORD;
      queryTexts[k] = word.text;
      continue;
    }
    const whole = index.lookUp(word.text);
    let lookup = whole;
    let queryText = word.text;
    // A word of 7 letters or more may be words run together: it counts for its pieces, and
    // stands for them in a window when the whole word anchors no name, or when the name folding
    // leaves a word of it that is like nothing listed (ABDULRAUFZAKIR: abd + raufzakir; cut up:
    // abdul rauf zakir). Not for the cuts the name folding makes itself: SALAHUDIN (salah + din)
    // is one word of the text, SALIMSALEH two.
    const cut = index.split(word.text);
    if (cut !== undefined) {
      if (lookup.seeds.length === 0 || index.foldsToUnlisted(word.text, MIN_SPELT_SIMILARITY)) {
        const split = index.lookUp(cut);
        if (split.seeds.length > 0) {
          lookup = split;
          queryText = cut;
          if (whole.seeds.length > 0) pieces[k] = cut.split(' ').length;
        }
      }
      if (whole.tokens <= 1) pieces[k] = cut.split(' ').length;
    }
    lookups[k] = lookup;
    queryTexts[k] = queryText;
    // A line cuts words of letters: no half with a digit (a reference, an amount) is joined.
    if (word.lineCut && !HAS_DIGIT.test(words[k - 1]!.text) && !HAS_DIGIT.test(word.text)) {
      const joined = index.lookUp(words[k - 1]!.text + word.text);
      if (joined.similar.size > 0) joinedBefore[k] = joined;
    }
  }
  // The last word of a line or of the text may be cut off, when the next line does not hold its end
  // (joinedBefore): it also stands for the listed words it begins.
  let cutLookups: WordLookup[] | undefined;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (!word.endsLine || lookups[k] === NO_WORD || queryTexts[k] !== word.text || word.text.length < MIN_COMPLETED_LETTERS) continue;
    // Only a join spelt like a listed word holds the other half: one that merely sounds like something (ANS + INV) does not.
    if (k + 1 < words.length && joinedSpelt(joinedBefore[k + 1])) continue;
    const cut = index.lookUpCut(word.text);
    if (cut === undefined) continue;
    (cutLookups ??= [...lookups])[k] = cut.lookup;
    cutOff[k] = cut.piece;
  }
  const looked: LookedUpText = { words, lookups, joinedBefore, queryTexts, pieces, cut: cutOff, completing: undefined };
  if (cutLookups !== undefined) looked.completing = { ...looked, lookups: cutLookups };
  return looked;
}

/** Whether a word a line cut, joined to the next line's first word, is about as like a listed word as a spelling (`MIN_SPELT_SIMILARITY`). */
function joinedSpelt(joined: WordLookup | undefined): boolean {
  if (joined !== undefined) for (const similarity of joined.similar.values()) if (similarity >= MIN_SPELT_SIMILARITY) return true;
  return false;
}

/** What a word of the text matches of a name (see `matchWord`). */
interface WordMatch {
  /** Every token of the name the word is similar to (bit mask, through any unit, single or joined). */
  mask: number;
  /** The tokens of the unit it is most similar to among those no word of the window stands for yet (0: none left). */
  best: number;
  /** The words it spans: itself, or with the other half of a word a line break cut. */
  from: number;
  to: number;
  /** How similar it is to the unit of `best` (0: none). */
  similarity: number;
}

/** Sets `out.mask` and `out.best` for one looked-up word; false when it matches nothing of the name. */
function matchLookup(name: IndexedName, lookup: WordLookup | undefined, taken: number, out: WordMatch): boolean {
  if (lookup === undefined || lookup.similar.size === 0) return false;
  let mask = 0;
  let best = 0;
  let bestSimilarity = 0;
  const { unitIds, matchable } = name;
  for (let u = 0; u < unitIds.length; u++) {
    const similarity = lookup.similar.get(unitIds[u]!);
    if (similarity === undefined) continue;
    const span = matchable.unitSpans[u]!;
    mask |= span;
    if ((span & taken) === 0 && similarity > bestSimilarity) {
      best = span;
      bestSimilarity = similarity;
    }
  }
  out.mask = mask;
  out.best = best;
  out.similarity = bestSimilarity;
  return mask !== 0;
}

/** matchWord's scratch for the word joined to the next one. */
const JOINED: WordMatch = { mask: 0, best: 0, from: 0, to: 0, similarity: 0 };

/**
 * What word `k` matches of the name (into `out`, reused: windows are made
 * for every name a word anchors): the word itself, an initial, or the word
 * joined to the one before or after it across a line break.
 */
function matchWord(name: IndexedName, text: LookedUpText, k: number, taken: number, out: WordMatch): WordMatch {
  out.from = k;
  out.to = k;
  if (matchLookup(name, text.lookups[k], taken, out)) {
    // A half a line cut off (MOHAMM / ED) stands for the listed word with its other half when that is more like it.
    const joined = text.joinedBefore[k + 1];
    if (joined !== undefined && matchLookup(name, joined, taken, JOINED) && JOINED.best !== 0 && JOINED.similarity > out.similarity) {
      out.mask |= JOINED.mask;
      out.best = JOINED.best;
      out.similarity = JOINED.similarity;
      out.to = k + 1;
    }
    return out;
  }
  const initial = initialOf(name, text.words[k]!);
  if (initial !== 0) {
    out.mask = initial;
    const free = initial & ~taken;
    out.best = free & -free;
    return out;
  }
  if (matchLookup(name, text.joinedBefore[k], taken, out)) {
    out.from = k - 1;
    return out;
  }
  if (k + 1 < text.words.length && matchLookup(name, text.joinedBefore[k + 1], taken, out)) {
    out.to = k + 1;
    return out;
  }
  out.mask = 0;
  out.best = 0;
  return out;
}

/** Bit mask of the name's words that a one-letter word (an initial: `M. RUKUNDA`) may stand for. */
function initialOf(name: IndexedName, word: TextWord): number {
  if (!word.initial) return 0;
  const letter = word.text.toLowerCase();
  let mask = 0;
  const { tokens } = name.matchable;
  for (let t = 0; t < tokens.length; t++) if (tokens[t]!.cls === 'name' && tokens[t]!.form.startsWith(letter)) mask |= 1 << t;
  return mask;
}

/**
 * The window of `name` around the words `first`–`last` that anchor it: grown
 * one word at a time on either side while the next word (or the one after a
 * single word in between) matches a token of the name that no word of the
 * window stands for yet, up to the name's token count + `WINDOW_SLACK`
 * words. Each word stands for the token it is most similar to (MOHAMMAD for
 * Mohammad, not for Mohammadi, which the next word may be); a word a line
 * break cut in two counts with its other half. `covered` is every token the
 * window's words are similar to.
 */
export function windowFor(name: IndexedName, text: LookedUpText, first: number, last: number): TextWindow {
  const limit = name.matchable.tokens.length + WINDOW_SLACK;
  const count = text.words.length;
  const m: WordMatch = { mask: 0, best: 0, from: 0, to: 0, similarity: 0 };
  let covered = 0;
  let taken = 0;
  let lo = first;
  let hi = last;
  for (let k = first; k <= last; k++) {
    matchWord(name, text, k, taken, m);
    covered |= m.mask;
    taken |= m.best;
    if (m.mask !== 0) hi = Math.max(hi, m.to);
  }
  // The next word on either side first, then the one after a word in between: a word of the name two places off on
  // one side must not take the token that the next word on the other side stands for (BANK / FFC KOREA TRADING BANK).
  for (let grown = true; grown; ) {
    grown = false;
    for (let gap = 0; gap <= 1 && !grown; gap++) {
      const left = lo - 1 - gap;
      if (left >= 0) {
        matchWord(name, text, left, taken, m);
        if (m.best !== 0 && m.to < lo && hi - m.from + 1 <= limit) {
          covered |= m.mask;
          taken |= m.best;
          lo = m.from;
          grown = true;
        }
      }
      const right = hi + 1 + gap;
      if (right < count) {
        matchWord(name, text, right, taken, m);
        if (m.best !== 0 && m.from > hi && m.to - lo + 1 <= limit) {
          covered |= m.mask;
          taken |= m.best;
          hi = m.to;
          grown = true;
        }
      }
    }
  }
  return { first: lo, last: hi, covered };
}

/**
 * The window written out for `name` (see `WindowCompletion`), or undefined
 * when it shortened nothing of it: its last word, when a line or the text may
 * have cut it (`LookedUpText.cut`), replaced by the content word of the name
 * it begins as the list writes it; each initial replaced by the name word it
 * begins that no other word of the window spells, when the window has
 * `MIN_WORDS_BESIDE_INITIALS` whole words (3 letters or more) besides; and,
 * when the window ends the text inside a word of the name (its last word cut
 * off, or the beginning of a listed word as written), in
 * `MIN_TAIL_WINDOW_WORDS` words besides particles, its last word no word of
 * its own (MUSA is not a cut Musab), the name's words after it
 * (`unwrittenTail`). A window of one word is never written out.
 *
 * @example
 * ```ts
 * // 'PAGO FACTURA AVIATRANS ANS', the window AVIATRANS ANS of AVIATRANS ANSTALT
 * completeWindow(aviatransAnstalt, looked, window, content)?.query; // 'AVIATRANS ANSTALT'
 * // '/BNF/IBRAHIM ALI MUHA', the window IBRAHIM ALI MUHA of Ibrahim Ali Muhammad Abu Bakr
 * completeWindow(ibrahimAliMuhammadAbuBakr, looked, window, content);
 * // { query: 'IBRAHIM ALI Muhammad Abu Bakr', words: ['Muhammad', 'Abu', 'Bakr'], cutLast: 'Muhammad', tail: ['Abu', 'Bakr'] }
 * // 'REF 2291 BANK OF EAS': undefined for BANK OF EAST LAND (BANK and EAS, OF a particle: too few words)
 * ```
 */
export function completeWindow(name: IndexedName, text: LookedUpText, window: TextWindow, content: number): WindowCompletion | undefined {
  const { first, last } = window;
  if (last === first) return undefined;
  const piece = text.cut[last];
  let initials = false;
  for (let k = first; k <= last && !initials; k++) initials = text.words[k]!.initial;
  // A name the text ends inside, in `MIN_TAIL_WINDOW_WORDS` words of it or more besides particles (see `unwrittenTail`).
  const endsText = last === text.words.length - 1 && wordsBesideParticles(text, first, last) >= MIN_TAIL_WINDOW_WORDS;
  if (piece === undefined && !initials && !endsText) return undefined;
  const { tokens } = name.matchable;
  const written = writtenForms(name);
  const query = text.queryTexts.slice(first, last + 1);
  const put: string[] = [];
  let cutLast: string | undefined;
  let covered = window.covered;
  if (piece !== undefined) {
    for (let t = 0; t < tokens.length; t++) {
      // The word as written: KAR begins the token karim of Abdulkarim, not the word.
      if ((content & (1 << t)) === 0 || written[t]!.length <= piece.length || !written[t]!.startsWith(piece)) continue;
      cutLast = tokens[t]!.original;
      query[last - first] = cutLast;
      put.push(cutLast);
      covered |= 1 << t;
      break;
    }
  }
  // Only a text that visibly ends inside a word of the name: one a line or the text cut off (EAS of BANK OF EAS), or the
  // first part of a listed word (AL of AL-AMDOUNI). A text that ends on whole words (`… HONG KONG`) may simply end there.
  let tail = endsText ? unwrittenTail(name, covered, content) : undefined;
  if (tail?.joinsLast === true) {
    // The last word is the beginning of that listed word as written (AL of AL-AMDOUNI), not a word of its own whose
    // folding also makes the listed word's first part (ALTIKRITI: al + tikriti, no beginning of AL-ASIRI).
    const end = writtenForm(text.words[last]!.text);
    const whole = writtenForm(tail.words[0]!);
    if (whole.length <= end.length || !whole.startsWith(end)) tail = undefined;
  }
  if (tail !== undefined && cutLast === undefined && !tail.joinsLast) tail = undefined;
  // A last word that is a word of its own (MUSA, not a cut Musab) ends a name the text may simply end there; a
  // particle (AL of AL-AMDOUNI) ends no name.
  if (tail !== undefined && wholeWord(text, last)) tail = undefined;
  if (tail !== undefined) {
    // A listed word the folding cut in two (AL-AMDOUNI: al + amdouni) whose first part ends the text is put in whole.
    if (tail.joinsLast) query[last - first] = tail.words[0]!;
    query.push(...tail.words.slice(tail.joinsLast ? 1 : 0));
    put.push(...tail.words);
  }
  const done = (): WindowCompletion | undefined =>
    put.length === 0 ? undefined : { query: query.join(' '), words: put, cutLast, ...(tail === undefined ? {} : { tail: tail.words }) };
  if (!initials) return done();
  // Initials only beside two whole words of 3 letters or more: one (A. SHARJAH, M BERNARDO, H. AL-TIKRITI) is too
  // little to say whose name they begin.
  let whole = 0;
  for (let k = first; k <= last; k++) if (text.words[k]!.text.length >= 3 && (k !== last || cutLast === undefined)) whole++;
  for (let k = first; k <= last && whole >= MIN_WORDS_BESIDE_INITIALS; k++) {
    const word = text.words[k]!;
    if (!word.initial) continue;
    const letter = word.text.toLowerCase();
    const spelt = new Set(query.map(writtenForm));
    for (let t = 0; t < tokens.length; t++) {
      const full = written[t]!;
      if (tokens[t]!.cls !== 'name' || full.length < 2 || !full.startsWith(letter) || spelt.has(full)) continue;
      query[k - first] = tokens[t]!.original;
      put.push(tokens[t]!.original);
      break;
    }
  }
  return done();
}

/**
 * The listed words after a window that ends the text, when the text ends
 * inside the name (a field or a copy cut it there: `BANK OF EAS` for BANK OF
 * EAST LAND, `BAZ GRAN` for BAZ GRAN GRIF): the window's words (`covered`,
 * with a cut-off word completed) stand for every content word of the name up
 * to the last one they reach, at least `MIN_WRITTEN_CONTENT` of them, carrying
 * `MIN_LISTED_COVERAGE` of the name's weight (what any hit needs: `ISLAMIC
 * ARMY` is 38% of ISLAMIC ARMY OF ADEN, `ALI MOHAMED` 37% of ALI MOHAMED RAGE),
 * and at least one content word of the name comes after it. The words as
 * listed (each once), and whether the first of them is the listed word the
 * last window token is the first part of (AL of AL-AMDOUNI); else undefined.
 *
 * @example
 * ```ts
 * // 'SALARY BAZ GRAN', the window BAZ GRAN of BAZ GRAN GRIF
 * unwrittenTail(bazGranGrif, 0b011, 0b111); // { words: ['GRIF'], joinsLast: false }
 * ```
 */
export function unwrittenTail(name: IndexedName, covered: number, content: number): { words: string[]; joinsLast: boolean } | undefined {
  if (covered === 0) return undefined;
  const { tokens, weights } = name.matchable;
  const hi = 31 - Math.clz32(covered);
  const upTo = hi >= 30 ? -1 : (2 << hi) - 1;
  if ((content & ~upTo) === 0 || (content & upTo & ~covered) !== 0 || bitCount(content & covered) < MIN_WRITTEN_CONTENT) return undefined;
  let total = 0;
  let writtenWeight = 0;
  for (let t = 0; t < tokens.length; t++) {
    total += weights[t]!;
    if (t <= hi && (covered & (1 << t)) !== 0) writtenWeight += weights[t]!;
  }
  if (writtenWeight < MIN_LISTED_COVERAGE * total) return undefined;
  const words: string[] = [];
  const joinsLast = hi + 1 < tokens.length && tokens[hi + 1]!.original === tokens[hi]!.original;
  for (let t = hi + 1; t < tokens.length; t++) if (words[words.length - 1] !== tokens[t]!.original) words.push(tokens[t]!.original);
  return { words, joinsLast };
}

/** Words of a window that are no particle (`PARTICLES`: AL, BIN, ABU, OF…): a particle says nothing of whose name the words begin. */
function wordsBesideParticles(text: LookedUpText, first: number, last: number): number {
  let count = 0;
  for (let k = first; k <= last; k++) if (!PARTICLES.has(writtenForm(text.words[k]!.text))) count++;
  return count;
}

/**
 * Whether word `k` of a text is a word of its own, not the beginning of a
 * longer one: a word of the list as written (similar at 1 to a listed
 * word: MUSA, YUN) or a name people carry (`populationShare` above 0); not
 * a particle (`PARTICLES`: AL, ABU), which ends no name.
 */
function wholeWord(text: LookedUpText, k: number): boolean {
  if (PARTICLES.has(writtenForm(text.words[k]!.text))) return false;
  for (const similarity of text.lookups[k]!.similar.values()) if (similarity >= 1) return true;
  return populationShare(writtenForm(text.words[k]!.text)) > 0;
}

/**
 * Similarity a listed word put in after the text's end (`unwrittenTail`)
 * scores with: not written, so below an exact match (a completed name must
 * not read as the full name written), yet one the text plausibly began.
 */
export const UNWRITTEN_WORD_SIMILARITY = 0.85;

/**
 * The score of a hit on a window written out with listed words after the
 * text's end (`WindowCompletion.tail`): each such word scores
 * `UNWRITTEN_WORD_SIMILARITY` for its share of the name's weight, not 1.
 *
 * @example
 * ```ts
 * // 'PAY IBRAHIM ALI MUHA' written out as IBRAHIM ALI MUHAMMAD ABU BAKR: ABU BAKR not written
 * unwrittenScore(ibrahimAliMuhammadAbuBakr, 1, ['ABU', 'BAKR']); // about 0.96
 * ```
 */
export function unwrittenScore(name: IndexedName, score: number, tail: readonly string[]): number {
  const { tokens, weights } = name.matchable;
  let total = 0;
  let unwritten = 0;
  for (let t = 0; t < tokens.length; t++) {
    total += weights[t]!;
    if (tail.includes(tokens[t]!.original)) unwritten += weights[t]!;
  }
  return total === 0 ? score : score - (1 - UNWRITTEN_WORD_SIMILARITY) * (unwritten / total);
}

/** Content words a window must write of a name the text ends inside (`unwrittenTail`): a name cut to one word is anyone's. */
export const MIN_WRITTEN_CONTENT = 2;
/**
 * Words of the text (the cut one included) a window must have to be written
 * out with the listed words after the text's end: two say too little of
 * whose name they begin (`… NATHAN ROAD HONG KON`, an address cut at 35
 * characters, begins HONG KONG ELECTRONICS).
 */
export const MIN_TAIL_WINDOW_WORDS = 3;

/** Per name: its tokens' words as written (`writtenForm`), made on first use. */
const writtenOf = new WeakMap<IndexedName, readonly string[]>();

function writtenForms(name: IndexedName): readonly string[] {
  let forms = writtenOf.get(name);
  if (forms === undefined) {
    forms = name.matchable.tokens.map((token) => writtenForm(token.original));
    writtenOf.set(name, forms);
  }
  return forms;
}

/** Whole words (3 letters or more, not a cut-off word) a window must have for its initials to be written out. */
export const MIN_WORDS_BESIDE_INITIALS = 2;

