/**
 * `updateList`: download, verify, cache. A failed update never replaces a
 * good list.
 */
import { resolve } from 'node:path';
import { diffLists, type ListDiff } from '../diff/diff.js';
import { ErrorCodes, ListVerificationError } from '../errors.js';
import { parseList } from '../parse/index.js';
import { PreparedList } from '../snapshot/prepared-list.js';
import type { SanctionsList } from '../types.js';
import { ListCache, type CacheMetadata } from './cache.js';
import { resolveUpdateOptions, type ResolvedUpdateOptions, type UpdateOptions } from './options.js';

/** What an update did. */
export type UpdateResult =
  | {
      /** A new list was verified and is now the current list of the cache. */
      status: 'updated';
      list: SanctionsList;
      /** The list with its name index built (`new Screener(prepared)` builds no index again), when `snapshot` is on. */
      prepared?: PreparedList;
      metadata: CacheMetadata;
      /** The list it replaced, if any. */
      previous?: CacheMetadata;
      /** What changed against the list it replaced. */
      diff?: ListDiff;
      attempts: number;
    }
  | {
      /** The server said 304, or sent the very list the cache holds: nothing parsed or written but the validators. */
      status: 'not-modified' | 'unchanged';
      metadata: CacheMetadata;
      attempts: number;
    };

const inFlight = new Map<string, Promise<UpdateResult>>();

/**
 * Fetches the list, verifies it and makes it the current list of the cache.
 * Concurrent calls for the same cache and URL share one download.
 *
 * Verification before a new list is accepted: it parses completely (an HTML
 * error page served with status 200 is not a list); its dateGenerated is not
 * older than the cached one (no rollback); its number of designations has not
 * fallen by more than `maxShrink` (10%). `force` skips the last two.
 *
 * @throws {DownloadError} network error, timeout, HTTP status, size limit, abort.
 * @throws {ListFormatError} the body is not a complete list.
 * @throws {ListVerificationError} rollback or shrink refused.
 * @throws {CacheError} the cache cannot be written.
 *
 * @example
 * ```ts
 * import { updateList } from 'unsc-screen';
 * const result = await updateList({ cacheDir: '/var/cache/unsc-screen' });
 * if (result.status === 'updated') console.log(result.diff?.added.length, 'designations added');
 * ```
 */
export function updateList(options: UpdateOptions): Promise<UpdateResult> {
  let resolved: ResolvedUpdateOptions;
  try {
    resolved = resolveUpdateOptions(options);
  } catch (error) {
    return Promise.reject(error as Error);
  }
  const key = `${resolve(resolved.cacheDir)}\n${resolved.url}`;
  const running = inFlight.get(key);
  if (running !== undefined) return running;
  const update = runUpdate(resolved).finally(() => inFlight.delete(key));
  inFlight.set(key, update);
  return update;
}

async function runUpdate(options: ResolvedUpdateOptions): Promise<UpdateResult> {
  const cache = new ListCache(options.cacheDir);
  const current = cache.current();
  const validators =
    current !== undefined && current.url === options.url
      ? { ...(current.etag === undefined ? {} : { etag: current.etag }), ...(current.lastModified === undefined ? {} : { lastModified: current.lastModified }) }
      : {};
  // The HTTP client (undici) loads on the first update, not with the package.
  const [{ makeDispatcher }, { getWithRetries }] = await Promise.all([import('./http.js'), import('./retry.js')]);
  const dispatcher = makeDispatcher(options);
  let outcome;
  try {
    outcome = await getWithRetries(options, dispatcher, validators);
  } finally {
    if (options.dispatcher === undefined) await dispatcher.close().catch(() => undefined);
  }
  const fetchedAt = new Date().toISOString();
  const etag = outcome.headers['etag'];
  const lastModified = outcome.headers['last-modified'];
  const validatorsNow = { ...(etag === undefined ? {} : { etag }), ...(lastModified === undefined ? {} : { lastModified }) };
  if (outcome.status === 304) {
    if (current === undefined) throw new ListVerificationError(ErrorCodes.LIST_ROLLBACK, `GET ${options.url} answered 304 to a request without validators`);
    return cache.withLock(() => {
      // Another update may have made a newer list current meanwhile: its metadata is not overwritten with ours.
      const now = cache.current();
      if (now === undefined || now.sha256 !== current.sha256) return { status: 'not-modified' as const, metadata: now ?? current, attempts: outcome.attempts };
      // A 304 downloads nothing: fetchedAt stays the download's time, checkedAt says the list was still current now.
      const touched = { ...current, ...validatorsNow, checkedAt: fetchedAt };
      cache.touch(touched);
      return { status: 'not-modified' as const, metadata: touched, attempts: outcome.attempts };
    });
  }
  const list = parseList(outcome.body);
  if (!options.force) verifyContent(list, new Date());
  // What is current is read again under the lock: another update may have finished while this one downloaded.
  return cache.withLock(() => commit(cache, options, outcome, list, { fetchedAt, validatorsNow }));
}

/** Makes the verified list current (under the cache lock). */
function commit(
  cache: ListCache,
  options: ResolvedUpdateOptions,
  outcome: { body: Buffer; attempts: number },
  list: SanctionsList,
  { fetchedAt, validatorsNow }: { fetchedAt: string; validatorsNow: { etag?: string; lastModified?: string } },
): UpdateResult {
  const current = cache.current();
  if (current !== undefined && list.sha256 === current.sha256) {
    const touched = { ...current, ...validatorsNow, url: options.url, fetchedAt, checkedAt: fetchedAt };
    cache.touch(touched);
    return { status: 'unchanged', metadata: touched, attempts: outcome.attempts };
  }
  if (current !== undefined && !options.force) verifyAgainst(list, current, options.maxShrink);
  const prepared = options.snapshot ? PreparedList.build(list) : undefined;
  const metadata = cache.write(
    outcome.body,
    {
      url: options.url,
      ...validatorsNow,
      sha256: list.sha256,
      dateGenerated: list.dateGenerated,
      fetchedAt,
      checkedAt: fetchedAt,
      counts: list.counts,
      bytes: outcome.body.length,
    },
    options.keepVersions,
    prepared?.toSnapshot(),
  );
  let diff: ListDiff | undefined;
  if (current !== undefined) {
    try {
      diff = diffLists(parseList(cache.read(current)), list);
    } catch {
      // The previous version is gone or damaged: the update stands, without a diff.
    }
  }
  return {
    status: 'updated',
    list,
    ...(prepared === undefined ? {} : { prepared }),
    metadata,
    ...(current === undefined ? {} : { previous: current }),
    ...(diff === undefined ? {} : { diff }),
    attempts: outcome.attempts,
  };
}

/** Lists dated more than this after the clock are refused (a day of clock skew allowed). */
const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

/**
 * Refuses a list dated in the future (it would make every genuine list after
 * it a rollback) or holding no designation; `force` accepts both.
 */
function verifyContent(list: SanctionsList, now: Date): void {
  if (list.generatedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw new ListVerificationError(
      ErrorCodes.LIST_FROM_FUTURE,
      `the downloaded list is dated ${list.dateGenerated}, after today (${now.toISOString()}): refused, since every genuine list after it would then be refused as a rollback; use --force (updateList: { force: true }) to accept it`,
    );
  }
  if (list.counts.individuals + list.counts.entities === 0) {
    throw new ListVerificationError(ErrorCodes.LIST_EMPTY, `the downloaded list holds no designation: refused; use --force (updateList: { force: true }) to accept it`);
  }
}

/** Refuses a rollback or a shrink. */
function verifyAgainst(list: SanctionsList, current: CacheMetadata, maxShrink: number): void {
  if (list.generatedAt.getTime() < Date.parse(current.dateGenerated)) {
    throw new ListVerificationError(
      ErrorCodes.LIST_ROLLBACK,
      `the downloaded list (${list.dateGenerated}) is older than the cached one (${current.dateGenerated}): refused; use --force (updateList: { force: true }) to accept it`,
    );
  }
  const before = current.counts.individuals + current.counts.entities;
  const after = list.counts.individuals + list.counts.entities;
  if (after < before * (1 - maxShrink)) {
    throw new ListVerificationError(
      ErrorCodes.LIST_SHRANK,
      `the downloaded list has ${after} designations where the cached one has ${before} (a fall of ${(((before - after) / before) * 100).toFixed(1)}%, more than ${(maxShrink * 100).toFixed(0)}%): refused; use --force (updateList: { force: true }) to accept it`,
    );
  }
}
