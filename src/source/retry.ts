/**
 * GET with retries: exponential backoff with full jitter on network errors,
 * timeouts, 5xx and 429 (honouring Retry-After); none on other 4xx.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Dispatcher } from 'undici';
import { DownloadError, ErrorCodes } from '../errors.js';
import { getOnce, RetryableError, type HttpOutcome, type Validators } from './http.js';
import type { ResolvedUpdateOptions } from './options.js';

/** The delay before retry `attempt` (1-based): min × 2^(attempt−1), capped, with full jitter. */
export function backoffMs(attempt: number, options: Pick<ResolvedUpdateOptions, 'retryMinDelayMs' | 'retryMaxDelayMs'>, random = Math.random): number {
  const ceiling = Math.min(options.retryMaxDelayMs, options.retryMinDelayMs * 2 ** (attempt - 1));
  return ceiling / 2 + random() * (ceiling / 2);
}

/** GETs the list, retrying what may be cured; the total time is bounded by `timeoutMs`. */
export async function getWithRetries(options: ResolvedUpdateOptions, dispatcher: Dispatcher, validators: Validators): Promise<HttpOutcome & { attempts: number }> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal === undefined ? timeout : AbortSignal.any([options.signal, timeout]);
  let attempt = 0;
  for (;;) {
    attempt++;
    try {
      const outcome = await getOnce(options, dispatcher, validators, signal);
      return { ...outcome, attempts: attempt };
    } catch (error) {
      if (!(error instanceof RetryableError)) throw withAttempts(error, attempt);
      if (attempt > options.retries) throw withAttempts(error.error, attempt);
      const delay = Math.min(options.retryMaxDelayMs, error.retryAfterMs ?? backoffMs(attempt, options));
      try {
        await sleep(delay, undefined, { signal });
      } catch {
        const timedOut = !options.signal?.aborted;
        throw new DownloadError(
          timedOut ? ErrorCodes.DOWNLOAD_TIMEOUT : ErrorCodes.DOWNLOAD_ABORTED,
          `GET ${options.url} ${timedOut ? `timed out after ${attempt} attempts` : 'was aborted'} (last: ${error.message})`,
          { url: options.url, attempts: attempt },
          { cause: error.error },
        );
      }
    }
  }
}

function withAttempts(error: unknown, attempts: number): unknown {
  if (error instanceof DownloadError) {
    (error.details as { attempts?: number }).attempts = attempts;
  }
  return error;
}
