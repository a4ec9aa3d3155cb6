/**
 * Lists laid out or encoded other than expected: every record is read or
 * reported, undecodable bytes are located, a DOCTYPE is refused.
 */
import { describe, expect, it } from 'vitest';
import { diffLists } from '../src/diff/diff.js';
import { ErrorCodes, ListFormatError } from '../src/errors.js';
import { parseList } from '../src/parse/index.js';
import { Screener } from '../src/screen/screener.js';
import { FIXTURE_DATES, fixtureList } from './helpers/fixtures.js';

const individual = (ref: string, first: string, second = 'SMITH', extra = '') =>
  `<INDIVIDUAL><DATAID>${ref.length}${first.length}</DATAID><FIRST_NAME>${first}</FIRST_NAME><SECOND_NAME>${second}</SECOND_NAME>` +
  `<UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE><REFERENCE_NUMBER>${ref}</REFERENCE_NUMBER><LISTED_ON>2001-01-01</LISTED_ON>${extra}</INDIVIDUAL>`;
const entity = (ref: string, name: string) =>
  `<ENTITY><DATAID>9${ref.length}</DATAID><FIRST_NAME>${name}</FIRST_NAME><UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>` +
  `<REFERENCE_NUMBER>${ref}</REFERENCE_NUMBER><LISTED_ON>2001-01-01</LISTED_ON></ENTITY>`;
const listXml = (body: string, date = '2026-01-01T00:00:00.000Z', prolog = '<?xml version="1.0" encoding="UTF-8"?>') =>
  `${prolog}\n<CONSOLIDATED_LIST dateGenerated="${date}">${body}</CONSOLIDATED_LIST>`;
const refs = (xml: string) => parseList(xml).records.map((r) => `${r.kind}:${r.referenceNumber}`);

function formatError(run: () => unknown): ListFormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof ListFormatError) return error;
    throw error;
  }
  throw new Error('no ListFormatError');
}

describe('parseList reads every record wherever it is', () => {
  it('an INDIVIDUAL inside ENTITIES is read as an individual, with a warning', () => {
    const list = parseList(listXml(`<INDIVIDUALS>${individual('QDi.1', 'ALI')}</INDIVIDUALS><ENTITIES>${entity('QDe.1', 'ACME')}${individual('QDi.2', 'OMAR')}</ENTITIES>`));
    expect(list.records.map((r) => `${r.kind}:${r.referenceNumber}`).sort()).toEqual(['entity:QDe.1', 'individual:QDi.1', 'individual:QDi.2']);
    expect(list.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('<INDIVIDUAL> found in <ENTITIES>'));
    expect(list.warnings.find((w) => w.message.includes('found in <ENTITIES>'))?.referenceNumber).toBe('QDi.2');
  });

  it('a second INDIVIDUALS section and an INDIVIDUAL under the root are read, with warnings', () => {
    const xml = listXml(`<INDIVIDUALS>${individual('QDi.1', 'ALI')}</INDIVIDUALS><ENTITIES></ENTITIES><INDIVIDUALS>${individual('QDi.2', 'OMAR')}</INDIVIDUALS>${individual('QDi.3', 'HASAN')}`);
    expect(refs(xml).sort()).toEqual(['individual:QDi.1', 'individual:QDi.2', 'individual:QDi.3']);
    const messages = parseList(xml).warnings.map((w) => w.message);
    expect(messages).toContainEqual(expect.stringContaining('2 <INDIVIDUALS> sections'));
    expect(messages).toContainEqual(expect.stringContaining('<INDIVIDUAL> found in <CONSOLIDATED_LIST>'));
  });

  it('an unknown element among the records is reported, not dropped silently', () => {
    const list = parseList(listXml(`<INDIVIDUALS>${individual('QDi.1', 'ALI')}<PERSON><REFERENCE_NUMBER>QDi.9</REFERENCE_NUMBER></PERSON></INDIVIDUALS><ENTITIES/>`));
    expect(list.records).toHaveLength(1);
    expect(list.warnings).toContainEqual(expect.objectContaining({ referenceNumber: 'QDi.9', message: expect.stringContaining('unknown element <PERSON>') }));
  });

  it('gives no warning for the usual layout', () => {
    const list = parseList(listXml(`<INDIVIDUALS>${individual('QDi.1', 'ALI')}</INDIVIDUALS><ENTITIES>${entity('QDe.1', 'ACME')}</ENTITIES>`));
    expect(list.warnings).toEqual([]);
  });
});

describe('the real lists', () => {
  it('give no layout, duplicate, encoding or long-name warning', () => {
    for (const date of FIXTURE_DATES) {
      const warnings = fixtureList(date).warnings.filter((w) => w.referenceNumber === '' || w.field === 'referenceNumber' || w.message.includes('name part longer'));
      expect(warnings, date).toEqual([]);
    }
  });
});

describe('duplicate reference numbers', () => {
  const older = parseList(listXml(`<INDIVIDUALS>${individual('QDi.1', 'ALI')}</INDIVIDUALS><ENTITIES/>`, '2026-01-01T00:00:00.000Z'));
  const newer = parseList(listXml(`<INDIVIDUALS>${individual('QDi.1', 'ALI')}${individual('QDi.1', 'MUKHTAR', 'BELMUKHTAR')}</INDIVIDUALS><ENTITIES/>`, '2026-02-01T00:00:00.000Z'));

  it('are warned about, and both records kept', () => {
    expect(newer.records).toHaveLength(2);
    expect(newer.warnings).toContainEqual(expect.objectContaining({ referenceNumber: 'QDi.1', field: 'referenceNumber' }));
  });

  it('do not hide a new designation from diff and re-screening', () => {
    const diff = diffLists(older, newer);
    expect(diff.added.map((r) => r.name)).toEqual(['MUKHTAR BELMUKHTAR']);
    expect(diff.unchanged).toBe(1);
    const { results } = new Screener(newer).rescreen([{ name: 'Mukhtar Belmukhtar' }], diff);
    expect(results[0]!.alerts.map((a) => a.primaryName)).toEqual(['MUKHTAR BELMUKHTAR']);
  });
});

describe('encodings', () => {
  it('warns with the position of bytes that are not UTF-8', () => {
    const xml = Buffer.from(listXml(`<INDIVIDUALS>${individual('QDi.1', 'JOSE')}</INDIVIDUALS><ENTITIES/>`), 'utf8');
    const at = xml.indexOf('JOSE') + 3;
    xml[at] = 0xc9; // É in ISO-8859-1: not UTF-8
    const list = parseList(xml);
    expect(list.records[0]!.name).toBe('JOS\uFFFD SMITH');
    expect(list.warnings).toContainEqual(expect.objectContaining({ field: 'document', message: expect.stringContaining(`at byte ${at} (line 2,`) }));
  });

  it('decodes the encoding the document declares', () => {
    const xml = Buffer.from(listXml(`<INDIVIDUALS>${individual('QDi.1', 'JOSÉ')}</INDIVIDUALS><ENTITIES/>`, undefined, '<?xml version="1.0" encoding="ISO-8859-1"?>'), 'latin1');
    const list = parseList(xml);
    expect(list.records[0]!.name).toBe('JOSÉ SMITH');
    expect(list.warnings).toEqual([]);
  });

  it('refuses an encoding it cannot decode with a code', () => {
    const xml = Buffer.from(listXml('<INDIVIDUALS/><ENTITIES/>', undefined, '<?xml version="1.0" encoding="x-klingon"?>'));
    expect(formatError(() => parseList(xml)).code).toBe(ErrorCodes.UNSUPPORTED_ENCODING);
  });
});

describe('DOCTYPE', () => {
  it('is refused with its own code, internal subset or not', () => {
    const body = `<INDIVIDUALS>${individual('QDi.1', '&x;')}</INDIVIDUALS><ENTITIES/>`;
    for (const doctype of [
      '<!DOCTYPE CONSOLIDATED_LIST>',
      '<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY x "ALI">]>',
      // a `>` inside the entity value once ended the prolog scan early
      '<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY x "A>B">]>',
    ]) {
      const error = formatError(() => parseList(listXml(body, undefined, `<?xml version="1.0"?>${doctype}`)));
      expect(error.code, doctype).toBe(ErrorCodes.DOCTYPE_NOT_ALLOWED);
      expect(error.details.line).toBe(1);
    }
  });
});

describe('a name field with a namespace or an attribute', () => {
  it('is read, not dropped', () => {
    const xml = listXml(
      `<INDIVIDUALS xmlns:un="urn:un">${individual('QDi.1', 'ALI', 'SMITH').replace('<FIRST_NAME>ALI</FIRST_NAME>', '<un:FIRST_NAME>ALI</un:FIRST_NAME>')}` +
        `${individual('QDi.2', 'OMAR').replace('<FIRST_NAME>', '<FIRST_NAME lang="en">')}</INDIVIDUALS><ENTITIES/>`,
    );
    const list = parseList(xml);
    expect(list.records.map((r) => r.name)).toEqual(['ALI SMITH', 'OMAR SMITH']);
    expect(list.warnings).toContainEqual(expect.objectContaining({ referenceNumber: 'QDi.2', field: 'FIRST_NAME', message: expect.stringContaining('attributes (lang)') }));
  });
});
