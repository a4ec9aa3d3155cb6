/**
 * The CSV output of a batch, in two shapes an analyst can sort and filter in
 * a spreadsheet: wide (one line per input row, several alerts packed in a
 * cell, with `max_score` and `top_reference` beside them) and long (one line
 * per alert). Every text cell is neutralised against CSV injection.
 */
import type { ClearedAlert } from '../../decisions/decisions.js';
import type { Alert } from '../../screen/result.js';
import type { ScreenWarning } from '../../screen/warnings.js';
import type { RejectedRow } from './rows.js';
import { csvCell } from './spreadsheet-cell.js';

/** Which rows and which shape the output has. */
export interface OutputShape {
  /** Only rows with at least one alert, open or cleared by a decision (rejected and clean rows left out). */
  alertsOnly: boolean;
  /** CSV only: one line per alert instead of one per row. */
  long: boolean;
  /** With --since: the alerts that removals cleared, as a last column. */
  since: boolean;
  /** With --cleared: the alerts analysts' decisions cleared are listed, never dropped. */
  decisions: boolean;
}

/** A row's status in the output: `cleared` when every alert it had was cleared by a decision. */
export type RowStatus = 'alert' | 'no_alert' | 'cleared' | 'rejected';

/** One screened row as the CSV writers need it. */
export interface ScreenedRow {
  line: number;
  id: string;
  name: string;
  /** Alerts still to review, best first. */
  alerts: readonly Alert[];
  /** With --since: alerts that removals from the list cleared. */
  removed?: readonly Alert[] | undefined;
  /** With --cleared: alerts analysts' decisions cleared. */
  decided: readonly ClearedAlert[];
  /** What the screen could not use as given (the row's own fields; an old list is said on stderr). */
  warnings?: readonly ScreenWarning[];
}

/** The status of a screened row. */
export function rowStatus(row: Pick<ScreenedRow, 'alerts' | 'decided'>): RowStatus {
  return row.alerts.length > 0 ? 'alert' : row.decided.length > 0 ? 'cleared' : 'no_alert';
}

/** The CSV header line of a shape. */
export function csvOutputHeader(shape: OutputShape): string {
  const tail = `${shape.decisions ? ',cleared_by_decision' : ''}${shape.since ? ',cleared_reference_numbers' : ''}`;
  if (shape.long) return `row,id,name,status,rank,reference_number,score,name_score,matched_name,list_type,reason,fingerprint,warnings${tail}\n`;
  return `row,id,name,status,alert_count,max_score,top_reference,reference_numbers,scores,primary_names,matched_names,list_types,reasons,fingerprints,warnings${tail}\n`;
}

const score = (value: number) => value.toFixed(4);

/**
 * The CSV lines of one screened row (none with `alertsOnly` and no alert).
 * Alerts come best first, as the Screener returns them; in the long shape an
 * alert a decision cleared is a line of status `cleared` with the analyst.
 */
export function csvScreenedRow(row: ScreenedRow, shape: OutputShape): string {
  const status = rowStatus(row);
  if (shape.alertsOnly && status === 'no_alert') return '';
  const warnings = csvCell((row.warnings ?? []).map((w) => `${w.code} ${w.field}: ${w.message}`).join(' | '));
  const head = (lineStatus: RowStatus) => [String(row.line), csvCell(row.id), csvCell(row.name), lineStatus];
  const decidedCell = (decided: readonly ClearedAlert[]) =>
    csvCell(decided.map(({ alert, decision }) => `${alert.referenceNumber} (${[decision.analyst, decision.date].filter(Boolean).join(' ') || 'cleared'})`).join(' | '));
  const tail = (decided: readonly ClearedAlert[]) => [
    ...(shape.decisions ? [decidedCell(decided)] : []),
    ...(shape.since ? [csvCell((row.removed ?? []).map((a) => a.referenceNumber).join(' | '))] : []),
  ];
  if (shape.long) {
    const line = (lineStatus: RowStatus, alert: Alert, rank: number, decided: readonly ClearedAlert[]) =>
      [
        ...head(lineStatus),
        String(rank),
        csvCell(alert.referenceNumber),
        score(alert.score),
        score(alert.nameScore),
        csvCell(alert.matchedName?.text ?? ''),
        csvCell(alert.listType),
        csvCell(alert.reason),
        alert.fingerprint,
        warnings,
        ...tail(decided),
      ].join(',') + '\n';
    if (row.alerts.length === 0 && row.decided.length === 0) return `${[...head(status), '', '', '', '', '', '', '', '', warnings, ...tail([])].join(',')}\n`;
    return (
      row.alerts.map((alert, i) => line('alert', alert, i + 1, [])).join('') +
      row.decided.map((decided, i) => line('cleared', decided.alert, row.alerts.length + i + 1, [decided])).join('')
    );
  }
  const found = row.alerts;
  const join = (values: string[]) => csvCell(values.join(' | '));
  return (
    [
      ...head(status),
      String(found.length),
      found.length === 0 ? '' : score(Math.max(...found.map((a) => a.score))),
      csvCell(found[0]?.referenceNumber ?? ''),
      join(found.map((a) => a.referenceNumber)),
      join(found.map((a) => score(a.score))),
      join(found.map((a) => a.primaryName)),
      join(found.map((a) => a.matchedName?.text ?? '')),
      join(found.map((a) => a.listType)),
      join(found.map((a) => a.reason)),
      join(found.map((a) => a.fingerprint)),
      warnings,
      ...tail(row.decided),
    ].join(',') + '\n'
  );
}

/** The CSV line of a rejected row (none with `alertsOnly`): its status and reason, so that the full output accounts for every input row. */
export function csvRejectedRow(row: RejectedRow, shape: OutputShape): string {
  if (shape.alertsOnly) return '';
  const before = shape.long ? 6 : 8; // the columns between status and reason
  const after = 2 + (shape.decisions ? 1 : 0) + (shape.since ? 1 : 0);
  return `${[String(row.line), csvCell(row.id), '', 'rejected', ...Array<string>(before).fill(''), csvCell(row.reason), ...Array<string>(after).fill('')].join(',')}\n`;
}
