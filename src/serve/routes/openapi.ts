/**
 * `GET /openapi.json`: the OpenAPI 3.1 document, made from the schemas the routes validate with.
 */
import type { Route } from '../route.js';

export const openapiRoute: Route = {
  method: 'GET',
  url: '/openapi.json',
  operationId: 'openapi',
  summary: 'This API, as OpenAPI 3.1',
  tags: ['operations'],
  public: true,
  responses: { 200: { description: 'The OpenAPI 3.1 document.', schema: { type: 'object' } } },
  handler: ({ openapi }) => openapi(),
};
