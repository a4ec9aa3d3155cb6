/**
 * `POST /v1/payments`: a raw payment message (ISO 20022 XML, SWIFT MT, Fedwire)
 * as the body, `Screener.screenPayment`'s answer: one result per transaction,
 * alerts with the party's role and path. A message that cannot be read is a
 * 400 `UNSC_ERR_PAYMENT_FORMAT` with where and why, and the transactions read
 * before the fault, screened, in `partial`.
 */
import { PaymentFormatError } from '../../payments/errors.js';
import { HttpError, HttpErrorCodes } from '../errors.js';
import type { Route } from '../route.js';
import { PAYMENT_BODY_SCHEMA, PAYMENT_ERROR_SCHEMA, PAYMENT_MEDIA_TYPES, PAYMENT_QUERYSTRING_SCHEMA, PAYMENT_RESULT_SCHEMA } from '../schemas/payment.js';

export const paymentsRoute: Route = {
  method: 'POST',
  url: '/v1/payments',
  operationId: 'screenPayment',
  summary: 'Screen a payment message',
  description:
    'Reads the message (format detected) and screens every party as a party (institutions as entities, countries as evidence) and every free-text field for listed names inside it. One result per transaction; each alert says the role and path of what matched and carries the transaction\'s ids.',
  tags: ['screening'],
  body: PAYMENT_BODY_SCHEMA,
  rawBody: PAYMENT_MEDIA_TYPES,
  querystring: PAYMENT_QUERYSTRING_SCHEMA,
  responses: {
    200: { description: 'One result per transaction, in message order, with the list version and options used.', schema: PAYMENT_RESULT_SCHEMA },
    400: {
      description:
        'The message cannot be read or is malformed (`UNSC_ERR_PAYMENT_FORMAT`, with `details` and, when some transactions could be read before the fault, `partial`: them, screened), or a bad option.',
      schema: PAYMENT_ERROR_SCHEMA,
    },
  },
  handler({ lists, metrics }, request, reply) {
    // A JSON body reaches here parsed: the route reads only raw messages.
    if (!Buffer.isBuffer(request.body)) {
      throw new HttpError(415, HttpErrorCodes.UNSUPPORTED_MEDIA_TYPE, `send the message as it is, with one of: ${PAYMENT_MEDIA_TYPES.join(', ')}`);
    }
    const query = request.query as { threshold?: string; limit?: string };
    const options = {
      ...(query.threshold === undefined ? {} : { threshold: Number(query.threshold) }),
      ...(query.limit === undefined ? {} : { limit: Number(query.limit) }),
    };
    const count = (result: { transactions: Array<{ alerts: unknown[] }> }) => {
      metrics.screened.inc({ route: '/v1/payments' }, result.transactions.length);
      metrics.alerts.inc({ route: '/v1/payments' }, result.transactions.reduce((sum, tx) => sum + tx.alerts.length, 0));
    };
    try {
      const result = lists.screener.screenPayment(request.body, options);
      count(result);
      return result;
    } catch (error) {
      if (!(error instanceof PaymentFormatError)) throw error;
      if (error.partial !== undefined) count(error.partial);
      return reply.code(400).send({
        code: error.code,
        message: error.message,
        details: error.details,
        ...(error.partial === undefined ? {} : { partial: error.partial }),
      });
    }
  },
};
