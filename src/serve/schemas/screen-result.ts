/**
 * The JSON Schema of the library's `ScreenResult`, as the service answers it.
 * It documents the answer in the OpenAPI document and the tests check served
 * answers against it; answers are written with JSON.stringify, not by this
 * schema, so that nothing the library returns can be dropped on the way
 * (a designation's `record` keeps every field the parser read, `extra` too).
 * One file, so that it can give way to the library's own schema of ScreenResult.
 */
import type { JsonSchema } from './json-schema.js';

const NUMBER_0_1: JsonSchema = { type: 'number', minimum: 0, maximum: 1 };

/** `NormalizedQuery`: the validated query, recorded for the audit trail. */
const NORMALIZED_QUERY: JsonSchema = {
  type: 'object',
  required: ['name', 'nationalities', 'countries', 'documents', 'threshold', 'limit'],
  properties: {
    name: { type: 'string' },
    kind: { type: 'string', enum: ['individual', 'entity'] },
    dateOfBirth: {
      type: 'object',
      required: ['year', 'raw'],
      properties: { year: { type: 'integer' }, month: { type: 'integer' }, day: { type: 'integer' }, raw: { type: 'string' } },
    },
    nationalities: { type: 'array', items: { type: 'string' }, description: 'ISO 3166-1 alpha-2 codes.' },
    countries: { type: 'array', items: { type: 'string' }, description: 'ISO 3166-1 alpha-2 codes.' },
    documents: { type: 'array', items: { type: 'string' }, description: 'Letters and digits only, uppercase.' },
    threshold: NUMBER_0_1,
    limit: { type: 'integer', minimum: 1 },
  },
};

/** A designation as parsed (`SanctionsRecord`): the fields every record has; the rest is kept as parsed. */
const RECORD: JsonSchema = {
  type: 'object',
  description: 'The full designation, as parsed (Individual or Entity); every field of the UN XML has a place.',
  required: ['kind', 'referenceNumber', 'dataId', 'name', 'aliases'],
  properties: {
    kind: { type: 'string', enum: ['individual', 'entity'] },
    referenceNumber: { type: 'string' },
    dataId: { type: 'string' },
    unListType: { type: 'string' },
    name: { type: 'string' },
    nameOriginalScript: { type: 'string' },
    aliases: { type: 'array', items: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, quality: { type: 'string' } } } },
    nationality: { type: 'array', items: { type: 'string' } },
    datesOfBirth: { type: 'array', items: { type: 'object' } },
    documents: { type: 'array', items: { type: 'object' } },
    addresses: { type: 'array', items: { type: 'object' } },
  },
};

/** `Alert`: one designation that alerted. */
const ALERT: JsonSchema = {
  type: 'object',
  required: ['referenceNumber', 'listType', 'kind', 'primaryName', 'nameScore', 'score', 'priority', 'evidence', 'alignment', 'reason', 'record'],
  properties: {
    referenceNumber: { type: 'string', description: 'REFERENCE_NUMBER, e.g. QDi.136.' },
    listType: { type: 'string', description: 'The sanctions regime (Al-Qaida, Taliban, DPRK…).' },
    kind: { type: 'string', enum: ['individual', 'entity'] },
    primaryName: { type: 'string' },
    matchedName: {
      type: 'object',
      description: 'The name that matched; absent when only a document number matched.',
      required: ['text', 'source'],
      properties: { text: { type: 'string' }, source: { type: 'string' }, quality: { type: 'string' } },
    },
    nameScore: NUMBER_0_1,
    score: NUMBER_0_1,
    priority: {
      type: 'string',
      enum: ['high', 'normal', 'low'],
      description: 'high: a document, or birth date or nationality agree and nothing conflicts; low: evidence conflicts (a full-name match alerts even below the threshold); normal: the name alone.',
    },
    evidence: {
      type: 'array',
      items: {
        type: 'object',
        required: ['kind', 'outcome', 'detail', 'adjustment'],
        properties: {
          kind: { type: 'string', enum: ['dateOfBirth', 'nationality', 'country', 'document'] },
          outcome: { type: 'string', enum: ['match', 'conflict', 'neutral'] },
          detail: { type: 'string' },
          adjustment: { type: 'number' },
        },
      },
    },
    alignment: {
      type: 'array',
      items: {
        type: 'object',
        required: ['query', 'listed', 'similarity', 'rule'],
        properties: { query: { type: 'string' }, listed: { type: 'string' }, similarity: { type: 'number' }, rule: { type: 'string' } },
      },
    },
    reason: { type: 'string', description: 'One line an analyst can act on.' },
    record: RECORD,
  },
};

/** `ScreenResult`. */
export const SCREEN_RESULT_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['query', 'alerts', 'list', 'options'],
  properties: {
    query: NORMALIZED_QUERY,
    alerts: { type: 'array', items: ALERT },
    list: {
      type: 'object',
      required: ['dateGenerated', 'sha256'],
      properties: { dateGenerated: { type: 'string' }, sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' } },
    },
    options: {
      type: 'object',
      required: ['threshold', 'limit', 'engine'],
      properties: {
        threshold: NUMBER_0_1,
        limit: { type: 'integer' },
        kind: { type: 'string', enum: ['individual', 'entity'] },
        engine: { type: 'string' },
      },
    },
  },
};

/** The answer of `POST /v1/screen/batch`: one result per query, in order. */
export const BATCH_RESULT_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['results'],
  properties: { results: { type: 'array', items: SCREEN_RESULT_SCHEMA } },
};
