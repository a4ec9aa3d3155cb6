/**
 * Spreads batches of rows over worker threads and gives the outputs back in
 * input order, with a bound on the batches in flight (constant memory).
 */
import { Worker } from 'node:worker_threads';
import { ListFormatError, type ErrorCode } from '../../errors.js';
import type { BatchOutput } from './process.js';
import type { LineBatch } from './process.js';
import type { CsvHeader } from './input.js';
import type { ListVersionInfo, WorkerSetup } from './worker.js';
import { UsageError } from '../usage.js';

/**
 * Heap limits of a worker, for a list of `listBytes` bytes. V8 grows a heap
 * lazily up to a share of the machine's memory before it collects; a worker
 * holds about 45 MB live for the 2 MB list of 2026 (the list, its index, the
 * word caches) plus the XML tree while it parses, so a cap that follows the
 * list's size keeps the peak RSS of a long batch low and constant.
 * Measured on 1,000,000 rows with 2 workers (the 2.03 MB list): 89/8 MB (this
 * rule) 266–271 MB peak and 68k–77k rows/s; 80/8 MB 268 MB and 72k rows/s;
 * 72/8 MB 266 MB and 72k rows/s; 97/8 MB 271 MB and 70k rows/s; 64/8 MB
 * 255 MB but 25k rows/s (collecting all the time); young space 4 or 16 MB
 * ran slower than 8 (66k, 73k against 77k in one series).
 *
 * @example
 * ```ts
 * workerLimits(2_030_000); // { maxOldGenerationSizeMb: 89, maxYoungGenerationSizeMb: 8 }
 * workerLimits(2_030_000, 120); // { maxOldGenerationSizeMb: 120, maxYoungGenerationSizeMb: 8 }
 * ```
 */
export function workerLimits(listBytes: number, heapMb?: number): { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } {
  return { maxOldGenerationSizeMb: heapMb ?? Math.ceil(56 + 16 * (listBytes / 1e6)), maxYoungGenerationSizeMb: 8 };
}

/** A worker's failure as the user can act on it: out of memory says which option to raise. */
function explain(error: Error & { code?: string }, heapMb: number): Error {
  if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') return error;
  return new UsageError(`a batch worker ran out of memory with a ${heapMb} MB heap: give it more with --worker-heap-mb`);
}

/** Worker threads, each with its own Screener. */
export class WorkerPool {
  readonly #workers: Worker[];
  readonly #ready: Promise<ListVersionInfo>[];
  readonly #idle: Worker[] = [];
  readonly #queue: Array<{ seq: number; header: CsvHeader | undefined } & LineBatch> = [];
  readonly #done = new Map<number, BatchOutput>();
  readonly #onOutput: (output: BatchOutput) => void;
  readonly #maxInFlight: number;
  #nextSeq = 0;
  #nextToEmit = 0;
  #inFlight = 0;
  #failure: Error | undefined;
  #closing = false;
  #waiters: Array<() => void> = [];

  constructor(count: number, setup: WorkerSetup, onOutput: (output: BatchOutput) => void) {
    this.#onOutput = onOutput;
    this.#maxInFlight = count * 3;
    const limits = workerLimits(setup.xml.byteLength + (setup.sinceXml?.byteLength ?? 0), setup.heapMb);
    const explained = (error: Error) => explain(error, limits.maxOldGenerationSizeMb);
    this.#workers = Array.from({ length: count }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData: setup, resourceLimits: limits }));
    this.#ready = this.#workers.map(
      (worker) =>
        new Promise<ListVersionInfo>((resolve, reject) => {
          worker.once('error', (error: Error) => reject(explained(error)));
          worker.on('message', (message: { ready?: ListVersionInfo; failed?: { code: string; message: string }; seq?: number; output?: BatchOutput }) => {
            if (message.failed !== undefined) {
              const failure = new ListFormatError(message.failed.code as ErrorCode, message.failed.message);
              this.#closing = true;
              this.#fail(failure);
              reject(failure);
              return;
            }
            if (message.ready !== undefined) {
              this.#idle.push(worker);
              this.#dispatch();
              resolve(message.ready);
              return;
            }
            this.#done.set(message.seq!, message.output!);
            this.#idle.push(worker);
            this.#emit();
            this.#dispatch();
          });
          worker.on('error', (error: Error) => this.#fail(explained(error)));
          worker.on('exit', (code) => {
            if (!this.#closing) this.#fail(new Error(`a batch worker stopped (exit code ${code}) before the input was done`));
          });
        }),
    );
    // A failure after start-up reaches callers through #fail; a ready promise nobody awaits any more must not crash the process.
    for (const ready of this.#ready) ready.catch(() => undefined);
  }

  /** Waits until every worker has parsed the list and built its index; the list's version. */
  async ready(): Promise<ListVersionInfo> {
    const versions = await Promise.all(this.#ready);
    return versions[0]!;
  }

  /** Queues a batch of lines; resolves when there is room for another (backpressure). */
  async submit(batch: LineBatch, header: CsvHeader | undefined): Promise<void> {
    if (this.#failure !== undefined) throw this.#failure;
    this.#queue.push({ seq: this.#nextSeq++, header, ...batch });
    this.#inFlight++;
    this.#dispatch();
    while (this.#inFlight >= this.#maxInFlight && this.#failure === undefined) await this.#wait();
    if (this.#failure !== undefined) throw this.#failure;
  }

  /** Waits for every batch, then stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.#ready);
    while (this.#inFlight > 0 && this.#failure === undefined) await this.#wait();
    this.#closing = true;
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
    if (this.#failure !== undefined) throw this.#failure;
  }

  #dispatch(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      this.#idle.pop()!.postMessage(this.#queue.shift()!);
    }
  }

  #emit(): void {
    for (let output = this.#done.get(this.#nextToEmit); output !== undefined; output = this.#done.get(this.#nextToEmit)) {
      this.#done.delete(this.#nextToEmit++);
      this.#inFlight--;
      this.#onOutput(output);
    }
    this.#wake();
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    this.#wake();
  }

  #wait(): Promise<void> {
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }
}
