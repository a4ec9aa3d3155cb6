/**
 * How the fields' evidence combines (`weighEvidence`): a birth year lifts no
 * name below `birthYearMinNameScore`, above it in full with an agreeing
 * nationality and by `birthYearAloneFactor` without; a nationality with no agreeing birth date counts
 * `nationalityAloneFactor` of its weight; a same-day date stands alone.
 */
import { describe, expect, it } from 'vitest';
import { nationalityMatchWeight, sameDayWeight, weighEvidence } from '../src/screen/evidence.js';
import { nameThreshold, sameDayThreshold } from '../src/screen/list-state.js';
import type { SanctionsRecord } from '../src/types.js';
import { normalizeQuery, type ScreenQuery } from '../src/screen/query.js';
import { SCORING_MODEL, withScoringModel } from '../src/scoring-model.js';
import { fixtureList } from './helpers/fixtures.js';

const belmokhtar = fixtureList('2026-02-27').records.find((r) => r.referenceNumber === 'QDi.136')!; // born 1972-06-01, DZ
const weigh = (query: Omit<ScreenQuery, 'name'>, nameScore: number, model = SCORING_MODEL) =>
  Object.fromEntries(
    weighEvidence(normalizeQuery({ name: 'Mukhtar Belmukhtar', ...query }, { threshold: 0.8, limit: 10 }), belmokhtar, nameScore, model).map((e) => [e.kind, e]),
  );
const rules = SCORING_MODEL.evidence;

describe('weighEvidence with the default model', () => {
  it('lifts a name by a birth year in full when the nationality agrees, by half when none does, and never below the floor', () => {
    const both = weigh({ dateOfBirth: '1972', nationality: 'DZ' }, 0.7);
    expect(both['dateOfBirth']!.adjustment).toBe(rules.birthYearMatch);
    expect(both['nationality']!.adjustment).toBe(nationalityMatchWeight('DZ'));
    const alone = weigh({ dateOfBirth: '1972' }, 0.7);
    expect(alone['dateOfBirth']!.adjustment).toBe(rules.birthYearMatch * rules.birthYearAloneFactor);
    expect(alone['dateOfBirth']!.detail).toContain(`[no nationality agrees: ×${rules.birthYearAloneFactor}]`);
    expect(rules.birthYearAloneFactor).toBeGreaterThan(0);
    expect(rules.birthYearAloneFactor).toBeLessThan(1);
    // Below the floor a year adds nothing, whatever the nationality.
    const weak = weigh({ dateOfBirth: '1972', nationality: 'DZ' }, rules.birthYearMinNameScore - 0.01);
    expect(weak['dateOfBirth']!.adjustment).toBe(0);
    expect(weak['dateOfBirth']!.outcome).toBe('neutral');
    expect(weigh({ dateOfBirth: '1972' }, rules.birthYearMinNameScore - 0.01)['dateOfBirth']!.adjustment).toBe(0);
    expect(weak['dateOfBirth']!.detail).toContain(`[a year lifts no name below ${rules.birthYearMinNameScore}]`);
    // With no birth date agreeing, the nationality counts its alone factor.
    expect(weak['nationality']!.adjustment).toBeCloseTo(nationalityMatchWeight('DZ') * rules.nationalityAloneFactor, 12);
  });

  it('lets a same-day birth date lift any name, alone', () => {
    const day = weigh({ dateOfBirth: '1972-06-01' }, 0.35);
    expect(day['dateOfBirth']!.adjustment).toBe(rules.birthDateSameDay);
    expect(day['dateOfBirth']!.outcome).toBe('match');
  });

  it('never lets another day of the year lower a score, and counts conflicts in full', () => {
    const other = weigh({ dateOfBirth: '1972-09-30', nationality: 'DZ' }, 0.9);
    expect(other['dateOfBirth']!.adjustment).toBeGreaterThanOrEqual(0);
    expect(other['dateOfBirth']!.detail).toContain('another day');
    const conflict = weigh({ dateOfBirth: '1990', nationality: 'FR' }, 0.5);
    expect(conflict['dateOfBirth']!.adjustment).toBe(rules.birthDateConflict);
    expect(conflict['nationality']!.adjustment).toBe(rules.nationalityConflict);
  });

  it('weighs each piece alone in a model whose factors are 1 and floor 0', () => {
    const plain = withScoringModel({ version: 't', evidence: { birthYearAloneFactor: 1, birthYearMinNameScore: 0, nationalityAloneFactor: 1 } });
    const alone = weigh({ dateOfBirth: '1972' }, 0.5, plain);
    expect(alone['dateOfBirth']!.adjustment).toBe(rules.birthYearMatch);
    expect(weigh({ nationality: 'DZ' }, 0.5, plain)['nationality']!.adjustment).toBe(nationalityMatchWeight('DZ'));
  });
});

describe('a same full birth date on 1 January', () => {
  // A made-up designation born 1 January 1970 (the day a register gives when only the year is known) or 14 March 1971.
  const twoDates = { ...belmokhtar, aliases: [], datesOfBirth: [{ type: 'EXACT', year: 1970, date: '1970-01-01' }, { type: 'EXACT', year: 1971, date: '1971-03-14' }] } as SanctionsRecord;
  const q = (dateOfBirth: string) => normalizeQuery({ name: 'Karel Voss', dateOfBirth }, { threshold: 0.8, limit: 10 });
  const born = (dateOfBirth: string) => weighEvidence(q(dateOfBirth), twoDates, 0.3).find((e) => e.kind === 'dateOfBirth')!;

  it('weighs less than another day of the year, both fitted from the list', () => {
    expect(rules.birthDateSameDayFirstJanuary).toBeGreaterThan(0);
    expect(rules.birthDateSameDayFirstJanuary).toBeLessThan(rules.birthDateSameDay);
    expect(born('1971-03-14')).toMatchObject({ outcome: 'match', adjustment: rules.birthDateSameDay });
    expect(born('1970-01-01')).toMatchObject({ outcome: 'match', adjustment: rules.birthDateSameDayFirstJanuary });
    expect(sameDayWeight(q('1970-01-01'))).toBe(rules.birthDateSameDayFirstJanuary);
    expect(sameDayWeight(q('1970-01-02'))).toBe(rules.birthDateSameDay);
    // 1 January of another year is no same day: the listed 1971-03-14 is one year off.
    expect(born('1972-01-01').outcome).not.toBe('match');
  });

  it('so the birth-date index reaches less far below the name search for it', () => {
    const newYear = sameDayThreshold(q('1970-01-01'), SCORING_MODEL)!;
    const otherDay = sameDayThreshold(q('1971-03-14'), SCORING_MODEL)!;
    expect(otherDay).toBeCloseTo(0.8 - rules.birthDateSameDay, 10);
    expect(newYear).toBeCloseTo(0.8 - rules.birthDateSameDayFirstJanuary, 10);
    expect(newYear).toBeLessThan(nameThreshold(q('1970-01-01'), SCORING_MODEL));
  });
});

describe('the per-country nationality table', () => {
  it("overrides nationalityMatch for the caller's nationality, and a variant replaces the whole table", () => {
    const model = withScoringModel({ version: 't', evidence: { nationalityMatch: 0.1, nationalityMatchByCountry: { DZ: 0.02 } } });
    expect(nationalityMatchWeight('DZ', model)).toBe(0.02);
    expect(nationalityMatchWeight('IR', model)).toBe(0.1); // not in the variant's table, whatever the default's says
    expect(Object.keys(model.evidence.nationalityMatchByCountry)).toEqual(['DZ']);
    expect(() => withScoringModel({ version: 't', evidence: { nationalityMatchByCountry: { DZ: Number.NaN } } })).toThrow(
      expect.objectContaining({ code: 'UNSC_ERR_INVALID_OPTION' }),
    );
  });
});
