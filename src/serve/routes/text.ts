/**
 * `POST /v1/text`: listed names inside a free text (remittance information,
 * purpose, an unstructured address), with their spans: `Screener.screenText`.
 */
import type { TextScreenOptions } from '../../free-text/result.js';
import type { Route } from '../route.js';
import { TEXT_BODY_SCHEMA, TEXT_RESULT_SCHEMA } from '../schemas/text.js';

export const textRoute: Route = {
  method: 'POST',
  url: '/v1/text',
  operationId: 'screenText',
  summary: 'Find listed names inside a free text',
  description:
    'Finds listed names inside a text: a name cut by a line break, written without spaces, mistyped, reordered or in its original script, each with its span (UTF-16 offsets) and the alert `/v1/screen` would give it. Words common on the list or in payments do not alert on their own.',
  tags: ['screening'],
  body: TEXT_BODY_SCHEMA,
  responses: { 200: { description: 'The hits, in text order, with the list version and options used.', schema: TEXT_RESULT_SCHEMA } },
  handler({ lists, metrics }, request) {
    const { text, ...options } = request.body as { text: string } & TextScreenOptions;
    const result = lists.screener.screenText(text, options);
    metrics.screened.inc({ route: '/v1/text' });
    metrics.alerts.inc({ route: '/v1/text' }, result.hits.length);
    return result;
  },
};
