/**
 * When a window that scores as a name is a hit in free text. A name screened
 * on its own is meant to be a name; a window of a text is only some words
 * that sit together, and payment text is full of words that are also words
 * of listed names (Noor, Trust, Money Exchange, Bank, Dubai, Care, Third
 * Floor). Rules, all read off the listed name (its word classes and the
 * list's own word rarity) and the alignment, none off a list of ordinary
 * words:
 *
 * 1. Half of the listed name's weight matched (`MIN_LISTED_COVERAGE`), its
 *    heaviest word among them.
 * 2. Its *content words* (name words, company words, legal forms; not
 *    particles, titles, initials or numbers) matched: all of them for a
 *    name of two (`NOOR` is not Noor Ahmad, `EREF` is not Said Arif), all
 *    but one in three (`MISSING_CONTENT_PER_WORD`) for longer names, and
 *    then only when a matched word is rare on the list (weight ≥
 *    `RARE_WORD_WEIGHT`: not MONEY EXCHANGE for AL-KAWTHAR MONEY EXCHANGE),
 *    or when the name is cut to its first and last content words, every
 *    matched name word spelt as listed (`SON SAN` for SON MUN SAN, `THARWAT
 *    SHIHATA` for THARWAT SALAH SHIHATA: a given and a family name); the
 *    heaviest word is always among those matched, so `MOHAMMAD OMARI` for
 *    MOHAMMAD IBRAHIM OMARI, whose Ibrahim weighs most, is no hit (a rule
 *    that let a given and a family name stand without it alerted on ordinary
 *    payment names: PAYMENT TO HASSANE OMAR, /BNF/NAIM AKHUND). A legal form
 *    that ends the name may be left out of the name written in its order
 *    (`PARS TRASH` for PARS TRASH COMPANY).
 *    A word cut off where a SWIFT line or field ends (`RABITA TRU`, `TAMAS
 *    COMPA`) counts for the listed word it begins. A name cut off where the
 *    text ends, in two words of the text or more, misses none of its words
 *    after the last one matched: they were never written (`… KOREA
 *    DAESONG` for KOREA DAESONG BANK, `… SULTAN AZIZ` for SULTAN AZIZ
 *    AZAM); the heaviest word and two content words are still needed
 *    (`… HONG KONG` is not HONG KONG ELECTRONICS, `… AL NOOR` not Noor
 *    Ahmad), unless the text ends inside a word of the name: then the window
 *    is scored written out with the words after the end (windows.ts,
 *    `unwrittenTail`: `IBRAHIM ALI MUHA` as Ibrahim Ali Muhammad Abu Bakr). A Low-quality
 *    alias (the UN's own doubt) needs three.
 *    The words must be two words of the text (a run-together word cut into
 *    listed words counts for its pieces): one word that the name folding
 *    splits (ABDULLAH: abd + ullah, SADUDDIN: sad + din) is one name.
 * 3. A name of one content word (SEPANIR, ANSARALLAH, AL-QAIDA's twin
 *    al-Tawhid) alerts alone only as an entity's name or a primary name, not
 *    a Low alias, on a word of `MIN_SINGLE_WORD_LETTERS` (text-index.ts) letters or more
 *    spelt as listed (similarity ≥ `MIN_SINGLE_WORD_SIMILARITY`): a person's
 *    one name (Abu Fatih, Yusuf, Sheikh) is not a person. A person's alias of
 *    a title and one name word (Mullah Naimullah) is, beside that title
 *    (title-alias.ts).
 * 4. One of its name words (not a company word or legal form) spelt as
 *    listed (`isSpelt`: exactly, with doubled letters, or one slip; any word
 *    read from Arabic script), when it has name words: a text gives no
 *    other sign that its words are a name, and sound-alikes alone
 *    (KENNEDY / Qannadi, CAIRO / Koryo, IMAN / Amin, DANIEL ADAMS / Danial
 *    Adam) are everywhere in ordinary payment text. A name of two name
 *    words met in the other order needs both spelt (`isCloselySpelt`): two
 *    words in either order, one only sounding alike, are everywhere too
 *    (MOHAMMAD ALI / Ali Mohammed, MOHAMMAD KAR / Khair Mohammad, A. NOOR
 *    / Noor Ahmad); three words or more carry their own evidence, in any
 *    order (HASAN AL-TIKRITI, ALI BARZAN IBRAHIM).
 * 5. A bracketed short form (`(KENYA)`, `(HONG KONG)`) never alerts alone,
 *    and an original-script name only on original-script words (a Latin
 *    word meets the designation's Latin names; consonant skeletons of
 *    Arabic-script names meet too many Latin words by chance).
 */
import type { NameHit } from '../search/name-index.js';
import type { AlignedPair } from '../match/align.js';
import type { SimilarityRule } from '../match/similarity.js';
import { foldName } from '../normalize/fold.js';
import { alertsInText, contentNeeded, contentTokens, heaviestContent, MIN_LISTED_COVERAGE, tokenBegun } from './text-index.js';
import type { TextWord } from './words.js';
import type { MatchableName } from '../match/units.js';
import type { WindowCompletion } from './windows.js';
import { titleBeside } from './title-alias.js';

/**
 * Similarity the word of a one-word listed name must reach inside a text: as
 * listed, or one slip in a word of 8 letters or more (1 − 1/8: FALULLAH for
 * Fazlullah, not HOUTHI for The Houthis, SPANIR for Sepanir, one slip in 7).
 */
export const MIN_SINGLE_WORD_SIMILARITY = 0.875;
/** Content words a name may miss inside a text, per content word it has (rounded down: 0 of 2, 1 of 3 to 5). */
export const MISSING_CONTENT_PER_WORD = 1 / 3;
/** Weight (class × rarity on the list) from which a word is rare enough to stand for a name with a word missing. */
export const RARE_WORD_WEIGHT = 0.8;

/** What the gate decided about one window's hit. */
export interface GateDecision {
  accepted: boolean;
  /** Position of the first word of the hit: the window's, or the listed title before it (title-alias.ts). */
  first: number;
  /** Position of the last word of the hit: the window's, the cut-off word after it that completes the name, or the listed title after it. */
  last: number;
}

/**
 * Rules by which a text word is the listed word as spelt (or with a slip), not only one that sounds alike;
 * `letters` is the whole name's letters as listed, up to one slip or a moved space (match/letters.ts).
 */
const SPELT_RULES: ReadonlySet<SimilarityRule> = new Set<SimilarityRule>(['exact', 'doubled', 'edit', 'letters']);
/** Similarity from which an `edit` pair is a slip of the listed word (one letter of seven or more). */
export const MIN_SPELT_SIMILARITY = 0.85;

/** Whether a pair matches a listed word as spelt: exactly, with doubled letters, one slip, or read from Arabic script. */
function isSpelt(pair: AlignedPair): boolean {
  return (SPELT_RULES.has(pair.rule) && pair.similarity >= MIN_SPELT_SIMILARITY) || pair.query.fromArabic;
}

/** `isSpelt`, and a word read from Arabic script only when it reads as listed (similarity ≥ `MIN_SPELT_SIMILARITY`: امیر is no Omar). */
function isCloselySpelt(pair: AlignedPair): boolean {
  return isSpelt(pair) && (!pair.query.fromArabic || pair.similarity >= MIN_SPELT_SIMILARITY);
}

const LATIN_ONLY = /^[\p{Script=Latin}\p{N}'’ʼ`]+$/u;

/** Whether the words `first`–`last` are all Latin letters and digits (an original-script name never alerts on them: rule 5). */
export function latinOnly(words: readonly TextWord[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (!LATIN_ONLY.test(words[k]!.text)) return false;
  return true;
}

/**
 * Whether a window's hit is a hit in the text (see the module comment), and
 * where it ends.
 *
 * @example
 * ```ts
 * // 'IN FAVOUR OF RABITA TRU': the window RABITA, the cut word TRU begins TRUST
 * acceptTextHit(hit, words, 3, 3, 1); // { accepted: true, last: 4 }
 * ```
 */
export function acceptTextHit(hit: NameHit, words: readonly TextWord[], first: number, last: number, written: number): GateDecision {
  const rejected: GateDecision = { accepted: false, first, last };
  const { name, alignment } = hit;
  const contentMask = contentTokens(name.matchable);
  if (alignment.listedCoverage < MIN_LISTED_COVERAGE || !alertsInText(name, contentMask)) return rejected;
  if (name.source === 'original-script' && latinOnly(words, first, last)) return rejected;
  const { tokens, weights } = name.matchable;
  const isContent = (t: number): boolean => (contentMask & (1 << t)) !== 0;
  let matched = 0;
  let best = 0;
  let spelt = false;
  let nameWords = 0;
  for (let t = 0; t < tokens.length; t++) if (isContent(t) && tokens[t]!.cls === 'name') nameWords++;
  const hasNameWord = nameWords > 0;
  let allSpelt = true;
  for (const pair of alignment.pairs) {
    for (let t = pair.listed.first; t <= pair.listed.last; t++) {
      matched |= 1 << t;
      if (isContent(t) && tokens[t]!.cls === 'name') {
        if (isSpelt(pair)) spelt = true;
        if (!isCloselySpelt(pair)) allSpelt = false;
      }
    }
    if (pair.listed.first === pair.listed.last && isContent(pair.listed.first)) best = Math.max(best, pair.similarity);
  }
  if (hasNameWord && !spelt) return rejected;
  if (nameWords === 2 && !allSpelt && reordered(alignment.pairs)) return rejected;
  const cut = completeCutWord(hit, words, last, matched, contentMask);
  if (cut !== undefined) matched |= 1 << cut.token;
  const lastWord = cut === undefined ? last : cut.word;

  let content = 0;
  let contentMatched = 0;
  let rareMatched = false;
  // A name cut off where the text ends, in two words of the text or more (`SHANGHAI DONGFENG SHIPPI`,
  // `LOAN REPAYMENT KOREA DAESONG`): its words after the last one matched were never written.
  const endsText = lastWord === words.length - 1 && lastWord > first;
  const lastMatched = 31 - Math.clz32(matched);
  // A legal form that ends the name may be left out of the name written in its order (PARS TRASH for PARS TRASH
  // COMPANY): payments drop it. Not of words in another order (MNOEY EXCHANGE S, the S of S.A. standing for Silsilat).
  const lastContent = 31 - Math.clz32(contentMask);
  const legalLeftOut = cut === undefined && tokens[lastContent]?.cls === 'legal' && (matched & (1 << lastContent)) === 0 && !reordered(alignment.pairs);
  for (let t = 0; t < tokens.length; t++) {
    if (!isContent(t)) continue;
    if (endsText && t > lastMatched) continue;
    if (t === lastContent && legalLeftOut) continue;
    content++;
    if ((matched & (1 << t)) !== 0) {
      contentMatched++;
      if (weights[t]! >= RARE_WORD_WEIGHT) rareMatched = true;
    }
  }
  if ((matched & heaviestContent(weights, contentMask)) === 0 || contentMatched < contentNeeded(name, contentMask)) return rejected;
  const accepted: GateDecision = { accepted: true, first, last: lastWord };
  if (content >= 2) {
    // Two words written in the text: ABDULLAH is one word, however it splits (abd + ullah: Abd El Illah).
    if (written + (cut === undefined ? 0 : 1) < 2) return rejected;
    const missing = content - contentMatched;
    if (missing === 0) return accepted;
    if (missing > Math.floor(content * MISSING_CONTENT_PER_WORD)) return rejected;
    // A rare word stands for the name; else a name cut to its first and last words, both spelt (SON SAN for SON MUN SAN).
    return rareMatched || (allSpelt && firstAndLast(contentMask, matched)) ? accepted : rejected;
  }
  // One content word (an entity's, or a primary name, long: alertsInText), spelt as listed, in letters.
  if (best < MIN_SINGLE_WORD_SIMILARITY) return rejected;
  for (let k = first; k <= last; k++) if (!/\p{L}/u.test(words[k]!.text)) return rejected;
  if (name.record.kind === 'entity' || name.source === 'primary') return accepted;
  // A person's alias of a title and a name word: only beside that title (title-alias.ts), which the hit then spans.
  const title = titleBeside(name, words, first, last);
  if (title === undefined) return rejected;
  return { accepted: true, first: Math.min(first, title), last: Math.max(lastWord, title) };
}

/**
 * The word just after the window when it begins an unmatched content word
 * of the listed name (a name cut where a line or field ends: `HAQQANI
 * NETWO`), with the listed token it begins.
 */
function completeCutWord(
  hit: NameHit,
  words: readonly TextWord[],
  last: number,
  matched: number,
  content: number,
): { word: number; token: number } | undefined {
  const cut = last + 1;
  if (cut >= words.length) return undefined;
  const token = tokenBegun(hit.name, foldName(words[cut]!.text), content & ~matched);
  return token === undefined ? undefined : { word: cut, token };
}

/** Whether the text has the listed words in another order (MOHAMMAD ALI for Ali Mohammed). */
function reordered(pairs: readonly AlignedPair[]): boolean {
  const sorted = [...pairs].sort((a, b) => a.query.first - b.query.first);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.listed.first < sorted[i - 1]!.listed.first) return true;
  return false;
}

/** Whether the first and the last content words of the name are among those matched. */
function firstAndLast(content: number, matched: number): boolean {
  const first = content & -content;
  const last = 1 << (31 - Math.clz32(content));
  return (matched & first) !== 0 && (matched & last) !== 0;
}

/**
 * Whether a hit on a window written out (`TextWindow.completed`: `BANK OF
 * EAS` scored as BANK OF EAST, `H. GAYE` as HAROUN GAYE) reads as the listed
 * name shortened: the window's words stand, in order, for a run of the
 * listed name's words (no content word of the text left out, none of the
 * name skipped in between) that ends with the cut-off word when there is one,
 * and each name word not put in is spelt as listed (`isSpelt`). A beginning of
 * a word says little by itself: `WAHA SHIPPI` (Weihai World-Shipping skips
 * World), `KIM THANK YOU` (Kim Young-Chol, with THANK in between) or `ALI
 * ABBAS ASHTIA` (Abbas Rezaee Ashtiani) are no cut-off names.
 *
 * @example
 * ```ts
 * // 'AMIN INDUSTRIAL COMPL', scored as AMIN INDUSTRIAL COMPLEX
 * readsAsCutName(hit, names.prepareQuery('AMIN INDUSTRIAL COMPLEX'), { query: 'AMIN INDUSTRIAL COMPLEX', words: ['COMPLEX'], cutLast: 'COMPLEX' }); // true
 * ```
 */
export function readsAsCutName(hit: NameHit, query: MatchableName, completed: WindowCompletion): boolean {
  const { tokens } = hit.name.matchable;
  const listedContent = contentTokens(hit.name.matchable);
  const pairs = [...hit.alignment.pairs].sort((a, b) => a.query.first - b.query.first);
  let queryPaired = 0;
  let listedPaired = 0;
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i]!;
    if (i > 0 && pair.listed.first <= pairs[i - 1]!.listed.last) return false;
    for (let t = pair.query.first; t <= pair.query.last; t++) queryPaired |= 1 << t;
    for (let t = pair.listed.first; t <= pair.listed.last; t++) {
      listedPaired |= 1 << t;
      const put = completed.words.includes(tokens[t]!.original);
      if (!put && tokens[t]!.cls === 'name' && (listedContent & (1 << t)) !== 0 && !isSpelt(pair)) return false;
    }
  }
  if (listedPaired === 0 || (contentTokens(query) & ~queryPaired) !== 0) return false;
  const lo = 31 - Math.clz32(listedPaired & -listedPaired);
  const hi = 31 - Math.clz32(listedPaired);
  const between = ((1 << (hi + 1)) - 1) & ~((1 << lo) - 1);
  if ((listedContent & between & ~listedPaired) !== 0) return false;
  const { tail } = completed;
  if (tail === undefined) return completed.cutLast === undefined || tokens[hi]!.original === completed.cutLast;
  // A text that ends inside the name: the run ends with the name, and the words written carry half its weight.
  if (tokens[hi]!.original !== tail[tail.length - 1]) return false;
  const { weights } = hit.name.matchable;
  let total = 0;
  let written = 0;
  for (let t = 0; t < tokens.length; t++) {
    total += weights[t]!;
    if ((listedPaired & (1 << t)) !== 0 && !tail.includes(tokens[t]!.original)) written += weights[t]!;
  }
  return written >= MIN_LISTED_COVERAGE * total;
}
