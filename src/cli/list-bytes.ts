/**
 * The list the CLI's batch uses, as bytes (its workers parse it), and the
 * helpers every command shares: the cache directory, the warning for an old
 * list, reading an input file. Nothing here loads the XML parser or the HTTP
 * client, so a batch's main thread stays small.
 * Only the CLI reads the environment: UNSC_SCREEN_CACHE_DIR, XDG_CACHE_HOME, HOME.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ageInDays, BUNDLED_LIST_MAX_AGE_DAYS, bundledListPath, bundledListWarning } from '../source/list-age.js';
import { ListCache } from '../source/cache.js';
import { UsageError } from './usage.js';

/** The cache directory: --cache-dir, UNSC_SCREEN_CACHE_DIR, $XDG_CACHE_HOME/unsc-screen, ~/.cache/unsc-screen. */
export function cliCacheDir(option: string | undefined, env: NodeJS.ProcessEnv): string {
  if (option !== undefined) {
    if (option.trim() === '') throw new UsageError('--cache-dir needs a directory, got an empty value');
    return option;
  }
  const fromEnv = env['UNSC_SCREEN_CACHE_DIR'];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const xdg = env['XDG_CACHE_HOME'];
  return join(xdg !== undefined && xdg !== '' ? xdg : join(env['HOME'] ?? homedir(), '.cache'), 'unsc-screen');
}

/** The bytes of the list the CLI uses (for workers, which parse it themselves), with where they came from. */
export function readCliListBytes(
  listPath: string | undefined,
  cacheDir?: string,
): { bytes: Uint8Array; location: string; source: 'file' | 'cache' | 'bundled' } {
  if (listPath !== undefined) return { bytes: readInputFile(listPath, '--list'), location: listPath, source: 'file' };
  if (cacheDir !== undefined) {
    let newest: ReturnType<ListCache['newest']>;
    try {
      newest = new ListCache(cacheDir).newest();
    } catch {
      newest = undefined; // nothing readable in the cache: the bundled list
    }
    if (newest !== undefined) return { bytes: newest.bytes, location: cacheDir, source: 'cache' };
  }
  return { bytes: readInputFile(bundledListPath(), 'the bundled list'), location: bundledListPath(), source: 'bundled' };
}

/** The warning due for the list in use when it is over 30 days old (bundled, cached or given with --list). */
export function listWarning(source: 'file' | 'cache' | 'bundled', generatedAt: Date): string | undefined {
  const now = new Date();
  if (source === 'bundled') return bundledListWarning(generatedAt, now);
  const ageDays = ageInDays(generatedAt, now);
  return ageDays > BUNDLED_LIST_MAX_AGE_DAYS
    ? `The ${source === 'cache' ? 'cached' : '--list'} UN list is from ${generatedAt.toISOString().slice(0, 10)} (${ageDays} days old). ${source === 'cache' ? 'Run `unsc-screen update`.' : 'Designations made since are not in it.'}`
    : undefined;
}

/** Reads a whole file for a command, with a usage error when it cannot. */
export function readInputFile(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
