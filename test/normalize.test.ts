import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachDeletionHash } from '../src/normalize/keys.js';
import { foldName } from '../src/normalize/fold.js';
import { consonantKey, deletions, skeletonsAgree, vowelKey } from './helpers/keys.js';
import { prepareName } from '../src/normalize/tokens.js';
import { compareNames } from '../src/match/compare.js';
import { isKoreanWord, koreanSyllableKey } from '../src/normalize/korean.js';
import { arabicConsonantSource, romanize } from '../src/normalize/transliterate.js';

describe('foldName', () => {
  it.each([
    ["Ch'oe Ch'un-yo'ng", 'choe chun yong'],
    ['Recep Tayyip Erdoğan', 'recep tayyip erdogan'],
    ['A.B.C. Company', 'abc company'],
    ['Straße Łódź', 'strasse lodz'],
    ['‘ABD AL-RAHMAN BIN ‘UMAYR AL-NU’AYMI', 'abd al rahman bin umayr al nuaymi'],
    ['  VIV   ANSANM ', 'viv ansanm'],
    ['Ротенберг Аркадий', 'rotenberg arkadiy'],
  ])('folds %j to %j', (input, folded) => {
    expect(foldName(input)).toBe(folded);
  });

  it('folds plain ASCII (its shortcut) as it folds the same text beside a non-ASCII word', () => {
    // `${text} É` takes the full path; its fold is the text's own fold, then `e`.
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 30 }), (text) => {
        const folded = foldName(text);
        expect(foldName(`${text} É`)).toBe(folded === '' ? 'e' : `${folded} e`);
      }),
      { numRuns: 2000, seed: 20261128 },
    );
  });

  it('keeps scripts it does not romanize (Han, Hangul) whole', () => {
    expect(foldName('नरेन्द्र मोदी')).toBe('nrendr modi'); // any-ascii: test/other-scripts.test.ts
    expect(foldName('王 伟')).toBe('王 伟');
  });
});

describe('romanize', () => {
  it('writes Arabic script consonantally, with long vowels', () => {
    expect(romanize('محمد')).toBe('mhmd');
    expect(romanize('محمود')).toBe('mhmud');
    expect(romanize('داود')).toBe('dawd');
  });

  it('treats Persian and Urdu letter forms and diacritics as the Arabic letters', () => {
    expect(romanize('کریم')).toBe(romanize('كريم'));
    expect(romanize('یوسف')).toBe(romanize('يوسف'));
    expect(romanize('مُحَمَّد')).toBe(romanize('محمد'));
    expect(romanize('ﻤﺤﻤﺪ'.normalize('NFKC'))).toBe('mhmd');
  });

  it('gives the consonant source of an Arabic word in the classes of the Latin keys', () => {
    expect(arabicConsonantSource('محمد')).toBe('mhmt');
    expect(arabicConsonantSource('الله')).toBe('alh');
  });
});

describe('keys', () => {
  it.each([
    ['mohammed', 'muhammad'],
    ['hejazi', 'hijazi'],
    ['belmokhtar', 'belmukhtar'],
    ['qaeda', 'qaida'],
    ['usama', 'osama'],
    ['sahrawi', 'sahraoui'], // French ou for w
    ['walid', 'oualid'],
    ['wassim', 'ouassim'],
  ])('gives %s and %s one vowel key', (a, b) => {
    expect(vowelKey(a)).toBe(vowelKey(b));
  });

  it('keeps names that differ in their syllables apart', () => {
    expect(vowelKey('mohammed')).not.toBe(vowelKey('mahmoud'));
    // A w starting a word is a consonant: William is not Alim, Walid not Alid.
    expect(vowelKey('william')).not.toBe(vowelKey('alim'));
    expect(vowelKey('walid')).not.toBe(vowelKey('alid'));
  });

  it('meets romanized Arabic in the consonant key', () => {
    expect(consonantKey('mohammed')).toBe('mhmt');
    expect(skeletonsAgree('محمد', 'Mohammed')).toBe(true);
    expect(consonantKey('belgacem')).toBe(consonantKey('belkassem'));
  });

  it('lists every deletion up to the bound', () => {
    expect([...new Set(deletions('omar', 1))].sort()).toEqual(['mar', 'oar', 'oma', 'omar', 'omr']);
    expect(deletions('abc', 2)).toHaveLength(7);
  });

  it('hashes a token less one or two characters as it hashes the shorter string itself', () => {
    const hashOf = (text: string) => {
      const hashes: number[] = [];
      forEachDeletionHash(text, 0, (hash) => hashes.push(hash));
      return hashes[0]!;
    };
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abdeilmnorstuyمح'), maxLength: 40 }), (token) => {
        const found: number[] = [];
        forEachDeletionHash(token, 2, (hash) => found.push(hash));
        const expected = [hashOf(token)];
        const n = token.length;
        if (n > 1) for (let i = 0; i < n; i++) expected.push(hashOf(token.slice(0, i) + token.slice(i + 1)));
        if (n > 2) for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) expected.push(hashOf(token.slice(0, i) + token.slice(i + 1, j) + token.slice(j + 1)));
        expect(found).toEqual(expected);
      }),
      { numRuns: 300, seed: 7 },
    );
    expect(hashOf('omar')).not.toBe(hashOf('amor'));
  });

  it('hashes a token the same when a visit hashes another token meanwhile (the prefix states are not shared then)', () => {
    const alone: number[] = [];
    forEachDeletionHash('belmokhtar', 2, (hash) => alone.push(hash));
    const nested: number[] = [];
    const inner: number[][] = [];
    forEachDeletionHash('belmokhtar', 2, (hash) => {
      nested.push(hash);
      const found: number[] = [];
      forEachDeletionHash('ab', 2, (h) => found.push(h));
      inner.push(found);
    });
    expect(nested).toEqual(alone);
    expect(alone).toHaveLength(1 + 10 + 45);
    const ab: number[] = [];
    forEachDeletionHash('ab', 2, (h) => ab.push(h));
    expect(inner.every((found) => found.join() === ab.join())).toBe(true);
  });
});

describe('prepareName', () => {
  const forms = (name: string) => prepareName(name).tokens.map((t) => `${t.form}:${t.cls}`);

  it('reads il as the Korean syllable in a Korean name and as the article elsewhere', () => {
    expect(forms('PAK SONG IL')).toEqual(['pak:name', 'song:name', 'il:name']);
    expect(forms('Ri Il-chol')).toEqual(['ri:name', 'il:name', 'chol:name']);
    expect(forms('Nasir il Din')).toEqual(['nasir:name', 'din:name']);
    expect(forms('Saif il Islam')).toEqual(['saif:name', 'al:particle', 'islam:name']);
    expect(forms('Din il Nur')).toEqual(['din:name', 'al:particle', 'nur:name']);
    // The same person's names read IL alike: an initial or a word with no syllable key beside a Korean family name.
    expect(forms('CHO IL U')).toEqual(['cho:name', 'il:name', 'u:initial']);
    expect(forms('Cho Il Woo')).toEqual(['cho:name', 'il:name', 'woo:name']);
    expect(compareNames('Cho Il', 'CHO IL U').score).toBeGreaterThan(0.9);
    // A title is not a word of the name; an initial is no family name; Young is a usual spelling of Yong.
    expect(forms('Mr Pak Song Il')).toEqual(['mr:title', 'pak:name', 'song:name', 'il:name']);
    expect(forms('Kim Young Il')).toEqual(['kim:name', 'young:name', 'il:name']);
    expect(forms('Nur il Amin U')).toEqual(['nur:name', 'al:particle', 'amin:name', 'u:initial']);
    // A Korean name that differs only in its last syllable is not the same name.
    expect(compareNames('PAK SONG HUI', 'PAK SONG IL').score).toBeLessThan(0.8);
    expect(compareNames('Saif il Islam', 'Saif al-Islam').score).toBe(1);
  });

  it('classifies titles, particles and name parts', () => {
    expect(forms('Mullah Abdul Rahman AL-NU’AYMI')).toEqual([
      'mullah:title',
      'abd:name',
      'rahman:name',
      'al:particle',
      'nuaymi:name',
    ]);
  });

  it('writes abd-names one way however they are joined', () => {
    const expected = ['abd:name', 'rahman:name'];
    expect(forms('Abdulrahman')).toEqual(expected);
    expect(forms('Abd al-Rahman')).toEqual(expected);
    expect(forms('Abdel Rahman')).toEqual(expected);
    expect(forms('عبد الرحمن').map((f) => f.split(':')[1])).toEqual(['name', 'name']);
  });

  it('splits names joined to al-Din and the assimilated article', () => {
    expect(forms('Salahaldin')).toEqual(['salah:name', 'din:name']);
    expect(forms('Noureddine')).toEqual(['nour:name', 'din:name']);
    expect(forms('Essaadi')).toEqual(['al:particle', 'saadi:name']);
    // French transliteration writes the connecting u as ou.
    expect(forms('Jallalouddine')).toEqual(['jallal:name', 'din:name']);
    // Written apart, the article before din goes whatever its spelling.
    expect(forms('Noor ud Din')).toEqual(forms('Nooruddin'));
    expect(forms('Salah ad-Din')).toEqual(['salah:name', 'din:name']);
  });

  it('reads walad and weld ("son of") as ould', () => {
    expect(forms('Mafouz Walad Al-Walid')).toEqual(['mafouz:name', 'ould:particle', 'al:particle', 'walid:name']);
    expect(forms('Mahfouz Ould al-Walid')[1]).toBe('ould:particle');
  });

  it('reduces company legal forms to one short form', () => {
    expect(forms('Iskusstvo Krasoty Limited Liability Company')).toEqual(['iskusstvo:name', 'krasoty:name', 'llc:legal']);
    expect(forms('Deutsche Bank Aktiengesellschaft')).toEqual(['deutsche:name', 'bank:generic', 'ag:legal']);
  });

  it('writes one kind of company as one legal form across languages and eras (OOO = LLC, OAO/PAO = JSC)', () => {
    expect(forms('OOO Iskusstvo Krasoty')).toEqual(['llc:legal', 'iskusstvo:name', 'krasoty:name']);
    expect(forms('Iskusstvo Krasoty Limited Liability Company')).toEqual(['iskusstvo:name', 'krasoty:name', 'llc:legal']);
    expect(forms('OAO Gazprom')[0]).toBe(forms('PAO Gazprom')[0]);
    expect(forms('Gazprom Joint Stock Company')).toEqual(['gazprom:name', 'jsc:legal']);
    expect(forms('FABERLIC EUROPE Sp. z o.o.')).toEqual(['faberlic:name', 'europe:name', 'llc:legal']);
    expect(forms('Deutsche Bank AG')).not.toEqual(forms('Deutsche Bank GmbH')); // two kinds of company
  });

  it('finds a legal-form phrase with a slip in its first word (Joynt Stock Company)', () => {
    expect(forms('Tactical Missiles Corporation Joynt Stock Company')).toEqual(forms('Tactical Missiles Corporation Joint Stock Company'));
  });

  it('keeps a two-letter legal form of a two-word name as a name part (Thomas Sá)', () => {
    expect(forms('Thomas Sá')).toEqual(['thomas:name', 'sa:name']);
  });

  it('reads Arabic presentation forms (ﺻﺍﻠﺡ) as the Arabic letters they stand for', () => {
    const keys = (name: string) => prepareName(name).tokens.map(({ form, fromArabic, consonantSource, cls }) => ({ form, fromArabic, consonantSource, cls }));
    expect(keys('ﺻﺍﻠﺡ ﻤﺣﻤﺩ ﻛﺍﻛﺭ')).toEqual(keys('صالح محمد كاكر'));
    expect(prepareName('ﺻﺍﻠﺡ').tokens[0]!.fromArabic).toBe(true);
  });

  it('splits Abd al- written as one Arabic word, but keeps عبدالله whole', () => {
    expect(forms('عبدالولی صدیقی')).toEqual(['abd:name', 'wli:name', 'sdiqi:name']); // Abdul Wali: و starts a word
    expect(forms('عبدالحی')).toEqual(['abd:name', 'hi:name']);
    expect(forms('عبدالله')).toEqual(['abdallh:name']);
  });

  it('knows Arabic-script titles by their letters, not by a romanization that drops the ayn', () => {
    const classes = (name: string) => prepareName(name).tokens.map((t) => t.cls);
    expect(classes('سيد محمد')).toEqual(['title', 'name']); // Sayyid Muhammad
    expect(classes('سعيد محمد')).toEqual(['name', 'name']); // Said Muhammad: سعيد romanizes like سيد
    expect(classes('سعد محمد')).toEqual(['name', 'name']); // Saad Muhammad
    expect(classes('حاجی ملا محمد')).toEqual(['title', 'title', 'name']); // Persian yeh, as حاجي
  });

  it('writes out the abbreviations of company words (SHPG, Intl, Mfg)', () => {
    expect(forms('KOREA ANSAN SHPG COMPANY')).toEqual(forms('Korea Ansan Shipping Company'));
    expect(forms('Acme Intl Trdg')).toEqual(['acme:name', 'international:generic', 'trading:generic']);
    expect(forms("Int'l Mfg Grp")).toEqual(['international:generic', 'manufacturing:generic', 'group:generic']);
    expect(forms('DEFENCE INDS ORGANISATION')).toEqual(forms('Defence Industries Organisation'));
    expect(forms('Amin Indl Devt Fdn')).toEqual(['amin:name', 'industrial:generic', 'development:generic', 'foundation:generic']);
  });

  it('weighs Joint Venture as generic words, and keeps Joint Stock Company a legal form', () => {
    expect(forms('Ryonha Machinery Joint Venture Corporation')).toEqual(['ryonha:name', 'machinery:name', 'joint:generic', 'venture:generic', 'corp:legal']);
    expect(forms('Tactical Missiles Joint Stock Company')).toEqual(['tactical:name', 'missiles:name', 'jsc:legal']);
  });

  it('writes out the abbreviations of Muhammad (Mohd, Muhd, Muh), not MD', () => {
    expect(forms('Mohd Radi bin Udin')[0]).toBe('muhammad:name');
    expect(forms('Muh. Sholeh')[0]).toBe('muhammad:name');
    expect(forms('John Smith MD')).not.toContain('muhammad:name');
  });

  it('keeps titles as the name when there is nothing else', () => {
    expect(forms('General')).toEqual(['general:name']);
  });

  it('shares the tokens of a word between names without one name changing another', () => {
    // Tokens are made once per word; the two rules that reclassify a token must copy it.
    expect(forms('General')).toEqual(['general:name']);
    expect(forms('General Kim Jong')).toEqual(['general:title', 'kim:name', 'jong:name']);
    expect(forms('Thomas Sa')).toEqual(['thomas:name', 'sa:name']);
    expect(forms('Cimentos Portugal Sa')).toEqual(['cimentos:name', 'portugal:name', 'sa:legal']);
    const first = prepareName('Ali Hassan').tokens[1]!;
    expect(prepareName('Hassan Ali').tokens[0]).toBe(first); // the same token object, unchanged
  });
});

describe('Korean syllables', () => {
  it('gives the McCune–Reischauer and Revised spellings of a syllable one key', () => {
    const same: Array<[string, string]> = [
      ['chong', 'jong'],
      ['cho', 'jo'],
      ['un', 'eun'],
      ['kyu', 'gyu'],
      ['hyok', 'hyeok'],
      ['pom', 'bom'],
      ['chae', 'jae'],
    ];
    for (const [a, b] of same) expect(koreanSyllableKey(a), `${a} / ${b}`).toBe(koreanSyllableKey(b));
    expect(koreanSyllableKey('chong')).not.toBe(koreanSyllableKey('chang'));
    expect(koreanSyllableKey('hwa')).not.toBe(koreanSyllableKey('ha'));
  });

  it('knows what is not a Korean syllable or word', () => {
    expect(koreanSyllableKey('smith')).toBeUndefined();
    expect(koreanSyllableKey('young')).toBeUndefined();
    expect(isKoreanWord('yongwon')).toBe(true);
    expect(isKoreanWord('jongsik')).toBe(true);
    expect(isKoreanWord('young')).toBe(false); // not yo-ung: two vowels do not split
    expect(isKoreanWord('david')).toBe(false);
  });
});
