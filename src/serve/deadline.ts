/**
 * The request deadline: a request not received and answered within the
 * time allowed (a body trickling in, say) is answered 503
 * `UNSC_ERR_REQUEST_TIMEOUT` and its connection closed.
 *
 * Why not fastify's `handlerTimeout`: it gives every request an
 * AbortController, a timer and a `close` listener, and aborts the signal
 * when the request stream closes, which it does after every request (a
 * DOMException and an event dispatch each time): about a tenth of a server's
 * busy time under load. Here a request costs one Map entry; one timer per
 * server sweeps the requests in flight a few times per deadline, so a
 * request is answered between `timeoutMs` and `timeoutMs × 1.25` after it
 * was routed.
 *
 * @example
 * ```ts
 * const app = fastify();
 * enforceDeadline(app, 30_000); // before the routes: hooks apply to the routes added after them
 * ```
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { HttpError, HttpErrorCodes } from './errors.js';

/** Adds the deadline's hooks to `app` (call it before adding the routes). */
export function enforceDeadline(app: FastifyInstance, timeoutMs: number): void {
  /** Each reply in flight, with the time it must be sent by. */
  const inFlight = new Map<FastifyReply, number>();
  const sweep = (): void => {
    const now = performance.now();
    for (const [reply, deadline] of inFlight) {
      // The client went away (no onResponse then), or the answer is on its way.
      if (reply.sent || reply.raw.headersSent || reply.raw.destroyed) inFlight.delete(reply);
      else if (now >= deadline) {
        inFlight.delete(reply);
        // The body may still be arriving: close the connection after the answer.
        reply.header('connection', 'close');
        reply.send(new HttpError(503, HttpErrorCodes.TIMEOUT, 'the request took too long to arrive or to answer'));
      }
    }
  };
  const timer = setInterval(sweep, Math.max(10, Math.min(1_000, timeoutMs / 4)));
  timer.unref();
  app.addHook('onClose', (_app, done) => {
    clearInterval(timer);
    done();
  });
  // Callback hooks, not async ones: no promise per request.
  app.addHook('onRequest', (_request, reply, done) => {
    inFlight.set(reply, performance.now() + timeoutMs);
    done();
  });
  app.addHook('onResponse', (_request, reply, done) => {
    inFlight.delete(reply);
    done();
  });
}
