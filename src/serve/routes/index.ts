/**
 * Every route of the service, in the order of the OpenAPI document. A new
 * endpoint is a file in this folder and one line here.
 */
import type { Route } from '../route.js';
import { listRoute } from './list.js';
import { matchRoute } from './match.js';
import { metricsRoute } from './metrics.js';
import { openapiRoute } from './openapi.js';
import { paymentsRoute } from './payments.js';
import { healthRoute, readyRoute } from './probes.js';
import { screenBatchRoute } from './screen-batch.js';
import { screenRoute } from './screen.js';
import { textRoute } from './text.js';

export const ROUTES: readonly Route[] = [screenRoute, screenBatchRoute, textRoute, paymentsRoute, matchRoute, listRoute, healthRoute, readyRoute, metricsRoute, openapiRoute];
