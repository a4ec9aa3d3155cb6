/**
 * `POST /match/{dataset}`: OpenSanctions yente's matching API, so that a
 * yente client can point at this service unchanged (src/serve/yente.ts).
 */
import { DEFAULT_THRESHOLD } from '../../match/threshold.js';
import type { Route } from '../route.js';
import { MATCH_BODY_SCHEMA, MATCH_PARAMS_SCHEMA, MATCH_QUERYSTRING_SCHEMA, MATCH_RESPONSE_SCHEMA } from '../schemas/yente.js';
import { matchEntity, withKey, type FtmQuery, type MatchResponse } from '../yente.js';

/** yente's defaults, but for `threshold`: this matcher's own (0.8), where its scores mean a match. */
const MATCH_DEFAULTS = Object.freeze({ limit: 5, threshold: DEFAULT_THRESHOLD, cutoff: 0.5 });

export const matchRoute: Route = {
  method: 'POST',
  url: '/match/:dataset',
  operationId: 'match',
  summary: 'Match entities (OpenSanctions yente\'s /match)',
  description:
    'FollowTheMoney Person, Organization, Company or LegalEntity with name, alias, birthDate, nationality, country, idNumber, passportNumber. Each name is screened with each birth date; a designation found by several keeps its best score. Results are FollowTheMoney entities whose id is the REFERENCE_NUMBER.',
  tags: ['yente'],
  params: MATCH_PARAMS_SCHEMA,
  querystring: MATCH_QUERYSTRING_SCHEMA,
  body: MATCH_BODY_SCHEMA,
  responses: { 200: { description: 'One response per query key.', schema: MATCH_RESPONSE_SCHEMA } },
  handler({ lists, metrics }, request) {
    const query = request.query as Record<string, string | undefined>;
    const options = {
      limit: Math.min(500, Math.max(1, Number(query['limit'] ?? MATCH_DEFAULTS.limit))),
      threshold: Number(query['threshold'] ?? MATCH_DEFAULTS.threshold),
      // The Screener's threshold must be above 0.
      cutoff: Math.max(0.01, Number(query['cutoff'] ?? MATCH_DEFAULTS.cutoff)),
    };
    const screener = lists.screener; // one list version for the whole request (the loop is synchronous)
    const responses: Record<string, MatchResponse> = {};
    let matches = 0;
    for (const [key, entity] of Object.entries((request.body as { queries: Record<string, FtmQuery> }).queries)) {
      try {
        responses[key] = matchEntity(screener, entity, options);
      } catch (error) {
        throw withKey(key, error);
      }
      matches += responses[key].results.filter((result) => result.match).length;
    }
    metrics.screened.inc({ route: '/match/:dataset' }, Object.keys(responses).length);
    metrics.alerts.inc({ route: '/match/:dataset' }, matches);
    return { responses, limit: options.limit };
  },
};
