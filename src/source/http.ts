/**
 * One GET of the list with undici: connect and total timeouts, an abort
 * signal, a size limit (after decompression), gzip/deflate/br, a proxy, and
 * conditional headers. Retries live in retry.ts.
 */
import { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { Agent, interceptors, ProxyAgent, request, type Dispatcher } from 'undici';
import { DownloadError, ErrorCodes } from '../errors.js';
import type { ResolvedUpdateOptions } from './options.js';

/** What the server answered. */
export type HttpOutcome =
  | { status: 304; headers: Record<string, string> }
  | { status: 200; headers: Record<string, string>; body: Buffer };

/** The validators of the cached copy, for a conditional request. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** A dispatcher from the options: a proxy when one is given, redirects followed. */
export function makeDispatcher(options: ResolvedUpdateOptions): Dispatcher {
  if (options.dispatcher !== undefined) return options.dispatcher;
  const connect = { timeout: options.connectTimeoutMs };
  const base = options.proxy === undefined ? new Agent({ connect }) : new ProxyAgent({ uri: options.proxy, connect, proxyTls: connect, requestTls: connect });
  return base.compose(interceptors.redirect({ maxRedirections: 5 }));
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

/** An error that a retry may cure (network, timeout, 5xx, 429), and how long the server asked to wait. */
export class RetryableError extends Error {
  constructor(
    readonly error: DownloadError,
    readonly retryAfterMs: number | undefined,
  ) {
    super(error.message);
  }
}

/**
 * Sends one GET. Resolves with 200 (body read, decompressed, within the
 * limit) or 304. Throws RetryableError for what a retry may cure, and
 * DownloadError for what it may not (other 4xx, a body over the limit, an abort).
 */
export async function getOnce(
  options: ResolvedUpdateOptions,
  dispatcher: Dispatcher,
  validators: Validators,
  signal: AbortSignal,
): Promise<HttpOutcome> {
  const url = options.url;
  const headers: Record<string, string> = {
    'accept-encoding': 'gzip, deflate, br',
    accept: 'application/xml, text/xml;q=0.9, */*;q=0.1',
    'user-agent': 'unsc-screen (+https://www.npmjs.com/package/unsc-screen)',
  };
  if (validators.etag !== undefined) headers['if-none-match'] = validators.etag;
  if (validators.lastModified !== undefined) headers['if-modified-since'] = validators.lastModified;
  let response: Dispatcher.ResponseData;
  try {
    response = await request(url, { method: 'GET', headers, dispatcher, signal, headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs });
  } catch (error) {
    throw classify(error, url, signal);
  }
  const responseHeaders: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    const text = headerValue(value);
    if (text !== undefined) responseHeaders[name.toLowerCase()] = text;
  }
  const status = response.statusCode;
  if (status === 304) {
    await response.body.dump();
    return { status: 304, headers: responseHeaders };
  }
  if (status !== 200) {
    await response.body.dump().catch(() => undefined);
    const error = new DownloadError(ErrorCodes.DOWNLOAD_HTTP_STATUS, `GET ${url} answered HTTP ${status}`, { url, status });
    if (status >= 500 || status === 429) throw new RetryableError(error, retryAfterMs(responseHeaders['retry-after']));
    throw error;
  }
  const declared = Number(responseHeaders['content-length']);
  const encoding = (responseHeaders['content-encoding'] ?? 'identity').toLowerCase().trim();
  if (encoding === 'identity' && Number.isFinite(declared) && declared > options.maxBytes) {
    response.body.destroy();
    throw tooLarge(url, options.maxBytes);
  }
  const body = await readBody(response.body, encoding, options.maxBytes, url, signal);
  return { status: 200, headers: responseHeaders, body };
}

async function readBody(source: Readable, encoding: string, maxBytes: number, url: string, signal: AbortSignal): Promise<Buffer> {
  let stream: Readable = source;
  if (encoding === 'gzip' || encoding === 'x-gzip') stream = source.pipe(createGunzip());
  else if (encoding === 'deflate') stream = source.pipe(createInflate());
  else if (encoding === 'br') stream = source.pipe(createBrotliDecompress());
  else if (encoding !== 'identity') {
    source.destroy();
    throw new DownloadError(ErrorCodes.DOWNLOAD_FAILED, `GET ${url} sent an unknown content-encoding "${encoding}"`, { url, status: 200 });
  }
  if (stream !== source) source.on('error', (error) => stream.destroy(error));
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) {
        source.destroy();
        stream.destroy();
        throw tooLarge(url, maxBytes);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof DownloadError) throw error;
    throw classify(error, url, signal);
  }
  return Buffer.concat(chunks, size);
}

function tooLarge(url: string, maxBytes: number): DownloadError {
  return new DownloadError(ErrorCodes.DOWNLOAD_TOO_LARGE, `GET ${url}: the body is larger than maxBytes (${maxBytes} bytes)`, { url, status: 200 });
}

/** A network failure or a timeout (retryable), or an abort by the caller (not). */
function classify(error: unknown, url: string, signal: AbortSignal): Error {
  if (error instanceof DownloadError || error instanceof RetryableError) return error;
  const reason = signal.reason as { name?: string } | undefined;
  if (signal.aborted && reason?.name !== 'TimeoutError') {
    return new DownloadError(ErrorCodes.DOWNLOAD_ABORTED, `GET ${url} was aborted`, { url }, { cause: error });
  }
  const code = (error as { code?: string }).code ?? '';
  const timedOut = signal.aborted || /TIMEOUT/i.test(code) || (error as Error).name === 'TimeoutError';
  const wrapped = new DownloadError(
    timedOut ? ErrorCodes.DOWNLOAD_TIMEOUT : ErrorCodes.DOWNLOAD_FAILED,
    timedOut ? `GET ${url} timed out` : `GET ${url} failed: ${(error as Error).message}${code === '' ? '' : ` (${code})`}`,
    { url },
    { cause: error },
  );
  return new RetryableError(wrapped, undefined);
}

/** Retry-After as milliseconds: seconds, or an HTTP date. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
