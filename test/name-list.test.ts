/**
 * A listed name field that holds several names joined by semicolons
 * (src/search/name-list.ts): each name is indexed whole, brackets are never
 * cut in two, and the record keeps the raw text.
 */
import { describe, expect, it } from 'vitest';
import { splitNameList } from '../src/search/name-list.js';
import { namesOf } from '../src/search/names.js';
import { Screener } from '../src/screen/screener.js';
import { recordOf } from './helpers/fixtures.js';
import { newestPrepared } from './helpers/prepared.js';

describe('splitNameList', () => {
  it.each([
    ['Syed Husain Husaini; Syed Husein Huseini', ['Syed Husain Husaini', 'Syed Husein Huseini']],
    ['Haj Qasem; Haji Qassem; Sardar Soleimani', ['Haj Qasem', 'Haji Qassem', 'Sardar Soleimani']],
    ['Abu-Shaima; Abu- Shayma', ['Abu-Shaima', 'Abu- Shayma']],
    ['COMPAGNIE AERIENNE DES GRANDS LACS (CAGL) ; GREAT LAKES BUSINESS COMPANY (GLBC)', ['COMPAGNIE AERIENNE DES GRANDS LACS (CAGL)', 'GREAT LAKES BUSINESS COMPANY (GLBC)']],
  ])('%s holds several names', (text, names) => expect(splitNameList(text)).toEqual(names));

  it.each([
    // not inside brackets: the bracket is one part of the name
    ['حسن غول (Hassan Ghul; Hassan Gul; Hasan Gul)'],
    // not where one side is a lone word
    ['Hassan; Hassan Gul'],
    ['Hassan Gul; Gul'],
    ['A B; C; D E'],
    ['Syed Husain Husaini'],
  ])('%s is one name', (text) => expect(splitNameList(text)).toEqual([text]));

  it('a stray closing bracket opens nothing', () => {
    expect(splitNameList('Mohammad Sabet b) M. Javad Sabet; M. Jawad Sabet')).toEqual(['Mohammad Sabet b) M. Javad Sabet', 'M. Jawad Sabet']);
  });
});

describe('names joined by semicolons on the real list', () => {
  const prepared = newestPrepared();
  const list = prepared.list;
  const screener = new Screener(prepared);
  const names = (reference: string): string[] => namesOf(recordOf(list, reference)).map((name) => `${name.source}:${name.text}`);

  it('an alias of two names gives both, and the record keeps the raw text', () => {
    expect(names('IRi.019')).toEqual(expect.arrayContaining(['alias:Syed Husain Husaini', 'alias:Syed Husein Huseini']));
    expect(recordOf(list, 'IRi.019').aliases.map((alias) => alias.name)).toContain('Syed Husain Husaini; Syed Husein Huseini');
  });

  it('a bracketed list of transliterations gives each name whole, and the name outside the brackets', () => {
    expect(names('QDi.306')).toEqual(expect.arrayContaining(['long-form:حسن غول', 'alias:Hassan Ghul', 'alias:Hassan Gul', 'alias:Hasan Gul']));
    expect(names('QDe.137')).toEqual(expect.arrayContaining(['long-form:Hay’at Tahrir al-Sham', 'short-form:HTS', 'alias:هيئة تحرير الشام', 'alias:Tahrir al-Sham Hay’at', 'alias:Jabhat al-Nusrah']));
  });

  it('a primary name of two names gives both, with their short forms', () => {
    expect(names('CDe.003')).toEqual(
      expect.arrayContaining(['long-form:COMPAGNIE AERIENNE DES GRANDS LACS', 'long-form:GREAT LAKES BUSINESS COMPANY', 'short-form:CAGL', 'short-form:GLBC']),
    );
  });

  it('no indexed name is a bracket cut in two', () => {
    const cut: string[] = [];
    for (const record of list.records) {
      for (const name of namesOf(record)) {
        const opened = name.text.split('(').length - 1;
        const closed = name.text.split(')').length - 1;
        // (a stray closing bracket is the list's own: 'Mohammad Sabet b) M. Javad Kareemi Sabet')
        if (opened > closed) cut.push(`${record.referenceNumber}: ${name.text}`);
      }
    }
    expect(cut).toEqual([]);
  });

  it('a query of one of the names meets it as a whole name', () => {
    for (const [query, reference] of [
      ['Syed Husein Huseini', 'IRi.019'],
      ['Great Lakes Business Company', 'CDe.003'],
      ['Hasan Gul', 'QDi.306'],
    ] as const) {
      const alert = screener.screen({ name: query }).alerts.find((a) => a.referenceNumber === reference);
      expect(alert?.nameScore, query).toBe(1);
      expect(alert?.matchedName?.text.toLowerCase(), query).toBe(query.toLowerCase());
    }
  });
});
