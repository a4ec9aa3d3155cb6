/**
 * Maps one INDIVIDUAL or ENTITY element onto the typed model.
 */
import { ErrorCodes, ListFormatError } from '../errors.js';
import type {
  Address,
  Alias,
  BaseRecord,
  DateOfBirth,
  Entity,
  IdentityDocument,
  Individual,
  ListDate,
  ParseWarning,
  PlaceOfBirth,
  RecordKind,
} from '../types.js';
import { parseIsoDay, parseYear, toListDate } from './dates.js';
import type { XmlElement } from './document.js';
import { FieldReader, type WarningSink } from './fields.js';

const REPLACEMENT_CHARACTER = '\uFFFD';

/** Where a record sits in the document, for error messages. */
export interface RecordPosition {
  kind: RecordKind;
  /** 1-based among its siblings. */
  position: number;
}

/**
 * Maps an INDIVIDUAL element.
 *
 * @throws {ListFormatError} `UNSC_ERR_MISSING_REFERENCE_NUMBER`
 */
export function readIndividual(element: XmlElement, position: number, warnings: ParseWarning[]): Individual {
  const before = warnings.length;
  const { fields, base } = readBase(element, { kind: 'individual', position }, warnings);
  const record: Individual = {
    ...base,
    kind: 'individual',
    title: fields.values('TITLE'),
    designation: fields.values('DESIGNATION'),
    nationality: fields.values('NATIONALITY'),
    ...optional('gender', fields.text('GENDER')),
    aliases: fields.children('INDIVIDUAL_ALIAS').flatMap((el, i) => readAlias(fields.child(el, `aliases[${i}]`))),
    addresses: fields
      .children('INDIVIDUAL_ADDRESS')
      .flatMap((el, i) => readAddress(fields.child(el, `addresses[${i}]`))),
    datesOfBirth: fields
      .children('INDIVIDUAL_DATE_OF_BIRTH')
      .flatMap((el, i) => readDateOfBirth(fields.child(el, `datesOfBirth[${i}]`))),
    placesOfBirth: fields
      .children('INDIVIDUAL_PLACE_OF_BIRTH')
      .flatMap((el, i) => readPlaceOfBirth(fields.child(el, `placesOfBirth[${i}]`))),
    documents: fields
      .children('INDIVIDUAL_DOCUMENT')
      .flatMap((el, i) => readDocumentField(fields.child(el, `documents[${i}]`))),
  };
  return finish(record, fields, warnings, before);
}

/**
 * Maps an ENTITY element.
 *
 * @throws {ListFormatError} `UNSC_ERR_MISSING_REFERENCE_NUMBER`
 */
export function readEntity(element: XmlElement, position: number, warnings: ParseWarning[]): Entity {
  const before = warnings.length;
  const { fields, base } = readBase(element, { kind: 'entity', position }, warnings);
  const record: Entity = {
    ...base,
    kind: 'entity',
    aliases: fields.children('ENTITY_ALIAS').flatMap((el, i) => readAlias(fields.child(el, `aliases[${i}]`))),
    addresses: fields.children('ENTITY_ADDRESS').flatMap((el, i) => readAddress(fields.child(el, `addresses[${i}]`))),
  };
  return finish(record, fields, warnings, before);
}

function readBase(
  element: XmlElement,
  where: RecordPosition,
  warnings: ParseWarning[],
): { fields: FieldReader; base: Omit<BaseRecord, 'kind' | 'aliases' | 'addresses'> } {
  const sink: WarningSink = { referenceNumber: '', warnings };
  const fields = new FieldReader(element, '', sink);
  const dataId = fields.text('DATAID');
  const referenceNumber = fields.text('REFERENCE_NUMBER');
  if (referenceNumber === undefined) {
    const tag = where.kind === 'individual' ? 'INDIVIDUAL' : 'ENTITY';
    throw new ListFormatError(
      ErrorCodes.MISSING_REFERENCE_NUMBER,
      `${tag} #${where.position} (DATAID ${dataId ?? 'missing'}) has no REFERENCE_NUMBER`,
      { recordPosition: where.position, recordKind: where.kind, ...optional('dataId', dataId) },
    );
  }
  sink.referenceNumber = referenceNumber;
  const nameParts = {
    ...optional('first', fields.text('FIRST_NAME')),
    ...optional('second', fields.text('SECOND_NAME')),
    ...optional('third', fields.text('THIRD_NAME')),
    ...optional('fourth', fields.text('FOURTH_NAME')),
  };
  const name = [nameParts.first, nameParts.second, nameParts.third, nameParts.fourth]
    .filter((part) => part !== undefined)
    .join(' ');
  const base = {
    referenceNumber,
    dataId: dataId ?? '',
    ...optional('versionNum', fields.text('VERSIONNUM')),
    ...optional('unListType', fields.text('UN_LIST_TYPE')),
    ...optional('listedOn', readListDate(fields, 'LISTED_ON')),
    lastDayUpdated: fields.values('LAST_DAY_UPDATED').map((raw) => checkedDate(fields, 'LAST_DAY_UPDATED', raw)),
    name,
    nameParts,
    ...optional('nameOriginalScript', fields.text('NAME_ORIGINAL_SCRIPT')),
    ...optional('comments', fields.text('COMMENTS1')),
    listTypes: fields.values('LIST_TYPE'),
    submittedBy: submittedBy(fields),
    ...optional('submittedOn', readListDate(fields, 'SUBMITTED_ON')),
    ...optional('sortKey', fields.text('SORT_KEY')),
    ...optional('sortKeyLastMod', fields.text('SORT_KEY_LAST_MOD')),
    flags: [],
  } satisfies Omit<BaseRecord, 'kind' | 'aliases' | 'addresses'>;
  if (name === '') fields.warn('FIRST_NAME', '', 'the record has no name parts');
  return { fields, base };
}

/** SUBMITTED_BY is a VALUE container in some versions and plain text in others. */
function submittedBy(fields: FieldReader): string[] {
  const containers = fields.values('SUBMITTED_BY');
  if (containers.length > 0) return containers;
  const text = fields.text('SUBMITTED_BY');
  return text === undefined ? [] : [text];
}

function finish<T extends Individual | Entity>(
  record: T,
  fields: FieldReader,
  warnings: ParseWarning[],
  before: number,
): T {
  const extra = fields.rest();
  if (extra !== undefined) record.extra = extra;
  if (warnings.length > before) record.flags.push('unparsed-field');
  if (record.nameOriginalScript?.includes(REPLACEMENT_CHARACTER)) {
    record.flags.push('original-script-corrupted');
    fields.warn(
      'NAME_ORIGINAL_SCRIPT',
      record.nameOriginalScript,
      'contains U+FFFD replacement characters (corrupted in the UN export); kept as given',
    );
  }
  return record;
}

function readListDate(fields: FieldReader, name: string): ListDate | undefined {
  const raw = fields.text(name);
  return raw === undefined ? undefined : checkedDate(fields, name, raw);
}

function checkedDate(fields: FieldReader, name: string, raw: string): ListDate {
  const date = toListDate(raw);
  if (date.iso === undefined) fields.warn(name, raw, `<${name}> is not a YYYY-MM-DD date; kept raw`);
  return date;
}

function readAlias(fields: FieldReader): Alias[] {
  const name = fields.text('ALIAS_NAME');
  if (name === undefined) return []; // <QUALITY/><ALIAS_NAME/> placeholders are not aliases
  return [
    {
      name,
      ...optional('quality', fields.text('QUALITY')),
      ...optional('dateOfBirth', fields.text('DATE_OF_BIRTH')),
      ...optional('cityOfBirth', fields.text('CITY_OF_BIRTH')),
      ...optional('countryOfBirth', fields.text('COUNTRY_OF_BIRTH')),
      ...optional('note', fields.text('NOTE')),
      ...optional('extra', fields.rest()),
    },
  ];
}

function readAddress(fields: FieldReader): Address[] {
  return nonEmpty({
    ...optional('street', fields.text('STREET')),
    ...optional('city', fields.text('CITY')),
    ...optional('stateProvince', fields.text('STATE_PROVINCE')),
    ...optional('zipCode', fields.text('ZIP_CODE')),
    ...optional('country', fields.text('COUNTRY')),
    ...optional('note', fields.text('NOTE')),
    ...optional('extra', fields.rest()),
  });
}

function readPlaceOfBirth(fields: FieldReader): PlaceOfBirth[] {
  return nonEmpty({
    ...optional('street', fields.text('STREET')),
    ...optional('city', fields.text('CITY')),
    ...optional('stateProvince', fields.text('STATE_PROVINCE')),
    ...optional('country', fields.text('COUNTRY')),
    ...optional('note', fields.text('NOTE')),
    ...optional('extra', fields.rest()),
  });
}

function readDocumentField(fields: FieldReader): IdentityDocument[] {
  const issued = fields.text('DATE_OF_ISSUE');
  return nonEmpty({
    ...optional('type', fields.text('TYPE_OF_DOCUMENT')),
    ...optional('type2', fields.text('TYPE_OF_DOCUMENT2')),
    ...optional('number', fields.text('NUMBER')),
    ...optional('issuingCountry', fields.text('ISSUING_COUNTRY')),
    ...optional('countryOfIssue', fields.text('COUNTRY_OF_ISSUE')),
    ...optional('dateOfIssue', issued === undefined ? undefined : checkedDate(fields, 'DATE_OF_ISSUE', issued)),
    ...optional('cityOfIssue', fields.text('CITY_OF_ISSUE')),
    ...optional('note', fields.text('NOTE')),
    ...optional('extra', fields.rest()),
  });
}

function readDateOfBirth(fields: FieldReader): DateOfBirth[] {
  const type = fields.text('TYPE_OF_DATE');
  const dateText = fields.text('DATE');
  const yearText = fields.text('YEAR');
  const fromText = fields.text('FROM_YEAR');
  const toText = fields.text('TO_YEAR');
  const note = fields.text('NOTE');
  const raw: NonNullable<DateOfBirth['raw']> = {};
  const date = dateText === undefined ? undefined : parseIsoDay(dateText);
  if (dateText !== undefined && date === undefined) {
    raw.date = dateText;
    fields.warn('DATE', dateText, 'birth DATE is not a YYYY-MM-DD date; kept raw');
  }
  const year = readYearField(fields, 'YEAR', yearText, raw, 'year');
  const fromYear = readYearField(fields, 'FROM_YEAR', fromText, raw, 'fromYear');
  const toYear = readYearField(fields, 'TO_YEAR', toText, raw, 'toYear');
  const hasValue = date !== undefined || year !== undefined || fromYear !== undefined || toYear !== undefined;
  const hasRaw = Object.keys(raw).length > 0;
  if (!hasValue && !hasRaw && note === undefined) return []; // <TYPE_OF_DATE/> placeholders
  return [
    {
      ...optional('type', type),
      ...optional('date', date),
      ...optional('year', year ?? (date === undefined ? undefined : Number(date.slice(0, 4)))),
      ...optional('fromYear', fromYear),
      ...optional('toYear', toYear),
      ...optional('note', note),
      ...(hasValue && !hasRaw ? {} : { freeText: true }),
      ...(hasRaw ? { raw } : {}),
      ...optional('extra', fields.rest()),
    },
  ];
}

function readYearField(
  fields: FieldReader,
  name: string,
  text: string | undefined,
  raw: NonNullable<DateOfBirth['raw']>,
  key: 'year' | 'fromYear' | 'toYear',
): number | undefined {
  if (text === undefined) return undefined;
  const year = parseYear(text);
  if (year === undefined) {
    raw[key] = text;
    fields.warn(name, text, `<${name}> is not a four-digit year; kept raw`);
  }
  return year;
}

/** `{ [key]: value }` when value is defined, `{}` otherwise (for exactOptionalPropertyTypes). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function nonEmpty<T extends object>(value: T): T[] {
  return Object.keys(value).length === 0 ? [] : [value];
}
