/**
 * `GET /metrics`: Prometheus text (requests and latency by route, alerts,
 * list age and version, update failures, process metrics).
 */
import type { Route } from '../route.js';

export const metricsRoute: Route = {
  method: 'GET',
  url: '/metrics',
  operationId: 'metrics',
  summary: 'Prometheus metrics',
  tags: ['operations'],
  responses: { 200: { description: 'Prometheus text exposition format.', contentType: 'text/plain' } },
  async handler({ metricsText }, _request, reply) {
    const { contentType, text } = await metricsText();
    return reply.type(contentType).send(text);
  },
};
