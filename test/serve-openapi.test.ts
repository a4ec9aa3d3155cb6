/**
 * GET /openapi.json: a valid OpenAPI 3.1 document, made from the schemas
 * the routes validate with, served by a real server.
 */
import { compileErrors, validate } from '@readme/openapi-parser';
import { Ajv } from 'ajv';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../src/serve/routes/index.js';
import { PAYMENT_ERROR_SCHEMA, PAYMENT_MEDIA_TYPES, PAYMENT_RESULT_SCHEMA } from '../src/serve/schemas/payment.js';
import { SCREEN_QUERY_SCHEMA } from '../src/serve/schemas/query.js';
import { TEXT_BODY_SCHEMA, TEXT_RESULT_SCHEMA } from '../src/serve/schemas/text.js';
import { startService, type RunningService } from '../src/serve/service.js';
import { fixtureList } from './helpers/fixtures.js';

let service: RunningService;
let document: any;
beforeAll(async () => {
  const list = fixtureList('2026-02-27');
  service = await startService({ port: 0, apiKey: 'secret', load: () => ({ list, source: 'file', location: 'fixture', ageDays: 0, warnings: [] }) });
  const answer = await request(`${service.url}/openapi.json`); // public, even with a key
  expect(answer.statusCode).toBe(200);
  document = await answer.body.json();
});
afterAll(() => service.close());

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    expect(document.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(document));
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
  });

  it('holds only schemas that compile (the parser checks the document, Ajv every schema in it)', () => {
    const ajv = new Ajv({ strict: false, validateFormats: false });
    ajv.addSchema(document.components.schemas.Error, '#/components/schemas/Error');
    let schemas = 0;
    for (const operations of Object.values<any>(document.paths)) {
      for (const operation of Object.values<any>(operations)) {
        const contents = [operation.requestBody?.content, ...Object.values<any>(operation.responses).map((r) => r.content)];
        for (const content of contents) {
          for (const media of Object.values<any>(content ?? {})) {
            if (media.schema.$ref !== undefined) continue;
            expect(() => ajv.compile(media.schema)).not.toThrow();
            schemas += 1;
          }
        }
      }
    }
    expect(schemas).toBeGreaterThanOrEqual(14);
  });

  it('documents every route, with the very schema that validates its body', () => {
    for (const route of ROUTES) {
      const path = route.url.replace(/:([A-Za-z_]+)/g, '{$1}');
      expect(document.paths[path]?.[route.method.toLowerCase()], `${route.method} ${path}`).toBeDefined();
    }
    expect(document.paths['/v1/screen'].post.requestBody.content['application/json'].schema).toEqual(SCREEN_QUERY_SCHEMA);
    expect(document.paths['/v1/screen'].post.responses['400'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
    // A raw payment message in the media types the route reads, and its own 400 (where, why, what was read).
    const payments = document.paths['/v1/payments'].post;
    expect(Object.keys(payments.requestBody.content)).toEqual([...PAYMENT_MEDIA_TYPES]);
    expect(payments.responses['200'].content['application/json'].schema).toEqual(PAYMENT_RESULT_SCHEMA);
    expect(payments.responses['400'].content['application/json'].schema).toEqual(PAYMENT_ERROR_SCHEMA);
    expect(payments.responses['413']).toBeDefined();
    expect(document.paths['/v1/text'].post.requestBody.content['application/json'].schema).toEqual(TEXT_BODY_SCHEMA);
    expect(document.paths['/v1/text'].post.responses['200'].content['application/json'].schema).toEqual(TEXT_RESULT_SCHEMA);
    // The key is required on the API, not on the probes.
    expect(document.security).toEqual([{ bearer: [] }, { apiKey: [] }]);
    expect(document.paths['/healthz'].get.security).toEqual([]);
    expect(document.paths['/v1/screen'].post.security).toBeUndefined();
  });
});
