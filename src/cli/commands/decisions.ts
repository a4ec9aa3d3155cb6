/**
 * `unsc-screen decisions template ALERTS.jsonl`: a decisions file to fill in,
 * one line per alert of a batch's JSONL output, for `batch --cleared`.
 */
import { createReadStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { DECISION_COLUMNS } from '../../decisions/decisions.js';
import { parseOptions } from '../args.js';
import { csvCell } from '../batch/spreadsheet-cell.js';
import type { CliIo } from '../run.js';
import { UsageError } from '../usage.js';

export const DECISIONS_HELP = `unsc-screen decisions template ALERTS.jsonl [--output decisions.csv]

  Writes a decisions file with one line per alert of a batch's JSONL output
  (columns ${DECISION_COLUMNS.join(', ')}): fill in decision ("cleared" to clear
  the alert), analyst, note and date, then pass it to \`unsc-screen batch --cleared FILE\`.
  A cleared alert stays cleared while the party's screened fields and the
  designation stay the same (the fingerprint); it returns when either changes.
  Cells are neutralised like the batch's CSV output (a leading ' before = + - @).
`;

interface OutputAlertLine {
  id?: unknown;
  /** The screened party, as the batch's JSONL (a ScreenResult) holds it. */
  query?: { name?: unknown };
  alerts?: Array<{ referenceNumber?: unknown; fingerprint?: unknown; primaryName?: unknown; score?: unknown }>;
}

export async function decisionsCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, { output: { type: 'string' }, help: { type: 'boolean' } });
  if (values.help === true || positionals.length === 0) {
    io.stdout.write(DECISIONS_HELP);
    return values.help === true ? 0 : 2;
  }
  const [action, input, ...rest] = positionals;
  if (action !== 'template' || input === undefined || rest.length > 0) throw new UsageError('usage: unsc-screen decisions template ALERTS.jsonl [--output FILE]');
  const lines: string[] = [`${DECISION_COLUMNS.join(',')}\n`];
  const stream: NodeJS.ReadableStream = input === '-' ? io.stdin : createReadStream(input);
  const failed = new Promise<never>((_, reject) =>
    stream.on('error', (error: NodeJS.ErrnoException) => reject(new UsageError(`cannot read ${input}: ${error.code ?? error.message}`))),
  );
  let lineNumber = 0;
  const reading = (async () => {
    for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
      lineNumber++;
      if (text.trim() === '') continue;
      let record: OutputAlertLine;
      try {
        record = JSON.parse(text) as OutputAlertLine;
      } catch {
        throw new UsageError(`${input} line ${lineNumber}: not JSON (give the JSONL output of \`unsc-screen batch\`)`);
      }
      for (const alert of record.alerts ?? []) {
        if (typeof alert.fingerprint !== 'string') throw new UsageError(`${input} line ${lineNumber}: an alert without a fingerprint (written by an older unsc-screen?)`);
        const score = typeof alert.score === 'number' ? alert.score.toFixed(3) : String(alert.score ?? '');
        const note = `${String(record.query?.name ?? '')} ~ ${String(alert.primaryName ?? '')} (${score})`;
        lines.push(`${[csvCell(String(record.id ?? '')), csvCell(String(alert.referenceNumber)), alert.fingerprint, '', '', csvCell(note), ''].join(',')}\n`);
      }
    }
  })();
  await Promise.race([reading, failed]);
  if (values.output === undefined) io.stdout.write(lines.join(''));
  else writeFileSync(values.output, lines.join(''));
  io.stderr.write(`unsc-screen decisions: ${lines.length - 1} alerts to decide${values.output === undefined ? '' : ` in ${values.output}`}\n`);
  return 0;
}
