/**
 * A same-day birth date lifts a name the name search does not reach: the
 * birth-date index brings in the designations born that day.
 */
import { describe, expect, it } from 'vitest';
import { BirthDateIndex } from '../src/screen/birth-date-index.js';
import { nameThreshold, sameDayThreshold } from '../src/screen/list-state.js';
import { normalizeQuery } from '../src/screen/query.js';
import { Screener } from '../src/screen/screener.js';
import { NameIndex } from '../src/search/name-index.js';
import { SCORING_MODEL } from '../src/scoring-model.js';
import { fixtureList } from './helpers/fixtures.js';

const list = fixtureList('2026-02-27');
const screener = new Screener(list);

describe('BirthDateIndex', () => {
  it('finds the designations born on a full date, with their names', () => {
    const births = new BirthDateIndex(list.records, () => NameIndex.build(list, { records: list.records.slice(0, 400) }).names);
    const born = births.find('1972-06-01');
    const belmokhtar = born.find((b) => b.record.referenceNumber === 'QDi.136');
    expect(belmokhtar).toBeDefined();
    expect(born.every((b) => b.record.kind === 'individual')).toBe(true);
    expect(births.find('1972-06-02').some((b) => b.record.referenceNumber === 'QDi.136')).toBe(false);
    expect(births.find('1972')).toEqual([]);
  });
});

describe('a same-day birth date below the name search', () => {
  const query = { name: 'Khalid Sahraoui', dateOfBirth: '1972-06-01', nationality: 'DZ' }; // QDi.136 is MOKHTAR BELMOKHTAR, born 1972-06-01, also called Khaled Abou El Abass, Sahraoui
  it('alerts on the designation born that day, from a name score the search does not reach', () => {
    const q = normalizeQuery(query, { threshold: 0.8, limit: 10 });
    const alert = screener.screen(query).alerts.find((a) => a.referenceNumber === 'QDi.136');
    expect(alert?.nameScore).toBeLessThan(nameThreshold(q, SCORING_MODEL));
    expect(alert!.nameScore).toBeGreaterThanOrEqual(sameDayThreshold(q, SCORING_MODEL)!);
    expect(alert?.priority).toBe('high');
    expect(alert?.reason).toContain('born 1972-06-01 (list: 1972-06-01) match');
  });

  it('does not for another day, a year alone or no date', () => {
    for (const dateOfBirth of ['1972-06-02', '1972', undefined]) {
      const alerts = screener.screen({ ...query, dateOfBirth }).alerts;
      expect(alerts.some((a) => a.referenceNumber === 'QDi.136'), String(dateOfBirth)).toBe(false);
    }
    expect(sameDayThreshold(normalizeQuery({ name: 'X', dateOfBirth: '1972' }, { threshold: 0.8, limit: 10 }), SCORING_MODEL)).toBeUndefined();
  });
});
