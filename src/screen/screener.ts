/**
 * `Screener`: the public entry point. Screens a party (name, birth date,
 * nationality, country, documents) against one list version, synchronously.
 */
import { readFileSync } from 'node:fs';
import { ArgumentRangeError, ArgumentTypeError, describeValue, ErrorCodes } from '../errors.js';
import { NameIndex } from '../search/name-index.js';
import type { RarityTable } from '../search/rarity.js';
import { expectArray, expectList, expectNumberInRange, expectObject, expectOneOf, expectString, validateLimit, validateThreshold } from '../validate.js';
import { SCORING_MODEL, validateScoringModel, type ScoringModel } from '../scoring-model.js';
import { parseList } from '../parse/index.js';
import { loadBundledList } from '../source/bundled.js';
import { PreparedList } from '../snapshot/prepared-list.js';
import type { ListDiff } from '../diff/diff.js';
import type { SanctionsList, SanctionsRecord } from '../types.js';
import { DocumentIndex } from './document-index.js';
import { BirthDateIndex } from './birth-date-index.js';
import { buildState, screenWith, type ListState } from './list-state.js';
import { PartyIndex } from './party-index.js';
import { nameWarnings } from './name-warnings.js';
import { normalizeQuery, type NormalizedQuery, type QueryDefaults, type ScreenQuery } from './query.js';
import { DATE_ORDERS, type DateOrder } from './query-dates.js';
import type { Alert, ListInUse, ListVersion, ScreenResult } from './result.js';
import { ENGINE } from '../engine.js';
import { WarningCodes, type ScreenWarning } from './warnings.js';
import { ageInDays } from '../source/list-age.js';
import { explainWith, type Explanation } from './explain.js';
import { compareOnList, type ListComparison } from './list-compare.js';
import { screenPayment } from '../payments/screen-payment.js';
import type { PaymentScreenOptions, PaymentScreenResult } from '../payments/types.js';
import { screenTextWith } from '../free-text/screen-text.js';
import type { TextScreenOptions, TextScreenResult } from '../free-text/result.js';

/** Options of a {@link Screener}. */
export interface ScreenerOptions {
  /**
   * Lowest final score that alerts.
   * @default the model's `threshold` ({@link DEFAULT_THRESHOLD}). Range: (0, 1].
   */
  threshold?: number;
  /**
   * Most alerts per screen.
   * @default 10. Range: a positive integer.
   */
  limit?: number;
  /**
   * The scoring numbers: a tuning run passes a variant made with
   * `withScoringModel`; every result names its `version`.
   * @default {@link SCORING_MODEL}
   */
  model?: ScoringModel;
  /**
   * Reject a query with an unusable side field (a date, a country, a kind, a
   * document, an unknown field) with an `ArgumentRangeError` instead of
   * screening its name with a warning.
   * @default false
   */
  strict?: boolean;
  /**
   * How `01/06/1958` is read: `dmy` (1 June), `mdy` (January 6), or `auto`:
   * clear only when a number is above 12, else the year alone with a warning.
   * @default 'auto'
   */
  dateOrder?: DateOrder;
  /**
   * Every result of a list older than this many days carries an
   * `UNSC_WARN_LIST_STALE` warning.
   * @default 30. Range: a non-negative number.
   */
  maxListAgeDays?: number;
  /** The current time, for the list's age (tests). @default () => new Date() */
  now?: () => Date;
}

/** The default of `ScreenerOptions.maxListAgeDays`. */
export const DEFAULT_MAX_LIST_AGE_DAYS = 30;

/** The result of re-screening parties against what changed on the list. */
export interface RescreenResult {
  /** The diff that was screened against. */
  diff: { from: ListVersion; to: ListVersion; added: number; changed: number; removed: number };
  /** Per party, in input order: new alerts (added or changed designations) and alerts cleared by removals. */
  results: Array<{ query: ScreenResult['query']; alerts: Alert[]; cleared: Alert[]; warnings: ScreenWarning[] }>;
}

/** The result of re-screening an indexed customer base (`Screener.rescreenParties`). */
export interface PartyRescreenResult {
  diff: RescreenResult['diff'];
  /** Parties in the index. */
  parties: number;
  /** Parties the diff's names or documents concerned, screened against it (the rest could not alert). */
  screened: number;
  /** Parties with new alerts or cleared ones, by position in the index, ascending. */
  results: Array<RescreenResult['results'][number] & { party: number }>;
}

function summarize(diff: ListDiff): RescreenResult['diff'] {
  return { from: diff.from, to: diff.to, added: diff.added.length, changed: diff.changed.length, removed: diff.removed.length };
}

/** A prepared list's index was built with the package's model: another model builds its own. */
function stateOf(list: SanctionsList | PreparedList, model: ScoringModel): ListState {
  if (!(list instanceof PreparedList)) return buildState(list, model);
  return model === SCORING_MODEL ? buildState(list.list, model, list.names) : buildState(list.list, model);
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
 * // QDi.136 MOKHTAR BELMOKHTAR (Al-Qaida): name 1.00 via alias (Good) "Mukhtar Belmukhtar"; born 1972 … +0.20; nationality DZ … +0.12 → 1.00
 * ```
 */
export class Screener {
  #state: ListState;
  readonly #model: ScoringModel;
  readonly #threshold: number;
  readonly #defaults: QueryDefaults;
  readonly #maxListAgeDays: number;
  readonly #now: (() => Date) | undefined;
  /** The list in use and its stale warning, for the day they were made. */
  #age: { state: ListState; list: ListInUse; stale: ScreenWarning | undefined } | undefined;

  /**
   * Builds the indexes of `list` (about 100–120 ms for the full list, 260–300 ms the first time in a process, while the code is not yet compiled);
   * a {@link PreparedList} (e.g. read from a snapshot) has its name index built already.
   * @throws {ArgumentRangeError} for a bad threshold or limit.
   */
  constructor(list: SanctionsList | PreparedList, options: ScreenerOptions = {}) {
    expectList(list instanceof PreparedList ? list.list : list);
    expectObject(options, 'options', ErrorCodes.INVALID_OPTION, true);
    this.#model = options.model === undefined ? SCORING_MODEL : validateScoringModel(options.model);
    this.#threshold = validateThreshold(options.threshold ?? this.#model.threshold, { aboveZero: true });
    const limit = validateLimit(options.limit ?? 10);
    const dateOrder = expectOneOf(options.dateOrder ?? 'auto', 'dateOrder', DATE_ORDERS);
    const strict = expectOneOf(options.strict ?? false, 'strict', [true, false]);
    const maxListAgeDays = options.maxListAgeDays ?? DEFAULT_MAX_LIST_AGE_DAYS;
    // (Infinity: never stale)
    this.#maxListAgeDays = maxListAgeDays === Infinity ? Infinity : expectNumberInRange(maxListAgeDays, 'maxListAgeDays', 0, Number.MAX_SAFE_INTEGER);
    if (options.now !== undefined && typeof options.now !== 'function') {
      throw new ArgumentTypeError(ErrorCodes.INVALID_OPTION, `Expected \`now\` to be a function, got ${describeValue(options.now)}`);
    }
    this.#now = options.now;
    this.#defaults = { threshold: this.#threshold, limit, strict, dateOrder };
    this.#state = stateOf(list, this.#model);
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
    return new Screener(parseList(readFileSync(expectString(path, 'path'))), options);
  }

  /** The list in use. */
  get list(): SanctionsList {
    return this.#state.list;
  }

  /** The scoring numbers in use. */
  get model(): ScoringModel {
    return this.#model;
  }

  /** The version (dateGenerated and sha256) of the list in use. */
  get version(): ListVersion {
    return this.#state.version;
  }

  /**
   * Builds the indexes of a new list aside, then swaps them in at once: a
   * screen sees either the old list or the new one, never a mix.
   */
  update(list: SanctionsList | PreparedList): void {
    expectList(list instanceof PreparedList ? list.list : list);
    const next = stateOf(list, this.#model);
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
    expectArray(queries, 'queries', ErrorCodes.INVALID_QUERY);
    const against = this.against(diff);
    return { diff: summarize(diff), results: queries.map((query) => against.screen(query)) };
  }

  /**
   * Prepares re-screening against a diff once (indexes of the added, changed
   * and removed designations only, weighed like the full list), for many
   * parties: `against(diff).screen(query)` gives `{ query, alerts, cleared }`.
   *
   * @throws {ArgumentRangeError} when the diff does not end at this Screener's list.
   */
  against(diff: ListDiff): { screen(query: ScreenQuery): RescreenResult['results'][number] } {
    const { fresh, gone } = this.#diffStates(diff);
    return {
      screen: (query) => {
        const { q, warnings } = this.#read(query);
        return { query: q, alerts: fresh === undefined ? [] : screenWith(fresh, q), cleared: gone === undefined ? [] : screenWith(gone, q), warnings };
      },
    };
  }

  /**
   * Validates and indexes a customer base once, for `rescreenParties` after
   * each list update. The index does not depend on the list: keep it across
   * updates (rebuild it when the customers change).
   *
   * @example
   * ```ts
   * const parties = screener.indexParties(customers);       // once
   * const diff = diffLists(oldList, newList);
   * screener.update(newList);
   * screener.rescreenParties(parties, diff).results;         // only the parties the diff concerns
   * ```
   * @throws {ArgumentTypeError} or {ArgumentRangeError} for a bad query, as `screen` would, its
   *   message starting with its position (`parties[17]: …`).
   */
  indexParties(queries: readonly ScreenQuery[]): PartyIndex {
    expectArray(queries, 'queries', ErrorCodes.INVALID_QUERY);
    const warnings: ScreenWarning[][] = [];
    return new PartyIndex(
      this.#model,
      queries.map((query, position) => {
        try {
          const { q, warnings: partyWarnings } = this.#read(query);
          warnings.push(partyWarnings);
          return q;
        } catch (error) {
          // Which party, among thousands: same class and code, the position in front.
          if (error instanceof ArgumentTypeError) throw new ArgumentTypeError(error.code, `parties[${position}]: ${error.message}`);
          if (error instanceof ArgumentRangeError) throw new ArgumentRangeError(error.code, `parties[${position}]: ${error.message}`);
          throw error;
        }
      }),
      warnings,
    );
  }

  /**
   * Re-screens an indexed customer base against a diff from the designations'
   * side: the names of the added, changed and removed designations are looked
   * up in the parties' vocabulary, and only the parties found there are
   * screened (exactly as `rescreen` would). Time grows with the diff and the
   * parties it concerns, not with the number of parties nor the list size.
   *
   * @returns the parties with new or cleared alerts only, by position.
   * @throws {ArgumentRangeError} when the diff does not end at this Screener's list.
   */
  rescreenParties(parties: PartyIndex, diff: ListDiff): PartyRescreenResult {
    if (!(parties instanceof PartyIndex)) {
      throw new ArgumentTypeError(ErrorCodes.INVALID_ARGUMENT, `Expected \`parties\` to be made by Screener.indexParties, got ${describeValue(parties)}`);
    }
    const { fresh, gone, current, rarity } = this.#diffStates(diff);
    const names = [...(fresh?.names.names ?? []), ...(gone?.names.names ?? [])].map((name) => name.matchable);
    const concerned = parties.partiesConcernedBy(names, [...current, ...diff.removed], (key) => rarity.rarity(key));
    const results: PartyRescreenResult['results'] = [];
    for (const party of concerned) {
      const q = parties.queries[party]!;
      const alerts = fresh === undefined ? [] : screenWith(fresh, q);
      const cleared = gone === undefined ? [] : screenWith(gone, q);
      if (alerts.length > 0 || cleared.length > 0) results.push({ party, query: q, alerts, cleared, warnings: [...(parties.warnings[party] ?? [])] });
    }
    return { diff: summarize(diff), parties: parties.size, screened: concerned.length, results };
  }

  /** Indexes of a diff's added and changed designations (fresh) and removed ones (gone), weighed like the full list. */
  #diffStates(diff: ListDiff): { fresh: ListState | undefined; gone: ListState | undefined; current: SanctionsRecord[]; rarity: RarityTable } {
    const state = this.#state;
    const to = (expectObject(diff, 'diff', ErrorCodes.INVALID_ARGUMENT) as Partial<ListDiff>).to;
    if (to === null || typeof to !== 'object' || !Array.isArray(diff.added) || !Array.isArray(diff.changed) || !Array.isArray(diff.removed)) {
      throw new ArgumentTypeError(ErrorCodes.INVALID_ARGUMENT, `Expected \`diff\` to be made by diffLists, got ${describeValue(diff)}`);
    }
    if (diff.to.sha256 !== state.version.sha256) {
      throw new ArgumentRangeError(
        ErrorCodes.INVALID_OPTION,
        `The diff ends at the list of ${diff.to.dateGenerated}, but this Screener holds ${state.version.dateGenerated}`,
      );
    }
    const rarity = state.names.rarity;
    const current = [...diff.added, ...diff.changed.map((change) => change.after)];
    // Each index of a partial state holds the diff's designations only: a birth-date index of the
    // whole list would bring in any designation born on the query's date.
    const partial = (records: SanctionsRecord[]): ListState | undefined => {
      if (records.length === 0) return undefined;
      const names = NameIndex.build(state.list, { records, rarity });
      return { ...state, names, documents: new DocumentIndex(records), births: new BirthDateIndex(records, () => names.names) };
    };
    return { fresh: partial(current), gone: partial(diff.removed), current, rarity };
  }

  /**
   * Screens one party.
   *
   * A side field that cannot be used (an unreadable date, an unknown country
   * or kind, a document with no letter or digit, an unknown field) is left out
   * of the evidence and reported in `result.warnings`; the name is screened.
   *
   * @throws {ArgumentTypeError} (a TypeError, code `UNSC_ERR_INVALID_QUERY`) for a query that is not an object or a name that is not text.
   * @throws {ArgumentRangeError} (a RangeError) for an empty name, a bad threshold or limit; with `strict`, for any unusable side field.
   */
  screen(query: ScreenQuery): ScreenResult {
    return this.#screenOn(this.#state, query, this.#defaults); // one version for the whole screen
  }

  /**
   * Screens a payment message (ISO 20022 pacs.008, pacs.009 and COV, pain.001, camt.052/053/054;
   * SWIFT MT103, MT103 STP, MT202 COV, MT101; Fedwire), format detected: every party as a party
   * (institutions as entities, countries as evidence), every free-text field, one result per
   * transaction whose alerts carry `role`, `path` and the transaction's ids.
   *
   * @example
   * ```ts
   * const result = screener.screenPayment(readFileSync('pacs.008.xml'));
   * for (const tx of result.transactions) for (const alert of tx.alerts) console.log(tx.ids.endToEndId, alert.role, alert.path, alert.reason);
   * ```
   * @throws {PaymentFormatError} (`UNSC_ERR_PAYMENT_FORMAT`) for a message that cannot be read or is
   *   malformed, with the transactions read before the fault screened in `partial`.
   */
  screenPayment(message: string | Uint8Array, options: PaymentScreenOptions = {}): PaymentScreenResult {
    const state = this.#state; // one version for the whole message
    const defaults = { threshold: this.#defaults.threshold, limit: this.#defaults.limit };
    const lenient = { ...this.#defaults, strict: false };
    return screenPayment(
      {
        // A payment's party is screened whatever its side fields (strict or not): what could not be used is in its warnings.
        screen: (query) => this.#screenOn(state, query, lenient),
        screenText: (textOptions) => (text) => screenTextWith(state, text, textOptions, defaults),
        version: state.version,
        model: state.model.version,
        defaults,
      },
      message,
      options,
    );
  }

  #screenOn(state: ListState, query: ScreenQuery, defaults: QueryDefaults): ScreenResult {
    const { q, warnings } = this.#read(query, defaults);
    const list = this.#listInUse(state, warnings);
    // Built field by field in JSON's order (conditional spreads cost microseconds a screen in V8).
    const options = { threshold: q.threshold, limit: q.limit } as ScreenResult['options'];
    if (q.kind !== undefined) options.kind = q.kind;
    options.engine = ENGINE;
    options.model = state.model.version;
    const result = {} as ScreenResult;
    if (q.id !== undefined) result.id = q.id;
    result.query = q;
    result.alerts = screenWith(state, q);
    result.warnings = warnings;
    result.list = list;
    result.options = options;
    return result;
  }

  /**
   * A query validated, with its warnings: the name's (see name-warnings.ts)
   * first, then the side fields' that could not be used (strict: they throw).
   */
  #read(query: unknown, defaults: QueryDefaults = this.#defaults): { q: NormalizedQuery; warnings: ScreenWarning[] } {
    const warnings: ScreenWarning[] = [];
    const q = normalizeQuery(query, defaults, warnings);
    const named = nameWarnings(q.name);
    return { q, warnings: named.length === 0 ? warnings : [...named, ...warnings] };
  }

  /**
   * Finds listed names inside free text (remittance information, purpose,
   * instructions, unstructured address lines): a name cut by a line break,
   * written without spaces, mistyped, reordered, cut off or in its original
   * script, with its span in the text. Same index and scores as `screen`;
   * words common on the list or in payments (Al, Trading, Bank, Relief) do
   * not alert on their own (see docs/DESIGN.md, "Names inside free text").
   *
   * @example
   * ```ts
   * const { hits } = screener.screenText('/BNF/PAYMENT TO AL RASHID\nTRUST KARACHI');
   * hits[0]?.alert.referenceNumber; // 'QDe.005'
   * hits[0]?.text;                   // 'AL RASHID\nTRUST'
   * ```
   * @throws {ArgumentTypeError} (code `UNSC_ERR_INVALID_QUERY`) when `text` is not a string.
   * @throws {ArgumentRangeError} (code `UNSC_ERR_INVALID_OPTION`) for a bad threshold or limit.
   */
  screenText(text: string, options?: TextScreenOptions): TextScreenResult {
    return screenTextWith(this.#state, text, options, { threshold: this.#defaults.threshold, limit: this.#defaults.limit });
  }

  /**
   * The whole decision of a screen of `query` about one designation, alert or
   * not: its names scored, the best one's alignment, each piece of evidence
   * with its adjustment, the final score and the threshold.
   *
   * @example
   * ```ts
   * const why = screener.explain({ name: 'Ali Saleh' }, 'QDi.019');
   * why.alert.nameScore; why.alert.evidence; why.threshold; why.alerts;
   * ```
   * @throws {ArgumentRangeError} (code `UNSC_ERR_INVALID_QUERY`) when no designation has that reference number; as `screen` for a bad query.
   */
  explain(query: ScreenQuery, referenceNumber: string): Explanation {
    const state = this.#state;
    const wanted = expectString(referenceNumber, 'referenceNumber', ErrorCodes.INVALID_QUERY).trim().toUpperCase();
    const record = state.list.records.find((r) => r.referenceNumber.toUpperCase() === wanted);
    if (record === undefined) {
      throw new ArgumentRangeError(ErrorCodes.INVALID_QUERY, `No designation on the list of ${state.version.dateGenerated} has the reference number ${describeValue(referenceNumber)}`);
    }
    const { q, warnings } = this.#read(query);
    const list = this.#listInUse(state, warnings);
    return { ...(q.id === undefined ? {} : { id: q.id }), ...explainWith(state, q, record), warnings, list };
  }

  /**
   * Compares two names as a screen on this list does (tokens weighed by their
   * rarity on the list; a listed name's alias quality counted), so that the
   * score equals the `nameScore` of the alert it explains. `compareNames` is
   * the comparison without a list.
   *
   * @example
   * ```ts
   * screener.compare('Ali Saleh', 'Saleh').score; // as the alert via the alias "Saleh" scores it
   * ```
   */
  compare(query: string, listed: string, options: { threshold?: number } = {}): ListComparison {
    expectString(query, 'query', ErrorCodes.INVALID_QUERY);
    expectString(listed, 'listed', ErrorCodes.INVALID_QUERY);
    const o = expectObject(options, 'options', ErrorCodes.INVALID_OPTION, true) as { threshold?: number };
    return compareOnList(this.#state.names, query, listed, { threshold: o.threshold ?? this.#threshold });
  }

  /** The list's version and age today, with a warning when it is older than `maxListAgeDays` (made once per list and day). */
  #listInUse(state: ListState, warnings: ScreenWarning[]): ListInUse {
    const now = this.#now === undefined ? Date.now() : this.#now().getTime();
    const ageDays = ageInDays(state.list.generatedAt, new Date(now));
    let age = this.#age;
    if (age === undefined || age.state !== state || age.list.ageDays !== ageDays) {
      const list = Object.freeze({ dateGenerated: state.version.dateGenerated, sha256: state.version.sha256, ageDays });
      const stale =
        ageDays <= this.#maxListAgeDays
          ? undefined
          : Object.freeze({
              code: WarningCodes.LIST_STALE,
              field: 'list',
              value: state.version.dateGenerated,
              message:
                `The UN list screened against is from ${state.version.dateGenerated.slice(0, 10)} (${ageDays} days old, more than ${this.#maxListAgeDays}): ` +
                'designations made since then are missing. Update it (`unsc-screen update`, `updateList`).',
            });
      age = this.#age = { state, list, stale };
    }
    if (age.stale !== undefined) warnings.push(age.stale);
    return age.list;
  }

}
