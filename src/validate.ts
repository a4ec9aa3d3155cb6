/**
 * The checks every public entry point makes of its arguments, written once:
 * a wrong type is an {@link ArgumentTypeError}, a value out of range an
 * {@link ArgumentRangeError}, each with a stable `UNSC_` code and a message
 * that names the argument and shows what was given.
 *
 * @example
 * ```ts
 * validateThreshold(1.5); // throws ArgumentRangeError UNSC_ERR_INVALID_OPTION:
 * // Expected `threshold` to be a number between 0 and 1, got `1.5` (number)
 * ```
 */
import { ArgumentRangeError, ArgumentTypeError, describeValue, ErrorCodes, type ErrorCode } from './errors.js';
import type { SanctionsList } from './types.js';

/**
 * Returns `value` when it is a string.
 * @throws {ArgumentTypeError} with `code` (default `UNSC_ERR_INVALID_ARGUMENT`).
 */
export function expectString(value: unknown, name: string, code: ErrorCode = ErrorCodes.INVALID_ARGUMENT): string {
  if (typeof value !== 'string') throw new ArgumentTypeError(code, `Expected \`${name}\` to be a string, got ${describeValue(value)}`);
  return value;
}

/**
 * Returns `value` when it is an object (not null, not an array): an options
 * bag, a query. `undefined` gives `{}` when `optional`.
 * @throws {ArgumentTypeError} with `code` (default `UNSC_ERR_INVALID_OPTION`).
 */
export function expectObject(value: unknown, name: string, code: ErrorCode = ErrorCodes.INVALID_OPTION, optional = false): Record<string, unknown> {
  if (value === undefined && optional) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ArgumentTypeError(code, `Expected \`${name}\` to be an object, got ${describeValue(value)}`);
  }
  return value as Record<string, unknown>;
}

/**
 * Returns `value` when it is an array.
 * @throws {ArgumentTypeError} with `code` (default `UNSC_ERR_INVALID_ARGUMENT`).
 */
export function expectArray(value: unknown, name: string, code: ErrorCode = ErrorCodes.INVALID_ARGUMENT): readonly unknown[] {
  if (!Array.isArray(value)) throw new ArgumentTypeError(code, `Expected \`${name}\` to be an array, got ${describeValue(value)}`);
  return value;
}

/**
 * Returns `value` when it is a finite number from `min` to `max`.
 * @throws {ArgumentRangeError} with `code` (default `UNSC_ERR_INVALID_OPTION`).
 */
export function expectNumberInRange(value: unknown, name: string, min: number, max: number, code: ErrorCode = ErrorCodes.INVALID_OPTION): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new ArgumentRangeError(code, `Expected \`${name}\` to be a number from ${min} to ${max}, got ${describeValue(value)}`);
  }
  return value;
}

/**
 * Returns `value` when it is one of `allowed` (an enumerated option: `dateOrder`, `strict`).
 * @throws {ArgumentRangeError} with `code` (default `UNSC_ERR_INVALID_OPTION`).
 */
export function expectOneOf<T extends string | boolean>(value: unknown, name: string, allowed: readonly T[], code: ErrorCode = ErrorCodes.INVALID_OPTION): T {
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw new ArgumentRangeError(code, `Expected \`${name}\` to be ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${describeValue(value)}`);
  }
  return value as T;
}

/**
 * Returns `value` when it is a valid Date.
 * @throws {ArgumentTypeError} (`UNSC_ERR_INVALID_OPTION`) otherwise.
 */
export function expectDate(value: unknown, name: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new ArgumentTypeError(ErrorCodes.INVALID_OPTION, `Expected \`${name}\` to be a valid Date, got ${describeValue(value)}`);
  }
  return value;
}

/**
 * Returns `threshold` when it is a number in [0, 1], or in (0, 1] when
 * `aboveZero` (a screen or a search: a threshold of 0 would return every name).
 *
 * @throws {ArgumentRangeError} (a RangeError, code `UNSC_ERR_INVALID_OPTION`)
 *   "Expected `threshold` to be a number between 0 and 1, got `1.5` (number)"
 */
export function validateThreshold(threshold: unknown, options: { name?: string; aboveZero?: boolean } = {}): number {
  const name = options.name ?? 'threshold';
  if (typeof threshold !== 'number' || !Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
    throw new ArgumentRangeError(ErrorCodes.INVALID_OPTION, `Expected \`${name}\` to be a number between 0 and 1, got ${describeValue(threshold)}`);
  }
  if (threshold === 0 && options.aboveZero === true) {
    throw new ArgumentRangeError(ErrorCodes.INVALID_OPTION, `Expected \`${name}\` to be above 0, got \`0\` (number)`);
  }
  return threshold;
}

/**
 * Returns `limit` when it is a positive integer.
 * @throws {ArgumentRangeError} (`UNSC_ERR_INVALID_OPTION`) otherwise.
 */
export function validateLimit(limit: unknown, name = 'limit'): number {
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
    throw new ArgumentRangeError(ErrorCodes.INVALID_OPTION, `Expected \`${name}\` to be a positive integer, got ${describeValue(limit)}`);
  }
  return limit;
}

/**
 * Returns `value` when it looks like a parsed list (what `parseList` returns):
 * an object with `records`, `individuals` and `entities` arrays and a `sha256`.
 * @throws {ArgumentTypeError} (`UNSC_ERR_INVALID_ARGUMENT`) otherwise.
 */
export function expectList(value: unknown, name = 'list'): SanctionsList {
  const list = value as Partial<SanctionsList> | null;
  if (
    list === null ||
    typeof list !== 'object' ||
    !Array.isArray(list.records) ||
    !Array.isArray(list.individuals) ||
    !Array.isArray(list.entities) ||
    typeof list.sha256 !== 'string'
  ) {
    throw new ArgumentTypeError(ErrorCodes.INVALID_ARGUMENT, `Expected \`${name}\` to be a list made by parseList, got ${describeValue(value)}`);
  }
  return value as SanctionsList;
}
