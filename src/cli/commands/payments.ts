/**
 * `unsc-screen payments FILE|DIR|- …`: screens payment messages (ISO 20022,
 * SWIFT MT, Fedwire; format detected) and writes one record per transaction
 * with the file, the transaction's ids and its alerts. A message that cannot
 * be read is reported as a reject with the reason, never dropped; the
 * transactions read before a fault are still written (`partial: true`).
 */
import { printableName } from '../../text/clean.js';
import { createWriteStream, readdirSync, readFileSync, statSync, type WriteStream } from 'node:fs';
import { basename, join } from 'node:path';
import { UnscScreenError } from '../../errors.js';
import { PaymentFormatError } from '../../payments/errors.js';
import type { PaymentAlert, PaymentScreenResult, TransactionScreenResult } from '../../payments/types.js';
import { Screener } from '../../screen/screener.js';
import { numberOption, parseOptions } from '../args.js';
import { csvField } from '../batch/csv-line.js';
import { Progress } from '../batch/progress.js';
import { checkOutputDirectories } from '../batch/output-file.js';
import { counted } from '../counted.js';
import { cliCacheDir } from '../list-bytes.js';
import { loadCliList } from '../list-source.js';
import type { CliIo } from '../run.js';
import { UsageError } from '../usage.js';

export const PAYMENTS_HELP = `unsc-screen payments FILE|DIR|- … [options]

  FILE|DIR|-            payment message files (ISO 20022 XML, SWIFT MT/RJE, Fedwire), directories
                        (every file in them, recursively, in name order), or - for standard input.
                        In a directory, documentation (README*, LICENSE*, SOURCES*, *.md, *.pdf…)
                        and hidden files are skipped with a note, not rejected
  --output FILE         write .jsonl or .csv (by extension); default JSONL to stdout
  --rejects FILE        write unreadable messages as JSONL; default: one line each on stderr
  --list FILE           screen against this list XML instead of the cached (or bundled) one
  --cache-dir DIR       the list cache (default: $UNSC_SCREEN_CACHE_DIR, else $XDG_CACHE_HOME/unsc-screen, else ~/.cache/unsc-screen)
  --threshold T         alert at or above this score (0 < T <= 1; default 0.8)
  --fail-on-alert       exit 1 when any transaction alerts (for pipelines)
  --no-progress         no progress line even on a terminal

One output record per transaction: file, transaction (its position in the file), format, ids
(messageId, endToEndId, uetr…), alerts (each with role, path, source party|freeText), warnings.
Exit status: 0 when the run completed, alerts or not; 1 with --fail-on-alert and an alert;
2 on bad usage or an input that cannot be opened, when every file was rejected (no
transaction read at all), and when no message file was found (every file skipped). One unreadable message among others is a reject, not a failure.
`;

/** A message that could not be read (in whole or in part). */
export interface PaymentReject {
  file: string;
  code: string;
  reason: string;
  details?: unknown;
  /** Transactions read before the fault and written to the output. */
  transactionsKept: number;
}

/**
 * What a folder of messages also holds and is not a message: documentation
 * (README, LICENSE, SOURCES.md…), office files, and hidden files (.DS_Store).
 * Skipped with a note when met in a directory; a file named on the command
 * line is always read.
 */
export function notAMessageFile(name: string): boolean {
  return /^\./.test(name) || /^(readme|licen[cs]e|sources|changelog|notice)\b/i.test(name) || /\.(md|markdown|rst|pdf|html?|docx?|xlsx?|png|jpe?g|gif|zip|gz)$/i.test(name);
}

/** Expands the inputs into files: a directory gives every file under it, in name order (documentation skipped, in `skipped`). */
function inputFiles(inputs: string[]): { files: string[]; skipped: string[] } {
  const files: string[] = [];
  const skipped: string[] = [];
  const walk = (path: string, inDirectory: boolean) => {
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    if (!stat.isDirectory()) {
      if (inDirectory && notAMessageFile(basename(path))) skipped.push(path);
      else files.push(path);
      return;
    }
    for (const name of readdirSync(path).sort()) walk(join(path, name), true);
  };
  for (const input of inputs) {
    if (input === '-') files.push(input);
    else walk(input, false);
  }
  return { files, skipped };
}

function outputAlert(alert: PaymentAlert) {
  return {
    role: alert.role,
    path: alert.path,
    source: alert.source,
    ...(alert.span === undefined ? {} : { span: alert.span }),
    referenceNumber: alert.referenceNumber,
    score: Number(alert.score.toFixed(4)),
    nameScore: Number(alert.nameScore.toFixed(4)),
    kind: alert.kind,
    listType: alert.listType,
    primaryName: alert.primaryName,
    matchedName: alert.matchedName?.text ?? null,
    reason: alert.reason,
  };
}

const CSV_HEADER = 'file,transaction,format,message_id,end_to_end_id,uetr,alert_count,reference_numbers,scores,roles,paths,primary_names,reasons,warnings\n';

function record(file: string, tx: TransactionScreenResult, csv: boolean, partial: boolean): string {
  if (!csv) {
    return `${JSON.stringify({
      file,
      transaction: tx.index,
      format: tx.format,
      ids: tx.ids,
      ...(partial ? { partial: true } : {}),
      alerts: tx.alerts.map(outputAlert),
      warnings: tx.warnings,
    })}\n`;
  }
  const join = (values: string[]) => csvField(values.join(' | '));
  return `${[
    csvField(file),
    String(tx.index),
    csvField(tx.format),
    csvField(tx.ids.messageId ?? ''),
    csvField(tx.ids.endToEndId ?? ''),
    csvField(tx.ids.uetr ?? ''),
    String(tx.alerts.length),
    join(tx.alerts.map((a) => a.referenceNumber)),
    join(tx.alerts.map((a) => a.score.toFixed(4))),
    join(tx.alerts.map((a) => a.role)),
    join(tx.alerts.map((a) => a.path)),
    join(tx.alerts.map((a) => a.primaryName)),
    join(tx.alerts.map((a) => a.reason)),
    join(tx.warnings.map((w) => `${w.code}: ${w.message}`)),
  ].join(',')}\n`;
}

export async function paymentsCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    output: { type: 'string' },
    rejects: { type: 'string' },
    list: { type: 'string' },
    'cache-dir': { type: 'string' },
    threshold: { type: 'string' },
    'fail-on-alert': { type: 'boolean' },
    'no-progress': { type: 'boolean' },
    help: { type: 'boolean' },
  });
  if (values.help === true) {
    io.stdout.write(PAYMENTS_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('`payments` needs at least one FILE, DIR or - (standard input)');
  const threshold = numberOption(values.threshold, 'threshold', Number.MIN_VALUE, 1);
  checkOutputDirectories({ 'the output': values.output, 'the rejects file': values.rejects });
  const { files, skipped } = inputFiles(positionals);
  const started = performance.now();
  const loaded = loadCliList(values.list, cliCacheDir(values['cache-dir'], io.env));
  for (const warning of loaded.warnings) io.stderr.write(`warning: ${warning}\n`);
  const screener = new Screener(loaded.list);

  const csv = values.output !== undefined && /\.csv$/i.test(values.output);
  const output: NodeJS.WritableStream = values.output === undefined ? io.stdout : createWriteStream(values.output);
  const rejectsFile = values.rejects === undefined ? undefined : createWriteStream(values.rejects);
  if (csv) output.write(CSV_HEADER);
  const progress = new Progress(values['no-progress'] === true ? { isTTY: false, write: (text: string) => io.stderr.write(text) } : io.stderr, undefined, 'transactions');
  for (const file of skipped) progress.log(`${printableName(`skipped ${file}: not a payment message (documentation or a hidden file; name it on the command line to read it)`)}\n`);

  let transactions = 0;
  let withAlerts = 0;
  let alerts = 0;
  let rejected = 0;
  const write = async (text: string) => {
    if (!output.write(text)) await new Promise((resolve) => output.once('drain', resolve));
  };
  const reject = (entry: PaymentReject) => {
    rejected++;
    if (rejectsFile !== undefined) rejectsFile.write(`${JSON.stringify(entry)}\n`);
    // A reason can quote the message (its start, a field): control characters are escaped before they reach a terminal.
    else progress.log(`${printableName(`rejected ${entry.file}: ${entry.reason}${entry.transactionsKept > 0 ? ` (${counted(entry.transactionsKept, 'transaction')} read before it ${entry.transactionsKept === 1 ? 'was' : 'were'} screened)` : ''}`)}\n`);
  };
  const emit = async (file: string, result: PaymentScreenResult, partial: boolean) => {
    for (const tx of result.transactions) {
      transactions++;
      alerts += tx.alerts.length;
      if (tx.alerts.length > 0) withAlerts++;
      await write(record(file, tx, csv, partial));
    }
  };

  for (const file of files) {
    const name = file === '-' ? '-' : file;
    let bytes: Buffer;
    try {
      bytes = file === '-' ? await readAll(io.stdin) : readFileSync(file);
    } catch (error) {
      reject({ file: name, code: 'UNREADABLE', reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, transactionsKept: 0 });
      continue;
    }
    try {
      await emit(name, screener.screenPayment(bytes, threshold === undefined ? {} : { threshold }), false);
    } catch (error) {
      if (!(error instanceof UnscScreenError)) throw error;
      const partial = error instanceof PaymentFormatError ? error.partial : undefined;
      if (partial !== undefined) await emit(name, partial, true);
      reject({
        file: name,
        code: error.code,
        reason: error.message,
        ...(error instanceof PaymentFormatError ? { details: error.details } : {}),
        transactionsKept: partial?.transactions.length ?? 0,
      });
    }
    progress.update(transactions, 0);
  }
  progress.finish();
  await finish(output === io.stdout ? undefined : (output as WriteStream));
  await finish(rejectsFile);
  const seconds = (performance.now() - started) / 1000;
  const version = screener.version;
  io.stderr.write(
    `unsc-screen payments: ${counted(files.length, 'file')}${skipped.length === 0 ? '' : ` (${skipped.length} skipped)`}, ${counted(transactions, 'transaction')} screened, ` +
      `${counted(alerts, 'alert')} on ${counted(withAlerts, 'transaction')}, ` +
      `${rejected} rejected; list ${version.dateGenerated} (sha256 ${version.sha256.slice(0, 12)}…); ${seconds.toFixed(2)} s\n`,
  );
  if (files.length === 0) {
    // Only documentation or hidden files: a pipeline pointed at the wrong folder must not pass.
    io.stderr.write(`unsc-screen payments: no message file to read: every file was skipped (exit 2)\n`);
    return 2;
  }
  if (rejected > 0 && rejected === files.length && transactions === 0) {
    io.stderr.write(`unsc-screen payments: no message could be read: every file was rejected (exit 2)\n`);
    return 2;
  }
  return values['fail-on-alert'] === true && withAlerts > 0 ? 1 : 0;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

function finish(stream: WriteStream | undefined): Promise<void> {
  if (stream === undefined) return Promise.resolve();
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(resolve);
  });
}
