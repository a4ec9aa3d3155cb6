/**
 * A birth year weighed by how many years give it (`yearsGiving`,
 * `evidence.birthYearsCountWeight`): measured held out and not kept (0 in the
 * default model), so these tests pin both what the count is and that the
 * default model does not use it. Made-up designations.
 */
import { describe, expect, it } from 'vitest';
import { yearsGiving } from '../src/screen/birth-dates.js';
import { weighEvidence } from '../src/screen/evidence.js';
import { nameThreshold } from '../src/screen/list-state.js';
import { normalizeQuery } from '../src/screen/query.js';
import { SCORING_MODEL, withScoringModel } from '../src/scoring-model.js';
import type { DateOfBirth, SanctionsRecord } from '../src/types.js';
import { fixtureList } from './helpers/fixtures.js';

const template = fixtureList('2026-02-27').records.find((r) => r.referenceNumber === 'QDi.136')!;
/** A made-up person, Karel Voss, Czech, born on `dates`. */
const person = (datesOfBirth: DateOfBirth[], aliasDate?: string) =>
  ({
    ...template,
    name: 'KAREL VOSS',
    nationality: ['Czechia'],
    datesOfBirth,
    aliases: aliasDate === undefined ? [] : [{ name: 'Karl Vos', quality: 'Good', dateOfBirth: aliasDate }],
  }) as unknown as SanctionsRecord;
const q = (dateOfBirth: string) => normalizeQuery({ name: 'Karel Voss', dateOfBirth, nationality: 'CZ' }, { threshold: 0.8, limit: 10 });
const born = (record: SanctionsRecord, dateOfBirth: string, model = SCORING_MODEL) =>
  weighEvidence(q(dateOfBirth), record, 0.7, model).find((e) => e.kind === 'dateOfBirth')!;

describe('yearsGiving', () => {
  it('counts the years a birth year could land on to be a same year or inside a range', () => {
    expect(yearsGiving('same-year', [{ type: 'EXACT', year: 1961 }])).toBe(1);
    expect(yearsGiving('same-year', [{ type: 'EXACT', year: 1961 }, { type: 'EXACT', year: 1966, date: '1966-03-02' }, { type: 'EXACT', year: 1961 }])).toBe(2);
    expect(yearsGiving('within-range', [{ type: 'BETWEEN', fromYear: 1975, toYear: 1976 }])).toBe(2);
    expect(yearsGiving('within-range', [{ type: 'APPROXIMATELY', year: 1960 }])).toBe(2 * SCORING_MODEL.birthDates.approximateYears + 1);
    // A year both listed and inside a range counts once, as a same year.
    expect(yearsGiving('same-year', [{ type: 'EXACT', year: 1970 }, { type: 'BETWEEN', fromYear: 1968, toYear: 1971 }])).toBe(1);
    expect(yearsGiving('within-range', [{ type: 'EXACT', year: 1970 }, { type: 'BETWEEN', fromYear: 1968, toYear: 1971 }])).toBe(3);
    expect(yearsGiving('same-year', [])).toBe(0);
    expect(yearsGiving('same-year', [{ type: 'BETWEEN', fromYear: 1975, toYear: 1976 }])).toBe(0);
  });
});

describe('evidence.birthYearsCountWeight', () => {
  const three = person([{ type: 'EXACT', year: 1961 }, { type: 'EXACT', year: 1962 }], '1966');
  const range = person([{ type: 'BETWEEN', fromYear: 1975, toYear: 1978 }]);

  it('is off in the default model: a year of three weighs what a year of one does', () => {
    expect(SCORING_MODEL.evidence.birthYearsCountWeight).toBe(0);
    expect(born(three, '1966').adjustment).toBe(SCORING_MODEL.evidence.birthYearMatch);
    expect(born(person([{ type: 'EXACT', year: 1966 }]), '1966').adjustment).toBe(SCORING_MODEL.evidence.birthYearMatch);
    expect(born(range, '1976').adjustment).toBe(SCORING_MODEL.evidence.birthDateInRange);
    expect(born(three, '1966').detail).not.toContain('one of');
  });

  it('when set, takes its weight × ln(N) off a same year of N listed years (alias dates too) and a range of N years', () => {
    const counted = withScoringModel({ version: 'test-year-count', evidence: { birthYearsCountWeight: 0.05 } });
    const e = counted.evidence;
    expect(born(person([{ type: 'EXACT', year: 1966 }]), '1966', counted).adjustment).toBe(e.birthYearMatch);
    expect(born(three, '1966', counted).adjustment).toBeCloseTo(e.birthYearMatch - 0.05 * Math.log(3), 12);
    expect(born(three, '1966', counted).detail).toContain(', one of 3 years');
    expect(born(range, '1976', counted).adjustment).toBeCloseTo(e.birthDateInRange - 0.05 * Math.log(4), 12);
    // A conflict and a same full date do not depend on the count.
    expect(born(three, '1990', counted).adjustment).toBe(e.birthDateConflict);
    // The name search reaches as far as the strongest year could lift (one year): the count only lowers it.
    expect(nameThreshold(q('1966'), counted)).toBe(nameThreshold(q('1966'), withScoringModel({ version: 'test-no-count' })));
  });
});
