/**
 * Analysts' decisions on alerts, so that an alert reviewed and cleared stays
 * cleared on the next run, and comes back when what it was cleared on changes.
 * A decision names the party (`id`), the designation (`reference_number`) and
 * the alert's `fingerprint` (the party's screened fields and the
 * designation's content, see `fingerprint.ts`).
 */
import { parse } from 'csv-parse/sync';
import { ArgumentTypeError, describeValue, ErrorCodes, UnscScreenError } from '../errors.js';
import type { Alert } from '../screen/result.js';

/** The columns of a decisions file, in order; the library takes rows with the same keys. */
export const DECISION_COLUMNS = ['id', 'reference_number', 'fingerprint', 'decision', 'analyst', 'note', 'date'] as const;

/** One decision: a row of a decisions file. */
export interface DecisionRow {
  /** The party's id, as in the screened input (`''` when the input had none). */
  id: string;
  /** The designation's REFERENCE_NUMBER (e.g. `QDi.136`). */
  reference_number: string;
  /** The alert's fingerprint when the decision was made. */
  fingerprint: string;
  /** `cleared` suppresses the alert; any other value (`escalated`, `true match`, empty) does not. */
  decision: string;
  analyst?: string;
  note?: string;
  /** When the decision was made (free text, ISO 8601 advised). */
  date?: string;
}

/** An alert a decision cleared, with that decision. */
export interface ClearedAlert {
  alert: Alert;
  decision: DecisionRow;
}

/** A decisions file that cannot be read: `UNSC_ERR_BAD_DECISIONS`. */
export class DecisionsFormatError extends UnscScreenError {
  override name = 'DecisionsFormatError' as const;
  constructor(message: string) {
    super(ErrorCodes.BAD_DECISIONS, message);
  }
}

/**
 * Reads a decisions file (CSV with a header naming at least `id`,
 * `reference_number`, `fingerprint` and `decision`; a BOM and `;` are fine;
 * a cell neutralised against CSV injection, `'-123`, reads as `-123`).
 *
 * @throws {DecisionsFormatError} when the file is not such a CSV.
 * @example
 * ```ts
 * parseDecisionsCsv('id,reference_number,fingerprint,decision\nc1,QDi.136,5c1f…,cleared\n');
 * // [{ id: 'c1', reference_number: 'QDi.136', fingerprint: '5c1f…', decision: 'cleared' }]
 * ```
 */
export function parseDecisionsCsv(text: string | Uint8Array): DecisionRow[] {
  if (typeof text !== 'string' && !(text instanceof Uint8Array)) {
    throw new ArgumentTypeError(ErrorCodes.INVALID_ARGUMENT, `Expected \`text\` to be a string or bytes, got ${describeValue(text)}`);
  }
  const source = typeof text === 'string' ? text : Buffer.from(text).toString('utf8');
  const headerLine = source.replace(/^\ufeff/, '').split('\n', 1)[0] ?? '';
  const delimiter = headerLine.includes(';') && !headerLine.includes(',') ? ';' : ',';
  let rows: Array<Record<string, string>>;
  try {
    rows = parse(source, { bom: true, columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), delimiter, skip_empty_lines: true, trim: true }) as Array<Record<string, string>>;
  } catch (error) {
    throw new DecisionsFormatError(`the decisions file is not valid CSV: ${(error as Error).message}`);
  }
  const first = rows[0];
  if (first !== undefined) {
    const missing = DECISION_COLUMNS.slice(0, 4).filter((column) => !(column in first));
    if (missing.length > 0) throw new DecisionsFormatError(`the decisions file has no ${missing.map((m) => `\`${m}\``).join(', ')} column (expected ${DECISION_COLUMNS.join(', ')})`);
  }
  // A cell written neutralised against CSV injection (`'-123`, see the batch's CSV output) reads as its value.
  const cell = (value: string | undefined) => (value === undefined ? '' : /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);
  return rows.map((row) => {
    const decision: DecisionRow = { id: cell(row['id']), reference_number: cell(row['reference_number']), fingerprint: cell(row['fingerprint']), decision: cell(row['decision']) };
    for (const key of ['analyst', 'note', 'date'] as const) if (cell(row[key]) !== '') decision[key] = cell(row[key]);
    return decision;
  });
}

/**
 * The decisions in force, looked up by party id, reference number and
 * fingerprint. Only `cleared` decisions suppress an alert; when one party has
 * several decisions on the same fingerprint, the last row wins.
 *
 * @example
 * ```ts
 * const book = new DecisionBook(parseDecisionsCsv(readFileSync('decisions.csv')));
 * const { alerts, cleared } = book.apply('c1', screener.screen({ name: 'Mohammad Hassan' }).alerts);
 * // alerts: still to review; cleared: each with the decision that cleared it
 * ```
 */
export class DecisionBook {
  readonly #decisions = new Map<string, DecisionRow>();

  constructor(rows: Iterable<DecisionRow>) {
    if (rows === null || typeof (rows as Partial<Iterable<DecisionRow>> | undefined)?.[Symbol.iterator] !== 'function') {
      throw new ArgumentTypeError(ErrorCodes.INVALID_ARGUMENT, `Expected \`rows\` to be an iterable of decisions, got ${describeValue(rows)}`);
    }
    for (const row of rows) {
      if (typeof row?.id !== 'string' || typeof row.reference_number !== 'string' || typeof row.fingerprint !== 'string') {
        throw new DecisionsFormatError('Expected each decision to have string `id`, `reference_number` and `fingerprint`');
      }
      this.#decisions.set(DecisionBook.#key(row.id, row.reference_number, row.fingerprint), row);
    }
  }

  /** How many decisions the book holds. */
  get size(): number {
    return this.#decisions.size;
  }

  /** The `cleared` decision on this alert of this party, if any. */
  clearing(id: string, alert: Alert): DecisionRow | undefined {
    const decision = this.#decisions.get(DecisionBook.#key(id.trim(), alert.referenceNumber, alert.fingerprint));
    return decision !== undefined && decision.decision.trim().toLowerCase() === 'cleared' ? decision : undefined;
  }

  /** Splits a party's alerts into those still to review and those a decision cleared. */
  apply(id: string, alerts: readonly Alert[]): { alerts: Alert[]; cleared: ClearedAlert[] } {
    const open: Alert[] = [];
    const cleared: ClearedAlert[] = [];
    for (const alert of alerts) {
      const decision = this.clearing(id, alert);
      if (decision === undefined) open.push(alert);
      else cleared.push({ alert, decision });
    }
    return { alerts: open, cleared };
  }

  static #key(id: string, referenceNumber: string, fingerprint: string): string {
    return `${id}\u0000${referenceNumber.trim()}\u0000${fingerprint.trim()}`;
  }
}
