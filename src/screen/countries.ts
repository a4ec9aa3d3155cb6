/**
 * Country names and codes: the UN list writes countries by their UN names
 * ("Iran (Islamic Republic of)") and sometimes as adjectives ("Tunisian"),
 * callers by ISO codes, common names, demonyms, or in Spanish, French or
 * Portuguese. All become ISO 3166-1 alpha-2 codes, from well-kept tables:
 * i18n-iso-countries (names in en, es, fr, pt; MIT) and world-countries
 * (mledoze/countries: common and official names, other spellings, English
 * and French demonyms; ODbL-1.0 data), with a short list of UN spellings
 * neither carries.
 */
import { readFileSync } from 'node:fs';
import type * as Countries from 'i18n-iso-countries';
import { loadOnFirstUse, requireFromHere, resolveFromHere } from '../text/load-on-first-use.js';
import { foldName } from '../normalize/fold.js';
import { memoize } from '../text/memo.js';
import { expectString } from '../validate.js';

let tables: typeof Countries | undefined;

/**
 * The ISO tables with names in English, Spanish, French and Portuguese,
 * loaded on the first country looked up (most screens have none, and
 * importing the package should not pay for them). The package's Node entry
 * registers all 80 locales (11 MB per thread); its core and four languages
 * are enough.
 */
function countries(): typeof Countries {
  if (tables !== undefined) return tables;
  // (each require written out, for bundlers: see text/load-on-first-use.ts)
  const { loaded, locales } = loadOnFirstUse(
    () => ({
      loaded: require('i18n-iso-countries/index.js') as typeof Countries,
      locales: [require('i18n-iso-countries/langs/en.json'), require('i18n-iso-countries/langs/es.json'), require('i18n-iso-countries/langs/fr.json'), require('i18n-iso-countries/langs/pt.json')] as unknown[],
    }),
    () => ({
      loaded: requireFromHere('i18n-iso-countries/index.js') as typeof Countries,
      locales: ['en', 'es', 'fr', 'pt'].map((locale) => requireFromHere(`i18n-iso-countries/langs/${locale}.json`)),
    }),
  );
  for (const locale of locales) loaded.registerLocale(locale as Countries.LocaleData);
  tables = loaded;
  return loaded;
}

/** UN and other spellings neither table carries, folded. */
const EXTRA_NAMES: Readonly<Record<string, string>> = {
  'democratic peoples republic of korea': 'KP',
  'dprk': 'KP',
  'rpdc': 'KP',
  'north korea': 'KP',
  'north korean': 'KP',
  'south korean': 'KR',
  'united kingdom of great britain and northern ireland': 'GB',
  'viet nam': 'VN',
  'bolivia plurinational state of': 'BO',
  'venezuela bolivarian republic of': 'VE',
  'micronesia federated states of': 'FM',
  'republic of moldova': 'MD',
  'lao peoples democratic republic': 'LA',
  'state of palestine': 'PS',
  'palestinian territories': 'PS',
  'libyan arab jamahiriya': 'LY',
  'turkiye': 'TR',
  'united states of america': 'US',
  'usa': 'US',
  'america': 'US',
  'uk': 'GB',
  'britain': 'GB',
  'great britain': 'GB',
  'england': 'GB',
  'kosovo': 'XK',
  'syria': 'SY',
  'laos': 'LA',
  'east timor': 'TL',
  'brunei': 'BN',
  'ivory coast': 'CI',
  'burma': 'MM',
  'cape verde': 'CV',
  'swaziland': 'SZ',
  'macedonia': 'MK',
  'czech republic': 'CZ',
  'vatican': 'VA',
  'palestine': 'PS',
  'hong kong special administrative region': 'HK',
  'china hong kong special administrative region': 'HK',
  'macao special administrative region': 'MO',
  'congo brazzaville': 'CG',
  'congo kinshasa': 'CD',
  'drc': 'CD',
  'uae': 'AE',
  'emirati': 'AE',
  'english': 'GB',
  'scottish': 'GB',
  'welsh': 'GB',
};

/** Words that say a text names no country the party holds (`Kuwaiti citizenship withdrawn in 2002`). */
const NEGATED = /\b(withdrawn|revoked|stripped|renounced|former)\b/;

/** Most words of a country name or demonym looked for inside a longer text. */
const MAX_NAME_WORDS = 7;

let byFoldedName: Map<string, string[]> | undefined;

/** Adds `name` for `code`; a name several countries share (Congolese, Dominican) keeps them all. */
function add(map: Map<string, string[]>, name: string, code: string): void {
  const folded = foldName(name);
  if (folded === '') return;
  const codes = map.get(folded);
  if (codes === undefined) map.set(folded, [code]);
  else if (!codes.includes(code)) codes.push(code);
}

/** world-countries' record of one country, the fields read here. */
interface WorldCountry {
  cca2: string;
  unMember: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: Record<string, { f: string; m: string }>;
  translations: Record<string, { common: string; official: string }>;
}

function foldedNames(): Map<string, string[]> {
  if (byFoldedName !== undefined) return byFoldedName;
  const map = new Map<string, string[]>();
  for (const [name, code] of Object.entries(EXTRA_NAMES)) map.set(name, [code]);
  const exact = (name: string, code: string) => {
    // A UN or ISO name is that country's only: it wins over a shared spelling.
    if (!map.has(foldName(name))) add(map, name, code);
  };
  for (const locale of ['en', 'es', 'fr', 'pt']) {
    for (const [code, names] of Object.entries(countries().getNames(locale, { select: 'all' }))) {
      for (const name of names) {
        exact(name, code);
        exact(name.replace(BRACKETED, ' '), code);
      }
    }
  }
  // Read once and dropped: 1.4 MB of JSON of which a few names per country are kept (read, not
  // required, so that Node's module cache does not keep it; a bundle carries it as a module).
  const world = loadOnFirstUse(
    () => require('world-countries/countries.json') as WorldCountry[],
    () => JSON.parse(readFileSync(resolveFromHere('world-countries/countries.json'), 'utf8')) as WorldCountry[],
  );
  const demonyms = new Map<string, string[]>();
  for (const country of world) {
    const code = country.cca2;
    exact(country.name.common, code);
    exact(country.name.official, code);
    for (const translation of ['spa', 'por', 'fra'].map((language) => country.translations[language])) {
      if (translation !== undefined) {
        exact(translation.common, code);
        exact(translation.official, code);
      }
    }
    // Other spellings of at least 4 letters (2- and 3-letter ones are codes, read as codes).
    for (const spelling of country.altSpellings) if (spelling.length > 3) exact(spelling, code);
    for (const demonym of Object.values(country.demonyms ?? {})) {
      add(demonyms, demonym.m, code);
      add(demonyms, demonym.f, code);
    }
  }
  // A demonym a member state shares with a territory is the member state's
  // (American: US, not the Northern Mariana Islands); members sharing one keep it all (Congolese).
  const members = new Set(world.filter((country) => country.unMember).map((country) => country.cca2));
  for (const [demonym, codes] of demonyms) {
    if (map.has(demonym)) continue;
    const held = codes.filter((code) => members.has(code));
    map.set(demonym, held.length > 0 ? held : codes);
  }
  byFoldedName = map;
  return map;
}

/**
 * The ISO 3166-1 alpha-2 code of a country given as a code (`af`, `AFG`), a
 * name (`Afghanistan`, `Iran (Islamic Republic of)`, `South Korea`, `UK`,
 * `Alemania`), or a demonym (`Algerian`, `British`), or `undefined` when it is
 * not a known country ("former Soviet Union"). For a demonym several
 * countries share (`Congolese`), the first; {@link countryCodes} gives all.
 *
 * @example
 * ```ts
 * countryCode('Iran (Islamic Republic of)') // 'IR'
 * countryCode('kp') // 'KP'
 * countryCode('Algerian') // 'DZ'
 * countryCode('Reino Unido') // 'GB'
 * ```
 */
export function countryCode(text: string): string | undefined {
  return countryCodes(text)[0];
}

/**
 * Every country a text names: one for a code or a name, several for a demonym
 * several countries share (`Congolese`: CG, CD) or for a text that names more
 * than one (`Sudan/South Sudan`, `United States. Also believed to hold Syrian
 * nationality`); empty when it names none.
 *
 * @example
 * ```ts
 * countryCodes('Congolese') // ['CG', 'CD']
 * countryCodes('Tunisian passport') // ['TN']
 * countryCodes('Atlantis') // []
 * ```
 */
export function countryCodes(text: string): readonly string[] {
  const trimmed = expectString(text, 'text').trim();
  // No country text is this long (the longest English name is under 60 letters): a hostile cell is not looked up, nor kept in the memo.
  return trimmed.length > MAX_COUNTRY_LENGTH ? NONE : cachedCountryCodes(trimmed);
}

/** Longest text looked up as a country name. */
const MAX_COUNTRY_LENGTH = 200;
/** A bracketed part ("Korea (Democratic People's Republic of)"): `[^()]*`, not `.*?`, so that an unclosed `(((…` costs linear time. */
const BRACKETED = /\([^()]*\)/g;

const NONE: readonly string[] = Object.freeze([]);

const cachedCountryCodes = memoize((trimmed: string): readonly string[] => {
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const code = trimmed.toUpperCase();
    if (countries().isValid(code) || code === 'XK') return [code];
  }
  if (/^[A-Za-z]{3}$/.test(trimmed)) {
    const code = countries().toAlpha2(trimmed.toUpperCase());
    if (code !== undefined) return [code];
  }
  const names = foldedNames();
  const folded = foldName(trimmed);
  const whole = names.get(folded) ?? names.get(foldName(trimmed.replace(BRACKETED, ' ')));
  if (whole !== undefined) return whole;
  if (folded === '' || NEGATED.test(folded)) return NONE;
  return namesInside(folded.split(' '), names);
}, 10_000);

/** The countries named inside a longer text, longest names first, each word used once. */
function namesInside(words: string[], names: Map<string, string[]>): readonly string[] {
  const found: string[] = [];
  for (let start = 0; start < words.length; ) {
    let matched = 0;
    for (let length = Math.min(MAX_NAME_WORDS, words.length - start); length > 0 && matched === 0; length--) {
      const codes = names.get(words.slice(start, start + length).join(' '));
      if (codes !== undefined) {
        for (const code of codes) if (!found.includes(code)) found.push(code);
        matched = length;
      }
    }
    start += Math.max(1, matched);
  }
  return found.length === 0 ? NONE : found;
}
