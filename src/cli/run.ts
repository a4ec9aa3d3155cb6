/**
 * Command dispatch for the CLI, testable without a subprocess.
 */
import { UnscScreenError } from '../errors.js';
import { loadBundledList } from '../source/bundled.js';
import { NameIndex } from '../index/name-index.js';
import { DEFAULT_THRESHOLD } from '../match/threshold.js';
import { UsageError } from './usage.js';

/** The streams and environment a CLI run uses. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

const HELP = `unsc-screen: screen names against the UN Security Council Consolidated List

Usage:
  unsc-screen screen "NAME"     screen one name against the bundled list
  unsc-screen info              which list is in use: date, age, sha256, counts
  unsc-screen help              this text

Exit status: 0 when the run completed, 2 on bad usage or unreadable input.
`;

/**
 * Runs one CLI invocation and returns its exit status.
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'screen':
        return screenName(rest, io);
      case 'info':
        return info(rest, io);
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
      io.stderr.write(`unsc-screen: ${error.message}\n`);
      if (error instanceof UsageError) io.stderr.write('Run `unsc-screen help` for usage.\n');
      return 2;
    }
    throw error;
  }
}

function screenName(args: string[], io: CliIo): number {
  const name = args.filter((arg) => !arg.startsWith('--')).join(' ').trim();
  if (name === '') throw new UsageError('`screen` needs a name: unsc-screen screen "NAME"');
  const { list, warnings } = loadBundledList();
  for (const warning of warnings) io.stderr.write(`warning: ${warning}\n`);
  const hits = NameIndex.build(list).search(name);
  io.stdout.write(`Screened "${name}" against the UN list of ${list.dateGenerated} (sha256 ${list.sha256.slice(0, 12)}…)\n`);
  if (hits.length === 0) {
    io.stdout.write(`no alert at threshold ${DEFAULT_THRESHOLD}\n`);
    return 0;
  }
  for (const hit of hits) {
    const quality = hit.name.quality === undefined ? '' : ` ${hit.name.quality}`;
    io.stdout.write(
      `${hit.score.toFixed(3)}  ${hit.record.referenceNumber.padEnd(8)} ${hit.record.name}  [${hit.name.source}${quality}: ${hit.name.text}]\n`,
    );
  }
  return 0;
}

function info(_args: string[], io: CliIo): number {
  const { list, location, ageDays, warnings } = loadBundledList();
  for (const warning of warnings) io.stderr.write(`warning: ${warning}\n`);
  io.stdout.write(
    [
      `list:        UN Security Council Consolidated List`,
      `generated:   ${list.dateGenerated} (${ageDays} days ago)`,
      `source:      bundled (${location})`,
      `sha256:      ${list.sha256}`,
      `records:     ${list.counts.individuals} individuals, ${list.counts.entities} entities, ${list.counts.aliases} aliases`,
      '',
    ].join('\n'),
  );
  return 0;
}
