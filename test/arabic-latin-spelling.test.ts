/**
 * The Latin spelling conventions an Arabic-script name meets its Latin
 * listing through (issue 19, "every script"): French spellings (ch for ش, ç
 * for ص, ou for و), a Latin digraph that is two Arabic letters (سح as sh),
 * ظ as dh/th/d, and two letters of one class in a row. Names here are made
 * up or common names of each class, not the dev cases.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareNames } from '../src/match/compare.js';
import { DEFAULT_THRESHOLD } from '../src/match/threshold.js';
import { consonantKeyFrom, latinSpellingSource } from '../src/normalize/keys.js';
import { arabicConsonantSource } from '../src/normalize/transliterate.js';

const score = (a: string, b: string) => compareNames(a, b).score;

describe('latinSpellingSource', () => {
  it.each([
    ['cherif', 'serif'], // French ch: ش
    ['faycal', 'faysal'], // ç folded to c before a vowel: ص
    ['fathi', 'fathi'], // th as two letters: تح
    ['mazhar', 'mazhar'],
  ])('%s reads %s', (latin, spelled) => {
    expect(latinSpellingSource(latin)).toBe(spelled);
  });

  it('is undefined when it is the consonant source itself', () => {
    expect(latinSpellingSource('omar')).toBeUndefined();
    expect(latinSpellingSource('djamel')).toBeUndefined(); // dj is j in both
    expect(latinSpellingSource('marc')).toBeUndefined(); // a final c is k in both
    expect(latinSpellingSource('salim')).toBeUndefined();
  });
});

describe('arabicConsonantSource', () => {
  it('reads ظ as the dh/th/d class (Nadhim, Hafedh) and as z in the Persian reading (Nazim)', () => {
    expect(arabicConsonantSource('ناظم')).toBe('natm');
    expect(arabicConsonantSource('ناظم', 'second')).toBe('nazm');
  });

  it('keeps two letters of one class apart (تد in مهتدی: a vowel between), but one letter written twice is one', () => {
    expect(consonantKeyFrom(arabicConsonantSource('مهتدی')!)).toBe('mhtt');
    expect(arabicConsonantSource('الله')).toBe('alh');
  });
});

describe('Arabic script meets its Latin spellings', () => {
  it.each([
    ['رشيد', 'RACHID'], // ش as French ch
    ['شريف', 'CHERIF'],
    ['حشاني', 'HACHANI'],
    ['بوشوشة', 'BOUCHOUCHA'], // and و as ou
    ['بوسعيد', 'BOUÇAID'], // س as ç
    ['فتحي', 'FATHI'], // تح written th
    ['مظهر', 'MAZHAR'], // ظه written zh
    ['مسحور', 'MASHOUR'], // سح written sh
    ['ناظم', 'NADHIM'], // ظ as dh, th, d or z
    ['ناظم', 'NATHIM'],
    ['ناظم', 'NAZIM'],
    ['حافظ', 'HAFEDH'],
    ['مهتدی', 'MOHTADI'], // تد: two letters of one class
  ])('%s ~ %s', (arabic, latin) => {
    expect(score(arabic, latin)).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(score(latin, arabic)).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it.each([
    ['شريف', 'KERIF'], // ch is ش, k is not
    ['فتحي', 'FATI'], // the ح must be in the Latin spelling
    ['مظهر', 'MAZAR'],
  ])('%s is not %s', (arabic, latin) => {
    expect(score(arabic, latin)).toBeLessThan(DEFAULT_THRESHOLD);
  });

  // The class as a rule: a word of Arabic consonants and long vowels, spelled
  // in Latin with any of the conventions of each letter and a short vowel
  // where Arabic writes none, meets its Arabic form.
  const CONSONANTS: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['ش', ['sh', 'ch']],
    ['ج', ['j', 'dj']],
    ['ظ', ['dh', 'th', 'z']],
    ['ص', ['s', 'ç']],
    ['ر', ['r']],
    ['ل', ['l']],
    ['م', ['m']],
    ['ن', ['n']],
    ['ب', ['b']],
    ['ف', ['f']],
  ];
  const LONG_VOWELS: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['ا', ['a']],
    ['و', ['ou', 'u', 'oo']],
    ['ي', ['i', 'ee']],
  ];
  // One spelling of each letter per word (a word does not write ظ dh and z at once).
  const spell = (table: ReadonlyArray<readonly [string, readonly string[]]>, picks: readonly number[], index: number) => {
    const [arabic, spellings] = table[index % table.length]!;
    return [arabic, spellings[picks[index % table.length]! % spellings.length]!] as const;
  };
  const picks = (table: readonly unknown[]) => fc.array(fc.nat(), { minLength: table.length, maxLength: table.length });
  // consonant, long vowel or a short one, consonant, long vowel, consonant (three different ones in a row)
  const word = fc
    .tuple(picks(CONSONANTS), picks(LONG_VOWELS), fc.nat(), fc.option(fc.nat()), fc.constantFrom('a', 'e'), fc.nat(), fc.nat(), fc.nat())
    .map(([cp, vp, i1, v1, short, i2, v2, i3]) => [spell(CONSONANTS, cp, i1), v1 === null ? undefined : spell(LONG_VOWELS, vp, v1), short, spell(CONSONANTS, cp, i2), spell(LONG_VOWELS, vp, v2), spell(CONSONANTS, cp, i3)] as const)
    // (ç writes s before a vowel only)
    .filter(([c1, , , c2, , c3]) => c1[0] !== c2[0] && c2[0] !== c3[0] && c3[1] !== 'ç')
    .map(([c1, v1, short, c2, v2, c3]) => ({
      arabic: c1[0] + (v1?.[0] ?? '') + c2[0] + v2[0] + c3[0],
      latin: (c1[1] + (v1?.[1] ?? short) + c2[1] + v2[1] + c3[1]).toUpperCase(),
    }));

  it('any spelling of a five-letter word by these conventions matches (property)', () => {
    fc.assert(
      fc.property(word, ({ arabic, latin }) => {
        expect(score(arabic, latin), `${arabic} / ${latin}`).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
      }),
      { numRuns: 300 },
    );
  });
});

describe('short Arabic words and final vowels', () => {
  it('a three-letter word meets its spelling with short vowels only (جبر Jabr, کرم Karam)', () => {
    expect(score('جبر', 'JABR')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(score('کرم', 'KARAM')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(score('بشر', 'BISHR')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it('a Latin final a, o or u needs an Arabic letter: a word ending in a consonant is another name (بشر Bishr is not Bushra)', () => {
    expect(score('بشر', 'BUSHRA')).toBeLessThan(DEFAULT_THRESHOLD);
    expect(score('جبر', 'JABRA')).toBeLessThan(DEFAULT_THRESHOLD);
    expect(score('کرم', 'KARAMA')).toBeLessThan(score('کرم', 'KARAM'));
  });

  it('ة and a final ه write that vowel (حمزة Hamza, فاطمة Fatima)', () => {
    expect(score('حمزة', 'HAMZA')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(score('فاطمة', 'FATIMA')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(arabicConsonantSource('حمزة')).toBe('hmza');
  });
});

describe('words of one consonant', () => {
  it('meet their Latin spelling by that consonant (ضیا Zia, حی Hai)', () => {
    expect(score('ضیا کریمی', 'ZIA KARIMI')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(score('ضیا', 'ZIA')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(score('حی', 'HAI')).toBeGreaterThan(0.7);
  });

  it('but a word of vowels only shares no consonant', () => {
    expect(score('آو', 'AWA')).toBe(0);
  });
});

describe('compounds and Egyptian g', () => {
  it('a name joined to al-Din in Arabic script meets its Latin compound (شمسالدین Shamsuddin)', () => {
    expect(score('شمسالدین احمدی', 'SHAMSUDDIN AHMADI')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it('the article before a name of two letters is the article (الحق al-Haq), but الله is one word', () => {
    expect(score('عبد الحق کریمی', 'ABDUL HAQ KARIMI')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(score('عطاء الله', 'ATAULLAH')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it('ج written g, as Egyptian names do (Gamal, Hegazy, Naguib)', () => {
    expect(score('حجازي', 'HEGAZY')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(score('نجيب', 'NAGUIB')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(latinSpellingSource('gamal')).toBe('jamal');
    expect(latinSpellingSource('ghazi')).toBe('khazi'); // gh is غ, not ج
  });
});

describe('ة in the construct state', () => {
  it('is read t as well as a (حركة Harakat, جماعة Jamaat; فاطمة Fatima)', () => {
    expect(score('حركة الشباب', 'HARAKAT AL-SHABAAB')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(score('جماعة انصار', 'JAMAAT ANSAR')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(arabicConsonantSource('حركة', 'second')).toBe('hrkt');
    expect(arabicConsonantSource('حركة')).toBe('hrka');
  });
});
