/**
 * The golden file (test/golden/scores.tsv): what the library answers
 * thousands of dev-set queries must not move unless a commit means it to.
 * A refactoring leaves it byte-identical; a change of the matcher
 * regenerates it with `npm run golden` and says in its commit what moved.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_PATH, goldenLines } from '../harness/golden.js';

describe('golden file', () => {
  it('is what the library answers today, byte for byte', () => {
    const expected = readFileSync(GOLDEN_PATH, 'utf8').split('\n');
    expect(expected.pop()).toBe('');
    const actual = goldenLines();
    expect(actual.length).toBe(expected.length);
    // The first differing lines, not a diff of 5,600 lines.
    const differing = actual.flatMap((line, i) => (line === expected[i] ? [] : [`line ${i + 1}:\n  golden ${expected[i]}\n  now    ${line}`]));
    expect(differing.slice(0, 5)).toEqual([]);
  });
});
