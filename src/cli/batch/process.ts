/**
 * Screening a batch of rows into output text: the same code runs in the
 * main thread (one worker) and in worker threads.
 */
import { UnscScreenError } from '../../errors.js';
import type { ScreenQuery } from '../../screen/query.js';
import type { Alert, ScreenResult } from '../../screen/result.js';
import { WarningCodes, type ScreenWarning } from '../../screen/warnings.js';
import type { ClearedAlert, DecisionBook } from '../../decisions/decisions.js';
import { reportAlert, type ReportRow, type ReportWarningRow } from './html-report.js';
import { csvRejectedRow, csvScreenedRow, hasAlerts, rowStatus, warningText, type OutputShape, type RowStatus } from './csv-output.js';
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
  /** Rows screened with a warning about one of their own fields (an old list is not counted). */
  rowsWithWarnings: number;
  /** With --since: rows with no new alert (status `no_new_alert`: not screened against what did not change). */
  rowsWithoutNewAlert: number;
  /** With --report: the rows with alerts, open or cleared. */
  report?: ReportRow[];
  /** With --report: the rows screened with warnings about their own fields. */
  reportWarnings?: ReportWarningRow[];
  rejected: RejectedRow[];
}

/** Screens one row: its result, and with --since the alerts that removals cleared. */
export type RowScreener = (query: ScreenQuery) => ScreenResult & { cleared?: Alert[] };

/** How a batch is written: the format and the shape (see `csv-output.ts`). */
export interface OutputOptions extends OutputShape {
  format: OutputFormat;
  /** With --report: send the rows with alerts (open or cleared) back for the HTML report. */
  report?: boolean;
  /** JSONL: each alert with the designation's full record (`--with-record`). */
  withRecord?: boolean;
}

/** An alert as written to JSONL: the library's Alert, without its record unless asked. */
function outputAlert(alert: Alert, withRecord: boolean): Partial<Alert> {
  if (withRecord) return alert;
  const { record: _record, ...rest } = alert;
  return rest;
}

/** A row's warnings about its own fields (the list's age is said once, on stderr). */
export function partyWarnings(warnings: readonly ScreenWarning[]): ScreenWarning[] {
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

/** What a batch adds to a row's ScreenResult in JSONL: its status, and with --cleared the alerts decisions cleared. */
export interface JsonlExtras {
  status?: RowStatus;
  clearedByDecision?: readonly ClearedAlert[];
}

/**
 * The JSONL record of a screened row: the library's ScreenResult (the
 * package's JSON Schema), with the input line number and the row's status
 * in front. An old list is said once on stderr, not on every row. (Written
 * by hand around the parts that change, as JSON.stringify would write the
 * object: the list and options are the same on every row.)
 */
export function jsonlRecord(row: number, result: ScreenResult & { cleared?: Alert[] }, withRecord = false, extras: JsonlExtras = {}): string {
  const { list, options } = result;
  const listJson = cachedJson(constantJson.list, `${list.sha256}|${list.dateGenerated}|${list.ageDays}`, list);
  const optionsJson = cachedJson(constantJson.options, `${options.threshold}|${options.limit}|${options.kind ?? ''}|${options.engine}|${options.model}`, options);
  const alerts = result.alerts.length === 0 ? '[]' : JSON.stringify(result.alerts.map((alert) => outputAlert(alert, withRecord)));
  const warnings = partyWarnings(result.warnings);
  const decided = extras.clearedByDecision;
  return (
    `{"row":${row}${result.id === undefined ? '' : `,"id":${JSON.stringify(result.id)}`}${extras.status === undefined ? '' : `,"status":"${extras.status}"`},` +
    `"query":${JSON.stringify(result.query)},"alerts":${alerts},` +
    `${decided === undefined ? '' : `"clearedByDecision":${JSON.stringify(decided.map(({ alert, decision }) => ({ ...outputAlert(alert, withRecord), decision })))},`}` +
    `"warnings":${warnings.length === 0 ? '[]' : JSON.stringify(warnings)},"list":${listJson},"options":${optionsJson}` +
    `${result.cleared === undefined ? '' : `,"cleared":${JSON.stringify(result.cleared.map((alert) => outputAlert(alert, withRecord)))}`}}`
  );
}

/** Screens one row into the batch output; a row the Screener rejects (with --strict) is recorded as rejected. */
function screenRow(
  screen: RowScreener,
  row: InputRow,
  threshold: number | undefined,
  options: OutputOptions,
  output: BatchOutput,
  reject: (row: RejectedRow) => void,
  decisions: DecisionBook | undefined,
): void {
  let result: ReturnType<RowScreener>;
  try {
    result = screen(threshold === undefined ? row.query : { ...row.query, threshold });
  } catch (error) {
    if (!(error instanceof UnscScreenError)) throw error;
    reject({ line: row.line, id: row.id, reason: (error as Error).message, raw: JSON.stringify(row.query) });
    return;
  }
  const found = result.alerts;
  const cleared = result.cleared;
  output.rows++;
  const { alerts, cleared: decided } = decisions?.apply(row.id, found) ?? { alerts: found, cleared: [] };
  output.alerts += alerts.length;
  output.clearedByDecision += decided.length;
  if (alerts.length > 0) output.rowsWithAlerts++;
  const warnings = row.warnings === undefined ? partyWarnings(result.warnings) : [...row.warnings, ...partyWarnings(result.warnings)];
  if (warnings.length > 0) {
    output.rowsWithWarnings++;
    if (options.report === true) (output.reportWarnings ??= []).push({ line: row.line, id: row.id, name: row.query.name, warnings: warnings.map(warningText) });
  }
  const screened = { line: row.line, id: row.id, name: row.query.name, alerts, removed: cleared, decided, warnings };
  const status = rowStatus(screened, options.since);
  if (status === 'no_new_alert') output.rowsWithoutNewAlert++;
  if (options.report === true && hasAlerts(status)) {
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
  } else if (!options.alertsOnly || hasAlerts(status)) {
    const record = jsonlRecord(row.line, { ...result, alerts, ...(row.warnings === undefined ? {} : { warnings: [...row.warnings, ...result.warnings] }) }, options.withRecord === true, {
      status,
      ...(decisions === undefined ? {} : { clearedByDecision: decided }),
    });
    output.text += `${record}\n`;
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
  const output: BatchOutput = { text: '', rows: 0, alerts: 0, rowsWithAlerts: 0, clearedByDecision: 0, rowsWithWarnings: 0, rowsWithoutNewAlert: 0, rejected: [] };
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
