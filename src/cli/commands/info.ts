/**
 * `unsc-screen info`: which list is in use.
 */
import { parseOptions } from '../args.js';
import { lastCheckedAt, ListCache } from '../../source/cache.js';
import { cliCacheDir } from '../list-bytes.js';
import { loadCliList } from '../list-source.js';
import type { CliIo } from '../io.js';

export const INFO_HELP = `unsc-screen info [options]

  Which list the other commands screen against: its date, age, source, sha256 and counts.

  --list FILE        this list XML instead of the cached (or bundled) one
  --cache-dir DIR    the list cache (default: $UNSC_SCREEN_CACHE_DIR, else $XDG_CACHE_HOME/unsc-screen, else ~/.cache/unsc-screen)
  --json             the same as JSON (with checkedAt, the last successful check of the source, and
                     previous, the cached version before this one: batch --since takes its path)
`;

export function infoCommand(args: string[], io: CliIo): number {
  const { values } = parseOptions(args, { list: { type: 'string' }, 'cache-dir': { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean' } });
  if (values.help === true) {
    io.stdout.write(INFO_HELP);
    return 0;
  }
  const cacheDir = cliCacheDir(values['cache-dir'], io.env);
  // The cache's record of the version in use (not of another version the cache calls current).
  const { list, source, location, ageDays, warnings, metadata } = loadCliList(values.list, cacheDir);
  for (const warning of warnings) io.stderr.write(`warning: ${warning}\n`);
  const cache = metadata === undefined ? undefined : new ListCache(cacheDir);
  const before = metadata === undefined ? undefined : cache?.previous(metadata);
  const previous = before === undefined || cache === undefined ? null : { path: cache.pathOf(before), dateGenerated: before.dateGenerated, sha256: before.sha256 };
  const checkedAt = metadata === undefined ? undefined : lastCheckedAt(metadata).toISOString();
  const info = {
    dateGenerated: list.dateGenerated,
    ageDays,
    source,
    location,
    sha256: list.sha256,
    counts: list.counts,
    warnings: list.warnings.length,
    ...(metadata === undefined ? {} : { url: metadata.url, fetchedAt: metadata.fetchedAt, checkedAt, etag: metadata.etag ?? null, previous }),
  };
  if (values.json === true) {
    io.stdout.write(`${JSON.stringify(info, null, 2)}\n`);
    return 0;
  }
  io.stdout.write(
    [
      'list:        UN Security Council Consolidated List',
      `generated:   ${list.dateGenerated} (${ageDays} days ago)`,
      `source:      ${source} (${location})`,
      ...(metadata === undefined
        ? []
        : [
            `fetched:     ${metadata.fetchedAt} from ${metadata.url}`,
            `checked:     ${checkedAt} (the last successful check of the source: a download or "not modified")`,
            `previous:    ${previous === null ? 'none cached' : `${previous.path} (list of ${previous.dateGenerated})`}`,
          ]),
      `sha256:      ${list.sha256}`,
      `records:     ${list.counts.individuals} individuals, ${list.counts.entities} entities, ${list.counts.aliases} aliases`,
      `warnings:    ${list.warnings.length} value(s) kept raw`,
      '',
    ].join('\n'),
  );
  return 0;
}
