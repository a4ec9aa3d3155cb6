/**
 * compare scores as a screen does, so that it explains an alert; explain
 * gives the whole decision about one designation.
 */
import { describe, expect, it } from 'vitest';
import { evalDir, loadNegatives, loadPersons } from '../harness/data.js';
import { compareNames } from '../src/match/compare.js';
import { formatExplanation } from '../src/cli/explain-text.js';
import { Screener } from '../src/screen/screener.js';
import { SCORING_MODEL } from '../src/scoring-model.js';
import { newestPrepared } from './helpers/prepared.js';

const screener = new Screener(newestPrepared());

describe('Screener.compare', () => {
  it('gives the alert\'s nameScore (the issue: Ali Saleh via the Low alias "Saleh" of QDi.019)', () => {
    const alert = screener.screen({ name: 'Ali Saleh' }).alerts.find((a) => a.referenceNumber === 'QDi.019')!;
    expect(alert.matchedName).toEqual({ text: 'Saleh', source: 'alias', quality: 'Low' });
    const compared = screener.compare('Ali Saleh', 'Saleh');
    expect(compared.score).toBe(alert.nameScore);
    expect(compared.match).toBe(true);
    expect(compared.listed).toEqual({ referenceNumber: 'QDi.019', text: 'Saleh', source: 'alias', quality: 'Low', factor: 0.9 });
    // Without the list, the words weigh by kind only: another score (what compare printed before).
    expect(compareNames('Ali Saleh', 'Saleh').score).not.toBe(alert.nameScore);
  });

  it('equals the nameScore of every alert it explains, on a few hundred alerts of the dev sets', () => {
    const dir = evalDir([]);
    const queries = [
      ...loadPersons(dir).filter((c) => c.variant === 'treated').map((c) => c.query),
      ...loadNegatives(dir).slice(0, 250).map((c) => c.query),
    ];
    let checked = 0;
    const differ: string[] = [];
    for (const name of queries) {
      for (const alert of screener.screen({ name, threshold: 0.7, limit: 3 }).alerts) {
        if (alert.matchedName === undefined) continue;
        checked++;
        const score = screener.compare(name, alert.matchedName.text).score;
        if (score !== alert.nameScore) differ.push(`${name} / ${alert.matchedName.text}: ${score} vs ${alert.nameScore}`);
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(differ).toEqual([]);
  });
});

describe('Screener.explain', () => {
  it('gives the whole decision: every name scored, the alignment, each evidence with its weight, the threshold', () => {
    const why = screener.explain({ id: 'p-1', name: 'Mokhtar Belmokhtar', dateOfBirth: '1972-06-01', nationality: 'Norwegian' }, 'qdi.136');
    expect(why.id).toBe('p-1');
    expect(why.alert.referenceNumber).toBe('QDi.136');
    expect(why.names[0]).toEqual({ text: 'MOKHTAR BELMOKHTAR', source: 'primary', score: 1 });
    expect(why.names.length).toBeGreaterThan(5);
    expect(why.alert.alignment.map((p) => p.rule)).toEqual(['exact', 'exact']);
    expect(why.alert.evidence.map((e) => [e.kind, e.outcome, e.adjustment])).toEqual([
      ['dateOfBirth', 'match', SCORING_MODEL.evidence.birthDateSameDay],
      ['nationality', 'conflict', SCORING_MODEL.evidence.nationalityConflict],
    ]);
    expect(why.alert.score).toBeCloseTo(Math.min(1, 1 + SCORING_MODEL.evidence.birthDateSameDay + SCORING_MODEL.evidence.nationalityConflict), 10);
    expect(why).toMatchObject({ threshold: 0.8, alerts: true, kindExcluded: false });
  });

  it('says the priority of an alert in its decision line, as the screen gives it', () => {
    for (const [query, priority] of [
      [{ name: 'Mokhtar Belmokhtar', dateOfBirth: '1972-06-01', nationality: 'DZ' }, 'high'],
      [{ name: 'Mokhtar Belmokhtar' }, 'normal'],
    ] as const) {
      const why = screener.explain(query, 'QDi.136');
      expect(screener.screen(query).alerts.find((a) => a.referenceNumber === 'QDi.136')?.priority).toBe(priority);
      expect(formatExplanation(why)).toContain(`decision: ALERT at ${priority} priority (${why.alert.score.toFixed(3)} ≥ 0.8)`);
    }
  });

  it('explains a full-name match whose evidence conflicts as the screen decides it: an alert at low priority, with the same numbers', () => {
    const query = { name: 'Mokhtar Belmokhtar', dateOfBirth: '1990', nationality: 'NO' };
    const why = screener.explain(query, 'QDi.136');
    expect(why.alert.score).toBeCloseTo(1 + SCORING_MODEL.evidence.birthDateConflict + SCORING_MODEL.evidence.nationalityConflict, 10);
    const screened = screener.screen(query).alerts.find((a) => a.referenceNumber === 'QDi.136');
    expect(why.alerts).toBe(true);
    expect(screened).toMatchObject({ priority: 'low', score: why.alert.score, nameScore: why.alert.nameScore });
  });

  it('explains a designation that does not alert, with the same numbers a screen at a lower threshold gives', () => {
    const query = { name: 'Mokhtar Belmokhtar', dateOfBirth: '1990', nationality: 'NO' };
    const other = screener.screen({ ...query, threshold: 0.3 }).alerts.find((a) => a.referenceNumber !== 'QDi.136' && a.nameScore < 0.8)!;
    const why = screener.explain(query, other.referenceNumber);
    expect(why.alerts).toBe(false);
    expect(screener.screen(query).alerts.some((a) => a.referenceNumber === other.referenceNumber)).toBe(false);
    expect(why.alert.score).toBe(other.score);
  });

  it('refuses a reference number the list does not have', () => {
    expect(() => screener.explain({ name: 'X' }, 'QDi.999')).toThrow(expect.objectContaining({ code: 'UNSC_ERR_INVALID_QUERY' }));
  });
});
