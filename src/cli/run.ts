/**
 * Command dispatch for the CLI, testable without a subprocess.
 */
import { UnscScreenError } from '../errors.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage.js';
import { ENGINE } from '../engine.js';

export type { CliIo } from './io.js';

const HELP = `unsc-screen: screen names against the UN Security Council Consolidated List

Usage:
  unsc-screen screen "NAME" [options]   screen one party (--help for options)
  unsc-screen batch INPUT [options]     screen a CSV or JSONL file (--help for options)
  unsc-screen payments FILE|DIR|- …     screen payment messages: ISO 20022, SWIFT MT, Fedwire (--help)
  unsc-screen compare "A" "B"           score two names on the list in use and show why (--plain: without it)
  unsc-screen explain "NAME" REF        the whole decision of a screen about one designation
  unsc-screen diff OLD NEW [--json]     what changed between two list files
  unsc-screen decisions template ALERTS.jsonl   a decisions file to fill in, for batch --cleared
  unsc-screen update [options]          download the current list into the cache, verified (--help)
  unsc-screen info [--list FILE]        which list is in use: date, age, sha256, counts, source
  unsc-screen serve [options]           screening over HTTP (--help for options)
  unsc-screen help, -h, --help          this text
  unsc-screen --version, -v             the version

Exit status: 0 when the run completed (alerts or not), 1 with batch/payments --fail-on-alert and an alert,
2 on bad usage or unreadable input.
`;

/**
 * Runs one CLI invocation and returns its exit status.
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    // Each command loads only what it uses: a batch's main thread never loads the
    // matcher, the XML parser or the HTTP client (its workers do what they need).
    switch (command) {
      case 'screen':
        return (await import('./commands/screen.js')).screenCommand(rest, io);
      case 'batch':
        return await (await import('./commands/batch.js')).batchCommand(rest, io);
      case 'payments':
        return await (await import('./commands/payments.js')).paymentsCommand(rest, io);
      case 'compare':
        return (await import('./commands/compare.js')).compareCommand(rest, io);
      case 'explain':
        return (await import('./commands/explain.js')).explainCommand(rest, io);
      case '--version':
      case '-v':
      case 'version':
        io.stdout.write(`${ENGINE.replace('@', ' ')}\n`);
        return 0;
      case 'info':
        return (await import('./commands/info.js')).infoCommand(rest, io);
      case 'diff':
        return (await import('./commands/diff.js')).diffCommand(rest, io);
      case 'decisions':
        return await (await import('./commands/decisions.js')).decisionsCommand(rest, io);
      case 'update':
        return await (await import('./commands/update.js')).updateCommand(rest, io);
      case 'serve':
        return await (await import('./commands/serve.js')).serveCommand(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(HELP);
        return 0;
      default:
        throw new UsageError(`Unknown command \`${command}\``);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof UnscScreenError) {
      io.stderr.write(`unsc-screen: ${error.message}${error instanceof UnscScreenError ? ` (${error.code})` : ''}\n`);
      if (error instanceof UsageError) io.stderr.write('Run `unsc-screen help` for usage.\n');
      return 2;
    }
    throw error;
  }
}
