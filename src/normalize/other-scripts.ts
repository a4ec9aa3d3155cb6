/**
 * Romanization of the scripts that have no table of their own here (kana,
 * Ge'ez, Armenian, Georgian, Greek, Hebrew, Thai, Devanagari, Bengali,
 * Khmer…) with any-ascii, a maintained Unicode-to-ASCII table (ISC licence,
 * github.com/anyascii/anyascii), so that a name written in any script reaches
 * its Latin listing. Arabic-script and Cyrillic letters keep their own tables
 * (`transliterate.ts`), which read names better than a generic one.
 *
 * Han and Hangul are NOT romanized (kept whole, as before), as measured on the
 * dev sets: with each syllable a word (김정은 → gim jeong eun, 习近平 → xi jin
 * ping) synthetic Chinese, Japanese and Korean names of strangers made 20.8
 * and 21.4 alerts per 10,000 on the two folds instead of 1.6 and 2.4 (short
 * syllables meet the list's Korean names), for no dev name found; one word
 * per name finds nothing either. Han readings are Mandarin even for Korean
 * and Japanese names, which is another reason.
 */
import { loadOnFirstUse, requireFromHere } from '../text/load-on-first-use.js';

/** any-ascii's function, loaded by the first text in a script it romanizes (its table is 0.5 MB of code: see text/load-on-first-use.ts). */
let anyAscii: ((text: string) => string) | undefined;

function loadAnyAscii(): (text: string) => string {
  type AnyAscii = { default: (text: string) => string };
  return loadOnFirstUse(
    () => require('any-ascii') as AnyAscii,
    () => requireFromHere('any-ascii') as AnyAscii,
  ).default;
}

/** Scripts left as they are: the ones with tables of their own, Latin, and Han and Hangul (see above). */
const KEPT = String.raw`\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Han}\p{Script=Hangul}`;
/** A run of letters (and their marks) of a script without a table here; the kana prolonged-sound mark goes with its word. */
const OTHER_SCRIPT_RUN = new RegExp(String.raw`[^${KEPT}\u30FC]+(?:[\u30FC\p{Script=Inherited}]+[^${KEPT}]*)*`, 'gu');
/** Quick test: a letter of a script to romanize here. */
const HAS_OTHER_SCRIPT = new RegExp(`[^${KEPT}]`, 'u');

/**
 * Romanizes the letters of scripts without a table of their own; the rest of
 * the text is left as it is.
 *
 * @example
 * ```ts
 * romanizeOtherScripts('Բարակ Օբամա'); // 'Barak Obama'
 * romanizeOtherScripts('김정은'); // '김정은' (kept)
 * romanizeOtherScripts('Κυριάκος Μητσοτάκης'); // 'Kyriakos Mitsotakis'
 * romanizeOtherScripts('Bashar'); // 'Bashar'
 * ```
 */
export function romanizeOtherScripts(text: string): string {
  if (!HAS_OTHER_SCRIPT.test(text)) return text;
  anyAscii ??= loadAnyAscii();
  return text.replace(OTHER_SCRIPT_RUN, (run) => anyAscii!(run));
}
