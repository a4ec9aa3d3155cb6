/**
 * JSON Schemas of OpenSanctions yente's `POST /match/{dataset}`, as far as
 * this service reads and answers it: FollowTheMoney entities in, scored
 * entities out, so that a yente client can point at this service unchanged.
 */
import type { JsonSchema } from './json-schema.js';

/** FollowTheMoney schemata this service screens: a Person is an individual; an Organization or Company an entity; a LegalEntity either. */
export const FTM_SCHEMATA = ['Person', 'Organization', 'Company', 'LegalEntity'] as const;
export type FtmSchema = (typeof FTM_SCHEMATA)[number];

/** The FollowTheMoney properties read; any other is accepted, echoed and reported as not used. */
export const FTM_PROPERTIES = ['name', 'alias', 'birthDate', 'nationality', 'country', 'idNumber', 'passportNumber'] as const;

/** Names yente calls this dataset by (its own name, and its collections that hold it). */
export const DATASETS = ['un_sc_sanctions', 'sanctions', 'default'] as const;

const VALUES: JsonSchema = { type: 'array', items: { type: 'string', maxLength: 1_000 }, maxItems: 50 };

/** One FollowTheMoney entity to match. */
export const FTM_QUERY_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['schema', 'properties'],
  properties: {
    id: { type: 'string' },
    schema: { type: 'string', enum: [...FTM_SCHEMATA] },
    properties: {
      type: 'object',
      required: ['name'],
      properties: { ...Object.fromEntries(FTM_PROPERTIES.map((name) => [name, VALUES])), name: { ...VALUES, minItems: 1 } },
      additionalProperties: VALUES,
    },
  },
};

/** The body of `POST /match/{dataset}`. */
export const MATCH_BODY_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['queries'],
  properties: {
    queries: { type: 'object', additionalProperties: FTM_QUERY_SCHEMA, minProperties: 1, maxProperties: 1_000 },
    // yente's tuning of its own algorithms: accepted, not used.
    weights: { type: 'object' },
    config: { type: 'object' },
  },
};

export const MATCH_PARAMS_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['dataset'],
  properties: { dataset: { type: 'string', enum: [...DATASETS], description: 'un_sc_sanctions, or the collections sanctions and default.' } },
};

export const MATCH_QUERYSTRING_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    limit: { type: 'string', pattern: '^[0-9]{1,3}$', description: 'Most results per query (1–500, default 5).' },
    threshold: { type: 'string', pattern: '^(0(\\.[0-9]+)?|1(\\.0+)?)$', description: 'Score from which a result is a match (default 0.8, this matcher\'s).' },
    cutoff: { type: 'string', pattern: '^(0(\\.[0-9]+)?|1(\\.0+)?)$', description: 'Lowest score returned (default 0.5).' },
    algorithm: { type: 'string', description: 'yente\'s algorithm name: accepted, not used (there is one matcher).' },
  },
};

/** One result: a listed entity with its score. */
const RESULT_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['id', 'caption', 'schema', 'properties', 'datasets', 'score', 'match', 'features'],
  properties: {
    id: { type: 'string', description: 'The designation\'s REFERENCE_NUMBER (e.g. QDi.136).' },
    caption: { type: 'string' },
    schema: { type: 'string', enum: ['Person', 'Organization'] },
    properties: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
    datasets: { type: 'array', items: { type: 'string' } },
    referents: { type: 'array', items: { type: 'string' } },
    target: { type: 'boolean' },
    first_seen: { type: ['string', 'null'] },
    last_seen: { type: ['string', 'null'] },
    last_change: { type: ['string', 'null'] },
    score: { type: 'number', minimum: 0, maximum: 1 },
    match: { type: 'boolean', description: 'The library alerts at the threshold: score ≥ threshold, or a full-name match (name score ≥ threshold) whose conflicting evidence lowers the score below it (an alert at low priority).' },
    features: { type: 'object', additionalProperties: { type: 'number' }, description: 'The name score and each piece of evidence\'s adjustment.' },
    explanation: { type: 'string', description: 'This matcher\'s one-line reason (not in yente).' },
  },
};

/** The answer of `POST /match/{dataset}`. */
export const MATCH_RESPONSE_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['responses', 'limit'],
  properties: {
    responses: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['status', 'results', 'total', 'query'],
        properties: {
          status: { type: 'integer' },
          results: { type: 'array', items: RESULT_SCHEMA },
          total: { type: 'object', required: ['value', 'relation'], properties: { value: { type: 'integer' }, relation: { type: 'string' } } },
          query: { type: 'object' },
          warnings: { type: 'array', items: { type: 'string' }, description: 'Values not used, and why (not in yente).' },
        },
      },
    },
    limit: { type: 'integer' },
  },
};
