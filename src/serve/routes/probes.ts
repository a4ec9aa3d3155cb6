/**
 * `GET /healthz` (the process answers) and `GET /readyz` (the index is
 * built: send traffic). Both are public, for load balancers and orchestrators.
 */
import type { Route } from '../route.js';

const STATUS = { type: 'object', required: ['status'], properties: { status: { type: 'string' } } };

export const healthRoute: Route = {
  method: 'GET',
  url: '/healthz',
  operationId: 'health',
  summary: 'Liveness: the process answers',
  tags: ['operations'],
  public: true,
  responses: { 200: { description: 'Alive.', schema: STATUS } },
  handler: () => ({ status: 'ok' }),
};

export const readyRoute: Route = {
  method: 'GET',
  url: '/readyz',
  operationId: 'ready',
  summary: 'Readiness: the list index is built',
  description: 'Ready once the first index is built, and throughout every list swap (the new index is built aside).',
  tags: ['operations'],
  public: true,
  responses: {
    200: { description: 'Ready: the index is built.', schema: STATUS },
    503: { description: 'Not ready yet, or shutting down.', schema: STATUS },
  },
  handler({ lists }, _request, reply) {
    if (!lists.ready) return reply.code(503).send({ status: 'starting' });
    return { status: 'ready' };
  },
};
