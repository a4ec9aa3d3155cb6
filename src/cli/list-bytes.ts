/**
 * What every command reads from the machine: the cache directory, input
 * files, and the list's bytes, resolved by `resolveListBytes`
 * (source/list-resolution.ts: the one chain "file, else cache, else bundled
 * list", with its fallback warnings). Nothing here loads the XML parser or
 * the HTTP client, so a batch's main thread stays small.
 * Only the CLI reads the environment: UNSC_SCREEN_CACHE_DIR, XDG_CACHE_HOME, HOME.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { lastCheckedAt, type CacheMetadata } from '../source/cache.js';
import { listAgeWarning, resolveListBytes, type ResolvedListBytes } from '../source/list-resolution.js';
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

/**
 * The bytes of the list a command uses (for workers, which parse them
 * themselves), where they come from, and the fallback warnings to print
 * (`resolveListBytes`).
 */
export function readCliListBytes(listPath: string | undefined, cacheDir?: string): ResolvedListBytes {
  return resolveListBytes({ ...(listPath === undefined ? {} : { listPath }), ...(cacheDir === undefined ? {} : { cacheDir }) });
}

/** The warning due for the list in use when it is old (`listAgeWarning`), judged by the cache's last check of the source too. */
export function listWarning(source: 'file' | 'cache' | 'bundled', generatedAt: Date, metadata?: CacheMetadata): string | undefined {
  return listAgeWarning(source, generatedAt, new Date(), metadata === undefined ? undefined : lastCheckedAt(metadata));
}

/** Reads a whole file for a command, with a usage error when it cannot. */
export function readInputFile(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
