/**
 * Snapshots of list + index: the same screens as a freshly built index, and
 * never used when made for another list, package or scoring model, or when
 * damaged (a changed byte, a truncated file).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { SnapshotError } from '../src/errors.js';
import { NameIndex } from '../src/search/name-index.js';
import { Screener } from '../src/screen/screener.js';
import { buildState } from '../src/screen/list-state.js';
import { SCORING_MODEL } from '../src/scoring-model.js';
import { decodeIndex, encodeIndex } from '../src/snapshot/index-codec.js';
import { currentSnapshotKey, encodeSnapshot, verifySnapshot, type SnapshotKey } from '../src/snapshot/format.js';
import { readSnapshotFile, snapshotPathFor } from '../src/snapshot/files.js';
import { prepareListFrom } from '../src/snapshot/prepare.js';
import { PreparedList } from '../src/snapshot/prepared-list.js';
import type { SanctionsList } from '../src/types.js';
import { fixtureBytes, fixtureList } from './helpers/fixtures.js';

const list = fixtureList('2026-02-27');
const built = PreparedList.build(list);
const snapshot = built.toSnapshot();
const key = currentSnapshotKey(list.sha256);

/** A snapshot with a valid checksum whose key says `key` but whose payload holds `payloadList`. */
function plantedSnapshot(payloadList: SanctionsList, snapshotKey: SnapshotKey): Buffer {
  let payload = payloads.get(payloadList);
  if (payload === undefined) {
    payload = serialize({ list: payloadList, index: encodeIndex(NameIndex.build(payloadList).toData(), payloadList.records) });
    payloads.set(payloadList, payload);
  }
  return encodeSnapshot(snapshotKey, payload);
}
const payloads = new Map<SanctionsList, Buffer>();

const older = fixtureList('2026-01-28');
/** Holds the older list under the current list's key: a reader that uses it screens the older list. */
const planted = plantedSnapshot(older, key);

/** A copy of `bytes` with one bit of byte `at` inverted. */
function flipByte(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at]! ^= 0x01;
  return copy;
}

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof SnapshotError) return error.code;
    throw error;
  }
  return undefined;
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'unsc-snapshot-'));
}

describe('PreparedList snapshots', () => {
  it('screen exactly as a freshly built index: every dev name and 3,000 negatives, JSON compared', () => {
    const fromSnapshot = new Screener(PreparedList.fromSnapshot(snapshot, { listSha256: list.sha256 }));
    const fresh = new Screener(list);
    const persons = parse(readFileSync('fixtures/eval/un-persons-dev.csv'), { columns: true }) as Array<{ query: string }>;
    const negatives = (parse(readFileSync('fixtures/eval/negatives-dev.csv'), { columns: true }) as Array<{ query: string }>).slice(0, 3000);
    const names = [...persons, ...negatives].map((row) => row.query);
    expect(names.length).toBeGreaterThan(3500);
    let alerts = 0;
    for (const name of names) {
      const a = fresh.screen({ name, threshold: 0.7 });
      const b = fromSnapshot.screen({ name, threshold: 0.7 });
      alerts += a.alerts.length;
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    }
    expect(alerts).toBeGreaterThan(500); // the comparison covered real alerts, not empty results
  });

  it('rebuilds the index objects with the fields, field order and values of a fresh build', () => {
    const read = PreparedList.fromSnapshot(snapshot);
    const names = (index: NameIndex) => JSON.stringify(index.names.map((name) => ({ ...name, record: name.record.referenceNumber })));
    expect(names(read.names)).toBe(names(built.names));
    expect(JSON.stringify(read.names.vocabulary.entries)).toBe(JSON.stringify(built.names.vocabulary.entries));
    expect(read.names.names.every((name, i) => name.record === read.list.records[list.records.indexOf(built.names.names[i]!.record)])).toBe(true);
    expect(read.names.rarity.toData()).toEqual(built.names.rarity.toData());
  });

  it('makes a name only when a search asks for it: a screen makes a few, the names getter all, each once', () => {
    const columns = encodeIndex(built.names.toData(), list.records);
    const data = decodeIndex(columns, list.records);
    const made = new Map<number, number>();
    const index = NameIndex.fromData({ ...data, names: { count: data.names.count, at: (id) => (made.set(id, (made.get(id) ?? 0) + 1), data.names.at(id)) } });
    buildState(list, SCORING_MODEL, index); // what a Screener builds on it (the birth-date index waits for a birth date)
    expect(made.size).toBe(0);
    expect(index.search('Mukhtar Belmukhtar')[0]?.record.referenceNumber).toBe('QDi.136');
    expect(made.size).toBeGreaterThan(0);
    expect(made.size).toBeLessThan(index.nameCount / 10);
    expect(index.nameAt(made.keys().next().value!)).toBe(index.nameAt(made.keys().next().value!));
    expect(index.names).toHaveLength(index.nameCount);
    expect(made.size).toBe(index.nameCount);
    expect([...made.values()].every((count) => count === 1)).toBe(true);
  });

  it('keeps the list whole: records, counts, warnings and version', () => {
    const read = PreparedList.fromSnapshot(snapshot);
    expect(read.list).toEqual(list);
    expect(read.list.generatedAt).toBeInstanceOf(Date);
    expect(read.names.names.length).toBe(built.names.names.length);
  });

  it('is refused when made for another list (UNSC_ERR_SNAPSHOT_STALE)', () => {
    expect(codeOf(() => PreparedList.fromSnapshot(snapshot, { listSha256: older.sha256 }))).toBe('UNSC_ERR_SNAPSHOT_STALE');
  });

  it('is refused when made by another package version', () => {
    const other = plantedSnapshot(list, { ...key, engine: 'unsc-screen@0.0.9' });
    expect(codeOf(() => PreparedList.fromSnapshot(other))).toBe('UNSC_ERR_SNAPSHOT_STALE');
  });

  it('is refused when made with another scoring model version', () => {
    const other = plantedSnapshot(list, { ...key, model: `${key.model}-old` });
    expect(codeOf(() => PreparedList.fromSnapshot(other, { listSha256: list.sha256 }))).toBe('UNSC_ERR_SNAPSHOT_STALE');
    expect(codeOf(() => PreparedList.fromSnapshot(plantedSnapshot(list, key), { listSha256: list.sha256 }))).toBeUndefined();
  });

  it.each([
    ['a byte of the payload', (bytes: Buffer) => bytes.length - 1000],
    ['a byte of the key', () => 50],
    ['a byte of the checksum', () => 9],
  ])('is refused when %s is changed (UNSC_ERR_SNAPSHOT_CORRUPT)', (_, where) => {
    expect(codeOf(() => PreparedList.fromSnapshot(flipByte(snapshot, where(snapshot))))).toBe('UNSC_ERR_SNAPSHOT_CORRUPT');
  });

  it.each([
    ['half of it', (bytes: Buffer) => bytes.subarray(0, bytes.length >> 1)],
    ['its last byte', (bytes: Buffer) => bytes.subarray(0, bytes.length - 1)],
    ['all but the magic', (bytes: Buffer) => bytes.subarray(0, 8)],
    ['an XML file', () => fixtureBytes('2026-02-27')],
  ])('is refused when truncated to %s, or not a snapshot (UNSC_ERR_SNAPSHOT_CORRUPT)', (_, cut) => {
    expect(codeOf(() => verifySnapshot(cut(snapshot), {}))).toBe('UNSC_ERR_SNAPSHOT_CORRUPT');
  });
});

describe('prepareListFrom', () => {
  const xml = fixtureBytes('2026-02-27');

  it('writes the snapshot on first use, then reads it instead of parsing', () => {
    const path = snapshotPathFor(tempDir(), list.sha256);
    const warnings: string[] = [];
    expect(prepareListFrom(xml, path, (w) => warnings.push(w)).list.dateGenerated).toBe(list.dateGenerated);
    expect(warnings).toEqual([]);
    expect('bytes' in readSnapshotFile(path, list.sha256)).toBe(true);
    // A planted snapshot under this list's key is what the next call reads (it parses nothing).
    writeFileSync(path, planted);
    expect(prepareListFrom(xml, path, (w) => warnings.push(w)).list.dateGenerated).toBe(older.dateGenerated);
    expect(readdirSync(join(path, '..'))).toEqual([`${list.sha256}.snapshot`]); // no temporary file left
  });

  it.each([
    ['made with another scoring model', () => plantedSnapshot(older, { ...key, model: `${key.model}-old` }), 'UNSC_ERR_SNAPSHOT_STALE'],
    ['for another list', () => plantedSnapshot(older, currentSnapshotKey(older.sha256)), 'UNSC_ERR_SNAPSHOT_STALE'],
    ['with a byte changed', () => flipByte(planted, planted.length - 10), 'UNSC_ERR_SNAPSHOT_CORRUPT'],
    ['truncated', () => planted.subarray(0, planted.length - 100), 'UNSC_ERR_SNAPSHOT_CORRUPT'],
  ])('ignores a snapshot %s with a coded warning, builds from the XML and rewrites it', (_, make, code) => {
    const dir = tempDir();
    const path = snapshotPathFor(dir, list.sha256);
    mkdirSync(join(dir, 'snapshots'));
    writeFileSync(path, make());
    const warnings: string[] = [];
    const prepared = prepareListFrom(xml, path, (w) => warnings.push(w));
    expect(prepared.list.dateGenerated).toBe(list.dateGenerated); // not the planted older list
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(code);
    expect('bytes' in readSnapshotFile(path, list.sha256)).toBe(true);
    expect(PreparedList.fromSnapshot(readFileSync(path)).list.dateGenerated).toBe(list.dateGenerated);
  });

  it('screens without writing anything when no snapshot path is given', () => {
    const dir = tempDir();
    expect(prepareListFrom(xml, undefined, () => undefined).list.sha256).toBe(list.sha256);
    expect(existsSync(join(dir, 'snapshots'))).toBe(false);
  });

  it('warns with UNSC_ERR_CACHE_FAILED when the snapshot cannot be written, and still screens', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'snapshots'), 'a file where the directory should be');
    const warnings: string[] = [];
    expect(prepareListFrom(xml, snapshotPathFor(dir, list.sha256), (w) => warnings.push(w)).list.sha256).toBe(list.sha256);
    expect(warnings.join('\n')).toContain('UNSC_ERR_CACHE_FAILED');
  });
});

