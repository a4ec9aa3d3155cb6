/**
 * The built CLI run the way a user runs it, for the CLI test files: each file
 * gets a temporary directory with a warm list cache of its own, so that its
 * commands screen the bundled list whatever ~/.cache holds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { warmCacheDir } from './prepared.js';

/** What a command did: its exit status and what it wrote. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** One test file's CLI: where it runs, with what environment, and how to run it. */
export interface CliHarness {
  /** The repository root: commands run there. */
  root: string;
  /** dist/cli/main.js (for tests that spawn it themselves). */
  cli: string;
  /** The file's temporary directory (its cache is `cache/` inside). */
  dir: string;
  /** The environment commands run with: the warm cache in `dir`. */
  env: NodeJS.ProcessEnv;
  /** Runs `unsc-screen ...args` to the end in a subprocess, `input` on stdin; `stdout` a file descriptor to write to instead of a pipe. */
  run(args: readonly string[], input?: string | Buffer, options?: { stdout?: number }): CliRun;
  /**
   * Runs `unsc-screen ...args` in this process: the built CLI's `run`
   * (dist/cli/run.js, all that dist/cli/main.js does besides handing it the
   * process's streams), `input` on stdin, its output and exit status captured.
   * For cases about what a command reads, prints and returns; cases about the
   * process itself (signals, a closed pipe, stdin as a pipe) use `run`, and each
   * command keeps at least one case there. Spares a subprocess's start-up and
   * module loading, about 0.3 s of CPU a command.
   */
  runHere(args: readonly string[], input?: string | Buffer): Promise<CliRun>;
  /** Writes `content` to `name` in `dir`, and returns its path. */
  file(name: string, content: string): string;
}

/**
 * A CLI harness in a new temporary directory named after `prefix`.
 *
 * @example
 * ```ts
 * const { run } = cliHarness('unsc-cli-');
 * run(['screen', 'Mukhtar Belmukhtar']).stdout; // the table of alerts
 * ```
 */
export function cliHarness(prefix: string): CliHarness {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const cli = join(root, 'dist/cli/main.js');
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const env = { ...process.env, UNSC_SCREEN_CACHE_DIR: warmCacheDir(join(dir, 'cache')) };
  return {
    root,
    cli,
    dir,
    env,
    run(args, input, options = {}) {
      const result = spawnSync(process.execPath, [cli, ...args], {
        cwd: root,
        input,
        encoding: 'utf8',
        env,
        ...(options.stdout === undefined ? {} : { stdio: ['pipe', options.stdout, 'pipe'] }),
      });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    async runHere(args, input) {
      // (a URL, not a path TypeScript resolves: the typecheck runs beside the build that empties dist/)
      const { run } = (await import(pathToFileURL(join(root, 'dist/cli/run.js')).href)) as typeof import('../../src/cli/run.js');
      const stdout = capture();
      const stderr = capture();
      const stdin = Readable.from(input === undefined ? [] : [Buffer.from(input)]);
      const status = await run([...args], { stdout: stdout.stream, stderr: stderr.stream, stdin, env });
      await new Promise((resolve) => setImmediate(resolve));
      return { status, stdout: stdout.text(), stderr: stderr.text() };
    },
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

/** A stream that keeps what is written to it, as a pipe does (not a TTY). */
function capture(): { stream: Writable; text(): string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, encoding, done) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk);
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** The records of JSONL output, blank lines skipped. */
export function jsonlRecords<T = Record<string, unknown>>(text: string): T[] {
  return text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);
}
