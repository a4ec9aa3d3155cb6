#!/usr/bin/env node
/**
 * The `unsc-screen` command line. Only this layer reads argv, env and the TTY.
 */
import { run } from './run.js';

// A reader that stops early (`unsc-screen diff A B | head`) closes the pipe:
// the command ends quietly, as Unix tools do, instead of with an EPIPE stack trace.
// Any other error (a full disk behind stdout) is left to the command's own handler
// (batch's output sink reports it with UNSC_ERR_OUTPUT_FAILED, exit 2); with none, it is thrown.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    if (stream.listenerCount('error') === 1) throw error;
  });
}

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
