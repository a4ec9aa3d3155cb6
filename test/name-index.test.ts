import { describe, expect, it } from 'vitest';
import { isKorean } from '../src/search/name-index.js';
import { namesOf } from '../src/search/names.js';
import { fixtureList, recordOf } from './helpers/fixtures.js';
import { newestIndex } from './helpers/index.js';

const list = fixtureList('2026-02-27');

describe('NameIndex.search on the real list', () => {
  const index = newestIndex();
  const refs = (query: string, options = {}) => index.search(query, options).map((hit) => hit.record.referenceNumber);

  it('finds a listed name however it is spelled', () => {
    expect(refs('Mukhtar Belmukhtar')[0]).toBe('QDi.136');
    expect(refs('SALEK, ABDULHAI')[0]).toBe('TAi.108');
    expect(refs('Choe Chun Yong')).toContain('KPi.054');
  });

  it('finds a Latin-listed name from its original-script spelling', () => {
    const record = list.individuals.find((r) => r.nameOriginalScript === 'عبد الرحمن ولد العامر');
    expect(record).toBeDefined();
    const hits = index.search('عبد الرحمن ولد العامر', {
      skip: (name) => name.record === record && name.origin !== 'primary',
    });
    expect(hits.map((h) => h.record)).toContain(record);
  });

  it('finds a Korean name in the other romanization, from the primary name alone (McCune–Reischauer / Revised)', () => {
    // Each query is one of the UN's own aliases of the record; the record's aliases are left out.
    const cases: Array<[string, string]> = [
      ["Kim Cho'ng-sik", 'KPi.066'], // KIM JONG SIK
      ['Jo Chun Ryong', 'KPi.038'], // CHO CHUN RYONG
      ["Ku Cha-hyo'ng", 'KPi.070'], // KU JA HYONG
      ['Ri Che-son', 'KPi.002'], // RI JE-SON
    ];
    for (const [query, reference] of cases) {
      const record = list.records.find((r) => r.referenceNumber === reference)!;
      const hits = index.search(query, { skip: (name) => name.record === record && name.origin !== 'primary' });
      expect(hits.map((h) => h.record.referenceNumber), query).toContain(reference);
    }
  });

  it('lets only Korean designations and Korean-looking queries meet by Korean syllables', () => {
    // Joe / Choe are one key, but Joe Young is no Korean name (young is no syllable).
    expect(refs('Joe Young')).not.toContain('KPi.054');
    for (const name of index.names) {
      const hasKoreanKey = name.matchable.units.some((unit) => unit.koreanKey !== undefined);
      if (hasKoreanKey) expect(isKorean(name.record), name.text).toBe(true);
    }
    expect(index.names.some((name) => name.matchable.units.some((unit) => unit.koreanKey !== undefined))).toBe(true);
  });

  it('finds an entity from its bracketed short form and its long form', () => {
    expect(refs('PAD')).toEqual(['KPe.053']);
    expect(refs('Propaganda and Agitation Department')).toContain('KPe.053');
    expect(refs('RGB')).toEqual(['KPe.031']);
  });

  it('meets a short form as spelt only: an acronym is read letter by letter, not as a word that sounds alike', () => {
    expect(refs('AQMI')).toEqual(['QDe.014']);
    // ACME and AQMI share a sound key (the variant rule gave 0.92), not their letters.
    expect(refs('Acme Corp')).toEqual([]);
    expect(refs('ACME CORPORATION')).toEqual([]);
    expect(refs('Jimmy Lund', { threshold: 0.5 })).not.toContain('QDe.148');
  });

  it('does not alert on ordinary names made of common tokens', () => {
    expect(refs('John Smith')).toEqual([]);
    expect(refs('Mohammed')).toEqual([]);
    expect(refs('Trading Company Limited')).toEqual([]);
  });

  it('returns only entities when kind is entity', () => {
    const hits = index.search('Al Qaida', { kind: 'entity', threshold: 0.5, limit: 50 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.record.kind === 'entity')).toBe(true);
  });

  it('says which name matched and how', () => {
    const [hit] = index.search('Mohammed Hijazi');
    expect(hit?.record.referenceNumber).toBe('IRi.017');
    expect(hit?.name.source).toBe('alias');
    expect(hit?.name.quality).toBe('Good');
    expect(hit?.alignment.pairs.length).toBeGreaterThan(0);
  });

  it('scores a Low-quality alias below the same name as a Good one', () => {
    const low = index.search('Mullah Radio', { threshold: 0.5 }).find((h) => h.record.referenceNumber === 'QDi.352');
    expect(low?.name.quality).toBe('Low');
    expect(low!.score).toBeLessThan(low!.alignment.score);
  });

  it('rejects bad options with RangeError and a bad query with TypeError', () => {
    expect(() => index.search('x', { threshold: 0 })).toThrow(RangeError);
    expect(() => index.search('x', { threshold: 2 })).toThrow(RangeError);
    expect(() => index.search('x', { limit: 0 })).toThrow(RangeError);
    expect(() => index.search(undefined as unknown as string)).toThrow(TypeError);
  });
});

describe('namesOf', () => {
  it('indexes the bracketed short form and the long form of a name', () => {
    const names = namesOf(recordOf(list, 'KPe.053')).map((n) => `${n.source}:${n.text}`);
    expect(names).toEqual([
      'primary:PROPAGANDA AND AGITATION DEPARTMENT (PAD)',
      'long-form:PROPAGANDA AND AGITATION DEPARTMENT',
      'short-form:PAD',
    ]);
  });

  it('leaves the damaged word out of a corrupted original-script name (TAi.068)', () => {
    const script = namesOf(recordOf(list, 'TAi.068')).find((n) => n.source === 'original-script');
    expect(script?.text).toBe('محمد مطيع');
  });
});
