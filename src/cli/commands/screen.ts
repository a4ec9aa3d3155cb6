/**
 * `unsc-screen screen "NAME"`: one party, as a readable table or JSON.
 */
import { printableName } from '../../text/clean.js';
import { Screener } from '../../screen/screener.js';
import type { ScreenQuery } from '../../screen/query.js';
import { numberOption, parseOptions } from '../args.js';
import { cliCacheDir } from '../list-bytes.js';
import { cliUsesSnapshot, loadCliPrepared } from '../prepared-source.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage.js';
import { cliQuery, cliScreenerOptions, QUERY_ARGS, SCREENER_ARGS } from '../screener-options.js';
import { formatExplanation } from '../explain-text.js';
import { WarningCodes } from '../../screen/warnings.js';

export const SCREEN_HELP = `unsc-screen screen "NAME" [options]

  --kind individual|entity   only designations of this kind
  --dob DATE|YEAR            date of birth: YYYY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY, DD.MM.YYYY, 1 June 1958
  --nationality X            ISO code, country name (en/es/fr/pt) or demonym (Algerian); several: "DZ;ML"
  --country X                a country tied to the party: residence, address, incorporation
  --document N               passport or national ID number, any punctuation
  --threshold T              alert at or above this score (default 0.8)
  --limit N                  most alerts shown (default 10)
  --list FILE                screen against this list XML instead of the cached (or bundled) one
  --cache-dir DIR            the list cache (default: $UNSC_SCREEN_CACHE_DIR, else $XDG_CACHE_HOME/unsc-screen, else ~/.cache/unsc-screen)
  --no-snapshot              parse the list and build the index, without reading or writing its
                             snapshot in the cache directory (also: UNSC_SCREEN_NO_SNAPSHOT=1)
  --id ID                    your key for this party: it comes back in the result
  --strict                   an unusable --dob, --nationality, --country, --kind or --document is an error
                             (exit 2) instead of a warning with the name screened
  --date-order dmy|mdy|auto  how 01/06/1958 is read (default auto: the year alone when ambiguous)
  --max-list-age-days N      warn when the list is older (default 30)
  --json                     the result as JSON: the ScreenResult of the library (its JSON Schema ships
                             in the package), alerts without the designation's record
  --with-record              with --json, each alert with the designation's full record
  --explain REF              print the whole decision for one designation (see unsc-screen explain)
`;

export function screenCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseOptions(args, {
    ...QUERY_ARGS,
    limit: { type: 'string' },
    list: { type: 'string' },
    'cache-dir': { type: 'string' },
    ...SCREENER_ARGS,
    json: { type: 'boolean' },
    'no-snapshot': { type: 'boolean' },
    'with-record': { type: 'boolean' },
    explain: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    io.stdout.write(SCREEN_HELP);
    return 0;
  }
  const name = positionals.join(' ').trim();
  if (name === '') throw new UsageError('`screen` needs a name: unsc-screen screen "NAME"');
  const limit = numberOption(values.limit, 'limit', 1, 1000, true);
  const query: ScreenQuery = { ...cliQuery(name, values), ...(limit === undefined ? {} : { limit }) };
  const screenerOptions = cliScreenerOptions(values);
  const loaded = loadCliPrepared(values.list, cliCacheDir(values['cache-dir'], io.env), cliUsesSnapshot(values['no-snapshot'], io.env));
  for (const warning of loaded.warnings) io.stderr.write(`warning: ${warning}\n`);
  const screener = new Screener(loaded.prepared, screenerOptions);
  if (values.explain !== undefined) {
    io.stdout.write(formatExplanation(screener.explain(query, values.explain)));
    return 0;
  }
  const result = screener.screen(query);
  for (const warning of result.warnings) {
    // (an old list is said once: the list chain's warning above, when it gave one)
    if (warning.code === WarningCodes.LIST_STALE && loaded.ageWarning !== undefined) continue;
    io.stderr.write(`${printableName(`warning: ${warning.code}: ${warning.message} (${warning.value})`)}\n`);
  }
  if (values.json === true) {
    const { alerts, ...rest } = result;
    const withRecord = values['with-record'] === true;
    io.stdout.write(`${JSON.stringify({ ...rest, alerts: withRecord ? alerts : alerts.map(({ record: _record, ...alert }) => alert) }, null, 2)}\n`);
    return 0;
  }
  // Names (the query's and the list's) are printed with escape sequences and invisible characters shown, never raw.
  io.stdout.write(`Screened "${printableName(name)}" against the UN list of ${result.list.dateGenerated} (sha256 ${result.list.sha256.slice(0, 12)}…)\n`);
  if (result.alerts.length === 0) {
    io.stdout.write(`no alert at threshold ${result.options.threshold}\n`);
    return 0;
  }
  const rows = result.alerts.map((alert) => [
    alert.score.toFixed(3),
    alert.nameScore.toFixed(3),
    alert.referenceNumber,
    alert.listType,
    alert.primaryName,
    alert.matchedName === undefined
      ? '(document)'
      : `${alert.matchedName.source}${alert.matchedName.quality === undefined ? '' : ` ${alert.matchedName.quality}`}: ${alert.matchedName.text}`,
  ]);
  const header = ['score', 'name', 'reference', 'list', 'designation', 'matched name'];
  const widths = header.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const line = (cells: string[]) => cells.map((c, i) => (c.length > widths[i]! ? `${c.slice(0, widths[i]! - 1)}…` : c.padEnd(widths[i]!))).join('  ').trimEnd();
  io.stdout.write(`${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}\n`);
  for (const row of rows) io.stdout.write(`${printableName(line(row))}\n`);
  io.stdout.write('\n');
  for (const alert of result.alerts) io.stdout.write(`- ${printableName(alert.reason)}\n`);
  return 0;
}
