/**
 * `PreparedList`: a parsed list and its name index, built once, and written
 * to / read from a snapshot so that the next process (or worker) skips the
 * XML parse and the index build.
 */
import { deserialize, serialize } from 'node:v8';
import { NameIndex } from '../search/name-index.js';
import type { SanctionsList } from '../types.js';
import { ArgumentTypeError, describeValue, ErrorCodes, SnapshotError } from '../errors.js';
import { expectList, expectObject, expectString } from '../validate.js';
import { currentSnapshotKey, encodeSnapshot, verifySnapshot, type SnapshotKey } from './format.js';
import { decodeIndex, encodeIndex, type IndexColumns } from './index-codec.js';

/** What the payload of a snapshot holds: the list as it is, the index as columns (its names point at the list's records by position). */
export interface SnapshotPayload {
  list: SanctionsList;
  index: IndexColumns;
}

/**
 * A list with its name index built: what a `Screener` needs. Make one with
 * `PreparedList.build(list)` or from a snapshot; `new Screener(prepared)`
 * then builds nothing but the small document index.
 *
 * @example
 * ```ts
 * import { writeFileSync, readFileSync } from 'node:fs';
 * import { loadBundledList, PreparedList, Screener } from 'unsc-screen';
 * const prepared = PreparedList.build(loadBundledList().list);
 * writeFileSync('list.snapshot', prepared.toSnapshot());
 * // later, in another process: no XML parse, no index build
 * const screener = new Screener(PreparedList.fromSnapshot(readFileSync('list.snapshot')));
 * ```
 */
export class PreparedList {
  readonly list: SanctionsList;
  readonly names: NameIndex;

  private constructor(list: SanctionsList, names: NameIndex) {
    this.list = list;
    this.names = names;
  }

  /** Builds the name index of a parsed list. */
  static build(list: SanctionsList): PreparedList {
    return new PreparedList(expectList(list), NameIndex.build(list));
  }

  /**
   * Reads a snapshot, after checking its checksum and its key.
   *
   * @param expected.listSha256 - The list it must hold (the sha256 of the
   *   XML you would otherwise parse); any list when left out. The package
   *   version and the scoring model version are always checked.
   * @throws {SnapshotError} `UNSC_ERR_SNAPSHOT_STALE` or `UNSC_ERR_SNAPSHOT_CORRUPT`:
   *   parse and build from the list instead.
   */
  static fromSnapshot(bytes: Uint8Array, expected: { listSha256?: string } = {}): PreparedList {
    if (!(bytes instanceof Uint8Array)) throw new ArgumentTypeError(ErrorCodes.INVALID_ARGUMENT, `Expected \`bytes\` to be a Uint8Array, got ${describeValue(bytes)}`);
    if (expectObject(expected, 'expected', undefined, true)['listSha256'] !== undefined) expectString(expected.listSha256, 'expected.listSha256', ErrorCodes.INVALID_OPTION);
    const key = currentSnapshotKey(expected.listSha256 ?? '');
    const { payload } = verifySnapshot(bytes, expected.listSha256 === undefined ? { engine: key.engine, model: key.model } : key);
    let data: SnapshotPayload;
    try {
      data = deserialize(payload) as SnapshotPayload;
      return new PreparedList(data.list, NameIndex.fromData(decodeIndex(data.index, data.list.records)));
    } catch (error) {
      // A payload that passed its checksum but does not read: written by a broken build.
      throw new SnapshotError(ErrorCodes.SNAPSHOT_CORRUPT, `the snapshot payload is unreadable: ${(error as Error).message}`, { cause: error });
    }
  }

  /** The key this list's snapshot carries. */
  get snapshotKey(): SnapshotKey {
    return currentSnapshotKey(this.list.sha256);
  }

  /** The snapshot of this list and index (see `src/snapshot/format.ts` for the layout). */
  toSnapshot(): Buffer {
    const payload: SnapshotPayload = { list: this.list, index: encodeIndex(this.names.toData(), this.list.records) };
    return encodeSnapshot(this.snapshotKey, serialize(payload));
  }
}
