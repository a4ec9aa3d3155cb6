/**
 * Country names and codes: the UN list writes countries by their UN names
 * ("Iran (Islamic Republic of)"), callers by ISO codes or common names. Both
 * become ISO 3166-1 alpha-2 codes, from the i18n-iso-countries tables.
 */
import { createRequire } from 'node:module';
import type * as Countries from 'i18n-iso-countries';
import { foldName } from '../normalize/fold.js';
import { memoize } from '../text/memo.js';
import { expectString } from '../validate.js';

let tables: typeof Countries | undefined;

/**
 * The ISO tables with English names, loaded on the first country looked up
 * (most screens have none, and importing the package should not pay for
 * them). The package's Node entry registers all 80 locales (11 MB per
 * thread); its core and English are enough.
 */
function countries(): typeof Countries {
  if (tables !== undefined) return tables;
  const require = createRequire(import.meta.url);
  const loaded = require('i18n-iso-countries/index.js') as typeof Countries;
  loaded.registerLocale(require('i18n-iso-countries/langs/en.json') as Countries.LocaleData);
  tables = loaded;
  return loaded;
}

/** UN and other spellings the ISO tables do not carry, folded. */
const EXTRA_NAMES: Readonly<Record<string, string>> = {
  'democratic peoples republic of korea': 'KP',
  'dprk': 'KP',
  'rpdc': 'KP',
  'north korea': 'KP',
  'united kingdom of great britain and northern ireland': 'GB',
  'viet nam': 'VN',
  'bolivia plurinational state of': 'BO',
  'venezuela bolivarian republic of': 'VE',
  'micronesia federated states of': 'FM',
  'republic of moldova': 'MD',
  'lao peoples democratic republic': 'LA',
  'state of palestine': 'PS',
  'turkiye': 'TR',
  'united states of america': 'US',
  'usa': 'US',
  'uk': 'GB',
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
};

let byFoldedName: Map<string, string> | undefined;

function foldedNames(): Map<string, string> {
  if (byFoldedName !== undefined) return byFoldedName;
  byFoldedName = new Map(Object.entries(EXTRA_NAMES));
  for (const [code, names] of Object.entries(countries().getNames('en', { select: 'all' }))) {
    for (const name of names) {
      byFoldedName.set(foldName(name), code);
      byFoldedName.set(foldName(name.replace(BRACKETED, ' ')), code);
    }
  }
  return byFoldedName;
}

/**
 * The ISO 3166-1 alpha-2 code of a country given as a code (`af`, `AFG`) or a
 * name (`Afghanistan`, `Iran (Islamic Republic of)`, `South Korea`), or
 * `undefined` when it is not a known country ("former Soviet Union").
 *
 * @example
 * ```ts
 * countryCode('Iran (Islamic Republic of)') // 'IR'
 * countryCode('kp') // 'KP'
 * countryCode("Democratic People's Republic of Korea") // 'KP'
 * ```
 */
export function countryCode(text: string): string | undefined {
  const trimmed = expectString(text, 'text').trim();
  // No country name is this long (the longest English one is under 60 letters): a hostile cell is not looked up, nor kept in the memo.
  return trimmed.length > MAX_COUNTRY_LENGTH ? undefined : cachedCountryCode(trimmed);
}

/** Longest text looked up as a country name. */
const MAX_COUNTRY_LENGTH = 200;
/** A bracketed part ("Korea (Democratic People's Republic of)"): `[^()]*`, not `.*?`, so that an unclosed `(((…` costs linear time. */
const BRACKETED = /\([^()]*\)/g;

const cachedCountryCode = memoize((trimmed: string): string | undefined => {
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const code = trimmed.toUpperCase();
    return countries().isValid(code) || code === 'XK' ? code : undefined;
  }
  if (/^[A-Za-z]{3}$/.test(trimmed)) {
    const code = countries().toAlpha2(trimmed.toUpperCase());
    if (code !== undefined) return code;
  }
  const folded = foldName(trimmed);
  const names = foldedNames();
  return names.get(folded) ?? names.get(foldName(trimmed.replace(BRACKETED, ' ')));
}, 10_000);
