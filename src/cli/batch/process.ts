/**
 * Screening a batch of rows into output text: the same code runs in the
 * main thread (one worker) and in worker threads.
 */
import { UnscScreenError } from '../../errors.js';
import type { ScreenQuery } from '../../screen/query.js';
import type { Alert } from '../../screen/result.js';
import { csvField } from './csv-line.js';
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
  rejected: RejectedRow[];
}

/** Screens one row: its alerts, and with --since the alerts that removals cleared. */
export type RowScreener = (query: ScreenQuery) => { alerts: Alert[]; cleared?: Alert[] };

/** The CSV output header (with --since, a last column of cleared reference numbers). */
export function csvHeader(since: boolean): string {
  return `row,id,name,alert_count,reference_numbers,scores,primary_names,matched_names,list_types,reasons${since ? ',cleared_reference_numbers' : ''}\n`;
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
  };
}

/** Screens one row into the batch output; a row the Screener rejects (bad date, unknown country) is recorded as rejected. */
function screenRow(screen: RowScreener, row: InputRow, threshold: number | undefined, format: OutputFormat, output: BatchOutput): void {
  let found: Alert[];
  let cleared: Alert[] | undefined;
  try {
    ({ alerts: found, cleared } = screen(threshold === undefined ? row.query : { ...row.query, threshold }));
  } catch (error) {
    if (!(error instanceof UnscScreenError)) throw error;
    output.rejected.push({ line: row.line, id: row.id, reason: (error as Error).message, raw: JSON.stringify(row.query) });
    return;
  }
  output.rows++;
  output.alerts += found.length;
  if (found.length > 0) output.rowsWithAlerts++;
  if (format === 'jsonl') {
    const record = { row: row.line, id: row.id, name: row.query.name, alerts: found.map(outputAlert) };
    output.text += `${JSON.stringify(cleared === undefined ? record : { ...record, cleared: cleared.map(outputAlert) })}\n`;
  } else {
    const join = (values: string[]) => csvField(values.join(' | '));
    output.text += [
      String(row.line),
      csvField(row.id),
      csvField(row.query.name),
      String(found.length),
      join(found.map((a) => a.referenceNumber)),
      join(found.map((a) => a.score.toFixed(4))),
      join(found.map((a) => a.primaryName)),
      join(found.map((a) => a.matchedName?.text ?? '')),
      join(found.map((a) => a.listType)),
      join(found.map((a) => a.reason)),
      ...(cleared === undefined ? [] : [join(cleared.map((a) => a.referenceNumber))]),
    ].join(',') + '\n';
  }
}

/** A batch of raw input lines with their 1-based line numbers. */
export interface LineBatch {
  lines: string[];
  lineNumbers: number[];
}

/**
 * Reads and screens a batch of raw lines (workers do this, so that the main
 * thread only splits the input into lines), one line at a time: a row is
 * garbage as soon as its output is written, so little of a batch outlives a
 * young-generation collection. Unreadable rows and rows the Screener
 * rejects are returned as rejected, in line order.
 */
export function processLines(screen: RowScreener, reader: RowReader, batch: LineBatch, format: OutputFormat, threshold?: number): BatchOutput {
  const output: BatchOutput = { text: '', rows: 0, alerts: 0, rowsWithAlerts: 0, rejected: [] };
  for (let i = 0; i < batch.lines.length; i++) {
    const row = reader.read(batch.lines[i]!, batch.lineNumbers[i]!);
    if (row === undefined) continue;
    if ('reason' in row) output.rejected.push(row);
    else screenRow(screen, row, threshold, format, output);
  }
  return output;
}
