/**
 * The prepared list of some XML bytes: from its snapshot when one is there
 * and good, else parsed and built, and the snapshot written for next time.
 */
import { readFileSync } from 'node:fs';
import { SnapshotError } from '../errors.js';
import { parseList } from '../parse/index.js';
import { sha256Hex, snapshotIgnored, writeSnapshot } from './files.js';
import { PreparedList } from './prepared-list.js';

/**
 * The prepared list of `xml`. With a `snapshotPath`, a good snapshot there
 * is used (no parse, no build); a stale or corrupt one is reported through
 * `warn` with its code, never used, and replaced; a missing one is written.
 * A snapshot that cannot be written is reported (code `UNSC_ERR_CACHE_FAILED`)
 * and the list is still returned.
 *
 * @throws {ListFormatError} when the XML is not a complete list.
 * @example
 * ```ts
 * const prepared = prepareListFrom(readFileSync(xmlPath), snapshotPathFor(cacheDir, sha256Hex(bytes)), console.warn);
 * new Screener(prepared).screen({ name: 'John Smith' });
 * ```
 */
export function prepareListFrom(xml: Uint8Array, snapshotPath: string | undefined, warn: (message: string) => void): PreparedList {
  if (snapshotPath !== undefined) {
    let bytes: Buffer | undefined;
    try {
      bytes = readFileSync(snapshotPath);
    } catch {
      bytes = undefined; // none yet
    }
    if (bytes !== undefined) {
      try {
        return PreparedList.fromSnapshot(bytes, { listSha256: sha256Hex(xml) });
      } catch (error) {
        if (!(error instanceof SnapshotError)) throw error;
        warn(snapshotIgnored(snapshotPath, error));
      }
    }
  }
  const prepared = PreparedList.build(parseList(xml));
  if (snapshotPath !== undefined) writeSnapshot(snapshotPath, prepared.toSnapshot(), warn);
  return prepared;
}
