/**
 * The snapshot file: a header that says what it was made from, a checksum,
 * and the prepared list + index as one `v8.serialize` payload.
 *
 *   offset  size  content
 *   0       8     magic `UNSCSNP1` (the 1 is the format version)
 *   8       32    sha256 of every byte from offset 40 to the end
 *   40      4     K, the key's length (uint32, little-endian)
 *   44      K     the key, JSON: { listSha256, engine, model }
 *   44 + K  …     payload: v8.serialize({ list, index: IndexColumns }) (index-codec.ts)
 *
 * Checking a snapshot (`verifySnapshot`) reads no payload object: it hashes
 * the bytes and compares the key, so a batch's main thread can check one
 * without loading the matcher. Nothing here deserializes.
 */
import { createHash } from 'node:crypto';
import { ErrorCodes, SnapshotError } from '../errors.js';
import { ENGINE } from '../engine.js';
import { SNAPSHOT_MODEL_VERSION } from './model-version.js';

/** What a snapshot was made from: a snapshot is used only when all three match. */
export interface SnapshotKey {
  /** sha256 of the list's XML bytes (`SanctionsList.sha256`). */
  listSha256: string;
  /** The package that built it (`unsc-screen@0.1.0`). */
  engine: string;
  /** The scoring model version (`SNAPSHOT_MODEL_VERSION`). */
  model: string;
}

const MAGIC = Buffer.from('UNSCSNP1', 'latin1');
const CHECKSUM_AT = MAGIC.length;
const KEY_LENGTH_AT = CHECKSUM_AT + 32;
const KEY_AT = KEY_LENGTH_AT + 4;

/**
 * The key of a snapshot of this list made by this code.
 *
 * @example
 * ```ts
 * currentSnapshotKey(list.sha256); // { listSha256: '66b392a4…', engine: 'unsc-screen@0.1.0', model: '2026-11-29' }
 * ```
 */
export function currentSnapshotKey(listSha256: string): SnapshotKey {
  return { listSha256, engine: ENGINE, model: SNAPSHOT_MODEL_VERSION };
}

/**
 * Lays out a snapshot file around a serialized payload.
 *
 * @example
 * ```ts
 * const bytes = encodeSnapshot(currentSnapshotKey(list.sha256), serialize({ list, index: encodeIndex(data, list.records) }));
 * ```
 */
export function encodeSnapshot(key: SnapshotKey, payload: Uint8Array): Buffer {
  const keyBytes = Buffer.from(JSON.stringify({ listSha256: key.listSha256, engine: key.engine, model: key.model }), 'utf8');
  const bytes = Buffer.allocUnsafe(KEY_AT + keyBytes.length + payload.length);
  MAGIC.copy(bytes, 0);
  bytes.writeUInt32LE(keyBytes.length, KEY_LENGTH_AT);
  keyBytes.copy(bytes, KEY_AT);
  bytes.set(payload, KEY_AT + keyBytes.length);
  createHash('sha256').update(bytes.subarray(KEY_LENGTH_AT)).digest().copy(bytes, CHECKSUM_AT);
  return bytes;
}

/**
 * Checks a snapshot and returns its payload (a view, not a copy): the magic,
 * the checksum over everything after it, then the key against `expected`.
 *
 * @param expected - The key it must have; a field left out is not checked
 *   (the list's sha256 when the caller takes whatever list the snapshot holds).
 * @throws {SnapshotError} `UNSC_ERR_SNAPSHOT_CORRUPT` (not a snapshot,
 *   truncated, a byte changed) or `UNSC_ERR_SNAPSHOT_STALE` (made for another
 *   list, package version or scoring model).
 * @example
 * ```ts
 * const { key, payload } = verifySnapshot(readFileSync(path), currentSnapshotKey(list.sha256));
 * ```
 */
export function verifySnapshot(bytes: Uint8Array, expected: Partial<SnapshotKey>): { key: SnapshotKey; payload: Uint8Array } {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.length < KEY_AT || !view.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new SnapshotError(ErrorCodes.SNAPSHOT_CORRUPT, 'not an unsc-screen snapshot (bad magic or too short)');
  }
  const checksum = createHash('sha256').update(view.subarray(KEY_LENGTH_AT)).digest();
  if (!checksum.equals(view.subarray(CHECKSUM_AT, KEY_LENGTH_AT))) {
    throw new SnapshotError(ErrorCodes.SNAPSHOT_CORRUPT, 'the snapshot does not match its checksum (truncated or damaged)');
  }
  const keyLength = view.readUInt32LE(KEY_LENGTH_AT);
  let key: SnapshotKey;
  try {
    key = JSON.parse(view.subarray(KEY_AT, KEY_AT + keyLength).toString('utf8')) as SnapshotKey;
  } catch (error) {
    throw new SnapshotError(ErrorCodes.SNAPSHOT_CORRUPT, 'the snapshot key is unreadable', { cause: error });
  }
  for (const field of ['listSha256', 'engine', 'model'] as const) {
    const want = expected[field];
    if (want !== undefined && key[field] !== want) {
      throw new SnapshotError(ErrorCodes.SNAPSHOT_STALE, `the snapshot was made for ${field} ${String(key[field])}, not ${want}`);
    }
  }
  return { key, payload: view.subarray(KEY_AT + keyLength) };
}
