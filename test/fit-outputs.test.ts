import { describe, expect, it } from 'vitest';
import { fitOutputs, variantName } from '../harness/fit-outputs.js';

describe('npm run model:fit outputs (harness/fit-outputs.ts)', () => {
  it('writes the default model only from the default fit on every fold', () => {
    expect(fitOutputs('all', {})).toEqual({ model: 'bench/models/evidence-all.json', tables: 'bench/models/evidence-all.tables.json', defaultBlock: true });
    expect(fitOutputs('all', { strangers: 'real', listCountries: true, yearCount: false, givenFields: false }).defaultBlock).toBe(true);
    expect(fitOutputs('A', {})).toEqual({ model: 'bench/models/evidence-A.json', tables: 'bench/models/evidence-A.tables.json', defaultBlock: false });
  });

  it.each([
    [{ yearCount: true }, 'year-count'],
    [{ givenFields: true }, 'given-fields'],
    [{ strangers: 'all' as const }, 'strangers-all'],
    [{ listCountries: false }, 'no-list-countries'],
    [{ strangers: 'all' as const, givenFields: true }, 'strangers-all-given-fields'],
  ])('writes a variant (%o) beside the default fits, never into the default model', (options, name) => {
    expect(variantName(options)).toBe(name);
    for (const fold of ['A', 'B', 'all'] as const) {
      expect(fitOutputs(fold, options)).toEqual({ model: `bench/models/evidence-${fold}-${name}.json`, tables: `bench/models/evidence-${fold}-${name}.tables.json`, defaultBlock: false });
    }
  });
});
