/**
 * A batch worker thread: builds its own Screener once, then screens the
 * batches the main thread sends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Screener } from '../../screen/screener.js';
import { processRows, type OutputFormat } from './process.js';
import type { InputRow } from './rows.js';
import { parseList } from '../../parse/index.js';

/** What the main thread gives each worker. */
export interface WorkerSetup {
  /** The list's XML: each worker parses it in its own (capped) heap, the main thread never does. */
  xml: Uint8Array;
  format: OutputFormat;
  threshold: number | undefined;
}

/** What a worker says of the list once it is ready. */
export interface ListVersionInfo {
  dateGenerated: string;
  generatedAt: Date;
  sha256: string;
}

const setup = workerData as WorkerSetup;
let screener: Screener;
try {
  screener = new Screener(parseList(setup.xml));
} catch (error) {
  // Errors lose their class across threads: send the stable code and message.
  const { code, message } = error as { code?: string; message: string };
  parentPort!.postMessage({ failed: { code: code ?? 'UNSC_ERR_NOT_XML', message } });
  process.exit(0);
}
parentPort!.on('message', (message: { seq: number; rows: InputRow[] }) => {
  parentPort!.postMessage({ seq: message.seq, output: processRows(screener, message.rows, setup.format, setup.threshold) });
});
const { dateGenerated, generatedAt, sha256 } = screener.list;
parentPort!.postMessage({ ready: { dateGenerated, generatedAt, sha256 } satisfies ListVersionInfo });
