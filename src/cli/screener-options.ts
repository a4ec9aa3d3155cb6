/**
 * What every screening command (screen, explain) takes from the command line:
 * the party's fields (--id, --kind, --dob, --nationality, --country,
 * --document, --threshold) and the Screener options (--strict, --date-order,
 * --max-list-age-days).
 */
import type { ScreenQuery } from '../screen/query.js';
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

/** The node:util parseArgs definitions of the party's fields. */
export const QUERY_ARGS = {
  id: { type: 'string' },
  kind: { type: 'string' },
  dob: { type: 'string' },
  nationality: { type: 'string' },
  country: { type: 'string' },
  document: { type: 'string' },
  threshold: { type: 'string' },
} as const;

type QueryValues = { [K in keyof typeof QUERY_ARGS]?: string | undefined };

/** Several values in one option: "DZ;ML" or "DZ, ML". */
const several = (value: string | undefined) => (value === undefined ? undefined : value.split(/\s*[;,]\s*/).filter(Boolean));

/** The query for `name` from `values` (parsed with {@link QUERY_ARGS}); a bad threshold is a usage error. */
export function cliQuery(name: string, values: QueryValues): ScreenQuery {
  const threshold = numberOption(values.threshold, 'threshold', Number.MIN_VALUE, 1);
  return {
    ...(values.id === undefined ? {} : { id: values.id }),
    name,
    ...(values.kind === undefined ? {} : { kind: values.kind }),
    ...(values.dob === undefined ? {} : { dateOfBirth: values.dob }),
    ...(values.nationality === undefined ? {} : { nationality: several(values.nationality)! }),
    ...(values.country === undefined ? {} : { country: several(values.country)! }),
    ...(values.document === undefined ? {} : { document: several(values.document)! }),
    ...(threshold === undefined ? {} : { threshold }),
  };
}
