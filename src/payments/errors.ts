/**
 * The error of a payment message that cannot be read (`UNSC_ERR_PAYMENT_FORMAT`),
 * with the transactions read before the fault.
 */
import { ErrorCodes, UnscScreenError } from '../errors.js';
import type { PaymentScreenResult } from './types.js';

/** Where and why a payment message could not be read. */
export interface PaymentFormatErrorDetails {
  /** The format the message was taken for, when it was recognized (`pacs.008`, `MT103`…). */
  format?: string;
  /** What was wrong, in a few words (`malformed XML`, `block 4 not terminated`…). */
  reason: string;
  /** 1-based line in the message, when known. */
  line?: number;
  /** 1-based column in the message, when known. */
  column?: number;
  /** 0-based position of the message in a file holding several (an RJE file), when known. */
  message?: number;
}

/**
 * A payment message that is no payment message this library reads, or is
 * malformed (`UNSC_ERR_PAYMENT_FORMAT`). When some transactions could still be
 * read, `partial` holds them, screened: nothing readable is lost.
 */
export class PaymentFormatError extends UnscScreenError {
  override name = 'PaymentFormatError' as const;
  readonly details: PaymentFormatErrorDetails;
  /** The transactions that could be read despite the error, screened, when any. */
  readonly partial: PaymentScreenResult | undefined;

  constructor(message: string, details: PaymentFormatErrorDetails, partial?: PaymentScreenResult) {
    super(ErrorCodes.PAYMENT_FORMAT, message);
    this.details = details;
    this.partial = partial;
  }
}
