/**
 * Screening a batch of rows into output text: the same code runs in the
 * main thread (one worker) and in worker threads.
 */
import { UnscScreenError } from '../../errors.js';
import type { ScreenQuery } from '../../screen/query.js';
import type { Alert, ScreenResult } from '../../screen/result.js';
import { WarningCodes, type ScreenWarning } from '../../screen/warnings.js';
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
  /** Rows screened with a warning about one of their own fields (an old list is not counted). */
  rowsWithWarnings: number;
  rejected: RejectedRow[];
}

/** Screens one row: its result, and with --since the alerts that removals cleared. */
export type RowScreener = (query: ScreenQuery) => ScreenResult & { cleared?: Alert[] };

/** How rows are written. */
export interface OutputOptions {
  format: OutputFormat;
  /** JSONL: each alert with the designation's full record (`--with-record`). */
  withRecord?: boolean;
}

/** The CSV output header (with --since, a last column of cleared reference numbers). */
export function csvHeader(since: boolean): string {
  return `row,id,name,alert_count,reference_numbers,scores,primary_names,matched_names,list_types,reasons,warnings${since ? ',cleared_reference_numbers' : ''}\n`;
}

/** An alert as written to JSONL: the library's Alert, without its record unless asked. */
function outputAlert(alert: Alert, withRecord: boolean): Partial<Alert> {
  if (withRecord) return alert;
  const { record: _record, ...rest } = alert;
  return rest;
}

/** A row's warnings about its own fields (the list's age is said once, on stderr). */
function partyWarnings(warnings: readonly ScreenWarning[]): ScreenWarning[] {
  return warnings.filter((warning) => warning.code !== WarningCodes.LIST_STALE);
}

/** The JSON of the last `list` and `options` written: the same for nearly every row of a run. */
const constantJson = { list: { key: '', json: '' }, options: { key: '', json: '' } };

function cachedJson(slot: { key: string; json: string }, key: string, value: unknown): string {
  if (slot.key !== key) {
    slot.key = key;
    slot.json = JSON.stringify(value);
  }
  return slot.json;
}

/**
 * The JSONL record of a screened row: the library's ScreenResult (the
 * package's JSON Schema), with the input line number in front. An old list
 * is said once on stderr, not on every row. (Written by hand around the
 * parts that change, as JSON.stringify would write the object: the list and
 * options are the same on every row.)
 */
export function jsonlRecord(row: number, result: ScreenResult & { cleared?: Alert[] }, withRecord = false): string {
  const { list, options } = result;
  const listJson = cachedJson(constantJson.list, `${list.sha256}|${list.dateGenerated}|${list.ageDays}`, list);
  const optionsJson = cachedJson(constantJson.options, `${options.threshold}|${options.limit}|${options.kind ?? ''}|${options.engine}`, options);
  const alerts = result.alerts.length === 0 ? '[]' : JSON.stringify(result.alerts.map((alert) => outputAlert(alert, withRecord)));
  const warnings = partyWarnings(result.warnings);
  return (
    `{"row":${row}${result.id === undefined ? '' : `,"id":${JSON.stringify(result.id)}`},"query":${JSON.stringify(result.query)},` +
    `"alerts":${alerts},"warnings":${warnings.length === 0 ? '[]' : JSON.stringify(warnings)},"list":${listJson},"options":${optionsJson}` +
    `${result.cleared === undefined ? '' : `,"cleared":${JSON.stringify(result.cleared.map((alert) => outputAlert(alert, withRecord)))}`}}`
  );
}

/** Screens one row into the batch output; a row the Screener rejects (with --strict) is recorded as rejected. */
function screenRow(screen: RowScreener, row: InputRow, threshold: number | undefined, options: OutputOptions, output: BatchOutput): void {
  let result: ReturnType<RowScreener>;
  try {
    result = screen(threshold === undefined ? row.query : { ...row.query, threshold });
  } catch (error) {
    if (!(error instanceof UnscScreenError)) throw error;
    output.rejected.push({ line: row.line, id: row.id, reason: (error as Error).message, raw: JSON.stringify(row.query) });
    return;
  }
  const found = result.alerts;
  const cleared = result.cleared;
  output.rows++;
  output.alerts += found.length;
  if (found.length > 0) output.rowsWithAlerts++;
  const warnings = partyWarnings(result.warnings);
  if (warnings.length > 0) output.rowsWithWarnings++;
  if (options.format === 'jsonl') {
    output.text += `${jsonlRecord(row.line, result, options.withRecord === true)}\n`;
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
      join(warnings.map((w) => `${w.code} ${w.field}: ${w.message}`)),
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
export function processLines(screen: RowScreener, reader: RowReader, batch: LineBatch, options: OutputOptions, threshold?: number): BatchOutput {
  const output: BatchOutput = { text: '', rows: 0, alerts: 0, rowsWithAlerts: 0, rowsWithWarnings: 0, rejected: [] };
  for (let i = 0; i < batch.lines.length; i++) {
    const row = reader.read(batch.lines[i]!, batch.lineNumbers[i]!);
    if (row === undefined) continue;
    if ('reason' in row) output.rejected.push(row);
    else screenRow(screen, row, threshold, options, output);
  }
  return output;
}
