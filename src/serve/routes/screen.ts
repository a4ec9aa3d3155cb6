/**
 * `POST /v1/screen`: one party, the library's query fields, the library's ScreenResult.
 */
import type { ScreenQuery } from '../../screen/query.js';
import type { Route } from '../route.js';
import { SCREEN_QUERY_SCHEMA } from '../schemas/query.js';
import { SCREEN_RESULT_SCHEMA } from '../schemas/screen-result.js';

export const screenRoute: Route = {
  method: 'POST',
  url: '/v1/screen',
  operationId: 'screen',
  summary: 'Screen one party',
  description: 'Screens a name, with the birth date, nationality, country and documents known, against the list in use.',
  tags: ['screening'],
  body: SCREEN_QUERY_SCHEMA,
  responses: { 200: { description: 'The alerts, best first, with the list version and options used.', schema: SCREEN_RESULT_SCHEMA } },
  handler({ lists, metrics }, request) {
    const result = lists.screener.screen(request.body as ScreenQuery);
    metrics.screened.inc({ route: '/v1/screen' });
    metrics.alerts.inc({ route: '/v1/screen' }, result.alerts.length);
    return result;
  },
};
