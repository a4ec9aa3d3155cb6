/**
 * A name as the matcher sees it: folded tokens, each with its class and keys.
 */
import { cleanName, MAX_NAME_PART_LENGTH } from '../text/clean.js';
import { foldName } from './fold.js';
import { isInitial } from './initial.js';
import { collapseDoubles, consonantKeyFrom, consonantSource, latinSpellingSource, vowelKey } from './keys.js';
import { isKoreanSpelling, isKoreanSurname, isKoreanWord, koreanSyllableKey } from './korean.js';
import { memoize } from '../text/memo.js';
import { boundedEditDistance } from '../text/distance.js';
import { ABD_FORMS, ARABIC_SCRIPT_TITLES, GIVEN_NAME_ABBREVIATIONS, GENERIC_ORG_WORDS, COUNTRY_NAME_FORMS, ORG_WORD_ABBREVIATIONS, LEGAL_FORMS, LEGAL_FORM_FAMILIES, LEGAL_FORM_TOKENS, NUMBER_WORDS, PARTICLES, TITLES } from './tables.js';
import { arabicConsonantSource, arabicLetters, hasArabicScript, hasSecondReading } from './transliterate.js';
import { expectString } from '../validate.js';

/**
 * What a token is: `name` (a real name part), `particle` (al, bin, de…),
 * `title` (Mr, Mullah, General…), `legal` (Ltd, LLC…), `generic` (Trading,
 * Group…), `initial` (one letter).
 */
export type TokenClass = 'name' | 'particle' | 'title' | 'legal' | 'generic' | 'initial';

/** The keys a token (or a joined pair of tokens) is compared by. */
export interface TokenKeys {
  /** Folded form (`mohammed`, `mhmd` for Arabic script, `ooo` for a legal form). */
  form: string;
  /** Vowel key (see keys.ts): shared by transliterations of one name. */
  vowelKey: string;
  /** Consonant key (see keys.ts): meets romanized Arabic script. */
  consonantKey: string;
  /** What the consonant key is made from (joined tokens join these). */
  consonantSource: string;
  /**
   * A second reading of the consonant source and key: for Arabic script with
   * ض ذ ظ ث ة, those letters as Persian reads them and ة as t
   * (transliterate.ts); for a Latin token, its letter-by-letter spelling of
   * an Arabic name (keys.ts `latinSpellingSource`).
   */
  altConsonantSource: string | undefined;
  altConsonantKey: string | undefined;
  /** The form with doubled letters made single. */
  collapsed: string;
  /** True when romanized from Arabic script (vowels unwritten). */
  fromArabic: boolean;
  /** When the token is one Korean syllable: the key its other romanizations share (korean.ts). */
  koreanKey: string | undefined;
}

/** One prepared token. */
export interface NameToken extends TokenKeys {
  /** The text it came from, for explanations. */
  original: string;
  cls: TokenClass;
  /** Whether the token reads as one to three Korean syllables (korean.ts, `isKoreanWord`). */
  koreanWord: boolean;
}

/** A name prepared once (at index time for the list, per call for queries). */
export interface PreparedName {
  text: string;
  tokens: NameToken[];
}

/** The article and a name of two letters or more (الحق al-Haqq, الحی al-Hayy); الله (Allah) is one word. */
const ARABIC_ARTICLE = /^(ال)(?!ل?[هہ]$)(\p{L}{2,})$/u;
const ARABIC_ABU = /^(ابو|أبو)(ال\p{L}{3,})$/u;
/** `عبدالولی` (Abd al-Wali written as one word): the servant-of prefix, then the article and the name. */
const ARABIC_ABD = /^(عبد)(ال)(\p{L}{2,})$/u;
/** `نورالدین` (Nur al-Din written as one word): a name, then the article and din. */
const ARABIC_DIN = /^(\p{L}{2,}?)(الد[يی]ن)$/u;
const WHITESPACE = /\s+/u;
const ABD_JOINED = /^(abdul|abdel|abdal|abdol|abdur|abdus|abdor)([a-z]{2,})$/;
const ALLAH_ENDINGS = new Set(['la', 'lah', 'llah', 'ullah', 'allah', 'ulla', 'ulah', 'lahi', 'lh', 'llh']);
/** `Salahaldin`, `Noureddine`, `Nizamuddin`: a name joined to "al-Din" (of the faith). */
const DIN_JOINED = /^([a-z]{3,}?)(?:al|el|ul|ud|ad|ed|id|od|ou|e|u|a|i|o)?(?:dd|d)(?:ine|in|een|eene)$/;
/** The article written apart and assimilated to the d of din (`ud-Din`, `ad-Din`). */
const DIN_CONNECTORS = new Set(['ud', 'ad', 'ed', 'id', 'od', 'u', 'e']);
const DIN_ALONE = new Set(['din', 'dine', 'deen', 'eddine', 'eddin', 'uddin', 'uddine', 'addin', 'aldin', 'udin', 'edin']);
/** `Essaadi`, `Ettayeb`: the Arabic article assimilated to a sun letter (es-Saadi); not `Att…` (Attiqullah). */
const ASSIMILATED_ARTICLE = /^e(s|t|d|r|z|sh)\1([a-z]{3,})$/;

/**
 * A folded token before classification; `legal` when it replaced a
 * legal-form phrase, `title` when its Arabic-script word is a title.
 */
type RawToken = {
  form: string;
  original: string;
  fromArabic: boolean;
  source?: string;
  altSource?: string;
  legal?: true;
  title?: true;
  /** What the word gives by itself (set on first use: see `planRawToken`). */
  planned?: PlannedWord;
  /** The legal-form phrases that may start with it (set on first use: see `legalPhrasesOf`). */
  phrases?: ReadonlyArray<readonly [string[], string]>;
  /** The folded word was longer than `MAX_NAME_PART_LENGTH` and was cut to it. */
  cut?: true;
};

/** The tokens of one word and the rule that made them. */
interface PlannedWord {
  kind: WordPlan['kind'];
  tokens: readonly NameToken[];
}

/**
 * The folded tokens of one whitespace-separated word, each cut to
 * `MAX_NAME_PART_LENGTH` (and its text kept for explanations cut too).
 */
function foldWordUncached(text: string): readonly RawToken[] {
  const raw: RawToken[] = [];
  // Arabic presentation forms (ﺻﺍﻠﺡ, as some PDFs and old systems write) are the Arabic letters once NFKC-normalized.
  const word = text.normalize('NFKC');
  const arabic = hasArabicScript(word);
  const pieces = arabic ? splitArabicArticle(word) : [word];
  for (const piece of pieces) {
    const forms = foldName(piece).split(' ').filter((form) => form !== '');
    const source = arabic && forms.length === 1 ? arabicConsonantSource(piece) : undefined;
    const altSource = source !== undefined && hasSecondReading(piece) ? arabicConsonantSource(piece, 'second') : undefined;
    // Titles are known by their Arabic letters: the romanization drops the ayn (سعيد would read as سيد).
    const title = arabic && ARABIC_SCRIPT_TITLES.has(arabicLetters(piece));
    for (const form of forms) {
      if (form.length > MAX_NAME_PART_LENGTH) {
        raw.push({
          form: form.slice(0, MAX_NAME_PART_LENGTH),
          original: `${piece.slice(0, MAX_NAME_PART_LENGTH)}…`,
          fromArabic: arabic,
          ...(source === undefined ? {} : { source: source.slice(0, MAX_NAME_PART_LENGTH) }),
          ...(altSource === undefined ? {} : { altSource: altSource.slice(0, MAX_NAME_PART_LENGTH) }),
          cut: true,
        });
        continue;
      }
      raw.push({
        form,
        original: piece,
        fromArabic: arabic,
        ...(source === undefined ? {} : { source }),
        ...(altSource === undefined ? {} : { altSource }),
        ...(title ? { title } : {}),
      });
    }
  }
  return raw;
}

/** Words recur: folded once each. */
const foldWordMemo = memoize(foldWordUncached, 50_000);

/** The Arabic article's `il` spelling, which is also a Korean name syllable (Il). */
const KOREAN_IL = 'il';

/**
 * Whether a name with `il` at `ilAt` reads as Korean (see prepareName): Saif il Islam, Din il Nur,
 * Nur il Amin U do not. Only the name's words count (not a title: Mr Pak Song Il; not a number).
 */
function isKoreanName(tokens: readonly NameToken[], ilAt: readonly number[]): boolean {
  const words = tokens.map((token, i) => ({ token, il: ilAt.includes(i) })).filter(({ token, il }) => il || token.cls === 'name' || token.cls === 'initial');
  if (words.length > 4) return false;
  // IL alone (a word of a text looked up by itself) is the syllable: an article never stands alone.
  if (words.every((word) => word.il)) return true;
  // A family name first or last; an initial (U, O) is no family name.
  const family = ({ token, il }: { token: NameToken; il: boolean }) => !il && token.cls !== 'initial' && isKoreanSurname(token.form);
  if (!family(words[0]!) && !family(words[words.length - 1]!)) return false;
  return words.every(({ token, il }) => il || token.cls === 'initial' || token.koreanKey !== undefined || token.koreanWord || isKoreanSpelling(token.form));
}

/** A word's folded tokens: memoized unless it is too long to be a name part (a cache must not keep such keys). */
function foldWord(word: string): readonly RawToken[] {
  return word.length > 4 * MAX_NAME_PART_LENGTH ? foldWordUncached(word) : foldWordMemo(word);
}

/** Printable ASCII: folding only deletes and separates, so a word of it no longer than the limit is never cut. */
const ASCII_WORD = /^[\x21-\x7e]*$/;

/**
 * The name parts of `text` longer than `MAX_NAME_PART_LENGTH`, which matching
 * cuts to that length (their first letters, for a warning); usually none.
 *
 * @example
 * ```ts
 * longNameParts(`Ali ${'a'.repeat(50)}`); // ['aaaa…a…'] (the first 40 letters)
 * ```
 */
export function longNameParts(text: string): string[] {
  const parts: string[] = [];
  for (const word of cleanName(text).text.split(WHITESPACE)) {
    if (word.length <= MAX_NAME_PART_LENGTH && ASCII_WORD.test(word)) continue;
    for (const token of foldWord(word)) if (token.cut) parts.push(token.original);
  }
  return parts;
}

/**
 * Folds, tokenizes and classifies a name.
 *
 * @example
 * ```ts
 * prepareName('Mullah Abdul Rahman AL-NU’AYMI').tokens.map((t) => `${t.form}:${t.cls}`);
 * // ['mullah:title', 'abd:name', 'rahman:name', 'al:particle', 'nuaymi:name']
 * prepareName('Iskusstvo Krasoty Limited Liability Company').tokens.map((t) => t.form);
 * // ['iskusstvo', 'krasoty', 'llc']
 * ```
 */
export function prepareName(text: string): PreparedName {
  expectString(text, 'text');
  const raw: RawToken[] = [];
  for (const word of cleanName(text).text.split(WHITESPACE)) if (word !== '') for (const token of foldWord(word)) raw.push(token);
  const tokens: NameToken[] = [];
  const koreanIl: number[] = [];
  const forms = applyLegalForms(numbersAsDigits(raw));
  for (let i = 0; i < forms.length; i++) {
    const current = forms[i]!;
    const planned = (current.planned ??= planRawToken(current));
    switch (planned.kind) {
      case 'abd':
        // `abd al rahman`: the article after abd is part of the same name.
        if (i + 1 < forms.length && PARTICLES.get(forms[i + 1]!.form) === 'al') i++;
        break;
      case 'al':
        // `nur al din`: the article before din goes, as in Nureddine.
        if (i + 1 < forms.length && DIN_ALONE.has(forms[i + 1]!.form)) continue;
        break;
    }
    // `noor ud din`, `salah ad din`: the article, assimilated to the d, goes too.
    if (DIN_CONNECTORS.has(current.form) && i + 1 < forms.length && DIN_ALONE.has(forms[i + 1]!.form)) continue;
    for (const token of planned.tokens) tokens.push(token);
    if (current.form === KOREAN_IL) koreanIl.push(tokens.length - 1);
  }
  // `il` of a Korean name is the syllable (CHOE IL, KIM IL SONG, CHO IL U), not the article: a name
  // of at most four words that begins or ends with a Korean family name, its other words Korean-like.
  if (koreanIl.length > 0 && isKoreanName(tokens, koreanIl)) {
    for (const i of koreanIl) tokens[i] = makeToken(KOREAN_IL, tokens[i]!.original, 'name', false);
  }
  // Tokens are shared by every name that has the word: the two rules below copy before they change one.
  // A two-letter legal form in a two-word name is more likely a name part (Thomas Sá, not S.A.).
  if (tokens.length <= 2) {
    tokens.forEach((token, i) => {
      if (token.cls === 'legal' && token.form.length <= 2 && token.original.replace(/\W/g, '').length <= 2) {
        tokens[i] = { ...token, cls: 'name' };
      }
    });
  }
  // A name made only of titles ("General") keeps them as name parts.
  if (tokens.length > 0 && tokens.every((t) => t.cls === 'title')) {
    tokens.forEach((token, i) => (tokens[i] = { ...token, cls: 'name' }));
  }
  return { text, tokens };
}

/**
 * The tokens one folded word gives by itself, with its text as `original`:
 * made once per word (the word's `RawToken` is memoized with `foldWord`) and
 * shared by every name that has it. Only the neighbour rules (`abd al`,
 * `al din`) are left to `prepareName`.
 */
function planRawToken(raw: RawToken): PlannedWord {
  const { form, original, fromArabic } = raw;
  const plan = fromArabic ? arabicWordPlan(form) : latinWordPlan(form);
  if (plan.kind === 'split' || plan.kind === 'abd') return { kind: plan.kind, tokens: plan.tokens.map((part) => ({ ...part, original })) };
  if (raw.legal || raw.title) return { kind: plan.kind, tokens: [makeToken(form, original, raw.title ? 'title' : 'legal', fromArabic, raw.source, raw.altSource)] };
  if (raw.source === undefined && raw.altSource === undefined) return { kind: plan.kind, tokens: [{ ...plan.tokens[0]!, original }] };
  return { kind: plan.kind, tokens: [makeToken(form, original, plan.cls, fromArabic, raw.source, raw.altSource)] };
}

/**
 * What the rules of `prepareName` make of one folded word, by itself: split
 * in two (`abdulrahman`, `salahuddin`, `essaadi`) or written out (`mohd`), the servant-of prefix,
 * the article (dropped before `din`), or a plain token of its class. Made
 * once per word (memoized): only the neighbour checks are left per name.
 */
interface WordPlan {
  kind: 'split' | 'abd' | 'al' | 'plain';
  /** The tokens it gives (for `al` and `plain`: the plain token), as templates without `original`. */
  tokens: readonly NameToken[];
  /** Its class when plain (not a legal-form phrase). */
  cls: TokenClass;
}

function planWord(form: string, fromArabic: boolean): WordPlan {
  const token = (f: string, cls: TokenClass) => makeToken(f, '', cls, fromArabic);
  const cls = classify(form);
  const expanded = fromArabic ? undefined : GIVEN_NAME_ABBREVIATIONS.get(form);
  if (expanded !== undefined) return { kind: 'split', tokens: [token(expanded, 'name')], cls };
  // A company word's abbreviation (Intl) or another name of a country (DPRK), written as the word.
  const writtenOut = fromArabic ? undefined : (ORG_WORD_ABBREVIATIONS.get(form) ?? COUNTRY_NAME_FORMS.get(form) ?? genericWordOf(form, cls));
  if (writtenOut !== undefined) return { kind: 'split', tokens: [token(writtenOut, classify(writtenOut))], cls };
  const abd = ABD_JOINED.exec(form);
  if (abd !== null && !ALLAH_ENDINGS.has(abd[2]!)) return { kind: 'split', tokens: [token('abd', 'name'), token(abd[2]!, 'name')], cls };
  if (ABD_FORMS.includes(form) || isAbdTypo(form)) return { kind: 'abd', tokens: [token('abd', 'name')], cls };
  const din = fromArabic ? null : DIN_JOINED.exec(form);
  if (din !== null) return { kind: 'split', tokens: [token(din[1]!, 'name'), token('din', 'name')], cls };
  if (DIN_ALONE.has(form)) return { kind: 'split', tokens: [token('din', 'name')], cls };
  const plain = [token(form, cls)];
  if (PARTICLES.get(form) === 'al') return { kind: 'al', tokens: plain, cls };
  const article = fromArabic ? null : ASSIMILATED_ARTICLE.exec(form);
  if (article !== null && form.length >= 6) {
    return { kind: 'split', tokens: [token('al', 'particle'), token(article[1]! + article[2]!, 'name')], cls };
  }
  return { kind: 'plain', tokens: plain, cls };
}

const latinWordPlan = memoize((form: string) => planWord(form, false), 50_000);
const arabicWordPlan = memoize((form: string) => planWord(form, true), 5_000);

/**
 * One token: its canonical form (particles, legal-form families) and keys.
 * Made once per word (`planWord`, `planRawToken`), then shared by every name
 * that has the word.
 */
function makeToken(
  form: string,
  original: string,
  cls: TokenClass,
  fromArabic: boolean,
  arabicSource?: string,
  secondSource?: string,
): NameToken {
  const canonical = cls === 'particle' ? (PARTICLES.get(form) ?? form) : cls === 'legal' ? (LEGAL_FORM_FAMILIES.get(form) ?? form) : form;
  const source = arabicSource ?? consonantSource(canonical);
  // A Latin token's second reading is its letter-by-letter spelling of an Arabic name (keys.ts).
  const altSource = fromArabic ? secondSource : latinSpellingSource(canonical, source);
  return {
    form: canonical,
    original,
    cls,
    vowelKey: vowelKey(canonical),
    consonantKey: consonantKeyFrom(source),
    consonantSource: source,
    altConsonantSource: altSource,
    altConsonantKey: altSource === undefined ? undefined : consonantKeyFrom(altSource),
    collapsed: collapseDoubles(canonical),
    fromArabic,
    koreanKey: fromArabic || cls !== 'name' ? undefined : koreanSyllableKey(canonical),
    koreanWord: !fromArabic && isKoreanWord(canonical),
  };
}

/** Endings of a company word's inflections (Factory / Factories, Industry / Industries), longest first. */
const GENERIC_ENDINGS = ['ies', 'y', 's'];
const GENERIC_BY_STEM = new Map<string, string>();
for (const word of GENERIC_ORG_WORDS) {
  const ending = GENERIC_ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= 5);
  const stem = ending === undefined ? word : word.slice(0, -ending.length);
  if (!GENERIC_BY_STEM.has(stem)) GENERIC_BY_STEM.set(stem, word);
}

/**
 * A word that is not in the tables but is a company word inflected
 * (`factories` → factory, `ministries` → ministry): written as the word, so
 * that it weighs and matches as one. (A company word mistyped by one letter
 * was measured too and not kept: `islamia` read as `islamic` lost a mid alias.)
 */
function genericWordOf(form: string, cls: TokenClass): string | undefined {
  if (cls !== 'name' || form.length < 6) return undefined;
  const ending = GENERIC_ENDINGS.find((e) => form.endsWith(e) && form.length - e.length >= 5);
  const byStem = GENERIC_BY_STEM.get(ending === undefined ? form : form.slice(0, -ending.length));
  return byStem;
}

/** `adbul`, `adb`: the servant-of prefix with two letters swapped, a common typing slip. */
function isAbdTypo(form: string): boolean {
  return form.length >= 3 && form.length <= 5 && form.startsWith('adb') && ABD_FORMS.includes(`abd${form.slice(3)}`);
}

function classify(form: string): TokenClass {
  if (TITLES.has(form)) return 'title';
  if (PARTICLES.has(form)) return 'particle';
  if (LEGAL_FORM_TOKENS.has(form)) return 'legal';
  if (GENERIC_ORG_WORDS.has(form)) return 'generic';
  if (isInitial(form)) return 'initial';
  return 'name';
}

/**
 * `الرحمن` → `ال` + `رحمن`, so that it meets `al-Rahman`; `الله` stays whole;
 * `ابواليزيد` → `ابو` + `ال` + `يزيد` (Abu al-Yazid written as one word).
 */
function splitArabicArticle(word: string): string[] {
  const abu = ARABIC_ABU.exec(word);
  if (abu !== null) return [abu[1]!, ...splitArabicArticle(abu[2]!)];
  const abd = ARABIC_ABD.exec(word);
  // (عبدالله stays whole: Abdullah, not Abd al-Lah.)
  if (abd !== null && abd[3] !== 'له') return [abd[1]!, abd[2]!, abd[3]!];
  const din = ARABIC_DIN.exec(word);
  if (din !== null) return [...splitArabicArticle(din[1]!), ...splitArabicArticle(din[2]!)];
  const match = ARABIC_ARTICLE.exec(word);
  return match === null ? [word] : [match[1]!, match[2]!];
}

/**
 * Number words, ordinals and `1st`-style ordinals as digits; a tens word and
 * a unit word in a row make one number (`forty four` → `44`).
 */
function numbersAsDigits(tokens: RawToken[]): RawToken[] {
  // Most names have no number: give them back as they are.
  if (!tokens.some(mayBeNumber)) return tokens;
  const out: RawToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // "Office No. 39": "no" before a number says "number", nothing of the name.
    if ((token.form === 'no' || token.form === 'nr') && /^\d/.test(tokens[i + 1]?.form ?? '')) continue;
    if (!mayBeNumber(token)) {
      out.push(token);
      continue;
    }
    const ordinal = /^(\d+)(?:st|nd|rd|th)$/.exec(token.form);
    const value = ordinal !== null ? Number(ordinal[1]) : NUMBER_WORDS.get(token.form);
    if (value === undefined) {
      out.push(token);
      continue;
    }
    let number = value;
    const next = tokens[i + 1] === undefined ? undefined : NUMBER_WORDS.get(tokens[i + 1]!.form);
    if (value >= 20 && value % 10 === 0 && next !== undefined && next < 10) {
      number += next;
      i++;
    }
    // A new word: what the first one was planned to give does not carry over.
    const { planned: _planned, phrases: _phrases, ...word } = token;
    out.push({ ...word, form: String(number) });
  }
  return out;
}

/** A token `numbersAsDigits` may change (`no` before a number goes only when a number follows). */
function mayBeNumber(token: RawToken): boolean {
  const first = token.form.charCodeAt(0);
  return (first >= 48 && first <= 57) || NUMBER_WORDS.has(token.form);
}

/** Replaces legal-form phrases (longest first) by their short form. */
function applyLegalForms(tokens: RawToken[]): RawToken[] {
  // Most names have no legal form: give them back as they are.
  if (!tokens.some((token) => legalPhrasesOf(token) !== NO_PHRASES)) return tokens;
  const out: RawToken[] = [];
  let i = 0;
  outer: while (i < tokens.length) {
    for (const [phrase, canonical] of legalPhrasesOf(tokens[i]!)) {
      const n = phrase.length;
      if (i + n <= tokens.length && phrase.every((word, k) => sameLegalWord(tokens[i + k]!.form, word, n))) {
        out.push({
          form: canonical,
          original: tokens.slice(i, i + n).map((t) => t.original).join(' '),
          fromArabic: false,
          legal: true,
        });
        i += n;
        continue outer;
      }
    }
    out.push(tokens[i]!);
    i++;
  }
  return out;
}

/**
 * A word of a legal-form phrase of several words, allowing one typing slip
 * or a cut-off end in words of 5 letters or more ("Joynt Stock Compan"); a
 * legal form of one word of 6 letters or more, one slip ("Comany").
 */
function sameLegalWord(form: string, word: string, phraseLength: number): boolean {
  if (form === word) return true;
  // A legal form of one word (Company, Limited) allows one slip from 6 letters (Comany).
  if (phraseLength === 1) return word.length >= 6 && form.length >= 6 && boundedEditDistance(form, word, 1) <= 1;
  if (word.length < 5 || form.length < 5) return false;
  return word.startsWith(form) || boundedEditDistance(form, word, 1) <= 1;
}

const NO_PHRASES: ReadonlyArray<readonly [string[], string]> = [];

/** The legal-form phrases that may start at a token (kept on the memoized token: words recur). */
function legalPhrasesOf(token: RawToken): ReadonlyArray<readonly [string[], string]> {
  return (token.phrases ??= LEGAL_PHRASES.get(token.form) ?? LEGAL_PHRASES_BY_PREFIX.get(token.form.slice(0, 2)) ?? NO_PHRASES);
}

/** Legal-form phrases of several words by the first two letters of their first word (a slip may be in the third: Joynt). */
const LEGAL_PHRASES_BY_PREFIX = new Map<string, Array<readonly [string[], string]>>();

/** Legal-form phrases by their first word, longest first. */
const LEGAL_PHRASES = new Map<string, Array<readonly [string[], string]>>();
for (const [phrase, canonical] of LEGAL_FORMS) {
  const words = phrase.split(' ');
  const list = LEGAL_PHRASES.get(words[0]!) ?? [];
  list.push([words, canonical]);
  list.sort((a, b) => b[0].length - a[0].length);
  LEGAL_PHRASES.set(words[0]!, list);
  if (words.length > 1 || words[0]!.length >= 6) {
    const byPrefix = LEGAL_PHRASES_BY_PREFIX.get(words[0]!.slice(0, 2)) ?? [];
    byPrefix.push([words, canonical]);
    byPrefix.sort((a, b) => b[0].length - a[0].length);
    LEGAL_PHRASES_BY_PREFIX.set(words[0]!.slice(0, 2), byPrefix);
  }
}
