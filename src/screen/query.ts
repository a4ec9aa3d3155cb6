/**
 * What a caller may ask, and its validation at the boundary.
 */
import { ArgumentRangeError, ArgumentTypeError, describeValue, ErrorCodes } from '../errors.js';
import { validateLimit, validateThreshold } from '../validate.js';
import type { RecordKind } from '../types.js';
import { readBirthDate, type QueryBirthDate } from './birth-dates.js';
import { countryCode } from './countries.js';
import { normalizeDocumentNumber } from './documents.js';

/** One party to screen. Only `name` is required. */
export interface ScreenQuery {
  /** The name as the payment or customer file carries it. */
  name: string;
  /** Only designations of this kind. @default both */
  kind?: RecordKind;
  /** Date of birth: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a year as a number. */
  dateOfBirth?: string | number;
  /** Nationality: ISO 3166 alpha-2/alpha-3 code or English name; several allowed. */
  nationality?: string | readonly string[];
  /** A country tied to the party (residence, address, incorporation): code or name; several allowed. */
  country?: string | readonly string[];
  /** Identity document numbers (passport, national ID), with any spacing, dashes or case. */
  document?: string | readonly string[];
  /** Lowest final score that alerts, for this call. @default the Screener's. Range: (0, 1]. */
  threshold?: number;
  /** Most alerts returned, for this call. @default the Screener's (10). Range: a positive integer. */
  limit?: number;
}

/** A validated query, as recorded in every result for the audit trail. */
export interface NormalizedQuery {
  name: string;
  kind?: RecordKind;
  dateOfBirth?: QueryBirthDate;
  /** ISO 3166-1 alpha-2 codes. */
  nationalities: string[];
  /** ISO 3166-1 alpha-2 codes. */
  countries: string[];
  /** Letters and digits only, uppercase. */
  documents: string[];
  threshold: number;
  limit: number;
}

const invalid = (message: string) => new ArgumentRangeError(ErrorCodes.INVALID_QUERY, message);
const wrongType = (message: string) => new ArgumentTypeError(ErrorCodes.INVALID_QUERY, message);

/**
 * Checks and normalizes a query.
 *
 * @throws {ArgumentTypeError} (a TypeError, code `UNSC_ERR_INVALID_QUERY`) for a missing name or a field of the wrong type.
 * @throws {ArgumentRangeError} (a RangeError) for an empty name, an unreadable date, an unknown country, a bad threshold or limit.
 */
export function normalizeQuery(query: unknown, defaults: { threshold: number; limit: number }): NormalizedQuery {
  if (query === null || typeof query !== 'object') {
    throw wrongType(`Expected the query to be an object with a \`name\`, got ${describeValue(query)}`);
  }
  const q = query as Record<string, unknown>;
  if (typeof q['name'] !== 'string') throw wrongType(`Expected \`name\` to be a string, got ${describeValue(q['name'])}`);
  const name = q['name'].trim();
  if (name === '') throw invalid('Expected `name` to be a non-empty string');
  const kind = q['kind'];
  if (kind !== undefined && kind !== 'individual' && kind !== 'entity') {
    throw invalid(`Expected \`kind\` to be "individual" or "entity", got ${describeValue(kind)}`);
  }
  let dateOfBirth: QueryBirthDate | undefined;
  const dob = q['dateOfBirth'];
  if (dob !== undefined && dob !== '') {
    if (typeof dob !== 'string' && typeof dob !== 'number') {
      throw wrongType(`Expected \`dateOfBirth\` to be a string or a year number, got ${describeValue(dob)}`);
    }
    dateOfBirth = readBirthDate(dob);
    if (dateOfBirth === undefined) {
      throw invalid(`Expected \`dateOfBirth\` as YYYY, YYYY-MM or YYYY-MM-DD (a real date), got ${describeValue(dob)}`);
    }
  }
  const threshold = validateThreshold(q['threshold'] ?? defaults.threshold, { aboveZero: true });
  const limit = validateLimit(q['limit'] ?? defaults.limit);
  return {
    name,
    ...(kind === undefined ? {} : { kind }),
    ...(dateOfBirth === undefined ? {} : { dateOfBirth }),
    nationalities: countries(q['nationality'], 'nationality'),
    countries: countries(q['country'], 'country'),
    documents: documents(q['document']),
    threshold,
    limit,
  };
}

function strings(value: unknown, field: string): string[] {
  if (value === undefined || value === '') return [];
  const values = Array.isArray(value) ? value : [value];
  for (const item of values) {
    if (typeof item !== 'string') {
      throw wrongType(`Expected \`${field}\` to be a string or an array of strings, got ${describeValue(value)}`);
    }
  }
  return (values as string[]).map((item) => item.trim()).filter((item) => item !== '');
}

/** Document numbers, normalized; empty ones dropped. */
function documents(value: unknown): string[] {
  const texts = strings(value, 'document');
  // (most queries have none: nothing more to make)
  return texts.length === 0 ? texts : texts.map(normalizeDocumentNumber).filter((doc) => doc !== '');
}

function countries(value: unknown, field: string): string[] {
  const texts = strings(value, field);
  // (most queries have none: no set to make)
  if (texts.length === 0) return texts;
  return [
    ...new Set(
      texts.map((text) => {
        const code = countryCode(text);
        if (code === undefined) {
          throw invalid(`Unknown country in \`${field}\`: ${describeValue(text)}; use an ISO 3166 code (AF, AFG) or an English name`);
        }
        return code;
      }),
    ),
  ];
}
