import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../src/search/vocabulary.js';
import { classWeight, toMatchable } from '../src/match/units.js';
import { prepareName } from '../src/normalize/tokens.js';

/** The units of a name, as an index makes them. */
function unitsOf(text: string, korean = false) {
  return toMatchable(prepareName(text), classWeight, { korean }).units;
}

describe('Vocabulary.intern', () => {
  it('gives a unit that recurs the same entry', () => {
    const vocabulary = new Vocabulary();
    const [first] = unitsOf('Hamid');
    const [again] = unitsOf('HAMID');
    expect(vocabulary.intern(again!, 1)).toBe(vocabulary.intern(first!, 1));
    expect(vocabulary.entries).toHaveLength(1);
  });

  it('keeps apart units of one form whose keys differ: romanized from Arabic, Korean, joined', () => {
    const vocabulary = new Vocabulary();
    const latin = unitsOf('Hmd')[0]!;
    const arabic = unitsOf('حمد')[0]!;
    expect(arabic.form).toBe(latin.form);
    const plain = unitsOf('Chong')[0]!;
    const korean = unitsOf('Chong', true)[0]!;
    const joined = unitsOf('Chong Su').find((unit) => unit.joined)!;
    const single = unitsOf('Chongsu')[0]!;
    expect(joined.form).toBe(single.form);
    const ids = [latin, arabic, plain, korean, joined, single].map((unit) => vocabulary.intern(unit, 1));
    expect(new Set(ids).size).toBe(6);
    expect(vocabulary.entries[ids[1]!]!.fromArabic).toBe(true);
    expect(vocabulary.entries[ids[3]!]!.koreanKey).toBeDefined();
    expect(vocabulary.entries[ids[4]!]!.joined).toBe(true);
  });
});

describe('Vocabulary.similarTo of joined units', () => {
  /** A vocabulary of a few names' units, frozen for lookups. */
  function vocabularyOf(names: string[]): Vocabulary {
    const vocabulary = new Vocabulary();
    for (const name of names) for (const unit of unitsOf(name)) vocabulary.intern(unit, 1);
    vocabulary.freeze();
    return vocabulary;
  }
  const names = ['Karachi Trading', 'Haqqani Network', 'Rahman Ali'];

  it('answers a joined unit as a fresh lookup does, and from its memo the second time', () => {
    const vocabulary = vocabularyOf(names);
    const joined = unitsOf('Kara Chy').find((unit) => unit.joined)!;
    const found = vocabulary.similarTo(joined);
    expect(found.size).toBeGreaterThan(0);
    expect(vocabulary.similarTo({ ...joined })).toBe(found);
    expect(vocabularyOf(names).similarTo(joined)).toEqual(found);
  });

  it('looks a joined unit up again when any of its keys differs from one answered before', () => {
    const vocabulary = vocabularyOf(names);
    const joined = unitsOf('Kara Chy').find((unit) => unit.joined)!;
    const found = vocabulary.similarTo(joined);
    for (const other of [
      { ...joined, collapsed: `${joined.collapsed}x` },
      { ...joined, consonantKey: 'krch' },
      { ...joined, consonantSource: 'krch' },
      { ...joined, altConsonantKey: 'krch' },
      { ...joined, fromArabic: true },
      { ...joined, koreanKey: 'kara' },
    ]) {
      expect(vocabulary.similarTo(other)).not.toBe(found);
      expect(vocabulary.similarTo(other)).toEqual(vocabularyOf(names).similarTo(other));
    }
  });
});
