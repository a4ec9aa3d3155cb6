/**
 * `unsc-screen explain "NAME" REF`: the whole decision of a screen about one designation.
 */
import { Screener } from '../../screen/screener.js';
import { formatExplanation } from '../explain-text.js';
import { numberOption, parseOptions } from '../args.js';
import { cliCacheDir } from '../list-bytes.js';
import { loadCliList } from '../list-source.js';
import type { CliIo } from '../run.js';
import { cliScreenerOptions, SCREENER_ARGS } from '../screener-options.js';
import { UsageError } from '../usage.js';

export const EXPLAIN_HELP = `unsc-screen explain "NAME" REF [options]

  Why a screen of NAME alerts on the designation REF (e.g. QDi.019), or why not: every name of
  the designation scored, the best one's word alignment, each piece of evidence with its weight,
  the final score and the threshold. Takes the options of screen:

  --kind, --dob, --nationality, --country, --document, --threshold, --id, --strict, --date-order,
  --max-list-age-days, --list FILE, --cache-dir DIR, --json (the Explanation object)
`;

const list = (value: string | undefined) => (value === undefined ? undefined : value.split(/\s*[;,]\s*/).filter(Boolean));

export function explainCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseOptions(args, {
    kind: { type: 'string' },
    dob: { type: 'string' },
    nationality: { type: 'string' },
    country: { type: 'string' },
    document: { type: 'string' },
    threshold: { type: 'string' },
    id: { type: 'string' },
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
  const threshold = numberOption(values.threshold, 'threshold', Number.MIN_VALUE, 1);
  const loaded = loadCliList(values.list, cliCacheDir(values['cache-dir'], io.env));
  const screener = new Screener(loaded.list, cliScreenerOptions(values));
  const why = screener.explain(
    {
      ...(values.id === undefined ? {} : { id: values.id }),
      name: positionals[0]!,
      ...(values.kind === undefined ? {} : { kind: values.kind }),
      ...(values.dob === undefined ? {} : { dateOfBirth: values.dob }),
      ...(values.nationality === undefined ? {} : { nationality: list(values.nationality)! }),
      ...(values.country === undefined ? {} : { country: list(values.country)! }),
      ...(values.document === undefined ? {} : { document: list(values.document)! }),
      ...(threshold === undefined ? {} : { threshold }),
    },
    positionals[1]!,
  );
  io.stdout.write(values.json === true ? `${JSON.stringify(why, null, 2)}\n` : formatExplanation(why));
  return 0;
}
