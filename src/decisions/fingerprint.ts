/**
 * Alert fingerprints: what an analyst's decision was made on. A decision on
 * an alert holds only while the party's screened fields and the designation
 * stay the same; either changing gives another fingerprint, and the alert
 * comes back.
 */
import { createHash } from 'node:crypto';
import type { NormalizedQuery } from '../screen/query.js';
import type { SanctionsRecord } from '../types.js';

const recordHashes = new WeakMap<SanctionsRecord, string>();

/**
 * A hash of a designation's content: every field but `dataId` (the UN
 * renumbers DATAIDs without changing a designation, see `diffLists`).
 * Cached per record object.
 */
export function designationHash(record: SanctionsRecord): string {
  let hash = recordHashes.get(record);
  if (hash === undefined) {
    const { dataId: _dataId, ...content } = record as SanctionsRecord & { dataId?: unknown };
    hash = createHash('sha256').update(JSON.stringify(content)).digest('hex');
    recordHashes.set(record, hash);
  }
  return hash;
}

/**
 * A hash of the party's screened fields, as normalized (so `MUKHTAR` and
 * `Mukhtar`, `DZ` and `Algeria` are the same party): name, kind, birth date,
 * nationalities, countries, documents. Threshold and limit are not fields of
 * the party.
 */
export function partyHash(q: NormalizedQuery): string {
  const fields = [q.name, q.kind ?? '', JSON.stringify(q.dateOfBirth ?? null), [...q.nationalities].sort(), [...q.countries].sort(), [...q.documents].sort()];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/**
 * The fingerprint of an alert: 32 hex characters of a SHA-256 over the party's
 * fields and the designation's content.
 *
 * @example
 * ```ts
 * const [alert] = screener.screen({ name: 'Mukhtar Belmukhtar', dateOfBirth: '1972' }).alerts;
 * alert.fingerprint; // e.g. '5c1f…' (32 hex); another birth date or a changed QDi.136 gives another
 * ```
 */
export function alertFingerprint(q: NormalizedQuery, record: SanctionsRecord): string {
  return createHash('sha256').update(partyHash(q)).update('\0').update(designationHash(record)).digest('hex').slice(0, 32);
}
