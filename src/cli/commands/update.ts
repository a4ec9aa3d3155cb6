/**
 * `unsc-screen update`: download the current list into the cache, verified;
 * the last good list stays in place when anything goes wrong.
 */
import { ErrorCodes, UnscScreenError } from '../../errors.js';
import { ListCache } from '../../source/cache.js';
import { updateList } from '../../source/update.js';
import { numberOption, parseOptions } from '../args.js';
import { cliCacheDir } from '../list-bytes.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage.js';
import { renderDiff } from './diff.js';

export const UPDATE_HELP = `unsc-screen update [options]

  --url URL          where to download the list (default: the UN's consolidated.xml)
  --cache-dir DIR    the list cache (default: $UNSC_SCREEN_CACHE_DIR, else $XDG_CACHE_HOME/unsc-screen, else ~/.cache/unsc-screen)
  --force            accept a list older than the cached one, or more than 10% shorter
  --timeout S        give up after S seconds, retries included (default 120)
  --retries N        retries on network errors, 5xx and 429 (default 3)
  --no-snapshot      do not write the new list's snapshot (list + index) beside it
  --json             print the outcome as JSON: status, metadata, path (the current list's XML) and
                     previous (the version before it, null if none: its path is for batch --since)

HTTPS_PROXY (or https_proxy, HTTP_PROXY) names a proxy. Exit status: 0 when the cache holds the
current list (updated, or not modified); 1 when the update failed (the last good list stays); 2 on bad usage.
`;

export async function updateCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, {
    url: { type: 'string' },
    'cache-dir': { type: 'string' },
    force: { type: 'boolean' },
    timeout: { type: 'string' },
    retries: { type: 'string' },
    json: { type: 'boolean' },
    'no-snapshot': { type: 'boolean' },
    help: { type: 'boolean' },
  });
  if (values.help === true) {
    io.stdout.write(UPDATE_HELP);
    return 0;
  }
  const cacheDir = cliCacheDir(values['cache-dir'], io.env);
  const timeout = numberOption(values.timeout, 'timeout', 1, 3600);
  const retries = numberOption(values.retries, 'retries', 0, 10, true);
  const proxy = io.env['HTTPS_PROXY'] ?? io.env['https_proxy'] ?? io.env['HTTP_PROXY'] ?? io.env['http_proxy'];
  try {
    const result = await updateList({
      cacheDir,
      ...(values.url === undefined ? {} : { url: values.url }),
      ...(values.force === true ? { force: true } : {}),
      ...(values['no-snapshot'] === true ? { snapshot: false } : {}),
      ...(timeout === undefined ? {} : { timeoutMs: timeout * 1000 }),
      ...(retries === undefined ? {} : { retries }),
      ...(proxy === undefined || proxy === '' ? {} : { proxy }),
    });
    const metadata = result.metadata;
    // The version before the current one: what `batch --since` re-screens against.
    const cache = new ListCache(cacheDir);
    const before = result.status === 'updated' ? result.previous : cache.previous(metadata);
    const previous = before === undefined ? null : { path: cache.pathOf(before), dateGenerated: before.dateGenerated, sha256: before.sha256 };
    if (values.json === true) {
      io.stdout.write(
        `${JSON.stringify(
          {
            status: result.status,
            cacheDir,
            metadata,
            path: cache.pathOf(metadata),
            previous,
            ...(result.status === 'updated' && result.diff !== undefined
              ? { diff: { added: result.diff.added.map((r) => r.referenceNumber), removed: result.diff.removed.map((r) => r.referenceNumber), changed: result.diff.changed.map((c) => c.referenceNumber), dataIdOnly: result.diff.dataIdOnly.map((d) => d.referenceNumber) } }
              : {}),
          },
          null,
          2,
        )}\n`,
      );
      return 0;
    }
    const counts = `${metadata.counts.individuals} individuals, ${metadata.counts.entities} entities`;
    if (result.status === 'updated') {
      io.stdout.write(`updated: list of ${metadata.dateGenerated} (${counts}, sha256 ${metadata.sha256.slice(0, 12)}…) is now current in ${cacheDir}\n`);
      if (result.diff !== undefined) io.stdout.write(renderDiff(result.diff));
    } else {
      io.stdout.write(`${result.status === 'not-modified' ? 'not modified' : 'unchanged'}: the cache already holds the current list of ${metadata.dateGenerated} (${counts})\n`);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof UnscScreenError)) throw error;
    // A bad --url or --cache-dir is bad usage (exit 2), not a failed update (1).
    if (error.code === ErrorCodes.INVALID_OPTION) throw new UsageError(`update: ${error.message}`);
    io.stderr.write(`unsc-screen update failed (${error.code}): ${error.message}\nThe last good list in ${cacheDir} (if any) is unchanged.\n`);
    return 1;
  }
}
