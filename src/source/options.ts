/**
 * Options of `updateList` and `loadList`: one typed object, defaults in one
 * frozen object, validation at the boundary.
 */
import type { Dispatcher } from 'undici';
import { ArgumentRangeError, ArgumentTypeError, describeValue, ErrorCodes } from '../errors.js';
import { expectNumberInRange, expectObject } from '../validate.js';

/** Where the UN publishes the list. */
export const UN_LIST_URL = 'https://scsanctions.un.org/resources/xml/en/consolidated.xml';

/** Options of {@link updateList}. */
export interface UpdateOptions {
  /** Directory of the cache (created if missing). Required. */
  cacheDir: string;
  /** @default UN_LIST_URL */
  url?: string;
  /** Abort the update (and its retries). */
  signal?: AbortSignal;
  /** Time to establish a connection. @default 10_000 ms. Range: ≥ 1. */
  connectTimeoutMs?: number;
  /** Time for the whole update, retries included. @default 120_000 ms. Range: ≥ 1. */
  timeoutMs?: number;
  /** Largest accepted body, after decompression. @default 50 MiB. Range: ≥ 1. */
  maxBytes?: number;
  /** Retries on network errors, timeouts, 5xx and 429 (none on other 4xx). @default 3. Range: 0–10. */
  retries?: number;
  /** First backoff delay; doubles each retry, with jitter. @default 1_000 ms. */
  retryMinDelayMs?: number;
  /** Longest backoff delay (and longest Retry-After honoured). @default 30_000 ms. */
  retryMaxDelayMs?: number;
  /** An HTTP(S) proxy URL (undici ProxyAgent). The library never reads HTTPS_PROXY itself. */
  proxy?: string;
  /** Accept a list that is older than the cached one or much shorter. @default false */
  force?: boolean;
  /** Largest accepted fall in the number of designations. @default 0.1 (10%). Range: 0–1. */
  maxShrink?: number;
  /** List versions kept in the cache for diffing. @default 5. Range: 1–100. */
  keepVersions?: number;
  /**
   * Also write the new list's snapshot (list + name index, `PreparedList`)
   * beside it in the cache, so that the next process skips the parse and the
   * index build. Costs one index build per update. @default true
   */
  snapshot?: boolean;
  /** An undici dispatcher to use instead of the one built from the options above (tests, custom TLS). */
  dispatcher?: Dispatcher;
}

export const UPDATE_DEFAULTS = Object.freeze({
  url: UN_LIST_URL,
  connectTimeoutMs: 10_000,
  timeoutMs: 120_000,
  maxBytes: 50 * 1024 * 1024,
  retries: 3,
  retryMinDelayMs: 1_000,
  retryMaxDelayMs: 30_000,
  force: false,
  maxShrink: 0.1,
  keepVersions: 5,
  snapshot: true,
});

export type ResolvedUpdateOptions = Required<Omit<UpdateOptions, 'signal' | 'proxy' | 'dispatcher'>> &
  Pick<UpdateOptions, 'signal' | 'proxy' | 'dispatcher'>;

function number(options: Record<string, unknown>, name: keyof typeof UPDATE_DEFAULTS, min: number, max: number): number {
  return expectNumberInRange(options[name] ?? UPDATE_DEFAULTS[name], name, min, max);
}

/** Validates the options and fills in the defaults. */
export function resolveUpdateOptions(options: UpdateOptions): ResolvedUpdateOptions {
  expectObject(options, 'options');
  if (typeof options.cacheDir !== 'string' || options.cacheDir === '') {
    throw new ArgumentTypeError(ErrorCodes.INVALID_OPTION, `Expected \`cacheDir\` to be a directory path, got ${describeValue(options.cacheDir)}`);
  }
  const url = options.url ?? UPDATE_DEFAULTS.url;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('not http(s)');
  } catch {
    throw new ArgumentRangeError(ErrorCodes.INVALID_OPTION, `Expected \`url\` to be an http(s) URL, got ${describeValue(url)}`);
  }
  const o = options as unknown as Record<string, unknown>;
  return {
    cacheDir: options.cacheDir,
    url,
    connectTimeoutMs: number(o, 'connectTimeoutMs', 1, 600_000),
    timeoutMs: number(o, 'timeoutMs', 1, 3_600_000),
    maxBytes: number(o, 'maxBytes', 1, 2 ** 40),
    retries: number(o, 'retries', 0, 10),
    retryMinDelayMs: number(o, 'retryMinDelayMs', 0, 600_000),
    retryMaxDelayMs: number(o, 'retryMaxDelayMs', 0, 3_600_000),
    force: options.force ?? UPDATE_DEFAULTS.force,
    maxShrink: number(o, 'maxShrink', 0, 1),
    keepVersions: number(o, 'keepVersions', 1, 100),
    snapshot: options.snapshot ?? UPDATE_DEFAULTS.snapshot,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.proxy === undefined ? {} : { proxy: options.proxy }),
    ...(options.dispatcher === undefined ? {} : { dispatcher: options.dispatcher }),
  };
}
