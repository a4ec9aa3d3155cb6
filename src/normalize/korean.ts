/**
 * Korean syllables as the romanizations write them. North Korean names on the
 * list follow McCune–Reischauer (CHO'NG, CH'OE, KU JA HYONG); payments and
 * other sources write Revised Romanization or a mix (Jong, Choe, Ku Cha-hyong).
 * The two differ in a few regular ways: MR writes the plain stops k, t, p, ch
 * where RR writes g, d, b, j (the aspirated ones with an apostrophe that
 * folding drops), and MR's ŏ, ŭ (o', u' once folded) are RR's eo, eu.
 *
 * The tables are the two systems' own (initials, vowels, finals); none comes
 * from the list.
 */

/** Initial consonants, longest first, and the class each belongs to in both systems. */
const INITIALS: ReadonlyArray<readonly [string, string]> = [
  ['tch', 'c'],
  ['kk', 'k'],
  ['tt', 't'],
  ['pp', 'p'],
  ['ss', 's'],
  ['jj', 'c'],
  ['ch', 'c'],
  ['sh', 's'],
  ['g', 'k'],
  ['k', 'k'],
  ['d', 't'],
  ['t', 't'],
  ['b', 'p'],
  ['p', 'p'],
  ['j', 'c'],
  ['s', 's'],
  ['r', 'l'],
  ['l', 'l'],
  ['n', 'n'],
  ['m', 'm'],
  ['h', 'h'],
  ['', ''],
];

/** Vowels, longest first, and the class each belongs to (MR ŏ/RR eo, MR ŭ/RR eu, ae/e). */
const VOWELS: ReadonlyArray<readonly [string, string]> = [
  ['yeo', 'yo'],
  ['yae', 'ye'],
  ['wae', 'we'],
  ['weo', 'wo'],
  ['eo', 'o'],
  ['eu', 'u'],
  ['ae', 'e'],
  ['ya', 'ya'],
  ['ye', 'ye'],
  ['yo', 'yo'],
  ['yu', 'yu'],
  ['wa', 'wa'],
  ['wo', 'wo'],
  ['we', 'we'],
  ['wi', 'wi'],
  ['oe', 'we'],
  ['ui', 'ui'],
  ['oo', 'u'],
  ['a', 'a'],
  ['e', 'e'],
  ['o', 'o'],
  ['u', 'u'],
  ['i', 'i'],
];

/** Final consonants and their class (the stops lose their voicing at the end of a syllable). */
const FINALS: ReadonlyMap<string, string> = new Map([
  ['', ''],
  ['k', 'k'],
  ['g', 'k'],
  ['n', 'n'],
  ['t', 't'],
  ['d', 't'],
  ['l', 'l'],
  ['r', 'l'],
  ['m', 'm'],
  ['p', 'p'],
  ['b', 'p'],
  ['ng', 'ng'],
]);

/**
 * The key a Korean syllable shares with its other romanizations, or
 * undefined when the token is not one syllable of either system.
 *
 * @example
 * ```ts
 * koreanSyllableKey('chong') === koreanSyllableKey('jong'); // true (MR Cho'ng, RR Jong)
 * koreanSyllableKey('eun') === koreanSyllableKey('un'); // true (RR Eun, MR Ŭn)
 * koreanSyllableKey('gyu') === koreanSyllableKey('kyu'); // true
 * koreanSyllableKey('smith'); // undefined
 * ```
 */
export function koreanSyllableKey(form: string): string | undefined {
  const parts = SYLLABLE.exec(form);
  if (parts === null) return undefined;
  return `${INITIAL_CLASS.get(parts[1] ?? '')}${VOWEL_CLASS.get(parts[2]!)}${FINALS.get(parts[3] ?? '')}`;
}

const INITIAL_CLASS = new Map(INITIALS);
const VOWEL_CLASS = new Map(VOWELS);
/** One syllable: the alternatives in table order (longest first), so the first parse wins as in the tables. */
const SYLLABLE = new RegExp(
  `^(${INITIALS.map(([initial]) => initial).filter((initial) => initial !== '').join('|')})?` +
    `(${VOWELS.map(([vowel]) => vowel).join('|')})` +
    `(${[...FINALS.keys()].filter((final) => final !== '').sort((x, y) => y.length - x.length).join('|')})?$`,
);

/**
 * Whether a token reads as one to three Korean syllables written together
 * (`yongwon`, `jongsik`): what a Korean name's parts look like.
 *
 * @example
 * ```ts
 * isKoreanWord('yongwon'); // true
 * isKoreanWord('young'); // false
 * ```
 */
export function isKoreanWord(form: string, syllables = 3, afterVowel = false): boolean {
  if (form === '') return true;
  if (syllables === 0) return false;
  // Two vowels in a row do not split (young is not yo-ung).
  if (afterVowel && VOWEL_LETTERS.has(form[0]!)) return false;
  for (let end = Math.min(form.length, 7); end >= 1; end--) {
    const syllable = form.slice(0, end);
    if (!SYLLABLE.test(syllable)) continue;
    if (isKoreanWord(form.slice(end), syllables - 1, VOWEL_LETTERS.has(syllable[syllable.length - 1]!))) return true;
  }
  return false;
}

const VOWEL_LETTERS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'w']);

/**
 * Korean family names as the romanizations write them (McCune–Reischauer as on
 * the list, Revised Romanization and the usual spellings of payments): a name
 * that begins or ends with one is read as Korean (`il` is then the syllable Il,
 * not the Arabic article: tokens.ts).
 *
 * @example
 * ```ts
 * isKoreanSurname('choe'); // true (also choi, chwe)
 * isKoreanSurname('saif'); // false
 * ```
 */
export function isKoreanSurname(form: string): boolean {
  return KOREAN_SURNAMES.has(form);
}

const KOREAN_SURNAMES: ReadonlySet<string> = new Set([
  'kim', 'gim', 'ri', 'rhee', 'lee', 'yi', 'pak', 'park', 'bak', 'choe', 'choi', 'chwe', 'jong', 'jung', 'chung', 'chong',
  'kang', 'gang', 'cho', 'jo', 'yun', 'yoon', 'jang', 'chang', 'rim', 'lim', 'im', 'han', 'o', 'oh', 'so', 'seo', 'sin', 'shin',
  'kwon', 'gwon', 'hwang', 'an', 'ahn', 'song', 'ryu', 'yu', 'yoo', 'hong', 'jon', 'jeon', 'chon', 'ko', 'go', 'koh', 'mun', 'moon',
  'yang', 'son', 'pae', 'bae', 'paek', 'baek', 'ho', 'heo', 'hur', 'nam', 'sim', 'shim', 'no', 'noh', 'ha', 'kwak', 'gwak', 'chae',
  'won', 'pang', 'bang', 'kong', 'gong', 'hyon', 'hyun', 'ju', 'joo', 'u', 'woo', 'ryom', 'yom', 'thae', 'tae', 'ok', 'myong',
  'kye', 'ki', 'pyon', 'byun', 'chu', 'cha', 'ham', 'min', 'sung', 'kil', 'gil', 'to', 'do', 'sok', 'seok', 'pyo',
]);

/**
 * Whether a word is a Korean family name or a usual spelling of a Korean
 * name syllable that neither romanization writes (Young for Yong, Woo, Hee,
 * Yoon, Wook): beside a family name, such words still make a Korean name.
 *
 * @example
 * ```ts
 * isKoreanSpelling('young'); // true
 * isKoreanSpelling('islam'); // false
 * ```
 */
export function isKoreanSpelling(form: string): boolean {
  return KOREAN_SURNAMES.has(form) || USUAL_SPELLINGS.has(form);
}

const USUAL_SPELLINGS: ReadonlySet<string> = new Set(['young', 'woo', 'hee', 'wook', 'yoon']);
