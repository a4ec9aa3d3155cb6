import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/match/compare.js';
import { prepareName } from '../src/normalize/tokens.js';

describe('company names carried by their distinctive words', () => {
  it('reads a one-word legal form with one slip as the legal form (Comany)', () => {
    expect(prepareName('MESBAH ENERGY COMANY').tokens.map((t) => `${t.form}:${t.cls}`)).toEqual(['mesbah:name', 'energy:name', 'co:legal']);
    expect(compareNames('MESBAH ENERGY COMANY', 'Mesbah Energy Company').score).toBeGreaterThanOrEqual(compareNames('Mesbah Energy', 'Mesbah Energy Company').score);
    expect(compareNames('Tehran Energy Limted', 'Tehran Energy Limited').score).toBe(1);
  });

  it('reads a slip only in words of 6 letters or more (Compay is Company, Coman is a name)', () => {
    expect(prepareName('Compay').tokens[0]!.cls).toBe('legal');
    expect(prepareName('Coman').tokens[0]!.cls).toBe('name');
  });

  it.each([
    ['Tehran Factories', 'Tehran Factory'],
    ['Sepah Ministries', 'Sepah Ministry'],
    ['Karaj Organisation', 'Karaj Organization'],
    ['Shahid Industrial Group', 'Shahid Industries Group'],
  ])('%s meets %s (a company word inflected or spelled the other way)', (query, listed) => {
    expect(compareNames(query, listed).match).toBe(true);
  });

  it('writes an inflected company word as the table word, and leaves other words alone', () => {
    expect(prepareName('Factories').tokens.map((t) => `${t.form}:${t.cls}`)).toEqual(['factory:generic']);
    expect(prepareName('Islamia').tokens.map((t) => t.form)).toEqual(['islamia']);
  });
});
