import { describe, expect, it } from 'vitest';
import { foldName } from '../src/normalize/fold.js';
import { compareNames } from '../src/match/compare.js';
import { romanizeOtherScripts } from '../src/normalize/other-scripts.js';

describe('scripts without a table of their own (any-ascii)', () => {
  it.each([
    ['Greek', 'Κυριάκος Μητσοτάκης', 'kyriakos mitsotakis'],
    ['Armenian', 'Բարակ Օբամա', 'barak obama'],
    ['Georgian', 'ბარაკ ობამა', 'barak obama'],
    ['katakana', 'バラク・オバマ', 'baraku obama'],
    ['Ge\'ez', 'ሙሐመድ', 'muhamed'],
    ['Hebrew', 'בנימין נתניהו', 'vnymyn ntnyhv'],
    ['Devanagari', 'नरेन्द्र मोदी', 'nrendr modi'],
    ['Thai', 'สมชาย', 'smchay'],
  ])('%s is folded to Latin letters', (_script, text, folded) => {
    expect(foldName(text)).toBe(folded);
  });

  it.each([
    ['Κυριάκος Μητσοτάκης', 'Kyriakos Mitsotakis'],
    ['Բարակ Օբամա', 'Barack Obama'],
    ['ბარაკ ობამა', 'Barack Obama'],
    ['バラク・オバマ', 'Barack Obama'],
    ['नरेन्द्र मोदी', 'Narendra Modi'],
  ])('%s meets its Latin spelling %s', (original, latin) => {
    expect(compareNames(original, latin).match).toBe(true);
  });

  it('leaves Latin, Arabic-script and Cyrillic text to their own rules', () => {
    expect(romanizeOtherScripts('Erdoğan')).toBe('Erdoğan');
    expect(foldName('محمد')).toBe('mhmd');
    expect(foldName('Иван Петров')).toBe('ivan petrov');
  });

  it('keeps Han and Hangul whole: romanized syllable by syllable, strangers alerted 13 times as often', () => {
    expect(foldName('김정은')).toBe('김정은');
    expect(foldName('习近平')).toBe('习近平');
    expect(compareNames('김종은', '김정은').match).toBe(false);
  });

  it('romanizes a mixed text only where the script has no table', () => {
    expect(foldName('Dimitrios Παπαδόπουλος')).toBe('dimitrios papadopoylos');
  });
});
