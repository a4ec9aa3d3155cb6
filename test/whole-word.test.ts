import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/match/compare.js';
import { prepareName } from '../src/normalize/tokens.js';
import { newestIndex } from './helpers/index.js';

/**
 * Segmentation that cannot break a match: a word the tokenizer splits when
 * spelled one way and keeps whole when spelled another (Abdulahi / Abdullahi)
 * is also compared as written, letters against letters.
 */
describe('words split on one side and whole on the other', () => {
  it.each([
    ['ABDULAHI YUSUF', 'ABDULLAHI YUSUF'],
    ['Abdulahi Mohamed Hussein', 'Abdullahi Mohamed Hussein'],
    ['Nuredine Zerhouni', 'Nureddine Zerhouni'],
  ])('%s matches %s', (query, listed) => {
    expect(compareNames(query, listed).score).toBeGreaterThanOrEqual(0.9);
    expect(compareNames(listed, query).score).toBeGreaterThanOrEqual(0.9);
  });

  it('does not take a word written twice for one split word', () => {
    expect(compareNames('Salah Salah', 'Salah').match).toBe(false);
  });

  const index = newestIndex();
  /** Listed names with a word the tokenizer splits (Abdulrahman → abd rahman, Nureddine → nur din). */
  const splitNames = index.names
    .map((name) => name.text)
    .filter((text) => {
      const tokens = prepareName(text).tokens;
      return tokens.some((token, i) => i > 0 && token.original === tokens[i - 1]!.original && !/[^\x00-\x7F]/.test(token.original) && !token.original.includes('-'));
    });
  /** One letter dropped or doubled inside the split word. */
  const typoInSplitWord = fc.tuple(fc.constantFrom(...splitNames), fc.nat(), fc.boolean()).map(([text, at, drop]) => {
    const tokens = prepareName(text).tokens;
    const word = tokens.find((token, i) => i > 0 && token.original === tokens[i - 1]!.original)!.original;
    const i = 1 + (at % (word.length - 2));
    const typo = drop ? word.slice(0, i) + word.slice(i + 1) : word.slice(0, i + 1) + word.slice(i);
    return { text, query: text.replace(word, typo) };
  });

  it('finds every listed name with such a word after one typo in it, as scoring every name would (candidate generation stays complete)', () => {
    expect(splitNames.length).toBeGreaterThan(50);
    fc.assert(
      fc.property(typoInSplitWord, fc.constantFrom(0.8, 0.7), ({ query }, threshold) => {
        const options = { threshold, limit: 10_000 };
        const indexed = index.search(query, options).map((hit) => [hit.record.referenceNumber, hit.score]);
        const exhaustive = index.searchExhaustive(query, options).map((hit) => [hit.record.referenceNumber, hit.score]);
        expect(indexed).toEqual(exhaustive);
      }),
      { numRuns: 40, seed: 20261129 },
    );
  });
});
