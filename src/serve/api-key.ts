/**
 * The API key check: the key travels as `Authorization: Bearer KEY` or
 * `X-API-Key: KEY`, and is compared in constant time (the sha256 digests of
 * both, with crypto.timingSafeEqual, so that neither the content nor the
 * length of the key leaks through timing).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * A checker for one key.
 *
 * @example
 * ```ts
 * const allowed = apiKeyChecker('s3cret');
 * allowed({ authorization: 'Bearer s3cret' }); // true
 * allowed({ 'x-api-key': 'guess' });          // false
 * ```
 */
export function apiKeyChecker(key: string): (headers: IncomingHttpHeaders) => boolean {
  const expected = digest(key);
  return (headers) => {
    const presented = presentedKey(headers);
    // Always one comparison, key or not, so that a missing key costs the same time.
    const same = timingSafeEqual(digest(presented ?? ''), expected);
    return presented !== undefined && same;
  };
}

function presentedKey(headers: IncomingHttpHeaders): string | undefined {
  const header = headers['x-api-key'];
  if (typeof header === 'string' && header !== '') return header;
  const authorization = headers.authorization;
  if (authorization === undefined) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  return match?.[1];
}
