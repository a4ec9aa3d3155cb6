/**
 * Conflicting evidence lowers an alert's priority and never hides a full-name
 * match; agreeing evidence raises it (issue #18). On the real list.
 */
import { describe, expect, it } from 'vitest';
import { Screener } from '../src/screen/screener.js';
import { decideAlert } from '../src/screen/priority.js';
import type { Evidence } from '../src/screen/evidence.js';
import { fixtureList } from './helpers/fixtures.js';
import { newestPrepared } from './helpers/prepared.js';

const screener = new Screener(newestPrepared());
const belmokhtar = (query: Partial<Parameters<Screener['screen']>[0]>) =>
  screener.screen({ name: 'Mukhtar Belmukhtar', ...query }).alerts.find((a) => a.referenceNumber === 'QDi.136');

describe('alert priority', () => {
  it('keeps a full-name match whose birth date and nationality conflict, at low priority, and says why', () => {
    const alert = belmokhtar({ dateOfBirth: '1990-01-01', nationality: 'FR' });
    expect(alert).toBeDefined();
    expect(alert!.nameScore).toBe(1);
    expect(alert!.score).toBeLessThan(0.8);
    expect(alert!.priority).toBe('low');
    expect(alert!.evidence.map((e) => [e.kind, e.outcome])).toEqual([
      ['dateOfBirth', 'conflict'],
      ['nationality', 'conflict'],
    ]);
    expect(alert!.reason).toContain('low priority: the name matches in full (1.00 ≥ 0.8) but the birth date and nationality conflict');
  });

  it('is low when evidence conflicts even if the score stays above the threshold', () => {
    // The same-day birth date outweighs the conflicting nationality: the score stays up, the priority falls.
    const alert = belmokhtar({ dateOfBirth: '1972-06-01', nationality: 'FR' });
    expect(alert!.score).toBeGreaterThanOrEqual(0.8);
    expect(alert!.priority).toBe('low');
    expect(alert!.reason).toContain('low priority: the nationality conflicts');
  });

  it('is high when the birth date and nationality agree, normal on the name alone', () => {
    expect(belmokhtar({ dateOfBirth: '1972-06-01', nationality: 'DZ' })!.priority).toBe('high');
    expect(belmokhtar({})!.priority).toBe('normal');
    expect(belmokhtar({})!.reason).toMatch(/normal priority: the name alone$/);
  });

  it('is not high for a match the fit weighs at nothing (a North Korean nationality: +0.005), and says so', () => {
    const silent: Evidence = { kind: 'nationality', outcome: 'match', detail: 'nationality KP (list: KP)', adjustment: 0.0025 };
    expect(decideAlert(0.92, 0.9225, 0.8, [silent])).toEqual({
      alerts: true,
      priority: 'normal',
      why: 'the name alone (the nationality agrees but says nothing here)',
    });
    // Two such matches: the verbs agree with them.
    const silentBirth: Evidence = { kind: 'dateOfBirth', outcome: 'match', detail: 'birth year 1972 (list: 1972)', adjustment: 0.002 };
    expect(decideAlert(0.92, 0.9245, 0.8, [silentBirth, silent]).why).toBe('the name alone (the birth date and nationality agree but say nothing here)');
    // The same outcome with a weight the reason line shows (+0.01 or more) agrees.
    expect(decideAlert(0.92, 0.93, 0.8, [{ ...silent, adjustment: 0.01 }]).priority).toBe('high');
    // On the list: a North Korean name by a North Korean party, the nationality at the model's KP weight.
    const kp = screener.screen({ name: 'Jo Yong Chol', nationality: 'KP' }).alerts.find((a) => a.referenceNumber === 'KPi.034');
    expect(kp?.evidence).toEqual([expect.objectContaining({ kind: 'nationality', outcome: 'match' })]);
    expect(kp!.evidence[0]!.adjustment).toBeLessThan(0.005);
    expect(kp!.priority).toBe('normal');
  });

  it('is high for a document match', () => {
    const record = fixtureList('2026-02-27').records.find((r) => r.kind === 'individual' && r.documents.some((d) => d.number !== undefined && d.number.length >= 6));
    const number = record!.kind === 'individual' ? record!.documents.find((d) => d.number !== undefined && d.number.length >= 6)!.number! : '';
    const alert = screener.screen({ name: 'Nobody Inparticular', document: number }).alerts.find((a) => a.referenceNumber === record!.referenceNumber);
    expect(alert!.priority).toBe('high');
  });

  it('does not keep a partial name whose evidence conflicts', () => {
    const conflict: Evidence = { kind: 'dateOfBirth', outcome: 'conflict', detail: 'born 1990', adjustment: -0.15 };
    expect(decideAlert(0.79, 0.64, 0.8, [conflict]).alerts).toBe(false);
    expect(decideAlert(0.8, 0.65, 0.8, [conflict])).toMatchObject({ alerts: true, priority: 'low' });
    expect(decideAlert(0.79, 0.79, 0.8, []).alerts).toBe(false);
  });
});
