/**
 * The free-text accuracy floor: Screener.screenText on a seeded sample of
 * fixtures/eval/text-dev.csv (200 listed-name lines, 1,000 ordinary ones; the whole set
 * takes 10–20 s), at the default
 * threshold. A drop below a floor fails CI; raise a floor when screenText gets
 * better (full figures: bench/results/accuracy-text.md, `npm run bench:accuracy`).
 */
import { describe, expect, it } from 'vitest';
import { evalDir } from '../harness/data.js';
import { evaluateText, loadTextCases } from '../harness/text.js';
import { seededShuffle } from '../harness/random.js';
import { Screener } from '../src/screen/screener.js';
import { newestPrepared } from './helpers/prepared.js';

/**
 * A little below what this sample measured when they were set (issue 20, after the text gate's
 * cut-off and run-together work): recall 0.885 (177/200; exact 1, case 0.95, typo 0.97, punct 0.90,
 * reordered 0.95, abbrev 0.50, original script 1), no ordinary line of 1,000 alerted. Below the
 * recall targets of issue 20 (0.95, 0.85 per variant): see README, "Accuracy and speed" (current
 * figures), and docs/ACCURACY.md, "Names inside free text" (their history).
 */
const FLOORS = {
  recall: 0.87,
  variantRecall: { exact: 0.95, case: 0.9, typo: 0.92, punct: 0.87, reordered: 0.9, abbrev: 0.47, original_script: 0.95 },
  ordinaryPer10k: 10,
};

describe('text accuracy floor (text-dev sample, default threshold)', () => {
  const cases = loadTextCases(evalDir([]));
  const positives = seededShuffle(cases.filter((c) => c.positive), 20).slice(0, 200);
  const ordinary = seededShuffle(cases.filter((c) => !c.positive), 21).slice(0, 1_000);
  const result = evaluateText(new Screener(newestPrepared()), [...positives, ...ordinary]);

  it('finds listed names hidden in payment text', () => {
    expect(cases).toHaveLength(11_500);
    expect(result.all.positives.total).toBe(200);
    expect(result.all.positives.recall).toBeGreaterThanOrEqual(FLOORS.recall);
    for (const [variant, floor] of Object.entries(FLOORS.variantRecall)) {
      expect({ variant, recall: result.all.byVariant[variant]!.recall }).toEqual({ variant, recall: expect.toSatisfy((r: number) => r >= floor) });
    }
  });

  it('alerts on few ordinary lines', () => {
    expect(result.all.ordinary.total).toBe(1_000);
    expect(result.all.ordinary.per10k).toBeLessThanOrEqual(FLOORS.ordinaryPer10k);
  });
});
