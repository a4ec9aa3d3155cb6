import { describe, expect, it } from 'vitest';
import { bracketedNameTest, isBracketedName } from '../src/search/bracketed-name.js';
import { namesOf } from '../src/search/names.js';
import { Screener } from '../src/screen/screener.js';
import { newestPrepared } from './helpers/prepared.js';

describe('isBracketedName', () => {
  it.each([
    ['RGB', 'RECONNAISSANCE GENERAL BUREAU'],
    ['KKBC', 'KOREA KWANGSON BANKING CORP'],
    ['BK CO.', 'ABZAR BORESH KAVEH CO.'],
    ['LRM/A', 'Lord’s Resistance Movement/Army'],
    ['Butaev', 'Lom-ali Butayev'],
    ['金铁三', 'Jin Tiesan'],
    ['Abdullah Sindhi', 'عبدالله السندي'],
  ])('%s in brackets after %s is a name', (part, rest) => expect(isBracketedName(part, rest)).toBe(true));

  it.each([
    ['KENYA', 'AL-HARAMAYN FOUNDATION'],
    ['UNION OF THE COMOROS', 'AL-HARAMAIN FOUNDATION'],
    ['HONG KONG', 'LEADER INTERNATIONAL'],
    ['香港', '華信船務 有限公司'],
    ['Sheikh', 'Musa Hilal'],
    ['NGO', 'TOUS POUR LA PAIX ET LE DEVELOPPEMENT'],
    ['birth name', 'Encep Nurjaman'],
    ['KPE.018', 'SECOND ACADEMY OF NATURAL SCIENCES'],
  ])('%s in brackets after %s is not', (part, rest) => expect(isBracketedName(part, rest)).toBe(false));

  it('asked many times about one name (bracketedNameTest) answers the same for each part', () => {
    const isName = bracketedNameTest('KOREA KWANGSON BANKING CORP (CO, Bank of Korea)');
    const parts = ['KKBC', 'KBC', 'CORP', 'KENYA', 'BK', 'KOB', '한국', 'birth name', 'Bank, KW'];
    expect(parts.filter(isName)).toEqual(['KKBC', 'KBC', 'CORP', 'BK', 'KOB', '한국', 'Bank, KW']);
    expect(parts.filter((part) => isBracketedName(part, 'KOREA KWANGSON BANKING CORP (CO, Bank of Korea)'))).toEqual(parts.filter(isName));
  });
});

describe('bracketed parts on the real list', () => {
  const prepared = newestPrepared();
  const screener = new Screener(prepared);
  const shortForms = prepared.list.records.flatMap((record) => namesOf(record).filter((name) => name.source === 'short-form').map((name) => name.text));

  it('indexes abbreviations and other-script names, not places, titles or notes', () => {
    expect(shortForms).toEqual(expect.arrayContaining(['AQMI', 'KKBC', 'FDLR', '金铁三']));
    for (const place of ['KENYA', 'PAKISTAN', 'HONG KONG', 'Sheikh', 'birth name']) expect(shortForms).not.toContain(place);
  });

  it('a party named after a country or a note is no exact match of a designation; its abbreviation still is', () => {
    for (const name of ['Kenya', 'Pakistan', 'Tanzania', 'Sheikh', 'third', 'birth name']) {
      expect(screener.screen({ name }).alerts.filter((alert) => alert.score >= 0.95), name).toEqual([]);
    }
    expect(screener.screen({ name: 'AQMI' }).alerts[0]?.referenceNumber).toBe('QDe.014');
    expect(screener.screen({ name: 'KKBC' }).alerts[0]?.referenceNumber).toBe('KPe.025');
  });
});

describe('a bracketed part with a label', () => {
  it('is indexed without its label, and accents do not make a respelling another name', async () => {
    const { bracketedNameText } = await import('../src/search/bracketed-name.js');
    expect(bracketedNameText('original script: Амир Хазмат')).toBe('Амир Хазмат');
    expect(bracketedNameText('ISIL-SEA, ISIL-South East Asia')).toBe('ISIL-SEA, ISIL-South East Asia');
    expect(isBracketedName('Qaïda', 'Al-Qaida in Yemen')).toBe(true);
  });
});
