/**
 * Typed errors with stable codes. Match on `code`, never on `message`.
 *
 * @example
 * ```ts
 * import { parseList, UnscScreenError } from 'unsc-screen';
 * try {
 *   parseList('<html></html>');
 * } catch (error) {
 *   if (error instanceof UnscScreenError && error.code === 'UNSC_ERR_NOT_CONSOLIDATED_LIST') {
 *     // not a UN list
 *   }
 * }
 * ```
 */

/** Every error code this library throws. */
export const ErrorCodes = Object.freeze({
  NOT_XML: 'UNSC_ERR_NOT_XML',
  NOT_CONSOLIDATED_LIST: 'UNSC_ERR_NOT_CONSOLIDATED_LIST',
  TRUNCATED: 'UNSC_ERR_TRUNCATED',
  MISSING_REFERENCE_NUMBER: 'UNSC_ERR_MISSING_REFERENCE_NUMBER',
  DOCTYPE_NOT_ALLOWED: 'UNSC_ERR_DOCTYPE_NOT_ALLOWED',
  UNSUPPORTED_ENCODING: 'UNSC_ERR_UNSUPPORTED_ENCODING',
  DOWNLOAD_FAILED: 'UNSC_ERR_DOWNLOAD_FAILED',
  DOWNLOAD_TIMEOUT: 'UNSC_ERR_DOWNLOAD_TIMEOUT',
  DOWNLOAD_TOO_LARGE: 'UNSC_ERR_DOWNLOAD_TOO_LARGE',
  DOWNLOAD_HTTP_STATUS: 'UNSC_ERR_DOWNLOAD_HTTP_STATUS',
  DOWNLOAD_ABORTED: 'UNSC_ERR_DOWNLOAD_ABORTED',
  LIST_ROLLBACK: 'UNSC_ERR_LIST_ROLLBACK',
  LIST_SHRANK: 'UNSC_ERR_LIST_SHRANK',
  LIST_FROM_FUTURE: 'UNSC_ERR_LIST_FROM_FUTURE',
  LIST_EMPTY: 'UNSC_ERR_LIST_EMPTY',
  LIST_TOO_OLD: 'UNSC_ERR_LIST_TOO_OLD',
  CACHE_FAILED: 'UNSC_ERR_CACHE_FAILED',
  INVALID_QUERY: 'UNSC_ERR_INVALID_QUERY',
  /** An argument that is neither a query nor an option is of the wrong type (`parseList(123)`, `new Screener({})`). */
  INVALID_ARGUMENT: 'UNSC_ERR_INVALID_ARGUMENT',
  INVALID_OPTION: 'UNSC_ERR_INVALID_OPTION',
  BAD_ROW: 'UNSC_ERR_BAD_ROW',
  SNAPSHOT_STALE: 'UNSC_ERR_SNAPSHOT_STALE',
  SNAPSHOT_CORRUPT: 'UNSC_ERR_SNAPSHOT_CORRUPT',
  PAYMENT_FORMAT: 'UNSC_ERR_PAYMENT_FORMAT',
  BAD_DECISIONS: 'UNSC_ERR_BAD_DECISIONS',
  OUTPUT_FAILED: 'UNSC_ERR_OUTPUT_FAILED',
  /** The list shipped in the package is not beside its code: a bundle (esbuild, webpack, a zip) does not carry it. */
  BUNDLED_LIST_MISSING: 'UNSC_ERR_BUNDLED_LIST_MISSING',
} as const);

/** One of the stable error codes in {@link ErrorCodes}. */
export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/**
 * Base class of every error unsc-screen throws on purpose. `instanceof
 * UnscScreenError` is also true of {@link ArgumentTypeError} and
 * {@link ArgumentRangeError}, which extend the built-in TypeError and
 * RangeError so that callers may catch those too.
 */
export class UnscScreenError extends Error {
  override name: string = 'UnscScreenError';
  /** Stable machine-readable code, e.g. `UNSC_ERR_TRUNCATED`. */
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this !== UnscScreenError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return (
      Function.prototype[Symbol.hasInstance].call(UnscScreenError, value) ||
      value instanceof ArgumentTypeError ||
      value instanceof ArgumentRangeError
    );
  }
}

/** An argument, query or option of the wrong type (`UNSC_ERR_INVALID_ARGUMENT`, `…_QUERY` or `…_OPTION`). */
export class ArgumentTypeError extends TypeError {
  override name = 'ArgumentTypeError' as const;
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** A query or option value out of range (`UNSC_ERR_INVALID_QUERY` or `UNSC_ERR_INVALID_OPTION`). */
export class ArgumentRangeError extends RangeError {
  override name = 'ArgumentRangeError' as const;
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * Describes a value for an error message: "`1.5` (number)".
 */
export function describeValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return `\`${text}\` (${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value})`;
}

/** Where in the document a format error was found. */
export interface ListFormatErrorDetails {
  /** 1-based line in the XML, when known. */
  line?: number;
  /** 1-based column in the XML, when known. */
  column?: number;
  /** 1-based position of the record among its siblings (INDIVIDUAL or ENTITY). */
  recordPosition?: number;
  /** The record's kind, when the error concerns one record. */
  recordKind?: 'individual' | 'entity';
  /** The record's DATAID, when it has one. */
  dataId?: string;
}

/** The bytes are not a complete, well-formed UN Consolidated List. */
export class ListFormatError extends UnscScreenError {
  override name = 'ListFormatError' as const;
  readonly details: ListFormatErrorDetails;

  constructor(
    code: ErrorCode,
    message: string,
    details: ListFormatErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
    this.details = details;
  }
}

/** What went wrong with a download, for the caller and the audit log. */
export interface DownloadErrorDetails {
  url: string;
  /** HTTP status, when the server answered. */
  status?: number;
  /** Attempts made (1 + retries). */
  attempts?: number;
}

/**
 * The list could not be downloaded: network error, timeout, HTTP error
 * status, a body over the size limit, or an abort. Codes
 * `UNSC_ERR_DOWNLOAD_FAILED`, `…_TIMEOUT`, `…_HTTP_STATUS`, `…_TOO_LARGE`, `…_ABORTED`.
 */
export class DownloadError extends UnscScreenError {
  override name = 'DownloadError' as const;
  readonly details: DownloadErrorDetails;

  constructor(code: ErrorCode, message: string, details: DownloadErrorDetails, options?: { cause?: unknown }) {
    super(code, message, options);
    this.details = details;
  }
}

/**
 * A downloaded list was refused before it could replace the cached one:
 * older than the cached list (`UNSC_ERR_LIST_ROLLBACK`) or much shorter
 * (`UNSC_ERR_LIST_SHRANK`). A broken document is a {@link ListFormatError}.
 */
export class ListVerificationError extends UnscScreenError {
  override name = 'ListVerificationError' as const;
}

/** The cache directory could not be read or written (`UNSC_ERR_CACHE_FAILED`). */
export class CacheError extends UnscScreenError {
  override name = 'CacheError' as const;
}

/** The only list at hand is older than the caller accepts (`UNSC_ERR_LIST_TOO_OLD`). */
export class StaleListError extends UnscScreenError {
  override name = 'StaleListError' as const;
}

/**
 * A prepared snapshot (list + index) that must not be used: made for another
 * list, package version or scoring model (`UNSC_ERR_SNAPSHOT_STALE`), or
 * damaged: truncated, a byte changed, not a snapshot (`UNSC_ERR_SNAPSHOT_CORRUPT`).
 * Whoever reads one ignores it, says so, and builds the index from the list.
 */
export class SnapshotError extends UnscScreenError {
  override name = 'SnapshotError' as const;
}

