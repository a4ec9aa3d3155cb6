/**
 * `POST /v1/screen/batch`: up to 1,000 parties in one request, one
 * ScreenResult each, in order, all against the same list version.
 */
import { ArgumentRangeError, ArgumentTypeError } from '../../errors.js';
import type { ScreenQuery } from '../../screen/query.js';
import type { ScreenResult } from '../../screen/result.js';
import type { Route } from '../route.js';
import { BATCH_BODY_SCHEMA } from '../schemas/query.js';
import { BATCH_RESULT_SCHEMA } from '../schemas/screen-result.js';

export const screenBatchRoute: Route = {
  method: 'POST',
  url: '/v1/screen/batch',
  operationId: 'screenBatch',
  summary: 'Screen up to 1,000 parties',
  description:
    'One result per query, in order. A query the library refuses (an unreadable date, an unknown country) fails the whole request with a 400 whose message starts with its position (`queries[17]: …`).',
  tags: ['screening'],
  body: BATCH_BODY_SCHEMA,
  responses: { 200: { description: 'One result per query, in order.', schema: BATCH_RESULT_SCHEMA } },
  handler({ lists, metrics }, request) {
    const { queries } = request.body as { queries: ScreenQuery[] };
    // The loop is synchronous: a list swap (also synchronous, on this thread) cannot fall in the
    // middle of it, so every result of a batch is on the same list version.
    const screener = lists.screener;
    const results: ScreenResult[] = [];
    let alerts = 0;
    for (const [position, query] of queries.entries()) {
      let result: ScreenResult;
      try {
        result = screener.screen(query);
      } catch (error) {
        // Which query, among a thousand: same class and code, the position in front.
        if (error instanceof ArgumentTypeError) throw new ArgumentTypeError(error.code, `queries[${position}]: ${error.message}`);
        if (error instanceof ArgumentRangeError) throw new ArgumentRangeError(error.code, `queries[${position}]: ${error.message}`);
        throw error;
      }
      alerts += result.alerts.length;
      results.push(result);
    }
    metrics.screened.inc({ route: '/v1/screen/batch' }, queries.length);
    metrics.alerts.inc({ route: '/v1/screen/batch' }, alerts);
    return { results };
  },
};
