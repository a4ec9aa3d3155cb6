/**
 * Re-screening an indexed customer base from the designations' side gives
 * exactly what screening every party against the diff gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evalDir, loadNegatives } from '../harness/data.js';
import { diffLists, type ListDiff } from '../src/diff/diff.js';
import { namesOf } from '../src/search/names.js';
import { Screener } from '../src/screen/screener.js';
import type { ScreenQuery } from '../src/screen/query.js';
import { fixtureList, seededRandom } from './helpers/fixtures.js';
import { noisyNameOf, singleSlips } from './helpers/noise.js';
import { newestPrepared } from './helpers/prepared.js';

/** Every party's alerts and cleared alerts by screening it against the diff (the reference). */
function screenEveryParty(screener: Screener, parties: readonly ScreenQuery[], diff: ListDiff) {
  const against = screener.against(diff);
  return parties
    .map((party, position) => ({ position, ...against.screen(party) }))
    .filter((result) => result.alerts.length > 0 || result.cleared.length > 0)
    .map(({ position, alerts, cleared }) => ({ position, alerts: alerts.map(summary), cleared: cleared.map(summary) }));
}

/** The same through the party index. */
function rescreenIndexed(screener: Screener, parties: readonly ScreenQuery[], diff: ListDiff) {
  const result = screener.rescreenParties(screener.indexParties(parties), diff);
  return result.results.map(({ party, alerts, cleared }) => ({ position: party, alerts: alerts.map(summary), cleared: cleared.map(summary) }));
}

const summary = (alert: { referenceNumber: string; score: number; reason: string }) => `${alert.referenceNumber} ${alert.score} ${alert.reason}`;

describe('Screener.rescreenParties', () => {
  const older = fixtureList('2025-04-19');
  const newer = fixtureList('2026-01-28');
  const diff = diffLists(older, newer); // 126 added, 4 removed, 16 changed
  const screener = new Screener(newer);
  const diffNames = [...diff.added, ...diff.removed, ...diff.changed.map((c) => c.after)].flatMap((record) => namesOf(record).map((n) => n.text));
  const negatives = loadNegatives(evalDir());

  it('finds exactly the parties that screening every party finds, with the same alerts', () => {
    const random = seededRandom(20261128);
    const noisy = noisyNameOf(diffNames);
    const variants = fc.sample(noisy, { numRuns: 600, seed: 7 });
    const parties: ScreenQuery[] = [
      ...variants.map((name) => ({ name })),
      ...negatives.slice(0, 1500).map((c) => ({ name: c.query, ...(random() < 0.5 ? { dateOfBirth: c.dateOfBirth, nationality: c.nationality } : {}) })),
      { name: 'A. B.' }, // initials only: no bound, checked against every diff
      { name: 'Mr' }, // a title only: no name to match
    ];
    const expected = screenEveryParty(screener, parties, diff);
    expect(expected.length).toBeGreaterThan(100); // the reference does find parties: the comparison means something
    expect(expected.some((r) => r.cleared.length > 0)).toBe(true);
    expect(rescreenIndexed(screener, parties, diff)).toEqual(expected);
  });

  it('finds a party whose words meet a designation only written together (Zulkar Nain / Zulkarnain)', () => {
    const oneWord = diffNames.filter((name) => !/\s/.test(name.trim()) && name.length >= 8);
    const parties = oneWord.map((word) => ({ name: `${word.slice(0, Math.ceil(word.length / 2))} ${word.slice(Math.ceil(word.length / 2))}` }));
    const expected = screenEveryParty(screener, parties, diff);
    expect(expected.length).toBeGreaterThan(3);
    expect(rescreenIndexed(screener, parties, diff)).toEqual(expected);
  });

  it('finds a party one slip from a designation as letters, though the slip falls in the word it must match (HARA OCMPANY)', () => {
    // Every slip of the diff's two-word names: a slip there often leaves no word of the party's that the bound requires.
    const twoWords = diffNames.map((name) => name.trim()).filter((name) => name.split(' ').length === 2);
    const parties = twoWords.flatMap((name) => singleSlips(name).map(({ text }) => ({ name: text })));
    const expected = screenEveryParty(screener, parties, diff);
    expect(expected.length).toBeGreaterThan(100);
    expect(rescreenIndexed(screener, parties, diff)).toEqual(expected);
  });

  it('finds a party by a document number of a new designation alone', () => {
    const individuals = diff.added.flatMap((r) => (r.kind === 'individual' ? [r] : []));
    const withDocument = individuals.find((r) => r.documents.some((d) => d.number !== undefined && /\d{5}/.test(d.number)));
    expect(withDocument).toBeDefined();
    const number = withDocument!.documents.find((d) => d.number !== undefined && /\d{5}/.test(d.number))!.number!;
    const parties = [{ name: 'Jane Doe' }, { name: 'Someone Else Entirely', document: number }];
    const result = screener.rescreenParties(screener.indexParties(parties), diff);
    expect(result.results.map((r) => [r.party, r.alerts[0]?.referenceNumber])).toEqual([[1, withDocument!.referenceNumber]]);
    expect(rescreenIndexed(screener, parties, diff)).toEqual(screenEveryParty(screener, parties, diff));
  });

  it('screens only the parties the diff concerns', () => {
    const parties = negatives.slice(0, 3000).map((c) => ({ name: c.query }));
    const small = diffLists(fixtureList('2026-01-28'), fixtureList('2026-02-27')); // 4 additions
    const result = new Screener(newestPrepared()).rescreenParties(new Screener(newestPrepared()).indexParties(parties), small);
    expect(result.parties).toBe(3000);
    expect(result.screened).toBeLessThan(150);
  });

  it('agrees with screening every party on arbitrary customer files (property)', () => {
    const noisy = noisyNameOf(diffNames);
    const party = fc.record(
      {
        name: fc.oneof(noisy, noisy, fc.constantFrom(...negatives.slice(0, 2000).map((c) => c.query)), fc.string({ minLength: 1, maxLength: 12 })),
        threshold: fc.constantFrom(0.6, 0.7, 0.8, 0.9),
        dateOfBirth: fc.constantFrom('1970', '1965-03-01', '1980'),
        kind: fc.constantFrom('individual' as const, 'entity' as const),
      },
      { requiredKeys: ['name'] },
    );
    fc.assert(
      fc.property(fc.array(party, { minLength: 1, maxLength: 40 }), (parties) => {
        const usable = parties.filter((p) => p.name.trim() !== '');
        expect(rescreenIndexed(screener, usable, diff)).toEqual(screenEveryParty(screener, usable, diff));
      }),
      { numRuns: 60, seed: 20260128 },
    );
  });

  it('names the bad party among many, with the class and code screen would use', () => {
    const parties = [{ name: 'Jane Doe' }, { name: 'John Roe', dateOfBirth: '1970-13-45' }];
    const strict = new Screener(screener.list, { strict: true });
    expect(() => strict.indexParties(parties)).toThrow(/^parties\[1\]: `dateOfBirth` "1970-13-45"/);
    expect(() => strict.indexParties(parties)).toThrow(expect.objectContaining({ name: 'ArgumentRangeError', code: 'UNSC_ERR_INVALID_QUERY' }));
    // Without strict, the party is indexed with the year and a warning.
    expect(screener.indexParties(parties).warnings[1]).toMatchObject([{ code: 'UNSC_WARN_UNREADABLE_DATE', field: 'dateOfBirth', value: '1970-13-45' }]);
    expect(() => screener.indexParties([{ name: 42 } as unknown as ScreenQuery])).toThrow(TypeError);
  });

  it('refuses a diff that does not end at its list', () => {
    const parties = screener.indexParties([{ name: 'x' }]);
    expect(() => new Screener(older).rescreenParties(parties, diff)).toThrow(RangeError);
  });
});
