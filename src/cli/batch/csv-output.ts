/**
 * The CSV output of a batch, in two shapes an analyst can sort and filter in
 * a spreadsheet: wide (one line per input row, several alerts packed in a
 * cell, with `max_score` and `top_reference` beside them) and long (one line
 * per alert). Every text cell is neutralised against CSV injection.
 */
import type { ClearedAlert } from '../../decisions/decisions.js';
import type { Alert } from '../../screen/result.js';
import type { AlertPriority } from '../../screen/priority.js';
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

/**
 * A row's status in the output: `cleared` when every alert it had was cleared
 * by a decision; with --since, `no_new_alert` instead of `no_alert`: the row
 * was screened against what changed only, so a party listed before (and
 * alerted on the older list) has no new alert, and is not cleared.
 */
export type RowStatus = 'alert' | 'no_alert' | 'no_new_alert' | 'cleared' | 'rejected';

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

/** The status of a screened row (`since`: screened against what changed since an older list). */
export function rowStatus(row: Pick<ScreenedRow, 'alerts' | 'decided'>, since = false): RowStatus {
  return row.alerts.length > 0 ? 'alert' : row.decided.length > 0 ? 'cleared' : since ? 'no_new_alert' : 'no_alert';
}

/** Whether a row of this status is among the alerts (`--alerts-only`, the HTML report): an open or a cleared alert. */
export function hasAlerts(status: RowStatus): boolean {
  return status === 'alert' || status === 'cleared';
}

/** A warning as the CSV output and the HTML report write it. */
export function warningText(warning: ScreenWarning): string {
  return `${warning.code} ${warning.field}: ${warning.message}`;
}

/** The CSV header line of a shape. */
export function csvOutputHeader(shape: OutputShape): string {
  const tail = `${shape.decisions ? ',cleared_by_decision' : ''}${shape.since ? ',cleared_reference_numbers' : ''}`;
  if (shape.long) return `row,id,name,status,rank,reference_number,score,name_score,priority,matched_name,list_type,reason,fingerprint,warnings${tail}\n`;
  return `row,id,name,status,alert_count,max_score,priority,top_reference,reference_numbers,scores,primary_names,matched_names,list_types,reasons,fingerprints,warnings${tail}\n`;
}

const score = (value: number) => value.toFixed(4);

const PRIORITIES: readonly AlertPriority[] = ['low', 'normal', 'high'];

/** The highest priority among `alerts` (the wide shape's `priority`: a row to review first), or '' without alerts. */
export function highestPriority(alerts: readonly Pick<Alert, 'priority'>[]): AlertPriority | '' {
  let best = -1;
  for (const alert of alerts) best = Math.max(best, PRIORITIES.indexOf(alert.priority));
  return best < 0 ? '' : PRIORITIES[best]!;
}

/**
 * The CSV lines of one screened row (none with `alertsOnly` and no alert).
 * Alerts come best first, as the Screener returns them; in the long shape an
 * alert a decision cleared is a line of status `cleared` with the analyst.
 */
export function csvScreenedRow(row: ScreenedRow, shape: OutputShape): string {
  const status = rowStatus(row, shape.since);
  if (shape.alertsOnly && !hasAlerts(status)) return '';
  const warnings = csvCell((row.warnings ?? []).map(warningText).join(' | '));
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
        alert.priority,
        csvCell(alert.matchedName?.text ?? ''),
        csvCell(alert.listType),
        csvCell(alert.reason),
        alert.fingerprint,
        warnings,
        ...tail(decided),
      ].join(',') + '\n';
    if (row.alerts.length === 0 && row.decided.length === 0) return `${[...head(status), ...Array<string>(9).fill(''), warnings, ...tail([])].join(',')}\n`;
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
      highestPriority(found),
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
  const before = shape.long ? 7 : 9; // the columns between status and reason
  const after = 2 + (shape.decisions ? 1 : 0) + (shape.since ? 1 : 0);
  return `${[String(row.line), csvCell(row.id), '', 'rejected', ...Array<string>(before).fill(''), csvCell(row.reason), ...Array<string>(after).fill('')].join(',')}\n`;
}
