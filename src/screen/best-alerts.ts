/**
 * The alerts of one party screened under several names (a payment party's
 * run-on name, a name without the parts too long to be name parts): each
 * designation once, at its best (`byRank`), best first, at most `limit`.
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
      if (seen === undefined || byRank(alert, seen) < 0) best.set(alert.referenceNumber, alert);
    }
  }
  return [...best.values()].sort(byRank).slice(0, limit);
}

/** The order of a screen's alerts: score, then name score (a capped 1.00 on a better name first), then reference number. */
export function byRank(a: Alert, b: Alert): number {
  return b.score - a.score || b.nameScore - a.nameScore || a.referenceNumber.localeCompare(b.referenceNumber);
}
