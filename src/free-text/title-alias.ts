/**
 * A listed person's alias written as a title and one name word (`Mullah
 * Naimullah`, `Qari Zakir`, `Ustad Talha`): the name word alone is anyone's
 * (gate.ts, rule 3), but beside the same title in a text it is the alias.
 */
import { TITLES } from '../normalize/tables.js';
import type { IndexedName } from '../search/name-index.js';
import { writtenForm, type TextWord } from './words.js';

/**
 * Spellings of the titles of listed aliases that the name folding does not
 * know (`TITLES`): a text word counts as a title only when it is one of
 * these or of `TITLES` (SOUK, SEEK and SIKH have the consonants of Sheikh,
 * MALL and MILL those of Mullah, and are no titles).
 */
export const TITLE_SPELLINGS: ReadonlySet<string> = new Set([
  'shekh', 'sheykh', 'shiekh', 'shayk', 'mula', 'mulah', 'moulla', 'maulawi', 'moulavi', 'moulawi', 'mowlavi', 'molavi',
  'mawlvi', 'sayid', 'seyed', 'seyyed', 'hafeez', 'ustaad',
]);

/**
 * Words after a name word that make it the first part of a longer name
 * (`RAHMAT ULLAH` is Rahmatullah, `NIZAM UDDIN` Nizamuddin): a title before
 * such a word is not the title of the name word alone.
 */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set([
  'ullah', 'ulla', 'ulah', 'allah', 'llah', 'lah', 'uddin', 'uddine', 'udin', 'eddin', 'eddine', 'addin', 'aldin', 'din', 'deen', 'dine',
]);

/** A name's title: its skeleton (`titleSkeleton`), whether it is an abbreviation. */
interface ListedTitle {
  skeleton: string;
  abbreviation: boolean;
}

/** Per name: its title (`ListedTitle`), null when it is no title alias. */
const titles = new WeakMap<IndexedName, ListedTitle | null>();

/** Whether a title word is an abbreviation (Mr, Dr, Mlle, Sgt: no vowel in its first three letters), which matches only an abbreviation. */
function abbreviation(folded: string): boolean {
  return !/[aeiouy]/.test(folded.slice(0, 3));
}

/**
 * The consonants of a title after its first letter: doubled letters as one,
 * `dh`, `dz` and `z` as `d`, `dj` as `j`, `v` as `w`, a `w` before no vowel
 * as a vowel (the `aw` of Mawlawi), then vowels, `h` and `y` left out; a
 * French `ch` first as `sh`. The spellings of one title meet (shaykh,
 * sheikh, cheikh: `sk`; mullah, mula, mollah: `ml`; mawlawi, maulavi,
 * molvi: `mlw`; hajji, haji: `hj`; ustad, ustadh, ustaz: `ustd`), other
 * titles do not.
 *
 * @example
 * ```ts
 * titleSkeleton('Shaykh');  // 'sk'
 * titleSkeleton('MAWLAWI'); // 'mlw'
 * titleSkeleton('HAJJI');   // 'hj'
 * ```
 */
export function titleSkeleton(word: string): string {
  const folded = writtenForm(word)
    .replace(/(.)\1+/g, '$1')
    .replace(/^ch/, 'sh')
    .replace(/dh|dz|z/g, 'd')
    .replace(/dj/g, 'j')
    .replace(/v/g, 'w')
    .replace(/w(?![aeiouy])/g, '');
  return folded.slice(0, 1) + folded.slice(1).replace(/[aeiouhy]/g, '');
}

/** The title of a listed alias of two words (see `listedTitle`), made on first use. */
function titleOf(name: IndexedName): ListedTitle | undefined {
  let title = titles.get(name);
  if (title === undefined) {
    const words = name.text.split(/\s+/).map(writtenForm).filter((word) => word.length > 0);
    title = null;
    if (name.record.kind !== 'entity' && words.length === 2 && TITLES.has(words[0]!) !== TITLES.has(words[1]!)) {
      const last = !TITLES.has(words[0]!);
      if (!last || name.text.includes(',')) {
        const word = words[last ? 1 : 0]!;
        title = { skeleton: titleSkeleton(word), abbreviation: abbreviation(word) };
      }
    }
    titles.set(name, title);
  }
  return title ?? undefined;
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
 * listedTitle(mullahNaimullah); // 'ml'
 * listedTitle(mohammadSayed);   // undefined
 * ```
 */
export function listedTitle(name: IndexedName): string | undefined {
  return titleOf(name)?.skeleton;
}

/**
 * The word beside the words `first`–`last` of a text (before them, else
 * after them) that is the name's listed title (`listedTitle`): a title word
 * (`TITLES`, `TITLE_SPELLINGS`) with the same skeleton, an abbreviation
 * only for an abbreviation. After the words only when a comma comes first
 * in the text (`NAIMULLAH, MULLAH`), even where the alias writes the title
 * last (`MUKHTAR, Shaykh`): else a title after a name is a family name
 * (`MOHAMED ABUKAR SHEIKH`, `ALI MUKHTAR SHEIKH ALI`). None when the word after them is a name suffix (`NAME_SUFFIXES`:
 * `QARI RAHMAT ULLAH` is Rahmatullah). Undefined when there is none.
 *
 * @example
 * ```ts
 * // 'SALARY MULLAH NAIMULLAH', the window NAIMULLAH (word 2) of Mullah Naimullah
 * titleBeside(mullahNaimullah, words, 2, 2); // 1
 * ```
 */
export function titleBeside(name: IndexedName, words: readonly TextWord[], first: number, last: number): number | undefined {
  const title = titleOf(name);
  if (title === undefined) return undefined;
  const after = words[last + 1];
  if (after !== undefined && NAME_SUFFIXES.has(writtenForm(after.text))) return undefined;
  const isTitle = (word: TextWord | undefined): boolean => {
    if (word === undefined) return false;
    const folded = writtenForm(word.text);
    return (TITLES.has(folded) || TITLE_SPELLINGS.has(folded)) && abbreviation(folded) === title.abbreviation && titleSkeleton(folded) === title.skeleton;
  };
  if (isTitle(words[first - 1])) return first - 1;
  if (after !== undefined && after.commaBefore && isTitle(after)) return last + 1;
  return undefined;
}
