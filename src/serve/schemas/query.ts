/**
 * The JSON Schema of a screening query: the library's `ScreenQuery` fields,
 * no others (a misspelt field is a 400, not silently ignored). The library's
 * own reading (`normalizeQuery`) still runs after it and has the last word
 * on values a schema cannot judge: a date or a country it cannot read is a
 * warning in the result (`warnings`), and the name is screened.
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
    id: { type: ['string', 'number'], description: 'Your key for this party (customer number, payment reference): it comes back on the result.' },
    name: { type: 'string', minLength: 1, maxLength: MAX_NAME_LENGTH, description: 'The name as the payment or customer file carries it.' },
    kind: {
      type: 'string',
      maxLength: 40,
      description: 'Only designations of this kind: individual or entity (person, organization, company read too; another value screens both kinds, with a warning).',
    },
    dateOfBirth: {
      anyOf: [{ type: 'string', maxLength: 40 }, { type: 'integer', minimum: 1000, maximum: 9999 }],
      description: 'YYYY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY, DD.MM.YYYY, 1 June 1958, or a year as a number (an unreadable date is a warning).',
    },
    nationality: { ...STRING_OR_STRINGS, description: 'ISO 3166 code, name (en, es, fr, pt), common name or demonym; several allowed (an unknown one is a warning).' },
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
