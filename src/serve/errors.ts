/**
 * What the service answers when a request fails: a status and a body
 * `{ code, message }` with a stable `UNSC_` code, never a stack trace.
 */
import type { JsonSchema } from './schemas/json-schema.js';

/** Codes of the service's own failures; a query the library refuses keeps the library's code. */
export const HttpErrorCodes = Object.freeze({
  MALFORMED_JSON: 'UNSC_ERR_MALFORMED_JSON',
  BODY_TOO_LARGE: 'UNSC_ERR_BODY_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSC_ERR_UNSUPPORTED_MEDIA_TYPE',
  NOT_FOUND: 'UNSC_ERR_NOT_FOUND',
  METHOD_NOT_ALLOWED: 'UNSC_ERR_METHOD_NOT_ALLOWED',
  UNAUTHORIZED: 'UNSC_ERR_UNAUTHORIZED',
  NOT_READY: 'UNSC_ERR_NOT_READY',
  TIMEOUT: 'UNSC_ERR_REQUEST_TIMEOUT',
  BAD_REQUEST: 'UNSC_ERR_BAD_REQUEST',
  INTERNAL: 'UNSC_ERR_INTERNAL',
} as const);

/** An error with the HTTP status and code to answer. */
export class HttpError extends Error {
  override name = 'HttpError' as const;

  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The body of every error answer. */
export const ERROR_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['code', 'message'],
  properties: {
    code: { type: 'string', pattern: '^UNSC_', description: 'Stable: match on it, never on `message`.' },
    message: { type: 'string' },
  },
};
