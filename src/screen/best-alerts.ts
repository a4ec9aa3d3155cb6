/**
 * The alerts of one party screened under several names (a payment party's
 * run-on name, a name without the parts too long to be name parts): each
 * designation once, at its best score, best first, at most `limit`.
 */
import type { ScreenResult } from './result.js';

type Alert = ScreenResult['alerts'][number];

/**
 * @example
 * ```ts
 * bestAlerts([first.alerts, second.alerts], 10); // QDi.136 once, at the higher of its two scores
 * ```
 */
export function bestAlerts(lists: ReadonlyArray<readonly Alert[]>, limit: number): Alert[] {
  const best = new Map<string, Alert>();
  for (const alerts of lists) {
    for (const alert of alerts) {
      const seen = best.get(alert.referenceNumber);
      if (seen === undefined || alert.score > seen.score) best.set(alert.referenceNumber, alert);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
}
