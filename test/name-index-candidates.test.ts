/**
 * The name index's candidate step loses nothing: properties that compare its
 * search with scoring every name (searchExhaustive). In a file of their own,
 * so that these, the longest tests, run beside the rest.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newestIndex } from './helpers/index.js';
import { noisyNameOf, slippedNameOf } from './helpers/noise.js';

describe('candidate generation', () => {
  const index = newestIndex();
  const listedNames = index.names.map((name) => name.text);

  const noisyName = noisyNameOf(listedNames);

  /** `search` returns what `searchExhaustive` (every name scored) returns, scores included. */
  const expectSameAsScoringEveryName = (query: string, threshold: number) => {
    const options = { threshold, limit: 10_000 };
    const indexed = index.search(query, options).map((hit) => [hit.record.referenceNumber, hit.score]);
    const exhaustive = index.searchExhaustive(query, options).map((hit) => [hit.record.referenceNumber, hit.score]);
    expect(indexed).toEqual(exhaustive);
  };

  // Several names run together: queries of more units than the alignment's partner masks cover (31).
  const runTogether = fc.array(noisyName, { minLength: 2, maxLength: 5 }).map((names) => names.join(' '));

  it('never loses a name that scoring every name would put above the threshold', () => {
    fc.assert(
      fc.property(fc.oneof(noisyName, fc.string({ maxLength: 20 }), runTogether), fc.constantFrom(0.8, 0.7, 0.6), (query, threshold) => {
        expectSameAsScoringEveryName(query, threshold);
      }),
      { numRuns: 400, seed: 20260227 },
    );
    // 400 exhaustive scans of the whole list: seconds on a quiet machine, minutes on a loaded one; the timeout guards against a hang, speed is bench/'s.
  }, 300_000);

  it('never loses a listed name whose query inserts a middle name (the lowest cost of an unmatched word)', () => {
    const middle = fc
      .tuple(fc.constantFrom(...listedNames.filter((name) => name.includes(' '))), fc.constantFrom(...listedNames))
      .map(([name, other]) => name.replace(' ', ` ${other.split(' ').at(-1)} `));
    fc.assert(
      fc.property(middle, fc.constantFrom(0.8, 0.7), (query, threshold) => {
        expectSameAsScoringEveryName(query, threshold);
      }),
      { numRuns: 300, seed: 20261128 },
    );
  }, 300_000);

  it('never loses a listed name whose query puts a company word in place of one of its words (alignment.unmatchedGeneric)', () => {
    const generic = fc
      .tuple(fc.constantFrom(...listedNames.filter((name) => name.trim().includes(' '))), fc.constantFrom('Trading', 'Movement', 'Army', 'Group', 'Services'), fc.nat())
      .map(([name, word, at]) => {
        const words = name.trim().split(/\s+/);
        words.splice(at % words.length, 1);
        return `${words.join(' ')} ${word}`;
      });
    fc.assert(
      fc.property(generic, fc.constantFrom(0.8, 0.7), (query, threshold) => {
        expectSameAsScoringEveryName(query, threshold);
      }),
      { numRuns: 100, seed: 20261130 },
    );
  }, 300_000);

  it('never loses a listed name one typo beyond a part’s budget where the rest agrees, its words reordered (match/rest-agrees.ts)', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const typo = fc
      .tuple(fc.constantFrom(...listedNames.filter((name) => name.trim().split(/\s+/).length >= 3)), fc.nat(), fc.nat(), fc.nat(), fc.nat())
      .map(([name, at, where, letter, other]) => {
        const words = name.trim().split(/\s+/);
        const i = at % words.length;
        const word = words[i]!;
        const pick = (n: number) => letters[n % 26]!;
        if (word.length <= 3) {
          const k = where % Math.max(1, word.length - 1);
          words[i] = where % 2 === 0 ? word.slice(0, k) + word.slice(k + 1) : word.slice(0, k) + word[k + 1]! + word[k]! + word.slice(k + 2);
        } else {
          // one or two letters added or dropped after the first (a part's own budget of one edit and the rule's one beyond it),
          // and a k, q or c written as another of the three (BAKR / BAQER): the only edits the rule takes
          let typed = word;
          for (let e = 0; e <= other % 2; e++) {
            const k = 1 + ((where + e * 5) % (typed.length - 1));
            typed = letter % 2 === 0 ? typed.slice(0, k) + pick(letter + e) + typed.slice(k) : typed.slice(0, k) + typed.slice(k + 1);
          }
          typed = typed.replace(/[kqc]/, (c) => 'kqc'[('kqc'.indexOf(c) + 1 + ((other >> 1) % 2)) % 3]!);
          words[i] = typed;
        }
        return [...words.slice(1), words[0]].join(' ');
      });
    fc.assert(
      fc.property(typo, fc.constantFrom(0.8, 0.7, 0.6), (query, threshold) => {
        expectSameAsScoringEveryName(query, threshold);
      }),
      { numRuns: 150, seed: 20261130 },
    );
  }, 300_000);

  it('never loses a name one slip away as letters, which may share no similar word with the query (match/letters.ts)', () => {
    const slipped = slippedNameOf(listedNames.filter((name) => name.trim().includes(' '))).map(({ text }) => text);
    fc.assert(
      fc.property(slipped, fc.constantFrom(0.8, 0.7, 0.6), (query, threshold) => {
        expectSameAsScoringEveryName(query, threshold);
      }),
      { numRuns: 150, seed: 20261129 },
    );
  }, 300_000);

  it('scores only a few names per query, not the whole list', () => {
    const counts = ['John Smith', 'Maria Garcia', 'Mukhtar Belmukhtar', 'Ivan Petrov'].map((q) => index.candidateCount(q));
    for (const count of counts) expect(count).toBeLessThan(index.names.length / 20);
  });
});
