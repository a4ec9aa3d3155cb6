import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/match/compare.js';
import { prepareName } from '../src/normalize/tokens.js';
import { SCORING_MODEL, withScoringModel } from '../src/scoring-model.js';
import { missingRequiredExcludes } from '../src/search/candidate-bound.js';
import { newestIndex } from './helpers/index.js';

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
  ])('%s meets %s (an entity\'s name): its company word costs unmatchedGeneric, not unmatchedQuery', (query, listed) => {
    const comparison = compareNames(query, listed, { entity: true });
    expect(comparison.match).toBe(true);
    expect(comparison.score).toBeGreaterThan(compareNames(query, listed, { entity: true, model: strict }).score);
  });

  it('takes a listed name with a company word or a legal form for an entity\'s when the caller does not say', () => {
    expect(compareNames('Zarvan Pelor Trading', 'ZARVAN PELOR SHIPPING').score).toBe(compareNames('Zarvan Pelor Trading', 'ZARVAN PELOR SHIPPING', { entity: true }).score);
    const asPerson = compareNames('Zarvan Pelor Trading', 'ZARVAN PELOR SHIPPING', { entity: false }).score;
    expect(asPerson).toBe(compareNames('Zarvan Pelor Trading', 'ZARVAN PELOR SHIPPING', { model: strict }).score);
    expect(asPerson).toBeLessThan(compareNames('Zarvan Pelor Trading', 'ZARVAN PELOR SHIPPING').score);
  });

  it.each([
    ['Halvor Trading', 'Tomasz Halvor'], // a made-up person: one of his names and a company word
    ['Halvor Group', 'Tomasz Halvor'],
    ['YUSUF TRADING', 'MUHAMMAD YUSUF'], // the reviewer's
    ['ACHWAN TRADING', 'MUHAMMAD ACHWAN'],
  ])('%s is another party than the person %s: the company word costs a name part\'s cost', (query, listed) => {
    const comparison = compareNames(query, listed, { entity: false });
    expect(comparison.score).toBe(compareNames(query, listed, { entity: false, model: strict }).score);
    expect(comparison.match).toBe(false);
    expect(compareNames(query, listed).score).toBe(comparison.score); // no company word listed: a person's name by default
  });

  it('rejects an `entity` that is not a boolean with a typed error', () => {
    expect(() => compareNames('a', 'b', { entity: 'yes' as unknown as boolean })).toThrow(expect.objectContaining({ code: 'UNSC_ERR_INVALID_OPTION' }));
  });

  it('leaves a name word the query adds at unmatchedQuery (Qadiri is a name in conflict with Harakat)', () => {
    const comparison = compareNames('Tarsim Halab Qadiri', 'Harakat Tarsim Halab', { entity: true });
    expect(comparison.match).toBe(false);
    expect(comparison.score).toBe(compareNames('Tarsim Halab Qadiri', 'Harakat Tarsim Halab', { entity: true, model: strict }).score);
  });

  it('changes nothing where the listed name is fully matched (the query only says more: extraQuery)', () => {
    expect(compareNames('Tarsim Halab Movement', 'Tarsim Halab', { entity: true }).score).toBe(compareNames('Tarsim Halab Movement', 'Tarsim Halab', { entity: true, model: strict }).score);
  });

  it('keeps the candidate bound at the lowest cost of an unmatched query word, whichever of the two is lower', () => {
    // rest/2 · (1 − t) < t · c · w(P): with rest 2, t 0.8, w(P) 1, the bound holds for c > 0.25 only.
    const lowGeneric = withScoringModel({ version: 'test-low-generic', alignment: { unmatchedGeneric: 0.2 } });
    expect(missingRequiredExcludes(2, 1, 0.8)).toBe(true); // c = middleName 0.4
    expect(missingRequiredExcludes(2, 1, 0.8, lowGeneric)).toBe(false); // c = unmatchedGeneric 0.2
  });
});

describe('on the list: a company word added to a person\'s name is another party (review #2)', () => {
  const index = newestIndex();

  it.each([
    ['YUSUF TRADING', 'YUSUF'],
    ['YUSUF GROUP', 'YUSUF'],
    ['ABDOULAYE TRADING', 'ABDOULAYE'],
    ['ACHWAN TRADING', 'ACHWAN'],
    ['AL AQSA TRADING', 'AQSA'],
  ])('%s alerts on no individual whose name has %s', (query, word) => {
    const persons = index.search(query, { threshold: 0.8, limit: 100 }).filter((hit) => hit.record.kind === 'individual' && hit.name.text.toUpperCase().includes(word));
    expect(persons.map((hit) => `${hit.record.referenceNumber} ${hit.name.text} ${hit.score.toFixed(2)}`)).toEqual([]);
  });

  it('still finds an entity whose company word the query replaces', () => {
    const entity = index.names.find((name) => name.record.kind === 'entity' && name.matchable.tokens.filter((t) => t.cls === 'name').length >= 2 && name.matchable.tokens.at(-1)?.cls === 'generic' && name.matchable.tokens.at(-1)?.form !== 'trading');
    expect(entity).toBeDefined();
    const words = entity!.text.trim().split(/\s+/);
    const query = `${words.slice(0, -1).join(' ')} Trading`;
    expect(index.search(query, { threshold: 0.8, limit: 100 }).some((hit) => hit.record === entity!.record)).toBe(true);
  });
});
