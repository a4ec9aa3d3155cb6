/**
 * The accuracy floor: the cases of bench/accuracy.ts (harness/evaluate.ts), at the default
 * threshold, on the dev sets in fixtures/eval. A drop below a floor fails CI;
 * raise a floor when the matcher gets better (figures in bench/results/accuracy.md).
 */
import { describe, expect, it } from 'vitest';
import { evalDir, loadNegatives, loadPairs, loadPersons } from '../harness/data.js';
import {
  aliasCases,
  evaluateAliases,
  evaluateNegatives,
  evaluatePairs,
  evaluatePersons,
  matcherSearcher,
} from '../harness/evaluate.js';
import { fixtureList } from './helpers/fixtures.js';
import { newestIndex } from './helpers/index.js';

const FLOORS = {
  primaryRecall: 1,
  treatedRecall: 1,
  aliasNearRecall: 0.88,
  aliasMidRecall: 0.52,
  originalScriptRecall: 0.8,
  negativeAlertsPer10k: 2,
  pairsF1: 0.86,
};

describe('accuracy floor (dev sets, default threshold)', () => {
  const dir = evalDir([]);
  const searcher = matcherSearcher(newestIndex());

  it('finds every UN primary name and almost every treated one', () => {
    const { primary, treated } = evaluatePersons(searcher, loadPersons(dir));
    expect(primary.total).toBe(357);
    expect(primary.missed).toEqual([]);
    expect(primary.recall).toBeGreaterThanOrEqual(FLOORS.primaryRecall);
    expect(treated.recall).toBeGreaterThanOrEqual(FLOORS.treatedRecall);
  });

  it("finds the list's own aliases left out, by closeness", () => {
    const result = evaluateAliases(searcher, aliasCases(fixtureList('2026-02-27')));
    expect(result.near.recall).toBeGreaterThanOrEqual(FLOORS.aliasNearRecall);
    expect(result.mid.recall).toBeGreaterThanOrEqual(FLOORS.aliasMidRecall);
    expect(result.originalScript.recall).toBeGreaterThanOrEqual(FLOORS.originalScriptRecall);
  });

  it('alerts on few negatives', () => {
    const result = evaluateNegatives(searcher, loadNegatives(dir));
    expect(result.total).toBe(50_723);
    expect(result.per10k).toBeLessThanOrEqual(FLOORS.negativeAlertsPer10k);
  });

  it('decides name pairs with F1 above the floor and no STRONG error', () => {
    const result = evaluatePairs(loadPairs(dir));
    expect(result.all.total).toBe(432);
    expect(result.all.f1).toBeGreaterThanOrEqual(FLOORS.pairsF1);
    expect(result.strongErrors).toEqual([]);
  });
});
