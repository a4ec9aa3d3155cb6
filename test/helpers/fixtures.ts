/**
 * Reads and parses the real UN lists in fixtures/, once per test file; the
 * newest comes from the run's snapshot (see prepared.ts), parsed once per run.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseList } from '../../src/parse/index.js';
import type { SanctionsList, SanctionsRecord } from '../../src/types.js';
import { newestPrepared } from './prepared.js';

export const FIXTURE_DATES = ['2020-11-23', '2025-04-19', '2025-12-09', '2026-01-28', '2026-02-27'] as const;
export type FixtureDate = (typeof FIXTURE_DATES)[number];

export function fixturePath(date: FixtureDate): string {
  return fileURLToPath(new URL(`../../fixtures/consolidated-${date}.xml`, import.meta.url));
}

export function fixtureBytes(date: FixtureDate): Buffer {
  return readFileSync(fixturePath(date));
}

const parsed = new Map<FixtureDate, SanctionsList>();

export function fixtureList(date: FixtureDate): SanctionsList {
  let list = parsed.get(date);
  if (list === undefined) {
    list = date === '2026-02-27' ? newestPrepared().list : parseList(fixtureBytes(date));
    parsed.set(date, list);
  }
  return list;
}

export function recordOf(list: SanctionsList, referenceNumber: string): SanctionsRecord {
  const record = list.records.find((r) => r.referenceNumber === referenceNumber);
  if (record === undefined) throw new Error(`${referenceNumber} is not in the list of ${list.dateGenerated}`);
  return record;
}

export { seededRandom } from '../../harness/random.js';
