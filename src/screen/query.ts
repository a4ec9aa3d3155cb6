/**
 * What a caller may ask, and its validation at the boundary. Only the name
 * is required: a side field that cannot be read (a date, a country, a kind,
 * a document) is left out of the evidence with a warning, never a reason to
 * leave the party unscreened (unless the caller asks for `strict`).
 */
import { ArgumentRangeError, ArgumentTypeError, describeValue, ErrorCodes } from '../errors.js';
import { validateLimit, validateThreshold } from '../validate.js';
import type { RecordKind } from '../types.js';
import type { QueryBirthDate } from './birth-dates.js';
import { countryCodes } from './countries.js';
import { normalizeDocumentNumber } from './documents.js';
import { readQueryDate, type DateOrder } from './query-dates.js';
import { warningValue, WarningCodes, type ScreenWarning, type WarningCode } from './warnings.js';

/** One party to screen. Only `name` is required; `null` or `undefined` in any other field means absent. */
export interface ScreenQuery {
  /** The caller's key for this party (customer number, payment reference): it comes back on the result. */
  id?: string | number | null | undefined;
  /** The name as the payment or customer file carries it. */
  name: string;
  /** Only designations of this kind (`individual` or `entity`, any case; `person`, `organization`, `company` too). @default both */
  kind?: RecordKind | (string & {}) | null | undefined;
  /**
   * Date of birth: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `DD/MM/YYYY`, `DD.MM.YYYY` (`MM/DD/YYYY` with
   * `dateOrder: 'mdy'`), `1 June 1958`, a year number or a `Date`.
   */
  dateOfBirth?: string | number | Date | null | undefined;
  /** Nationality: ISO 3166 code, name (English, Spanish, French, Portuguese), common name or demonym (`Algerian`); several allowed. */
  nationality?: string | readonly string[] | null | undefined;
  /** A country tied to the party (residence, address, incorporation), written as `nationality`; several allowed. */
  country?: string | readonly string[] | null | undefined;
  /** Identity document numbers (passport, national ID), with any spacing, dashes or case. */
  document?: string | number | ReadonlyArray<string | number> | null | undefined;
  /** Lowest final score that alerts, for this call. @default the Screener's. Range: (0, 1]. */
  threshold?: number;
  /** Most alerts returned, for this call. @default the Screener's (10). Range: a positive integer. */
  limit?: number;
}

/** A validated query, as recorded in every result for the audit trail. */
export interface NormalizedQuery {
  /** The caller's `id`, when given. */
  id?: string | number;
  name: string;
  kind?: RecordKind;
  dateOfBirth?: QueryBirthDate;
  /** ISO 3166-1 alpha-2 codes. */
  nationalities: string[];
  /** ISO 3166-1 alpha-2 codes. */
  countries: string[];
  /** Letters and digits only, uppercase. */
  documents: string[];
  threshold: number;
  limit: number;
}

/** How queries are read: the Screener's defaults and options. */
export interface QueryDefaults {
  threshold: number;
  limit: number;
  /** Throw on the first unusable side field instead of a warning. @default false */
  strict?: boolean;
  /** How day/month dates with the year last are read. @default 'auto' */
  dateOrder?: DateOrder;
}

/** The fields a query may have. */
const QUERY_FIELDS: ReadonlySet<string> = new Set(['id', 'name', 'kind', 'dateOfBirth', 'nationality', 'country', 'document', 'threshold', 'limit']);

const KINDS: Readonly<Record<string, RecordKind>> = Object.freeze({
  individual: 'individual',
  person: 'individual',
  'natural person': 'individual',
  entity: 'entity',
  organization: 'entity',
  organisation: 'entity',
  company: 'entity',
  'legal person': 'entity',
});

const invalid = (message: string) => new ArgumentRangeError(ErrorCodes.INVALID_QUERY, message);
const wrongType = (message: string) => new ArgumentTypeError(ErrorCodes.INVALID_QUERY, message);

/** Collects the warnings of one query, or throws the first one in strict mode. */
class Warnings {
  constructor(
    readonly list: ScreenWarning[],
    readonly strict: boolean,
  ) {}

  /** `problem` says what is wrong (the strict error's message), `consequence` what the screen does about it. */
  add(code: WarningCode, field: string, value: unknown, problem: string, consequence: string): void {
    if (this.strict) throw invalid(problem);
    this.list.push({ code, field, value: warningValue(value), message: `${problem}: ${consequence}` });
  }
}

/**
 * Checks and normalizes a query. Side fields that cannot be used are left out
 * and reported in `warnings` (pushed onto it), unless `defaults.strict`.
 *
 * @throws {ArgumentTypeError} (a TypeError, code `UNSC_ERR_INVALID_QUERY`) for a query that is not an object or a name that is not text.
 * @throws {ArgumentRangeError} (a RangeError) for an empty name, a bad threshold or limit, and in strict mode for any unusable side field.
 */
export function normalizeQuery(query: unknown, defaults: QueryDefaults, warnings: ScreenWarning[] = []): NormalizedQuery {
  if (query === null || typeof query !== 'object' || Array.isArray(query)) {
    throw wrongType(`Expected the query to be an object with a \`name\`, got ${describeValue(query)}`);
  }
  const q = query as Record<string, unknown>;
  if (typeof q['name'] !== 'string') throw wrongType(`Expected \`name\` to be a string, got ${describeValue(q['name'])}`);
  const name = q['name'].trim();
  if (name === '') throw invalid('Expected `name` to be a non-empty string');
  const threshold = validateThreshold(q['threshold'] ?? defaults.threshold, { aboveZero: true });
  const limit = validateLimit(q['limit'] ?? defaults.limit);
  const warn = new Warnings(warnings, defaults.strict === true);
  for (const field in q) {
    if (!QUERY_FIELDS.has(field) && q[field] !== undefined) {
      warn.add(WarningCodes.UNKNOWN_FIELD, field, q[field], `Unknown field \`${field}\` (the fields are ${[...QUERY_FIELDS].join(', ')})`, 'not used');
    }
  }
  const id = readId(q['id']);
  const kind = readKind(q['kind'], warn);
  const reading = readQueryDate(q['dateOfBirth'], defaults.dateOrder);
  if (reading.warning !== undefined) warn.add(reading.warning.code, 'dateOfBirth', q['dateOfBirth'], reading.warning.problem, reading.warning.consequence);
  // Built field by field, in the order JSON shows them: spreading conditional objects
  // (`...(id === undefined ? {} : { id })`) cost 10 µs a query in V8, more than the rest of it.
  const normalized = {} as NormalizedQuery;
  if (id !== undefined) normalized.id = id;
  normalized.name = name;
  if (kind !== undefined) normalized.kind = kind;
  if (reading.date !== undefined) normalized.dateOfBirth = reading.date;
  normalized.nationalities = countries(q['nationality'], 'nationality', warn);
  normalized.countries = countries(q['country'], 'country', warn);
  normalized.documents = documents(q['document'], warn);
  normalized.threshold = threshold;
  normalized.limit = limit;
  return normalized;
}

/** The caller's id: a string or a number as given, anything else as its JSON text. */
function readId(value: unknown): string | number | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' || typeof value === 'number' ? value : warningValue(value);
}

function readKind(value: unknown, warn: Warnings): RecordKind | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  const kind = typeof value === 'string' ? KINDS[value.trim().toLowerCase()] : undefined;
  if (kind === undefined) {
    warn.add(WarningCodes.UNKNOWN_KIND, 'kind', value, `Expected \`kind\` to be "individual" or "entity", got ${describeValue(value)}`, 'both kinds are screened');
  }
  return kind;
}

/** The values of a field that takes one or several: absent, blank and null items dropped. */
function items(value: unknown): unknown[] {
  if (value === undefined || value === null || value === '') return [];
  const values = Array.isArray(value) ? (value as unknown[]) : [value];
  return values.filter((item) => item !== undefined && item !== null && !(typeof item === 'string' && item.trim() === ''));
}

/** Document numbers, normalized; one with no letter or digit is a warning. */
function documents(value: unknown, warn: Warnings): string[] {
  const given = items(value);
  // (most queries have none: nothing more to make)
  if (given.length === 0) return [];
  const numbers: string[] = [];
  for (const item of given) {
    const number = typeof item === 'string' || typeof item === 'number' ? normalizeDocumentNumber(String(item)) : '';
    if (number === '') {
      warn.add(WarningCodes.UNREADABLE_DOCUMENT, 'document', item, `\`document\` ${describeValue(item)} has no letter or digit`, 'not used');
    } else if (!numbers.includes(number)) {
      numbers.push(number);
    }
  }
  return numbers;
}

function countries(value: unknown, field: string, warn: Warnings): string[] {
  const given = items(value);
  // (most queries have none: no set to make)
  if (given.length === 0) return [];
  const codes: string[] = [];
  for (const item of given) {
    const found = typeof item === 'string' ? countryCodes(item) : [];
    if (found.length === 0) {
      warn.add(
        WarningCodes.UNKNOWN_COUNTRY,
        field,
        item,
        `Unknown country in \`${field}\`: ${describeValue(item)}; use an ISO 3166 code (AF, AFG), a country's name or its people's (Afghan)`,
        'left out of the evidence',
      );
    }
    for (const code of found) if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}
