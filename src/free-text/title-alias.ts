/**
 * A listed person's alias written as a title and one name word (`Mullah
 * Naimullah`, `Qari Zakir`, `Ustad Talha`): the name word alone is anyone's
 * (gate.ts, rule 3), but beside the same title in a text it is the alias.
 */
import { foldName } from '../normalize/fold.js';
import { TITLES } from '../normalize/tables.js';
import type { IndexedName } from '../search/name-index.js';
import type { TextWord } from './words.js';

/** Letters a word must have to count as a title by its consonants alone (`SHIK` for Shaykh), not being one of the titles the name folding knows. */
export const MIN_TITLE_SPELLING_LETTERS = 4;

/** Per name: the skeleton of its title (`titleSkeleton`), null when it is no title alias. */
const titles = new WeakMap<IndexedName, string | null>();

/** A word folded to its letters a–z. */
function letters(word: string): string {
  return foldName(word).replace(/[^a-z]/g, '');
}

/**
 * The consonants of a title after its first letter, vowels, `h` and `y` left
 * out: the spellings of one title meet (shaykh, sheikh, sheik, shaik: `sk`;
 * mullah, mulla, mollah: `mll`; ustad, ustadh: `ustd`), other titles do not.
 *
 * @example
 * ```ts
 * titleSkeleton('Shaykh'); // 'sk'
 * titleSkeleton('SHIK');   // 'sk'
 * ```
 */
export function titleSkeleton(word: string): string {
  const folded = letters(word);
  return folded.slice(0, 1) + folded.slice(1).replace(/[aeiouhy]/g, '');
}

/**
 * The title skeleton of a listed person's alias of two words, a title the
 * name folding knows and a name word: the title first (`Mullah Naimullah`),
 * or last after a comma (`MUKHTAR, Shaykh`); a title word last without one
 * is a family name (`Mohammad Sayed`, `Ahmad Haji`). Undefined for any other
 * name.
 *
 * @example
 * ```ts
 * listedTitle(mullahNaimullah); // 'mll'
 * listedTitle(mohammadSayed);   // undefined
 * ```
 */
export function listedTitle(name: IndexedName): string | undefined {
  let title = titles.get(name);
  if (title === undefined) {
    const words = name.text.split(/\s+/).map(letters).filter((word) => word.length > 0);
    title = null;
    if (name.record.kind !== 'entity' && words.length === 2 && TITLES.has(words[0]!) !== TITLES.has(words[1]!)) {
      if (TITLES.has(words[0]!)) title = titleSkeleton(words[0]!);
      else if (name.text.includes(',')) title = titleSkeleton(words[1]!);
    }
    titles.set(name, title);
  }
  return title ?? undefined;
}

/**
 * The word beside the words `first`–`last` of a text (before them, else
 * after them) that is the name's listed title (`listedTitle`): one of the
 * titles the name folding knows, or a word of `MIN_TITLE_SPELLING_LETTERS`
 * letters or more, with the same skeleton; undefined when there is none.
 *
 * @example
 * ```ts
 * // 'SALARY MULLAH NAIMULLAH', the window NAIMULLAH (word 2) of Mullah Naimullah
 * titleBeside(mullahNaimullah, words, 2, 2); // 1
 * ```
 */
export function titleBeside(name: IndexedName, words: readonly TextWord[], first: number, last: number): number | undefined {
  const title = listedTitle(name);
  if (title === undefined) return undefined;
  for (const k of [first - 1, last + 1]) {
    const word = words[k];
    if (word === undefined) continue;
    const folded = letters(word.text);
    if ((TITLES.has(folded) || folded.length >= MIN_TITLE_SPELLING_LETTERS) && titleSkeleton(folded) === title) return k;
  }
  return undefined;
}
