import { describe, expect, it } from 'vitest';
import { ListFormatError, UnscScreenError } from '../src/errors.js';
import { parseList } from '../src/parse/index.js';
import type { Entity, Individual } from '../src/types.js';
import { fixtureBytes, fixtureList, recordOf, seededRandom, type FixtureDate } from './helpers/fixtures.js';

// Counts from ../shared/fixtures/un/SOURCES.md (counted there with grep and Python).
const EXPECTED: Record<
  FixtureDate,
  { individuals: number; entities: number; individualAliases: number; entityAliases: number; originalScript: number; sha256: string; dateGenerated: string }
> = {
  '2020-11-23': { individuals: 713, entities: 305, individualAliases: 2112, entityAliases: 566, originalScript: 408, sha256: '82226ce4c8c79484e776eff8c30011280b9266feb78e03bc9bcc7e193bfda4d1', dateGenerated: '2020-11-23T19:10:17.6-05:00' },
  '2025-04-19': { individuals: 684, entities: 193, individualAliases: 2126, entityAliases: 578, originalScript: 380, sha256: '929a40ec48a927547c3365bb64481f674b86560ed8115d35542009f68732aeb0', dateGenerated: '2025-04-19T23:00:04.625Z' },
  '2025-12-09': { individuals: 727, entities: 273, individualAliases: 2140, entityAliases: 613, originalScript: 379, sha256: '7506b6c6680f039b5668e1cb89f2e63a1a1e8a53f2f0702590419f9cdc696e8e', dateGenerated: '2025-12-09T00:00:06.058Z' },
  '2026-01-28': { individuals: 726, entities: 273, individualAliases: 2136, entityAliases: 613, originalScript: 378, sha256: 'c6a354e9d798d5efd7c6deb4420fe6fc58d4255465b1fab35fbdd7bca2a3883f', dateGenerated: '2026-01-28T00:00:11.197Z' },
  '2026-02-27': { individuals: 730, entities: 273, individualAliases: 2139, entityAliases: 613, originalScript: 378, sha256: '66b392a4090868d2d39161e8d748efd39138377b0e6e60b7921aa67a4f99c8bf', dateGenerated: '2026-02-27T00:00:09.554Z' },
};

describe('parseList on the five real lists', () => {
  it.each(Object.entries(EXPECTED))('%s has the counts, hash and date of SOURCES.md', (date, want) => {
    const list = fixtureList(date as FixtureDate);
    expect(list.counts).toEqual({
      individuals: want.individuals,
      entities: want.entities,
      individualAliases: want.individualAliases,
      entityAliases: want.entityAliases,
      aliases: want.individualAliases + want.entityAliases,
      originalScriptNames: want.originalScript,
    });
    expect(list.individuals).toHaveLength(want.individuals);
    expect(list.entities).toHaveLength(want.entities);
    expect(list.records).toHaveLength(want.individuals + want.entities);
    expect(list.sha256).toBe(want.sha256);
    expect(list.dateGenerated).toBe(want.dateGenerated);
  });

  it.each(Object.keys(EXPECTED))('%s: no alias, address or value is an empty string', (date) => {
    const list = fixtureList(date as FixtureDate);
    const strings: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(list.records);
    expect(strings.length).toBeGreaterThan(10_000);
    expect(strings.filter((s) => s === '' || s !== s.trim() || s.includes('\n'))).toEqual([]);
    for (const record of list.records) {
      expect(record.referenceNumber).toMatch(/^[A-Z]{2}[ie]\.\d{3}$/);
      expect(record.name.length).toBeGreaterThan(0);
    }
  });

  it('reads dateGenerated with an offset and one fractional digit as a Date', () => {
    expect(fixtureList('2020-11-23').generatedAt.toISOString()).toBe('2020-11-24T00:10:17.600Z');
    expect(fixtureList('2026-02-27').generatedAt.toISOString()).toBe('2026-02-27T00:00:09.554Z');
  });

  it('accepts the bytes and the decoded text alike', () => {
    const bytes = fixtureBytes('2026-02-27');
    const fromText = parseList(bytes.toString('utf8'));
    expect(fromText.sha256).toBe(EXPECTED['2026-02-27'].sha256);
    expect(fromText.records).toEqual(fixtureList('2026-02-27').records);
  });
});

describe('parseList field by field', () => {
  const list = fixtureList('2026-02-27');

  it('maps CDi.003 (GASTON IYAMUREMYE) completely', () => {
    const record = recordOf(list, 'CDi.003') as Individual;
    expect(record).toEqual({
      kind: 'individual',
      referenceNumber: 'CDi.003',
      dataId: '6907995',
      versionNum: '1',
      unListType: 'DRC',
      listedOn: { raw: '2010-12-01', iso: '2010-12-01' },
      lastDayUpdated: [{ raw: '2016-10-13', iso: '2016-10-13' }],
      name: 'GASTON IYAMUREMYE',
      nameParts: { first: 'GASTON', second: 'IYAMUREMYE' },
      comments:
        'INTERPOL-UN Security Council Special Notice web link:https://www.interpol.int/en/How-we-work/Notices/View-UN-Notices-Individuals',
      listTypes: ['UN List'],
      submittedBy: [],
      flags: [],
      title: [],
      designation: ['FDLR Interim President', 'FDLR-FOCA 1st Vice-President', 'FDLR-FOCA Major General'],
      nationality: ['Rwanda'],
      gender: 'Male',
      aliases: [
        { name: 'Rumuli', quality: 'Low' },
        { name: 'Byiringiro Victor Rumuli', quality: 'Good' },
        { name: 'Victor Rumuri', quality: 'Good' },
        { name: 'Michel Byiringiro', quality: 'Good' },
      ],
      addresses: [{ stateProvince: 'North Kivu Province', country: 'Democratic Republic of the Congo', note: 'as of June 2016' }],
      datesOfBirth: [{ type: 'EXACT', year: 1948 }],
      placesOfBirth: [
        { city: 'Musanze District', stateProvince: 'Northern Province', country: 'Rwanda' },
        { city: 'Ruhengeri', country: 'Rwanda' },
      ],
      documents: [],
    });
  });

  it('reads a LISTED_ON with a timezone offset (QDi.352)', () => {
    expect(recordOf(list, 'QDi.352').listedOn).toEqual({ raw: '2015-04-07-04:00', iso: '2015-04-07' });
  });

  it('trims REFERENCE_NUMBER (KPe.053 has a trailing space) and names (VIV ANSANM)', () => {
    expect(recordOf(list, 'KPe.053').name).toBe('PROPAGANDA AND AGITATION DEPARTMENT (PAD)');
    expect(recordOf(list, 'HTe.002').name).toBe('VIV ANSANM');
  });

  it('keeps and flags the corrupted original-script name of TAi.068', () => {
    const record = recordOf(list, 'TAi.068');
    expect(record.nameOriginalScript).toBe('محمد الل\uFFFD\uFFFD مطيع');
    expect(record.flags).toContain('original-script-corrupted');
    expect(list.warnings).toContainEqual(expect.objectContaining({ referenceNumber: 'TAi.068', field: 'NAME_ORIGINAL_SCRIPT' }));
    expect(recordOf(fixtureList('2025-04-19'), 'TAi.068').nameOriginalScript).toBe('محمد الله مطيع');
    expect(recordOf(fixtureList('2025-04-19'), 'TAi.068').flags).toEqual([]);
  });

  it('keeps a free-text Hijri birth date raw and flagged beside the exact ones (QDi.291)', () => {
    const record = recordOf(list, 'QDi.291') as Individual;
    expect(record.datesOfBirth).toEqual([
      { type: 'EXACT', date: '1982-04-19', year: 1982 },
      { type: 'EXACT', date: '1982-04-18', year: 1982 },
      { type: 'EXACT', note: '24/06/1402 (Hijri Calendar)', freeText: true },
    ]);
    expect(record.documents[1]).toEqual({
      type: 'National Identification Number',
      type2: 'civil identification number',
      number: '1028745097',
      issuingCountry: 'Saudi Arabia',
    });
    // The NOTE wraps over two indented lines in the XML: folded into one space.
    expect(record.documents[0]?.note).toBe(
      'expired on 7 Mar. 2010. Issue date in Hijri Calendar 24/06/1426. Expiry date in Hijri Calendar 21/03/1431.',
    );
  });

  it('reads a BETWEEN birth date (CDi.030)', () => {
    expect((recordOf(list, 'CDi.030') as Individual).datesOfBirth).toEqual([
      { type: 'BETWEEN', fromYear: 1973, toYear: 1974 },
    ]);
  });

  it("keeps an alias's own birth date (KPi.016)", () => {
    expect(recordOf(list, 'KPi.016').aliases).toContainEqual({ name: 'Jang Hyon U', quality: 'Good', dateOfBirth: '1958-02-22' });
  });

  it('reads entity aliases with a.k.a. and f.k.a. (CDe.001 ADF)', () => {
    const record = recordOf(list, 'CDe.001') as Entity;
    expect(record.kind).toBe('entity');
    expect(record.name).toBe('ADF');
    expect(record.aliases.map((a) => a.quality)).toEqual(['a.k.a.', 'f.k.a.', 'f.k.a.', 'f.k.a.']);
    expect(record.aliases[1]?.name).toBe('Forces Démocratiques Alliées-Armée Nationale de Libération de l’Ouganda');
  });

  it('composes a name with FIRST, SECOND and FOURTH but no THIRD (TAi.171)', () => {
    const record = recordOf(list, 'TAi.171');
    expect(record.nameParts).toEqual({ first: 'MUHAMMAD', second: 'OMAR', fourth: 'ZADRAN' });
    expect(record.name).toBe('MUHAMMAD OMAR ZADRAN');
  });

  it('keeps documents typed in French and Spanish (KPi.006)', () => {
    const types = (recordOf(list, 'KPi.006') as Individual).documents.map((d) => d.type);
    expect(types).toEqual(['Numéro de passeport', 'Número de pasaporte', 'Passport']);
  });

  it('drops empty placeholders: no phantom aliases, addresses, documents or birth dates', () => {
    const ansanm = recordOf(list, 'HTe.002');
    expect(ansanm.aliases.every((a) => a.name.length > 0)).toBe(true);
    const withEmptyAddress = list.individuals.filter((r) => r.addresses.some((a) => Object.keys(a).length === 0));
    expect(withEmptyAddress).toEqual([]);
    const many = list.individuals.filter((r) => r.datesOfBirth.length > 1);
    expect(many).toHaveLength(121);
  });

  it('reads birth DATE values with an offset in the 2020 list', () => {
    const old = fixtureList('2020-11-23');
    const dates = old.individuals.flatMap((r) => r.datesOfBirth.map((d) => d.date)).filter((d) => d !== undefined);
    expect(dates).toContain('1960-01-01');
    expect(dates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
  });
});

const MINIMAL = (records: string, date = '2026-01-01T00:00:00Z') =>
  `<?xml version="1.0"?><CONSOLIDATED_LIST dateGenerated="${date}"><INDIVIDUALS>${records}</INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>`;

describe('parseList on bad input', () => {
  function errorOf(input: string | Uint8Array): ListFormatError {
    try {
      parseList(input);
    } catch (error) {
      expect(error).toBeInstanceOf(ListFormatError);
      expect(error).toBeInstanceOf(UnscScreenError);
      return error as ListFormatError;
    }
    throw new Error('parseList did not throw');
  }

  it('throws UNSC_ERR_NOT_XML for text that is not XML', () => {
    expect(errorOf('{"not": "xml"}').code).toBe('UNSC_ERR_NOT_XML');
    expect(errorOf('').code).toBe('UNSC_ERR_NOT_XML');
  });

  it('throws UNSC_ERR_NOT_CONSOLIDATED_LIST for other XML and HTML error pages', () => {
    expect(errorOf('<html><body>Service unavailable</body></html>').code).toBe('UNSC_ERR_NOT_CONSOLIDATED_LIST');
    expect(errorOf('<sdnList></sdnList>').code).toBe('UNSC_ERR_NOT_CONSOLIDATED_LIST');
    expect(errorOf('<CONSOLIDATED_LIST dateGenerated="2026-01-01"></CONSOLIDATED_LIST>').code).toBe(
      'UNSC_ERR_NOT_CONSOLIDATED_LIST',
    );
    expect(errorOf(MINIMAL('', 'yesterday')).message).toMatch(/dateGenerated/);
  });

  it('throws UNSC_ERR_NOT_XML with a line number for malformed XML', () => {
    const error = errorOf(MINIMAL('<INDIVIDUAL><DATAID>1</DATAID>\n<FIRST_NAME>A</SECOND_NAME></INDIVIDUAL>'));
    expect(error.code).toBe('UNSC_ERR_NOT_XML');
    expect(error.details.line).toBe(2);
  });

  it('names the position and DATAID of a record without REFERENCE_NUMBER', () => {
    const ok = '<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>A</FIRST_NAME><REFERENCE_NUMBER>QDi.001</REFERENCE_NUMBER></INDIVIDUAL>';
    const bad = '<INDIVIDUAL><DATAID>6907000</DATAID><FIRST_NAME>B</FIRST_NAME><REFERENCE_NUMBER> </REFERENCE_NUMBER></INDIVIDUAL>';
    const error = errorOf(MINIMAL(ok + bad));
    expect(error.code).toBe('UNSC_ERR_MISSING_REFERENCE_NUMBER');
    expect(error.details).toEqual({ recordPosition: 2, recordKind: 'individual', dataId: '6907000' });
    expect(error.message).toContain('INDIVIDUAL #2 (DATAID 6907000)');
  });

  it('keeps a record with an unreadable field, raw, with a warning', () => {
    const record =
      '<INDIVIDUAL><DATAID>7</DATAID><FIRST_NAME>A</FIRST_NAME><REFERENCE_NUMBER>QDi.009</REFERENCE_NUMBER>' +
      '<LISTED_ON>sometime in 2001</LISTED_ON><INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1970-02-31</DATE></INDIVIDUAL_DATE_OF_BIRTH>' +
      '<NEW_FIELD>kept</NEW_FIELD></INDIVIDUAL>';
    const list = parseList(MINIMAL(record));
    const parsed = list.individuals[0];
    expect(parsed?.listedOn).toEqual({ raw: 'sometime in 2001' });
    expect(parsed?.datesOfBirth).toEqual([{ type: 'EXACT', freeText: true, raw: { date: '1970-02-31' } }]);
    expect(parsed?.extra).toEqual({ NEW_FIELD: 'kept' });
    expect(parsed?.flags).toEqual(['unparsed-field']);
    expect(list.warnings.map((w) => w.field)).toEqual(['LISTED_ON', 'datesOfBirth[0].DATE', 'NEW_FIELD']);
  });

  it('rejects a non-string, non-bytes argument with a TypeError', () => {
    expect(() => parseList(42 as unknown as string)).toThrow(TypeError);
  });

  it('throws for a list cut off at any of 300 random byte offsets, never returning a shorter list', () => {
    const bytes = fixtureBytes('2026-02-27');
    const random = seededRandom(20260227);
    const offsets = [0, 1, 60, 300, bytes.length - 1, bytes.length - 2, bytes.length - 20];
    while (offsets.length < 300) offsets.push(Math.floor(random() * bytes.length));
    for (const offset of offsets) {
      const error = errorOf(bytes.subarray(0, offset));
      // Before the root element has started, a cut is "not XML"; after, "truncated".
      expect(offset < 100 ? ['UNSC_ERR_NOT_XML', 'UNSC_ERR_TRUNCATED'] : ['UNSC_ERR_TRUNCATED']).toContain(error.code);
    }
  });
});
