import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/match/compare.js';
import { prepareName } from '../src/normalize/tokens.js';
import { SCORING_MODEL, withScoringModel } from '../src/scoring-model.js';
import { missingRequiredExcludes } from '../src/search/candidate-bound.js';

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

describe('a company word the query adds is no conflict of names (alignment.unmatchedGeneric)', () => {
  const strict = withScoringModel({ version: 'test-generic-as-name', alignment: { unmatchedGeneric: SCORING_MODEL.alignment.unmatchedQuery } });

  it.each([
    ['Tarsim Halab Movement', 'Harakat Tarsim Halab'], // the listed Harakat is the query's Movement in another language
    ['Tarsim Halab Brigade', 'Katibat Tarsim Halab'],
    ['Zarvan Pelor Trading', 'ZARVAN PELOR SHIPPING'], // one company word for another
  ])('%s meets %s: its company word costs unmatchedGeneric, not unmatchedQuery', (query, listed) => {
    const comparison = compareNames(query, listed);
    expect(comparison.match).toBe(true);
    expect(comparison.score).toBeGreaterThan(compareNames(query, listed, { model: strict }).score);
  });

  it('leaves a name word the query adds at unmatchedQuery (Qadiri is a name in conflict with Harakat)', () => {
    const comparison = compareNames('Tarsim Halab Qadiri', 'Harakat Tarsim Halab');
    expect(comparison.match).toBe(false);
    expect(comparison.score).toBe(compareNames('Tarsim Halab Qadiri', 'Harakat Tarsim Halab', { model: strict }).score);
  });

  it('changes nothing where the listed name is fully matched (the query only says more: extraQuery)', () => {
    expect(compareNames('Tarsim Halab Movement', 'Tarsim Halab').score).toBe(compareNames('Tarsim Halab Movement', 'Tarsim Halab', { model: strict }).score);
  });

  it('keeps the candidate bound at the lowest cost of an unmatched query word, whichever of the two is lower', () => {
    // rest/2 · (1 − t) < t · c · w(P): with rest 2, t 0.8, w(P) 1, the bound holds for c > 0.25 only.
    const lowGeneric = withScoringModel({ version: 'test-low-generic', alignment: { unmatchedGeneric: 0.2 } });
    expect(missingRequiredExcludes(2, 1, 0.8)).toBe(true); // c = middleName 0.4
    expect(missingRequiredExcludes(2, 1, 0.8, lowGeneric)).toBe(false); // c = unmatchedGeneric 0.2
  });
});
