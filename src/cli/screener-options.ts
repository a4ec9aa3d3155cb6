/**
 * The Screener options every screening command takes from the command line:
 * --strict, --date-order and --max-list-age-days.
 */
import type { DateOrder } from '../screen/query-dates.js';
import { numberOption } from './args.js';
import { UsageError } from './usage.js';

/** The node:util parseArgs definitions of these options. */
export const SCREENER_ARGS = {
  strict: { type: 'boolean' },
  'date-order': { type: 'string' },
  'max-list-age-days': { type: 'string' },
} as const;

/** The Screener options of `values` (parsed with {@link SCREENER_ARGS}); a bad value is a usage error. */
export function cliScreenerOptions(values: { strict?: boolean | undefined; 'date-order'?: string | undefined; 'max-list-age-days'?: string | undefined }): {
  strict: boolean;
  dateOrder?: DateOrder;
  maxListAgeDays?: number;
} {
  const order = values['date-order'];
  if (order !== undefined && order !== 'dmy' && order !== 'mdy' && order !== 'auto') {
    throw new UsageError(`--date-order must be dmy, mdy or auto, got "${order}"`);
  }
  const maxListAgeDays = numberOption(values['max-list-age-days'], 'max-list-age-days', 0, 1_000_000);
  return {
    strict: values.strict === true,
    ...(order === undefined ? {} : { dateOrder: order }),
    ...(maxListAgeDays === undefined ? {} : { maxListAgeDays }),
  };
}
