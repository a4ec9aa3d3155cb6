/**
 * A batch worker thread: builds its own Screener once, then screens the
 * batches the main thread sends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Screener } from '../../screen/screener.js';
import { processLines, type LineBatch, type OutputOptions, type RowScreener } from './process.js';
import type { DateOrder } from '../../screen/query-dates.js';
import { ENGINE } from '../../engine.js';
import { ageInDays } from '../../source/list-age.js';
import { csvReader, jsonlReader, type ColumnNames, type RowReader } from './rows.js';
import type { CsvHeader } from './input.js';
import { DecisionBook, type DecisionRow } from '../../decisions/decisions.js';
import { diffLists } from '../../diff/diff.js';
import { parseList } from '../../parse/index.js';
import { PreparedList } from '../../snapshot/prepared-list.js';

/** What the main thread gives each worker. */
export interface WorkerSetup {
  /** The list's XML: each worker parses it in its own (capped) heap, the main thread never does. */
  xml: Uint8Array;
  /**
   * The list's snapshot (list + index), in memory shared by every worker:
   * read instead of parsing `xml` and building the index again. Undefined
   * with --no-snapshot.
   */
  snapshot: SharedArrayBuffer | undefined;
  /** The sha256 of `xml`: the list the snapshot must hold. */
  listSha256: string | undefined;
  /** With --since: the older list's XML; rows are then screened against what changed. */
  sinceXml: Uint8Array | undefined;
  output: OutputOptions;
  /** JSONL: alerts with the designation's full record (--with-record). */
  withRecord: boolean;
  /** With --cleared: the analysts' decisions. */
  decisions: DecisionRow[] | undefined;
  threshold: number | undefined;
  /** The Screener's options from the command line (--strict, --date-order, --max-list-age-days). */
  screener: { strict: boolean; dateOrder?: DateOrder; maxListAgeDays?: number };
  /** How rows are read: the CSV header line (set once read) or JSONL, and the column names. */
  input: { format: 'csv' | 'jsonl'; columns: ColumnNames };
  /** Old-space heap limit of the worker in MB (--worker-heap-mb); default `workerLimits`. */
  heapMb: number | undefined;
}

/** What a worker says of the list once it is ready. */
export interface ListVersionInfo {
  dateGenerated: string;
  generatedAt: Date;
  sha256: string;
  /** With --since: the older list's dateGenerated. */
  sinceDateGenerated?: string;
}

const setup = workerData as WorkerSetup;
let screener: Screener;
let screenRow: RowScreener;
let sinceDateGenerated: string | undefined;
try {
  const sha256 = setup.snapshot === undefined ? undefined : setup.listSha256;
  screener = new Screener(
    setup.snapshot === undefined ? parseList(setup.xml) : PreparedList.fromSnapshot(new Uint8Array(setup.snapshot), sha256 === undefined ? {} : { listSha256: sha256 }),
    setup.screener,
  );
  if (setup.sinceXml === undefined) {
    screenRow = (query) => screener.screen(query);
  } else {
    const older = parseList(setup.sinceXml);
    sinceDateGenerated = older.dateGenerated;
    const against = screener.against(diffLists(older, screener.list));
    // The same record as a full screen's, against what changed, with the alerts removals cleared.
    screenRow = (query) => {
      const { query: q, alerts, cleared, warnings } = against.screen(query);
      return {
        ...(q.id === undefined ? {} : { id: q.id }),
        query: q,
        alerts,
        warnings,
        list: { ...screener.version, ageDays: ageInDays(screener.list.generatedAt, new Date()) },
        options: { threshold: q.threshold, limit: q.limit, ...(q.kind === undefined ? {} : { kind: q.kind }), engine: ENGINE, model: screener.model.version },
        cleared,
      };
    };
  }
} catch (error) {
  // Errors lose their class across threads: send the stable code and message.
  const { code, message } = error as { code?: string; message: string };
  parentPort!.postMessage({ failed: { code: code ?? 'UNSC_ERR_NOT_XML', message } });
  process.exit(0);
}
let reader: RowReader | undefined;
const decisions = setup.decisions === undefined ? undefined : new DecisionBook(setup.decisions);
parentPort!.on('message', (message: { seq: number; header: CsvHeader | undefined } & LineBatch) => {
  reader ??= setup.input.format === 'csv' ? csvReader(setup.input.columns, message.header!) : jsonlReader(setup.input.columns);
  const output = processLines(screenRow, reader, message, { ...setup.output, withRecord: setup.withRecord }, setup.threshold, decisions);
  parentPort!.postMessage({ seq: message.seq, output });
});
const { dateGenerated, generatedAt, sha256 } = screener.list;
parentPort!.postMessage({ ready: { dateGenerated, generatedAt, sha256, ...(sinceDateGenerated === undefined ? {} : { sinceDateGenerated }) } satisfies ListVersionInfo });
