/**
 * The list a service screens against: loaded once, swapped whole when an
 * update brings a new version, with what the last update did. Screens never
 * wait on an update: the new index is built aside and swapped in at once
 * (`Screener.update`), so the service stays ready throughout.
 */
import { UnscScreenError } from '../errors.js';
import { Screener } from '../screen/screener.js';
import type { LoadedList } from '../source/bundled.js';
import { listAgeDays } from '../source/list-age.js';
import type { UpdateResult } from '../source/update.js';
import type { ListCounts, SanctionsList } from '../types.js';
import { HttpError, HttpErrorCodes } from './errors.js';

/** What one update attempt did. */
export interface UpdateOutcome {
  /** When the attempt ended (ISO 8601). */
  at: string;
  /** `updated`: a new list is in use; `not-modified`/`unchanged`: the list in use is current; `failed`: the last good list stays. */
  status: UpdateResult['status'] | 'failed';
  /** Why it failed: the library's code and message. */
  error?: { code: string; message: string };
}

/** What `GET /v1/list` answers. */
export interface ListInfo {
  dateGenerated: string;
  sha256: string;
  /** Whole days since dateGenerated. */
  ageDays: number;
  counts: ListCounts;
  /** Where the list in use came from: `file` (--list), `cache` (the update cache) or `bundled`. */
  source: LoadedList['source'];
  /** When this process started screening against it (ISO 8601). */
  loadedAt: string;
  updates: {
    /** Milliseconds between scheduled updates; null when the service does not update its list. */
    everyMs: number | null;
    last: UpdateOutcome | null;
    /** The last attempt that did not fail. */
    lastSuccess: UpdateOutcome | null;
    /** Failed attempts since the last one that did not fail. */
    consecutiveFailures: number;
    /** Failed attempts since the service started. */
    failures: number;
  };
}

/** Holds the Screener and the state of its list. */
export class ListService {
  #screener: Screener | undefined;
  #source: LoadedList['source'] = 'bundled';
  #loadedAt = '';
  #last: UpdateOutcome | null = null;
  #lastSuccess: UpdateOutcome | null = null;
  #consecutiveFailures = 0;
  #failures = 0;
  readonly #listeners: Array<(outcome: UpdateOutcome) => void> = [];

  /**
   * @param everyMs - the update period, for `info()` (null: no updates).
   */
  constructor(readonly everyMs: number | null = null) {}

  /** Builds the index of the first list (synchronous: about 100–300 ms for the full list). */
  load(loaded: LoadedList): void {
    this.#screener = new Screener(loaded.list);
    this.#source = loaded.source;
    this.#loadedAt = new Date().toISOString();
  }

  /** True once the first index is built; stays true through every swap. */
  get ready(): boolean {
    return this.#screener !== undefined;
  }

  /** The Screener; a 503 `UNSC_ERR_NOT_READY` before the first index is built. */
  get screener(): Screener {
    if (this.#screener === undefined) throw new HttpError(503, HttpErrorCodes.NOT_READY, 'the list index is being built; retry shortly');
    return this.#screener;
  }

  /** Calls `listener` after every update attempt (metrics). */
  onUpdate(listener: (outcome: UpdateOutcome) => void): void {
    this.#listeners.push(listener);
  }

  /**
   * Runs one update and swaps in the new list when there is one; a failure
   * keeps the last good list and is recorded, never thrown.
   */
  async update(run: () => Promise<UpdateResult>): Promise<UpdateOutcome> {
    let outcome: UpdateOutcome;
    let list: SanctionsList | undefined;
    try {
      const result = await run();
      if (result.status === 'updated') list = result.list;
      outcome = { at: new Date().toISOString(), status: result.status };
    } catch (error) {
      outcome = failure(error);
    }
    this.record(outcome, list);
    return outcome;
  }

  /** Records an update's outcome and swaps in `list` when it is a new version (cluster workers are told by the primary). */
  record(outcome: UpdateOutcome, list?: SanctionsList): void {
    if (list !== undefined && list.sha256 !== this.#screener?.version.sha256) {
      if (this.#screener === undefined) this.#screener = new Screener(list);
      else this.#screener.update(list);
      this.#source = 'cache';
      this.#loadedAt = new Date().toISOString();
    }
    this.#last = outcome;
    if (outcome.status === 'failed') {
      this.#consecutiveFailures += 1;
      this.#failures += 1;
    } else {
      this.#consecutiveFailures = 0;
      this.#lastSuccess = outcome;
    }
    for (const listener of this.#listeners) listener(outcome);
  }

  /** The list in use and the state of its updates. */
  info(now = new Date()): ListInfo {
    const list = this.screener.list;
    return {
      dateGenerated: list.dateGenerated,
      sha256: list.sha256,
      ageDays: listAgeDays(list, now),
      counts: list.counts,
      source: this.#source,
      loadedAt: this.#loadedAt,
      updates: {
        everyMs: this.everyMs,
        last: this.#last,
        lastSuccess: this.#lastSuccess,
        consecutiveFailures: this.#consecutiveFailures,
        failures: this.#failures,
      },
    };
  }
}

/** A failed update as an outcome: the library's code, or a generic one. */
export function failure(error: unknown): UpdateOutcome {
  const code = error instanceof UnscScreenError ? error.code : 'UNSC_ERR_UPDATE_FAILED';
  return { at: new Date().toISOString(), status: 'failed', error: { code, message: error instanceof Error ? error.message : String(error) } };
}
