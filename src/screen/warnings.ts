/**
 * Warnings of a screen, one set of codes and one shape for all of them: the
 * name as given (not screenable by name, a part cut, invisible characters or
 * character references removed: see name-warnings.ts), a side field of the
 * party (birth date, nationality, country, document, kind) that could not be
 * used, or a list older than the caller accepts. The query is screened all
 * the same; the warning says what was left out or changed and why. Match on
 * `code`, never on `message`.
 */

/** Every warning code a screen can give. */
export const WarningCodes = Object.freeze({
  /** No letters, or one letter repeated ("AAAAA", "999999", "xxxx xxxx"): not screened by name. */
  JUNK_NAME: 'UNSC_WARN_JUNK_NAME',
  /** A name part longer than `MAX_NAME_PART_LENGTH` letters was cut to that length. */
  NAME_PART_CUT: 'UNSC_WARN_NAME_PART_CUT',
  /** Invisible characters (soft hyphens, zero-width spaces…), escape sequences or control characters were removed. */
  INVISIBLE_CHARACTERS: 'UNSC_WARN_INVISIBLE_CHARACTERS',
  /** Character references (`&#201;`) were decoded. */
  CHARACTER_REFERENCES: 'UNSC_WARN_CHARACTER_REFERENCES',
  /** A birth date that is not a date (or not a real one); a year that could be read is kept. */
  UNREADABLE_DATE: 'UNSC_WARN_UNREADABLE_DATE',
  /** A day/month date that reads both ways (02/05/1958 without `dateOrder`): only the year is used. */
  AMBIGUOUS_DATE: 'UNSC_WARN_AMBIGUOUS_DATE',
  /** A nationality or country that is no known country (nor a demonym of one). */
  UNKNOWN_COUNTRY: 'UNSC_WARN_UNKNOWN_COUNTRY',
  /** A `kind` that is neither individual nor entity: both kinds are screened. */
  UNKNOWN_KIND: 'UNSC_WARN_UNKNOWN_KIND',
  /** A document number with no letter or digit, or not text. */
  UNREADABLE_DOCUMENT: 'UNSC_WARN_UNREADABLE_DOCUMENT',
  /** A field the screen does not know (a misspelt `dob`, an extra column): not used. */
  UNKNOWN_FIELD: 'UNSC_WARN_UNKNOWN_FIELD',
  /**
   * Batch input: bytes not valid in the input's encoding (UTF-8 unless `--encoding`) were read as
   * U+FFFD, or the input holds U+FFFD itself (a character lost before the file was written).
   */
  UNDECODABLE_BYTES: 'UNSC_WARN_UNDECODABLE_BYTES',
  /** The list screened against is older than `maxListAgeDays`. */
  LIST_STALE: 'UNSC_WARN_LIST_STALE',
} as const);

/** One of the stable warning codes in {@link WarningCodes}. */
export type WarningCode = (typeof WarningCodes)[keyof typeof WarningCodes];

/**
 * Something the screen could not use, and why.
 *
 * @example
 * ```ts
 * { code: 'UNSC_WARN_UNKNOWN_COUNTRY', field: 'nationality', value: 'Atlantis',
 *   message: 'Unknown country in `nationality`: "Atlantis"; left out of the evidence' }
 * ```
 */
export interface ScreenWarning {
  code: WarningCode;
  /** The query field (`name`, `dateOfBirth`, `nationality`, `country`, `document`, `kind`, an unknown field's name), `list`, or in batch the input column or field. */
  field: string;
  /** The value as given (or the part of it concerned), as text (JSON for what is not a string). */
  value: string;
  /** What was done about it, for a person. */
  message: string;
}

/** A value as text for a warning: strings as they are, anything else as JSON (a Date as its ISO text). */
export function warningValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
