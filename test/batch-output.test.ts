/**
 * The batch's CSV output as an analyst opens it in a spreadsheet: alerts
 * only, one line per alert, a BOM for Excel, no cell a spreadsheet would run
 * as a formula.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { Screener } from '../src/screen/screener.js';
import { csvOutputHeader, csvScreenedRow, csvRejectedRow, highestPriority, rowStatus } from '../src/cli/batch/csv-output.js';
import { csvCell, neutralise } from '../src/cli/batch/spreadsheet-cell.js';
import { newestPrepared, warmCacheDir } from './helpers/prepared.js';

describe('neutralise (OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+1+1', `'+1+1`],
    ['-Mukhtar', `'-Mukhtar`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tTAB', `'\tTAB`],
    ['\rCR', `'\rCR`],
    ['Mukhtar-Belmukhtar', 'Mukhtar-Belmukhtar'],
    ['', ''],
  ])('%j → %j', (value, expected) => expect(neutralise(value)).toBe(expected));

  it('quotes after neutralising', () => {
    expect(csvCell('=A1,B1')).toBe(`"'=A1,B1"`);
    expect(csvCell('SALEK, ABDULHAI')).toBe('"SALEK, ABDULHAI"');
  });
});

describe('CSV output shapes', () => {
  const screener = new Screener(newestPrepared());
  const { alerts } = screener.screen({ name: 'Mohammad Hassan' });
  const shape = { alertsOnly: false, long: false, since: false, decisions: false };
  const row = (line: number, id: string, name: string, found: typeof alerts) => ({ line, id, name, alerts: found, decided: [] });
  const cells = (text: string) => parse(text, { relax_column_count: false }) as string[][];

  it('wide: the packed alerts, with max_score and top_reference beside them', () => {
    expect(alerts.length).toBeGreaterThan(1);
    const [header, line] = cells(csvOutputHeader(shape) + csvScreenedRow(row(2, 'c1', 'Mohammad Hassan', alerts), shape));
    const at = (column: string) => line![header!.indexOf(column)]!;
    expect(at('status')).toBe('alert');
    expect(Number(at('alert_count'))).toBe(alerts.length);
    expect(Number(at('max_score'))).toBe(Number(Math.max(...alerts.map((a) => a.score)).toFixed(4)));
    expect(at('top_reference')).toBe(alerts[0]!.referenceNumber);
    // The highest priority among the row's alerts, so that a spreadsheet can filter out the low ones.
    const priorities = new Set(alerts.map((a) => a.priority));
    expect(at('priority')).toBe(priorities.has('high') ? 'high' : priorities.has('normal') ? 'normal' : 'low');
    expect(at('reference_numbers').split(' | ')).toEqual(alerts.map((a) => a.referenceNumber));
  });

  it('long: one line per alert, ranked, every line with the same number of cells as the header', () => {
    const long = { ...shape, long: true };
    const rows = cells(csvOutputHeader(long) + csvScreenedRow(row(2, 'c1', 'Mohammad Hassan', alerts), long) + csvRejectedRow({ line: 3, id: 'c2', reason: 'no name', raw: '' }, long));
    const header = rows[0]!;
    expect(header).toEqual(['row', 'id', 'name', 'status', 'rank', 'reference_number', 'score', 'name_score', 'priority', 'matched_name', 'list_type', 'reason', 'fingerprint', 'warnings']);
    const lines = rows.slice(1, -1);
    expect(lines.map((r) => r[4])).toEqual(alerts.map((_, i) => String(i + 1)));
    expect(lines.map((r) => r[5])).toEqual(alerts.map((a) => a.referenceNumber));
    expect(lines.map((r) => r[8])).toEqual(alerts.map((a) => a.priority));
    expect(lines.map((r) => r[11])).toEqual(alerts.map((a) => a.reason));
    expect(lines.map((r) => r[12])).toEqual(alerts.map((a) => a.fingerprint));
    expect(rows.at(-1)).toEqual(['3', 'c2', '', 'rejected', '', '', '', '', '', '', '', 'no name', '', '']);
  });

  it('priority: the highest among the alerts, none without', () => {
    expect(highestPriority([{ priority: 'low' }, { priority: 'high' }, { priority: 'normal' }])).toBe('high');
    expect(highestPriority([{ priority: 'low' }, { priority: 'normal' }])).toBe('normal');
    expect(highestPriority([{ priority: 'low' }])).toBe('low');
    expect(highestPriority([])).toBe('');
  });

  it('--since: a row without a new alert is no_new_alert, never no_alert, and left out of --alerts-only', () => {
    expect(rowStatus({ alerts: [], decided: [] }, true)).toBe('no_new_alert');
    expect(rowStatus({ alerts: [], decided: [] })).toBe('no_alert');
    expect(csvScreenedRow(row(2, 'c1', 'Mukhtar Belmukhtar', []), { ...shape, since: true }).split(',')[3]).toBe('no_new_alert');
    expect(csvScreenedRow(row(2, 'c1', 'Mukhtar Belmukhtar', []), { ...shape, since: true, alertsOnly: true })).toBe('');
  });

  it('alerts only: no line for a clean or a rejected row', () => {
    const only = { ...shape, alertsOnly: true };
    expect(csvScreenedRow(row(2, 'c1', 'John Smith', []), only)).toBe('');
    expect(csvRejectedRow({ line: 3, id: 'c2', reason: 'no name', raw: '' }, only)).toBe('');
  });
});

describe('unsc-screen batch --alerts-only --long --excel', () => {
  it('writes a file a spreadsheet opens right: BOM, accents, numbers, no formula cell', () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const dir = mkdtempSync(join(tmpdir(), 'unsc-out-'));
    const input = join(dir, 'parties.csv');
    writeFileSync(
      input,
      [
        'id,name,nationality',
        '@SUM(A1),-Mukhtar Belmukhtar,DZ',
        'c2,John Smith,US',
        'c3,محمد الله مطيع,AF',
        '"=HYPERLINK(""http://evil"",""x"")",+Mohammad Hassan,',
        'c5,,',
        '',
      ].join('\n'),
    );
    const output = join(dir, 'alerts.csv');
    const result = spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), 'batch', input, '--output', output, '--alerts-only', '--long', '--excel', '--workers', '1'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, UNSC_SCREEN_CACHE_DIR: warmCacheDir(join(dir, 'cache')) },
    });
    expect(result.status).toBe(0);
    const bytes = readFileSync(output);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.subarray(3)) as string[][];
    const [header, ...lines] = rows;
    expect(header![3]).toBe('status');
    // Only alerted rows (not c2, not the rejected c5), one line per alert.
    expect(new Set(lines.map((r) => r[0]))).toEqual(new Set(['2', '4', '5']));
    expect(lines.every((r) => r[3] === 'alert')).toBe(true);
    // Accents and Arabic survive; formulas are text.
    expect(lines.find((r) => r[0] === '4')![2]).toBe('محمد الله مطيع');
    expect(lines.find((r) => r[0] === '2')!.slice(1, 3)).toEqual(["'@SUM(A1)", "'-Mukhtar Belmukhtar"]);
    expect(lines.find((r) => r[0] === '5')!.slice(1, 3)).toEqual([`'=HYPERLINK("http://evil","x")`, "'+Mohammad Hassan"]);
    for (const cell of lines.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    // Scores are numbers a spreadsheet sorts; a row's alerts come best first.
    for (const r of lines) expect(Number(r[6])).toBeGreaterThanOrEqual(0.8);
    const row5 = lines.filter((r) => r[0] === '5').map((r) => Number(r[6]));
    expect(row5.length).toBeGreaterThan(1);
    expect(row5).toEqual([...row5].sort((a, b) => b - a));
  });
});
