/**
 * The JSON Schemas of `POST /v1/payments`: the answer (`PaymentScreenResult`:
 * one result per transaction, its parties and free-text fields as read, its
 * alerts with role, path and the transaction's ids), and the answer to a
 * message that cannot be read (`UNSC_ERR_PAYMENT_FORMAT`, with where and why,
 * and the transactions read before the fault, screened).
 */
import { ERROR_SCHEMA } from '../errors.js';
import type { JsonSchema } from './json-schema.js';
import { SCREEN_RESULT_DEFINITIONS } from './screen-result.js';
import { LIST_VERSION_SCHEMA, OPTIONS_USED_SCHEMA, TEXT_SPAN_PROPERTIES } from './text.js';

/** The media types the route reads as a raw message. */
export const PAYMENT_MEDIA_TYPES = ['application/xml', 'text/xml', 'text/plain', 'application/octet-stream'] as const;

/** The raw message, as the request body. */
export const PAYMENT_BODY_SCHEMA: JsonSchema = {
  type: 'string',
  description:
    'The message as it was received: ISO 20022 XML (pacs.008, pacs.009 and COV, pain.001, camt.052/053/054, with or without the business application header), SWIFT MT (MT103, MT103 STP, MT202 COV, MT101; an RJE file of several) or Fedwire text. UTF-8; other bytes are read as Latin-1 with a warning.',
};

/** Optional `threshold` and `limit`, as the query string carries them (strings, checked by pattern). */
export const PAYMENT_QUERYSTRING_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    threshold: { type: 'string', pattern: '^(0(\\.[0-9]+)?|1(\\.0+)?)$', description: 'Lowest final score that alerts (default 0.8; above 0).' },
    limit: { type: 'string', pattern: '^[1-9][0-9]?$|^100$', description: 'Most alerts per party or free-text field (1–100, default 10).' },
  },
};

const strings: JsonSchema = { type: 'array', items: { type: 'string' } };
const text: JsonSchema = { type: 'string' };

/** A payment warning: a part read in part, or a side field of a party left out; the rest is screened. */
const PAYMENT_WARNING_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['code', 'message'],
  additionalProperties: false,
  properties: { code: { type: 'string', pattern: '^UNSC_WARN_' }, message: { type: 'string', minLength: 1 }, path: text },
};

/** `TransactionIds`: as far as the format has them. */
const TRANSACTION_IDS_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: Object.fromEntries(
    ['messageId', 'paymentInformationId', 'instructionId', 'endToEndId', 'transactionId', 'uetr', 'relatedReference', 'reference'].map((name) => [name, text]),
  ),
};

/** `PaymentParty`: a party with its role and where it is in the message. */
const PAYMENT_PARTY_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['role', 'path', 'institution', 'address', 'countries', 'identifiers'],
  additionalProperties: false,
  properties: {
    role: { type: 'string', description: '`debtor`, `creditor`, `ultimateDebtor`, `debtorAgent`, `orderingCustomer`, `beneficiaryCustomer`, `originator`…' },
    path: { type: 'string', description: 'Where the party is: `CdtTrfTxInf[0]/Cdtr`, `PmtInf[1]/Dbtr`, `:59:`, `B/:50F:`, `{4200}`.' },
    kind: SCREEN_RESULT_DEFINITIONS['RecordKind']!,
    institution: { type: 'boolean' },
    name: text,
    nameRunOn: { type: 'string', description: 'SWIFT MT: the name run on into the next line, screened as well.' },
    address: {
      type: 'object',
      required: ['lines', 'structured'],
      additionalProperties: false,
      properties: { lines: strings, structured: { type: 'object', additionalProperties: text }, country: text },
    },
    countries: strings,
    identifiers: {
      type: 'object',
      required: ['other'],
      additionalProperties: false,
      properties: {
        bic: text,
        lei: text,
        account: text,
        other: { type: 'array', items: { type: 'object', required: ['id'], additionalProperties: false, properties: { id: text, scheme: text } } },
        birthDate: text,
        cityOfBirth: text,
        countryOfBirth: text,
      },
    },
  },
};

/** `PaymentAlert`: the shipped schema's `Alert`, with where it came from and the transaction's ids. */
const ALERT = SCREEN_RESULT_DEFINITIONS['Alert']! as { required: string[]; properties: Record<string, JsonSchema> } & JsonSchema;
const PAYMENT_ALERT_SCHEMA: JsonSchema = {
  ...ALERT,
  required: [...ALERT.required, 'role', 'path', 'source', 'ids'],
  properties: {
    ...ALERT.properties,
    role: { type: 'string', description: 'The party\'s role (`creditor`…) or the free-text field\'s (`remittanceInformation`…).' },
    path: { type: 'string', description: 'Where in the message (`CdtTrfTxInf[0]/Cdtr`, `:70:`).' },
    source: { enum: ['party', 'freeText'] },
    span: { type: 'object', required: ['start', 'end', 'text'], additionalProperties: false, properties: TEXT_SPAN_PROPERTIES, description: 'For a free-text alert, the part of the field that matched.' },
    ids: TRANSACTION_IDS_SCHEMA,
  },
};

/** `TransactionScreenResult`: one transaction as read, with its alerts. */
const TRANSACTION_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['index', 'format', 'ids', 'parties', 'freeText', 'warnings', 'alerts'],
  additionalProperties: false,
  properties: {
    index: { type: 'integer', minimum: 0, description: 'Position of the transaction in the message (or RJE file), from 0.' },
    format: text,
    ids: TRANSACTION_IDS_SCHEMA,
    parties: { type: 'array', items: PAYMENT_PARTY_SCHEMA },
    freeText: {
      type: 'array',
      items: { type: 'object', required: ['role', 'path', 'text'], additionalProperties: false, properties: { role: text, path: text, text } },
    },
    warnings: { type: 'array', items: PAYMENT_WARNING_SCHEMA },
    alerts: { type: 'array', items: PAYMENT_ALERT_SCHEMA },
  },
};

/** The answer of `POST /v1/payments`: `PaymentScreenResult`. */
export const PAYMENT_RESULT_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['format', 'transactions', 'warnings', 'list', 'options'],
  additionalProperties: false,
  properties: {
    format: { type: 'string', description: '`pacs.008`, `pacs.009`, `pacs.009 COV`, `pain.001`, `camt.052`, `camt.053`, `camt.054`, `MT103`, `MT103 STP`, `MT202`, `MT202 COV`, `MT101` or `Fedwire`.' },
    version: { type: 'string', description: 'ISO 20022 version of the Document (`001.08`).' },
    transactions: { type: 'array', items: TRANSACTION_SCHEMA },
    warnings: { type: 'array', items: PAYMENT_WARNING_SCHEMA },
    list: LIST_VERSION_SCHEMA,
    options: {
      ...OPTIONS_USED_SCHEMA,
      required: [...((OPTIONS_USED_SCHEMA['required'] ?? []) as string[]), 'textScreening'],
      properties: { ...(OPTIONS_USED_SCHEMA['properties'] as Record<string, JsonSchema>), textScreening: { enum: ['screenText', 'segments-as-names'] } },
    },
  },
};

/** The answer to a message that cannot be read: the error, where and why, and what could be read. */
export const PAYMENT_ERROR_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['code', 'message'],
  additionalProperties: false,
  properties: {
    ...(ERROR_SCHEMA['properties'] as Record<string, JsonSchema>),
    details: {
      type: 'object',
      description: 'Where and why (`UNSC_ERR_PAYMENT_FORMAT` only).',
      required: ['reason'],
      additionalProperties: false,
      properties: {
        format: { type: 'string', description: 'The format the message was taken for, when recognized.' },
        reason: { type: 'string', description: 'What was wrong, in a few words (`malformed XML`, `block 4 not terminated`).' },
        line: { type: 'integer', minimum: 1 },
        column: { type: 'integer', minimum: 1 },
        message: { type: 'integer', minimum: 0, description: 'Position of the faulty message in an RJE file.' },
      },
    },
    partial: { ...PAYMENT_RESULT_SCHEMA, description: 'The transactions read before the fault, screened, when any: nothing readable is lost.' },
  },
};
