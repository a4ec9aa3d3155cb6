/**
 * A name as one string of letters: its words as written, run together. Two
 * names whose letters differ only by where the spaces fall (HASSAN ALI /
 * HASSA NALI, Ziaurrahman Madani / ZIA-UR-RAHMAN MADANI; a name of one word is not compared so), or, in the same number of words,
 * by one slip of the keyboard (two neighbours swapped, one letter dropped or
 * added), are compared here as wholes, so
 * that a slip in a short part (KANG MNU KIL), which the part-by-part rules
 * give no edit, or a moved boundary, which splits two parts, still meets its
 * name when the rest of the name agrees. A substitution is no slip: in a
 * short part it makes another name (Ali / Ala), and a longer part's own edit
 * budget already allows it.
 */
import { foldName } from '../normalize/fold.js';
import { forEachDeletionHash } from '../normalize/keys.js';
import type { PreparedName } from '../normalize/tokens.js';
import { SCORING_MODEL, type ScoringModel } from '../scoring-model.js';

/** The letters of a name and its number of words (see {@link nameLetters}). */
export interface NameLetters {
  /** The folded words run together, '' when the name has none to compare (see {@link nameLetters}). */
  letters: string;
  /** How many words they were written as (a hyphen parts words too). */
  words: number;
}

const NO_LETTERS: NameLetters = Object.freeze({ letters: '', words: 0 });

/**
 * Longest letters compared (the longest name on the 2026-02-27 list runs to 166): the lookup keys
 * cost the square of the letters' length, so that a 100 KB name of many words would otherwise stall a
 * screen for seconds. A longer name, or one of more words than the alignment reads (`MAX_TOKENS`),
 * is compared by its parts only.
 */
export const MAX_LETTERS = 200;
/** Most words of a name compared as letters: the alignment's `MAX_TOKENS`. */
const MAX_LETTER_WORDS = 30;
const LATIN_WORDS = /^[a-z0-9 ]+$/;
const SPACES = / /g;

/**
 * The letters of a name as written, folded (`foldName`: case, accents,
 * punctuation, other scripts romanized), its words run together, and the
 * number of words (a hyphen parts words too). Every word counts, titles and
 * particles included (a title to one reading is a name to another: Hafiz,
 * Sayed; and the tokenizer drops the el of ABD EL KADER, a typed BD EL KADER
 * keeps it). No letters ('') for a name with a part romanized from Arabic
 * script (each of its letters is a consonant or a long vowel: a slip there
 * changes the name more), of one word (the part-by-part rules compare those),
 * or longer than {@link MAX_LETTERS} letters or 30 words (hostile input).
 *
 * @example
 * ```ts
 * nameLetters(prepareName('Kang Mun-Kil')); // { letters: 'kangmunkil', words: 3 }
 * nameLetters(prepareName('Dr. Abdulahi Yusuf')); // { letters: 'drabdulahiyusuf', words: 3 }
 * ```
 */
export function nameLetters(name: PreparedName): NameLetters {
  for (const token of name.tokens) if (token.fromArabic) return NO_LETTERS;
  const folded = foldName(name.text); // (words parted by one space)
  let words = 1;
  for (let i = 0; i < folded.length; i++) if (folded.charCodeAt(i) === 32) words++;
  if (words < 2 || words > MAX_LETTER_WORDS || folded.length - (words - 1) > MAX_LETTERS || !LATIN_WORDS.test(folded)) return NO_LETTERS;
  return { letters: folded.replace(SPACES, ''), words };
}

/**
 * How alike two names are as letters: `letters.sameLetters` of the model
 * when they are the same letters, however many words the spaces make of
 * them (HASSAN ALI / HASSA NALI, Nikolai Plat Ono Vich / Nikolai
 * Platonovich: a word split in three, which the units, two tokens joined at
 * most, do not meet), `letters.slip` when one slip apart (two neighbours
 * swapped, one letter dropped or added, digits untouched) in names of the
 * same number of words, at least `letters.slipWords`, so that the rest of
 * the name agrees (Mohammad Ali is not Mohammad Wali; in a name of three
 * words, the other words vouch for the slip), else 0. Both need letters
 * (see {@link nameLetters}), the longer at least `letters.minLength` of
 * them; a slip with a word more or less is for the alignment to weigh.
 *
 * @example
 * ```ts
 * lettersSimilarity({ letters: 'kangmnukil', words: 3 }, { letters: 'kangmunkil', words: 3 }); // 0.9 (slip)
 * lettersSimilarity({ letters: 'tchipanabidon', words: 3 }, { letters: 'tchipanabidon', words: 3 }); // 0.95
 * lettersSimilarity({ letters: 'ziaurrahmanmadani', words: 2 }, { letters: 'ziaurrahmanmadani', words: 4 }); // 0.95
 * lettersSimilarity({ letters: 'kimjongsu', words: 3 }, { letters: 'kimjongso', words: 3 }); // 0: a substitution
 * ```
 */
export function lettersSimilarity(query: NameLetters, listed: NameLetters, model: ScoringModel = SCORING_MODEL): number {
  const a = query.letters;
  const b = listed.letters;
  if (a === '' || b === '' || Math.max(a.length, b.length) < model.letters.minLength) return 0;
  if (a === b) return model.letters.sameLetters;
  return query.words === listed.words && query.words >= model.letters.slipWords && isOneSlip(a, b) ? model.letters.slip : 0;
}

/**
 * The lookup keys of a name's letters: hashes of their one-deletion
 * neighbourhood. Two names the letters rule could find alike share a key
 * (equal letters share all; a dropped letter is the longer's deletion; a
 * swap of neighbours is one deletion on each side), so a table of the keys
 * finds every such name. Names too short to meet `letters.minLength` even
 * with a letter added have none.
 *
 * @example
 * ```ts
 * const keys = (name: string) => { const hashes = new Set<number>(); forEachLettersKey(nameLetters(prepareName(name)), SCORING_MODEL, (h) => hashes.add(h)); return hashes; };
 * [...keys('KANG MNU KIL')].some((h) => keys('KANG MUN KIL').has(h)); // true
 * ```
 */
export function forEachLettersKey(name: NameLetters, model: ScoringModel, visit: (hash: number) => void): void {
  if (name.letters.length >= model.letters.minLength - 1) forEachDeletionHash(name.letters, 1, visit);
}

/** Whether `a` and `b` differ by two neighbours swapped or one letter dropped, neither a digit. */
export function isOneSlip(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la === lb) {
    let i = 0;
    while (i < la && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    if (i + 1 >= la) return false;
    const x = a.charCodeAt(i);
    const y = a.charCodeAt(i + 1);
    if (x !== b.charCodeAt(i + 1) || y !== b.charCodeAt(i) || isDigit(x) || isDigit(y)) return false;
    return a.slice(i + 2) === b.slice(i + 2);
  }
  if (Math.abs(la - lb) !== 1) return false;
  const [long, short] = la > lb ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && long.charCodeAt(i) === short.charCodeAt(i)) i++;
  return !isDigit(long.charCodeAt(i)) && long.slice(i + 1) === short.slice(i);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
