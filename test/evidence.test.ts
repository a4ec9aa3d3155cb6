import { describe, expect, it } from 'vitest';
import { compareBirthDate, readBirthDate } from '../src/screen/birth-dates.js';
import { countryCode } from '../src/screen/countries.js';
import { documentKeys, normalizeDocumentNumber } from '../src/screen/documents.js';
import { fixtureList } from './helpers/fixtures.js';

describe('countryCode', () => {
  it.each([
    ['Iran (Islamic Republic of)', 'IR'],
    ["Democratic People's Republic of Korea", 'KP'],
    ['United Kingdom of Great Britain and Northern Ireland', 'GB'],
    ['Syrian Arab Republic', 'SY'],
    ['Syria', 'SY'],
    ['Türkiye', 'TR'],
    ['af', 'AF'],
    ['AFG', 'AF'],
    ['  Algeria ', 'DZ'],
    ['South Korea', 'KR'],
  ])('reads %j as %s', (text, code) => {
    expect(countryCode(text)).toBe(code);
  });

  it('says undefined for what is not a country', () => {
    expect(countryCode('former Soviet Union')).toBeUndefined();
    expect(countryCode('Atlantis')).toBeUndefined();
    expect(countryCode('zz')).toBeUndefined();
  });

  it('reads every nationality the newest list gives but the former Soviet Union', () => {
    const unknown = new Set(
      fixtureList('2026-02-27')
        .individuals.flatMap((r) => r.nationality)
        .filter((n) => countryCode(n) === undefined),
    );
    expect([...unknown]).toEqual(['former Soviet Union']);
  });
});

describe('document numbers', () => {
  it('normalizes spacing, dashes and case', () => {
    expect(normalizeDocumentNumber(' d-379 312 ')).toBe('D379312');
    expect(normalizeDocumentNumber('ps/381.420.397')).toBe('PS381420397');
  });

  it('finds the numbers the list writes inside prose', () => {
    expect(documentKeys({ number: 'CAR diplomatic passport no. 06FBO2262' })).toContain('06FBO2262');
    expect(documentKeys({ number: 'Russian passport number 8208 No. 555627' })).toEqual(
      expect.arrayContaining(['8208555627', '555627']),
    );
    expect(documentKeys({ type: 'National Identification Number', note: 'Moroccan national identity card DE- 473900' })).toEqual(
      expect.arrayContaining(['DE473900', '473900']),
    );
  });

  it('leaves out short numbers and reads the note only without a number', () => {
    expect(documentKeys({ number: '1234' })).toEqual([]);
    expect(documentKeys({ number: 'F654645', note: 'expired on 7 Mar. 2010' })).toEqual(['F654645']);
  });
});

describe('birth dates', () => {
  it('reads years, months and days, and refuses what is not a real date', () => {
    expect(readBirthDate(1965)).toEqual({ year: 1965, raw: '1965' });
    expect(readBirthDate('1974-11-24')).toEqual({ year: 1974, month: 11, day: 24, raw: '1974-11-24' });
    expect(readBirthDate('1974-02-30')).toBeUndefined();
    expect(readBirthDate('24/11/1974')).toBeUndefined();
  });

  it('compares with EXACT, APPROXIMATELY and BETWEEN dates', () => {
    const born = readBirthDate('1972-06-01')!;
    expect(compareBirthDate(born, { type: 'EXACT', date: '1972-06-01', year: 1972 })).toBe('same-day');
    expect(compareBirthDate(born, { type: 'EXACT', year: 1972 })).toBe('same-year');
    expect(compareBirthDate(born, { type: 'EXACT', date: '1972-09-30', year: 1972 })).toBe('other-day');
    expect(compareBirthDate(readBirthDate('1972')!, { type: 'EXACT', date: '1972-09-30', year: 1972 })).toBe('same-year');
    expect(compareBirthDate(born, { type: 'EXACT', year: 1973 })).toBe('near');
    expect(compareBirthDate(born, { type: 'EXACT', year: 1980 })).toBe('conflict');
    expect(compareBirthDate(born, { type: 'APPROXIMATELY', year: 1970 })).toBe('within-range');
    expect(compareBirthDate(born, { type: 'BETWEEN', fromYear: 1970, toYear: 1975 })).toBe('within-range');
    expect(compareBirthDate(born, { type: 'BETWEEN', fromYear: 1980, toYear: 1985 })).toBe('conflict');
    expect(compareBirthDate(born, { type: 'EXACT', note: 'Hijri', freeText: true })).toBe('unknown');
  });
});

describe('evidence text in the reason', () => {
  it('quotes the birth date as used (the year alone when only it was readable), and a listed country once', async () => {
    const { Screener } = await import('../src/screen/screener.js');
    const { newestPrepared } = await import('./helpers/prepared.js');
    const screener = new Screener(newestPrepared());
    const result = screener.screen({ name: 'Mukhtar Belmukhtar', dateOfBirth: '1990-13-45', nationality: 'FR' });
    expect(result.warnings.map((w) => w.code)).toContain('UNSC_WARN_UNREADABLE_DATE');
    const reason = result.alerts.find((a) => a.referenceNumber === 'QDi.136')!.reason;
    expect(reason).toContain('born 1990 (list: 1972-06-01) conflict');
    expect(reason).toMatch(/nationality FR \(list: DZ\) conflict/);
    // A date read whole is still quoted as written.
    const full = screener.screen({ name: 'Mukhtar Belmukhtar', dateOfBirth: '24/06/1972' });
    expect(full.alerts[0]!.reason).toContain('born 24/06/1972 (list: 1972-06-01)');
  });
});
