/**
 * Word tables for names. They come from general knowledge of naming customs
 * (honorifics, Arabic and European name particles, company legal forms as in
 * the GLEIF Entity Legal Forms list), never from the UN list's aliases.
 * All entries are folded (lowercase, no accents, no apostrophes).
 */

/** Titles and honorifics: dropped from the comparison unless the name is only titles. */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'sheikh', 'shaikh', 'shaykh', 'sheik', 'shaik', 'cheikh', 'mullah', 'mulla', 'mollah', 'molla',
  'maulavi', 'maulvi', 'mawlawi', 'mawlavi', 'molvi', 'moulvi', 'mowlawi', 'maulana', 'mawlana',
  'moulana', 'qari', 'hafiz', 'hafez', 'haji', 'hajji', 'hadji', 'alhaji', 'alhajj', 'alhaj',
  'sayed', 'sayyed', 'sayyid', 'syed', 'imam', 'mufti', 'ayatollah', 'hojatoleslam', 'ustadh',
  'ustadz', 'ustaz', 'ustad', 'general', 'gen', 'colonel', 'col', 'captain', 'capt',
  'lieutenant', 'lt', 'sergeant', 'sgt', 'commander', 'cmdr', 'brigadier', 'admiral',
  'president', 'presidente', 'prasident', 'minister', 'senator', 'honorable', 'hon',
  'excellency', 'monsieur', 'madame', 'mme', 'mlle', 'herr', 'frau', 'senor', 'senora', 'eng',
  'engineer', 'emir', 'jr', 'sr', 'junior', 'senior',
]);

/**
 * Titles written in Arabic script (Mullah, Sheikh, Haji, Maulavi, Maulana,
 * Qari, Sayyid), in the letters `arabicLetters` leaves: compared on the
 * letters, not on the romanization, where سعيد (Said) and سعد (Saad) lose
 * their ayn and would read as سيد (Sayyid).
 */
export const ARABIC_SCRIPT_TITLES: ReadonlySet<string> = new Set([
  'ملا', 'مولا', 'شيخ', 'حاجي', 'حاج', 'حجي', 'مولوي', 'مولانا', 'قاري', 'سيد',
]);

/**
 * Written abbreviations of a given name, as Malaysian, Indonesian and
 * Bangladeshi documents use them (Mohd Radi = Mohamad Radi). Not `md`,
 * which is also a title (M.D.) and a place.
 */
export const GIVEN_NAME_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['mohd', 'muhammad'], ['muhd', 'muhammad'], ['mhd', 'muhammad'], ['muh', 'muhammad'],
]);

/**
 * Common written abbreviations of the generic words of company names, as
 * trade and shipping documents use them (Korea Ansan SHPG Co = Korea Ansan
 * Shipping Co). Only forms that are not also a name part (not Dev, Ind, Tech).
 */
export const ORG_WORD_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['shpg', 'shipping'], ['intl', 'international'], ['mfg', 'manufacturing'], ['trdg', 'trading'],
  ['natl', 'national'], ['assn', 'association'], ['svcs', 'services'], ['mgmt', 'management'],
  ['engg', 'engineering'], ['dept', 'department'], ['grp', 'group'], ['hldgs', 'holdings'], ['hldg', 'holding'],
  ['inds', 'industries'], ['indl', 'industrial'], ['devt', 'development'], ['fdn', 'foundation'],
]);

/**
 * Other names of a country that entity names use in its place: the DPRK's
 * organs and companies are written Korea, Korean, DPRK or Chosŏn (the
 * country's own name, `Choson` in McCune–Reischauer, `Chosun`, `Joseon`)
 * for the same word (DPRK Committee for Space Technology / Korean Committee
 * for Space Technology).
 */
export const COUNTRY_NAME_FORMS: ReadonlyMap<string, string> = new Map([
  ['dprk', 'korea'], ['choson', 'korea'], ['chosun', 'korea'], ['joson', 'korea'], ['joseon', 'korea'],
]);

/**
 * Name particles (Arabic article and kinship words, European prepositions),
 * mapped to one spelling: `el`, `ul` → `al`; `ibn`, `ben` → `bin`. (`il` is
 * the article only outside a Korean name: `prepareName`.)
 */
export const PARTICLES: ReadonlyMap<string, string> = new Map([
  ['al', 'al'], ['el', 'al'], ['ul', 'al'], ['il', 'al'],
  ['bin', 'bin'], ['ibn', 'bin'], ['ben', 'bin'], ['bn', 'bin'], ['bint', 'bint'], ['binti', 'bint'],
  ['abu', 'abu'], ['abou', 'abu'], ['abo', 'abu'], ['ould', 'ould'], ['wuld', 'ould'], ['wld', 'ould'], ['walad', 'ould'], ['weld', 'ould'],
  ['wa', 'wa'], ['bnt', 'bint'], ['ag', 'ag'], ['agh', 'ag'],
  ['ait', 'ait'], ['de', 'de'], ['del', 'de'], ['della', 'de'], ['der', 'de'], ['den', 'de'],
  ['van', 'van'], ['von', 'van'], ['da', 'da'], ['di', 'da'], ['do', 'da'], ['dos', 'da'],
  ['das', 'da'], ['du', 'da'], ['la', 'la'], ['le', 'la'], ['y', 'y'], ['of', 'of'], ['the', 'the'],
  ['and', 'and'], ['et', 'and'], ['und', 'and'], ['i', 'and'],
]);

/** `abd al X`, `abdul X`, `abdel X`, `abdulX`: the servant-of prefix, kept as `abd`. */
export const ABD_FORMS: readonly string[] = ['abdul', 'abdel', 'abdal', 'abdol', 'abdur', 'abdus', 'abdor', 'abd'];

/**
 * Company legal forms, each phrase (as folded tokens) mapped to one short form,
 * so that `Limited Liability Company` and `LLC` compare as one token (and,
 * through LEGAL_FORM_FAMILIES, `OOO`).
 */
export const LEGAL_FORMS: ReadonlyArray<readonly [phrase: string, canonical: string]> = [
  ['limited liability company', 'llc'], ['limited liability partnership', 'llp'],
  ['obshchestvo s ogranichennoy otvetstvennostyu', 'ooo'], ['otkrytoye aktsionernoye obshchestvo', 'oao'],
  ['zakrytoye aktsionernoye obshchestvo', 'zao'], ['aktsionernoye obshchestvo', 'ao'],
  ['publichnoye aktsionernoye obshchestvo', 'pao'], ['open joint stock company', 'ojsc'],
  ['closed joint stock company', 'cjsc'], ['public joint stock company', 'pjsc'], ['joint stock company', 'jsc'],
  ['sp z oo', 'llc'],
  ['public limited company', 'plc'], ['gesellschaft mit beschrankter haftung', 'gmbh'],
  ['aktiengesellschaft', 'ag'], ['societe anonyme', 'sa'], ['sociedad anonima', 'sa'],
  ['societe a responsabilite limitee', 'sarl'], ['private limited', 'ltd'], ['limited', 'ltd'],
  ['corporation', 'corp'], ['incorporated', 'inc'], ['company', 'co'], ['compagnie', 'co'],
  ['compania', 'co'], ['sirketi', 'co'], ['sherkat', 'co'], ['sharikat', 'co'],
];

/**
 * Short forms that name one kind of company in another language or another
 * era, written as one: the Russian and Ukrainian limited liability company
 * (OOO, TOV) is an LLC; the open, closed and public joint-stock companies
 * (OAO, ZAO, PAO, AO; OJSC, CJSC, PJSC) are joint-stock companies, and Russian
 * companies changed from OAO to PAO in 2014 without becoming others.
 */
export const LEGAL_FORM_FAMILIES: ReadonlyMap<string, string> = new Map([
  ['ooo', 'llc'], ['tov', 'llc'],
  ['oao', 'jsc'], ['zao', 'jsc'], ['pao', 'jsc'], ['ao', 'jsc'], ['ojsc', 'jsc'], ['cjsc', 'jsc'], ['pjsc', 'jsc'],
]);

/** Legal-form short forms (after LEGAL_FORMS is applied): weak tokens. */
export const LEGAL_FORM_TOKENS: ReadonlySet<string> = new Set([
  ...LEGAL_FORMS.map(([, canonical]) => canonical),
  'llc', 'ltd', 'plc', 'gmbh', 'ag', 'sa', 'sarl', 'srl', 'spa', 'bv', 'nv', 'ab', 'as', 'oy', 'kg',
  'lp', 'llp', 'pte', 'pty', 'fze', 'fzco', 'fzc', 'jsc', 'ojsc', 'cjsc', 'pjsc', 'ooo', 'oao', 'zao',
  'pao', 'ao', 'tov', 'chp', 'ip', 'sp', 'zoo', 'kft', 'as', 'sas', 'corp', 'inc', 'co',
]);

/** Generic words in organisation names: weak tokens (they alone never make an alert). */
export const GENERIC_ORG_WORDS: ReadonlySet<string> = new Set([
  'trading', 'trade', 'group', 'holding', 'holdings', 'international', 'industries', 'industry', 'manufacturing', 'engineering',
  'industrial', 'enterprise', 'enterprises', 'services', 'service', 'import', 'export', 'general',
  'national', 'global', 'foundation', 'organization', 'organisation', 'association', 'society',
  'committee', 'center', 'centre', 'office', 'agency', 'bureau', 'department', 'ministry', 'institute',
  'commercial', 'development', 'investment', 'investments', 'management', 'partners', 'network',
  'front', 'movement', 'army', 'brigade', 'brigades', 'battalion', 'forces', 'force', 'party',
  'bank', 'shipping', 'logistics', 'technology', 'technologies', 'solutions', 'systems', 'resources',
  'charity', 'charitable', 'relief', 'fund', 'islamic', 'corporation', 'establishment', 'factory',
  'works', 'plant', 'branch', 'limited', 'worldwide', 'united', 'union', 'council', 'the', 'of',
  'joint', 'venture', 'ventures',
]);

/** Number words and ordinals as digits, so that `3 Percenters` meets `Three Percenters`. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...(['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
    'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'] as const).map((word, n) => [word, n] as const),
  ...(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
    'twelfth'] as const).map((word, n) => [word, n + 1] as const),
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);
