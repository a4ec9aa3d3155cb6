import { describe, expect, it } from 'vitest';
import { SCORING_MODEL } from '../src/scoring-model.js';
import { nationalityMatchWeight } from '../src/screen/evidence.js';
import { countryCode, countryCodes } from '../src/screen/countries.js';
import { readQueryDate } from '../src/screen/query-dates.js';
import { Screener } from '../src/screen/screener.js';
import { FIXTURE_DATES, fixtureList } from './helpers/fixtures.js';

const list = fixtureList('2026-02-27');
const screener = new Screener(list);
const BELMOKHTAR = 'QDi.136'; // MOKHTAR BELMOKHTAR: born 1972-06-01 in Ghardaia, Algeria; nationality Algeria

function alertOn(result: ReturnType<Screener['screen']>, referenceNumber = BELMOKHTAR) {
  return result.alerts.find((alert) => alert.referenceNumber === referenceNumber);
}

describe('side fields never stop a screen', () => {
  it.each([
    ['nationality', 'UK'],
    ['nationality', 'Atlantis'],
    ['nationality', 42],
    ['country', ['Mars', 'DZ']],
    ['dateOfBirth', '1975-13-01'],
    ['dateOfBirth', 'sometime in the seventies'],
    ['dateOfBirth', { year: 1972 }],
    ['kind', 'vessel'],
    ['document', '--'],
    ['document', { number: 'X' }],
  ])('screens the name with %s %j', (field, value) => {
    const result = screener.screen({ name: 'Mokhtar Belmokhtar', [field]: value } as never);
    expect(alertOn(result)?.nameScore).toBe(1);
  });

  it('reports each unusable field as a coded warning with its value, and leaves it out of the evidence', () => {
    const result = screener.screen({
      name: 'Mokhtar Belmokhtar',
      nationality: ['Atlantis', 'Algerian'],
      dateOfBirth: '1975-13-01',
      kind: 'vessel',
      document: '--',
      dob: '1972',
    } as never);
    expect(result.warnings.filter((w) => w.code !== 'UNSC_WARN_LIST_STALE').map(({ code, field, value }) => ({ code, field, value }))).toEqual([
      { code: 'UNSC_WARN_UNKNOWN_FIELD', field: 'dob', value: '1972' },
      { code: 'UNSC_WARN_UNKNOWN_KIND', field: 'kind', value: 'vessel' },
      { code: 'UNSC_WARN_UNREADABLE_DATE', field: 'dateOfBirth', value: '1975-13-01' },
      { code: 'UNSC_WARN_UNKNOWN_COUNTRY', field: 'nationality', value: 'Atlantis' },
      { code: 'UNSC_WARN_UNREADABLE_DOCUMENT', field: 'document', value: '--' },
    ]);
    for (const warning of result.warnings) expect(warning.message.length).toBeGreaterThan(20);
    // The readable parts are used: Algerian is DZ, the year 1975 is kept (three years off: a conflict).
    expect(result.query).toMatchObject({ nationalities: ['DZ'], dateOfBirth: { year: 1975, raw: '1975-13-01' } });
    expect(alertOn(result)?.evidence.map((e) => [e.kind, e.outcome])).toEqual([
      ['dateOfBirth', 'conflict'],
      ['nationality', 'match'],
    ]);
  });

  it('treats null and undefined as absent, and reads Date objects and year numbers', () => {
    const absent = screener.screen({ name: 'Mokhtar Belmokhtar', dateOfBirth: null, nationality: null, country: undefined, document: null, kind: null });
    expect(absent.warnings.filter((w) => w.code !== 'UNSC_WARN_LIST_STALE')).toEqual([]);
    expect(alertOn(absent)?.evidence).toEqual([]);
    const fromDate = screener.screen({ name: 'Mokhtar Belmokhtar', dateOfBirth: new Date('1972-06-01') });
    expect(fromDate.query.dateOfBirth).toEqual({ year: 1972, month: 6, day: 1, raw: '1972-06-01' });
    expect(alertOn(fromDate)?.evidence[0]).toMatchObject({ kind: 'dateOfBirth', outcome: 'match', adjustment: SCORING_MODEL.evidence.birthDateSameDay });
    expect(screener.screen({ name: 'X', dateOfBirth: 1972 }).query.dateOfBirth).toEqual({ year: 1972, raw: '1972' });
  });

  it('is an error only for a missing or empty name or a query that is not an object', () => {
    expect(() => screener.screen(null as never)).toThrow(TypeError);
    expect(() => screener.screen('Mokhtar' as never)).toThrow(TypeError);
    expect(() => screener.screen({} as never)).toThrow(TypeError);
    expect(() => screener.screen({ name: ' ' })).toThrow(RangeError);
  });

  it('gives the query id back on the result', () => {
    expect(screener.screen({ id: 'C-17', name: 'Mokhtar Belmokhtar' })).toMatchObject({ id: 'C-17', query: { id: 'C-17' } });
    expect(screener.screen({ id: 17, name: 'Jane Doe' }).id).toBe(17);
    expect('id' in screener.screen({ name: 'Jane Doe' })).toBe(false);
  });
});

describe('countries as people write them', () => {
  it.each([
    ['UK', 'GB'], ['Britain', 'GB'], ['Great Britain', 'GB'], ['British', 'GB'], ['USA', 'US'], ['America', 'US'], ['American', 'US'],
    ['Russia', 'RU'], ['Russian', 'RU'], ['Iran', 'IR'], ['Iranian', 'IR'], ['Syria', 'SY'], ['Syrian', 'SY'], ['North Korea', 'KP'],
    ['DPRK', 'KP'], ['South Korea', 'KR'], ['Moldova', 'MD'], ['Laos', 'LA'], ['Vietnam', 'VN'], ['Bolivia', 'BO'],
    ['Venezuela', 'VE'], ['Tanzania', 'TZ'], ['Congo', 'CG'], ['Republic of the Congo', 'CG'], ['Democratic Republic of the Congo', 'CD'],
    ['DR Congo', 'CD'], ['Ivory Coast', 'CI'], ["Côte d'Ivoire", 'CI'], ['Turkey', 'TR'], ['Türkiye', 'TR'], ['Czechia', 'CZ'],
    ['Burma', 'MM'], ['Algerian', 'DZ'], ['Tunisian', 'TN'], ['Afghan', 'AF'], ['Pakistani', 'PK'], ['Somali', 'SO'],
    ['Yemeni', 'YE'], ['Iraqi', 'IQ'], ['Estados Unidos', 'US'], ['Alemania', 'DE'], ['Royaume-Uni', 'GB'], ['Algérie', 'DZ'],
    ['Brasil', 'BR'], ['Reino Unido', 'GB'], ['Argélia', 'DZ'], ['Algérien', 'DZ'], ['dz', 'DZ'], ['DZA', 'DZ'],
  ])('reads %j as %s', (text, code) => {
    expect(countryCode(text)).toBe(code);
  });

  it('keeps every country a shared demonym or a compound text names', () => {
    expect([...countryCodes('Congolese')].sort()).toEqual(['CD', 'CG']);
    expect(countryCodes('Sudan/South Sudan')).toEqual(['SD', 'SS']);
    expect(countryCodes('United States. Also believed to hold Syrian nationality')).toEqual(['US', 'SY']);
    expect(countryCodes('Kuwaiti citizenship withdrawn in 2002')).toEqual([]);
  });

  it('reads every NATIONALITY and COUNTRY value of the five UN lists but the Soviet Union and a withdrawn citizenship', () => {
    const unread = new Set<string>();
    for (const date of FIXTURE_DATES) {
      for (const record of fixtureList(date).records) {
        const values = [...record.addresses.map((a) => a.country), ...record.aliases.map((a) => a.countryOfBirth)];
        if (record.kind === 'individual') {
          values.push(...record.nationality, ...record.placesOfBirth.map((p) => p.country));
          values.push(...record.documents.flatMap((d) => [d.issuingCountry, d.countryOfIssue]));
        }
        for (const value of values) if (value !== undefined && countryCodes(value).length === 0) unread.add(value);
      }
    }
    expect([...unread].sort()).toEqual(['Kuwaiti citizenship withdrawn in 2002', 'USSR (until 1991)', 'former Soviet Union']);
  });

  it('lets a demonym confirm a nationality (the issue: Algerian)', () => {
    expect(alertOn(screener.screen({ name: 'Mokhtar Belmokhtar', nationality: 'Algerian' }))?.evidence).toEqual([
      // No birth date given: the nationality counts its alone factor.
      {
        kind: 'nationality',
        outcome: 'match',
        detail: `nationality DZ (list: DZ) [no birth date agrees: ×${SCORING_MODEL.evidence.nationalityAloneFactor}]`,
        adjustment: nationalityMatchWeight('DZ') * SCORING_MODEL.evidence.nationalityAloneFactor,
      },
    ]);
  });
});

describe('dates as people write them', () => {
  it.each([
    ['1958', { year: 1958 }],
    ['1958-06', { year: 1958, month: 6 }],
    ['1958-06-01', { year: 1958, month: 6, day: 1 }],
    ['1958/06/01', { year: 1958, month: 6, day: 1 }],
    ['24/11/1974', { year: 1974, month: 11, day: 24 }],
    ['24.11.1974', { year: 1974, month: 11, day: 24 }],
    ['11/24/1974', { year: 1974, month: 11, day: 24 }],
    ['05/05/1958', { year: 1958, month: 5, day: 5 }],
    ['1 June 1958', { year: 1958, month: 6, day: 1 }],
    ['01-Jun-1958', { year: 1958, month: 6, day: 1 }],
    ['June 1, 1958', { year: 1958, month: 6, day: 1 }],
    ['June 1958', { year: 1958, month: 6 }],
  ])('reads %j', (text, date) => {
    expect(readQueryDate(text)).toEqual({ date: { ...date, raw: text } });
  });

  it('keeps only the year of a day/month that reads both ways, with a warning, unless the order is given', () => {
    expect(readQueryDate('02/05/1958')).toMatchObject({ date: { year: 1958, raw: '02/05/1958' }, warning: { code: 'UNSC_WARN_AMBIGUOUS_DATE' } });
    expect(readQueryDate('02/05/1958').date).not.toHaveProperty('month');
    expect(readQueryDate('02/05/1958', 'dmy')).toEqual({ date: { year: 1958, month: 5, day: 2, raw: '02/05/1958' } });
    expect(readQueryDate('02/05/1958', 'mdy')).toEqual({ date: { year: 1958, month: 2, day: 5, raw: '02/05/1958' } });
    const mdy = new Screener(list, { dateOrder: 'mdy' });
    expect(mdy.screen({ name: 'X', dateOfBirth: '06/01/1972' }).query.dateOfBirth).toEqual({ year: 1972, month: 6, day: 1, raw: '06/01/1972' });
  });

  it('keeps the year of a date that is not real, and nothing of one with no year', () => {
    expect(readQueryDate('1975-13-01')).toMatchObject({ date: { year: 1975 }, warning: { code: 'UNSC_WARN_UNREADABLE_DATE' } });
    expect(readQueryDate('31/02/1975', 'dmy')).toMatchObject({ date: { year: 1975 }, warning: { code: 'UNSC_WARN_UNREADABLE_DATE' } });
    expect(readQueryDate('75')).toMatchObject({ warning: { code: 'UNSC_WARN_UNREADABLE_DATE' } });
    expect(readQueryDate('75').date).toBeUndefined();
    expect(readQueryDate(new Date('nope')).date).toBeUndefined();
    expect(readQueryDate('  ')).toEqual({});
  });
});

describe("the list's age on every result", () => {
  it('says how old the list is, and warns past maxListAgeDays (30 by default)', () => {
    const generated = list.generatedAt.getTime();
    const day = 24 * 60 * 60 * 1000;
    const fresh = new Screener(list, { now: () => new Date(generated + 3 * day) }).screen({ name: 'Jane Doe' });
    expect(fresh.list).toEqual({ dateGenerated: list.dateGenerated, sha256: list.sha256, ageDays: 3 });
    expect(fresh.warnings).toEqual([]);
    const old = new Screener(list, { now: () => new Date(generated + 275 * day) }).screen({ name: 'Jane Doe' });
    expect(old.list.ageDays).toBe(275);
    expect(old.warnings).toEqual([
      { code: 'UNSC_WARN_LIST_STALE', field: 'list', value: list.dateGenerated, message: expect.stringContaining('275 days old') },
    ]);
    const tolerant = new Screener(list, { maxListAgeDays: 300, now: () => new Date(generated + 275 * day) });
    expect(tolerant.screen({ name: 'Jane Doe' }).warnings).toEqual([]);
  });

  it('warns from the bundled list too, not only in the CLI', () => {
    const result = Screener.fromBundledList({ now: () => new Date('2026-11-29T12:00:00Z') }).screen({ name: 'Jane Doe' });
    expect(result.list.ageDays).toBe(275);
    expect(result.warnings.map((w) => w.code)).toEqual(['UNSC_WARN_LIST_STALE']);
  });
});
