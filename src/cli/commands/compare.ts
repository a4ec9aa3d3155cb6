/**
 * `unsc-screen compare "A" "B"`: the pairwise score and its alignment.
 */
import { compareNames } from '../../match/compare.js';
import { numberOption, parseOptions } from '../args.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage.js';

export const COMPARE_HELP = `unsc-screen compare "A" "B" [--threshold T] [--json]

  Compares a name (A, as a payment carries it) with a listed name (B): the score,
  whether it matches, and which words met which, by what rule.
`;

export function compareCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseOptions(args, {
    threshold: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean' },
  });
  if (values.help === true) {
    io.stdout.write(COMPARE_HELP);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError('`compare` takes two names: unsc-screen compare "A" "B"');
  const threshold = numberOption(values.threshold, 'threshold', 0, 1);
  const result = compareNames(positionals[0]!, positionals[1]!, threshold === undefined ? {} : { threshold });
  if (values.json === true) {
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  io.stdout.write(`score ${result.score.toFixed(3)}: ${result.match ? 'match' : 'no match'} at threshold ${result.threshold}\n`);
  for (const pair of result.alignment) {
    io.stdout.write(`  ${pair.query.padEnd(20)} ~ ${pair.listed.padEnd(20)} ${pair.similarity.toFixed(2)} (${pair.rule})\n`);
  }
  if (result.unmatched.query.length > 0) io.stdout.write(`  only in A: ${result.unmatched.query.join(' ')}\n`);
  if (result.unmatched.listed.length > 0) io.stdout.write(`  only in B: ${result.unmatched.listed.join(' ')}\n`);
  return 0;
}
