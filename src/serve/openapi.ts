/**
 * The OpenAPI 3.1 document of the service, made from the routes' own schemas
 * (the ones fastify validates with), so that it says what is enforced.
 */
import { ENGINE } from '../engine.js';
import { ERROR_SCHEMA } from './errors.js';
import { routePath, type Route } from './route.js';

const ERRORS: Record<number, string> = {
  400: 'Malformed JSON, a field of the wrong type or value, an unknown field (`UNSC_ERR_MALFORMED_JSON`, `UNSC_ERR_INVALID_QUERY`, `UNSC_ERR_INVALID_OPTION`).',
  401: 'The API key is missing or wrong (`UNSC_ERR_UNAUTHORIZED`).',
  413: 'The body is over the limit (1 MiB by default; `UNSC_ERR_BODY_TOO_LARGE`).',
  415: 'The body is not of a media type the route reads (`UNSC_ERR_UNSUPPORTED_MEDIA_TYPE`).',
  503: 'The list index is not built yet (`UNSC_ERR_NOT_READY`), the request took too long (`UNSC_ERR_REQUEST_TIMEOUT`), or the server is shutting down.',
};

/**
 * The OpenAPI document of `routes`.
 * @param security.apiKey - whether the routes (but the public ones) require the API key.
 */
export function buildOpenApi(routes: readonly Route[], security: { apiKey: boolean }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = routePath(route);
    const parameters = [
      ...objectParameters(route.params, 'path'),
      ...objectParameters(route.querystring, 'query'),
    ];
    const responses: Record<string, unknown> = {};
    for (const [status, answer] of Object.entries(route.responses)) {
      responses[status] = {
        description: answer.description,
        ...(answer.schema === undefined && answer.contentType === undefined
          ? {}
          : { content: { [answer.contentType ?? 'application/json']: { schema: answer.schema ?? { type: 'string' } } } }),
      };
    }
    const errors = Object.entries(ERRORS).filter(([status]) => {
      if (status === '401') return security.apiKey && route.public !== true;
      if (status === '413' || status === '415') return route.body !== undefined;
      if (status === '400') return route.body !== undefined || route.params !== undefined || route.querystring !== undefined;
      return status === '503' ? route.public !== true : true;
    });
    for (const [status, description] of errors) {
      responses[status] ??= { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    }
    (paths[path] ??= {})[route.method.toLowerCase()] = {
      operationId: route.operationId,
      summary: route.summary,
      ...(route.description === undefined ? {} : { description: route.description }),
      tags: route.tags,
      ...(parameters.length === 0 ? {} : { parameters }),
      ...(route.body === undefined
        ? {}
        : { requestBody: { required: true, content: Object.fromEntries((route.rawBody ?? ['application/json']).map((type) => [type, { schema: route.body }])) } }),
      responses,
      ...(security.apiKey && route.public !== true ? {} : { security: [] }),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'unsc-screen',
      version: ENGINE.slice(ENGINE.indexOf('@') + 1),
      description: 'Screening of names and parties against the UN Security Council Consolidated List.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths,
    components: {
      schemas: { Error: ERROR_SCHEMA },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'The API key, when the server has one: `Authorization: Bearer KEY`.' },
        apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
      },
    },
    ...(security.apiKey ? { security: [{ bearer: [] }, { apiKey: [] }] } : {}),
  };
}

/** An object schema's properties as OpenAPI parameters. */
function objectParameters(schema: Route['params'], where: 'path' | 'query'): unknown[] {
  if (schema === undefined) return [];
  const properties = (schema['properties'] ?? {}) as Record<string, Record<string, unknown>>;
  const required = new Set((schema['required'] ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...propertySchema } = property;
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(description === undefined ? {} : { description }),
      schema: propertySchema,
    };
  });
}
