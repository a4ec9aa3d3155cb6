/**
 * `alignment.oneFuzzyPart` (match/align.ts, issue 19): a name of two parts
 * or more that shares a single word with the listed name, and that only in a
 * like spelling, while a part of the query is left over, is a weak match by
 * name alone: its score is capped. Made-up names of the class, weighed as a
 * search of the real list weighs them.
 */
import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/match/compare.js';
import { SCORING_MODEL, withScoringModel } from '../src/scoring-model.js';
import { newestIndex } from './helpers/index.js';

const index = newestIndex();
const weigh = index.rarity.weigh;
const off = withScoringModel({ version: 'test-one-fuzzy-part-off', alignment: { oneFuzzyPart: 1 } });
const cap = SCORING_MODEL.alignment.oneFuzzyPart;
const scores = (query: string, listed: string) => [compareNames(query, listed, { weigh, model: off }).score, compareNames(query, listed, { weigh }).score];

describe('one fuzzy pair of name parts and a query name part left over', () => {
  it('caps the score below the default threshold', () => expect(cap).toBeLessThan(SCORING_MODEL.threshold));

  it('caps the score when the only shared word is spelt otherwise and the query says more', () => {
    for (const [query, listed] of [
      ['Ela Bilel', 'Bilal'], // the variant rule
      ['Ela Konie', 'Kony'],
      ['Ali Dias', 'Dass'],
    ] as const) {
      const [uncapped, capped] = scores(query, listed);
      expect(uncapped, `${query} / ${listed}`).toBeGreaterThanOrEqual(SCORING_MODEL.threshold);
      expect(capped, `${query} / ${listed}`).toBe(cap);
    }
    expect(index.search('Ela Bilel').map((hit) => hit.name.text)).not.toContain('Bilal');
  });

  it('leaves the score alone when the shared word is spelt alike, two words agree, or only the listed name says more', () => {
    for (const [query, listed] of [
      ['Ela Bilal', 'Bilal'], // spelt alike
      ['Ola Siratell', 'In Siratel'], // a doubled letter is spelt alike
      ['Ela Bilel Konie', 'Bilal Kony'], // two pairs of name parts
      ['Konie', 'Ali Kony'], // a short form of the listed name: how aliases are written
    ] as const) {
      const [uncapped, capped] = scores(query, listed);
      expect(capped, `${query} / ${listed}`).toBe(uncapped);
      expect(capped, `${query} / ${listed}`).toBeGreaterThan(cap);
    }
  });
});
