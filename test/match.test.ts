import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/match/compare.js';
import { arabicLatinSimilarity } from '../src/match/arabic-latin.js';
import { boundedEditDistance } from '../src/text/distance.js';
import { DEFAULT_THRESHOLD } from '../src/match/threshold.js';
import fc from 'fast-check';
import { TRANSLITERATION_CLASSES, replacedConsonants, sameTransliterationClass, unitSimilarity } from '../src/match/similarity.js';
import { SCORING_MODEL, withScoringModel } from '../src/scoring-model.js';
import { classWeight, keepMatchable, toMatchable } from '../src/match/units.js';
import { prepareName } from '../src/normalize/tokens.js';
import { latinConsonants } from '../src/normalize/keys.js';
import { Screener } from '../src/screen/screener.js';
import { newestIndex } from './helpers/index.js';
import { newestPrepared } from './helpers/prepared.js';

describe('boundedEditDistance', () => {
  it.each([
    ['scholz', 'schloz', 2, 1],
    ['omar', 'umar', 2, 1],
    ['kitten', 'sitting', 3, 3],
    ['mohammed', 'mahmoud', 2, 3],
    ['', 'abc', 5, 3],
    ['same', 'same', 0, 0],
  ])('%s / %s within %i is %i', (a, b, max, expected) => {
    expect(boundedEditDistance(a, b, max)).toBe(expected);
  });
});

describe('arabicLatinSimilarity', () => {
  it('lets a Latin spelling add short vowels almost for free', () => {
    expect(arabicLatinSimilarity('mhmt', 'mohamet')).toBeGreaterThan(0.95);
  });

  it('charges for a Persian -i suffix the Latin name lacks (Kamali / Gamel)', () => {
    expect(arabicLatinSimilarity('kmali', 'kamel')).toBeLessThan(arabicLatinSimilarity('kmal', 'kamel'));
  });

  it('lets a word-initial alif stand for any short vowel (اسلامي Islami, اتحاد Ittihad), and only there', () => {
    expect(arabicLatinSimilarity('aslami', 'islami')).toBeGreaterThan(0.95);
    expect(arabicLatinSimilarity('atihat', 'itihat')).toBeGreaterThan(0.95);
    expect(arabicLatinSimilarity('salam', 'silim')).toBeLessThan(0.9); // a long a inside the word stays a
    expect(arabicLatinSimilarity('azt', 'ezat')).toBeGreaterThan(0.95); // a / e costs nothing, as before
  });
});

describe('keepMatchable', () => {
  it('copies a matchable name whole, sharing no unit or array with it', () => {
    const made = toMatchable(prepareName('Mullah Abdul Rahman AL-NU’AYMI Trading Co. Ltd W.'), classWeight);
    const kept = keepMatchable(made);
    expect(kept).toEqual(made);
    expect(kept.units).not.toBe(made.units);
    kept.units.forEach((unit, i) => expect(unit).not.toBe(made.units[i]));
    expect(kept.tokens).not.toBe(made.tokens);
    expect(kept.unitWeights).not.toBe(made.unitWeights);
    expect(kept.unitSpans).not.toBe(made.unitSpans);
    expect(kept.weights).not.toBe(made.weights);
    expect(kept.matchedWeights).not.toBe(made.matchedWeights);
    expect(kept.unitMatchedWeights).not.toBe(made.unitMatchedWeights);
    expect(kept.initialTokens).not.toBe(0); // W. is an initial
    expect(kept.legalTokens).not.toBe(0); // Ltd
  });
});

describe('unitSimilarity', () => {
  const units = (name: string) => toMatchable(prepareName(name), classWeight).units;

  it('never edits a digit: a number tells two vessels or series apart', () => {
    const [bong] = units('Bong');
    const bong5 = units('Bong 5').find((u) => u.joined)!; // bong5
    const bongs = units('Bongs')[0]!;
    expect(bong5.form).toBe('bong5');
    expect(unitSimilarity(bong!, bong5).score).toBe(0);
    expect(unitSimilarity(units('Series 2007-1').find((u) => u.joined && u.form.startsWith('2007'))!, units('Series 2007-2').find((u) => u.joined && u.form.startsWith('2007'))!).score).toBe(0);
    expect(unitSimilarity(bong!, bongs).rule).toBe('edit'); // letters may still be edited
  });

  it('lets three-letter syllables with one vowel be variants (Pak / Paek, Wol / Wuol), not other short words', () => {
    const one = (name: string) => units(name)[0]!;
    expect(unitSimilarity(one('Pak'), one('Paek')).rule).toBe('variant');
    expect(unitSimilarity(one('Wol'), one('Wuol')).rule).toBe('variant');
    expect(unitSimilarity(one('Ali'), one('Aly')).score).toBe(0); // vowel first: Ali / Ala are other names
  });

  it('lets Latin names of 5 letters or more that differ in their vowels only meet, one edit beyond the budget (Sulayman / Salman)', () => {
    const one = (name: string) => units(name)[0]!;
    for (const [a, b] of [['Sulayman', 'Salman'], ['Husari', 'Hasri'], ['Daras', 'Darassa'], ['Suleiman', 'Salman']] as const) {
      expect(unitSimilarity(one(a), one(b))).toEqual({ score: SCORING_MODEL.similarity.vowels, rule: 'vowels' });
      expect(unitSimilarity(one(b), one(a)).rule).toBe('vowels');
    }
    expect(unitSimilarity(one('Olga'), one('Oleg')).score).toBe(0); // too short: shared consonants by chance
    expect(unitSimilarity(one('Rahmawati'), one('Rahmat')).rule).not.toBe('vowels'); // w is a consonant here
    expect(unitSimilarity(one('Kirby'), one('Korpi')).score).toBe(0); // b and p are other consonants
    expect(unitSimilarity(one('Salmanov'), one('Sulaymonova')).score).toBe(0); // more edits than one beyond the budget
  });

  it('scores a name and the same name with the suffix -i (Hussein / Hosseini) as related names, not as spellings of one', () => {
    const one = (name: string) => units(name)[0]!;
    for (const [a, b] of [['Hosseini', 'Hussein'], ['Karami', 'Karim'], ['Abdollahi', 'Abdullah'], ['Hamady', 'Hamed']] as const) {
      expect(unitSimilarity(one(a), one(b))).toEqual({ score: SCORING_MODEL.similarity.suffix, rule: 'suffix' });
      expect(unitSimilarity(one(b), one(a)).rule).toBe('suffix');
    }
    // One dropped letter is still a typo, and names that both end in -i are spellings of one name.
    expect(unitSimilarity(one('Karimi'), one('Karim')).rule).toBe('edit');
    expect(unitSimilarity(one('Hejazi'), one('Hijazi')).rule).toBe('variant');
    expect(unitSimilarity(one('Husari'), one('Hasri')).rule).toBe('vowels');
    expect(compareNames('Mohammad Hosseini', 'Hussein Muhammad').match).toBe(false);
    expect(compareNames('Mohammad Husseini', 'Mohammad Husseiny').match).toBe(true);
  });
});

describe('two consonants replaced (editBudget.replacedConsonants)', () => {
  const one = (name: string) => toMatchable(prepareName(name), classWeight).units[0]!;
  // Words of alternating consonants and vowels, 6 to 9 letters: no digraph, no doubled letter, no -i suffix after a consonant.
  const consonants = 'bdfgjklmnprstvz';
  const word = fc
    .array(fc.tuple(fc.constantFrom(...consonants), fc.constantFrom(...'aeou')), { minLength: 3, maxLength: 4 })
    .map((syllables) => syllables.map(([c, v]) => c + v).join(''))
    .filter((w) => w.length >= 6);
  const replaced = (w: string, positions: number[], by: string[]) => {
    const letters = [...w];
    positions.forEach((p, i) => (letters[p * 2] = by[i]!));
    return letters.join('');
  };
  const other = (letter: string, pick: number) => [...consonants].filter((c) => c !== letter)[pick % (consonants.length - 1)]!;

  it('takes a word with two of its consonants replaced for another name, not an edit within the budget of two', () => {
    fc.assert(
      fc.property(word, fc.nat(), fc.nat(), fc.nat(), fc.nat(), (w, i, j, a, b) => {
        const count = w.length / 2;
        const first = i % count;
        const second = (first + 1 + (j % (count - 1))) % count;
        const changed = replaced(w, [first, second], [other(w[first * 2]!, a), other(w[second * 2]!, b)]);
        // (a consonant next to the same one across a vowel collapses in `latinConsonants`: Bababa is `b`)
        fc.pre(latinConsonants(w).length === count && latinConsonants(changed).length === count);
        // (one consonant written for another of its transliteration class is a spelling: tested below)
        fc.pre(!sameTransliterationClass(w[first * 2]!, changed[first * 2]!) && !sameTransliterationClass(w[second * 2]!, changed[second * 2]!));
        expect(replacedConsonants(w, changed)).toBe(2);
        expect(unitSimilarity(one(w), one(changed)).score).toBe(0);
      }),
    );
  });

  it('keeps one consonant replaced, or a consonant replaced and one dropped, an edit', () => {
    fc.assert(
      fc.property(word, fc.nat(), fc.nat(), (w, i, a) => {
        const at = i % (w.length / 2);
        const changed = replaced(w, [at], [other(w[at * 2]!, a)]);
        expect(unitSimilarity(one(w), one(changed))).toEqual({ score: 1 - 1 / (w.length + 1), rule: 'edit' });
      }),
    );
    // Two edits, a consonant dropped and one replaced: the consonants no longer line up one for one (a typo drops letters).
    expect(replacedConsonants('dorvanek', 'dorvaet')).toBe(0);
    expect(unitSimilarity(one('Dorvanek'), one('Dorvaet'))).toEqual({ score: 1 - 2 / 8, rule: 'edit' });
  });

  it('tells made-up names with two consonants replaced apart, in a whole name too', () => {
    expect(replacedConsonants('dorvani', 'korvaki')).toBe(2);
    expect(compareNames('Pavel Dorvani', 'Pavel Korvaki').match).toBe(false);
    expect(compareNames('Pavel Dorvani', 'Pavel Dorvami').match).toBe(true);
    // Off (a budget of two consonants), the edit is back.
    const off = withScoringModel({ version: 't', editBudget: { replacedConsonants: 2 } });
    expect(unitSimilarity(one('Dorvani'), one('Korvaki'), off).rule).toBe('edit');
  });
});

describe('consonants of one transliteration class (TRANSLITERATION_CLASSES)', () => {
  const one = (name: string) => toMatchable(prepareName(name), classWeight).units[0]!;

  it.each([
    ['Vladimirov', 'Wladimirow'],
    ['Khozhakhmed', 'Hozhahmed'],
    ['Zelimkhan', 'Selimchan'],
    ['Fakhrizadeh', 'Fachrisadeh'],
    ['Akhunzada', 'Achunsada'],
    ['Vakhitov', 'Wakhitow'],
    ['Khairkhwah', 'Hairhwah'],
  ])('keeps %s / %s, the same sounds spelled another way, an edit', (listed, query) => {
    expect(replacedConsonants(listed.toLowerCase(), query.toLowerCase())).toBeLessThanOrEqual(SCORING_MODEL.editBudget.replacedConsonants);
    expect(unitSimilarity(one(query), one(listed)).rule).toBe('edit');
  });

  it('still tells names with two consonants of different classes apart', () => {
    for (const [a, b] of [['Navros', 'Lavrov'], ['Matiullah', 'Atiqullah'], ['Sukamto', 'Sukarno'], ['Dorvani', 'Korvaki']] as const) {
      expect(unitSimilarity(one(a), one(b)).score).toBe(0);
    }
  });

  it('counts a consonant of the same class half, so one of another class with it makes another name', () => {
    // Two Iranian and two Afghan surnames (z / s half, h / j one; h / q half, h / j one), and
    // Gatwick / Garwich (t / r one, k / ch half).
    for (const [a, b] of [['Zahedi', 'Sajedi'], ['Jahani', 'Haqani'], ['Gatwick', 'Garwich']] as const) {
      expect(replacedConsonants(a.toLowerCase(), b.toLowerCase())).toBe(1.5);
      expect(unitSimilarity(one(a), one(b)).score).toBe(0);
    }
  });

  // German, Polish and Russian spellings of listed names (made up for the test), screened at the default threshold.
  it.each([
    ['Mohsen Fachrisadeh-Mahabadi', 'IRi.016'],
    ['Ayrat Nasimovich Wakhitow', 'QDi.397'],
    ['Aslan Awgazarowich Byutukaev', 'QDi.396'],
    ['Mohammad Eshaq Achunsada', 'TAi.101'],
    ['Ahmad Jan Achunsada', 'TAi.109'],
    ['Khairullah Hairhwah', 'TAi.093'],
  ])('alerts on %s (%s)', (name, referenceNumber) => {
    const result = new Screener(newestPrepared()).screen({ name });
    expect(result.alerts.map((alert) => alert.referenceNumber)).toContain(referenceNumber);
  });

  it('keeps any listed word with two consonants replaced within their class an edit at least', () => {
    // Letters that `latinConsonants` keeps as they are (c and q it rewrites, y is a vowel there).
    const classes = TRANSLITERATION_CLASSES.map((letters) => letters.replace(/[cq]/g, '')).filter((letters) => letters.length > 1);
    const classmates = (letter: string) => [...new Set(classes.filter((c) => c.includes(letter)).flatMap((c) => [...c]))].filter((c) => c !== letter);
    const words = [
      ...new Set(
        newestIndex()
          .names.flatMap((name) => toMatchable(prepareName(name.text), classWeight).units)
          .filter((unit) => !unit.joined && !unit.fromArabic && /^[a-z]{6,}$/.test(unit.form))
          .map((unit) => unit.form),
      ),
    ].sort();
    const slots = (w: string) => [...w].flatMap((letter, i) => (classmates(letter).length > 0 ? [i] : []));
    const listedWord = fc.constantFrom(...words.filter((w) => slots(w).length >= 2));
    fc.assert(
      fc.property(listedWord, fc.nat(), fc.nat(), fc.nat(), fc.nat(), (w, i, j, a, b) => {
        const at = slots(w);
        const first = at[i % at.length]!;
        const second = at[(at.indexOf(first) + 1 + (j % (at.length - 1))) % at.length]!;
        const letters = [...w];
        const firstMates = classmates(w[first]!);
        const secondMates = classmates(w[second]!);
        letters[first] = firstMates[a % firstMates.length]!;
        letters[second] = secondMates[b % secondMates.length]!;
        const changed = letters.join('');
        // (the consonants must still line up one for one: a letter next to its double, or beside the
        // same consonant across a vowel, collapses in `latinConsonants`: Kosse as Kozse, Kakwavu as Gakvavu)
        const [x, y] = [latinConsonants(w), latinConsonants(changed)];
        fc.pre(x.length === y.length && [...x].every((c, k) => c === y[k] || sameTransliterationClass(c, y[k]!)));
        // (and the word must stay one word: Levantine written Lewandine splits as Lewan + the compound -dine)
        fc.pre(one(changed).form === changed);
        // Two letters replaced, at most two edits: within the budget of a word of 6 letters or more.
        expect(unitSimilarity(one(changed), one(w)).score).toBeGreaterThanOrEqual(1 - 2 / (w.length + 1));
      }),
      { numRuns: 200 },
    );
  });
});

describe('compareNames', () => {
  it.each([
    ['SALEK, ABDULHAI', 'ABDULHAI SALEK'],
    ['Osama bin Laden', 'Usama ibn Laden'],
    ['MOKHTAR BELMOKHTAR', 'Mukhtar Belmukhtar'],
    ['MOHAMMAD HEJAZI', 'Mohammed Hijazi'],
    ['CHOE CHUN YONG', "Ch'oe Ch'un-yo'ng"],
    ['Al Qaeda', "Al-Qa'ida"],
    ['RamiMakhlouf', 'Rami Makhlouf'],
    ['Mr. Recep Tayyip Erdoğan', 'Recep Tayyip Erdoğan'],
    ['Stripe LLC', 'Stripe Limited Liability Company'],
    ['Владимир Путин', 'Vladimir Putin'],
    ['محمد الله مطيع', 'MOHAMMADULLAH MATI'],
    ['Kim Jong-uun', 'Kim Jong-un'],
  ])('matches %j with %j', (query, listed) => {
    const result = compareNames(query, listed);
    expect(result.match).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it.each([
    ['Pol Pot', 'Paul Murphy'],
    ['Barack Obama', 'George Hussein Onyango Obama'],
    ['Geoffrey Boris Johnson', 'Alexandre Boris de Pfeffel Johnson'],
    ['Volkswagen AG', 'Siemens AG'],
    ['Mohammad Ali', 'Mohammad Wali'],
    ['Frank Richter', 'Frederik Richter'],
  ])('does not match %j with %j', (query, listed) => {
    expect(compareNames(query, listed).match).toBe(false);
  });

  it('reads DPRK and Chosŏn in an entity name as Korea', () => {
    expect(compareNames('DPRK Committee for Space Technology', 'KOREAN COMMITTEE FOR SPACE TECHNOLOGY').match).toBe(true);
    expect(compareNames('Chosun Mining Development Trading Corporation', 'KOREA MINING DEVELOPMENT TRADING CORPORATION').score).toBe(1);
  });

  it('charges a middle name the query adds less than an extra name elsewhere or out of order', () => {
    const middle = compareNames('Nusret Sulejman Imamovic', 'NUSRET IMAMOVIC').score;
    expect(middle).toBeGreaterThan(compareNames('Nusret Imamovic Sulejman', 'NUSRET IMAMOVIC').score);
    expect(middle).toBeGreaterThan(compareNames('Imamovic Sulejman Nusret', 'NUSRET IMAMOVIC').score);
    expect(compareNames('Sulejman Nusret Imamovic', 'NUSRET IMAMOVIC').score).toBeLessThan(middle);
  });

  it('does not depend on word order, case, accents or punctuation', () => {
    const a = compareNames('Erdoğan, Recep Tayyip', 'RECEP TAYYIP ERDOGAN');
    expect(a.score).toBe(1);
  });

  it('explains the score with the alignment and what was left over', () => {
    const result = compareNames('Boris Johnson de Pfeffel', 'Alexandre Boris de Pfeffel Johnson');
    expect(result.alignment.map((pair) => pair.listed).sort()).toEqual(['boris', 'de', 'johnson', 'pfeffel']);
    expect(result.unmatched).toEqual({ query: [], listed: ['alexandre'] });
    expect(result.queryCoverage).toBe(1);
    expect(result.listedCoverage).toBeLessThan(1);
  });

  it('gives a score in [0, 1] and 0 for names with nothing in common', () => {
    expect(compareNames('', 'Anything').score).toBe(0);
    expect(compareNames('Zzyzx', 'Qwerty').score).toBe(0);
  });

  it('takes a threshold and validates it', () => {
    expect(compareNames('Olaf Scholze', 'Olaf Scholz', { threshold: 0.99 }).match).toBe(false);
    expect(() => compareNames('a', 'b', { threshold: 1.5 })).toThrow(RangeError);
    expect(() => compareNames('a', 'b', { threshold: 1.5 })).toThrow(
      expect.objectContaining({
        code: 'UNSC_ERR_INVALID_OPTION',
        message: 'Expected `threshold` to be a number between 0 and 1, got `1.5` (number)',
      }),
    );
    expect(() => compareNames(42 as unknown as string, 'b')).toThrow(TypeError);
  });
});
