import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { nameFrequencyData, populationFactor, populationShare } from '../src/search/name-frequency.js';
import { NameIndex } from '../src/search/name-index.js';
import { compareNames } from '../src/match/compare.js';
import { classWeigher } from '../src/match/units.js';
import { prepareName } from '../src/normalize/tokens.js';
import { compareOnList } from '../src/screen/list-compare.js';
import { SCORING_MODEL, withScoringModel, type ScoringModel } from '../src/scoring-model.js';
import { fixtureList } from './helpers/fixtures.js';

/** The variant the accuracy bench measures (bench/models/population-a.json). */
const population: ScoringModel = withScoringModel(JSON.parse(readFileSync(new URL('../bench/models/population-a.json', import.meta.url), 'utf8')));

describe('how common a name part is among ordinary people', () => {
  it('reads shares from the table, keyed by the index’s own folded tokens', () => {
    // US Census 1990: SMITH 1.006% of surnames; written GARCÍA in the per-country lists.
    expect(populationShare('smith')).toBeGreaterThanOrEqual(0.01006);
    expect(populationShare(prepareName('García').tokens[0]!.form)).toBeGreaterThan(0.01);
    expect(populationShare(prepareName('Иванов').tokens[0]!.form)).toBeGreaterThan(0.001);
    expect(populationShare('mohammad')).toBeGreaterThan(populationShare('hijazi'));
    expect(populationShare('belmukhtar')).toBe(0);
    // Every key is a folded name part as prepareName makes it.
    for (const line of nameFrequencyData().split('\n').filter((l) => l !== '').slice(0, 2000)) {
      const [form, perMillion] = line.split(' ');
      expect(Number(perMillion)).toBeGreaterThanOrEqual(10);
      expect(prepareName(form!).tokens.map((t) => t.form), form).toContain(form);
    }
  });

  it('is small enough for the package (at most 1 MB)', () => {
    expect(Buffer.byteLength(nameFrequencyData())).toBeLessThan(1_000_000);
  });

  it('gives a factor of 1 for a rare part, minFactor for a common one, falling in between; off in the default model', () => {
    const { rareShare, commonShare, minFactor } = population.weights.population;
    expect(populationFactor('belmukhtar', population)).toBe(1);
    expect(populationShare('kim')).toBeGreaterThanOrEqual(commonShare);
    expect(populationFactor('kim', population)).toBe(minFactor);
    const between = ['malek', 'hassan', 'house'].filter((form) => populationShare(form) > rareShare && populationShare(form) < commonShare);
    expect(between.length).toBeGreaterThan(1);
    for (const form of between) {
      const factor = populationFactor(form, population);
      expect(factor).toBeGreaterThan(minFactor);
      expect(factor).toBeLessThan(1);
    }
    const [a, b] = between.sort((x, y) => populationShare(x) - populationShare(y));
    expect(populationFactor(a!, population)).toBeGreaterThan(populationFactor(b!, population));
    expect(SCORING_MODEL.weights.population.minFactor).toBe(1);
    expect(populationFactor('kim')).toBe(1);
  });
});

describe('a token’s matched weight', () => {
  it('lowers a match of a common part, not the cost of a missing one', () => {
    // A weigher whose matched weight halves one word: the full name still scores 1,
    // the partial match through it scores less, and the name that misses it the same.
    const plain = classWeigher(SCORING_MODEL);
    const halved = Object.assign((token: Parameters<typeof plain>[0]) => plain(token), {
      matched: (token: Parameters<typeof plain>[0]) => plain(token) * (token.form === 'gabriel' ? 0.5 : 1),
    });
    const score = (a: string, b: string, weigh = plain) => compareNames(a, b, { weigh }).score;
    expect(score('Gabriel Jok', 'Gabriel Jok', halved)).toBe(1);
    expect(score('Gabriel Jok', 'Gabriel Jok Riak Makol', halved)).toBeLessThan(score('Gabriel Jok', 'Gabriel Jok Riak Makol'));
    expect(score('Gabriel Jokor', 'Jokor Riak', halved)).toBe(score('Gabriel Jokor', 'Jokor Riak'));
  });

  it('makes the list’s scores lower for a common part that matches, with the variant model', () => {
    const list = fixtureList('2026-02-27');
    const records = list.records.filter((r) => ['SSi.001', 'QDi.251'].includes(r.referenceNumber));
    const current = NameIndex.build(list, { records });
    const variant = NameIndex.build(list, { records, model: population });
    const score = (index: NameIndex, a: string, b: string) => compareOnList(index, a, b).score;
    // gabriel (share 0.01) matches: 0.812 → 0.744; malek (0.0025): 0.900 → 0.854.
    expect(score(variant, 'Gabriel Jok', 'GABRIEL JOK RIAK MAKOL')).toBeLessThan(score(current, 'Gabriel Jok', 'GABRIEL JOK RIAK MAKOL') - 0.05);
    expect(score(variant, 'Malek Ali', 'ABOU MALEK')).toBeLessThan(score(current, 'Malek Ali', 'ABOU MALEK') - 0.03);
    expect(score(variant, 'Gabriel Jok Riak Makol', 'GABRIEL JOK RIAK MAKOL')).toBe(1);
  });

  it('keeps candidate generation complete with the variant model (search equals the exhaustive scan)', () => {
    const list = fixtureList('2026-02-27');
    const index = NameIndex.build(list, { records: list.records.slice(0, 250), model: population });
    // Common given names with a listed word: the names the matched weights lower.
    const words = index.names.filter((_, i) => i % 20 === 0).map((name) => name.text.split(' ').at(-1)!);
    const queries = words.flatMap((word, i) => [`${['Mohammad', 'Maria', 'Kim', 'David', 'Ali'][i % 5]} ${word}`, `Garcia ${word} Hassan`]);
    const found = (hits: ReturnType<NameIndex['search']>) => hits.map((hit) => `${hit.record.referenceNumber} ${hit.score.toFixed(6)}`);
    for (const query of queries) {
      expect(found(index.search(query, { threshold: 0.6, limit: 50 })), query).toEqual(found(index.searchExhaustive(query, { threshold: 0.6, limit: 50 })));
    }
  });
});
