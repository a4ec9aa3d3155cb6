/**
 * From bytes or text to a `PaymentMessage`: decoding (UTF-8, a BOM, Latin-1
 * with a warning), format detection, and the reader of that format.
 */
import { printableName } from '../text/clean.js';
import { ArgumentTypeError, describeValue, ErrorCodes } from '../errors.js';
import { looksLikeFedwire, readFedwire } from './fedwire.js';
import { readIso20022 } from './iso20022.js';
import { readMt } from './mt.js';
import type { PaymentMessage, PaymentWarning } from './types.js';
import { expectString } from '../validate.js';

/** The syntax a message is written in. */
export type PaymentSyntax = 'iso20022' | 'swift-mt' | 'fedwire';

/** What stopped a read: the caller turns it into a `PaymentFormatError`, with what was read as its partial result. */
export interface ReadProblem {
  reason: string;
  format?: string;
  line?: number;
  column?: number;
  message?: number;
}

/** The outcome of a read: a message (possibly partial), and the problem, if any. */
export interface PaymentRead {
  syntax?: PaymentSyntax;
  message?: PaymentMessage;
  problem?: ReadProblem;
}

/**
 * Decodes a message: a string as is, bytes as UTF-8 (Latin-1 with a warning
 * when they are not UTF-8), or as UTF-16 when they start with its byte-order
 * mark; a BOM is dropped.
 * @throws {ArgumentTypeError} (`UNSC_ERR_INVALID_QUERY`) when the message is neither a string nor bytes.
 */
export function decodeMessage(message: unknown, warnings: PaymentWarning[]): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else if (message instanceof Uint8Array && ((message[0] === 0xff && message[1] === 0xfe) || (message[0] === 0xfe && message[1] === 0xff))) {
    // (a UTF-16 byte-order mark: Windows tools save XML so; read as UTF-8 it was "not a payment message")
    text = new TextDecoder(message[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(message);
  } else if (message instanceof Uint8Array) {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(message);
    } catch {
      text = new TextDecoder('latin1').decode(message);
      warnings.push({ code: 'UNSC_WARN_PAYMENT_ENCODING', message: 'The message is not UTF-8: read as Latin-1' });
    }
  } else {
    throw new ArgumentTypeError(ErrorCodes.INVALID_QUERY, `Expected the payment message to be a string or a Uint8Array, got ${describeValue(message)}`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Tells the syntax of a message from its first characters: `<` is XML
 * (ISO 20022), `{1:`/`{4:`/`:20:` SWIFT FIN, `{1500}` (any 4-digit tag) Fedwire.
 *
 * @example
 * ```ts
 * detectSyntax('<?xml version="1.0"?><Document>…') // 'iso20022'
 * detectSyntax('{1:F01BANKBEBBAXXX0000000000}{2:I103…') // 'swift-mt'
 * detectSyntax('{1500}30User ReqP \n{1510}1000…') // 'fedwire'
 * ```
 */
export function detectSyntax(text: string): PaymentSyntax | undefined {
  const head = expectString(text, 'text').trimStart();
  if (head.startsWith('<')) return 'iso20022';
  if (looksLikeFedwire(head)) return 'fedwire';
  if (/^(\$\s*)?\{[1-5]:/.test(head) || /^:\d{2}[A-Z]?:/.test(head)) return 'swift-mt';
  return undefined;
}

/**
 * Reads a payment message of any supported format into transactions,
 * parties (with role and path) and free-text fields, without screening.
 *
 * @example
 * ```ts
 * const { message } = readPayment(readFileSync('fixtures/payments/mt202cov_goplasmatic.txt'));
 * message?.transactions[0]?.parties.map((p) => `${p.role} ${p.path} ${p.name ?? p.identifiers.bic}`);
 * // [ 'orderingInstitution :52A: DEUTDEFF', …, 'orderingCustomer B/:50K: ACME CORPORATION', 'beneficiaryCustomer B/:59: SINGAPORE TECH PTE LTD' ]
 * ```
 */
export function readPayment(input: string | Uint8Array): PaymentRead {
  const warnings: PaymentWarning[] = [];
  const text = decodeMessage(input, warnings);
  const syntax = detectSyntax(text);
  if (syntax === undefined) {
    // A binary file's start reaches a terminal: C0 and C1 controls and invisible characters escaped as batch's header preview is.
    const start = `"${printableName(text.trimStart().slice(0, 30))}"`;
    return { problem: { reason: `not a payment message this library reads (ISO 20022 XML, SWIFT MT, Fedwire): it starts with ${start}` } };
  }
  const read = syntax === 'iso20022' ? readIso20022(text) : syntax === 'swift-mt' ? readMt(text) : readFedwire(text);
  if (read.message !== undefined) read.message.warnings.unshift(...warnings);
  return { syntax, ...read } as PaymentRead;
}
