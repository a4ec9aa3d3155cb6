/**
 * `unsc-screen batch INPUT`: screens a CSV or JSONL file (or stdin) row by
 * row, in constant memory, over worker threads, writing one record per row
 * in input order, reporting rejected rows, and a summary at the end.
 */
import { createReadStream, createWriteStream, statSync, type WriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { numberOption, parseOptions } from '../args.js';
import { cliCacheDir, listWarning, readCliListBytes, readInputFile } from '../list-bytes.js';
import type { CliIo } from '../run.js';
import { UsageError } from '../usage.js';
import { cliScreenerOptions, SCREENER_ARGS } from '../screener-options.js';
import { WorkerPool } from '../batch/pool.js';
import { csvHeader, type BatchOutput, type OutputFormat } from '../batch/process.js';
import { Progress } from '../batch/progress.js';
import { csvReader, DEFAULT_COLUMNS, InputError, type RejectedRow } from '../batch/rows.js';

export const BATCH_HELP = `unsc-screen batch INPUT [options]

  INPUT                 a .csv or .jsonl file, or - for standard input
  --output FILE         write .jsonl or .csv (by extension); default JSONL to stdout
  --rejects FILE        write rejected rows as JSONL; default: one line each on stderr
  --summary FILE        also write the summary as JSON
  --list FILE           screen against this list XML instead of the cached (or bundled) one
  --cache-dir DIR       the list cache (default: $UNSC_SCREEN_CACHE_DIR or ~/.cache/unsc-screen)
  --since OLD           re-screen only against what changed since the list OLD (XML):
                        new alerts from added/changed designations, and "cleared" alerts from removals
  --threshold T         alert at or above this score (0 < T <= 1; default 0.8)
  --workers N           worker threads (default: the number of cores)
  --name-column C       the column (CSV) or field (JSONL) with the name (default: name)
  --format csv|jsonl    the input format when it is not in the file name (stdin)
  --batch-size N        rows per batch sent to a worker (default 500)
  --worker-heap-mb N    old-space heap limit of each worker, in MB (default: 56 + 16 per MB of list XML,
                        89 for the 2 MB list); lower saves memory, costs speed (see README)
  --strict              reject a row with an unusable side field (date, country, kind, document,
                        unknown field) instead of screening its name with a warning
  --date-order dmy|mdy|auto  how 01/06/1958 is read (default auto: the year alone when ambiguous)
  --max-list-age-days N warn when the list is older (default 30)
  --with-record         JSONL: each alert with the designation's full record
  --fail-on-alert       exit 1 when any row alerts (for pipelines)
  --no-progress         no progress bar even on a terminal (rejected rows are still reported)

Columns/fields: name (required), id, kind, date_of_birth (JSONL: dateOfBirth too), nationality,
country, document (several values separated by ";"). A record must fit on one line.
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
  rejected: number;
  /** Rows screened with a warning about one of their fields. */
  rowsWithWarnings: number;
  list: { dateGenerated: string; sha256: string; source: string };
  seconds: number;
  rowsPerSecond: number;
  workers: number;
  peakRssBytes: number;
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
    format: { type: 'string' },
    'batch-size': { type: 'string' },
    'worker-heap-mb': { type: 'string' },
    'fail-on-alert': { type: 'boolean' },
    'no-progress': { type: 'boolean' },
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
  const columns = { ...DEFAULT_COLUMNS, ...(values['name-column'] === undefined ? {} : { name: values['name-column'] }) };
  // The main thread only splits the input into lines; workers read and screen them.
  // The CSV header is read here, so that a missing name column stops the run at once.
  const headerReader = csvReader(columns);

  let totalBytes: number | undefined;
  if (input !== '-') {
    try {
      totalBytes = statSync(input).size;
    } catch (error) {
      throw new UsageError(`cannot read ${input}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  const started = performance.now();

  const output: NodeJS.WritableStream = values.output === undefined ? io.stdout : createWriteStream(values.output);
  const rejectsFile = values.rejects === undefined ? undefined : createWriteStream(values.rejects);
  const write = (stream: NodeJS.WritableStream, text: string) => (text === '' ? true : stream.write(text));
  if (outputFormat === 'csv') write(output, csvHeader(values.since !== undefined));

  // --no-progress drops the progress line only: rejected rows are still reported on stderr.
  const progress = new Progress(values['no-progress'] === true ? { isTTY: false, write: (text: string) => io.stderr.write(text) } : io.stderr, totalBytes);
  let rows = 0;
  let alerts = 0;
  let rowsWithAlerts = 0;
  let rejected = 0;
  let rowsWithWarnings = 0;
  const reject = (row: RejectedRow) => {
    rejected++;
    if (rejectsFile !== undefined) rejectsFile.write(`${JSON.stringify(row)}\n`);
    else progress.log(`rejected line ${row.line}${row.id === '' ? '' : ` (id ${row.id})`}: ${row.reason}\n`);
  };
  let drain: Promise<void> | undefined;
  const onOutput = (result: BatchOutput) => {
    rows += result.rows;
    alerts += result.alerts;
    rowsWithAlerts += result.rowsWithAlerts;
    rowsWithWarnings += result.rowsWithWarnings;
    for (const row of result.rejected) reject(row);
    if (!write(output, result.text) && drain === undefined) {
      drain = new Promise((resolve) => output.once('drain', () => {
        drain = undefined;
        resolve();
      }));
    }
  };

  // Workers (one or more) parse the list and build their indexes in their own
  // threads, with capped heaps: this thread never holds the XML tree, and the
  // memory of a long run stays constant.
  const listBytes = readCliListBytes(values.list, cliCacheDir(values['cache-dir'], io.env));
  const sinceXml = values.since === undefined ? undefined : readInputFile(values.since, '--since');
  const engine = new WorkerPool(
    workers,
    {
      xml: listBytes.bytes,
      sinceXml,
      format: outputFormat,
      withRecord: values['with-record'] === true,
      threshold,
      screener: screenerOptions,
      input: { format: inputFormat, columns },
      heapMb: workerHeapMb,
    },
    onOutput,
  );
  let version: { dateGenerated: string; generatedAt: Date; sha256: string };
  try {
    version = await engine.ready();
  } catch (error) {
    await engine.close().catch(() => undefined);
    throw error;
  }
  const location = listBytes.location;
  const warning = listWarning(listBytes.source, version.generatedAt);
  if (warning !== undefined) io.stderr.write(`warning: ${warning}\n`);

  const stream: NodeJS.ReadableStream = input === '-' ? io.stdin : createReadStream(input);
  // The bar follows the rows handed to the workers, not the bytes read ahead
  // of them (one 64 KB chunk is a third of a 5,000-row file).
  let bytesOfRows = 0;
  const readFailure = new Promise<never>((_, fail) =>
    stream.on('error', (error: NodeJS.ErrnoException) => fail(new UsageError(`cannot read ${input}: ${error.code ?? error.message}`))),
  );
  const lineReader = createInterface({ input: stream, crlfDelay: Infinity });
  let lines: string[] = [];
  let lineNumbers: number[] = [];
  let header: string | undefined;
  let lineNumber = 0;
  let seen = 0;
  try {
    const reading = (async () => {
      for await (const line of lineReader) {
        lineNumber++;
        bytesOfRows += Buffer.byteLength(line) + 1;
        if (inputFormat === 'csv' && header === undefined) {
          if (line.trim() === '') continue;
          headerReader.read(line, lineNumber); // throws InputError when the name column is missing
          header = line;
          continue;
        }
        lines.push(line);
        lineNumbers.push(lineNumber);
        seen++;
        if (lines.length >= batchSize) {
          const batch = { lines, lineNumbers };
          lines = [];
          lineNumbers = [];
          await engine.submit(batch, header);
          if (drain !== undefined) await drain;
          progress.update(seen, bytesOfRows);
        }
      }
      if (lines.length > 0) await engine.submit({ lines, lineNumbers }, header);
    })();
    await Promise.race([reading, readFailure]);
    await engine.close();
  } catch (error) {
    await engine.close().catch(() => undefined);
    if (error instanceof InputError) throw new UsageError(`${input}: ${error.message}`);
    throw error;
  } finally {
    progress.finish();
  }
  await finish(output === io.stdout ? undefined : (output as WriteStream));
  await finish(rejectsFile);

  const seconds = (performance.now() - started) / 1000;
  const summary: BatchSummary = {
    rows,
    rowsWithAlerts,
    alerts,
    rejected,
    rowsWithWarnings,
    list: { dateGenerated: version.dateGenerated, sha256: version.sha256, source: location },
    seconds,
    rowsPerSecond: rows / Math.max(seconds, 1e-9),
    workers,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
  io.stderr.write(
    `unsc-screen batch: ${rows} rows screened, ${alerts} alerts on ${rowsWithAlerts} rows, ${rowsWithWarnings} rows with warnings, ${rejected} rows rejected; ` +
      `list ${summary.list.dateGenerated} (sha256 ${summary.list.sha256.slice(0, 12)}…); ` +
      `${seconds.toFixed(2)} s, ${Math.round(summary.rowsPerSecond)} rows/s, ${workers} worker${workers === 1 ? '' : 's'}, ` +
      `peak RSS ${(summary.peakRssBytes / 1024 / 1024).toFixed(0)} MB\n`,
  );
  if (values.summary !== undefined) {
    const file = createWriteStream(values.summary);
    file.write(`${JSON.stringify(summary, null, 2)}\n`);
    await finish(file);
  }
  return values['fail-on-alert'] === true && rowsWithAlerts > 0 ? 1 : 0;
}

function finish(stream: WriteStream | undefined): Promise<void> {
  if (stream === undefined) return Promise.resolve();
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(resolve);
  });
}
