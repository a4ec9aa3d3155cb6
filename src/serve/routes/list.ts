/**
 * `GET /v1/list`: the list in use (version, sha256, age, counts) and what
 * its last update did. Replicas that answer the same sha256 screen alike.
 */
import type { Route } from '../route.js';

const OUTCOME = {
  type: ['object', 'null'],
  required: ['at', 'status'],
  properties: {
    at: { type: 'string', format: 'date-time' },
    status: { type: 'string', enum: ['updated', 'not-modified', 'unchanged', 'failed'] },
    error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } },
  },
};

export const listRoute: Route = {
  method: 'GET',
  url: '/v1/list',
  operationId: 'listInfo',
  summary: 'The list in use and its updates',
  tags: ['list'],
  responses: {
    200: {
      description: 'The list version in use, and the outcome of the last update (a failed update keeps the last good list).',
      schema: {
        type: 'object',
        required: ['dateGenerated', 'sha256', 'ageDays', 'counts', 'source', 'loadedAt', 'updates'],
        properties: {
          dateGenerated: { type: 'string' },
          sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
          ageDays: { type: 'integer', minimum: 0 },
          counts: {
            type: 'object',
            required: ['individuals', 'entities', 'aliases'],
            properties: { individuals: { type: 'integer' }, entities: { type: 'integer' }, aliases: { type: 'integer' } },
          },
          source: { type: 'string', enum: ['file', 'cache', 'bundled', 'download'] },
          loadedAt: { type: 'string', format: 'date-time' },
          updates: {
            type: 'object',
            required: ['everyMs', 'last', 'lastSuccess', 'consecutiveFailures', 'failures'],
            properties: {
              everyMs: { type: ['integer', 'null'] },
              last: OUTCOME,
              lastSuccess: OUTCOME,
              consecutiveFailures: { type: 'integer' },
              failures: { type: 'integer' },
            },
          },
        },
      },
    },
  },
  handler: ({ lists }) => lists.info(),
};
