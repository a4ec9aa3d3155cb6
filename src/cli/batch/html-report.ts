/**
 * The batch's HTML report (`--report FILE`): one self-contained file (inline
 * CSS and script, no network, no external asset) with the run summary, the
 * list version and age, and a sortable, filterable table of the alerts, each
 * with its reason and token alignment.
 */
import type { Alert } from '../../screen/result.js';
import type { AlertPriority } from '../../screen/priority.js';

/** One alert of the report, as the workers send it (plain data). */
export interface ReportAlert {
  referenceNumber: string;
  score: number;
  nameScore: number;
  priority: AlertPriority;
  primaryName: string;
  matchedName: string;
  listType: string;
  reason: string;
  alignment: Array<{ query: string; listed: string; similarity: number }>;
  fingerprint: string;
  /** Set when an analyst's decision cleared this alert: who and when. */
  clearedBy?: string;
}

/** An input row screened with warnings about its own fields (an unreadable date, an unknown country…). */
export interface ReportWarningRow {
  line: number;
  id: string;
  name: string;
  warnings: string[];
}

/** A rejected input row. */
export interface ReportRejectedRow {
  line: number;
  id: string;
  reason: string;
}

/** At most this many rows with warnings, and rejected rows, are listed (the counts say how many there were). */
export const REPORT_ROW_LIMIT = 1000;

/** An input row with alerts (open or cleared). */
export interface ReportRow {
  line: number;
  id: string;
  name: string;
  alerts: ReportAlert[];
}

/** An alert as the report holds it. */
export function reportAlert(alert: Alert, clearedBy?: string): ReportAlert {
  return {
    referenceNumber: alert.referenceNumber,
    score: alert.score,
    nameScore: alert.nameScore,
    priority: alert.priority,
    primaryName: alert.primaryName,
    matchedName: alert.matchedName?.text ?? '',
    listType: alert.listType,
    reason: alert.reason,
    alignment: alert.alignment.map(({ query, listed, similarity }) => ({ query, listed, similarity })),
    fingerprint: alert.fingerprint,
    ...(clearedBy === undefined ? {} : { clearedBy }),
  };
}

/** What the report says of the run. */
export interface ReportRun {
  input: string;
  rows: number;
  alerts: number;
  rowsWithAlerts: number;
  clearedByDecision: number;
  rejected: number;
  rowsWithWarnings: number;
  /** With --since: the older list, and the rows with no new alert (not cleared). */
  since?: { dateGenerated: string; rowsWithoutNewAlert: number };
  seconds: number;
  list: { dateGenerated: string; sha256: string; source: string; ageDays: number };
  engine: string;
  /** When the report was written. */
  writtenAt: Date;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const PRIORITY_RANK: Record<AlertPriority, number> = { low: 0, normal: 1, high: 2 };

/** The rows with warnings and the rejected rows, as two small tables (the first REPORT_ROW_LIMIT of each). */
function rowTables(warned: readonly ReportWarningRow[], rejected: readonly ReportRejectedRow[], run: ReportRun): string {
  const more = (listed: number, total: number) => (total > listed ? `<p>… and ${total - listed} more (the CSV or JSONL output has them all).</p>\n` : '');
  const warnedRows = warned.slice(0, REPORT_ROW_LIMIT);
  const rejectedRows = rejected.slice(0, REPORT_ROW_LIMIT);
  return (
    (warnedRows.length === 0
      ? ''
      : `<h2>Rows screened with warnings</h2>\n<table id="warnings-table">\n<thead><tr><th>Row</th><th>Id</th><th>Name</th><th>Warnings</th></tr></thead>\n<tbody>\n` +
        warnedRows.map((row) => `<tr><td>${row.line}</td><td>${escape(row.id)}</td><td>${escape(row.name)}</td><td>${row.warnings.map(escape).join('<br>')}</td></tr>`).join('\n') +
        `\n</tbody>\n</table>\n${more(warnedRows.length, run.rowsWithWarnings)}`) +
    (rejectedRows.length === 0
      ? ''
      : `<h2>Rejected rows (not screened)</h2>\n<table id="rejected-table">\n<thead><tr><th>Row</th><th>Id</th><th>Reason</th></tr></thead>\n<tbody>\n` +
        rejectedRows.map((row) => `<tr><td>${row.line}</td><td>${escape(row.id)}</td><td>${escape(row.reason)}</td></tr>`).join('\n') +
        `\n</tbody>\n</table>\n${more(rejectedRows.length, run.rejected)}`)
  );
}

function alignmentText(alert: ReportAlert): string {
  return alert.alignment.map((pair) => `${pair.query} ~ ${pair.listed} ${pair.similarity.toFixed(2)}`).join(' · ');
}

/**
 * Renders the report. Cells are HTML-escaped; the table is sorted by score,
 * best first; clicking a header sorts by that column (again: the other way),
 * and the filter box keeps the lines that contain its text.
 */
export function renderReport(
  run: ReportRun,
  rows: readonly ReportRow[],
  warned: readonly ReportWarningRow[] = [],
  rejected: readonly ReportRejectedRow[] = [],
): string {
  const lines = rows
    .flatMap((row) => row.alerts.map((alert) => ({ row, alert })))
    .sort((a, b) => b.alert.score - a.alert.score || a.row.line - b.row.line);
  const body = lines
    .map(
      ({ row, alert }) =>
        `<tr class="${alert.clearedBy === undefined ? 'open' : 'cleared'}">` +
        `<td data-value="${row.line}">${row.line}</td>` +
        `<td>${escape(row.id)}</td>` +
        `<td>${escape(row.name)}</td>` +
        `<td data-value="${alert.score}">${alert.score.toFixed(3)}</td>` +
        `<td data-value="${alert.nameScore}">${alert.nameScore.toFixed(3)}</td>` +
        `<td data-value="${PRIORITY_RANK[alert.priority]}">${alert.priority}</td>` +
        `<td>${escape(alert.referenceNumber)}</td>` +
        `<td>${escape(alert.primaryName)}</td>` +
        `<td>${escape(alert.listType)}</td>` +
        `<td>${alert.clearedBy === undefined ? 'alert' : `cleared (${escape(alert.clearedBy)})`}</td>` +
        `<td class="reason">${escape(alert.reason)}<div class="alignment">${escape(alignmentText(alert))}</div></td>` +
        `</tr>`,
    )
    .join('\n');
  const old = run.list.ageDays > 30;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>unsc-screen report: ${escape(run.input)}</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.3em; }
dl { display: grid; grid-template-columns: max-content auto; gap: .2em 1em; }
dt { font-weight: 600; }
.warn { color: #a40; font-weight: 600; }
input { font-size: 1em; padding: .3em; width: 24em; margin: 1em 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #ccc; padding: .3em .5em; vertical-align: top; text-align: left; }
th { background: #eee; cursor: pointer; user-select: none; position: sticky; top: 0; }
th[aria-sort=ascending]::after { content: " ▲"; }
th[aria-sort=descending]::after { content: " ▼"; }
tr.cleared { color: #777; }
.alignment { color: #555; font-size: .9em; margin-top: .2em; }
</style>
</head>
<body>
<h1>unsc-screen batch report</h1>
<dl id="summary">
<dt>Input</dt><dd>${escape(run.input)}</dd>
<dt>Rows screened</dt><dd id="rows">${run.rows}</dd>
<dt>Alerts</dt><dd id="alerts">${run.alerts} on ${run.rowsWithAlerts} rows</dd>
<dt>Cleared by decisions</dt><dd>${run.clearedByDecision}</dd>
<dt>Rows with warnings</dt><dd>${run.rowsWithWarnings}</dd>
<dt>Rows rejected</dt><dd>${run.rejected}</dd>${
    run.since === undefined
      ? ''
      : `\n<dt>Screened against</dt><dd id="since">what changed since the list of ${escape(run.since.dateGenerated)}: ${run.since.rowsWithoutNewAlert} rows with no new alert (status no_new_alert: not screened against the designations that did not change, so not cleared)</dd>`
  }
<dt>List</dt><dd id="list">UN Security Council Consolidated List of ${escape(run.list.dateGenerated)}, sha256 ${escape(run.list.sha256)} (${escape(run.list.source)})</dd>
<dt>List age</dt><dd id="age"${old ? ' class="warn"' : ''}>${run.list.ageDays} days${old ? ': older than 30 days, run `unsc-screen update`' : ''}</dd>
<dt>Engine</dt><dd>${escape(run.engine)}, ${run.seconds.toFixed(1)} s, written ${escape(run.writtenAt.toISOString())}</dd>
</dl>
<label>Filter: <input id="filter" type="search" placeholder="name, reference, list type, reason…"></label>
<span id="shown">${lines.length}</span> of ${lines.length} alerts shown
<table id="alerts-table">
<thead><tr><th data-type="number">Row</th><th>Id</th><th>Name</th><th data-type="number" aria-sort="descending">Score</th><th data-type="number">Name score</th><th data-type="number">Priority</th><th>Reference</th><th>Designation</th><th>List type</th><th>Status</th><th>Reason and alignment</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
${rowTables(warned, rejected, run)}<script>
(() => {
  const table = document.getElementById('alerts-table');
  const body = table.tBodies[0];
  const headers = [...table.tHead.rows[0].cells];
  const value = (row, i, numeric) => {
    const cell = row.cells[i];
    return numeric ? Number(cell.dataset.value ?? cell.textContent) : cell.textContent.toLowerCase();
  };
  headers.forEach((th, i) => th.addEventListener('click', () => {
    const numeric = th.dataset.type === 'number';
    const descending = th.getAttribute('aria-sort') === 'ascending' || (th.getAttribute('aria-sort') === null && numeric);
    headers.forEach((h) => h.removeAttribute('aria-sort'));
    th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    const rows = [...body.rows].sort((a, b) => {
      const x = value(a, i, numeric), y = value(b, i, numeric);
      return (x < y ? -1 : x > y ? 1 : 0) * (descending ? -1 : 1);
    });
    body.append(...rows);
  }));
  const filter = document.getElementById('filter');
  filter.addEventListener('input', () => {
    const text = filter.value.trim().toLowerCase();
    let shown = 0;
    for (const row of body.rows) {
      const match = text === '' || row.textContent.toLowerCase().includes(text);
      row.hidden = !match;
      if (match) shown++;
    }
    document.getElementById('shown').textContent = String(shown);
  });
})();
</script>
</body>
</html>
`;
}
