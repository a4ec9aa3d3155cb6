/**
 * The streams and environment a CLI run uses: the commands write to these,
 * never to `process`, so that tests run them without a subprocess.
 */

/** The streams and environment a CLI run uses. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}
