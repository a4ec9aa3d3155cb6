/**
 * `unsc-screen batch INPUT`: screens a CSV or JSONL file (or stdin) row by
 * row, in constant memory, over worker threads, writing one record per row
 * in input order, reporting rejected rows, and a summary at the end.
 */
import { createReadStream, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { printableName } from '../../text/clean.js';
import { checkDistinctFiles, checkOutputDirectories, OutputSink, writeWholeFile } from '../batch/output-file.js';
import { numberOption, parseOptions } from '../args.js';
import { parseDecisionsCsv } from '../../decisions/decisions.js';
import { ENGINE } from '../../engine.js';
import { ageInDays } from '../../source/list-age.js';
import { renderReport, REPORT_ROW_LIMIT, type ReportRejectedRow, type ReportRow, type ReportWarningRow } from '../batch/html-report.js';
import { cliCacheDir, listWarning, readCliListBytes, readInputFile } from '../list-bytes.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage.js';
import { cliScreenerOptions, SCREENER_ARGS } from '../screener-options.js';
import { WorkerPool } from '../batch/pool.js';
import type { ListVersionInfo } from '../batch/worker.js';
import { counted, rate } from '../counted.js';
import { sharedSnapshot } from '../batch/shared-snapshot.js';
import { cliSnapshotPath, cliUsesSnapshot } from '../prepared-source.js';
import { sha256Hex } from '../../snapshot/files.js';
import type { BatchOutput, OutputFormat, OutputOptions } from '../batch/process.js';
import { csvOutputHeader } from '../batch/csv-output.js';
import { Progress } from '../batch/progress.js';
import { DEFAULT_COLUMNS, InputError, unusedColumns, type RejectedRow } from '../batch/rows.js';
import { InputBatches } from '../batch/input.js';
import { CSV_DELIMITERS, MAX_RECORD_CHARS } from '../batch/csv-records.js';

export const BATCH_HELP = `unsc-screen batch INPUT [options]

  INPUT                 a .csv or .jsonl file, or - for standard input
  --output FILE         write .jsonl or .csv (by extension); default JSONL to stdout. Every input row is
                        there with its status (alert, no_alert, cleared, rejected; with --since no_new_alert)
  --alerts-only         write only the rows with an alert
  --long                CSV: one line per alert (rank, reference number, score, name score, priority,
                        matched name, list type, reason) instead of one per row
  --excel               CSV: start with a UTF-8 BOM, so that Excel reads accents and Arabic right
  --report FILE         also write an HTML report: summary, list version and age, a sortable and
                        filterable table of the alerts with priority, reasons and alignments, the rows
                        screened with warnings and the rejected rows (one file, no network)
  --cleared FILE        analysts' decisions (CSV: id, reference_number, fingerprint, decision, analyst,
                        note, date): an alert whose id, reference number and fingerprint were "cleared"
                        is listed as cleared (status cleared), not as an alert; it returns when the
                        party's fields or the designation change. \`unsc-screen decisions template\` makes one
  --rejects FILE        write rejected rows as JSONL; default: one line each on stderr
  --summary FILE        also write the summary as JSON
  --list FILE           screen against this list XML instead of the cached (or bundled) one
  --cache-dir DIR       the list cache (default: $UNSC_SCREEN_CACHE_DIR or ~/.cache/unsc-screen)
  --since OLD           re-screen only against what changed since the list OLD (XML):
                        new alerts from added/changed designations, and "cleared" alerts from removals;
                        a row without a new alert has status no_new_alert (not cleared: not screened
                        against the designations that did not change)
  --threshold T         alert at or above this score (0 < T <= 1; default 0.8)
  --workers N           worker threads (default: the number of cores)
  --name-column C       the column (CSV) or field (JSONL) with the name (default: name)
  --delimiter D         the CSV delimiter: , ; | or tab (\t); default: the one the header line uses
  --format csv|jsonl    the input format when it is not in the file name (stdin)
  --encoding E          the input's encoding: utf-8 (default), windows-1252 (Latin-1 Excel exports),
                        utf-16le…; a UTF-16 byte-order mark is followed without it
  --batch-size N        rows per batch sent to a worker (default 500)
  --worker-heap-mb N    old-space heap limit of each worker, in MB (default: 56 + 16 per MB of list XML,
                        89 for the 2 MB list); lower saves memory, costs speed (see README)
  --no-snapshot         each worker parses the list and builds its index, instead of sharing the
                        snapshot kept in the cache directory (also: UNSC_SCREEN_NO_SNAPSHOT=1)
  --strict              reject a row with an unusable side field (date, country, kind, document,
                        unknown field) instead of screening its name with a warning
  --date-order dmy|mdy|auto  how 01/06/1958 is read (default auto: the year alone when ambiguous)
  --max-list-age-days N warn when the list is older (default 30)
  --with-record         JSONL: each alert with the designation's full record
  --fail-on-alert       exit 1 when any row alerts (for pipelines)
  --no-progress         no progress bar even on a terminal (rejected rows are still reported)

Columns/fields: name (required), id, kind, date_of_birth (JSONL: dateOfBirth too), nationality,
country, document (several values separated by ";"). CSV follows RFC 4180: a quoted cell may hold
the delimiter, "" and line breaks. Bytes not valid UTF-8 (or --encoding) are read as U+FFFD and
the row is screened with a UNSC_WARN_UNDECODABLE_BYTES warning giving their line and column. A row over ${MAX_RECORD_CHARS} characters is rejected with its line
number, and the run goes on. CSV output cells starting with = + - @ tab or CR get a leading ' (no
formula runs in a spreadsheet).
A row with a name is always screened: what cannot be read of its other fields is a warning
(JSONL output: "warnings"; CSV output: the warnings column). JSONL output: one ScreenResult per
row (the JSON Schema in the package), with "row", the input line.
Exit status: 0 when the run completed, alerts or not; 1 with --fail-on-alert and an alert; 2 on bad usage or unreadable input.
`;

/** The summary of a batch run. */
export interface BatchSummary {
  rows: number;
  rowsWithAlerts: number;
  alerts: number;
  /** Alerts analysts' decisions cleared (--cleared): in the output with status cleared, not in `alerts`. */
  clearedByDecision: number;
  rejected: number;
  /** Blank lines skipped (empty, spaces, or empty cells only): not rows, neither screened nor rejected. */
  blankLines: number;
  /** Rows screened with a warning about one of their fields. */
  rowsWithWarnings: number;
  /**
   * With --since: the older list, and the rows with no new alert (status
   * `no_new_alert`): screened against what changed only, they are not cleared
   * (a party listed on both lists has no new alert).
   */
  since?: { dateGenerated: string; rowsWithoutNewAlert: number };
  list: { dateGenerated: string; sha256: string; source: string };
  seconds: number;
  rowsPerSecond: number;
  workers: number;
  peakRssBytes: number;
  /** Present when the run was interrupted (SIGINT): the rows counted are the ones done. */
  interrupted?: true;
}

export async function batchCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    output: { type: 'string' },
    rejects: { type: 'string' },
    summary: { type: 'string' },
    list: { type: 'string' },
    'cache-dir': { type: 'string' },
    since: { type: 'string' },
    threshold: { type: 'string' },
    workers: { type: 'string' },
    'name-column': { type: 'string' },
    delimiter: { type: 'string' },
    format: { type: 'string' },
    encoding: { type: 'string' },
    'batch-size': { type: 'string' },
    'worker-heap-mb': { type: 'string' },
    'alerts-only': { type: 'boolean' },
    long: { type: 'boolean' },
    excel: { type: 'boolean' },
    cleared: { type: 'string' },
    report: { type: 'string' },
    'fail-on-alert': { type: 'boolean' },
    'no-progress': { type: 'boolean' },
    'no-snapshot': { type: 'boolean' },
    ...SCREENER_ARGS,
    'with-record': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    io.stdout.write(BATCH_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('`batch` takes one INPUT: a .csv or .jsonl file, or - for stdin');
  const input = positionals[0]!;
  const threshold = numberOption(values.threshold, 'threshold', Number.MIN_VALUE, 1);
  const screenerOptions = cliScreenerOptions(values);
  const workers = numberOption(values.workers, 'workers', 1, 64, true) ?? availableParallelism();
  const batchSize = numberOption(values['batch-size'], 'batch-size', 1, 100_000, true) ?? 500;
  const workerHeapMb = numberOption(values['worker-heap-mb'], 'worker-heap-mb', 32, 65_536, true);
  const inputFormat = values.format ?? (/\.jsonl?$/i.test(input) ? 'jsonl' : /\.csv$/i.test(input) || input === '-' ? 'csv' : undefined);
  if (inputFormat !== 'csv' && inputFormat !== 'jsonl') {
    throw new UsageError(`cannot tell the format of ${input}: name it .csv or .jsonl, or pass --format csv|jsonl`);
  }
  const outputFormat: OutputFormat = values.output !== undefined && /\.csv$/i.test(values.output) ? 'csv' : 'jsonl';
  for (const option of ['long', 'excel'] as const) {
    if (values[option] === true && outputFormat !== 'csv') throw new UsageError(`--${option} writes CSV: give --output FILE.csv`);
  }
  const outputOptions: OutputOptions = {
    format: outputFormat,
    alertsOnly: values['alerts-only'] === true,
    long: values.long === true,
    since: values.since !== undefined,
    decisions: values.cleared !== undefined,
    report: values.report !== undefined,
  };
  const decisions = values.cleared === undefined ? undefined : parseDecisionsCsv(readInputFile(values.cleared, '--cleared'));
  const columns = { ...DEFAULT_COLUMNS, ...(values['name-column'] === undefined ? {} : { name: values['name-column'] }) };
  const delimiter = values.delimiter === '\\t' || values.delimiter === 'tab' ? '\t' : values.delimiter;
  if (delimiter !== undefined && !(CSV_DELIMITERS as readonly string[]).includes(delimiter)) {
    throw new UsageError(`--delimiter must be one of , ; | or \\t (tab), got "${delimiter}"`);
  }
  const encoding = values.encoding;
  if (encoding !== undefined) {
    try {
      new TextDecoder(encoding);
    } catch {
      throw new UsageError(`--encoding: unknown encoding "${encoding}" (utf-8, windows-1252, iso-8859-15, utf-16le…)`);
    }
  }

  let totalBytes: number | undefined;
  if (input !== '-') {
    try {
      totalBytes = statSync(input).size;
    } catch (error) {
      throw new UsageError(`cannot read ${input}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  const started = performance.now();

  // Files are written aside and renamed at the end (output-file.ts): a failed run leaves the previous ones.
  checkDistinctFiles(input, { '--output': values.output, '--rejects': values.rejects, '--summary': values.summary, '--report': values.report });
  checkOutputDirectories({ 'the output': values.output, 'the rejects file': values.rejects, 'the summary': values.summary, 'the report': values.report });
  const output = values.output === undefined ? OutputSink.stdout(io.stdout) : OutputSink.file(values.output, 'the output');
  const rejectsFile = values.rejects === undefined ? undefined : OutputSink.file(values.rejects, 'the rejects file');
  if (values.excel === true) output.write('\ufeff');
  if (outputFormat === 'csv') output.write(csvOutputHeader(outputOptions));

  // --no-progress drops the progress line only: rejected rows are still reported on stderr.
  const progress = new Progress(values['no-progress'] === true ? { isTTY: false, write: (text: string) => io.stderr.write(text) } : io.stderr, totalBytes);
  let rows = 0;
  let alerts = 0;
  let rowsWithAlerts = 0;
  let rejected = 0;
  let clearedByDecision = 0;
  const reportRows: ReportRow[] = [];
  const reportWarnings: ReportWarningRow[] = [];
  const reportRejected: ReportRejectedRow[] = [];
  let rowsWithWarnings = 0;
  let rowsWithoutNewAlert = 0;
  const reject = (row: RejectedRow) => {
    rejected++;
    if (values.report !== undefined && reportRejected.length < REPORT_ROW_LIMIT) reportRejected.push({ line: row.line, id: row.id, reason: row.reason });
    if (rejectsFile !== undefined) rejectsFile.write(`${JSON.stringify(row)}\n`);
    else progress.log(`${printableName(`rejected line ${row.line}${row.id === '' ? '' : ` (id ${row.id})`}: ${row.reason}`)}\n`); // (no raw escape sequence reaches the terminal)
  };
  let drain: Promise<void> | undefined;
  const onOutput = (result: BatchOutput) => {
    rows += result.rows;
    alerts += result.alerts;
    rowsWithAlerts += result.rowsWithAlerts;
    clearedByDecision += result.clearedByDecision;
    if (result.report !== undefined) reportRows.push(...result.report);
    for (const row of result.reportWarnings ?? []) if (reportWarnings.length < REPORT_ROW_LIMIT) reportWarnings.push(row);
    rowsWithWarnings += result.rowsWithWarnings;
    rowsWithoutNewAlert += result.rowsWithoutNewAlert;
    for (const row of result.rejected) reject(row);
    if (!output.write(result.text) && drain === undefined) {
      drain = output.drained().then(() => {
        drain = undefined;
      });
    }
  };

  // Workers (one or more) parse the list and build their indexes in their own
  // threads, with capped heaps: this thread never holds the XML tree, and the
  // memory of a long run stays constant.
  // With a snapshot, they share one prepared list instead (read, or made once by a preparing worker).
  const cacheDir = cliCacheDir(values['cache-dir'], io.env);
  // Interrupted (Ctrl-C): the rows read so far are finished and written, and the summary says so.
  let interrupted = false;
  const onInterrupt = () => {
    if (interrupted) process.exit(130); // a second Ctrl-C stops at once
    interrupted = true;
  };
  process.on('SIGINT', onInterrupt);
  const listBytes = readCliListBytes(values.list, cacheDir);
  for (const fallback of listBytes.warnings) io.stderr.write(`warning: ${fallback}\n`);
  const sinceXml = values.since === undefined ? undefined : readInputFile(values.since, '--since');
  const listSha256 = sha256Hex(listBytes.bytes);
  const snapshot = cliUsesSnapshot(values['no-snapshot'], io.env)
    ? await sharedSnapshot(listBytes.bytes, listSha256, cliSnapshotPath(cacheDir, listBytes.source, listSha256), (warning) =>
        io.stderr.write(`warning: ${warning}\n`),
      )
    : undefined;
  const engine = new WorkerPool(
    workers,
    {
      xml: listBytes.bytes,
      snapshot,
      listSha256,
      sinceXml,
      output: outputOptions,
      withRecord: values['with-record'] === true,
      decisions,
      threshold,
      screener: screenerOptions,
      input: { format: inputFormat, columns },
      heapMb: workerHeapMb,
    },
    onOutput,
  );
  let version: ListVersionInfo;
  try {
    version = await engine.ready();
  } catch (error) {
    await engine.close().catch(() => undefined);
    throw error;
  }
  const location = listBytes.location;
  const warning = listWarning(listBytes.source, version.generatedAt);
  if (warning !== undefined) io.stderr.write(`warning: ${warning}\n`);

  const stream = (input === '-' ? io.stdin : createReadStream(input)) as AsyncIterable<Buffer | string>;
  // The main thread only cuts the input into records; workers read their cells and screen them.
  // The CSV header is read here, so that a missing name column stops the run at once.
  const batches = new InputBatches({
    format: inputFormat,
    delimiter,
    columns,
    batchSize,
    ...(encoding === undefined ? {} : { encoding }),
    onUndecodable: (message) => progress.log(`warning: ${printableName(input)}: ${message}\n`),
  });
  let seen = 0;
  let columnsChecked = false;
  // Said once, as soon as the header is read (or at the end, for a file of a header alone).
  const checkColumns = () => {
    const header = batches.header();
    if (columnsChecked || header === undefined) return;
    columnsChecked = true;
    const unused = unusedColumns(header, columns);
    if (unused.length > 0) {
      progress.log(
        printableName(`warning: column${unused.length === 1 ? '' : 's'} not screened: ${unused.join(', ')} (read: ${Object.values(columns).join(', ')}; --name-column names another)`) + '\n',
      );
    }
  };
  try {
    const reading = (async () => {
      try {
        for await (const batch of batches.read(stream)) {
          if (interrupted) break;
          seen += batch.lines.length + (batch.rejected?.length ?? 0);
          checkColumns();
          await engine.submit(batch, batches.header());
          if (drain !== undefined) await drain;
          // (the bar follows the rows handed to the workers, not the bytes read ahead of them)
          progress.update(seen, batches.bytesThrough(batch));
        }
      } catch (error) {
        const { code, syscall } = error as NodeJS.ErrnoException;
        if (syscall === undefined) throw error;
        throw new UsageError(`cannot read ${input}: ${code ?? (error as Error).message}`);
      }
    })();
    await reading;
    checkColumns();
    // An empty export is said, not taken for a clean run: no header (CSV) and no row at all.
    if (seen === 0 && (inputFormat === 'jsonl' || batches.header() === undefined)) {
      progress.log(`warning: ${printableName(input)} holds no ${inputFormat === 'csv' ? 'header and no ' : ''}rows: nothing was screened (an empty file: is it the right one?)\n`);
    }
    await engine.close();
  } catch (error) {
    await engine.close().catch(() => undefined);
    if (error instanceof InputError) throw new UsageError(`${input}: ${error.message}`);
    throw error;
  } finally {
    progress.finish();
  }
  process.off('SIGINT', onInterrupt);
  await output.commit();
  await rejectsFile?.commit();

  const seconds = (performance.now() - started) / 1000;
  const summary: BatchSummary = {
    rows,
    rowsWithAlerts,
    alerts,
    clearedByDecision,
    rejected,
    blankLines: batches.blankLines(),
    rowsWithWarnings,
    ...(version.sinceDateGenerated === undefined ? {} : { since: { dateGenerated: version.sinceDateGenerated, rowsWithoutNewAlert } }),
    list: { dateGenerated: version.dateGenerated, sha256: version.sha256, source: location },
    seconds,
    rowsPerSecond: rows / Math.max(seconds, 1e-9),
    workers,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    ...(interrupted ? { interrupted: true } : {}),
  };
  const since = summary.since;
  io.stderr.write(
    `unsc-screen batch: ${counted(rows, 'row')} screened${since === undefined ? '' : ` against what changed since the list of ${since.dateGenerated}`}, ` +
      `${counted(alerts, since === undefined ? 'alert' : 'new alert')} on ${counted(rowsWithAlerts, 'row')}, ` +
      `${since === undefined ? '' : `${counted(since.rowsWithoutNewAlert, 'row')} with no new alert (status no_new_alert: not cleared), `}` +
      `${decisions === undefined ? '' : `${counted(clearedByDecision, 'alert')} cleared by decisions (listed as cleared), `}` +
      `${counted(rowsWithWarnings, 'row')} with warnings, ${counted(rejected, 'row')} rejected${summary.blankLines === 0 ? '' : `, ${counted(summary.blankLines, 'blank line')} skipped`}; ` +
      `list ${summary.list.dateGenerated} (sha256 ${summary.list.sha256.slice(0, 12)}…); ` +
      `${seconds.toFixed(2)} s, ${rate(summary.rowsPerSecond)} rows/s, ${counted(workers, 'worker')}, ` +
      `peak RSS ${(summary.peakRssBytes / 1024 / 1024).toFixed(0)} MB\n`,
  );
  if (values.report !== undefined) {
    const run = { ...summary, input, engine: ENGINE, writtenAt: new Date(), list: { ...summary.list, ageDays: ageInDays(version.generatedAt, new Date()) } };
    writeWholeFile(values.report, renderReport(run, reportRows, reportWarnings, reportRejected), 'the report');
  }
  if (values.summary !== undefined) writeWholeFile(values.summary, `${JSON.stringify(summary, null, 2)}\n`, 'the summary');
  if (interrupted) {
    io.stderr.write(`unsc-screen batch: interrupted: the output holds the first ${rows + rejected} rows read only (${rows} screened, ${rejected} rejected)\n`);
    return 130;
  }
  return values['fail-on-alert'] === true && rowsWithAlerts > 0 ? 1 : 0;
}
