/**
 * Folding: any way of writing a name down to lowercase Latin letters, digits
 * and spaces (scripts without a table of their own are romanized by
 * any-ascii: `other-scripts.ts`).
 */
import { romanize } from './transliterate.js';
import { romanizeOtherScripts } from './other-scripts.js';
import { expectString } from '../validate.js';

/** Latin letters that NFKD does not decompose. */
const LATIN_SPECIAL: Readonly<Record<string, string>> = {
  'ß': 'ss', 'æ': 'ae', 'ø': 'o', 'œ': 'oe', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ł': 'l',
  'ı': 'i', 'ħ': 'h', 'ŧ': 't', 'ŋ': 'ng', 'ĸ': 'k', 'ſ': 's', 'ǝ': 'e', 'ə': 'e',
};

/**
 * Characters deleted without a space: apostrophes and the ayn/hamza marks used
 * in transliteration (`Qa'ida`, `Ch'oe`, `ʿUmar`), and periods, so that
 * `A.B.C.` reads `abc` and `Int'l` reads `intl`.
 */
const DELETED = /['’‘`´ʹʻʼʽʾʿˈ′.]/g;
/** Anything that is not a letter, a mark or a digit separates tokens. */
const SEPARATOR = /[^\p{L}\p{M}\p{N}]+/gu;
/** Text `foldName` can fold without Unicode normalization or romanization. */
const ASCII = /^[\x00-\x7F]*$/;
/** `DELETED` and `SEPARATOR` as they apply to lowercase ASCII. */
const ASCII_DELETED = /['`.]/g;
const ASCII_SEPARATOR = /[^a-z0-9]+/g;
/** Combining marks on Latin, Greek and Cyrillic letters (accents, cedillas…). */
const LATIN_MARKS = /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/g;

/**
 * Folds a name: NFKC, romanization of Arabic-script and Cyrillic letters
 * (and of every other script, by any-ascii),
 * accents removed, lowercase, apostrophes and periods deleted, every other
 * separator (hyphens, commas, slashes, brackets) turned into one space.
 *
 * @example
 * ```ts
 * foldName("Ch'oe Ch'un-yo'ng") // 'choe chun yong'
 * foldName('Recep Tayyip Erdoğan') // 'recep tayyip erdogan'
 * foldName('A.B.C. Company') // 'abc company'
 * foldName('محمد') // 'mhmd'
 * foldName('김정은') // 'gim jeong eun'
 * ```
 */
export function foldName(text: string): string {
  expectString(text, 'text');
  // Plain ASCII needs no normalization, romanization or accent removal: the
  // same result in three passes instead of ten.
  if (ASCII.test(text)) return text.toLowerCase().replace(ASCII_DELETED, '').replace(ASCII_SEPARATOR, ' ').trim();
  const romanized = romanizeOtherScripts(romanize(text.normalize('NFKC')));
  return romanized
    .normalize('NFKD')
    .replace(LATIN_MARKS, '')
    .toLowerCase()
    .replace(/[ßæøœđðþłıħŧŋĸſǝə]/g, (char) => LATIN_SPECIAL[char] ?? char)
    .replace(DELETED, '')
    .replace(SEPARATOR, ' ')
    .trim()
    .normalize('NFC');
}
