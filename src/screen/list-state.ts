/**
 * One list version as the Screener uses it (its name and document indexes),
 * and the alerts of one validated query against it.
 */
import { alertFingerprint } from '../decisions/fingerprint.js';
import { NameIndex, type IndexedName, type NameHit } from '../search/name-index.js';
import type { SanctionsList, SanctionsRecord } from '../types.js';
import { BirthDateIndex } from './birth-date-index.js';
import { DocumentIndex } from './document-index.js';
import { nationalityMatchWeight, sameDayWeight, weighEvidence, type Evidence } from './evidence.js';
import { isJunkName, withoutLongParts } from './name-warnings.js';
import { bestAlerts, byRank } from './best-alerts.js';
import { scoreRecordNames } from './record-names.js';
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
  /** Designations by full birth date: what a same-day date can lift from below the name search. */
  births: BirthDateIndex;
}

/** The state of a list; `names` when its index is at hand already (a snapshot's, built with the same model). */
export function buildState(list: SanctionsList, model: ScoringModel, names: NameIndex = NameIndex.build(list, { model })): ListState {
  return {
    model,
    list,
    version: Object.freeze({ dateGenerated: list.dateGenerated, sha256: list.sha256 }),
    names,
    documents: new DocumentIndex(list.records),
    births: new BirthDateIndex(list.records, () => names.names),
  };
}

/**
 * The alerts of one validated query against one list state. `skip` leaves
 * names out of the name search (the accuracy bench's leave-one-out aliases);
 * the Screener never passes it.
 */
export function screenWith(state: ListState, q: NormalizedQuery, skip?: (name: IndexedName) => boolean): Alert[] {
  const alerts = screenName(state, q, skip);
  // A name with a part longer than any name part is screened without it too (name-warnings.ts, withoutLongParts).
  const readable = withoutLongParts(q.name);
  return readable === undefined ? alerts : bestAlerts([alerts, screenName(state, { ...q, name: readable }, skip)], q.limit);
}

function screenName(state: ListState, q: NormalizedQuery, skip?: (name: IndexedName) => boolean): Alert[] {
  // A name with no letters or one letter repeated is not a name: only its documents are screened (see name-warnings.ts).
  const hits = isJunkName(q.name)
    ? []
    : state.names.search(q.name, {
        threshold: nameThreshold(q, state.model),
        limit: Math.max(q.limit * state.model.search.namesPerAlert, state.model.search.minNames),
        kind: q.kind,
        skip,
      });
  const bornSameDay = isJunkName(q.name) ? [] : sameDayHits(state, q, hits, skip);
  // Most parties screened match nothing.
  if (hits.length === 0 && bornSameDay.length === 0 && q.documents.length === 0) return [];
  const found = new Map<SanctionsRecord, { hit?: NameHit; documents: string[] }>();
  for (const hit of [...hits, ...bornSameDay]) found.set(hit.record, { hit, documents: [] });
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
  alerts.sort(byRank);
  return alerts.slice(0, q.limit);
}

/**
 * The threshold of a query's name search: a name below the query's
 * threshold may still alert when evidence confirms it, so the search goes as
 * far below as this query's evidence could lift a name, a same-day birth
 * date aside, under the model's rules on how fields combine (`weighEvidence`:
 * a year lifts only a name of `birthYearMinNameScore` or more, a nationality
 * with no agreeing date counts its alone factor); never below
 * `search.minNameThreshold`. What a same-day date lifts from further below
 * comes from the birth-date index ({@link sameDayThreshold}).
 */
export function nameThreshold(q: NormalizedQuery, model: ScoringModel): number {
  const e = model.evidence;
  const { nationality, country } = possibleLifts(q, model);
  const year = q.dateOfBirth === undefined ? 0 : Math.max(0, e.birthYearMatch, e.birthDateInRange, e.birthDateOtherDay, e.birthYearNear);
  const yearAlone = year * e.birthYearAloneFactor;
  const paths = [
    // a year and the nationality agreeing, the name at the year's floor or above
    year > 0 ? Math.max(e.birthYearMinNameScore, q.threshold - year - nationality - country) : 1,
    // a year without the nationality
    year > 0 ? Math.max(e.birthYearMinNameScore, q.threshold - yearAlone - country) : 1,
    // below the year's floor (where a year adds nothing), or no birth date agreeing
    q.threshold - nationality * Math.max(0, e.nationalityAloneFactor) - country,
  ];
  return Math.max(model.search.minNameThreshold, Math.min(...paths));
}

/**
 * The lowest name score a designation born on the query's day could alert
 * from, or undefined when the query gives no full date or the name search
 * reaches as far.
 */
export function sameDayThreshold(q: NormalizedQuery, model: ScoringModel): number | undefined {
  if (q.dateOfBirth?.day === undefined || q.kind === 'entity') return undefined;
  const { nationality, country } = possibleLifts(q, model);
  const threshold = Math.max(model.search.minNameThreshold, q.threshold - Math.max(0, sameDayWeight(q, model)) - nationality - country);
  return threshold < nameThreshold(q, model) ? threshold : undefined;
}

/** The most a query's nationality (the best of its countries' weights) and country could add. */
function possibleLifts(q: NormalizedQuery, model: ScoringModel): { nationality: number; country: number } {
  return {
    nationality: Math.max(0, ...q.nationalities.map((code) => nationalityMatchWeight(code, model))),
    country: q.countries.length === 0 ? 0 : Math.max(0, model.evidence.countryMatch),
  };
}

/**
 * The designations born on the query's day whose name scores from
 * {@link sameDayThreshold} up but that the name search did not return.
 */
function sameDayHits(state: ListState, q: NormalizedQuery, hits: NameHit[], skip?: (name: IndexedName) => boolean): NameHit[] {
  const floor = sameDayThreshold(q, state.model);
  if (floor === undefined) return [];
  const { year, month, day } = q.dateOfBirth!;
  const born = state.births.find(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  if (born.length === 0) return [];
  const searched = new Set(hits.map((hit) => hit.record));
  const prepared = state.names.prepareQuery(q.name);
  const found: NameHit[] = [];
  for (const { record, names } of born) {
    if (searched.has(record)) continue;
    const best = scoreRecordNames(prepared, skip === undefined ? names : names.filter((name) => !skip(name)), state.model)[0];
    if (best !== undefined && best.score >= floor && best.score > 0) found.push({ record, ...best });
  }
  return found;
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
