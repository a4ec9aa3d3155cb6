/**
 * `Screener`: the public entry point. Screens a party (name, birth date,
 * nationality, country, documents) against one list version, synchronously.
 */
import { readFileSync } from 'node:fs';
import { ArgumentRangeError, describeValue, ErrorCodes } from '../errors.js';
import { NameIndex, type NameHit } from '../index/name-index.js';
import { DEFAULT_THRESHOLD, validateThreshold } from '../match/threshold.js';
import { parseList } from '../parse/index.js';
import { loadBundledList } from '../source/bundled.js';
import type { ListDiff } from '../diff/diff.js';
import type { SanctionsList, SanctionsRecord } from '../types.js';
import { DocumentIndex } from './document-index.js';
import {
  birthDateEvidence,
  countryEvidence,
  EVIDENCE_ADJUSTMENTS,
  nationalityEvidence,
  type Evidence,
} from './evidence.js';
import { normalizeQuery, type NormalizedQuery, type ScreenQuery } from './query.js';
import type { Alert, ListVersion, ScreenResult } from './result.js';
import { ENGINE } from './engine.js';

/** Options of a {@link Screener}. */
export interface ScreenerOptions {
  /**
   * Lowest final score that alerts.
   * @default 0.8 (DEFAULT_THRESHOLD). Range: (0, 1].
   */
  threshold?: number;
  /**
   * Most alerts per screen.
   * @default 10. Range: a positive integer.
   */
  limit?: number;
}

/** The result of re-screening parties against what changed on the list. */
export interface RescreenResult {
  /** The diff that was screened against. */
  diff: { from: ListVersion; to: ListVersion; added: number; changed: number; removed: number };
  /** Per party, in input order: new alerts (added or changed designations) and alerts cleared by removals. */
  results: Array<{ query: ScreenResult['query']; alerts: Alert[]; cleared: Alert[] }>;
}

/** Everything built from one list version; swapped as one reference. */
interface ListState {
  list: SanctionsList;
  version: ListVersion;
  names: NameIndex;
  documents: DocumentIndex;
}

function buildState(list: SanctionsList): ListState {
  return {
    list,
    version: Object.freeze({ dateGenerated: list.dateGenerated, sha256: list.sha256 }),
    names: NameIndex.build(list),
    documents: new DocumentIndex(list.records),
  };
}

/**
 * Screens parties against the UN Consolidated List.
 *
 * @example
 * ```ts
 * import { Screener } from 'unsc-screen';
 * const screener = Screener.fromBundledList();
 * const result = screener.screen({ name: 'Mukhtar Belmukhtar', dateOfBirth: '1972', nationality: 'DZ' });
 * console.log(result.alerts[0]?.reason);
 * // QDi.136 MOKHTAR BELMOKHTAR (Al-Qaida): name 1.00 via alias (Good) "Mukhtar Belmukhtar"; born 1972 … +0.03; … → 1.00
 * ```
 */
export class Screener {
  #state: ListState;
  readonly #threshold: number;
  readonly #limit: number;

  /**
   * Builds the indexes of `list` (about 100 ms for the full list, 200 ms the first time in a process).
   * @throws {ArgumentRangeError} for a bad threshold or limit.
   */
  constructor(list: SanctionsList, options: ScreenerOptions = {}) {
    this.#threshold = validateThreshold(options.threshold ?? DEFAULT_THRESHOLD);
    if (this.#threshold === 0) {
      throw new ArgumentRangeError(ErrorCodes.INVALID_OPTION, 'Expected `threshold` to be above 0, got `0` (number)');
    }
    const limit = options.limit ?? 10;
    if (!Number.isInteger(limit) || limit < 1) {
      throw new ArgumentRangeError(ErrorCodes.INVALID_OPTION, `Expected \`limit\` to be a positive integer, got ${describeValue(limit)}`);
    }
    this.#limit = limit;
    this.#state = buildState(list);
  }

  /** A Screener on the list bundled with the package (see `loadBundledList` for its age). */
  static fromBundledList(options: ScreenerOptions = {}): Screener {
    return new Screener(loadBundledList().list, options);
  }

  /**
   * A Screener on a list XML file.
   * @throws {ListFormatError} when the file is not a complete list.
   */
  static fromFile(path: string, options: ScreenerOptions = {}): Screener {
    return new Screener(parseList(readFileSync(path)), options);
  }

  /** The list in use. */
  get list(): SanctionsList {
    return this.#state.list;
  }

  /** The version (dateGenerated and sha256) of the list in use. */
  get version(): ListVersion {
    return this.#state.version;
  }

  /**
   * Builds the indexes of a new list aside, then swaps them in at once: a
   * screen sees either the old list or the new one, never a mix.
   */
  update(list: SanctionsList): void {
    const next = buildState(list);
    this.#state = next;
  }

  /**
   * Re-screens parties against what a list update changed, in time
   * proportional to the designations added, changed and removed (not to the
   * list size): new alerts come from added and changed designations; alerts
   * on removed designations (screened on the old list) are cleared. The
   * Screener must hold the diff's newer list.
   *
   * @throws {ArgumentRangeError} when the diff does not end at this Screener's list, or for bad queries.
   */
  rescreen(queries: readonly ScreenQuery[], diff: ListDiff): RescreenResult {
    const against = this.against(diff);
    return {
      diff: { from: diff.from, to: diff.to, added: diff.added.length, changed: diff.changed.length, removed: diff.removed.length },
      results: queries.map((query) => against.screen(query)),
    };
  }

  /**
   * Prepares re-screening against a diff once (indexes of the added, changed
   * and removed designations only, weighed like the full list), for many
   * parties: `against(diff).screen(query)` gives `{ query, alerts, cleared }`.
   *
   * @throws {ArgumentRangeError} when the diff does not end at this Screener's list.
   */
  against(diff: ListDiff): { screen(query: ScreenQuery): RescreenResult['results'][number] } {
    const state = this.#state;
    if (diff.to.sha256 !== state.version.sha256) {
      throw new ArgumentRangeError(
        ErrorCodes.INVALID_OPTION,
        `The diff ends at the list of ${diff.to.dateGenerated}, but this Screener holds ${state.version.dateGenerated}`,
      );
    }
    const rarity = state.names.rarity;
    const current = [...diff.added, ...diff.changed.map((change) => change.after)];
    const fresh: ListState = {
      ...state,
      names: NameIndex.build(state.list, { records: current, rarity }),
      documents: new DocumentIndex(current),
    };
    const gone: ListState = {
      ...state,
      names: NameIndex.build(state.list, { records: diff.removed, rarity }),
      documents: new DocumentIndex(diff.removed),
    };
    return {
      screen: (query) => {
        const q = normalizeQuery(query, { threshold: this.#threshold, limit: this.#limit });
        return {
          query: q,
          alerts: current.length === 0 ? [] : screenWith(fresh, q),
          cleared: diff.removed.length === 0 ? [] : screenWith(gone, q),
        };
      },
    };
  }

  /**
   * Screens one party.
   *
   * @throws {ArgumentTypeError} (a TypeError, code `UNSC_ERR_INVALID_QUERY`) for a query of the wrong shape.
   * @throws {ArgumentRangeError} (a RangeError) for an unreadable date, an unknown country, a bad threshold or limit.
   */
  screen(query: ScreenQuery): ScreenResult {
    const state = this.#state; // one version for the whole screen
    const q = normalizeQuery(query, { threshold: this.#threshold, limit: this.#limit });
    return {
      query: q,
      alerts: screenWith(state, q),
      list: state.version,
      options: { threshold: q.threshold, limit: q.limit, ...(q.kind === undefined ? {} : { kind: q.kind }), engine: ENGINE },
    };
  }
}

/** The alerts of one validated query against one list state. */
function screenWith(state: ListState, q: NormalizedQuery): Alert[] {
  const found = new Map<SanctionsRecord, { hit?: NameHit; documents: string[] }>();
  // A name just below the threshold may still alert when evidence confirms it:
  // search as far below as this query's evidence could lift a name.
  const nameThreshold = Math.max(0.01, q.threshold - possibleBoost(q));
  for (const hit of state.names.search(q.name, {
    threshold: nameThreshold,
    limit: Math.max(q.limit * 3, 30),
    ...(q.kind === undefined ? {} : { kind: q.kind }),
  })) {
    found.set(hit.record, { hit, documents: [] });
  }
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
    const alert = makeAlert(q, record, hit, documents);
    if (alert.score >= q.threshold) alerts.push(alert);
  }
  alerts.sort((a, b) => b.score - a.score || b.nameScore - a.nameScore || a.referenceNumber.localeCompare(b.referenceNumber));
  return alerts.slice(0, q.limit);
}

/** The most this query's evidence could add to a name score. */
function possibleBoost(q: NormalizedQuery): number {
  return (
    (q.dateOfBirth === undefined ? 0 : EVIDENCE_ADJUSTMENTS.birthDateSameDay) +
    (q.nationalities.length === 0 ? 0 : EVIDENCE_ADJUSTMENTS.nationalityMatch) +
    (q.countries.length === 0 ? 0 : EVIDENCE_ADJUSTMENTS.countryMatch)
  );
}

function makeAlert(q: NormalizedQuery, record: SanctionsRecord, hit: NameHit | undefined, documents: string[]): Alert {
  const evidence: Evidence[] = [];
  for (const piece of [birthDateEvidence(q, record), nationalityEvidence(q, record), countryEvidence(q, record)]) {
    if (piece !== undefined) evidence.push(piece);
  }
  const nameScore = hit?.score ?? 0;
  let score = Math.min(1, Math.max(0, nameScore + evidence.reduce((sum, e) => sum + e.adjustment, 0)));
  if (documents.length > 0) {
    evidence.push({ kind: 'document', outcome: 'match', detail: `document ${documents.join('; ')}`, adjustment: 1 - score });
    score = 1;
  }
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
    evidence,
    alignment:
      hit?.alignment.pairs.map((pair) => ({
        query: pair.query.form,
        listed: pair.listed.form,
        similarity: pair.similarity,
        rule: pair.rule,
      })) ?? [],
    reason: `${record.referenceNumber} ${record.name} (${record.unListType ?? 'UN list'}): ${[via, ...adjustments].join('; ')} → ${score.toFixed(2)}`,
    record,
  };
}
