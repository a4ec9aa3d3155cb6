import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HashMultimap } from '../src/search/hash-multimap.js';

describe('HashMultimap', () => {
  it('gives back every id stored under a hash, and nothing for an absent hash', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 50_000 })), { maxLength: 3000 }), (pairs) => {
        const map = new HashMultimap();
        const expected = new Map<number, number[]>();
        for (const [hash, id] of pairs) {
          map.add(hash, id);
          expected.set(hash, [...(expected.get(hash) ?? []), id]);
        }
        map.freeze();
        for (const [hash, ids] of expected) {
          const found: number[] = [];
          map.forEach(hash, (id) => found.push(id));
          expect(found.sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
        }
        const missing: number[] = [];
        map.forEach(0xffffffff - 7, (id) => missing.push(id));
        expect(missing).toEqual(expected.get(0xffffffff - 7) ?? []);
      }),
      { numRuns: 100, seed: 42 },
    );
  });

  it('refuses ids of 2^20 or more and additions after freeze', () => {
    const map = new HashMultimap();
    expect(() => map.add(1, 2 ** 20)).toThrow(RangeError);
    map.add(1, 1);
    map.freeze();
    expect(() => map.add(2, 2)).toThrow(/after freeze/);
  });
});
