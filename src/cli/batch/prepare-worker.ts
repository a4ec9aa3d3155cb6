/**
 * A one-off worker thread that parses a list, builds its index and makes the
 * snapshot the batch workers then share, so that the main thread of a batch
 * never holds the XML tree nor the index (its heap stays small), and the
 * thread's memory is given back when it ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseList } from '../../parse/index.js';
import { PreparedList } from '../../snapshot/prepared-list.js';
import { writeSnapshot } from '../../snapshot/files.js';

/** What the main thread gives the preparing worker. */
export interface PrepareSetup {
  xml: Uint8Array;
  /** Where to write the snapshot for the next run (undefined: nowhere). */
  snapshotPath: string | undefined;
}

/** What it answers: the snapshot's bytes (transferred) and warnings, or the list's format error. */
export type PrepareAnswer = { snapshot: ArrayBuffer; warnings: string[] } | { failed: { code: string; message: string } };

const setup = workerData as PrepareSetup;
try {
  const bytes = PreparedList.build(parseList(setup.xml)).toSnapshot();
  const warnings: string[] = [];
  if (setup.snapshotPath !== undefined) writeSnapshot(setup.snapshotPath, bytes, (warning) => warnings.push(warning));
  const snapshot = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  parentPort!.postMessage({ snapshot, warnings } satisfies PrepareAnswer, [snapshot]);
} catch (error) {
  // Errors lose their class across threads: send the stable code and message.
  const { code, message } = error as { code?: string; message: string };
  parentPort!.postMessage({ failed: { code: code ?? 'UNSC_ERR_NOT_XML', message } } satisfies PrepareAnswer);
}
