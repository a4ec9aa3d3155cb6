/**
 * Screening a batch of rows into output text: the same code runs in the
 * main thread (one worker) and in worker threads.
 */
import { UnscScreenError } from '../../errors.js';
import type { ScreenQuery } from '../../screen/query.js';
import type { ScreenWarning } from '../../screen/name-warnings.js';
import type { Alert } from '../../screen/result.js';
import type { DecisionBook } from '../../decisions/decisions.js';
import { reportAlert, type ReportRow } from './html-report.js';
import { csvRejectedRow, csvScreenedRow, rowStatus, type OutputShape } from './csv-output.js';
import type { InputRow, RejectedRow, RowReader } from './rows.js';

/** Output formats. */
export type OutputFormat = 'jsonl' | 'csv';

/** What one batch gives back. */
export interface BatchOutput {
  /** Output records, one per screened row, in row order, each ending in a newline. */
  text: string;
  rows: number;
  alerts: number;
  rowsWithAlerts: number;
  /** Alerts analysts' decisions cleared (--cleared): listed in the output, not counted in `alerts`. */
  clearedByDecision: number;
  /** With --report: the rows with alerts, open or cleared. */
  report?: ReportRow[];
  rejected: RejectedRow[];
}

/** Screens one row: its alerts, and with --since the alerts that removals cleared. */
export type RowScreener = (query: ScreenQuery) => { alerts: Alert[]; cleared?: Alert[]; warnings?: ScreenWarning[] };

/** How a batch is written: the format and the shape (see `csv-output.ts`). */
export interface OutputOptions extends OutputShape {
  format: OutputFormat;
  /** With --report: send the rows with alerts (open or cleared) back for the HTML report. */
  report?: boolean;
}

/** An alert as written to the output. */
function outputAlert(alert: Alert) {
  return {
    referenceNumber: alert.referenceNumber,
    score: Number(alert.score.toFixed(4)),
    nameScore: Number(alert.nameScore.toFixed(4)),
    priority: alert.priority,
    kind: alert.kind,
    listType: alert.listType,
    primaryName: alert.primaryName,
    matchedName: alert.matchedName?.text ?? null,
    matchedNameSource: alert.matchedName?.source ?? null,
    matchedNameQuality: alert.matchedName?.quality ?? null,
    reason: alert.reason,
    fingerprint: alert.fingerprint,
  };
}

/** Screens one row into the batch output; a row the Screener rejects (bad date, unknown country) is recorded as rejected. */
function screenRow(
  screen: RowScreener,
  row: InputRow,
  threshold: number | undefined,
  options: OutputOptions,
  output: BatchOutput,
  reject: (row: RejectedRow) => void,
  decisions: DecisionBook | undefined,
): void {
  let found: Alert[];
  let cleared: Alert[] | undefined;
  let warnings: ScreenWarning[] | undefined;
  try {
    ({ alerts: found, cleared, warnings } = screen(threshold === undefined ? row.query : { ...row.query, threshold }));
  } catch (error) {
    if (!(error instanceof UnscScreenError)) throw error;
    reject({ line: row.line, id: row.id, reason: (error as Error).message, raw: JSON.stringify(row.query) });
    return;
  }
  output.rows++;
  const { alerts, cleared: decided } = decisions?.apply(row.id, found) ?? { alerts: found, cleared: [] };
  output.alerts += alerts.length;
  output.clearedByDecision += decided.length;
  if (alerts.length > 0) output.rowsWithAlerts++;
  const screened = { line: row.line, id: row.id, name: row.query.name, alerts, removed: cleared, decided };
  const status = rowStatus(screened);
  if (options.report === true && status !== 'no_alert') {
    const who = (d: { analyst?: string; date?: string }) => [d.analyst, d.date].filter(Boolean).join(' ') || 'cleared';
    (output.report ??= []).push({
      line: row.line,
      id: row.id,
      name: row.query.name,
      alerts: [...alerts.map((a) => reportAlert(a)), ...decided.map(({ alert, decision }) => reportAlert(alert, who(decision)))],
    });
  }
  if (options.format === 'csv') {
    output.text += csvScreenedRow(screened, options);
  } else if (!options.alertsOnly || status !== 'no_alert') {
    const record = {
      row: row.line,
      id: row.id,
      name: row.query.name,
      status,
      alerts: alerts.map(outputAlert),
      ...(decisions === undefined ? {} : { clearedByDecision: decided.map(({ alert, decision }) => ({ ...outputAlert(alert), decision })) }),
      // (a junk name, a part cut, invisible characters removed: see name-warnings.ts)
      ...(warnings === undefined || warnings.length === 0 ? {} : { warnings: warnings.map(({ code, message }) => ({ code, message })) }),
    };
    output.text += `${JSON.stringify(cleared === undefined ? record : { ...record, cleared: cleared.map(outputAlert) })}\n`;
  }
}

/** A rejected row in the full output (status `rejected`, with its reason), so that the output accounts for every input row. */
function rejectedRow(row: RejectedRow, options: OutputOptions): string {
  if (options.format === 'csv') return csvRejectedRow(row, options);
  if (options.alertsOnly) return '';
  return `${JSON.stringify({ row: row.line, id: row.id, status: 'rejected', reason: row.reason })}\n`;
}

/** A batch of raw input records (JSONL lines or CSV records) with their 1-based line numbers. */
export interface LineBatch {
  lines: string[];
  lineNumbers: number[];
  /** Records rejected whole while the input was cut (over the size limit), in line order. */
  rejected?: RejectedRow[];
}

/**
 * Reads and screens a batch of raw lines (workers do this, so that the main
 * thread only splits the input into lines), one line at a time: a row is
 * garbage as soon as its output is written, so little of a batch outlives a
 * young-generation collection. Unreadable rows and rows the Screener
 * rejects are returned as rejected, in line order.
 */
export function processLines(screen: RowScreener, reader: RowReader, batch: LineBatch, options: OutputOptions, threshold?: number, decisions?: DecisionBook): BatchOutput {
  const output: BatchOutput = { text: '', rows: 0, alerts: 0, rowsWithAlerts: 0, clearedByDecision: 0, rejected: [] };
  const reject = (row: RejectedRow) => {
    output.rejected.push(row);
    output.text += rejectedRow(row, options);
  };
  const cut = batch.rejected ?? [];
  let next = 0;
  for (let i = 0; i < batch.lines.length; i++) {
    const line = batch.lineNumbers[i]!;
    while (next < cut.length && cut[next]!.line < line) reject(cut[next++]!);
    const row = reader.read(batch.lines, i, line);
    if (row === undefined) continue;
    if ('reason' in row) reject(row);
    else screenRow(screen, row, threshold, options, output, reject, decisions);
  }
  while (next < cut.length) reject(cut[next++]!);
  return output;
}
