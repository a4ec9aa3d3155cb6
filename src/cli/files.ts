/**
 * What every command reads from the machine: the cache directory and input
 * files (the list itself is resolved by `resolveListBytes` in
 * source/list-resolution.ts). Nothing here loads the XML parser or the HTTP
 * client, so a batch's main thread stays small.
 * Only the CLI reads the environment: UNSC_SCREEN_CACHE_DIR, XDG_CACHE_HOME, HOME.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from './usage.js';

/** The cache directory: --cache-dir, UNSC_SCREEN_CACHE_DIR, $XDG_CACHE_HOME/unsc-screen, ~/.cache/unsc-screen. */
export function cliCacheDir(option: string | undefined, env: NodeJS.ProcessEnv): string {
  if (option !== undefined) return option;
  const fromEnv = env['UNSC_SCREEN_CACHE_DIR'];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const xdg = env['XDG_CACHE_HOME'];
  return join(xdg !== undefined && xdg !== '' ? xdg : join(env['HOME'] ?? homedir(), '.cache'), 'unsc-screen');
}

/** Reads a whole file for a command, with a usage error when it cannot. */
export function readInputFile(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
