/**
 * The fastify application: every route of `routes/index.ts`, the API key,
 * the metrics of each request, and one shape for every error answer.
 *
 * Why fastify: its Ajv validates each body against the route's JSON Schema
 * before the handler runs (and the same schemas make the OpenAPI document),
 * it enforces the body limit and answers malformed JSON itself, and it closes
 * gracefully (idle keep-alive connections closed, requests in flight finished).
 * Answers are written with JSON.stringify, not a schema-driven serializer, so
 * that no field of a designation can be dropped by a schema that omits it.
 */
import { fastify, type FastifyError, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { ArgumentRangeError, ArgumentTypeError, ErrorCodes, UnscScreenError } from '../errors.js';
import { apiKeyChecker } from './api-key.js';
import { enforceDeadline } from './deadline.js';
import { HttpError, HttpErrorCodes } from './errors.js';
import type { ListService } from './list-service.js';
import type { ServiceMetrics } from './metrics.js';
import { buildOpenApi } from './openapi.js';
import type { Route, RouteContext } from './route.js';
import { ROUTES } from './routes/index.js';

/** Options of {@link buildApp}. */
export interface AppOptions {
  lists: ListService;
  metrics: ServiceMetrics;
  /** Requests to every route but the probes and the OpenAPI document need this key. @default none */
  apiKey?: string;
  /** Largest request body in bytes; larger is a 413. @default 1 MiB */
  bodyLimit?: number;
  /** Time to receive and answer a request; slower is a 503 `UNSC_ERR_REQUEST_TIMEOUT` (408 from Node.js while the headers arrive). @default 30_000 ms */
  requestTimeoutMs?: number;
  /** The Prometheus text (a cluster worker's asks the primary for all workers'). @default this process's registry */
  metricsText?: RouteContext['metricsText'];
  /** fastify's logger. @default false */
  logger?: FastifyServerOptions['logger'];
  /** @default ROUTES */
  routes?: readonly Route[];
}

/** Defaults of {@link AppOptions}. */
export const APP_DEFAULTS = Object.freeze({
  bodyLimit: 1024 * 1024,
  requestTimeoutMs: 30_000,
  /** Longer than the usual load balancer idle timeout (60 s), so that the balancer closes first. */
  keepAliveTimeoutMs: 65_000,
});

/** Builds the application (not listening yet). */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const routes = options.routes ?? ROUTES;
  const app = fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? APP_DEFAULTS.bodyLimit,
    requestTimeout: options.requestTimeoutMs ?? APP_DEFAULTS.requestTimeoutMs,
    keepAliveTimeout: APP_DEFAULTS.keepAliveTimeoutMs,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    // A wrong type is a 400, never coerced ("123" stays a string, 123 never becomes a name), and
    // an unknown field is a 400, never silently dropped. A union type (`id`: a string or a number) is
    // plain JSON Schema: allowed, so that Ajv's strict mode does not print a line per use at start.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: false, allowUnionTypes: true } },
  });
  const { lists, metrics } = options;
  const context: RouteContext = {
    lists,
    metrics,
    metricsText:
      options.metricsText ?? (async () => ({ contentType: metrics.registry.contentType, text: await metrics.registry.metrics() })),
    openapi: () => document,
  };
  const document = buildOpenApi(routes, { apiKey: options.apiKey !== undefined });
  // From routing to the answer, a body trickling in included: a 503 `UNSC_ERR_REQUEST_TIMEOUT` after it.
  enforceDeadline(app, options.requestTimeoutMs ?? APP_DEFAULTS.requestTimeoutMs);

  if (options.apiKey !== undefined) {
    const allowed = apiKeyChecker(options.apiKey);
    app.addHook('onRequest', async (request, reply) => {
      if (request.routeOptions.config.public === true) return;
      if (!allowed(request.headers)) {
        reply.header('www-authenticate', 'Bearer');
        throw new HttpError(401, HttpErrorCodes.UNAUTHORIZED, 'an API key is required: `Authorization: Bearer KEY` or `X-API-Key: KEY`');
      }
    });
  }
  // Draining: a request in flight is answered, and its keep-alive connection closed after the answer,
  // so that close() does not wait for the client to hang up.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  // Callback hooks, not async ones: they run on every request, and need no promise.
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    metrics.duration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
    done();
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, code, message } = describeError(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    void reply.code(status).send({ code, message });
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.code(404).send({ code: HttpErrorCodes.NOT_FOUND, message: `no route ${request.method} ${request.url.split('?')[0]}` });
  });

  // Raw message bodies (payments) are read as bytes, for the routes that ask: the library reads the
  // encoding (UTF-8, else Latin-1 with a warning), which a string would already have lost. This
  // replaces fastify's own text/plain parser; a JSON route sent another type still gets a 400.
  for (const type of new Set(routes.flatMap((route) => route.rawBody ?? []))) {
    if (app.hasContentTypeParser(type)) app.removeContentTypeParser(type);
    app.addContentTypeParser(type, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  }
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.url,
      config: { public: route.public === true },
      schema: {
        // A raw body is bytes, checked by the library that reads it; its schema is for the document.
        ...(route.body === undefined || route.rawBody !== undefined ? {} : { body: route.body }),
        ...(route.params === undefined ? {} : { params: route.params }),
        ...(route.querystring === undefined ? {} : { querystring: route.querystring }),
      },
      handler: (request, reply) => route.handler(context, request, reply),
    });
  }
  return app;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Answered without an API key. */
    public?: boolean;
  }
}

/**
 * Ajv's message, naming the unknown property when that is the fault
 * (`body must NOT have additional properties: "dob"`), as the library does.
 */
function validationMessage(error: FastifyError): string {
  const unknown = error.validation?.find((fault) => fault.keyword === 'additionalProperties')?.params['additionalProperty'];
  return typeof unknown === 'string' ? `${error.message}: ${JSON.stringify(unknown)}` : error.message;
}

/** The status, stable code and message to answer for an error; never a stack trace. */
function describeError(error: FastifyError): { status: number; code: string; message: string } {
  if (error instanceof HttpError) return { status: error.statusCode, code: error.code, message: error.message };
  // The library refused the query (an unreadable date, an unknown country…): its own code.
  if (error instanceof ArgumentTypeError || error instanceof ArgumentRangeError || error instanceof UnscScreenError) {
    return { status: 400, code: error.code, message: error.message };
  }
  if (error.validation !== undefined) return { status: 400, code: ErrorCodes.INVALID_QUERY, message: validationMessage(error) };
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, code: HttpErrorCodes.MALFORMED_JSON, message: `the body is not valid JSON: ${error.message}` };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: HttpErrorCodes.BODY_TOO_LARGE, message: error.message };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, code: HttpErrorCodes.UNSUPPORTED_MEDIA_TYPE, message: 'unsupported content-type: see /openapi.json for what each route reads' };
    default:
  }
  if (error instanceof SyntaxError) return { status: 400, code: HttpErrorCodes.MALFORMED_JSON, message: `the body is not valid JSON: ${error.message}` };
  const status = error.statusCode;
  if (status !== undefined && status >= 400 && status < 500) return { status, code: HttpErrorCodes.BAD_REQUEST, message: error.message };
  return { status: 500, code: HttpErrorCodes.INTERNAL, message: 'internal error (logged on the server)' };
}
