/**
 * The CSV output of a batch, in two shapes an analyst can sort and filter in
 * a spreadsheet: wide (one line per input row, several alerts packed in a
 * cell, with `max_score` and `top_reference` beside them) and long (one line
 * per alert). Every text cell is neutralised against CSV injection.
 */
import type { Alert } from '../../screen/result.js';
import type { RejectedRow } from './rows.js';
import { csvCell } from './spreadsheet-cell.js';

/** Which rows and which shape the output has. */
export interface OutputShape {
  /** Only rows with at least one alert (rejected and clean rows left out). */
  alertsOnly: boolean;
  /** CSV only: one line per alert instead of one per row. */
  long: boolean;
  /** With --since: the alerts that removals cleared, as a last column. */
  since: boolean;
}

/** A row's status in the output. */
export type RowStatus = 'alert' | 'no_alert' | 'rejected';

/** The CSV header line of a shape. */
export function csvOutputHeader(shape: OutputShape): string {
  const since = shape.since ? ',cleared_reference_numbers' : '';
  if (shape.long) return `row,id,name,status,rank,reference_number,score,name_score,matched_name,list_type,reason${since}\n`;
  return `row,id,name,status,alert_count,max_score,top_reference,reference_numbers,scores,primary_names,matched_names,list_types,reasons${since}\n`;
}

const score = (value: number) => value.toFixed(4);

/**
 * The CSV lines of one screened row (none with `alertsOnly` and no alert).
 * Alerts come best first, as the Screener returns them.
 */
export function csvScreenedRow(line: number, id: string, name: string, found: readonly Alert[], cleared: readonly Alert[] | undefined, shape: OutputShape): string {
  if (shape.alertsOnly && found.length === 0) return '';
  const status: RowStatus = found.length > 0 ? 'alert' : 'no_alert';
  const head = [String(line), csvCell(id), csvCell(name), status];
  const tail = shape.since ? [csvCell((cleared ?? []).map((a) => a.referenceNumber).join(' | '))] : [];
  if (shape.long) {
    if (found.length === 0) return `${[...head, '', '', '', '', '', '', '', ...tail].join(',')}\n`;
    return found
      .map((alert, rank) =>
        [
          ...head,
          String(rank + 1),
          csvCell(alert.referenceNumber),
          score(alert.score),
          score(alert.nameScore),
          csvCell(alert.matchedName?.text ?? ''),
          csvCell(alert.listType),
          csvCell(alert.reason),
          ...tail,
        ].join(',') + '\n',
      )
      .join('');
  }
  const join = (values: string[]) => csvCell(values.join(' | '));
  return (
    [
      ...head,
      String(found.length),
      found.length === 0 ? '' : score(Math.max(...found.map((a) => a.score))),
      csvCell(found[0]?.referenceNumber ?? ''),
      join(found.map((a) => a.referenceNumber)),
      join(found.map((a) => score(a.score))),
      join(found.map((a) => a.primaryName)),
      join(found.map((a) => a.matchedName?.text ?? '')),
      join(found.map((a) => a.listType)),
      join(found.map((a) => a.reason)),
      ...tail,
    ].join(',') + '\n'
  );
}

/** The CSV line of a rejected row (none with `alertsOnly`): its status and reason, so that the full output accounts for every input row. */
export function csvRejectedRow(row: RejectedRow, shape: OutputShape): string {
  if (shape.alertsOnly) return '';
  const empty = shape.long ? 6 : 8; // the columns between status and reason
  return `${[String(row.line), csvCell(row.id), '', 'rejected', ...Array<string>(empty).fill(''), csvCell(row.reason), ...(shape.since ? [''] : [])].join(',')}\n`;
}
