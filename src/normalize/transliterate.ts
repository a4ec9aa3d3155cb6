/**
 * Romanization of Arabic-script (Arabic, Persian, Urdu, Pashto letters) and
 * Cyrillic text to Latin keys, so that a name written in the original script
 * meets the same name as the UN lists it in Latin letters.
 *
 * The Arabic table is consonantal, like the script: short vowels are not
 * written, so `محمد` becomes `mhmd`, the same consonant skeleton as
 * Mohammed/Muhammad/Mohamad (see `skeleton()` in keys.ts). Long vowels follow
 * common practice (ALA-LC, BGN/PCGN): alif `a`, waw `u` (but `w` at the start
 * of a word or after alif), yeh `i` (`y` at the start or after alif).
 * Persian and Urdu letter forms (ک ی ە ۀ ہ ھ) map like their Arabic twins.
 * The Cyrillic table is BGN/PCGN Russian with Ukrainian and Belarusian letters.
 */
import { collapseDoubles } from './keys.js';

const ARABIC: Readonly<Record<string, string>> = {
  'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ٱ': 'a', 'ء': '', 'ؤ': 'u', 'ئ': 'i',
  'ب': 'b', 'پ': 'p', 'ت': 't', 'ٹ': 't', 'ټ': 't', 'ث': 'th', 'ج': 'j', 'چ': 'ch',
  'ح': 'h', 'خ': 'kh', 'څ': 'ts', 'ځ': 'z', 'د': 'd', 'ډ': 'd', 'ڈ': 'd', 'ذ': 'dh',
  'ر': 'r', 'ړ': 'r', 'ڑ': 'r', 'ز': 'z', 'ژ': 'zh', 'ږ': 'zh', 'س': 's', 'ش': 'sh',
  'ښ': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': 'a', 'غ': 'gh', 'ف': 'f',
  'ق': 'q', 'ك': 'k', 'ک': 'k', 'گ': 'g', 'ګ': 'g', 'ڭ': 'ng', 'ل': 'l', 'م': 'm',
  'ن': 'n', 'ڼ': 'n', 'ں': 'n', 'ه': 'h', 'ە': 'h', 'ۀ': 'h', 'ہ': 'h', 'ھ': 'h',
  'ة': 'a', 'ى': 'a', 'ے': 'e', 'ۓ': 'e', 'ې': 'e', 'ۍ': 'i',
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
};
const WAW = new Set(['و', 'ۇ', 'ۆ', 'ۈ', 'ۋ']);
const YEH = new Set(['ي', 'ی', 'ې', 'ئ']);
const ALIF = new Set(['ا', 'أ', 'إ', 'آ', 'ٱ']);

const CYRILLIC: Readonly<Record<string, string>> = {
  'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'е': 'e', 'ё': 'e', 'ж': 'zh', 'з': 'z',
  'и': 'i', 'й': 'y', 'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o', 'п': 'p', 'р': 'r',
  'с': 's', 'т': 't', 'у': 'u', 'ф': 'f', 'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh',
  'щ': 'shch', 'ъ': '', 'ы': 'y', 'ь': '', 'э': 'e', 'ю': 'yu', 'я': 'ya',
  'і': 'i', 'ї': 'yi', 'є': 'ye', 'ґ': 'g', 'ў': 'u', 'ђ': 'dj', 'ј': 'j', 'љ': 'lj',
  'њ': 'nj', 'ћ': 'c', 'џ': 'dz', 'ѓ': 'g', 'ќ': 'k', 'ѕ': 'dz', 'қ': 'k', 'ғ': 'g',
  'ң': 'n', 'ү': 'u', 'ұ': 'u', 'һ': 'h', 'ә': 'a', 'ө': 'o',
};

/**
 * One Latin letter per Arabic letter, in the consonant classes of keys.ts
 * (k/q/g/c → k, d/t → t, th → t, sh → s, kh → k…), vowels as `a`/`i`/`u`:
 * the material of the consonant key of an Arabic-script word.
 */
const ARABIC_KEY: Readonly<Record<string, string>> = {
  'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ٱ': 'a', 'ء': '', 'ؤ': 'u', 'ئ': 'i', 'ع': '',
  'ب': 'b', 'پ': 'b', 'ت': 't', 'ٹ': 't', 'ټ': 't', 'ث': 't', 'ج': 'j', 'چ': 'k', 'ح': 'h',
  'خ': 'k', 'څ': 's', 'ځ': 'z', 'د': 't', 'ډ': 't', 'ڈ': 't', 'ذ': 't', 'ر': 'r', 'ړ': 'r',
  'ڑ': 'r', 'ز': 'z', 'ژ': 'z', 'ږ': 'z', 'س': 's', 'ش': 's', 'ښ': 's', 'ص': 's', 'ض': 't',
  'ط': 't', 'ظ': 't', 'غ': 'k', 'ف': 'f', 'ق': 'k', 'ك': 'k', 'ک': 'k', 'گ': 'k', 'ګ': 'k',
  'ڭ': 'n', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ڼ': 'n', 'ں': 'n', 'ه': 'h', 'ە': 'h', 'ۀ': 'h',
  'ہ': 'h', 'ھ': 'h', 'ة': 'a', 'ى': 'a', 'ے': 'i', 'ۓ': 'i', 'ې': 'i', 'ۍ': 'i',
};

/**
 * The second reading of a word's letters: ض ذ ظ as z (Fazl, Zia, Nazir) and
 * ث as s (Sana, Saqib), as Persian, Dari, Pashto and Urdu read them; ة as t,
 * as a name in the construct state says it (عصبة الأنصار Asbat al-Ansar,
 * حركة Harakat, جماعة Jamaat).
 */
const SECOND_READING: Readonly<Record<string, string>> = { 'ض': 'z', 'ذ': 'z', 'ظ': 'z', 'ث': 's', 'ة': 't' };

const HEH = new Set(['ه', 'ە', 'ہ', 'ھ']);

/** Letters that carry a vowel: an ayn before one adds none (عيسى is Isa). */
const VOWEL_LETTERS = new Set(['ا', 'أ', 'إ', 'آ', 'و', 'ي', 'ی', 'ى']);

/** True when the word has letters of a second reading (SECOND_READING: Persian ض ذ ظ ث, the construct-state ة). */
export function hasSecondReading(word: string): boolean {
  for (const char of word) if (char in SECOND_READING) return true;
  return false;
}

/**
 * The consonant-key material of one Arabic-script word (see ARABIC_KEY), or
 * `undefined` when it holds other characters. `second` reads ض ذ ظ as z,
 * ث as s and ة as t (SECOND_READING).
 *
 * @example
 * ```ts
 * arabicConsonantSource('محمد') // 'mhmt'
 * arabicConsonantSource('الله') // 'alh'
 * arabicConsonantSource('فضل', 'second') // 'fzl'
 * ```
 */
export function arabicConsonantSource(word: string, reading: 'arabic' | 'second' = 'arabic'): string | undefined {
  const chars = [...word.normalize('NFKC').replace(ARABIC_MARKS, '')];
  let out = '';
  // The end of `out` (its last keys): `out.endsWith` would flatten the growing string at every letter, quadratic in a long word.
  let tail = '';
  const put = (key: string): void => {
    out += key;
    tail = (tail + key).slice(-8);
  };
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const previous = i === 0 ? ' ' : chars[i - 1]!;
    const wordStart = i === 0;
    if (WAW.has(char)) put(wordStart || ALIF.has(previous) ? 'w' : 'u');
    else if (YEH.has(char)) put(wordStart || ALIF.has(previous) ? 'y' : 'i');
    else if (char === 'ع' && wordStart) put(VOWEL_LETTERS.has(chars[1] ?? '') ? '' : 'a');
    // A final heh after a consonant is mostly a vowel in names (جمعه Juma, زاده Zadeh), not in الله.
    else if (HEH.has(char) && i === chars.length - 1 && i >= 2 && !(chars[i - 1] === 'ل' && chars[i - 2] === 'ل')) put('a');
    else {
      const key = (reading === 'second' ? SECOND_READING[char] : undefined) ?? ARABIC_KEY[char];
      if (key === undefined) return undefined;
      // Arabic writes a doubled consonant once: two letters of one class in a
      // row (چک in اچکزی Achekzai) are two sounds with a short vowel between.
      if (key !== '' && !(key in ARABIC_VOWELS_KEYS) && tail.endsWith(key) && arabicLetters(previous) !== arabicLetters(char)) put(KEPT_APART);
      put(key);
    }
  }
  return collapseDoubles(out).replaceAll(KEPT_APART, '');
}

const ARABIC_VOWELS_KEYS: Readonly<Record<string, true>> = { a: true, i: true, u: true };

/** Stands between two letters of one class that collapseDoubles must not merge. */
const KEPT_APART = '|';

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/;
const CYRILLIC_SCRIPT = /[\u0400-\u04FF]/;
/** Arabic harakat, Quranic marks, superscript alif and tatweel: not part of the name. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/** Persian and Urdu letter forms as their Arabic counterparts, for comparing spellings. */
const ARABIC_LETTER_FORMS: Readonly<Record<string, string>> = {
  'ی': 'ي', 'ى': 'ي', 'ې': 'ي', 'ک': 'ك', 'ہ': 'ه', 'ھ': 'ه', 'ە': 'ه', 'ۀ': 'ه', 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
};

/**
 * An Arabic-script word's letters without marks, Persian and Urdu forms
 * written as Arabic ones: `حاجی` and `حاجي` give the same letters.
 */
export function arabicLetters(word: string): string {
  let out = '';
  for (const char of word.replace(ARABIC_MARKS, '')) out += ARABIC_LETTER_FORMS[char] ?? char;
  return out;
}

/** True when the text contains Arabic-script letters. */
export function hasArabicScript(text: string): boolean {
  return ARABIC_SCRIPT.test(text);
}

/** True when the text contains Cyrillic letters. */
export function hasCyrillicScript(text: string): boolean {
  return CYRILLIC_SCRIPT.test(text);
}

/**
 * Romanizes Arabic-script and Cyrillic letters; other characters pass through.
 * Expects NFKC text (presentation forms such as `ﻤ` already folded to `م`).
 *
 * @example
 * ```ts
 * romanize('محمد') // 'mhmd'
 * romanize('محمود') // 'mhmud'
 * romanize('داود') // 'dawd'
 * romanize('Ротенберг') // 'Rotenberg'
 * ```
 */
export function romanize(text: string): string {
  let value = text;
  if (hasArabicScript(value)) value = romanizeArabic(value.replace(ARABIC_MARKS, ''));
  if (hasCyrillicScript(value)) value = romanizeCyrillic(value);
  return value;
}

function romanizeArabic(text: string): string {
  let out = '';
  let previous = ' ';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const wordStart = !ARABIC_SCRIPT.test(previous);
    if (WAW.has(char)) out += wordStart || ALIF.has(previous) ? 'w' : 'u';
    // Ayn is written as a vowel at the start of a name (Ali, Omar, Abdul), not
    // before a vowel letter (عيسى, Isa), and mostly dropped inside a name.
    else if (char === 'ع') out += wordStart && !VOWEL_LETTERS.has(chars[i + 1] ?? '') ? 'a' : '';
    else if (YEH.has(char)) out += wordStart || ALIF.has(previous) ? 'y' : 'i';
    else out += ARABIC[char] ?? char;
    previous = char;
  }
  return out;
}

function romanizeCyrillic(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const latin = CYRILLIC[lower];
    if (latin === undefined) out += char;
    else out += char === lower || latin === '' ? latin : latin[0]!.toUpperCase() + latin.slice(1);
  }
  return out;
}
