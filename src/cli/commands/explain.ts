/**
 * `unsc-screen explain "NAME" REF`: the whole decision of a screen about one designation.
 */
import { Screener } from '../../screen/screener.js';
import { formatExplanation } from '../explain-text.js';
import { parseOptions } from '../args.js';
import { cliCacheDir } from '../list-bytes.js';
import { loadCliList } from '../list-source.js';
import type { CliIo } from '../io.js';
import { cliQuery, cliScreenerOptions, QUERY_ARGS, SCREENER_ARGS } from '../screener-options.js';
import { UsageError } from '../usage.js';

export const EXPLAIN_HELP = `unsc-screen explain "NAME" REF [options]

  Why a screen of NAME alerts on the designation REF (e.g. QDi.019), or why not: every name of
  the designation scored, the best one's word alignment, each piece of evidence with its weight,
  the final score and the threshold. Takes the options of screen:

  --kind, --dob, --nationality, --country, --document, --threshold, --id, --strict, --date-order,
  --max-list-age-days, --list FILE, --cache-dir DIR, --json (the Explanation object)
`;

export function explainCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseOptions(args, {
    ...QUERY_ARGS,
    list: { type: 'string' },
    'cache-dir': { type: 'string' },
    ...SCREENER_ARGS,
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    io.stdout.write(EXPLAIN_HELP);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError('`explain` takes a name and a reference number: unsc-screen explain "NAME" QDi.019');
  const query = cliQuery(positionals[0]!, values);
  const loaded = loadCliList(values.list, cliCacheDir(values['cache-dir'], io.env));
  const why = new Screener(loaded.list, cliScreenerOptions(values)).explain(query, positionals[1]!);
  io.stdout.write(values.json === true ? `${JSON.stringify(why, null, 2)}\n` : formatExplanation(why));
  return 0;
}
