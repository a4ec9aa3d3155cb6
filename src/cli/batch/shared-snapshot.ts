/**
 * The snapshot a batch's workers share: read and checked from the cache
 * directory, or made once by a preparing worker (and written there), then
 * copied into one SharedArrayBuffer that every worker reads from, instead of
 * each parsing the XML and building the index again.
 */
import { Worker } from 'node:worker_threads';
import { ListFormatError, type ErrorCode } from '../../errors.js';
import { readSnapshotFile, snapshotIgnored } from '../../snapshot/files.js';
import { UsageError } from '../usage.js';
import { workerLimits } from './pool.js';
import type { PrepareAnswer, PrepareSetup } from './prepare-worker.js';

/**
 * The checked snapshot of `xml` (sha256 `listSha256`) in shared memory.
 *
 * @param snapshotPath - Where its snapshot lies or is to be written.
 * @param warn - Told of a snapshot ignored (stale, corrupt) or not written.
 * @throws {ListFormatError} when the XML is not a complete list.
 */
export async function sharedSnapshot(
  xml: Uint8Array,
  listSha256: string,
  snapshotPath: string,
  warn: (message: string) => void,
): Promise<SharedArrayBuffer> {
  const read = readSnapshotFile(snapshotPath, listSha256);
  if ('bytes' in read) return toShared(read.bytes);
  if ('error' in read) warn(snapshotIgnored(snapshotPath, read.error));
  // The default heap cap, whatever --worker-heap-mb says: parsing and building need more than
  // decoding a snapshot, and this worker ends (its memory freed) before the batch starts.
  const limits = workerLimits(xml.byteLength);
  const worker = new Worker(new URL('./prepare-worker.js', import.meta.url), {
    workerData: { xml, snapshotPath } satisfies PrepareSetup,
    resourceLimits: limits,
  });
  try {
    const answer = await new Promise<PrepareAnswer>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', (error: Error & { code?: string }) =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new UsageError(`the worker preparing the list ran out of memory with a ${limits.maxOldGenerationSizeMb} MB heap: run with --no-snapshot`)
            : error,
        ),
      );
      worker.once('exit', (code) => reject(new Error(`the worker preparing the list stopped (exit code ${code})`)));
    });
    if ('failed' in answer) throw new ListFormatError(answer.failed.code as ErrorCode, answer.failed.message);
    for (const warning of answer.warnings) warn(warning);
    return toShared(new Uint8Array(answer.snapshot));
  } finally {
    await worker.terminate();
  }
}

function toShared(bytes: Uint8Array): SharedArrayBuffer {
  const shared = new SharedArrayBuffer(bytes.byteLength);
  new Uint8Array(shared).set(bytes);
  return shared;
}
