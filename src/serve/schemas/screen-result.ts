/**
 * The JSON Schema of the library's `ScreenResult`, as the service answers it:
 * the one the package ships (`schema/screen-result.schema.json`, the schema
 * of `Screener.screen`, `screen --json` and batch JSONL), its `definitions`
 * inlined so that it stands alone in the OpenAPI document. It documents the
 * answer and the tests check served answers against it; answers are written
 * with JSON.stringify, not by this schema, so that nothing the library
 * returns can be dropped on the way (a designation's `record` keeps every
 * field the parser read, `extra` too).
 */
import { readFileSync } from 'node:fs';
import type { JsonSchema } from './json-schema.js';

/** The shipped schema file: at the package root, three folders above this module in `src/` as in `dist/`. */
const SHIPPED = new URL('../../../schema/screen-result.schema.json', import.meta.url);

/** `value` with every `{ $ref: '#/definitions/X' }` replaced by definition X (the shipped schema has no cycle). */
function inline(value: unknown, definitions: Record<string, unknown>): unknown {
  if (Array.isArray(value)) return value.map((item) => inline(item, definitions));
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  const ref = object['$ref'];
  if (typeof ref === 'string' && ref.startsWith('#/definitions/')) {
    const { $ref: _ref, ...rest } = object;
    const target = inline(definitions[ref.slice('#/definitions/'.length)], definitions) as Record<string, unknown>;
    return { ...target, ...(inline(rest, definitions) as Record<string, unknown>) };
  }
  return Object.fromEntries(Object.entries(object).map(([key, item]) => [key, inline(item, definitions)]));
}

const shipped = JSON.parse(readFileSync(SHIPPED, 'utf8')) as Record<string, unknown>;
const { $schema: _schema, $id: _id, definitions = {}, ...shippedRoot } = shipped as { definitions?: Record<string, unknown> } & Record<string, unknown>;

/**
 * The shipped schema's definitions (`Alert`, `ScreenWarning`, `RecordKind`…), each standing alone:
 * the text and payment answers are made of the same alerts.
 */
export const SCREEN_RESULT_DEFINITIONS: Readonly<Record<string, JsonSchema>> = Object.fromEntries(
  Object.keys(definitions).map((name) => [name, inline(definitions[name], definitions) as JsonSchema]),
);

/** `ScreenResult` (with the query's `id`, the `warnings` and the list's `ageDays`). */
export const SCREEN_RESULT_SCHEMA: JsonSchema = inline(shippedRoot, definitions) as JsonSchema;

/** The answer of `POST /v1/screen/batch`: one result per query, in order. */
export const BATCH_RESULT_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['results'],
  properties: { results: { type: 'array', items: SCREEN_RESULT_SCHEMA } },
};
