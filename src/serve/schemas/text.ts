/**
 * The JSON Schemas of `POST /v1/text`: the body (a text and the options of
 * `Screener.screenText`) and the answer (`TextScreenResult`), whose alerts
 * are the shipped ScreenResult schema's `Alert`.
 */
import type { JsonSchema } from './json-schema.js';
import { SCREEN_RESULT_DEFINITIONS, SCREEN_RESULT_SCHEMA } from './screen-result.js';

/** The list version a screen ran against (`ListVersion`: no age, unlike a ScreenResult's `list`). */
export const LIST_VERSION_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['dateGenerated', 'sha256'],
  additionalProperties: false,
  properties: { dateGenerated: { type: 'string', minLength: 1 }, sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' } },
};

/** The options a screen ran with (`ScreenOptionsUsed`), as in a ScreenResult. */
export const OPTIONS_USED_SCHEMA = (SCREEN_RESULT_SCHEMA['properties'] as Record<string, JsonSchema>)['options']!;

/** A span of a text: UTF-16 offsets, end exclusive, and the slice itself. */
export const TEXT_SPAN_PROPERTIES: Readonly<Record<string, JsonSchema>> = {
  start: { type: 'integer', minimum: 0, description: 'Offset (UTF-16 code units) of the first character matched.' },
  end: { type: 'integer', minimum: 0, description: 'Offset just after the last character: `text === input.slice(start, end)`.' },
  text: { type: 'string', description: 'The matched slice of the text, line breaks and punctuation included.' },
};

/** The body of `POST /v1/text`. */
export const TEXT_BODY_SCHEMA: JsonSchema = {
  type: 'object',
  description: 'A free text (remittance information, purpose, an unstructured address) and the options of the screen.',
  required: ['text'],
  additionalProperties: false,
  properties: {
    text: { type: 'string', description: 'The text, as the payment or document carries it (line breaks kept). A text longer than 1,000 windows is screened in part and marked `truncated`.' },
    threshold: { type: 'number', exclusiveMinimum: 0, maximum: 1, description: 'Lowest score that alerts (default 0.8).' },
    limit: { type: 'integer', minimum: 1, maximum: 100, description: 'Most hits returned (default 10).' },
  },
};

/** The answer of `POST /v1/text`: `TextScreenResult`. */
export const TEXT_RESULT_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['hits', 'list', 'options', 'truncated'],
  additionalProperties: false,
  properties: {
    hits: {
      type: 'array',
      description: 'Listed names found, in text order; one per designation and span (the best).',
      items: {
        type: 'object',
        required: ['start', 'end', 'text', 'alert'],
        additionalProperties: false,
        properties: { ...TEXT_SPAN_PROPERTIES, alert: SCREEN_RESULT_DEFINITIONS['Alert']! },
      },
    },
    list: LIST_VERSION_SCHEMA,
    options: OPTIONS_USED_SCHEMA,
    truncated: { type: 'boolean', description: 'True when the text had more windows than a text is allowed and the rest were not scored: screen such a text in parts.' },
  },
};
