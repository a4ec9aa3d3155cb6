/**
 * The JSON Schema subset the service's schemas use: the same object validates
 * requests (fastify's Ajv) and is written into the OpenAPI 3.1 document, so
 * that the document cannot drift from what is enforced. Keep to keywords
 * that draft-07 (Ajv's default) and 2020-12 (OpenAPI 3.1) read alike.
 */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** A string, or an array of strings: the library's `nationality`, `country`, `document`. */
export const STRING_OR_STRINGS: JsonSchema = {
  anyOf: [
    { type: 'string', maxLength: 200 },
    { type: 'array', items: { type: 'string', maxLength: 200 }, maxItems: 20 },
  ],
};
