/**
 * Whether the part of a listed name in brackets is a name of its own. The
 * list brackets many things: an abbreviation of the name (`RECONNAISSANCE
 * GENERAL BUREAU (RGB)`), the name in another script (`Jin Tiesan (金铁三)`),
 * but also where a branch is (`AL-HARAMAIN FOUNDATION (KENYA)`, `LEADER (HONG
 * KONG) INTERNATIONAL`), a title (`(Sheikh) Musa Hilal`), a type (`(NGO)`), a
 * note (`(birth name)`, `(previously listed as)`) or another designation's
 * number (`(KPE.018)`). Indexed as names, the latter make a payment to any
 * Hong Kong trading company alert on a listed one.
 *
 * The test needs no word list: a bracketed part is a name when it is in
 * another script than the rest (a transliteration pair), or when it could be
 * written from the rest of the name: its first letter begins one of the
 * other words, and its letters follow in order among the letters after it (an
 * abbreviation, or the same name spelt another way: `Lom-ali Butayev
 * (Butaev)`). `KENYA` cannot be written from `AL-HARAMAYN FOUNDATION`.
 */
import { firstAtOrAfter } from '../text/sorted.js';

const LATIN = /\p{Script=Latin}/u;
const OTHER_SCRIPT = /[^\p{Script=Latin}\P{L}]/u;
const WORD_BREAK = /[\s\-–—/:,.;()'’"]+/u;

/** Whether `text` has letters of Latin script only, of other scripts only, or both (`mixed`), or none. */
function scriptOf(text: string): 'latin' | 'other' | 'mixed' | 'none' {
  const latin = LATIN.test(text);
  const other = OTHER_SCRIPT.test(text);
  return latin ? (other ? 'mixed' : 'latin') : other ? 'other' : 'none';
}

/** The letters of `text`, upper case and without accents (Qaïda is Qaida), in order. */
function lettersOf(text: string): string[] {
  return [...text.normalize('NFD').toUpperCase()].filter((c) => /\p{L}/u.test(c));
}

/**
 * A test of whether a part could be written from `rest`: its first letter
 * starts a word of `rest`, the others follow in order. `rest` is read once:
 * a name with many brackets asks about each bracket against the same rest.
 * Only the first word that starts with the part's first letter is tried (any
 * later one has fewer letters after it), and each following letter is found
 * by a binary search in that letter's positions, so one part costs about its
 * own length.
 */
function writtenFromTest(rest: string): (part: string) => boolean {
  const letters: string[] = [];
  const firstWordAt = new Map<string, number>();
  for (const word of rest.split(WORD_BREAK)) {
    const wordLetters = lettersOf(word);
    if (wordLetters.length > 0 && !firstWordAt.has(wordLetters[0]!)) firstWordAt.set(wordLetters[0]!, letters.length);
    for (const letter of wordLetters) letters.push(letter);
  }
  const positions = new Map<string, number[]>();
  letters.forEach((letter, at) => {
    const list = positions.get(letter);
    if (list === undefined) positions.set(letter, [at]);
    else list.push(at);
  });
  /** The first position of `letter` after `after`, or -1. */
  const next = (letter: string, after: number): number => {
    const list = positions.get(letter);
    if (list === undefined) return -1;
    const at = firstAtOrAfter(list, after + 1);
    return at < list.length ? list[at]! : -1;
  };
  return (part) => {
    const partLetters = lettersOf(part);
    if (partLetters.length === 0) return false;
    let at = firstWordAt.get(partLetters[0]!);
    if (at === undefined) return false;
    for (let i = 1; i < partLetters.length; i++) {
      at = next(partLetters[i]!, at);
      if (at < 0) return false;
    }
    return true;
  };
}

/**
 * The name a bracketed part holds: after a label that ends in a colon
 * (`original script: Амир Хазмат` → `Амир Хазмат`), else the part as it is.
 *
 * @example
 * ```ts
 * bracketedNameText('original script: Амир Хазмат'); // 'Амир Хазмат'
 * bracketedNameText('RGB'); // 'RGB'
 * ```
 */
export function bracketedNameText(part: string): string {
  const label = /^[^:]{1,40}:\s*(\S.*)$/su.exec(part);
  return label === null ? part : label[1]!;
}

/**
 * Whether `part`, found in brackets in a listed name whose other text is
 * `rest`, is a name of its own (see the file comment).
 *
 * @example
 * ```ts
 * isBracketedName('RGB', 'RECONNAISSANCE GENERAL BUREAU'); // true
 * isBracketedName('金铁三', 'Jin Tiesan'); // true
 * isBracketedName('KENYA', 'AL-HARAMAYN FOUNDATION'); // false
 * isBracketedName('HONG KONG', 'LEADER INTERNATIONAL'); // false
 * isBracketedName('birth name', 'Encep Nurjaman'); // false
 * ```
 */
export function isBracketedName(part: string, rest: string): boolean {
  return bracketedNameTest(rest)(part);
}

/**
 * `isBracketedName` for many parts of one name: `rest` is read once, and each
 * part then costs about its own length (a name holding thousands of bracketed
 * names is read in linear time, not once per bracket).
 *
 * @example
 * ```ts
 * const isName = bracketedNameTest('X Y');
 * ['Иван Петров', 'Ali Baba'].filter(isName); // ['Иван Петров']
 * ```
 */
export function bracketedNameTest(rest: string): (part: string) => boolean {
  const outside = scriptOf(rest);
  let writtenFrom: ((part: string) => boolean) | undefined;
  return (part) => {
    part = bracketedNameText(part);
    const inside = scriptOf(part);
    if ((inside === 'latin' && outside === 'other') || (inside === 'other' && outside === 'latin') || inside === 'mixed' || outside === 'none') return true;
    writtenFrom ??= writtenFromTest(rest);
    return part.split(/\s*,\s*/).some(writtenFrom);
  };
}
