/**
 * Which list the CLI screens against: `--list FILE`, else the bundled list.
 */
import { readFileSync } from 'node:fs';
import { parseList } from '../parse/index.js';
import { listAgeDays, loadBundledList, bundledListPath, type LoadedList } from '../source/bundled.js';
import { UsageError } from './usage.js';

/** Loads the list named by `--list`, or the bundled one (with its age warning). */
export function loadCliList(listPath: string | undefined): LoadedList & { path: string | undefined } {
  if (listPath === undefined) return { ...loadBundledList(), path: undefined };
  let bytes: Buffer;
  try {
    bytes = readFileSync(listPath);
  } catch (error) {
    throw new UsageError(`cannot read --list ${listPath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const list = parseList(bytes);
  return { list, source: 'file', location: listPath, ageDays: listAgeDays(list, new Date()), warnings: [], path: listPath };
}

export { bundledListPath };

/** The bytes of the list the CLI uses (for workers, which parse it themselves). */
export function readCliListBytes(listPath: string | undefined): { bytes: Uint8Array; location: string; bundled: boolean } {
  const location = listPath ?? bundledListPath();
  return { bytes: readInputFile(location, listPath === undefined ? 'the bundled list' : '--list'), location, bundled: listPath === undefined };
}

/** Reads a whole file for a command, with a usage error when it cannot. */
export function readInputFile(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
