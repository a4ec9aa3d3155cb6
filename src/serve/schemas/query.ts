/**
 * The JSON Schema of a screening query: the library's `ScreenQuery` fields,
 * no others (a misspelt field is a 400, not silently ignored). The library's
 * own validation (`normalizeQuery`) still runs after it and has the last word
 * on values a schema cannot judge (a real date, a known country).
 */
import { STRING_OR_STRINGS, type JsonSchema } from './json-schema.js';

/** Longest name accepted: a payment field is at most a few hundred characters. */
export const MAX_NAME_LENGTH = 1_000;

/** Most queries in one `POST /v1/screen/batch`. */
export const MAX_BATCH_QUERIES = 1_000;

/** `ScreenQuery` as JSON. */
export const SCREEN_QUERY_SCHEMA: JsonSchema = {
  type: 'object',
  description: 'One party to screen. Only `name` is required.',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: MAX_NAME_LENGTH, description: 'The name as the payment or customer file carries it.' },
    kind: { type: 'string', enum: ['individual', 'entity'], description: 'Only designations of this kind (default: both).' },
    dateOfBirth: {
      anyOf: [{ type: 'string', maxLength: 10 }, { type: 'integer', minimum: 1000, maximum: 9999 }],
      description: 'YYYY, YYYY-MM or YYYY-MM-DD, or a year as a number.',
    },
    nationality: { ...STRING_OR_STRINGS, description: 'ISO 3166 alpha-2/alpha-3 code or English name; several allowed.' },
    country: { ...STRING_OR_STRINGS, description: 'A country tied to the party (residence, address, incorporation); several allowed.' },
    document: { ...STRING_OR_STRINGS, description: 'Passport or national ID numbers, any punctuation.' },
    threshold: { type: 'number', exclusiveMinimum: 0, maximum: 1, description: 'Lowest final score that alerts (default 0.8).' },
    limit: { type: 'integer', minimum: 1, maximum: 100, description: 'Most alerts returned (default 10).' },
  },
};

/** The body of `POST /v1/screen/batch`. */
export const BATCH_BODY_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['queries'],
  additionalProperties: false,
  properties: {
    queries: { type: 'array', minItems: 1, maxItems: MAX_BATCH_QUERIES, items: SCREEN_QUERY_SCHEMA },
  },
};
