/**
 * unsc-screen: screening of names against the UN Security Council Consolidated List.
 *
 * @packageDocumentation
 */
export { parseList } from './parse/index.js';
export { bundledListPath, loadBundledList, listAgeDays, BUNDLED_LIST_DATE } from './source/bundled.js';
export { ErrorCodes, UnscScreenError, ListFormatError } from './errors.js';

export type { ErrorCode, ListFormatErrorDetails } from './errors.js';
export type { LoadedList } from './source/bundled.js';
export type {
  Address,
  Alias,
  BaseRecord,
  DateOfBirth,
  DateOfBirthType,
  Entity,
  IdentityDocument,
  Individual,
  ListCounts,
  ListDate,
  ParseWarning,
  PlaceOfBirth,
  RecordFlag,
  RecordKind,
  SanctionsList,
  SanctionsRecord,
} from './types.js';
