/**
 * Where a batch writes (its output, its rejects): a file is written under a
 * temporary name beside it and renamed into place only when the run ends, so
 * that a run that fails (bad header, unreadable list, full disk) leaves the
 * previous file as it was; a write error is kept and reported with a code
 * (exit 2), never an unhandled crash.
 */
import { randomBytes } from 'node:crypto';
import { accessSync, constants, createWriteStream, realpathSync, renameSync, rmSync, statSync, writeFileSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ErrorCodes, UnscScreenError } from '../../errors.js';
import { UsageError } from '../usage.js';

/** Temporary files not yet committed or abandoned: removed when the process exits (a run that failed). */
const pending = new Set<string>();
process.on('exit', () => {
  for (const path of pending) rmSync(path, { force: true });
});

/** One output of a batch run. */
export class OutputSink {
  readonly #stream: NodeJS.WritableStream;
  /** The file written to, when it is not the final one (renamed at `commit`). */
  readonly #temporary: string | undefined;
  readonly #path: string | undefined;
  readonly #what: string;
  #error: NodeJS.ErrnoException | undefined;
  #waiting: Array<() => void> = [];

  private constructor(stream: NodeJS.WritableStream, what: string, path?: string, temporary?: string) {
    this.#stream = stream;
    this.#what = what;
    this.#path = path;
    this.#temporary = temporary;
    if (temporary !== undefined) pending.add(temporary);
    stream.on('error', (error: NodeJS.ErrnoException) => {
      this.#error ??= error;
      this.#release();
    });
    stream.on('drain', () => this.#release());
  }

  /** Standard output (never closed nor renamed). */
  static stdout(stdout: NodeJS.WritableStream): OutputSink {
    return new OutputSink(stdout, 'standard output');
  }

  /**
   * A file: a regular file (or a new one) is written aside and renamed at
   * `commit`; a device or a pipe (`/dev/stdout`) is written directly.
   */
  static file(path: string, what: string): OutputSink {
    let special = false;
    try {
      special = !statSync(path).isFile();
    } catch {
      // (a new file)
    }
    const temporary = special ? undefined : join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
    return new OutputSink(createWriteStream(temporary ?? path), what, path, temporary);
  }

  /** Writes text; false when the caller should wait for `drained()` (never after an error: the rest is dropped). */
  write(text: string): boolean {
    if (this.#error !== undefined || text === '') return true;
    return this.#stream.write(text);
  }

  /** Resolves when the stream can take more (or has failed). */
  drained(): Promise<void> {
    return this.#error !== undefined ? Promise.resolve() : new Promise((resolve) => this.#waiting.push(resolve));
  }

  /**
   * Ends the output and puts the file in place.
   * @throws {UnscScreenError} `UNSC_ERR_OUTPUT_FAILED` when a write failed (the temporary file is removed, the previous file kept).
   */
  async commit(): Promise<void> {
    if (this.#path !== undefined && this.#error === undefined) {
      await new Promise<void>((resolve) => {
        this.#stream.once('error', () => resolve());
        (this.#stream as WriteStream).end(() => resolve());
      });
    }
    if (this.#temporary !== undefined) pending.delete(this.#temporary);
    if (this.#error !== undefined) {
      if (this.#temporary !== undefined) rmSync(this.#temporary, { force: true });
      throw outputError(this.#what, this.#path, this.#error, this.#temporary !== undefined);
    }
    if (this.#temporary !== undefined) {
      try {
        renameSync(this.#temporary, this.#path!);
      } catch (error) {
        rmSync(this.#temporary, { force: true });
        throw outputError(this.#what, this.#path, error as NodeJS.ErrnoException, true);
      }
    }
  }

  /** Drops a file's output (the run failed before it was complete): the previous file stays. */
  abandon(): void {
    if (this.#path === undefined) return;
    (this.#stream as WriteStream).destroy();
    if (this.#temporary !== undefined) {
      pending.delete(this.#temporary);
      rmSync(this.#temporary, { force: true });
    }
  }

  #release(): void {
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const resolve of waiting) resolve();
  }
}

function outputError(what: string, path: string | undefined, error: NodeJS.ErrnoException, kept: boolean): UnscScreenError {
  const where = path === undefined ? what : `${what} ${path}`;
  const reason = error.code === 'ENOSPC' ? 'ENOSPC (no space left on device)' : (error.code ?? error.message);
  return new UnscScreenError(ErrorCodes.OUTPUT_FAILED, `cannot write ${where}: ${reason}${kept ? `; the previous ${path} (if any) is unchanged` : ''}`, { cause: error });
}

/**
 * Writes a small file whole (the summary), through a temporary file.
 * @throws {UnscScreenError} `UNSC_ERR_OUTPUT_FAILED`.
 */
export function writeWholeFile(path: string, text: string, what: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw outputError(what, path, error as NodeJS.ErrnoException, true);
  }
}

/**
 * Checks, before any work, that each output file can be made: its directory
 * exists and is writable, and it is not itself a directory (`--output out/`,
 * whose dirname is `.`). A run into a missing directory then stops at once
 * instead of failing after screening every row.
 *
 * @example
 * ```ts
 * checkOutputDirectories({ 'the output': '/nonexistent/dir/a.csv' }); // throws UNSC_ERR_OUTPUT_FAILED: cannot write the output /nonexistent/dir/a.csv: ENOENT…
 * ```
 * @throws {UnscScreenError} `UNSC_ERR_OUTPUT_FAILED`, as a failed write at the end would.
 */
export function checkOutputDirectories(outputs: Record<string, string | undefined>): void {
  for (const [what, path] of Object.entries(outputs)) {
    if (path === undefined) continue;
    const directory = dirname(path);
    try {
      if (statSync(path, { throwIfNoEntry: false })?.isDirectory() === true) throw Object.assign(new Error(`${path} is a directory`), { code: 'EISDIR' });
      if (!statSync(directory).isDirectory()) throw Object.assign(new Error(`${directory} is not a directory`), { code: 'ENOTDIR' });
      accessSync(directory, constants.W_OK);
    } catch (error) {
      const { code } = error as NodeJS.ErrnoException;
      const why = code === 'ENOENT' ? `ENOENT (no directory ${directory})` : code === 'ENOTDIR' ? `ENOTDIR (${directory} is not a directory)` : code === 'EISDIR' ? `EISDIR (${path} is a directory)` : (code ?? (error as Error).message);
      throw new UnscScreenError(ErrorCodes.OUTPUT_FAILED, `cannot write ${what} ${path}: ${why}; nothing was screened`, { cause: error });
    }
  }
}

/**
 * Refuses a run that would write over its own input (or two outputs into one
 * file): `batch same.csv --output same.csv` once wiped the input.
 *
 * @throws {UsageError}
 */
export function checkDistinctFiles(input: string, outputs: Record<string, string | undefined>): void {
  const seen = new Map<string, string>();
  if (input !== '-') seen.set(identity(input), 'the input');
  for (const [option, path] of Object.entries(outputs)) {
    if (path === undefined) continue;
    const key = identity(path);
    const other = seen.get(key);
    if (other !== undefined) throw new UsageError(`${option} ${path} is ${other}: refused, it would be overwritten`);
    seen.set(key, option);
  }
}

/** What makes two paths one file: device and inode when it exists, else the resolved path. */
function identity(path: string): string {
  try {
    const stats = statSync(path);
    return stats.isFile() ? `${stats.dev}:${stats.ino}` : `path:${realpathSync(path)}`;
  } catch {
    try {
      return `path:${join(realpathSync(dirname(path)), basename(path))}`;
    } catch {
      return `path:${path}`;
    }
  }
}
