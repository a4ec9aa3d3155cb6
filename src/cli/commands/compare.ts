/**
 * `unsc-screen compare "A" "B"`: the pairwise score and its alignment, as a
 * screen on the list in use scores it (or without a list, `--plain`).
 */
import { compareNames, type NameComparison } from '../../match/compare.js';
import { Screener } from '../../screen/screener.js';
import type { ListComparison } from '../../screen/list-compare.js';
import { numberOption, parseOptions } from '../args.js';
import { cliCacheDir } from '../list-bytes.js';
import { loadCliList } from '../list-source.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage.js';

export const COMPARE_HELP = `unsc-screen compare "A" "B" [--threshold T] [--list FILE] [--plain] [--json]

  Compares a name (A, as a payment carries it) with a listed name (B): the score,
  whether it matches, and which words met which, by what rule. The words are weighed
  by their rarity on the list in use, and when B is a name on the list its alias
  quality counts, as in a screen: the score is the nameScore of the alert it explains.

  --list FILE        the list XML whose weights to use instead of the cached (or bundled) one
  --cache-dir DIR    the list cache (default: $UNSC_SCREEN_CACHE_DIR, else $XDG_CACHE_HOME/unsc-screen, else ~/.cache/unsc-screen)
  --plain            compare without a list (words weighed by their kind only)
  --threshold T      the match threshold (default 0.8)
  --json             the comparison as JSON
`;

export function compareCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseOptions(args, {
    threshold: { type: 'string' },
    list: { type: 'string' },
    'cache-dir': { type: 'string' },
    plain: { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    io.stdout.write(COMPARE_HELP);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError('`compare` takes two names: unsc-screen compare "A" "B"');
  if (values.plain === true && values.list !== undefined) throw new UsageError('--plain compares without a list: drop --list');
  const threshold = numberOption(values.threshold, 'threshold', 0, 1);
  const [a, b] = positionals as [string, string];
  let result: NameComparison | ListComparison;
  let weights: string;
  if (values.plain === true) {
    result = compareNames(a, b, threshold === undefined ? {} : { threshold });
    weights = 'no list (words weighed by kind only)';
  } else {
    const loaded = loadCliList(values.list, cliCacheDir(values['cache-dir'], io.env));
    result = new Screener(loaded.list, { maxListAgeDays: Number.POSITIVE_INFINITY }).compare(a, b, threshold === undefined ? {} : { threshold });
    weights = `the list of ${loaded.list.dateGenerated}`;
  }
  if (values.json === true) {
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  io.stdout.write(`score ${result.score.toFixed(3)}: ${result.match ? 'match' : 'no match'} at threshold ${result.threshold}; weights of ${weights}\n`);
  if ('listed' in result && result.listed !== undefined) {
    const { listed } = result;
    io.stdout.write(
      `  B is ${listed.referenceNumber}'s ${listed.source}${listed.quality === undefined ? '' : ` (${listed.quality})`} "${listed.text}"` +
        `${listed.factor === 1 ? '' : `: score × ${listed.factor}`}\n`,
    );
  }
  for (const pair of result.alignment) {
    io.stdout.write(`  ${pair.query.padEnd(20)} ~ ${pair.listed.padEnd(20)} ${pair.similarity.toFixed(2)} (${pair.rule})\n`);
  }
  if (result.unmatched.query.length > 0) io.stdout.write(`  only in A: ${result.unmatched.query.join(' ')}\n`);
  if (result.unmatched.listed.length > 0) io.stdout.write(`  only in B: ${result.unmatched.listed.join(' ')}\n`);
  return 0;
}
