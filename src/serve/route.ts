/**
 * One HTTP route of the service: its method and path, the JSON Schemas that
 * validate its input and describe its answers (the OpenAPI document is made
 * from them), and its handler. Each route lives in a file of its own under
 * `routes/`, listed in `routes/index.ts`: a new endpoint is one file and one line.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ListService } from './list-service.js';
import type { ServiceMetrics } from './metrics.js';
import type { JsonSchema } from './schemas/json-schema.js';

/** What a handler can use. */
export interface RouteContext {
  lists: ListService;
  metrics: ServiceMetrics;
  /** The Prometheus text of the metrics (a cluster worker asks the primary for every worker's). */
  metricsText(): Promise<{ contentType: string; text: string }>;
  /** The OpenAPI document of every route. */
  openapi(): unknown;
}

/** One answer of a route, for the OpenAPI document. */
export interface RouteResponse {
  description: string;
  schema?: JsonSchema;
  /** @default application/json */
  contentType?: string;
}

/** One route. */
export interface Route {
  method: 'GET' | 'POST';
  /** fastify's path syntax (`/match/:dataset`); written `{dataset}` in the OpenAPI document. */
  url: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  /** Answered without an API key (load balancer probes). @default false */
  public?: boolean;
  body?: JsonSchema;
  /**
   * Media types whose body this route reads as raw bytes, a Buffer (a payment message:
   * `application/xml`, `text/plain`), instead of JSON; `body` then describes that text in the
   * OpenAPI document and fastify does not validate it. @default JSON only
   */
  rawBody?: readonly string[];
  params?: JsonSchema;
  querystring?: JsonSchema;
  /** Success answers by status; error answers are added to the document for every route. */
  responses: Record<number, RouteResponse>;
  handler(context: RouteContext, request: FastifyRequest, reply: FastifyReply): unknown;
}

/**
 * A route's path as the OpenAPI document (and `serve --help`) write it.
 *
 * @example
 * ```ts
 * routePath({ url: '/match/:dataset' }); // '/match/{dataset}'
 * ```
 */
export function routePath(route: Pick<Route, 'url'>): string {
  return route.url.replace(/:([A-Za-z_]+)/g, '{$1}');
}
