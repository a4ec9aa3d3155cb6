/**
 * How urgent an alert is, from what its evidence says, and whether a name
 * that matches in full alerts even when the evidence lowers its score below
 * the threshold: conflicting data lowers the priority, it never hides the
 * alert (the caller's birth date or nationality may simply be wrong).
 *
 * @example
 * ```ts
 * import { Screener } from 'unsc-screen';
 * const [alert] = Screener.fromBundledList()
 *   .screen({ name: 'Mukhtar Belmukhtar', dateOfBirth: '1990-01-01', nationality: 'FR' }).alerts;
 * alert.priority; // 'low': the name matches in full, the birth date and nationality conflict
 * alert.score < 0.8; // true, and it alerts all the same
 * ```
 */
import type { Evidence } from './evidence.js';

/** `high`: a document, or evidence that agrees (lifting the score by 0.01 or more as shown) and none against; `low`: evidence against; `normal`: the name alone. */
export type AlertPriority = 'high' | 'normal' | 'low';

/** The decision on one candidate: whether it alerts, at which priority, and the words the reason ends with. */
export interface AlertDecision {
  alerts: boolean;
  priority: AlertPriority;
  /** Why this priority, for the reason line. */
  why: string;
}

const FIELD: Record<Evidence['kind'], string> = {
  dateOfBirth: 'birth date',
  nationality: 'nationality',
  country: 'country',
  document: 'document',
};

const fields = (evidence: Evidence[]) => [...new Set(evidence.map((e) => FIELD[e.kind]))].join(' and ');

/**
 * Decides a candidate: it alerts when its final score reaches the threshold,
 * or when its name score alone does (a full-name match) whatever the
 * evidence says; conflicting evidence makes it `low`.
 */
export function decideAlert(nameScore: number, score: number, threshold: number, evidence: Evidence[]): AlertDecision {
  const against = evidence.filter((e) => e.outcome === 'conflict');
  // A match the reason line shows as +0.00 (a North Korean nationality for a North Korean name) says nothing: not agreeing.
  const agreeing = evidence.filter((e) => e.outcome === 'match' && (e.kind === 'document' || Number(e.adjustment.toFixed(2)) > 0));
  if (evidence.some((e) => e.kind === 'document' && e.outcome === 'match')) {
    return { alerts: true, priority: 'high', why: 'a document number is on the list' };
  }
  if (against.length > 0) {
    const fullName = nameScore >= threshold;
    return {
      alerts: score >= threshold || fullName,
      priority: 'low',
      why:
        score >= threshold
          ? `the ${fields(against)} conflict${against.length === 1 ? 's' : ''}: check the party's data`
          : `the name matches in full (${nameScore.toFixed(2)} ≥ ${threshold}) but the ${fields(against)} conflict${against.length === 1 ? 's' : ''}: kept for review, check the party's data`,
    };
  }
  if (score < threshold) return { alerts: false, priority: 'normal', why: '' };
  if (agreeing.some((e) => e.kind === 'dateOfBirth' || e.kind === 'nationality')) {
    return { alerts: true, priority: 'high', why: `the ${fields(agreeing)} agree${agreeing.length === 1 ? 's' : ''}` };
  }
  const silent = evidence.filter((e) => e.outcome === 'match' && !agreeing.includes(e));
  const one = (list: Evidence[], singular: string, plural: string): string => (list.length === 1 ? singular : plural);
  const name = agreeing.length === 0 ? 'the name alone' : `the name, and the ${fields(agreeing)} ${one(agreeing, 'agrees', 'agree')}`;
  return { alerts: true, priority: 'normal', why: silent.length === 0 ? name : `${name} (the ${fields(silent)} ${one(silent, 'agrees but says', 'agree but say')} nothing here)` };
}
