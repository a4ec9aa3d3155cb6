/**
 * One list version as the Screener uses it (its name and document indexes),
 * and the alerts of one validated query against it.
 */
import { alertFingerprint } from '../decisions/fingerprint.js';
import { NameIndex, type IndexedName, type NameHit } from '../search/name-index.js';
import type { SanctionsList, SanctionsRecord } from '../types.js';
import { DocumentIndex } from './document-index.js';
import { nationalityMatchWeight, weighEvidence, type Evidence } from './evidence.js';
import { isJunkName } from './name-warnings.js';
import type { ScoringModel } from '../scoring-model.js';
import { decideAlert } from './priority.js';
import type { NormalizedQuery } from './query.js';
import type { Alert, ListVersion } from './result.js';

/** Everything built from one list version; swapped as one reference. */
export interface ListState {
  /** The scoring numbers (also the name index's). */
  model: ScoringModel;
  list: SanctionsList;
  version: ListVersion;
  names: NameIndex;
  documents: DocumentIndex;
}

/** The state of a list; `names` when its index is at hand already (a snapshot's, built with the same model). */
export function buildState(list: SanctionsList, model: ScoringModel, names: NameIndex = NameIndex.build(list, { model })): ListState {
  return {
    model,
    list,
    version: Object.freeze({ dateGenerated: list.dateGenerated, sha256: list.sha256 }),
    names,
    documents: new DocumentIndex(list.records),
  };
}

/**
 * The alerts of one validated query against one list state. `skip` leaves
 * names out of the name search (the accuracy bench's leave-one-out aliases);
 * the Screener never passes it.
 */
export function screenWith(state: ListState, q: NormalizedQuery, skip?: (name: IndexedName) => boolean): Alert[] {
  // A name with no letters or one letter repeated is not a name: only its documents are screened (see name-warnings.ts).
  const hits = isJunkName(q.name)
    ? []
    : state.names.search(q.name, {
        threshold: nameThreshold(q, state.model),
        limit: Math.max(q.limit * state.model.search.namesPerAlert, state.model.search.minNames),
        kind: q.kind,
        skip,
      });
  // Most parties screened match nothing.
  if (hits.length === 0 && q.documents.length === 0) return [];
  const found = new Map<SanctionsRecord, { hit?: NameHit; documents: string[] }>();
  for (const hit of hits) found.set(hit.record, { hit, documents: [] });
  for (const number of q.documents) {
    for (const match of state.documents.find(number)) {
      if (q.kind !== undefined && match.record.kind !== q.kind) continue;
      const entry = found.get(match.record) ?? { documents: [] };
      entry.documents.push(`${number} (list: ${match.description})`);
      found.set(match.record, entry);
    }
  }
  const alerts: Alert[] = [];
  for (const [record, { hit, documents }] of found) {
    const alert = makeAlert(q, record, hit, documents, state.model);
    if (alert !== undefined) alerts.push(alert);
  }
  alerts.sort((a, b) => b.score - a.score || b.nameScore - a.nameScore || a.referenceNumber.localeCompare(b.referenceNumber));
  return alerts.slice(0, q.limit);
}

/**
 * The threshold of a query's name search: a name just below the query's
 * threshold may still alert when evidence confirms it, so the search goes as
 * far below as this query's evidence could lift a name (never below
 * `search.minNameThreshold` of the model).
 */
export function nameThreshold(q: NormalizedQuery, model: ScoringModel): number {
  return Math.max(model.search.minNameThreshold, q.threshold - possibleBoost(q, model));
}

/** The most this query's evidence could add to a name score. */
function possibleBoost(q: NormalizedQuery, model: ScoringModel): number {
  const adjustments = model.evidence;
  return (
    (q.dateOfBirth === undefined
      ? 0
      : Math.max(0, adjustments.birthDateSameDay, adjustments.birthYearMatch, adjustments.birthDateInRange, adjustments.birthDateOtherDay, adjustments.birthYearNear)) +
    Math.max(0, ...q.nationalities.map((code) => nationalityMatchWeight(code, model))) +
    (q.countries.length === 0 ? 0 : adjustments.countryMatch)
  );
}

/**
 * The alert of one record, or undefined when neither its final score nor
 * (with conflicting evidence) its name score reaches the query's threshold;
 * its explanation is then not written. `explain` asks with threshold 0.
 */
export function makeAlert(q: NormalizedQuery, record: SanctionsRecord, hit: NameHit | undefined, documents: string[], model: ScoringModel): Alert | undefined {
  const nameScore = hit?.score ?? 0;
  const evidence: Evidence[] = weighEvidence(q, record, nameScore, model);
  let score = Math.min(1, Math.max(0, nameScore + evidence.reduce((sum, e) => sum + e.adjustment, 0)));
  if (documents.length > 0) {
    evidence.push({ kind: 'document', outcome: 'match', detail: `document ${documents.join('; ')}`, adjustment: 1 - score });
    score = 1;
  }
  const decision = decideAlert(nameScore, score, q.threshold, evidence);
  if (!decision.alerts) return undefined;
  const matchedName =
    hit === undefined
      ? undefined
      : { text: hit.name.text, source: hit.name.source, ...(hit.name.quality === undefined ? {} : { quality: hit.name.quality }) };
  const via =
    matchedName === undefined
      ? 'no name match'
      : `name ${nameScore.toFixed(2)} via ${matchedName.source}${matchedName.quality === undefined ? '' : ` (${matchedName.quality})`} "${matchedName.text}"`;
  const adjustments = evidence.map(
    (e) => `${e.detail} ${e.outcome}${e.kind === 'document' ? ' → alert' : ` ${e.adjustment >= 0 ? '+' : '−'}${Math.abs(e.adjustment).toFixed(2)}`}`,
  );
  return {
    referenceNumber: record.referenceNumber,
    listType: record.unListType ?? '',
    kind: record.kind,
    primaryName: record.name,
    matchedName,
    nameScore,
    score,
    priority: decision.priority,
    evidence,
    alignment:
      hit?.alignment.pairs.map((pair) => ({
        query: pair.query.form,
        listed: pair.listed.form,
        similarity: pair.similarity,
        rule: pair.rule,
      })) ?? [],
    reason: `${record.referenceNumber} ${record.name} (${record.unListType ?? 'UN list'}): ${[via, ...adjustments].join('; ')} → ${score.toFixed(2)}, ${decision.priority} priority: ${decision.why}`,
    fingerprint: alertFingerprint(q, record),
    record,
  };
}
