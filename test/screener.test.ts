import { readFileSync } from 'node:fs';
import { setImmediate as tick } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { UnscScreenError } from '../src/errors.js';
import { ENGINE } from '../src/engine.js';
import { SCORING_MODEL } from '../src/scoring-model.js';
import { Screener } from '../src/screen/screener.js';
import { nationalityMatchWeight } from '../src/screen/evidence.js';
import type { SanctionsList } from '../src/types.js';
import { fixtureList } from './helpers/fixtures.js';

const list = fixtureList('2026-02-27');
const screener = new Screener(list);

function expectThrown(call: () => unknown, type: unknown, code: string, message: string): void {
  let thrown: unknown;
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(type);
  expect(thrown).toBeInstanceOf(UnscScreenError);
  expect(thrown).toMatchObject({ code, message });
}

function alertFor(result: ReturnType<Screener['screen']>, referenceNumber: string) {
  return result.alerts.find((alert) => alert.referenceNumber === referenceNumber);
}

describe('Screener.screen: names', () => {
  it('alerts on a listed name with the designation, matched name, scores and a reason', () => {
    const result = screener.screen({ name: 'Mukhtar Belmukhtar' });
    const alert = alertFor(result, 'QDi.136');
    expect(alert).toMatchObject({
      referenceNumber: 'QDi.136',
      listType: 'Al-Qaida',
      kind: 'individual',
      primaryName: 'MOKHTAR BELMOKHTAR',
      matchedName: { text: 'Mukhtar Belmukhtar', source: 'alias', quality: 'Good' },
      nameScore: 1,
      score: 1,
      priority: 'normal',
      evidence: [],
    });
    expect(alert?.reason).toBe('QDi.136 MOKHTAR BELMOKHTAR (Al-Qaida): name 1.00 via alias (Good) "Mukhtar Belmukhtar" → 1.00, normal priority: the name alone');
    expect(alert?.alignment.length).toBeGreaterThan(0);
  });

  it('counts a Low-quality alias for less', () => {
    const alert = alertFor(screener.screen({ name: 'Mullah Radio', threshold: 0.5 }), 'QDi.352');
    expect(alert?.matchedName).toEqual({ text: 'Mullah Radio', source: 'alias', quality: 'Low' });
    expect(alert?.nameScore).toBeCloseTo(0.9, 5);
  });

  it('returns only entities when kind is entity, though the name also matches individuals', () => {
    const both = screener.screen({ name: 'Abu Sayyaf', threshold: 0.7, limit: 50 });
    expect(both.alerts.some((a) => a.kind === 'individual')).toBe(true);
    const entities = screener.screen({ name: 'Abu Sayyaf', threshold: 0.7, limit: 50, kind: 'entity' });
    expect(entities.alerts.length).toBeGreaterThan(0);
    expect(entities.alerts.every((a) => a.kind === 'entity')).toBe(true);
  });
});

describe('Screener.screen: evidence beyond the name', () => {
  const rules = SCORING_MODEL.evidence;
  const base = screener.screen({ name: 'Mokhtar Belmokhtar Sahraoui', threshold: 0.5 });
  const baseAlert = alertFor(base, 'QDi.136')!;

  it('raises the score for a confirming birth year and nationality, enough to cross a threshold', () => {
    expect(baseAlert.score).toBeLessThan(1);
    expect(baseAlert.nameScore).toBeGreaterThanOrEqual(rules.birthYearMinNameScore);
    const threshold = Math.min(1, baseAlert.nameScore + 0.02);
    expect(alertFor(screener.screen({ name: 'Mokhtar Belmokhtar Sahraoui', threshold }), 'QDi.136')).toBeUndefined();
    const confirmed = alertFor(screener.screen({ name: 'Mokhtar Belmokhtar Sahraoui', threshold, dateOfBirth: 1972, nationality: 'DZ' }), 'QDi.136');
    expect(confirmed?.score).toBeCloseTo(Math.min(1, baseAlert.nameScore + rules.birthYearMatch + nationalityMatchWeight('DZ')), 10);
    expect(confirmed?.evidence).toEqual([
      { kind: 'dateOfBirth', outcome: 'match', detail: 'born 1972 (list: 1972-06-01)', adjustment: rules.birthYearMatch },
      { kind: 'nationality', outcome: 'match', detail: 'nationality DZ (list: DZ)', adjustment: nationalityMatchWeight('DZ') },
    ]);
    // The year alone, with no nationality agreeing, counts its alone factor.
    const alone = alertFor(screener.screen({ name: 'Mokhtar Belmokhtar Sahraoui', threshold: 0.5, dateOfBirth: 1972 }), 'QDi.136');
    expect(alone?.evidence[0]?.adjustment).toBe(rules.birthYearMatch * rules.birthYearAloneFactor);
  });

  it('finds a name scoring from the year floor (0.5, where the fit reads the name weights as linear) with its birth year and nationality', () => {
    // A made-up party, "Belmokhtar Ahmed Saadi", born 1972, Algerian: its name alone scores 0.51 against QDi.136.
    const name = 'Belmokhtar Ahmed Saadi';
    expect(alertFor(screener.screen({ name }), 'QDi.136')).toBeUndefined();
    const found = alertFor(screener.screen({ name, dateOfBirth: '1972', nationality: 'DZ' }), 'QDi.136');
    expect(found?.nameScore).toBeGreaterThanOrEqual(rules.birthYearMinNameScore);
    expect(found?.nameScore).toBeLessThan(0.6); // below model 1.6.0's floor, which left it out
    expect(found?.score).toBeCloseTo(found!.nameScore + rules.birthYearMatch + nationalityMatchWeight('DZ'), 10);
    expect(found?.priority).toBe('high');
    // Either piece alone does not lift it: a year needs the nationality, and a nationality alone counts its factor.
    expect(alertFor(screener.screen({ name, dateOfBirth: '1972' }), 'QDi.136')).toBeUndefined();
    expect(alertFor(screener.screen({ name, nationality: 'DZ' }), 'QDi.136')).toBeUndefined();
  });

  it('lowers the score for a conflicting birth year', () => {
    const alert = alertFor(screener.screen({ name: 'Mukhtar Belmukhtar', dateOfBirth: '1990-01-01' }), 'QDi.136');
    expect(alert?.score).toBeCloseTo(1 + rules.birthDateConflict, 10);
    expect(alert?.evidence[0]?.outcome).toBe('conflict');
    expect(alert?.reason).toContain(`conflict −${Math.abs(rules.birthDateConflict).toFixed(2)}`);
  });

  it('lowers an entity by 0.15 for a party with a birth date: a person', () => {
    const name = 'Haji Alim Hawala'; // an alias of the money exchange TAe.010, and a person's name too
    const without = alertFor(screener.screen({ name }), 'TAe.010');
    expect(without?.kind).toBe('entity');
    const withBirth = alertFor(screener.screen({ name, dateOfBirth: '1992-04-06' }), 'TAe.010');
    expect(withBirth?.score).toBeCloseTo(without!.score - 0.15, 10);
    expect(withBirth?.evidence[0]).toMatchObject({ kind: 'dateOfBirth', outcome: 'conflict', adjustment: -0.15 });
    expect(withBirth?.reason).toContain("a person, and the designation is an entity's");
  });

  it('reads a BETWEEN birth date (CDi.030: 1973–1974)', () => {
    const record = list.individuals.find((r) => r.referenceNumber === 'CDi.030')!;
    const nationality = record.nationality[0]!;
    const inside = alertFor(screener.screen({ name: record.name, dateOfBirth: '1974', nationality, threshold: 0.5 }), 'CDi.030');
    expect(inside?.evidence[0]).toMatchObject({ outcome: 'match', adjustment: rules.birthDateInRange });
    const outside = alertFor(screener.screen({ name: record.name, dateOfBirth: '1990', threshold: 0.5 }), 'CDi.030');
    expect(outside?.evidence[0]).toMatchObject({ outcome: 'conflict', adjustment: rules.birthDateConflict });
  });

  it('takes the best of several listed birth dates (QDi.291: 1982-04-19, 1982-04-18)', () => {
    const name = list.individuals.find((r) => r.referenceNumber === 'QDi.291')!.name;
    const alert = alertFor(screener.screen({ name, dateOfBirth: '1982-04-18', threshold: 0.5 }), 'QDi.291');
    expect(alert?.evidence[0]).toMatchObject({ kind: 'dateOfBirth', outcome: 'match', adjustment: rules.birthDateSameDay });
  });

  it('matches nationality by name or ISO code, and lowers the score when it conflicts', () => {
    const byCode = alertFor(screener.screen({ name: 'Mukhtar Belmukhtar', nationality: 'dz' }), 'QDi.136');
    // No birth date given: the nationality counts its alone factor.
    expect(byCode?.evidence[0]).toMatchObject({ kind: 'nationality', outcome: 'match', adjustment: nationalityMatchWeight('DZ') * rules.nationalityAloneFactor });
    const byName = alertFor(screener.screen({ name: 'Mukhtar Belmukhtar', nationality: 'Algeria' }), 'QDi.136');
    expect(byName?.evidence[0]).toMatchObject({ outcome: 'match' });
    const conflict = alertFor(screener.screen({ name: 'Mukhtar Belmukhtar', nationality: 'Norway' }), 'QDi.136');
    expect(conflict?.evidence[0]).toMatchObject({ outcome: 'conflict', adjustment: rules.nationalityConflict });
  });

  it('alerts on an exact document number with other punctuation, even when the name is far off', () => {
    const result = screener.screen({ name: 'Nobody In Particular', document: 'f-654 645' });
    const alert = alertFor(result, 'QDi.291');
    expect(alert?.score).toBe(1);
    expect(alert?.nameScore).toBe(0);
    expect(alert?.matchedName).toBeUndefined();
    expect(alert?.evidence).toEqual([
      expect.objectContaining({ kind: 'document', outcome: 'match', detail: 'document F654645 (list: Passport, F654645, Saudi Arabia)' }),
    ]);
  });

  it('finds a number the list writes inside prose ("CAR diplomatic passport no. 06FBO2262")', () => {
    const record = list.individuals.find((r) => r.documents.some((d) => d.number?.includes('06FBO2262')))!;
    expect(alertFor(screener.screen({ name: 'X', document: '06FBO2262' }), record.referenceNumber)?.score).toBe(1);
  });
});

describe('Screener.screen: audit trail and validation', () => {
  it('records the list version, the options and the normalized query', () => {
    const result = screener.screen({ name: ' Mukhtar Belmukhtar ', nationality: ['DZA'], document: 'ab 12-34', limit: 3 });
    expect(result.list).toEqual({ dateGenerated: list.dateGenerated, sha256: list.sha256, ageDays: expect.any(Number) });
    expect(result.options).toEqual({ threshold: 0.8, limit: 3, engine: ENGINE, model: SCORING_MODEL.version });
    expect(result.query).toEqual({
      name: 'Mukhtar Belmukhtar',
      nationalities: ['DZ'],
      countries: [],
      documents: ['AB1234'],
      threshold: 0.8,
      limit: 3,
    });
  });

  it('names the engine with the version in package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
    expect(ENGINE).toBe(`${pkg.name}@${pkg.version}`);
  });

  it.each([
    [{}, TypeError, 'UNSC_ERR_INVALID_QUERY', 'Expected `name` to be a string, got `undefined` (undefined)'],
    [{ name: '  ' }, RangeError, 'UNSC_ERR_INVALID_QUERY', 'Expected `name` to be a non-empty string'],
    [{ name: 'A', threshold: 1.5 }, RangeError, 'UNSC_ERR_INVALID_OPTION', 'Expected `threshold` to be a number between 0 and 1, got `1.5` (number)'],
    [{ name: 'A', limit: 2.5 }, RangeError, 'UNSC_ERR_INVALID_OPTION', 'Expected `limit` to be a positive integer, got `2.5` (number)'],
  ])('rejects %j', (query, type, code, message) => {
    expectThrown(() => screener.screen(query as never), type, code, message);
  });

  const strict = new Screener(list, { strict: true });
  it.each([
    [{ name: 'A', dateOfBirth: '24/13/1980' }, 'UNSC_ERR_INVALID_QUERY', '`dateOfBirth` "24/13/1980" is not a real date'],
    [{ name: 'A', dateOfBirth: '1974-01-32' }, 'UNSC_ERR_INVALID_QUERY', '`dateOfBirth` "1974-01-32" is not a real date'],
    [{ name: 'A', nationality: 'Atlantis' }, 'UNSC_ERR_INVALID_QUERY', "Unknown country in `nationality`: `Atlantis` (string); use an ISO 3166 code (AF, AFG), a country's name or its people's (Afghan)"],
    [{ name: 'A', kind: 'vessel' }, 'UNSC_ERR_INVALID_QUERY', 'Expected `kind` to be "individual" or "entity", got `vessel` (string)'],
    [{ name: 'A', document: '--' }, 'UNSC_ERR_INVALID_QUERY', '`document` `--` (string) has no letter or digit'],
  ])('with strict: true, rejects %j', (query, code, message) => {
    expectThrown(() => strict.screen(query as never), RangeError, code, message);
  });

  it('rejects bad options when constructed', () => {
    expect(() => new Screener(list, { threshold: -1 })).toThrow(RangeError);
    expect(() => new Screener(list, { limit: 0 })).toThrow(RangeError);
  });
});

describe('Screener.update', () => {
  it('swaps lists at once: every screen sees one list version, never a mix', async () => {
    const older = fixtureList('2026-01-28');
    const newer = list;
    const live = new Screener(older);
    const added = newer.individuals.find((r) => r.referenceNumber === 'SDi.007')!;
    const recordsOf = new Map<string, Set<unknown>>([
      [older.sha256, new Set(older.records)],
      [newer.sha256, new Set(newer.records)],
    ]);
    const lists: SanctionsList[] = [newer, older, newer, older, newer];
    let updating = true;
    const updater = (async () => {
      for (const next of lists) {
        await tick();
        live.update(next);
      }
      updating = false;
    })();
    const seen = new Set<string>();
    let screens = 0;
    while (updating || screens < 10) {
      const result = live.screen({ name: added.name });
      screens++;
      seen.add(result.list.sha256);
      const records = recordsOf.get(result.list.sha256)!;
      for (const alert of result.alerts) expect(records.has(alert.record)).toBe(true);
      const found = result.alerts.some((a) => a.referenceNumber === 'SDi.007');
      expect(found).toBe(result.list.sha256 === newer.sha256);
      await tick();
    }
    await updater;
    expect(seen).toEqual(new Set([older.sha256, newer.sha256]));
    expect(live.version.sha256).toBe(newer.sha256);
  });
});
