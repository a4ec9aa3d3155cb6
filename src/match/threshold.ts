/**
 * The default match threshold and its validation.
 */

/** A name score at or above this is an alert (tuned on ../shared/eval, see docs/DESIGN.md). */
export const DEFAULT_THRESHOLD = 0.8;

import { ArgumentRangeError, ErrorCodes, describeValue } from '../errors.js';

/**
 * Returns `threshold` when it is a number in [0, 1].
 *
 * @throws {ArgumentRangeError} (a RangeError, code `UNSC_ERR_INVALID_OPTION`)
 *   "Expected `threshold` to be a number between 0 and 1, got `1.5` (number)"
 */
export function validateThreshold(threshold: unknown, name = 'threshold'): number {
  if (typeof threshold !== 'number' || !Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
    throw new ArgumentRangeError(
      ErrorCodes.INVALID_OPTION,
      `Expected \`${name}\` to be a number between 0 and 1, got ${describeValue(threshold)}`,
    );
  }
  return threshold;
}
