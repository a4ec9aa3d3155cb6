/**
 * The whole decision of a screen for one designation, alert or not: every
 * name of the designation scored, the best one's token alignment, each piece
 * of evidence with its weight, the final score and the threshold.
 */
import { decideAlert } from './priority.js';
import type { NameHit } from '../search/name-index.js';
import type { NameSource } from '../search/names.js';
import type { SanctionsRecord } from '../types.js';
import { makeAlert, type ListState } from './list-state.js';
import type { NormalizedQuery } from './query.js';
import { scoreRecordNames } from './record-names.js';
import { withoutLongParts } from './name-warnings.js';
import type { Alert, ListInUse } from './result.js';
import type { ScreenWarning } from './warnings.js';

/** The decision of one screen about one designation (`Screener.explain`). */
export interface Explanation {
  /** The query's `id`, when it had one. */
  id?: string | number;
  query: NormalizedQuery;
  /** The designation's alert as the screen computes it, whatever its score (its `record` included). */
  alert: Alert;
  /** Every name of the designation with its name score for this query, best first. */
  names: Array<{ text: string; source: NameSource; quality?: string; score: number }>;
  /** The threshold the final score is held against. */
  threshold: number;
  /** True when the screen alerts on this designation (`decideAlert` at the query's threshold: the score reaches it, or a full-name match with conflicting evidence) and the kind is not excluded. */
  alerts: boolean;
  /** True when the query's `kind` leaves this designation out. */
  kindExcluded: boolean;
  warnings: ScreenWarning[];
  list: ListInUse;
}

/** The explanation of `q` against `record` on one list state (without id, warnings and list, which the Screener adds). */
export function explainWith(state: ListState, q: NormalizedQuery, record: SanctionsRecord): Omit<Explanation, 'id' | 'warnings' | 'list'> {
  const model = state.model;
  const names = state.names.names.filter((name) => name.record === record);
  let scored = scoreRecordNames(state.names.prepareQuery(q.name), names, model);
  // As a screen does (list-state.ts screenWith): a name with an over-long part is scored without it too.
  const readable = withoutLongParts(q.name);
  if (readable !== undefined) {
    const without = scoreRecordNames(state.names.prepareQuery(readable), names, model);
    if ((without[0]?.score ?? 0) > (scored[0]?.score ?? 0)) scored = without;
  }
  const best = scored[0];
  const hit: NameHit | undefined = best === undefined || best.score <= 0 ? undefined : { record, ...best };
  const documents = q.documents.flatMap((number) =>
    state.documents.find(number).filter((match) => match.record === record).map((match) => `${number} (list: ${match.description})`),
  );
  const alert = makeAlert({ ...q, threshold: 0 }, record, hit, documents, model)!;
  const kindExcluded = q.kind !== undefined && q.kind !== record.kind;
  return {
    query: q,
    alert,
    names: scored.map(({ name, score }) => ({ text: name.text, source: name.source, ...(name.quality === undefined ? {} : { quality: name.quality }), score })),
    threshold: q.threshold,
    alerts: !kindExcluded && decideAlert(alert.nameScore, alert.score, q.threshold, alert.evidence).alerts,
    kindExcluded,
  };
}
