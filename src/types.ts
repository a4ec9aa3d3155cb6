/**
 * The typed model of the UN Security Council Consolidated List.
 *
 * Every field of the official XML has a place here. Empty placeholder elements
 * (`<COUNTRY/>`, `<QUALITY/><ALIAS_NAME/>`) become absent values, never empty
 * strings or phantom entries. Text is trimmed and inner runs of white space are
 * folded to one space (the XML wraps long values across indented lines).
 */

/** `individual` for INDIVIDUAL records, `entity` for ENTITY records. */
export type RecordKind = 'individual' | 'entity';

/** A calendar date as the list gives it, with its ISO day when it has one. */
export interface ListDate {
  /** The text as given, trimmed (e.g. `2015-04-07-04:00`). */
  raw: string;
  /** `YYYY-MM-DD`, when `raw` starts with a valid date (offsets are dropped). */
  iso?: string;
}

/** One INDIVIDUAL_ALIAS or ENTITY_ALIAS with a non-empty ALIAS_NAME. */
export interface Alias {
  name: string;
  /** `Good`/`Low` for individuals, `a.k.a.`/`f.k.a.` for entities; absent when empty. */
  quality?: string;
  /** An individual alias's own birth date, as given. */
  dateOfBirth?: string;
  cityOfBirth?: string;
  countryOfBirth?: string;
  note?: string;
  /** Elements this parser does not know, kept as parsed. */
  extra?: Record<string, unknown>;
}

/** One INDIVIDUAL_ADDRESS or ENTITY_ADDRESS with at least one non-empty field. */
export interface Address {
  street?: string;
  city?: string;
  stateProvince?: string;
  zipCode?: string;
  country?: string;
  note?: string;
  /** Elements this parser does not know, kept as parsed. */
  extra?: Record<string, unknown>;
}

/** TYPE_OF_DATE values seen on the list. */
export type DateOfBirthType = 'EXACT' | 'APPROXIMATELY' | 'BETWEEN';

/** One INDIVIDUAL_DATE_OF_BIRTH with at least one non-empty field. */
export interface DateOfBirth {
  /** TYPE_OF_DATE, when given (other values are kept as given). */
  type?: DateOfBirthType | (string & {});
  /** `YYYY-MM-DD` from DATE (an offset such as `-05:00` is dropped). */
  date?: string;
  /** YEAR, or the year of DATE. */
  year?: number;
  fromYear?: number;
  toYear?: number;
  /** NOTE, as given (e.g. `24/06/1402 (Hijri Calendar)`, `30-35 years old`). */
  note?: string;
  /** True when the birth date exists only as free text (NOTE) or a field could not be read. */
  freeText?: boolean;
  /** The raw DATE/YEAR/FROM_YEAR/TO_YEAR text when it could not be read as a date or year. */
  raw?: { date?: string; year?: string; fromYear?: string; toYear?: string };
  /** Elements this parser does not know, kept as parsed. */
  extra?: Record<string, unknown>;
}

/** One INDIVIDUAL_PLACE_OF_BIRTH with at least one non-empty field. */
export interface PlaceOfBirth {
  street?: string;
  city?: string;
  stateProvince?: string;
  country?: string;
  note?: string;
  /** Elements this parser does not know, kept as parsed. */
  extra?: Record<string, unknown>;
}

/** One INDIVIDUAL_DOCUMENT with at least one non-empty field. */
export interface IdentityDocument {
  /** TYPE_OF_DOCUMENT (sometimes not in English: `Numéro de passeport`). */
  type?: string;
  type2?: string;
  /** NUMBER as given; may hold prose (`CAR diplomatic passport no. 06FBO2262`). */
  number?: string;
  issuingCountry?: string;
  countryOfIssue?: string;
  dateOfIssue?: ListDate;
  cityOfIssue?: string;
  note?: string;
  /** Elements this parser does not know, kept as parsed. */
  extra?: Record<string, unknown>;
}

/** Something a reader should know about how a value was read. */
export type RecordFlag =
  /** NAME_ORIGINAL_SCRIPT contains U+FFFD replacement characters (corrupted upstream). */
  | 'original-script-corrupted'
  /** At least one field could not be parsed and is kept raw (see `list.warnings`). */
  | 'unparsed-field';

/** Fields shared by individuals and entities. */
export interface BaseRecord {
  kind: RecordKind;
  /** REFERENCE_NUMBER, trimmed: the stable key of a designation (e.g. `QDi.001`). */
  referenceNumber: string;
  /** DATAID: the UN's internal id; not stable across list versions. */
  dataId: string;
  versionNum?: string;
  /** UN_LIST_TYPE, the sanctions regime (e.g. `Al-Qaida`, `DPRK`, `Taliban`). */
  unListType?: string;
  listedOn?: ListDate;
  /** Every LAST_DAY_UPDATED value. */
  lastDayUpdated: ListDate[];
  /** The primary name: FIRST..FOURTH_NAME joined by single spaces. */
  name: string;
  /** FIRST_NAME .. FOURTH_NAME as given (entities use `first` only). */
  nameParts: { first?: string; second?: string; third?: string; fourth?: string };
  nameOriginalScript?: string;
  comments?: string;
  /** LIST_TYPE values (usually `UN List`). */
  listTypes: string[];
  submittedBy: string[];
  submittedOn?: ListDate;
  aliases: Alias[];
  addresses: Address[];
  sortKey?: string;
  sortKeyLastMod?: string;
  /** Quirks found while reading this record. */
  flags: RecordFlag[];
  /** Elements this parser does not know, kept as parsed so that nothing is lost. */
  extra?: Record<string, unknown>;
}

/** A designated individual. */
export interface Individual extends BaseRecord {
  kind: 'individual';
  title: string[];
  designation: string[];
  nationality: string[];
  gender?: string;
  datesOfBirth: DateOfBirth[];
  placesOfBirth: PlaceOfBirth[];
  documents: IdentityDocument[];
}

/** A designated entity (organisation, company, group, vessel owner…). */
export interface Entity extends BaseRecord {
  kind: 'entity';
}

/** An individual or an entity. */
export type SanctionsRecord = Individual | Entity;

/** A value that could not be read; the record is kept with the raw value. */
export interface ParseWarning {
  referenceNumber: string;
  /** Dotted path of the field, e.g. `datesOfBirth[1].date`. */
  field: string;
  raw: string;
  message: string;
}

/** Counts of what the list holds. */
export interface ListCounts {
  individuals: number;
  entities: number;
  /** Aliases with a non-empty name, over all records. */
  aliases: number;
  individualAliases: number;
  entityAliases: number;
  /** Records with a non-empty NAME_ORIGINAL_SCRIPT. */
  originalScriptNames: number;
}

/** A parsed Consolidated List. */
export interface SanctionsList {
  /** The `dateGenerated` attribute as given. */
  dateGenerated: string;
  /** `dateGenerated` as a Date. */
  generatedAt: Date;
  /** Hex sha256 of the exact bytes parsed. */
  sha256: string;
  /** Size of the parsed document in bytes (UTF-8). */
  byteLength: number;
  counts: ListCounts;
  individuals: Individual[];
  entities: Entity[];
  /** Individuals then entities, in document order. */
  records: SanctionsRecord[];
  warnings: ParseWarning[];
}
