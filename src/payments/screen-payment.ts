/**
 * Screens a payment message: each party as a party (its countries as
 * evidence, a birth date and personal documents when the message gives them,
 * institutions as entities), each free-text field through a `screenText`
 * callback, and one result per transaction whose alerts carry role, path and
 * the transaction's ids.
 */
import { PaymentFormatError } from './errors.js';
import { validateLimit, validateThreshold } from '../validate.js';
import { readBirthDate } from '../screen/birth-dates.js';
import { bestAlerts } from '../screen/best-alerts.js';
import { ENGINE } from '../engine.js';
import type { ScreenQuery } from '../screen/query.js';
import type { ListVersion, ScreenResult } from '../screen/result.js';
import { readPayment } from './read-payment.js';
import { screenFreeText, segmentsAsNames, type TextScreenFn } from './screen-free-text.js';
import type {
  FreeTextField,
  PaymentAlert,
  PaymentMessage,
  PaymentParty,
  PaymentScreenOptions,
  PaymentScreenResult,
  PaymentWarning,
  TextScreening,
  TextSpan,
  TransactionScreenResult,
} from './types.js';

/** Party identifier schemes that are personal documents (ISO 20022 and MT 50F codes): screened as document numbers. */
const DOCUMENT_SCHEMES = new Set(['CCPT', 'NIDN', 'ARNU', 'DRLC', 'SOSE', 'TXID']);

/** What `screenPayment` needs of a Screener. */
export interface PaymentScreeningContext {
  /** Screens one party (`screener.screen`). */
  screen: (query: ScreenQuery) => ScreenResult;
  /** The list version in use. */
  version: ListVersion;
  /** The version of the scoring model in use (`SCORING_MODEL.version`). */
  model: string;
  /** The Screener's default threshold and limit. */
  defaults: { threshold: number; limit: number };
  /**
   * Makes the text screener for the given threshold and limit:
   * `({ threshold, limit }) => (text) => screener.screenText(text, { threshold, limit })`.
   * When absent, each free-text field is screened by `segmentsAsNames` (see screen-free-text.ts).
   */
  screenText?: (options: { threshold: number; limit: number }) => TextScreenFn;
}

/**
 * Reads and screens a payment message.
 *
 * @throws {ArgumentTypeError} (`UNSC_ERR_INVALID_QUERY`) when the message is neither a string nor bytes.
 * @throws {ArgumentRangeError} (`UNSC_ERR_INVALID_OPTION`) for a bad threshold or limit.
 * @throws {PaymentFormatError} (`UNSC_ERR_PAYMENT_FORMAT`) when the message cannot be read, or is
 *   malformed; its `partial` holds the screen of the transactions that could be read, if any.
 */
export function screenPayment(context: PaymentScreeningContext, message: string | Uint8Array, options: PaymentScreenOptions = {}): PaymentScreenResult {
  const threshold = validateThreshold(options.threshold ?? context.defaults.threshold, { aboveZero: true });
  const limit = validateLimit(options.limit ?? context.defaults.limit);
  const read = readPayment(message);
  const result = read.message === undefined ? undefined : screenMessage(context, read.message, threshold, limit);
  if (read.problem !== undefined) {
    const { reason, ...where } = read.problem;
    const at = where.line === undefined ? '' : ` (line ${where.line}${where.column === undefined ? '' : `, column ${where.column}`})`;
    const kept = result === undefined ? '' : `; ${result.transactions.length} transaction(s) read before it are screened in \`partial\``;
    throw new PaymentFormatError(`Cannot read the payment message${where.format === undefined ? '' : ` (${where.format})`}: ${reason}${at}${kept}`, { reason, ...where }, result);
  }
  return result!;
}

function screenMessage(context: PaymentScreeningContext, message: PaymentMessage, threshold: number, limit: number): PaymentScreenResult {
  const textScreening: TextScreening = context.screenText === undefined ? 'segments-as-names' : 'screenText';
  // The stand-in reports the segments it leaves unscreened here, for the field being screened.
  let skipped: TextSpan[] = [];
  const screenText =
    context.screenText?.({ threshold, limit }) ??
    segmentsAsNames(context.screen, { list: context.version, options: { threshold, limit, engine: ENGINE, model: context.model } }, (segment) => skipped.push(segment));
  // Parties and fields shared by several transactions (group header, a pain.001 debtor) are screened once.
  const partyResults = new WeakMap<PaymentParty, { alerts: ScreenResult['alerts']; warnings: PaymentWarning[] }>();
  const fieldResults = new WeakMap<FreeTextField, { alerts: PaymentAlert[]; skipped: TextSpan[]; truncated: boolean }>();
  const transactions = message.transactions.map((tx): TransactionScreenResult => {
    const warnings: PaymentWarning[] = [...tx.warnings];
    const alerts: PaymentAlert[] = [];
    for (const party of tx.parties) {
      let screened = partyResults.get(party);
      if (screened === undefined) {
        screened = screenParty(context.screen, party, threshold, limit);
        partyResults.set(party, screened);
      }
      for (const alert of screened.alerts) alerts.push({ ...alert, role: party.role, path: party.path, source: 'party', ids: tx.ids });
      warnings.push(...screened.warnings);
    }
    for (const field of tx.freeText) {
      let screened = fieldResults.get(field);
      if (screened === undefined) {
        skipped = [];
        const found = screenFreeText(field, screenText, tx.ids, limit);
        screened = { alerts: found.alerts, skipped, truncated: found.truncated };
        fieldResults.set(field, screened);
      }
      for (const alert of screened.alerts) alerts.push(alert.ids === tx.ids ? alert : { ...alert, ids: tx.ids });
      for (const segment of screened.skipped) warnings.push(notScreened(field, segment));
      if (screened.truncated) warnings.push(textCut(field));
    }
    return { ...tx, warnings, alerts };
  });
  return {
    format: message.format,
    ...(message.version === undefined ? {} : { version: message.version }),
    transactions,
    warnings: message.warnings,
    list: context.version,
    options: { threshold, limit, engine: ENGINE, model: context.model, textScreening },
  };
}

/** The warning for a free-text field whose parts `screenText` still scored only in part (see `MAX_TEXT_WINDOWS`, `screenFreeText`). */
function textCut(field: FreeTextField): PaymentWarning {
  return {
    code: 'UNSC_WARN_TEXT_NOT_SCREENED',
    message: `Free text of ${field.text.length} characters was screened in parts, and a part had more name-like words than a text is screened for: the end of that part was not screened`,
    path: field.path,
  };
}

/**
 * Screens one party with `screen` (and its run-on name; `screen` itself
 * screens a name without parts too long to be name parts), with what
 * `screen` said of its name and side fields as payment warnings carrying the
 * party's role and path.
 */
function screenParty(screen: PaymentScreeningContext['screen'], party: PaymentParty, threshold: number, limit: number): { alerts: ScreenResult['alerts']; warnings: PaymentWarning[] } {
  const query = partyQuery(party, threshold, limit);
  if (query === undefined) return { alerts: [], warnings: [] };
  const results = [screen(query)];
  if (party.nameRunOn !== undefined) results.push(screen({ ...query, name: party.nameRunOn }));
  const warnings: PaymentWarning[] = [];
  // What screen() says of the party as the message gives it (the run-on name is made from the same
  // fields); the list's age is the Screener's business, not a party's.
  for (const warning of results[0]!.warnings) {
    if (warning.field === 'list') continue;
    warnings.push({ code: warning.code as PaymentWarning['code'], message: `${party.role}: ${warning.message}`, path: party.path, role: party.role, field: warning.field, value: warning.value });
  }
  return { alerts: results.length === 1 ? results[0]!.alerts : bestAlerts(results.map((r) => r.alerts), limit), warnings };
}

/** The warning for a part of a free-text field the stand-in text screener did not screen. */
function notScreened(field: FreeTextField, segment: TextSpan): PaymentWarning {
  const shown = segment.text.length > 60 ? `${segment.text.slice(0, 57)}…` : segment.text;
  return {
    code: 'UNSC_WARN_TEXT_NOT_SCREENED',
    message:
      `Free text ${JSON.stringify(shown)} (characters ${segment.start}–${segment.end}) has more words than a name and was not screened: ` +
      'only whole short segments are screened as names until screenText is available',
    path: field.path,
  };
}

/** The query for a party: its name, kind, countries, and for a person a readable birth date and personal documents. */
function partyQuery(party: PaymentParty, threshold: number, limit: number): ScreenQuery | undefined {
  if (party.name === undefined) return undefined;
  const ids = party.identifiers;
  const person = party.kind !== 'entity';
  const documents = person ? ids.other.filter((id) => id.scheme !== undefined && DOCUMENT_SCHEMES.has(id.scheme)).map((id) => id.id) : [];
  const birthDate = person && ids.birthDate !== undefined && readBirthDate(ids.birthDate) !== undefined ? ids.birthDate : undefined;
  return {
    name: party.name,
    // Institutions are screened as entities only; a customer's OrgId or PrvtId says what the sender believes, not a filter.
    ...(party.institution ? { kind: 'entity' as const } : {}),
    ...(party.countries.length === 0 ? {} : { country: party.countries }),
    ...(birthDate === undefined ? {} : { dateOfBirth: birthDate }),
    ...(documents.length === 0 ? {} : { document: documents }),
    threshold,
    limit,
  };
}

